"""An actor's events over time as inline SVG: one row per PLOVER type, one dot per day sized
by the number of events (filled: the actor is the source; hollow: the target).

Drawn on the server so the page needs no plotting library; every label is escaped.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from markupsafe import Markup, escape

ROW, LEFT, RIGHT, TOP = 24, 110, 20, 28


def _day(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def timeline_svg(points: list[dict[str, Any]], width: int = 760) -> Markup:
    """``points``: rows of date, plover, role, n (``queries.actor``'s ``timeline``)."""
    dated = [(d, p) for p in points if (d := _day(p["date"])) is not None]
    if not dated:
        return Markup('<p class="muted">No dated events.</p>')
    types = sorted({p["plover"] for _, p in dated})
    first, last = min(d for d, _ in dated), max(d for d, _ in dated)
    span = max(1, (last - first).days)
    height = TOP + ROW * len(types) + 24
    inner = width - LEFT - RIGHT

    def x(d: date) -> float:
        return LEFT + (inner / 2 if first == last else inner * (d - first).days / span)

    out = [f'<svg class="timeline" viewBox="0 0 {width} {height}" width="100%" role="img" '
           f'aria-label="events by type over time">']
    for i, kind in enumerate(types):
        y = TOP + ROW * i + ROW / 2
        out.append(f'<line class="row" x1="{LEFT}" x2="{width - RIGHT}" y1="{y}" y2="{y}"/>')
        out.append(f'<text class="label" x="{LEFT - 8}" y="{y + 4}" text-anchor="end">{escape(kind)}</text>')
    for d, p in dated:
        y = TOP + ROW * types.index(p["plover"]) + ROW / 2
        r = min(10, 3 + 2 * int(p["n"]))
        cls = "src" if p["role"] == "source" else "tgt"
        out.append(f'<circle class="dot {cls}" cx="{x(d):.1f}" cy="{y}" r="{r}">'
                   f'<title>{escape(d.isoformat())} · {escape(p["plover"])} · {escape(p["role"])} · {int(p["n"])}'
                   f'</title></circle>')
    axis_y = TOP + ROW * len(types) + 14
    out.append(f'<text class="axis" x="{LEFT}" y="{axis_y}">{escape(first.isoformat())}</text>')
    if last != first:
        out.append(f'<text class="axis" x="{width - RIGHT}" y="{axis_y}" text-anchor="end">'
                   f'{escape(last.isoformat())}</text>')
    out.append("</svg>")
    return Markup("".join(out))
