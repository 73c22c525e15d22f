// Analysts' corrections from the evidence view: retract, amend, confirm an event, undo a
// correction, add a missed happening from an article, and an event's history. Every write
// is a POST with the tab's token (write.js); the server checks everything and a refusal is
// shown in the form, changing nothing.

import { getJSON, h, nameOf, words } from "./util.js";
import { post, showProblem } from "./write.js";

const TYPES = JSON.parse((document.getElementById("catalog") || {}).textContent || "[]");
const PRECISIONS = ["day", "week", "month", "approx"];
const MODALITIES = ["asserted", "expected", "reported"];

// Actors as text: "hamas:subject, egypt:mediator" (the role defaults to subject).
export function actorsText(actors) {
  return (actors || []).map((a) => `${a.id}:${a.role}`).join(", ");
}

function parseActors(text) {
  return String(text).split(",").map((s) => s.trim()).filter(Boolean).map((s) => {
    const [id, role] = s.split(":").map((x) => x.trim());
    return { id, role: role || "subject" };
  });
}

function when(at) {
  return at ? `${at.slice(0, 16).replace("T", " ")} UTC` : "";
}

export function dates(o) {
  if (!o || !o.start) return null;
  return o.start === o.end || !o.end ? o.start : `${o.start} – ${o.end} (${o.precision})`;
}

// Form controls named by the field the server would name in a problem.
function control(label, input) {
  return h("label", { class: "form-field" }, h("span", {}, label), input);
}

function choice(name, options, value, blank) {
  return h("select", { name },
    ...(blank !== undefined ? [h("option", { value: "" }, blank)] : []),
    ...options.map((o) => h("option", { value: o, selected: o === value }, words(o))));
}

function text(name, value, attrs) {
  return h("input", { type: "text", name, value: value ?? "", autocomplete: "off", ...attrs });
}

function reason(placeholder) {
  return control("Reason (required)", text("reason", "", { placeholder, "aria-required": "true" }));
}

function negotiations() {
  const select = document.getElementById("negotiation");
  return select ? [...select.options].map((o) => o.value).filter(Boolean) : [];
}

function interval(prefix, o) {
  return h("div", { class: "form-row" },
    control("From", h("input", { type: "date", name: `${prefix}.start`, value: (o && o.start) || "" })),
    control("To", h("input", { type: "date", name: `${prefix}.end`, value: (o && o.end) || "" })),
    control("Precision", choice(`${prefix}.precision`, PRECISIONS, (o && o.precision) || "day")));
}

function readInterval(form, prefix) {
  const start = form.elements[`${prefix}.start`].value;
  return { start, end: form.elements[`${prefix}.end`].value || start,
    precision: form.elements[`${prefix}.precision`].value };
}

// A form that POSTs what `request(form)` builds; `done(answer)` after a 201, the problem
// shown in the form otherwise (its inputs kept as typed).
function writeForm(label, controls, submit, request, done) {
  const out = h("div", { class: "form-status" });
  const send = h("button", { type: "submit" }, submit);
  const form = h("form", { class: "correction", "aria-label": label }, h("p", { class: "lead" }, label),
    ...controls, h("div", { class: "form-row" }, send,
      h("button", { type: "button", onclick: () => form.remove() }, "Cancel")), out);
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    send.disabled = true;
    out.replaceChildren(h("p", { class: "note" }, "sending…"));
    const [path, body] = request(form);
    const answer = await post(path, body);
    send.disabled = false;
    if (!answer.ok) showProblem(form, out, answer);
    else done(answer.body);
  });
  return form;
}

function onEvent(record, action, controls, submit, changes, done) {
  const label = `${words(action)} ${words(record.type)} (${dates(record.occurred) || "undated"})`;
  return writeForm(label, controls, submit, (form) => [
    `/events/${encodeURIComponent(record.id)}/corrections`,
    { action, reason: form.elements.reason.value, ...(changes ? { changes: changes(form) } : {}) },
  ], done);
}

// Only what the analyst changed is sent: an unchanged form is the server's 422 to tell.
function amendments(record, form) {
  const changes = {};
  const occurred = readInterval(form, "changes.occurred");
  if (JSON.stringify(occurred) !== JSON.stringify(record.occurred)) changes.occurred = occurred;
  for (const key of ["type", "modality"]) {
    if (form.elements[`changes.${key}`].value !== record[key]) changes[key] = form.elements[`changes.${key}`].value;
  }
  const actors = form.elements["changes.actors"].value;
  if (actors.trim() !== actorsText(record.actors)) changes.actors = parseActors(actors);
  const negotiation = form.elements["changes.negotiation"].value.trim();
  if (negotiation !== (record.negotiation || "")) changes.negotiation = negotiation;
  return changes;
}

function amendForm(record, done) {
  const known = h("datalist", { id: `negotiations-${record.id}` },
    ...negotiations().map((n) => h("option", { value: n })));
  return onEvent(record, "amend", [
    interval("changes.occurred", record.occurred),
    h("div", { class: "form-row" },
      control("Type", choice("changes.type", TYPES, record.type)),
      control("Modality", choice("changes.modality", MODALITIES, record.modality))),
    control("Actors (id:role, …)", text("changes.actors", actorsText(record.actors))),
    control("Negotiation", text("changes.negotiation", record.negotiation || "",
      { list: known.id })), known,
    reason("what is wrong, and how you know"),
  ], "Amend", (form) => amendments(record, form), done);
}

// An event's (or added happening's) tools: the actions it allows, and a slot for a form.
export function eventTools(record, done) {
  const slot = h("div", { class: "slot" });
  const open = async (make) => {
    try {
      slot.replaceChildren(await make());
    } catch (error) {
      slot.replaceChildren(h("p", { class: "error", role: "alert" }, String(error.message || error)));
      return;
    }
    const first = slot.querySelector("input, select, textarea, button");
    if (first) first.focus();
  };
  const fresh = () => getJSON(`/events/${encodeURIComponent(record.id)}`);
  const button = (label, make) => h("button", { type: "button", onclick: () => open(make) }, label);
  const live = !record.retracted && !record.added_by;
  return h("div", { class: "tools", role: "group", "aria-label": `Correct this ${words(record.type).toLowerCase()}` },
    live ? button("Retract", () => onEvent(record, "retract",
      [reason("why it did not happen, or was misread")], "Retract", null, done)) : null,
    live ? button("Amend", async () => amendForm(await fresh(), done)) : null,
    live ? button("Confirm", () => onEvent(record, "confirm",
      [reason("what you checked")], "Confirm", null, done)) : null,
    button("History", () => history(record, done)),
    slot);
}

function undoForm(entry, done) {
  return writeForm(`Undo the ${entry.action} by ${entry.writer}`, [reason("why it no longer applies")],
    "Undo", (form) => ["/corrections",
      { action: "undo", correction: entry.id, reason: form.elements.reason.value }], done);
}

function changed(entry) {
  const c = entry.changes || {};
  if (entry.action === "merge") return `${nameOf(c.from)} reads as ${nameOf(c.into)}`;
  const parts = [];
  if (c.type) parts.push(`type ${words(c.type)}`);
  if (c.occurred) parts.push(`date ${dates(c.occurred)}`);
  if (c.actors) parts.push(`actors ${actorsText(c.actors)}`);
  for (const key of ["modality", "location", "negotiation"]) if (c[key]) parts.push(`${key} ${c[key]}`);
  if (c.issues && entry.action === "amend") parts.push(`issues ${c.issues.join(", ")}`);
  return parts.join("; ");
}

function correctionItem(entry, done) {
  const slot = h("div", { class: "slot" });
  const undo = h("button", { type: "button", onclick: () => {
    slot.replaceChildren(undoForm(entry, done));
    slot.querySelector("input").focus();
  } }, "Undo");
  const what = changed(entry);
  return h("li", { class: entry.undone ? "undone" : null },
    h("strong", {}, words(entry.action)), ` by ${entry.writer}, ${when(entry.at)}: “${entry.reason}”`,
    what ? ` (${what})` : "",
    entry.undone ? h("span", { class: "meta" },
      ` · undone by ${entry.undone.writer}, ${when(entry.undone.at)}: “${entry.undone.reason}”`)
      : [" ", undo, slot]);
}

async function history(record, done) {
  const id = encodeURIComponent(record.id);
  let extracted = null;
  let entries;
  if (record.added_by) {
    entries = (await getJSON("/corrections")).corrections.filter((c) => c.id === record.id);
  } else {
    const answer = await getJSON(`/events/${id}/history`);
    extracted = answer.event;
    entries = answer.corrections;
  }
  const x = extracted && extracted.extractor;
  return h("div", { class: "history", role: "group", "aria-label": "History" },
    h("p", { class: "lead" }, "History"),
    h("ol", {},
      extracted ? h("li", {}, h("strong", {}, "Extracted"),
        ` by ${x ? `${x.name}@${x.version}, rule ${x.rule}` : "the extractor"}, reported ${extracted.reported}: `,
        `${words(extracted.type)}, ${dates(extracted.occurred)}, ${actorsText(extracted.actors)}, ${extracted.modality}`)
        : null,
      ...entries.map((entry) => correctionItem(entry, done)),
      entries.length ? null : h("li", { class: "note" }, "no correction yet")));
}

// Adding a happening the extractor missed, read in this article: the evidence is what the
// analyst selected in the passage, else the highlighted sentence.
export function addTool(article, sentence, like, done) {
  const slot = h("div", { class: "slot" });
  const open = () => {
    const picked = String(window.getSelection ? window.getSelection() : "").trim();
    const evidence = picked && article.text && article.text.includes(picked) ? picked : sentence;
    slot.replaceChildren(addForm(article, evidence, like, done));
    slot.querySelector("select").focus();
  };
  return h("div", { class: "tools" },
    h("button", { type: "button", onclick: open }, "Add a missed happening from this article"), slot);
}

function addForm(article, evidence, like, done) {
  const known = h("datalist", { id: `negotiations-add-${article.id}` },
    ...negotiations().map((n) => h("option", { value: n })));
  return writeForm(`Add a happening read in ${article.title || article.id}`, [
    h("div", { class: "form-row" },
      control("Type", choice("event.type", TYPES, null, "choose…")),
      control("Modality", choice("event.modality", MODALITIES, "asserted"))),
    interval("event.occurred", null),
    control("Actors (id:role, …)", text("event.actors", "", { placeholder: "hamas:subject, egypt:mediator" })),
    control("Negotiation", text("event.negotiation", (like && like.negotiation) || "", { list: known.id })), known,
    control("Evidence", h("textarea", { name: "event.evidence", rows: 3 }, evidence || "")),
    reason("what the extractor missed"),
  ], "Add", (form) => {
    const said = form.elements["event.evidence"].value.trim();
    const at = said && article.text ? article.text.indexOf(said) : -1;
    const event = {
      type: form.elements["event.type"].value,
      occurred: readInterval(form, "event.occurred"),
      actors: parseActors(form.elements["event.actors"].value),
      modality: form.elements["event.modality"].value,
      reported: article.published,
      evidence: { article: article.id, text: said, ...(at >= 0 ? { span: [at, at + said.length] } : {}) },
    };
    const negotiation = form.elements["event.negotiation"].value.trim();
    if (negotiation) event.negotiation = negotiation;
    return ["/corrections", { action: "add", reason: form.elements.reason.value, event }];
  }, done);
}
