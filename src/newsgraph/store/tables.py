"""The archive's tables, declared once, and the flattening of a record into their rows.

Both engines (the local DuckDB one and Spark) write exactly these rows, so one archive can
be built by either and queried the same way; DuckDB DDL, Arrow and Spark schemas are all
derived from ``TABLES``. Rows depend only on the record, never on when or where it was
processed, so the same articles give the same rows on every run and engine.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from hashlib import sha1
from typing import Any

from newsgraph.errors import DocumentError
from newsgraph.lexicons import ascii_fold


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[tuple[str, str], ...]  # (name, DuckDB type)
    key: tuple[str, ...]
    doc: str

    @property
    def column_names(self) -> list[str]:
        return [c for c, _ in self.columns]


_V, _I, _F, _B, _L = "VARCHAR", "BIGINT", "DOUBLE", "BOOLEAN", "VARCHAR[]"

TABLES: dict[str, Table] = {t.name: t for t in (
    Table("articles", (
        ("article_id", _V), ("source", _V), ("title", _V), ("authors", _L), ("published", _V), ("url", _V),
        ("outlet", _V), ("language", _V), ("dateline_place", _V), ("dateline_country", _V), ("words", _I),
        ("text", _V), ("final_url", _V), ("fetched_at", _V),
    ), ("article_id",), "one row per distinct article text (article_id is its content hash); an article "
                        "fetched from the web keeps the URL asked for, the URL it ended at and when"),
    Table("actors", (
        ("actor_id", _V), ("name", _V), ("kind", _V), ("country", _V),
    ), ("actor_id",), "one row per real-world actor across the archive: a person by normalised name, "
                       "any other actor by normalised name + country + kind"),
    Table("article_actors", (
        ("article_id", _V), ("local_id", _V), ("actor_id", _V), ("name", _V), ("titles", _L),
        ("affiliation", _V), ("sector", _V), ("org_type", _V), ("code", _V),
    ), ("article_id", "local_id"), "an actor as one article describes it: titles, affiliation, CAMEO code"),
    Table("mentions", (
        ("article_id", _V), ("local_id", _V), ("actor_id", _V), ("start_char", _I), ("end_char", _I), ("text", _V),
    ), ("article_id", "local_id", "start_char"), "every span of an article that refers to an actor"),
    Table("quotes", (
        ("quote_id", _V), ("article_id", _V), ("kind", _V), ("text", _V), ("start_char", _I), ("end_char", _I),
        ("speaker_actor_id", _V), ("speaker_local_id", _V), ("speaker_name", _V), ("cue", _V),
        ("cue_start", _I), ("cue_end", _I), ("speaker_start", _I), ("speaker_end", _I), ("spans", _V),
    ), ("quote_id",), "quotations (direct, mixed) and reported speech (indirect) with their speakers"),
    Table("events", (
        ("event_id", _V), ("article_id", _V), ("trigger", _V), ("trigger_start", _I), ("trigger_end", _I),
        ("sentence_start", _I), ("sentence_end", _I),
        ("source_actor_id", _V), ("source_local_id", _V), ("target_actor_id", _V), ("target_local_id", _V),
        ("cameo", _V), ("cameo_name", _V), ("cameo_root", _V), ("plover", _V), ("plover_mode", _V),
        ("quad_class", _I), ("goldstein", _F), ("negated", _B), ("modality", _V), ("action_cameo", _V),
        ("action_plover", _V), ("reported_by_actor_id", _V), ("event_date", _V), ("date_precision", _V),
        ("date_start", _V), ("date_end", _V), ("date_basis", _V), ("place_name", _V), ("place_country", _V),
        ("place_start", _I), ("place_end", _I), ("evidence", _V), ("coder", _V), ("score", _F),
    ), ("event_id",), "coded events (CAMEO and PLOVER) with source, target, date, place and evidence spans"),
    Table("errors", (
        ("source", _V), ("code", _V), ("reason", _V), ("http_status", _I),
    ), ("source", "code"), "documents that gave no record, with the reason (E201 = skipped, not English) "
                           "and, for a failed fetch, the HTTP status"),
)}

Rows = dict[str, list[dict[str, Any]]]


def normalise_name(name: str) -> str:
    """"Angela  Merkel", "ANGELA MERKEL" and "Angela Merkel" are one name."""
    folded = ascii_fold(name).casefold()
    folded = re.sub(r"^the\s+", "", folded.replace("\u2019", "'"))
    return " ".join(re.findall(r"[\w'.-]+", folded))


def actor_id(name: str, kind: str, country: str | None) -> str:
    """A person is one actor by name: one article gives Jeremy Shapiro a country, the next
    does not, and both are his. Institutions, places and groups keep their country in the key
    ("the Foreign Ministry" of Russia is not Ukraine's)."""
    key = f"{normalise_name(name)}|person" if kind == "person" else f"{normalise_name(name)}|{country or ''}|{kind}"
    return sha1(key.encode("utf-8")).hexdigest()[:16]


def combine_actors(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    """One actor row from two with the same id, whatever their order: the name as written in
    running text rather than in a capitalised headline ("Donald Trump", not "DONALD TRUMP"),
    else the smallest spelling; the country when only one knows it (the smallest when they
    disagree)."""
    countries = [c for c in (a["country"], b["country"]) if c]
    name = min(a["name"], b["name"], key=lambda n: (n.isupper(), n))
    return {**a, "name": name, "country": min(countries) if countries else None}


def record_rows(record: dict[str, Any]) -> Rows:
    """Every table's rows for one record (``Record.to_dict()``)."""
    article = record["article"]
    aid = article["id"]
    dateline = article.get("dateline") or {}
    rows: Rows = {name: [] for name in TABLES}
    rows["articles"].append({
        "article_id": aid, "source": article["source"], "title": article.get("title"),
        "authors": list(article.get("authors") or []), "published": article.get("published"),
        "url": article.get("url"), "outlet": article.get("outlet"), "language": article.get("language"),
        "dateline_place": dateline.get("place"), "dateline_country": dateline.get("country"),
        "words": len(article["text"].split()), "text": article["text"],
        "final_url": article.get("final_url"), "fetched_at": article.get("fetched_at"),
    })
    global_ids: dict[str, str] = {}
    for actor in record.get("actors", []):
        gid = global_ids[actor["id"]] = actor_id(actor["name"], actor["kind"], actor.get("country"))
        rows["actors"].append({"actor_id": gid, "name": actor["name"], "kind": actor["kind"],
                               "country": actor.get("country")})
        rows["article_actors"].append({
            "article_id": aid, "local_id": actor["id"], "actor_id": gid, "name": actor["name"],
            "titles": list(actor.get("titles") or []), "affiliation": actor.get("affiliation"),
            "sector": actor.get("sector"), "org_type": actor.get("org_type"), "code": actor.get("code"),
        })
        seen: set[int] = set()
        for m in actor.get("mentions", []):
            if m["start"] not in seen:
                seen.add(m["start"])
                rows["mentions"].append({"article_id": aid, "local_id": actor["id"], "actor_id": gid,
                                         "start_char": m["start"], "end_char": m["end"], "text": m["text"]})
    for q in record.get("quotes", []):
        cue, speaker = q.get("cue_span") or {}, q.get("speaker_span") or {}
        rows["quotes"].append({
            "quote_id": f"{aid}:{q['id']}", "article_id": aid, "kind": q["kind"], "text": q["text"],
            "start_char": q["start"], "end_char": q["end"], "speaker_actor_id": global_ids.get(q.get("speaker") or ""),
            "speaker_local_id": q.get("speaker"), "speaker_name": q.get("speaker_name"), "cue": q.get("cue"),
            "cue_start": cue.get("start"), "cue_end": cue.get("end"),
            "speaker_start": speaker.get("start"), "speaker_end": speaker.get("end"),
            "spans": json.dumps([[s["start"], s["end"]] for s in q.get("spans", [])]),
        })
    for e in record.get("events", []):
        place = e.get("place") or {}
        where = place.get("span") or {}
        window = e.get("date_window") or [None, None]
        rows["events"].append({
            "event_id": f"{aid}:{e['id']}", "article_id": aid, "trigger": e["trigger"]["text"],
            "trigger_start": e["trigger"]["start"], "trigger_end": e["trigger"]["end"],
            "sentence_start": e["sentence"]["start"], "sentence_end": e["sentence"]["end"],
            "source_actor_id": global_ids.get(e.get("source") or ""), "source_local_id": e.get("source"),
            "target_actor_id": global_ids.get(e.get("target") or ""), "target_local_id": e.get("target"),
            "cameo": e["cameo"], "cameo_name": e.get("cameo_name"), "cameo_root": e.get("cameo_root"),
            "plover": e.get("plover"), "plover_mode": e.get("plover_mode"), "quad_class": e.get("quad_class"),
            "goldstein": e.get("goldstein"), "negated": bool(e.get("negated")), "modality": e.get("modality"),
            "action_cameo": e.get("action_cameo"), "action_plover": e.get("action_plover"),
            "reported_by_actor_id": global_ids.get(e.get("reported_by") or ""),
            "event_date": e.get("date"), "date_precision": e.get("date_precision"),
            "date_start": window[0], "date_end": window[-1], "date_basis": e.get("date_basis"),
            "place_name": place.get("name"), "place_country": place.get("country"),
            "place_start": where.get("start"), "place_end": where.get("end"),
            "evidence": json.dumps([[s["start"], s["end"]] for s in e.get("evidence", [])]),
            "coder": e.get("coder", "rules"), "score": e.get("score"),
        })
    return rows


def error_rows(error: DocumentError) -> Rows:
    rows: Rows = {name: [] for name in TABLES}
    rows["errors"].append({"source": error.source, "code": error.code, "reason": error.reason,
                           "http_status": error.status})
    return rows


def merge(batches: list[Rows]) -> Rows:
    """One batch of rows per table, each key once: an actor met in several articles is
    combined by ``combine_actors``, so the result does not depend on the order of articles."""
    merged: Rows = {name: [] for name in TABLES}
    for name, table in TABLES.items():
        by_key: dict[tuple[Any, ...], dict[str, Any]] = {}
        for rows in batches:
            for row in rows.get(name, []):
                key = tuple(row[k] for k in table.key)
                if key not in by_key:
                    by_key[key] = row
                elif name == "actors":
                    by_key[key] = combine_actors(by_key[key], row)
        merged[name] = list(by_key.values())
    return merged
