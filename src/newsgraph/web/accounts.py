"""Accounts of one event: what each side said about it, and how each outlet reported it.

For an event such as a phone call between two leaders, an article often carries two
readouts (the White House's and the Kremlin's). The *sides* of an event are its source and
target actors plus, in the same article, their governments: actors of the same country that
are a government, the country itself, or people and bodies of its government sector. Across
articles, *reports of the same event* share the unordered pair of actors (or, loosely, of
their countries), the PLOVER type, and a date within a few days.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import duckdb

from newsgraph.web import queries
from newsgraph.web.db import rows

WINDOW_DAYS = 3
MAX_REPORTS = 50


def _side(con: duckdb.DuckDBPyConnection, article_id: str, local_id: str | None,
          other_country: str | None) -> dict[str, Any]:
    """One side of an event in one article: its actor and the actors speaking for its government."""
    if not local_id:
        return {"actor": None, "members": [], "statements": []}
    members = rows(con, """
        WITH me AS (SELECT x.local_id, c.country FROM article_actors x JOIN actors c ON c.actor_id = x.actor_id
                    WHERE x.article_id = ? AND x.local_id = ?)
        SELECT x.local_id, x.actor_id, c.name, c.kind, c.country, x.titles, x.local_id = me.local_id AS is_actor
        FROM article_actors x JOIN actors c ON c.actor_id = x.actor_id, me
        WHERE x.article_id = ?
          AND (x.local_id = me.local_id
               OR (me.country IS NOT NULL AND c.country = me.country AND c.country IS DISTINCT FROM ?
                   AND (c.kind IN ('government', 'country') OR x.sector = 'GOV')))
        ORDER BY is_actor DESC, c.kind, c.name""", [article_id, local_id, article_id, other_country])
    local_ids = [m["local_id"] for m in members]
    statements = rows(con, """
        SELECT quote_id, kind, text, speaker_actor_id, speaker_local_id, speaker_name, cue, start_char
        FROM quotes WHERE article_id = ? AND list_contains(?, speaker_local_id)
        ORDER BY start_char""", [article_id, local_ids]) if local_ids else []
    head = next((m for m in members if m["is_actor"]), None)
    return {"actor": head, "members": members, "statements": statements}


def _country(con: duckdb.DuckDBPyConnection, actor_id: str | None) -> str | None:
    if not actor_id:
        return None
    found = rows(con, "SELECT country FROM actors WHERE actor_id = ?", [actor_id])
    return found[0]["country"] if found else None


def sides(con: duckdb.DuckDBPyConnection, e: dict[str, Any]) -> dict[str, Any]:
    """Both sides' statements in the event's own article."""
    s_country, t_country = _country(con, e["source_actor_id"]), _country(con, e["target_actor_id"])
    return {
        "source": _side(con, e["article_id"], e["source_local_id"], t_country),
        "target": _side(con, e["article_id"], e["target_local_id"], s_country),
    }


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def reports(con: duckdb.DuckDBPyConnection, e: dict[str, Any], match: str = "actors") -> list[dict[str, Any]]:
    """Events in any article that report the same thing, one group per article, oldest first."""
    day = _day(e["event_date"]) or _day(e["published"])
    if day is None:
        lo = hi = None
    else:
        lo, hi = (day - timedelta(days=WINDOW_DAYS)).isoformat(), (day + timedelta(days=WINDOW_DAYS)).isoformat()
    pair = [e["source_actor_id"], e["target_actor_id"]]
    if match == "countries":
        pair = [_country(con, pair[0]), _country(con, pair[1])]
        same = "list_sort([s.country, t.country]) = list_sort(?::VARCHAR[])"
    else:
        same = "list_sort([e.source_actor_id, e.target_actor_id]) = list_sort(?::VARCHAR[])"
    if None in pair:
        pair_clause, params = "e.event_id = ?", [e["event_id"]]
    else:
        pair_clause, params = same, [pair]
    when = "" if lo is None else "AND left(coalesce(e.event_date, a.published), 10) BETWEEN ? AND ?"
    found = rows(con, f"""
        SELECT {queries._EVENT_COLUMNS}, e.source_local_id, e.target_local_id, a.outlet, a.authors,
               a.dateline_place
        {queries._EVENT_FROM}
        WHERE {pair_clause} AND e.plover IS NOT DISTINCT FROM ? {when}
        ORDER BY a.published NULLS LAST, e.article_id, e.trigger_start LIMIT ?""",
                 params + [e["plover"]] + ([lo, hi] if lo else []) + [MAX_REPORTS])
    groups: dict[str, dict[str, Any]] = {}
    for r in found:
        group = groups.setdefault(r["article_id"], {
            "article_id": r["article_id"], "title": r["title"], "published": r["published"],
            "outlet": r["outlet"], "authors": r["authors"], "dateline_place": r["dateline_place"], "events": []})
        group["events"].append(r)
    for group in groups.values():
        group["sides"] = sides(con, group["events"][0])
    return list(groups.values())


def accounts(con: duckdb.DuckDBPyConnection, event_id: str, match: str = "actors") -> dict[str, Any] | None:
    e = queries.event(con, event_id)
    if e is None:
        return None
    return {"event": e, "window_days": WINDOW_DAYS, "match": match, "sides": sides(con, e),
            "reports": reports(con, e, match)}


def candidates(con: duckdb.DuckDBPyConnection, page: queries.Page, plover: str | None = None,
               actor: str | None = None) -> dict[str, Any]:
    """Events between two actors, grouped by actor pair, type and date, most-reported first."""
    where = ["e.source_actor_id IS NOT NULL", "e.target_actor_id IS NOT NULL",
             "e.source_actor_id <> e.target_actor_id"]
    params: list[Any] = []
    if plover:
        where.append("e.plover = ?")
        params.append(plover)
    if actor:
        where.append("(e.source_actor_id = ? OR e.target_actor_id = ?)")
        params += [actor, actor]
    base = f"""
        SELECT least(e.source_actor_id, e.target_actor_id) AS a1, greatest(e.source_actor_id, e.target_actor_id) AS a2,
               e.plover, left(coalesce(e.event_date, a.published), 10) AS day,
               min(e.event_id) AS event_id, count(DISTINCT e.article_id) AS articles, count(*) AS mentions
        FROM events e JOIN articles a ON a.article_id = e.article_id
        WHERE {' AND '.join(where)} GROUP BY ALL"""
    total = rows(con, f"SELECT count(*) AS n FROM ({base})", params)[0]["n"]
    items = rows(con, f"""
        SELECT g.*, x.name AS actor1, y.name AS actor2, x.kind AS kind1, y.kind AS kind2, ev.trigger, ev.cameo_name
        FROM ({base}) g JOIN actors x ON x.actor_id = g.a1 JOIN actors y ON y.actor_id = g.a2
        JOIN events ev ON ev.event_id = g.event_id
        ORDER BY g.articles DESC, (x.kind IN ('person', 'government'))::INT + (y.kind IN ('person', 'government'))::INT DESC,
                 g.mentions DESC, g.day DESC NULLS LAST, g.event_id
        {page.sql()}""", params + page.params())
    return {"total": total, "limit": page.limit, "offset": page.offset, "items": items}
