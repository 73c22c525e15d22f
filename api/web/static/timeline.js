// The timeline: happenings as SVG marks on a time axis (their date spans, not points), one
// row per type or per actor; zoomed out past what can be drawn, reports counted per stretch.

import { colourOf, fromDay, h, nameOf, names, toDay, words } from "./util.js";

const ROW = 24;
const AXIS = 26;
const MIN_DAYS = 1;
const LANES = 4;

export function venueOf(entry) {
  const a = entry.attributes || {};
  return entry.location || a.venue || a.destination || null;
}

// Analysts' marks on a happening: a source corrected, or the happening added by hand.
export function analystsOf(entry) {
  const sources = entry.sources || [];
  const added = sources.find((x) => x.added_by);
  return { corrected: sources.some((x) => x.corrected), added: added ? added.added_by : null };
}

export function describeEntry(entry) {
  const o = entry.occurred || {};
  const when = o.start === o.end || !o.end ? o.start
    : `${o.start} to ${o.end} (${o.precision || "range"})`;
  const venue = venueOf(entry);
  const sources = entry.corroboration || (entry.sources || []).length || 1;
  const { corrected, added } = analystsOf(entry);
  return `${words(entry.type)}: ${names(entry.principals || []) || "no actor"}` +
    `${venue ? ` at ${nameOf(venue)}` : ", no venue"}, ${when}` +
    ` (${entry.modality || "asserted"}, ${sources} source${sources === 1 ? "" : "s"}` +
    `${added ? `; added by ${added}` : ""}${corrected ? "; corrected by an analyst" : ""})`;
}

export class Timeline {
  constructor(el, tooltip, { onSelect, onWindow }) {
    this.el = el;
    this.tooltip = tooltip;
    this.onSelect = onSelect;
    this.onWindow = onWindow;
    this.data = { entries: [], density: null, asOf: null, group: "type" };
    this.window = null;
    this.drag = null;
    el.addEventListener("wheel", (e) => this.wheel(e), { passive: false });
    el.addEventListener("pointerdown", (e) => this.pointerDown(e));
    el.addEventListener("pointermove", (e) => this.pointerMove(e));
    el.addEventListener("pointerup", (e) => this.pointerUp(e));
    el.addEventListener("keydown", (e) => this.key(e));
    new ResizeObserver(() => this.draw()).observe(el);
  }

  update(data) {
    Object.assign(this.data, data);
    this.draw();
  }

  setWindow(from, to, tell = true) {
    const width = Math.max(MIN_DAYS, to - from);
    this.window = [from, from + width];
    this.draw();
    if (tell) this.onWindow(this.window[0], this.window[1]);
  }

  zoom(factor, centre) {
    const [from, to] = this.window;
    const mid = centre ?? (from + to) / 2;
    let width = Math.round((to - from) * factor);
    // rounding to whole days must not leave a zoom where it was
    if (factor < 1) width = Math.max(MIN_DAYS, Math.min(width, to - from - 1));
    else width = Math.max(width, to - from + 1);
    const start = Math.round(mid - width * ((mid - from) / Math.max(1, to - from)));
    this.setWindow(start, start + width);
  }

  pan(fraction) {
    const [from, to] = this.window;
    const shift = Math.round((to - from) * fraction) || Math.sign(fraction);
    this.setWindow(from + shift, to + shift);
  }

  // Layout

  scale() {
    const width = Math.max(280, this.el.clientWidth);
    const gutter = width < 520 ? 92 : 140;
    const [from, to] = this.window;
    const px = (width - gutter - 8) / (to - from + 1);
    return { width, gutter, px, x: (day) => gutter + (day - from) * px };
  }

  rows() {
    const { entries, density, group } = this.data;
    const rows = new Map();
    const add = (key, item) => {
      if (!rows.has(key)) rows.set(key, []);
      rows.get(key).push(item);
    };
    if (entries) {
      const [from, to] = this.window;
      for (const entry of entries) {
        const o = entry.occurred;
        if (toDay(o.end || o.start) < from || toDay(o.start) > to) continue;  // out of view
        if (group === "actor") {
          const who = entry.principals && entry.principals.length ? entry.principals : ["(none)"];
          for (const actor of who) add(actor, entry);
        } else add(entry.type, entry);
      }
    } else if (density) {
      for (const bucket of density.buckets) {
        for (const [type, count] of Object.entries(bucket.types)) add(type, { bucket, count });
      }
    }
    return [...rows.entries()].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
  }

  // Marks of a row that overlap in time go to lanes one under the other (at most LANES).
  lanes(s, items) {
    const ends = [];
    return items.map((entry) => {
      const o = entry.occurred;
      const x0 = Math.max(s.gutter, s.x(toDay(o.start)));
      const x1 = Math.max(x0 + 8, s.x(toDay(o.end || o.start) + 1)) + 8;
      let lane = ends.findIndex((end) => end <= x0);
      if (lane < 0) lane = ends.length < LANES ? ends.length : LANES - 1;
      ends[lane] = Math.max(ends[lane] || 0, x1);
      return lane;
    });
  }

  draw() {
    if (!this.window) return;
    const s = this.scale();
    const rows = this.rows().map(([key, items]) => {
      const lanes = this.data.entries ? this.lanes(s, items) : items.map(() => 0);
      return { key, items, lanes, height: ROW * (Math.max(0, ...lanes) + 1) };
    });
    const height = AXIS + rows.reduce((sum, r) => sum + r.height, 0) + 6;
    const svg = h("svg", {
      width: s.width, height, viewBox: `0 0 ${s.width} ${height}`, class: "chart",
      role: "group", "aria-label": `Events from ${fromDay(this.window[0])} to ${fromDay(this.window[1])}`,
    });
    this.axis(svg, s, height);
    const marks = [];
    let y = AXIS;
    for (const { key, items, lanes, height: tall } of rows) {
      const label = this.data.group === "actor" && this.data.entries ? nameOf(key) : words(key);
      svg.append(h("text", { x: 4, y: y + ROW / 2 + 4, class: "row-label" },
        label.length > s.gutter / 7 ? `${label.slice(0, Math.floor(s.gutter / 7) - 1)}…` : label));
      svg.append(h("line", { x1: 0, x2: s.width, y1: y + tall, y2: y + tall, class: "row-rule" }));
      items.forEach((item, i) => {
        if (this.data.entries) marks.push(this.mark(svg, s, y + lanes[i] * ROW, item));
        else this.cell(svg, s, y, key, item);
      });
      y += tall;
    }
    this.asOfLine(svg, s, height);
    marks.sort((a, b) => a.day - b.day);
    marks.forEach((m, i) => {
      m.el.setAttribute("tabindex", i === 0 ? "0" : "-1");
      m.el.dataset.order = String(i);
    });
    this.marks = marks.map((m) => m.el);
    const focused = document.activeElement && document.activeElement.dataset
      ? document.activeElement.dataset.key : null;
    this.el.replaceChildren(svg);
    if (focused) {
      const again = this.marks.find((m) => m.dataset.key === focused);
      if (again) again.focus();
    }
  }

  axis(svg, s, height) {
    const [from, to] = this.window;
    const span = to - from;
    const step = span > 1500 ? 365 : span > 300 ? 91 : span > 90 ? 30 : span > 30 ? 7 : 1;
    const minGap = s.width < 520 ? 70 : 90;
    let last = -Infinity;
    for (let day = from; day <= to; day++) {
      const iso = fromDay(day);
      const first = step >= 30 ? iso.endsWith("-01") && (step < 91 || /-(01|04|07|10)-01$/.test(iso))
        : step === 7 ? new Date(day * 86400000).getUTCDay() === 1 : true;
      if (!first) continue;
      const x = s.x(day);
      svg.append(h("line", { x1: x, x2: x, y1: AXIS - 6, y2: height, class: "tick" }));
      if (x - last >= minGap) {
        svg.append(h("text", { x: x + 3, y: 14, class: "tick-label" }, iso));
        last = x;
      }
    }
  }

  asOfLine(svg, s, height) {
    const asOf = this.data.asOf;
    if (asOf === null || asOf < this.window[0] || asOf > this.window[1] + 1) return;
    const x = s.x(asOf + 1);
    svg.append(h("line", { x1: x, x2: x, y1: 18, y2: height, class: "as-of" }));
    svg.append(h("text", { x: x - 3, y: 24, class: "as-of-label", "text-anchor": "end" },
      `as of ${fromDay(asOf)}`));
  }

  mark(svg, s, y, entry) {
    const o = entry.occurred;
    const start = toDay(o.start);
    const end = toDay(o.end || o.start);
    // a span that began before the window (or ends after it) is cut at its edge
    const x0 = Math.max(s.gutter, s.x(start));
    const width = Math.max(8, Math.min(s.width, s.x(end + 1)) - x0);
    const colour = colourOf(entry.type);
    const modality = entry.modality || "asserted";
    const sources = entry.corroboration || 1;
    const future = this.data.asOf !== null && start > this.data.asOf;
    const label = describeEntry(entry);
    const key = (entry.sources || []).map((x) => x.id).join(",") || `${entry.type}${o.start}`;
    const { corrected, added } = analystsOf(entry);
    const g = h("g", {
      class: `mark ${modality}${future ? " future" : ""}${corrected ? " corrected" : ""}${added ? " added" : ""}`,
      role: "button", "aria-label": label,
      "data-key": key, "data-type": entry.type,
      onclick: () => this.onSelect(entry),
      onkeydown: (e) => {
        if (e.key === "Enter" || e.key === " ") {
          e.preventDefault();
          this.onSelect(entry);
        }
      },
      onpointerenter: (e) => this.tip(entry, e.clientX, e.clientY),
      onpointerleave: () => this.untip(),
      onfocus: (e) => {
        const box = e.currentTarget.getBoundingClientRect();
        this.tip(entry, box.left + box.width / 2, box.bottom);
      },
      onblur: () => this.untip(),
    });
    const rect = { x: x0, y: y + 4, width, height: ROW - 8, rx: o.precision === "day" ? 2 : 6 };
    g.append(h("rect", { ...rect, fill: colour, stroke: colour, class: "bar" }));
    if (o.precision && o.precision !== "day") {
      // an imprecise date: the span it could be anywhere in, drawn open-ended
      g.append(h("rect", { ...rect, class: "span-hatch" }));
    }
    if (corrected || added) {
      // a corner flag: an analyst's hand is in this happening
      const fy = y + 4;
      g.append(h("path", { d: `M${x0 - 1} ${fy - 1}h9l-9 9z`, class: added ? "flag-added" : "flag-corrected" }));
    }
    if (sources > 1) {
      const cx = x0 + width;
      g.append(h("circle", { cx, cy: y + 6, r: 7, class: "badge" }));
      g.append(h("text", { x: cx, y: y + 9, class: "badge-text", "text-anchor": "middle" },
        String(sources)));
    }
    svg.append(g);
    return { el: g, day: start };
  }

  cell(svg, s, y, type, { bucket, count }) {
    const start = toDay(bucket.start);
    const end = toDay(bucket.end);
    const x0 = Math.max(s.gutter, s.x(start));
    const width = Math.max(2, Math.min(s.width, s.x(end + 1)) - x0 - 1);
    const most = this.data.density.most || 1;
    svg.append(h("rect", {
      x: x0, y: y + 4, width, height: ROW - 8, fill: colourOf(type),
      "fill-opacity": (0.2 + 0.8 * count / most).toFixed(2), class: "density",
    }, h("title", {}, `${words(type)}: ${count} reports, ${bucket.start} to ${bucket.end}`)));
  }

  tip(entry, x, y) {
    const first = (entry.sources || [])[0];
    const o = entry.occurred;
    this.tooltip.replaceChildren(...[
      h("strong", {}, words(entry.type)),
      h("div", {}, o.start === o.end ? o.start : `${o.start} – ${o.end} (${o.precision})`),
      h("div", {}, names(entry.principals) || "no actor"),
      venueOf(entry) ? h("div", {}, `at ${nameOf(venueOf(entry))}`) : null,
      h("div", {}, `${entry.modality}, ${entry.corroboration || 1} source(s)`),
      first && first.evidence ? h("div", { class: "quote" },
        first.evidence.length > 180 ? `${first.evidence.slice(0, 179)}…` : first.evidence) : null,
    ].filter(Boolean));
    this.tooltip.hidden = false;
    const box = this.tooltip.getBoundingClientRect();
    const left = Math.min(x + 12, window.innerWidth - box.width - 8);
    this.tooltip.style.left = `${Math.max(4, left) + window.scrollX}px`;
    this.tooltip.style.top = `${y + 14 + window.scrollY}px`;
  }

  untip() {
    this.tooltip.hidden = true;
  }

  // Interaction

  wheel(e) {
    if (!this.window) return;
    e.preventDefault();
    const s = this.scale();
    const centre = this.window[0] + (e.clientX - this.el.getBoundingClientRect().left - s.gutter) / s.px;
    if (Math.abs(e.deltaX) > Math.abs(e.deltaY)) this.pan(e.deltaX / 1000);
    else this.zoom(e.deltaY > 0 ? 1.25 : 0.8, centre);
  }

  pointerDown(e) {
    if (!this.window || e.button !== 0 || e.target.closest(".mark")) return;
    this.drag = { x: e.clientX, window: this.window, moved: false };
    this.el.setPointerCapture(e.pointerId);
  }

  pointerMove(e) {
    if (!this.drag) return;
    const days = Math.round((this.drag.x - e.clientX) / this.scale().px);
    if (!days && !this.drag.moved) return;
    this.drag.moved = true;
    const [from, to] = this.drag.window;
    this.setWindow(from + days, to + days, false);
  }

  pointerUp() {
    if (this.drag && this.drag.moved) this.onWindow(this.window[0], this.window[1]);
    this.drag = null;
  }

  key(e) {
    const mark = e.target.closest && e.target.closest(".mark");
    if (e.key === "+" || e.key === "=") this.zoom(0.8);
    else if (e.key === "-" || e.key === "_") this.zoom(1.25);
    else if (mark && (e.key === "ArrowRight" || e.key === "ArrowLeft") && !e.shiftKey) {
      const next = this.marks[Number(mark.dataset.order) + (e.key === "ArrowRight" ? 1 : -1)];
      if (next) {
        mark.setAttribute("tabindex", "-1");
        next.setAttribute("tabindex", "0");
        next.focus();
      }
    } else if (e.shiftKey && (e.key === "ArrowRight" || e.key === "ArrowLeft")) {
      this.pan(e.key === "ArrowRight" ? 0.25 : -0.25);
    } else return;
    e.preventDefault();
  }
}
