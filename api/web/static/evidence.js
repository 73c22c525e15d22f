// The evidence view: each source's sentence highlighted in its paragraph, with the article's
// title, outlet, link and publication date, and the rule and release that found it.

import { h, nameOf, words } from "./util.js";

const articles = new Map();

function article(id, release) {
  const key = `${id}\u0000${release || ""}`;
  if (!articles.has(key)) {
    const url = new URL(`/articles/${encodeURIComponent(id)}`, location.origin);
    if (release) url.searchParams.set("release", release);
    articles.set(key, fetch(url).then((r) => (r.ok ? r.json() : null)).catch(() => null));
  }
  return articles.get(key);
}

export function forget() {
  articles.clear();
}

function passage(text, span) {
  // the paragraph holding the sentence, cut down around it when long
  let start = text.lastIndexOf("\n\n", span[0]);
  start = start < 0 ? 0 : start + 2;
  let end = text.indexOf("\n\n", span[1]);
  end = end < 0 ? text.length : end;
  start = Math.max(start, span[0] - 300);
  end = Math.min(end, span[1] + 300);
  return [
    `${start > 0 && text[start - 1] !== "\n" ? "…" : ""}${text.slice(start, span[0])}`,
    text.slice(span[0], span[1]),
    `${text.slice(span[1], end)}${end < text.length && text[end] !== "\n" ? "…" : ""}`,
  ];
}

async function block(source, release) {
  const found = await article(source.article, release);
  const event = found && (found.events || []).find((e) => e.id === source.id);
  const evidence = event && event.evidence;
  const span = evidence && Array.isArray(evidence.span) ? evidence.span : null;
  const [before, sentence, after] = found && span && span[1] <= found.text.length
    ? passage(found.text, span) : ["", source.evidence || "(sentence not stored)", ""];
  const extractor = event && event.extractor;
  const title = (found && found.title) || source.article;
  const o = source.occurred || (event && event.occurred) || {};
  return h("article", { class: "evidence" },
    h("h3", {}, found && found.url
      ? h("a", { href: found.url, rel: "noopener noreferrer", target: "_blank" }, title) : title),
    h("p", { class: "meta" }, [
      found && found.source ? found.source : "source not given",
      `published ${(found && found.published) || source.reported}`,
      `article ${source.article}`,
    ].join(" · ")),
    h("blockquote", {}, before, h("mark", {}, sentence), after),
    h("p", { class: "meta" }, [
      words(source.type || (event && event.type) || "event"),
      o.start ? (o.start === o.end ? o.start : `${o.start} – ${o.end} (${o.precision})`) : null,
      source.modality || (event && event.modality),
      event && event.actors ? event.actors.map((a) => `${nameOf(a.id)} (${a.role})`).join(", ") : null,
      extractor ? `rule ${extractor.rule}` : null,
      extractor ? `release ${extractor.name}@${extractor.version}` : (found ? `release ${found.release}` : null),
    ].filter(Boolean).join(" · ")));
}

export async function showEvidence(el, heading, title, sources, release) {
  const list = (sources || []).slice(0, 6);
  el.replaceChildren(h("p", { class: "note" }, `${title}: loading…`));
  const blocks = await Promise.all(list.map((s) => block(s, release)));
  const more = (sources || []).length - list.length;
  el.replaceChildren(h("p", { class: "lead" }, title), ...blocks,
    ...(more > 0 ? [h("p", { class: "note" }, `and ${more} more sources`)] : []));
  heading.focus();
}
