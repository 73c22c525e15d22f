// Writing to the API as an analyst: the bearer token (this tab's sessionStorage only, sent
// in the Authorization header, never in a URL), JSON POSTs, and problem+json answers shown
// with their detail and the field they name.

import { h } from "./util.js";

const KEY = "parley-token";

function token() {
  try {
    return sessionStorage.getItem(KEY) || "";
  } catch {
    return "";  // storage refused (privacy settings): no token
  }
}

function setToken(value) {
  try {
    if (value) sessionStorage.setItem(KEY, value);
    else sessionStorage.removeItem(KEY);
  } catch {
    // nothing to keep it in: the field says so below
  }
}

// The token's box: paste, use, forget. Says whether a token is set, never what it is.
export function tokenBox(el) {
  const input = h("input", { type: "password", id: "token", autocomplete: "off",
    spellcheck: "false", placeholder: "paste a bearer token" });
  const state = h("span", { class: "note", role: "status" });
  const show = () => { state.textContent = token() ? "token set for this tab" : "no token: reading only"; };
  const use = h("button", { type: "submit" }, "Use");
  const forget = h("button", { type: "button", onclick: () => { setToken(""); input.value = ""; show(); } },
    "Forget");
  el.replaceChildren(h("form", { class: "token-form", onsubmit: (e) => {
    e.preventDefault();
    setToken(input.value.trim());
    input.value = "";
    show();
  } }, h("label", { for: "token" }, "Token to correct"), input, use, forget, state));
  show();
}

// POST a JSON body; answers {ok, status, body} where body is the JSON answer or the problem.
export async function post(path, body) {
  const headers = { "Content-Type": "application/json", Accept: "application/json" };
  if (token()) headers.Authorization = `Bearer ${token()}`;
  let response;
  try {
    response = await fetch(new URL(path, location.origin), {
      method: "POST", headers, body: JSON.stringify(body),
    });
  } catch (error) {
    return { ok: false, status: 0, body: { title: "Not sent", detail: String(error.message || error) } };
  }
  let answer = {};
  try {
    answer = await response.json();
  } catch {
    answer = { detail: response.statusText };
  }
  return { ok: response.ok, status: response.status, body: answer };
}

// A refused write, shown in its form: status, title, detail, and each field it names
// (the form's inputs of that name are marked invalid; the first takes focus).
export function showProblem(form, out, { status, body }) {
  const problem = body || {};
  const fields = (problem.errors || []).map((e) => e.field).filter(Boolean);
  for (const input of form.querySelectorAll("[aria-invalid]")) input.removeAttribute("aria-invalid");
  // 'changes.occurred' names the date inputs under it; 'event.evidence.article' the evidence
  const named = [...form.elements].filter((input) => input.name && fields.some((f) =>
    input.name === f || input.name.startsWith(`${f}.`) || f.startsWith(`${input.name}.`)));
  for (const input of named) input.setAttribute("aria-invalid", "true");
  out.replaceChildren(h("p", { class: "error", role: "alert" },
    `${status ? `${status} ` : ""}${problem.title || "Refused"}: ${problem.detail || "no detail"}`,
    fields.length ? h("span", { class: "field-name" }, ` (field: ${fields.join(", ")})`) : null,
    status === 401 && !token() ? " Paste a token above." : null));
  if (named.length) named[0].focus();
}
