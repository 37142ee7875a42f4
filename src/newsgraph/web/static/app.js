// newsgraph web UI: small progressive enhancements; every page works without this file.
"use strict";

function linkQuotes() {
  // Hovering a quotation, its speaker, its cue or its list entry lights up all of them.
  const body = document.getElementById("article-body");
  if (!body) return;
  const parts = (id) => document.querySelectorAll('[data-quote="' + CSS.escape(id) + '"]');
  document.querySelectorAll("[data-quote]").forEach((el) => {
    el.addEventListener("mouseenter", () => parts(el.dataset.quote).forEach((p) => p.classList.add("active")));
    el.addEventListener("mouseleave", () => parts(el.dataset.quote).forEach((p) => p.classList.remove("active")));
  });
  const events = (id) => document.querySelectorAll('[data-event="' + CSS.escape(id) + '"]');
  document.querySelectorAll("[data-event]").forEach((el) => {
    el.addEventListener("mouseenter", () => events(el.dataset.event).forEach((p) => p.classList.add("active")));
    el.addEventListener("mouseleave", () => events(el.dataset.event).forEach((p) => p.classList.remove("active")));
  });
}

function focusNetwork() {
  // Hovering a node fades everything but its edges and neighbours.
  const svg = document.getElementById("network");
  if (!svg) return;
  const edges = Array.from(svg.querySelectorAll(".edge"));
  svg.querySelectorAll(".node").forEach((node) => {
    node.addEventListener("mouseenter", () => {
      const id = node.dataset.id;
      const lit = new Set([id]);
      edges.forEach((e) => {
        if (e.dataset.src === id || e.dataset.dst === id) {
          e.classList.add("lit");
          lit.add(e.dataset.src);
          lit.add(e.dataset.dst);
        }
      });
      svg.querySelectorAll(".node").forEach((n) => n.classList.toggle("lit", lit.has(n.dataset.id)));
      svg.classList.add("focus");
    });
    node.addEventListener("mouseleave", () => {
      svg.classList.remove("focus");
      svg.querySelectorAll(".lit").forEach((n) => n.classList.remove("lit"));
    });
  });
}

document.addEventListener("DOMContentLoaded", () => {
  linkQuotes();
  focusNetwork();
});
