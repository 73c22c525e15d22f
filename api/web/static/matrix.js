// The positions matrix: actors by issues, each cell the stance held on the chosen date.

import { h, nameOf } from "./util.js";

export function renderMatrix(el, answer, onCell) {
  const held = answer.positions || [];
  if (!held.length) {
    el.replaceChildren(h("p", { class: "note" }, `No stance known as of ${answer.as_of}.`));
    return;
  }
  const count = (key) => {
    const seen = new Map();
    for (const p of held) seen.set(p[key], (seen.get(p[key]) || 0) + 1);
    return [...seen.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map((e) => e[0]);
  };
  const actors = count("actor");
  const issues = count("issue");
  const cells = new Map(held.map((p) => [`${p.actor}\u0000${p.issue}`, p]));
  el.replaceChildren(h("table", { class: "matrix" },
    h("caption", {}, `Stances as of ${answer.as_of}${answer.known_as_of ? `, as known on ${answer.known_as_of}` : ""}`),
    h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Actor"),
      issues.map((issue) => h("th", { scope: "col" }, nameOf(issue))))),
    h("tbody", {}, actors.map((actor) => h("tr", {},
      h("th", { scope: "row" }, nameOf(actor)),
      issues.map((issue) => {
        const p = cells.get(`${actor}\u0000${issue}`);
        if (!p) return h("td", {});
        return h("td", {}, h("button", {
          type: "button", class: `stance stance-${p.stance}`,
          "aria-label": `${nameOf(actor)} ${p.stance} ${nameOf(issue)} since ${p.since}`,
          title: `since ${p.since}, ${p.events || 1} event(s): show the evidence`,
          onclick: () => onCell(p),
        }, p.stance));
      }))))));
}
