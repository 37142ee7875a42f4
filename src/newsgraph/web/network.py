"""The actor network: actors as nodes, events and quotations as weighted edges, laid out on
the server (a small deterministic force-directed layout), so the page is plain SVG whose
nodes are links to actor pages and the same picture comes back on every load.

An event edge runs from its source to its target actor; a quotation edge from a speaker to
each actor mentioned inside the quotation.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import duckdb

from newsgraph.web.db import rows

WIDTH, HEIGHT, MARGIN = 960, 640, 40


@dataclass(frozen=True)
class NetworkFilters:
    kind: str = "all"  # all | events | quotes
    plover: str | None = None
    country: str | None = None
    actor: str | None = None
    min_weight: int = 1
    limit: int = 60

    def as_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "plover": self.plover, "country": self.country, "actor": self.actor,
                "min_weight": self.min_weight, "limit": self.limit}


def _edges(con: duckdb.DuckDBPyConnection, f: NetworkFilters) -> list[dict[str, Any]]:
    parts: list[str] = []
    params: list[Any] = []
    if f.kind in ("all", "events"):
        cond = ["e.source_actor_id IS NOT NULL", "e.target_actor_id IS NOT NULL",
                "e.source_actor_id <> e.target_actor_id"]
        if f.plover:
            cond.append("e.plover = ?")
            params.append(f.plover)
        parts.append(f"""SELECT e.source_actor_id AS src, e.target_actor_id AS dst, 'event' AS kind,
                                coalesce(e.plover, e.cameo) AS label
                         FROM events e WHERE {' AND '.join(cond)}""")
    if f.kind in ("all", "quotes") and not f.plover:
        parts.append("""SELECT DISTINCT q.speaker_actor_id AS src, m.actor_id AS dst, 'quote' AS kind,
                               q.quote_id AS label
                        FROM quotes q JOIN mentions m ON m.article_id = q.article_id
                             AND m.start_char >= q.start_char AND m.end_char <= q.end_char
                        WHERE q.speaker_actor_id IS NOT NULL AND m.actor_id <> q.speaker_actor_id""")
    if not parts:
        return []
    outer: list[str] = ["s.kind <> 'place'", "t.kind <> 'place'"]
    if f.country:
        outer.append("(s.country = ? OR t.country = ?)")
        params += [f.country, f.country]
    if f.actor:
        outer.append("(r.src = ? OR r.dst = ?)")
        params += [f.actor, f.actor]
    return rows(con, f"""
        SELECT r.src, r.dst, r.kind, count(*) AS weight,
               CASE WHEN r.kind = 'event' THEN string_agg(DISTINCT r.label, ', ' ORDER BY r.label) END AS types
        FROM ({' UNION ALL '.join(parts)}) r
        JOIN actors s ON s.actor_id = r.src JOIN actors t ON t.actor_id = r.dst
        WHERE {' AND '.join(outer)}
        GROUP BY r.src, r.dst, r.kind HAVING count(*) >= ?
        ORDER BY weight DESC, r.src, r.dst, r.kind""", params + [f.min_weight])


def network(con: duckdb.DuckDBPyConnection, f: NetworkFilters) -> dict[str, Any]:
    """Nodes (the ``limit`` best-connected actors), edges among them, and their layout."""
    edges = _edges(con, f)
    degree: dict[str, int] = {}
    for e in edges:
        for node in (e["src"], e["dst"]):
            degree[node] = degree.get(node, 0) + e["weight"]
    keep = sorted(degree, key=lambda n: (-degree[n], n))[: f.limit]
    if f.actor and f.actor in degree and f.actor not in keep:
        keep[-1] = f.actor
    kept = set(keep)
    edges = [e for e in edges if e["src"] in kept and e["dst"] in kept]
    info = {r["actor_id"]: r for r in rows(con, "SELECT actor_id, name, kind, country FROM actors "
                                                "WHERE list_contains(?, actor_id)", [keep])} if keep else {}
    positions = layout(sorted(kept), [(e["src"], e["dst"], e["weight"]) for e in edges])
    nodes = [{"id": n, "name": info[n]["name"], "kind": info[n]["kind"], "country": info[n]["country"],
              "weight": degree[n], "x": round(positions[n][0], 1), "y": round(positions[n][1], 1),
              "r": round(5 + 3 * math.sqrt(degree[n]), 1)} for n in sorted(kept, key=lambda n: (-degree[n], n))]
    _separate(nodes)
    by_id = {n["id"]: n for n in nodes}
    for e in edges:
        e.update(_segment(by_id[e["src"]], by_id[e["dst"]]))
    return {"filters": f.as_dict(), "nodes": nodes, "edges": edges, "width": WIDTH, "height": HEIGHT}


def _separate(nodes: list[dict[str, Any]], rounds: int = 30, gap: float = 6.0) -> None:
    """Push overlapping circles apart (strongly tied actors land on top of each other)."""
    for _ in range(rounds):
        moved = False
        for i, a in enumerate(nodes):
            for b in nodes[i + 1:]:
                dx, dy = b["x"] - a["x"], b["y"] - a["y"]
                d = math.hypot(dx, dy) or 0.01
                need = a["r"] + b["r"] + gap
                if d < need:
                    push = (need - d) / 2
                    ux, uy = (dx / d, dy / d) if d > 0.01 else (1.0, 0.0)
                    a["x"], a["y"] = a["x"] - ux * push, a["y"] - uy * push
                    b["x"], b["y"] = b["x"] + ux * push, b["y"] + uy * push
                    moved = True
        if not moved:
            break
    for n in nodes:
        n["x"] = round(min(WIDTH - MARGIN / 2, max(MARGIN / 2, n["x"])), 1)
        n["y"] = round(min(HEIGHT - MARGIN / 2, max(MARGIN / 2, n["y"])), 1)


def _segment(src: dict[str, Any], dst: dict[str, Any]) -> dict[str, float]:
    """The edge's line, ending at the target's rim so its arrowhead shows."""
    dx, dy = dst["x"] - src["x"], dst["y"] - src["y"]
    d = math.hypot(dx, dy) or 1.0
    return {"x1": round(src["x"] + dx / d * src["r"], 1), "y1": round(src["y"] + dy / d * src["r"], 1),
            "x2": round(dst["x"] - dx / d * (dst["r"] + 2), 1), "y2": round(dst["y"] - dy / d * (dst["r"] + 2), 1)}


def layout(nodes: list[str], edges: list[tuple[str, str, int]]) -> dict[str, tuple[float, float]]:
    """Fruchterman–Reingold from a circle: deterministic, fast enough for a couple of hundred nodes."""
    n = len(nodes)
    if n == 0:
        return {}
    w, h = WIDTH - 2 * MARGIN, HEIGHT - 2 * MARGIN
    k = math.sqrt(w * h / n) * 0.6
    pos = [[w / 2 + w / 3 * math.cos(2 * math.pi * i / n), h / 2 + h / 3 * math.sin(2 * math.pi * i / n)]
           for i in range(n)]
    index = {node: i for i, node in enumerate(nodes)}
    links = [(index[a], index[b], 1 + math.log(c)) for a, b, c in edges if a in index and b in index]
    temperature = w / 8
    iterations = max(30, min(150, 9000 // n))
    for _ in range(iterations):
        disp = [[0.0, 0.0] for _ in range(n)]
        for i in range(n):
            xi, yi = pos[i]
            for j in range(i + 1, n):
                dx, dy = xi - pos[j][0], yi - pos[j][1]
                d2 = dx * dx + dy * dy or 0.01
                f = k * k / d2
                disp[i][0] += dx * f
                disp[i][1] += dy * f
                disp[j][0] -= dx * f
                disp[j][1] -= dy * f
        for a, b, strength in links:
            dx, dy = pos[a][0] - pos[b][0], pos[a][1] - pos[b][1]
            d = math.sqrt(dx * dx + dy * dy) or 0.1
            f = d / k * strength
            disp[a][0] -= dx * f
            disp[a][1] -= dy * f
            disp[b][0] += dx * f
            disp[b][1] += dy * f
        for i in range(n):
            # a weak pull to the centre keeps unconnected actors on the canvas
            disp[i][0] += (w / 2 - pos[i][0]) * 0.006 * k
            disp[i][1] += (h / 2 - pos[i][1]) * 0.009 * k
            dx, dy = disp[i]
            d = math.sqrt(dx * dx + dy * dy) or 0.1
            step = min(d, temperature)
            pos[i][0] = min(w, max(0.0, pos[i][0] + dx / d * step))
            pos[i][1] = min(h, max(0.0, pos[i][1] + dy / d * step))
        temperature = max(1.0, temperature * 0.95)
    return {node: (pos[i][0] + MARGIN, pos[i][1] + MARGIN) for i, node in enumerate(nodes)}
