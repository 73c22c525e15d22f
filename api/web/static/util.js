// Small helpers shared by the modules: dates as day numbers, names, colours, DOM building.

const DAY = 86400000;

export function toDay(iso) {
  const [y, m, d] = iso.split("-").map(Number);
  return Math.round(Date.UTC(y, m - 1, d) / DAY);
}

export function fromDay(day) {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

export function isDate(text) {
  return typeof text === "string" && /^\d{4}-\d{2}-\d{2}$/.test(text) && !isNaN(toDay(text));
}

// Actor, place and issue ids are lower snake case: 'united_states' reads 'United States'.
const ACRONYMS = new Set(["cia", "idf", "un", "us", "uk", "eu", "plo", "unrwa", "icc", "icj",
  "nato", "au", "gcc", "osce", "icrc", "rsf", "m23", "eln"]);

export function nameOf(id) {
  if (id === null || id === undefined || id === "") return "unknown";
  return String(id).split(/[_\s]+/)
    .map((w) => (ACRONYMS.has(w) ? w.toUpperCase() : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(" ");
}

export function names(ids) {
  return (ids || []).map(nameOf).join(", ");
}

export function words(text) {
  // 'ProposalRejected' -> 'Proposal rejected'; 'no_progress' -> 'no progress'
  const spaced = String(text).replace(/_/g, " ").replace(/([a-z])([A-Z])/g, "$1 $2");
  return spaced.charAt(0).toUpperCase() + spaced.slice(1).toLowerCase();
}

const COLOURS = {
  TalksOpened: "#1d4ed8", TalksConcluded: "#60a5fa",
  DelegationSent: "#0f766e", DelegationArrived: "#14b8a6", DelegationRecalled: "#134e4a",
  ProposalMade: "#7c3aed", CounterproposalMade: "#a78bfa",
  ProposalAccepted: "#16a34a", ProposalRejected: "#b91c1c",
  DemandStated: "#ea580c", DemandRejected: "#9a3412", ThreatIssued: "#dc2626",
  AppealMade: "#d97706", StatementIssued: "#64748b",
  CeasefireAgreed: "#15803d", TruceExtended: "#4ade80", CeasefireCollapsed: "#450a0a",
  HostagesReleased: "#0891b2", PrisonersReleased: "#0369a1",
};
const SPARE = ["#be185d", "#4d7c0f", "#a16207", "#6d28d9", "#0e7490", "#9f1239"];

export function colourOf(type) {
  if (COLOURS[type]) return COLOURS[type];
  let hash = 0;
  for (const c of String(type)) hash = (hash * 31 + c.charCodeAt(0)) >>> 0;
  return SPARE[hash % SPARE.length];
}

// h('p', {class: 'x'}, 'text', child): an element; attributes starting with 'on' are listeners.
export function h(tag, attrs, ...children) {
  const svg = ["svg", "g", "rect", "line", "text", "title", "path", "circle"].includes(tag);
  const el = svg ? document.createElementNS("http://www.w3.org/2000/svg", tag)
    : document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on")) el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

export async function getJSON(path, params) {
  const url = new URL(path, location.origin);
  for (const [key, value] of Object.entries(params || {})) {
    if (value !== null && value !== undefined && value !== "") url.searchParams.set(key, value);
  }
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  if (!response.ok) {
    let detail = response.statusText;
    try {
      detail = (await response.json()).detail || detail;
    } catch {
      // not problem+json: keep the status text
    }
    const error = new Error(`${url.pathname}: ${detail}`);
    error.status = response.status;
    throw error;
  }
  return response.json();
}
