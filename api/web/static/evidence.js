// The evidence view: each source's sentence highlighted in its paragraph, with the article's
// title, outlet, link and publication date, the rule and release that found it, the marks
// of analysts' corrections, and the tools to correct it (correct.js).

import { addTool, dates, eventTools } from "./correct.js";
import { getJSON, h, nameOf, words } from "./util.js";

const articles = new Map();
// events this page corrected: read again as corrected, whatever the selection said of them
const touched = new Set();
let shown = null;
let changed = () => {};

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

// `fn` runs after each correction made here (the page reloads its views).
export function whenCorrected(fn) {
  changed = fn;
}

// The event as corrected, asked for only when the selection says it was corrected or added
// (finding an event by id scans the log), or this page corrected it.
function corrected(source) {
  if (!source.id || !(source.corrected || source.added_by || touched.has(source.id))) return null;
  return getJSON(`/events/${encodeURIComponent(source.id)}`).catch(() => null);
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

function flags(event, source) {
  const mark = (kind, label) => h("span", { class: `flag ${kind}` }, label);
  const e = event || source;
  // an added happening no longer found: its addition was undone
  const undone = !event && source.added_by && touched.has(source.id);
  return h("p", { class: "flags" },
    e.retracted ? mark("retracted", "retracted by an analyst") : null,
    e.added_by ? mark(undone ? "retracted" : "added", `added by ${e.added_by}${undone ? ", undone" : ""}`) : null,
    e.corrected && !e.retracted && !e.added_by ? mark("corrected", "corrected by an analyst") : null,
    e.confirmed_by && e.confirmed_by.length ? mark("confirmed", `confirmed by ${e.confirmed_by.join(", ")}`) : null);
}

async function block(source, release) {
  const [found, fixed] = await Promise.all([article(source.article, release), corrected(source)]);
  const machine = found && (found.events || []).find((e) => e.id === source.id);
  const event = fixed || machine;
  const evidence = event && event.evidence;
  const span = evidence && Array.isArray(evidence.span) ? evidence.span : null;
  const [before, sentence, after] = found && span && span[1] <= found.text.length
    ? passage(found.text, span)
    : ["", source.evidence || (evidence && evidence.text) || "(sentence not stored)", ""];
  const extractor = event && event.extractor;
  const title = (found && found.title) || source.article;
  const o = (fixed && fixed.occurred) || source.occurred || (event && event.occurred) || {};
  const record = event ? { ...event, id: source.id } : { ...source, type: source.type || "event" };
  const el = h("article", { class: "evidence", "data-event": source.id },
    h("h3", {}, found && found.url
      ? h("a", { href: found.url, rel: "noopener noreferrer", target: "_blank" }, title) : title),
    h("p", { class: "meta" }, [
      found && found.source ? found.source : "source not given",
      `published ${(found && found.published) || source.reported}`,
      `article ${source.article}`,
    ].join(" · ")),
    flags(fixed, source),
    h("blockquote", {}, before, h("mark", {}, sentence), after),
    h("p", { class: "meta event-line" }, [
      words(record.type),
      dates(o),
      (fixed && fixed.modality) || source.modality || (event && event.modality),
      event && event.actors ? event.actors.map((a) => `${nameOf(a.id)} (${a.role})`).join(", ") : null,
      extractor && extractor.rule ? `rule ${extractor.rule}` : null,
      extractor && extractor.name === "analyst" ? "entered by an analyst"
        : extractor ? `release ${extractor.name}@${extractor.version}` : (found ? `release ${found.release}` : null),
    ].filter(Boolean).join(" · ")),
    event || source.added_by ? eventTools(record, (answer) => done(source.id, answer)) : null,
    found ? addTool(found, sentence, event, (answer) => done(source.id, answer)) : null);
  return { el, record: fixed || record };
}

// What a source reads as now: the lead once the page has corrected what was selected.
function summary(record) {
  const actors = record.actors || [];
  const subjects = actors.filter((a) => a.role === "subject");
  const who = (subjects.length ? subjects : actors).map((a) => nameOf(a.id));
  return `${words(record.type)}: ${who.join(", ") || "no actor"}, ${dates(record.occurred) || "undated"}` +
    `${record.retracted ? " (retracted)" : record.corrected ? " (as corrected)" : ""}`;
}

async function done(id, answer) {
  touched.add(id);
  if (answer && answer.target) touched.add(answer.target);
  changed();
  await render(false);
  shown.heading.focus();
  const what = answer.undone ? `${answer.undone.writer} undid the ${answer.action} by ${answer.writer}`
    : answer.action === "add" ? `${answer.writer} added a ${words(answer.changes.type).toLowerCase()}`
      : `${answer.action} by ${answer.writer}`;
  document.getElementById("correction-status").textContent = `Recorded: ${what} (correction ${answer.id}).`;
}

async function render(focus) {
  const current = shown;
  const { el, heading, title, sources, release } = current;
  const list = (sources || []).slice(0, 6);
  if (focus) el.replaceChildren(h("p", { class: "note" }, `${title}: loading…`));
  const blocks = await Promise.all(list.map((s) => block(s, release)));
  const more = (sources || []).length - list.length;
  if (current !== shown) return;  // another selection since: its rendering wins
  const lead = focus || !blocks.length ? title : summary(blocks[0].record);
  el.replaceChildren(h("p", { class: "lead" }, lead), ...blocks.map((b) => b.el),
    ...(more > 0 ? [h("p", { class: "note" }, `and ${more} more sources`)] : []));
  if (focus) heading.focus();
}

export async function showEvidence(el, heading, title, sources, release) {
  shown = { el, heading, title, sources, release };
  document.getElementById("correction-status").textContent = "";
  await render(true);
}
