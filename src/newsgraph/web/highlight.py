"""The article text as HTML with quotations, speakers, cues, event triggers and actor mentions
marked, built from character offsets.

Spans overlap freely (a trigger inside a quotation, a mention inside a speaker span), so the
text is cut at every span boundary and each piece is wrapped in the elements of the spans
covering it, opened and closed within the piece: the markup is always well nested, and every
piece of text is escaped.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from hashlib import sha1
from typing import Any

from markupsafe import Markup, escape


def speaker_hue(key: str | None) -> int:
    """A stable hue per speaker, so one speaker has one colour on every page."""
    if not key:
        return 0
    return int(sha1(key.encode("utf-8")).hexdigest()[:6], 16) % 360


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str  # quote | trigger | speaker | cue | mention
    data: dict[str, Any]

    @property
    def length(self) -> int:
        return self.end - self.start


def event_title(e: dict[str, Any]) -> str:
    """Hover text of a trigger: source → type → target, date, place, modality."""
    parts = [f"{e.get('source_name') or '?'} → {e.get('plover') or e.get('cameo')} → {e.get('target_name') or '?'}"]
    parts.append(f"CAMEO {e.get('cameo')}" + (f" {e['cameo_name']}" if e.get("cameo_name") else ""))
    if e.get("event_date"):
        parts.append(str(e["event_date"]))
    if e.get("place_name"):
        parts.append(str(e["place_name"]))
    parts.append((e.get("modality") or "asserted") + (", negated" if e.get("negated") else ""))
    return " · ".join(parts)


def spans_of(detail: dict[str, Any]) -> list[Span]:
    """Every markable span of an article (``queries.article``), clipped to its text."""
    size = len(detail["article"]["text"])
    out: list[Span] = []

    def add(start: Any, end: Any, kind: str, data: dict[str, Any]) -> None:
        if isinstance(start, int) and isinstance(end, int):
            start, end = max(0, start), min(size, end)
            if start < end:
                out.append(Span(start, end, kind, data))

    for q in detail["quotes"]:
        try:
            pieces = json.loads(q.get("spans") or "[]")
        except ValueError:
            pieces = []
        for start, end in pieces or [[q["start_char"], q["end_char"]]]:
            add(start, end, "quote", q)
        add(q.get("speaker_start"), q.get("speaker_end"), "speaker", q)
        add(q.get("cue_start"), q.get("cue_end"), "cue", q)
    for e in detail["events"]:
        add(e["trigger_start"], e["trigger_end"], "trigger", e)
    for m in detail["mentions"]:
        add(m["start_char"], m["end_char"], "mention", m)
    return out


def _short_id(full_id: str) -> str:
    return full_id.rsplit(":", 1)[-1]


def _open(kind: str, span: Span) -> str:
    d = span.data
    if kind == "quote":
        key = d.get("speaker_actor_id") or d.get("speaker_name")
        return (f'<span class="q q-{escape(d["kind"])}" data-quote="{escape(_short_id(d["quote_id"]))}" '
                f'style="--hue:{speaker_hue(key)}">')
    if kind == "trigger":
        neg = " negated" if d.get("negated") else ""
        return (f'<mark class="trigger{neg}" data-event="{escape(_short_id(d["event_id"]))}" '
                f'title="{escape(event_title(d))}">')
    if kind == "speaker":
        hue = speaker_hue(d.get("speaker_actor_id") or d.get("speaker_name"))
        quote = escape(_short_id(d["quote_id"]))
        if d.get("speaker_actor_id"):
            return (f'<a class="speaker" data-quote="{quote}" style="--hue:{hue}" '
                    f'href="/actors/{escape(d["speaker_actor_id"])}" title="speaker: {escape(d.get("speaker_name") or "")}">')
        return f'<span class="speaker" data-quote="{quote}" style="--hue:{hue}">'
    if kind == "cue":
        quote = escape(_short_id(d["quote_id"]))
        return f'<a class="cue" data-quote="{quote}" href="#quote-{quote}" title="cue of quotation {quote}">'
    # mention
    return f'<a class="mention" href="/actors/{escape(d["actor_id"])}">' if d.get("actor_id") else '<span class="mention">'


def _close(kind: str, span: Span) -> str:
    if kind == "quote":
        return "</span>"
    if kind == "trigger":
        return "</mark>"
    if kind == "speaker" and not span.data.get("speaker_actor_id"):
        return "</span>"
    if kind == "mention" and not span.data.get("actor_id"):
        return "</span>"
    return "</a>"


#: Which link wins where link spans overlap (links cannot nest): the speaker, then the cue.
_LINK_ORDER = ("speaker", "cue", "mention")


def render(text: str, spans: list[Span]) -> Markup:
    """``text`` as escaped HTML, each piece inside its covering quote, trigger and link."""
    bounds = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    out: list[str] = []
    for lo, hi in zip(bounds, bounds[1:]):
        covering = [s for s in spans if s.start <= lo and s.end >= hi]
        wrappers: list[tuple[str, Span]] = []
        for kind in ("quote", "trigger"):
            inner = [s for s in covering if s.kind == kind]
            if inner:
                wrappers.append((kind, min(inner, key=lambda s: (s.length, s.start))))
        for kind in _LINK_ORDER:
            links = [s for s in covering if s.kind == kind]
            if links:
                wrappers.append((kind, min(links, key=lambda s: (s.length, s.start))))
                break
        out.extend(_open(k, s) for k, s in wrappers)
        out.append(str(escape(text[lo:hi])))
        out.extend(_close(k, s) for k, s in reversed(wrappers))
    return Markup("".join(out))


def article_html(detail: dict[str, Any]) -> Markup:
    return render(detail["article"]["text"], spans_of(detail))
