// Renders /openapi.json as a list of endpoints with a small "try it" form; no external assets.
"use strict";

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, v));
  children.forEach((c) => node.append(c instanceof Node ? c : document.createTextNode(String(c))));
  return node;
}

function describe(param) {
  const s = param.schema || {};
  const bits = [s.type || (s.anyOf || []).map((x) => x.type).join("|")];
  if (s.pattern) bits.push("pattern " + s.pattern);
  if (s.minimum !== undefined) bits.push("≥ " + s.minimum);
  if (s.maximum !== undefined) bits.push("≤ " + s.maximum);
  if (s.default !== undefined) bits.push("default " + JSON.stringify(s.default));
  return bits.filter(Boolean).join(", ");
}

function endpoint(path, op) {
  const params = op.parameters || [];
  const form = el("form", {});
  const output = el("pre", { hidden: "" });
  const rows = params.map((p) => el("tr", {},
    el("td", {}, el("code", {}, p.name), p.required ? " *" : ""), el("td", {}, p.in),
    el("td", {}, describe(p)), el("td", {}, (p.schema && p.schema.description) || p.description || ""),
    el("td", {}, el("input", { name: p.name, "data-in": p.in, size: "18" }))));
  form.append(el("table", { class: "grid" }, ...rows), el("button", { type: "submit" }, "Try it"));
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    let url = path;
    const query = new URLSearchParams();
    form.querySelectorAll("input").forEach((input) => {
      if (!input.value) return;
      if (input.dataset.in === "path") url = url.replace("{" + input.name + "}", encodeURIComponent(input.value));
      else query.append(input.name, input.value);
    });
    const response = await fetch(url + (query.toString() ? "?" + query : ""));
    const text = await response.text();
    let shown = text;
    try { shown = JSON.stringify(JSON.parse(text), null, 2); } catch (e) { /* not JSON */ }
    output.textContent = response.status + "\n" + shown.slice(0, 20000);
    output.hidden = false;
  });
  return el("section", { class: "endpoint" },
    el("div", {}, el("span", { class: "method" }, "GET"), el("code", { class: "path" }, path)),
    el("p", {}, op.summary || ""), form, output);
}

async function renderDocs() {
  const target = document.getElementById("api-docs");
  if (!target) return;
  const spec = await (await fetch("/openapi.json")).json();
  target.replaceChildren(el("p", { class: "muted" }, spec.info.title + " " + spec.info.version + " — " + (spec.info.description || "")));
  Object.entries(spec.paths).forEach(([path, ops]) => {
    if (ops.get) target.append(endpoint(path, ops.get));
  });
}

document.addEventListener("DOMContentLoaded", renderDocs);
