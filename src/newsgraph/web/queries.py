"""The SQL behind every page and API route; each function takes a read-only connection and
returns plain dicts and lists, so the HTML pages and the JSON API show the same data.

Every value from a request reaches DuckDB as a ``?`` parameter; the only text put into SQL
strings are fixed fragments chosen here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import duckdb

from newsgraph.web.db import one, rows, scalar

SNIPPET = 90  # characters of context either side of a search hit
MAX_TERMS = 8


@dataclass(frozen=True)
class Page:
    limit: int
    offset: int

    def sql(self) -> str:
        return "LIMIT ? OFFSET ?"

    def params(self) -> list[int]:
        return [self.limit, self.offset]


@dataclass(frozen=True)
class SearchFilters:
    q: str = ""
    actor: str | None = None
    country: str | None = None
    plover: str | None = None
    date_from: str | None = None
    date_to: str | None = None

    @property
    def terms(self) -> list[str]:
        return [t.casefold() for t in self.q.split()][:MAX_TERMS]

    def as_dict(self) -> dict[str, Any]:
        return {"q": self.q, "actor": self.actor, "country": self.country, "plover": self.plover,
                "date_from": self.date_from, "date_to": self.date_to}


def counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    return {name: scalar(con, f"SELECT count(*) FROM {name}")
            for name in ("articles", "actors", "quotes", "events")}


# --- search -----------------------------------------------------------------------------------

def _article_conditions(f: SearchFilters) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    for term in f.terms:
        where.append("(strpos(lower(coalesce(a.title, '')), ?) > 0 OR strpos(lower(a.text), ?) > 0)")
        params += [term, term]
    if f.actor:
        where.append("EXISTS (SELECT 1 FROM article_actors x WHERE x.article_id = a.article_id AND x.actor_id = ?)")
        params.append(f.actor)
    if f.country:
        where.append("(a.dateline_country = ? OR EXISTS (SELECT 1 FROM article_actors x JOIN actors c "
                     "ON c.actor_id = x.actor_id WHERE x.article_id = a.article_id AND c.country = ?))")
        params += [f.country, f.country]
    shared, shared_params = _type_and_date_conditions(f)
    return where + shared, params + shared_params


def _type_and_date_conditions(f: SearchFilters) -> tuple[list[str], list[Any]]:
    """The filters articles and quotations share, on the article aliased ``a``."""
    where: list[str] = []
    params: list[Any] = []
    if f.plover:
        where.append("EXISTS (SELECT 1 FROM events x WHERE x.article_id = a.article_id AND x.plover = ?)")
        params.append(f.plover)
    if f.date_from:
        where.append("left(a.published, 10) >= ?")
        params.append(f.date_from)
    if f.date_to:
        where.append("left(a.published, 10) <= ?")
        params.append(f.date_to)
    return where, params


def _snippet(text: str, terms: list[str]) -> dict[str, str]:
    """The first hit with some context, split so the template can mark the hit (escaped)."""
    lowered = text.casefold()
    hits = [(lowered.find(t), t) for t in terms if t and lowered.find(t) >= 0]
    if not hits or len(lowered) != len(text):
        head = text[: 2 * SNIPPET]
        return {"before": head, "hit": "", "after": "…" if len(text) > len(head) else ""}
    start, term = min(hits)
    end = start + len(term)
    lo, hi = max(0, start - SNIPPET), min(len(text), end + SNIPPET)
    return {"before": ("…" if lo else "") + text[lo:start], "hit": text[start:end],
            "after": text[end:hi] + ("…" if hi < len(text) else "")}


def search(con: duckdb.DuckDBPyConnection, f: SearchFilters, page: Page) -> dict[str, Any]:
    """Articles whose title or text holds every term, and quotations that do, under the filters."""
    where, params = _article_conditions(f)
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    total = scalar(con, f"SELECT count(*) FROM articles a {clause}", params)
    found = rows(con, f"""
        SELECT a.article_id, a.title, a.published, a.outlet, a.authors, a.dateline_place, a.dateline_country,
               a.words, a.source, a.text,
               (SELECT count(*) FROM quotes q WHERE q.article_id = a.article_id) AS quotes,
               (SELECT count(*) FROM events e WHERE e.article_id = a.article_id) AS events
        FROM articles a {clause}
        ORDER BY a.published DESC NULLS LAST, a.title, a.article_id {page.sql()}""", params + page.params())
    for row in found:
        row["snippet"] = _snippet(row.pop("text"), f.terms)

    q_where: list[str] = []
    q_params: list[Any] = []
    for term in f.terms:
        q_where.append("strpos(lower(q.text), ?) > 0")
        q_params.append(term)
    if f.actor:
        q_where.append("q.speaker_actor_id = ?")
        q_params.append(f.actor)
    if f.country:
        q_where.append("s.country = ?")
        q_params.append(f.country)
    shared, shared_params = _type_and_date_conditions(f)
    q_where += shared
    q_params += shared_params
    q_clause = f"WHERE {' AND '.join(q_where)}" if q_where else ""
    q_from = ("FROM quotes q JOIN articles a ON a.article_id = q.article_id "
              "LEFT JOIN actors s ON s.actor_id = q.speaker_actor_id")
    q_total = scalar(con, f"SELECT count(*) {q_from} {q_clause}", q_params)
    quotes = rows(con, f"""
        SELECT q.quote_id, q.article_id, q.kind, q.text, q.speaker_actor_id, q.speaker_name, q.cue,
               a.title, a.published
        {q_from} {q_clause}
        ORDER BY a.published DESC NULLS LAST, q.article_id, q.start_char {page.sql()}""", q_params + page.params())
    return {"filters": f.as_dict(), "limit": page.limit, "offset": page.offset,
            "articles": {"total": total, "items": found}, "quotes": {"total": q_total, "items": quotes}}


def filter_options(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """What the search form offers: the most frequent actors, countries and PLOVER types."""
    return {
        "actors": rows(con, """
            SELECT c.actor_id, c.name, c.kind, count(DISTINCT x.article_id) AS articles
            FROM actors c JOIN article_actors x ON x.actor_id = c.actor_id
            WHERE c.kind <> 'place'
            GROUP BY ALL ORDER BY articles DESC, c.name LIMIT 200"""),
        "countries": [r["country"] for r in rows(con, """
            SELECT country FROM (SELECT country FROM actors UNION SELECT dateline_country FROM articles)
            WHERE country IS NOT NULL AND regexp_full_match(country, '[A-Z]{3}') ORDER BY country""")],
        "plover": [r["plover"] for r in rows(con, "SELECT DISTINCT plover FROM events WHERE plover IS NOT NULL "
                                                  "ORDER BY plover")],
    }


# --- articles ---------------------------------------------------------------------------------

def article_list(con: duckdb.DuckDBPyConnection, page: Page) -> dict[str, Any]:
    total = scalar(con, "SELECT count(*) FROM articles")
    items = rows(con, f"""
        SELECT article_id, title, published, outlet, authors, dateline_place, dateline_country, words
        FROM articles ORDER BY published DESC NULLS LAST, title, article_id {page.sql()}""", page.params())
    return {"total": total, "limit": page.limit, "offset": page.offset, "items": items}


def article(con: duckdb.DuckDBPyConnection, article_id: str) -> dict[str, Any] | None:
    """One article with its actors, mentions, quotations and events (local ids resolved)."""
    found = one(con, "SELECT * FROM articles WHERE article_id = ?", [article_id])
    if found is None:
        return None
    actors = rows(con, """
        SELECT x.local_id, x.actor_id, coalesce(c.name, x.name) AS name, x.name AS name_here, c.kind, c.country,
               x.titles, x.affiliation, x.sector, x.org_type, x.code,
               (SELECT count(*) FROM mentions m WHERE m.article_id = x.article_id AND m.local_id = x.local_id)
                   AS mentions,
               (SELECT count(*) FROM quotes q WHERE q.article_id = x.article_id AND q.speaker_local_id = x.local_id)
                   AS quotes
        FROM article_actors x LEFT JOIN actors c ON c.actor_id = x.actor_id
        WHERE x.article_id = ?
        ORDER BY quotes DESC, mentions DESC, name""", [article_id])
    names = {a["local_id"]: a["name"] for a in actors}
    quotes = rows(con, """
        SELECT quote_id, kind, text, start_char, end_char, speaker_actor_id, speaker_local_id, speaker_name,
               cue, cue_start, cue_end, speaker_start, speaker_end, spans
        FROM quotes WHERE article_id = ? ORDER BY start_char, quote_id""", [article_id])
    events = rows(con, """
        SELECT event_id, trigger, trigger_start, trigger_end, sentence_start, sentence_end,
               source_actor_id, source_local_id, target_actor_id, target_local_id, cameo, cameo_name, plover,
               plover_mode, quad_class, goldstein, negated, modality, event_date, date_precision,
               place_name, place_country, reported_by_actor_id
        FROM events WHERE article_id = ? ORDER BY trigger_start, event_id""", [article_id])
    for e in events:
        e["source_name"] = names.get(e["source_local_id"])
        e["target_name"] = names.get(e["target_local_id"])
        e["sentence"] = found["text"][e["sentence_start"]:e["sentence_end"]]
    mentions = rows(con, """
        SELECT local_id, actor_id, start_char, end_char FROM mentions
        WHERE article_id = ? ORDER BY start_char""", [article_id])
    return {"article": found, "actors": actors, "quotes": quotes, "events": events, "mentions": mentions}


# --- actors -----------------------------------------------------------------------------------

def actor_list(con: duckdb.DuckDBPyConnection, page: Page, name: str = "", kind: str | None = None,
               country: str | None = None) -> dict[str, Any]:
    where, params = [], []
    if name:
        where.append("strpos(lower(c.name), ?) > 0")
        params.append(name.casefold())
    if kind:
        where.append("c.kind = ?")
        params.append(kind)
    if country:
        where.append("c.country = ?")
        params.append(country)
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    total = scalar(con, f"SELECT count(*) FROM actors c {clause}", params)
    items = rows(con, f"""
        SELECT c.actor_id, c.name, c.kind, c.country,
               (SELECT count(DISTINCT x.article_id) FROM article_actors x WHERE x.actor_id = c.actor_id) AS articles,
               (SELECT count(*) FROM quotes q WHERE q.speaker_actor_id = c.actor_id) AS quotes,
               (SELECT count(*) FROM events e WHERE e.source_actor_id = c.actor_id
                                                OR e.target_actor_id = c.actor_id) AS events
        FROM actors c {clause}
        ORDER BY articles DESC, quotes DESC, c.name, c.actor_id {page.sql()}""", params + page.params())
    return {"total": total, "limit": page.limit, "offset": page.offset, "items": items}


_EVENT_COLUMNS = """
    e.event_id, e.article_id, e.trigger, e.plover, e.cameo, e.cameo_name, e.modality, e.negated, e.event_date,
    e.place_name, e.source_actor_id, e.target_actor_id, s.name AS source_name, t.name AS target_name,
    a.title, a.published, substr(a.text, e.sentence_start + 1, e.sentence_end - e.sentence_start) AS sentence"""
_EVENT_FROM = """
    FROM events e JOIN articles a ON a.article_id = e.article_id
    LEFT JOIN actors s ON s.actor_id = e.source_actor_id
    LEFT JOIN actors t ON t.actor_id = e.target_actor_id"""


def actor(con: duckdb.DuckDBPyConnection, actor_id: str, page: Page) -> dict[str, Any] | None:
    """An actor across the archive: how articles describe it, what it said, what it did and suffered."""
    found = one(con, "SELECT * FROM actors WHERE actor_id = ?", [actor_id])
    if found is None:
        return None
    described = rows(con, """
        SELECT x.article_id, x.name, x.titles, x.affiliation, x.sector, x.org_type, x.code, a.title, a.published
        FROM article_actors x JOIN articles a ON a.article_id = x.article_id
        WHERE x.actor_id = ? ORDER BY a.published DESC NULLS LAST, a.title""", [actor_id])
    titles = sorted({t for d in described for t in (d["titles"] or [])})
    quotes_total = scalar(con, "SELECT count(*) FROM quotes WHERE speaker_actor_id = ?", [actor_id])
    quotes = rows(con, f"""
        SELECT q.quote_id, q.article_id, q.kind, q.text, q.cue, a.title, a.published
        FROM quotes q JOIN articles a ON a.article_id = q.article_id
        WHERE q.speaker_actor_id = ?
        ORDER BY a.published DESC NULLS LAST, q.article_id, q.start_char {page.sql()}""",
                  [actor_id] + page.params())
    as_source = _events_where(con, "e.source_actor_id = ?", actor_id, page)
    as_target = _events_where(con, "e.target_actor_id = ?", actor_id, page)
    timeline = rows(con, """
        SELECT left(coalesce(e.event_date, a.published), 10) AS date, e.plover,
               CASE WHEN e.source_actor_id = ? THEN 'source' ELSE 'target' END AS role, count(*) AS n
        FROM events e JOIN articles a ON a.article_id = e.article_id
        WHERE (e.source_actor_id = ? OR e.target_actor_id = ?) AND e.plover IS NOT NULL
        GROUP BY ALL ORDER BY date LIMIT 5000""", [actor_id] * 3)
    return {
        "actor": found, "titles": titles,
        "affiliations": sorted({d["affiliation"] for d in described if d["affiliation"]}),
        "sectors": sorted({d["sector"] for d in described if d["sector"]}),
        "codes": sorted({d["code"] for d in described if d["code"]}),
        "articles": described, "limit": page.limit, "offset": page.offset,
        "quotes": {"total": quotes_total, "items": quotes},
        "events_as_source": as_source, "events_as_target": as_target, "timeline": timeline,
    }


def _events_where(con: duckdb.DuckDBPyConnection, condition: str, value: str, page: Page) -> dict[str, Any]:
    total = scalar(con, f"SELECT count(*) FROM events e WHERE {condition}", [value])
    items = rows(con, f"""SELECT {_EVENT_COLUMNS} {_EVENT_FROM} WHERE {condition}
        ORDER BY e.event_date DESC NULLS LAST, e.event_id {page.sql()}""", [value] + page.params())
    return {"total": total, "items": items}


def event(con: duckdb.DuckDBPyConnection, event_id: str) -> dict[str, Any] | None:
    return one(con, f"""SELECT {_EVENT_COLUMNS}, e.source_local_id, e.target_local_id, e.sentence_start,
        e.sentence_end, e.trigger_start, e.trigger_end, e.reported_by_actor_id, e.date_start, e.date_end,
        a.outlet, a.source, a.url {_EVENT_FROM} WHERE e.event_id = ?""", [event_id])
