// The state panel: where the negotiation stood on the chosen date, and what changed since
// the slider's previous position. Keys the server adds later are shown as they come.

import { h, nameOf, names, words } from "./util.js";

const SHOWN = new Set([
  "as_of", "known_as_of", "release", "position", "status", "status_reason", "round",
  "next_round", "proposals", "sticking_points", "delegations", "assessments", "expected",
  "truce", "last_event", "negotiation",
]);

function plain(value) {
  if (value === null || value === undefined || value === "") return null;
  if (Array.isArray(value)) return value.map(plain).filter((v) => v !== null).join(", ") || null;
  if (typeof value === "object") {
    const parts = Object.entries(value)
      .filter(([k]) => k !== "sources" && k !== "source")
      .map(([k, v]) => [k, plain(v)])
      .filter(([, v]) => v !== null);
    return parts.map(([k, v]) => `${words(k)}: ${v}`).join("; ") || null;
  }
  if (typeof value === "string" && /^[a-z0-9]+(_[a-z0-9]+)+$/.test(value)) return nameOf(value);
  return String(value);
}

function field(label, value) {
  const text = plain(value);
  return text ? h("div", { class: "field" }, h("dt", {}, label), h("dd", {}, text)) : null;
}

function roundBlock(title, round, lines) {
  if (!round || typeof round !== "object") return null;
  const venue = round.venue ? nameOf(round.venue) : "venue not reported";
  lines.push(`${title} venue: ${venue}`);
  for (const who of round.mediators || []) lines.push(`${title} mediator: ${nameOf(who)}`);
  for (const who of round.participants || []) lines.push(`${title} participant: ${nameOf(who)}`);
  if (round.outcome) lines.push(`${title} outcome: ${words(round.outcome)}`);
  const known = new Set(["venue", "mediators", "participants", "sources", "active"]);
  const rest = Object.entries(round).filter(([k]) => !known.has(k));
  return h("div", { class: "block" },
    h("h3", {}, `${title}: ${venue}${round.active === false ? " (ended)" : ""}`),
    h("dl", {},
      field("Mediators", names(round.mediators)),
      field("Participants", names(round.participants)),
      rest.map(([k, v]) => field(words(k), v))));
}

function proposalItem(p, lines) {
  const by = names(p.proposer || []) + (p.proposer_inferred ? " (inferred: mediators)" : "");
  const summary = p.summary && p.summary.length > 140 ? `${p.summary.slice(0, 139)}…` : p.summary;
  const head = `${by ? `${by}: ` : ""}${summary || (p.type ? words(p.type) : "a proposal")}`;
  const responses = Object.entries(p.responses || {}).map(([who, r]) => {
    const text = typeof r === "object" && r ? `${r.response || plain(r)}${r.on ? ` (${r.on})` : ""}` : plain(r);
    lines.push(`Response to ${head}: ${nameOf(who)} ${text}`);
    return h("li", {}, `${nameOf(who)}: ${text}`);
  });
  lines.push(`Proposal: ${head}`);
  return h("li", {}, head,
    p.terms && p.terms.length ? h("div", { class: "note" }, `Terms: ${plain(p.terms)}`) : null,
    responses.length ? h("ul", { class: "responses", "aria-label": "Responses" }, responses)
      : h("div", { class: "note" }, "No response reported"));
}

function listBlock(title, items, describe, lines) {
  if (!Array.isArray(items) || !items.length) return null;
  return h("div", { class: "block" }, h("h3", {}, title),
    h("ul", {}, items.slice(0, 8).map((item) => {
      const text = describe(item);
      lines.push(`${title}: ${text}`);
      return h("li", {}, text);
    })),
    items.length > 8 ? h("p", { class: "note" }, `and ${items.length - 8} more`) : null);
}

// 'Permanent ceasefire: Hamas demands; against: Israel rejects' from {issue, for, against}
function stickingPoint(sp) {
  if (!sp || typeof sp !== "object") return plain(sp);
  const sides = Object.entries(sp).filter(([k]) => k !== "issue" && k !== "sources").map(([k, v]) => {
    const who = Array.isArray(v) ? v.map((x) => (x && typeof x === "object" && x.actor
      ? `${nameOf(x.actor)}${x.stance ? ` ${x.stance}` : ""}` : plain(x))).join(", ") : plain(v);
    return who ? `${words(k).toLowerCase()}: ${who}` : null;
  }).filter(Boolean);
  return `${sp.issue ? nameOf(sp.issue) : "issue"}${sides.length ? ` (${sides.join("; ")})` : ""}`;
}

export function renderState(el, state) {
  const lines = [];
  const status = `${words(state.status || "unknown")}`;
  lines.push(`Status: ${status}`);
  const truce = state.truce;
  const truceText = truce && typeof truce === "object"
    ? [words(truce.status || "unknown"), truce.since ? `from ${truce.since}` : null,
      truce.until ? `until ${truce.until}` : null].filter(Boolean).join(" ") : plain(truce);
  if (truceText) lines.push(`Truce: ${truceText}`);
  const extra = Object.entries(state).filter(([k]) => !SHOWN.has(k));
  el.replaceChildren(...[
    h("p", { class: "status" }, h("span", { class: `pill status-${state.status}` }, status),
      state.status_reason ? ` ${state.status_reason}` : ""),
    h("p", { class: "note" }, `As of ${state.as_of}` +
      `${state.known_as_of ? `, as known on ${state.known_as_of}` : ""}` +
      `${state.negotiation ? ` · ${nameOf(state.negotiation)}` : ""}` +
      `${state.release ? ` · ${state.release}` : ""}`),
    roundBlock("Round", state.round, lines),
    roundBlock("Next round", state.next_round, lines),
    Array.isArray(state.proposals) && state.proposals.length
      ? h("div", { class: "block" }, h("h3", {}, "Proposals"),
        h("ul", {}, state.proposals.slice(0, 8).map((p) => proposalItem(p, lines)))) : null,
    listBlock("Sticking points", state.sticking_points, stickingPoint, lines),
    truceText ? h("div", { class: "block" }, h("h3", {}, "Truce"), h("p", {}, truceText)) : null,
    listBlock("Latest assessments", state.assessments, (a) =>
      `${names(a.actors)}: ${words(a.assessment || "")}${a.on ? ` (${a.on})` : ""}`, lines),
    listBlock("Delegations", state.delegations, (d) =>
      `${nameOf(d.leader || (d.actors || [])[0])}${d.type ? ` ${words(d.type).toLowerCase()}` : ""}` +
      `${d.destination ? ` to ${nameOf(d.destination)}` : ""}${d.on ? ` (${d.on})` : ""}` +
      `${d.modality && d.modality !== "asserted" ? `, ${d.modality}` : ""}`, lines),
    listBlock("Expected", state.expected, plain, lines),
    extra.length ? h("dl", { class: "block" }, extra.map(([k, v]) => field(words(k), v))) : null,
    h("div", { id: "changes", class: "block changes" }),
  ].filter(Boolean));
  return lines;
}

export function renderChanges(el, before, after, previousAsOf) {
  if (!el) return;
  if (!before) {
    el.replaceChildren();
    return;
  }
  const old = new Set(before);
  const now = new Set(after);
  const added = after.filter((line) => !old.has(line));
  const removed = before.filter((line) => !now.has(line));
  el.replaceChildren(
    h("h3", {}, `Changed since ${previousAsOf}`),
    added.length || removed.length ? h("ul", {},
      added.slice(0, 12).map((line) => h("li", { class: "added" }, h("span", { "aria-label": "new" }, "+ "), line)),
      removed.slice(0, 12).map((line) => h("li", { class: "removed" }, h("span", { "aria-label": "gone" }, "− "), line)))
      : h("p", { class: "note" }, "Nothing."));
}
