// The page: the view lives in the URL (negotiation, as_of, known_as_of, window, grouping);
// every change of it loads what the views need, and only that.

import { forget, showEvidence, whenCorrected } from "./evidence.js";
import { follow } from "./live.js";
import { renderMatrix } from "./matrix.js";
import { renderChanges, renderState } from "./state.js";
import { describeEntry, Timeline } from "./timeline.js";
import { fromDay, getJSON, h, isDate, nameOf, names, toDay, words, colourOf } from "./util.js";
import { tokenBox } from "./write.js";

const CATALOG = JSON.parse(document.getElementById("catalog").textContent);
// Above this many reports in the window, the timeline draws counts instead of each event.
const DRAW_AT_MOST = 1000;
const $ = (id) => document.getElementById(id);

const view = { negotiation: null, as_of: null, known_as_of: null, from: null, to: null, group: "type" };
const page = { first: null, last: null, total: 0, release: null, previous: null, seq: {}, timer: {} };

function readURL() {
  const p = new URLSearchParams(location.search);
  view.negotiation = p.get("negotiation") || null;
  view.as_of = isDate(p.get("as_of")) ? p.get("as_of") : null;
  view.known_as_of = isDate(p.get("known_as_of")) ? p.get("known_as_of") : null;
  view.from = isDate(p.get("from")) ? p.get("from") : null;
  view.to = isDate(p.get("to")) ? p.get("to") : null;
  view.group = p.get("group") === "actor" ? "actor" : "type";
}

function writeURL(push) {
  const p = new URLSearchParams();
  for (const key of ["negotiation", "as_of", "known_as_of", "from", "to"]) {
    if (view[key]) p.set(key, view[key]);
  }
  if (view.group !== "type") p.set("group", view.group);
  const url = `${location.pathname}?${p}`;
  if (url === `${location.pathname}${location.search}`) return;
  history[push ? "pushState" : "replaceState"](null, "", url);
}

function scope(extra) {
  return { negotiation: view.negotiation, ...extra };
}

// one answer per loader: a slower, older answer never overwrites a newer one
async function latest(name, load) {
  const seq = (page.seq[name] = (page.seq[name] || 0) + 1);
  const value = await load();
  return seq === page.seq[name] ? value : undefined;
}

function later(name, fn, ms) {
  clearTimeout(page.timer[name]);
  page.timer[name] = setTimeout(fn, ms);
}

function problem(el, error) {
  el.replaceChildren(h("p", { class: "error", role: "alert" }, String(error.message || error)));
}

// Timeline

const timeline = new Timeline($("timeline"), $("tooltip"), {
  onSelect: (entry) => showEvidence($("evidence"), $("evidence-h"), describeEntry(entry),
    (entry.sources || []).map((source) => ({ type: entry.type, ...source })), null),
  onWindow: (from, to) => {
    view.from = fromDay(from);
    view.to = fromDay(to);
    writeURL(false);
    later("timeline", loadTimeline, 120);
  },
});

async function loadTimeline() {
  const [from, to] = timeline.window;
  const buckets = Math.max(10, Math.min(200, Math.floor($("timeline").clientWidth / 8)));
  try {
    const answer = await latest("timeline", async () => {
      const counting = getJSON("/web/density", scope({
        from: fromDay(from), to: fromDay(to), buckets, known_as_of: view.known_as_of,
      }));
      // entries dated by a month or a week start before the window: look back as far, but
      // never more than half the window, so a dense store's answer stays bounded
      const back = Math.min(31, Math.ceil((to - from) / 2));
      const listing = () => getJSON("/timeline", scope({
        from: fromDay(from - back), to: fromDay(to), known_as_of: view.known_as_of,
      }));
      // a small store: every window can be drawn, so ask for both at once
      const early = page.total <= DRAW_AT_MOST ? listing() : null;
      const density = await counting;
      if (density.reports > DRAW_AT_MOST) return { density };
      const body = await (early || listing());
      return { density, entries: body.timeline || [] };
    });
    if (!answer) return;
    const { density, entries } = answer;
    density.most = Math.max(1, ...density.buckets.flatMap((b) => Object.values(b.types)));
    timeline.update({ entries: entries || null, density, group: view.group, asOf: asOfDay() });
    $("timeline-note").textContent = entries
      ? `${entries.length} happenings from ${density.reports} reports in view` +
        `${entries.length ? "; numbered marks merge several reports" : ""}.`
      : `${density.reports} reports in view: too many to draw one by one, so each stretch of ` +
        `${density.bucket_days} day(s) shows how many there were. Zoom in to see each event.`;
    legend(entries ? [...new Set(entries.map((e) => e.type))] : Object.keys(Object.assign({}, ...density.buckets.map((b) => b.types))));
  } catch (error) {
    problem($("timeline"), error);
  }
}

function legend(types) {
  $("legend").replaceChildren(
    ...types.sort().map((t) => h("span", { class: "key" },
      h("i", { class: "swatch", style: `background:${colourOf(t)}` }), words(t))),
    h("span", { class: "key" }, h("i", { class: "swatch asserted" }), "asserted"),
    h("span", { class: "key" }, h("i", { class: "swatch expected" }), "expected"),
    h("span", { class: "key" }, h("i", { class: "swatch reported" }), "reported (hedged)"),
    h("span", { class: "key" }, h("i", { class: "swatch approx" }), "imprecise date"),
    h("span", { class: "key" }, h("i", { class: "swatch corrected" }), "corrected by an analyst"),
    h("span", { class: "key" }, h("i", { class: "swatch added" }), "added by an analyst"),
  );
}

// State and positions

function asOfDay() {
  return view.as_of ? toDay(view.as_of) : null;
}

async function loadState() {
  try {
    const state = await latest("state", () =>
      getJSON("/state", scope({ as_of: view.as_of, known_as_of: view.known_as_of })));
    if (!state) return;
    page.release = state.release || page.release;
    const lines = renderState($("state"), state);
    const previous = page.previous;
    const moved = previous && (previous.as_of !== view.as_of || previous.known_as_of !== view.known_as_of);
    if (!previous || moved) {
      renderChanges($("changes"), previous ? previous.lines : null, lines,
        previous ? previous.as_of + (previous.known_as_of ? ` (known ${previous.known_as_of})` : "") : "");
      page.shown = previous;
    } else if (page.shown) {
      renderChanges($("changes"), page.shown.lines, lines, page.shown.as_of);
    }
    page.previous = { as_of: view.as_of, known_as_of: view.known_as_of, lines };
  } catch (error) {
    problem($("state"), error);
  }
}

async function loadPositions() {
  try {
    const answer = await latest("positions", () =>
      getJSON("/web/positions", scope({ as_of: view.as_of, known_as_of: view.known_as_of })));
    if (!answer) return;
    renderMatrix($("positions"), answer, (p) => showEvidence($("evidence"), $("evidence-h"),
      `${nameOf(p.actor)} ${p.stance} ${nameOf(p.issue)} since ${p.since}`, p.sources, null));
  } catch (error) {
    problem($("positions"), error);
  }
}

// Controls

function syncControls() {
  const first = page.first ?? toDay(new Date().toISOString().slice(0, 10)) - 30;
  const last = page.last ?? first + 60;
  for (const id of ["as-of-range", "known-range"]) {
    $(id).min = String(first - 7);
    $(id).max = String(last + 7);
  }
  $("as-of-range").value = String(asOfDay());
  $("as-of-date").value = view.as_of;
  $("as-of-range").setAttribute("aria-valuetext", view.as_of);
  const known = Boolean(view.known_as_of);
  $("known-toggle").checked = known;
  $("known-range").disabled = !known;
  $("known-date").disabled = !known;
  $("known-range").value = String(known ? toDay(view.known_as_of) : last + 7);
  $("known-date").value = view.known_as_of || "";
  $("known-range").setAttribute("aria-valuetext", view.known_as_of || "everything");
  $("group").value = view.group;
  if ($("negotiation").options.length) $("negotiation").value = view.negotiation || "";
}

function commit(push = true) {
  writeURL(push);
  syncControls();
  timeline.update({ asOf: asOfDay(), group: view.group });
  return Promise.all([loadState(), loadPositions()]);
}

function setAsOf(iso) {
  if (!isDate(iso) || iso === view.as_of) return;
  view.as_of = iso;
  commit();
}

function setKnown(iso) {
  if (iso !== null && !isDate(iso)) return;
  if (iso === view.known_as_of) return;
  view.known_as_of = iso;
  commit();
  loadTimeline();
}

function wire() {
  const range = $("as-of-range");
  range.addEventListener("input", () => {
    $("as-of-date").value = fromDay(Number(range.value));
    timeline.update({ asOf: Number(range.value) });
  });
  range.addEventListener("change", () => setAsOf(fromDay(Number(range.value))));
  $("as-of-date").addEventListener("change", (e) => setAsOf(e.target.value));
  $("known-toggle").addEventListener("change", (e) =>
    setKnown(e.target.checked ? (view.as_of || fromDay(page.last)) : null));
  $("known-range").addEventListener("input", (e) => { $("known-date").value = fromDay(Number(e.target.value)); });
  $("known-range").addEventListener("change", (e) => setKnown(fromDay(Number(e.target.value))));
  $("known-date").addEventListener("change", (e) => setKnown(e.target.value || null));
  $("group").addEventListener("change", (e) => {
    view.group = e.target.value;
    writeURL(true);
    timeline.update({ group: view.group });
  });
  $("negotiation").addEventListener("change", (e) => {
    view.negotiation = e.target.value || null;
    writeURL(true);
    refresh();
  });
  $("zoom-in").addEventListener("click", () => timeline.zoom(0.67));
  $("zoom-out").addEventListener("click", () => timeline.zoom(1.5));
  $("pan-left").addEventListener("click", () => timeline.pan(-0.3));
  $("pan-right").addEventListener("click", () => timeline.pan(0.3));
  $("zoom-fit").addEventListener("click", () => timeline.setWindow(page.first - 3, page.last + 3));
  window.addEventListener("popstate", () => {
    readURL();
    timeline.setWindow(...windowOf(), false);
    syncControls();
    loadTimeline();
    loadState();
    loadPositions();
  });
}

function windowOf() {
  if (view.from && view.to && view.from <= view.to) return [toDay(view.from), toDay(view.to)];
  return [page.first - 3, page.last + 3];
}

async function negotiations() {
  try {
    const answer = await getJSON("/negotiations");
    const list = Array.isArray(answer) ? answer : answer.negotiations || [];
    if (!list.length) return;
    $("negotiation").replaceChildren(h("option", { value: "" }, "the largest"),
      ...list.map((n) => h("option", { value: n.id },
        `${n.name || nameOf(n.id)}${n.events ? ` (${n.events})` : ""}`)));
    $("negotiation-field").hidden = false;
  } catch {
    // a store without negotiations: one timeline
  }
}

async function span() {
  const whole = await getJSON("/web/density", scope({ buckets: 1 }));
  const today = new Date().toISOString().slice(0, 10);
  page.first = toDay(whole.first || today);
  page.last = toDay(whole.last || today);
  page.release = whole.release;
  page.total = whole.reports;
  return whole.position;
}

async function refresh() {
  forget();
  await span();
  syncControls();
  await Promise.all([loadTimeline(), loadState(), loadPositions()]);
}

function listed(item) {
  $("live").prepend(item);
  while ($("live").children.length > 8) $("live").lastElementChild.remove();
}

function heard(event) {
  const o = event.occurred || {};
  listed(h("li", {}, h("strong", {}, words(event.type)), " ",
    names([...new Set((event.actors || []).map((a) => a.id))]),
    event.location ? ` at ${nameOf(event.location)}` : "", ` · ${o.start || event.reported}`,
    event.modality && event.modality !== "asserted" ? ` · ${event.modality}` : "",
    event.added_by ? ` · added by ${event.added_by}` : event.corrected ? " · corrected" : ""));
  reloadSoon();
}

function correctionHeard(message) {
  const about = message.anchor ? ` of a ${words(message.anchor.type).toLowerCase()}` : "";
  listed(h("li", { class: "heard-correction" }, h("strong", {}, `Correction: ${message.action}`), about,
    ` by ${message.writer}`, message.reason ? ` · “${message.reason}”` : ""));
  reloadSoon();
}

function reloadSoon() {
  // at most one reload per 150 ms however fast events come (a debounce could starve)
  if (page.timer.live) return;
  page.timer.live = setTimeout(async () => {
    page.timer.live = null;
    await span();
    syncControls();
    loadTimeline();
    loadState();
    loadPositions();
  }, 150);
}

async function boot() {
  readURL();
  wire();
  tokenBox($("token-box"));
  // a correction made here shows at once, even before the stream tells of it
  whenCorrected(reloadSoon);
  // a date in the URL: the state and positions need nothing else, so ask at once
  const early = view.as_of ? [loadState(), loadPositions()] : [];
  const [position] = await Promise.all([span(), negotiations()]);
  const late = view.as_of ? [] : [loadState, loadPositions];
  if (!view.as_of) view.as_of = fromDay(page.last);
  timeline.setWindow(...windowOf(), false);
  writeURL(false);
  syncControls();
  await Promise.all([loadTimeline(), ...early, ...late.map((load) => load())]);
  document.body.dataset.ready = "true";
  performance.mark("parley-first-render");
  follow(position, CATALOG, {
    onEvent: heard,
    onCorrection: correctionHeard,
    onRelease: (event) => {
      listed(h("li", {}, h("strong", {}, "Release switched"), ` to ${event.release}`));
      refresh();
    },
    onStatus: (status) => { $("live-status").textContent = status; },
  });
}

boot().catch((error) => problem($("state"), error));
