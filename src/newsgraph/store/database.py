"""The DuckDB archive: schema, batched transactional writes, and the GDELT-like view.

Writes go through one connection in one process; each batch of articles is one
transaction, so a run killed at any moment (even ``kill -9``) leaves whole articles or
none, and the next run, skipping the article ids already stored, finishes the work.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from newsgraph.store.tables import TABLES, Rows, Table, combine_actors

DEFAULT_DB = "newsgraph.duckdb"

#: Articles per transaction: a crash loses at most this much work (and the workers are
#: handed this many articles each at a time).
BATCH = 32

_ARROW = {"VARCHAR": pa.string(), "BIGINT": pa.int64(), "DOUBLE": pa.float64(), "BOOLEAN": pa.bool_(),
          "VARCHAR[]": pa.list_(pa.string())}

#: Events in the flat layout event-data users know from GDELT: one row, both actors spelled out.
GDELT_VIEW = """
CREATE OR REPLACE VIEW events_gdelt AS
SELECT e.event_id, e.event_date, e.date_precision, a.published AS article_date,
       e.source_actor_id AS actor1_id, s.code AS actor1_code, s.name AS actor1_name, sa.country AS actor1_country,
       sa.kind AS actor1_kind,
       e.target_actor_id AS actor2_id, t.code AS actor2_code, t.name AS actor2_name, ta.country AS actor2_country,
       ta.kind AS actor2_kind,
       e.cameo AS cameo_code, e.cameo_root, e.cameo_name, e.quad_class, e.goldstein, e.plover AS plover_type,
       e.plover_mode, e.modality, e.negated, e.place_name, e.place_country, e.trigger,
       a.url AS source_url, a.source, a.outlet, e.article_id
FROM events e
JOIN articles a USING (article_id)
LEFT JOIN article_actors s ON s.article_id = e.article_id AND s.local_id = e.source_local_id
LEFT JOIN article_actors t ON t.article_id = e.article_id AND t.local_id = e.target_local_id
LEFT JOIN actors sa ON sa.actor_id = e.source_actor_id
LEFT JOIN actors ta ON ta.actor_id = e.target_actor_id
"""


def arrow_schema(table: Table) -> pa.Schema:
    return pa.schema([(name, _ARROW[kind]) for name, kind in table.columns])


def connect(path: str | Path = DEFAULT_DB, *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """An archive connection; a new file gets the schema. Read-only connections (query,
    serve) cannot change anything, whatever SQL they are sent."""
    path = Path(path)
    if read_only:
        if not path.exists():
            raise FileNotFoundError(f"no archive at {path} (create one with `newsgraph ingest`)")
        return duckdb.connect(str(path), read_only=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(path))
    create_schema(con)
    return con


#: Conditional-GET state of the feeds an archive reads (``ingest`` of feed URLs, ``watch``):
#: not a table of records, so the Spark engine neither writes nor needs it.
FEEDS_DDL = """
CREATE TABLE IF NOT EXISTS feeds (url VARCHAR PRIMARY KEY, etag VARCHAR, last_modified VARCHAR, read_at VARCHAR)
"""


def create_schema(con: duckdb.DuckDBPyConnection) -> None:
    """The tables of ``TABLES`` (columns added since an archive was made are added to it,
    at the end, where newer releases declare them) and the feeds' state."""
    for table in TABLES.values():
        columns = ", ".join(f'"{name}" {kind}' for name, kind in table.columns)
        con.execute(f"CREATE TABLE IF NOT EXISTS {table.name} ({columns}, PRIMARY KEY ({', '.join(table.key)}))")
    present = set(con.execute("SELECT table_name, column_name FROM information_schema.columns").fetchall())
    for table in TABLES.values():
        for name, kind in table.columns:
            if (table.name, name) not in present:
                con.execute(f'ALTER TABLE {table.name} ADD COLUMN "{name}" {kind}')
    con.execute(FEEDS_DDL)
    con.execute(GDELT_VIEW)


def stored_article_ids(con: duckdb.DuckDBPyConnection) -> set[str]:
    return {row[0] for row in con.execute("SELECT article_id FROM articles").fetchall()}


def stored_urls(con: duckdb.DuckDBPyConnection) -> set[str]:
    """Every URL an article was fetched from or ended at: not to be fetched again."""
    rows = con.execute("SELECT url FROM articles WHERE url IS NOT NULL "
                       "UNION SELECT final_url FROM articles WHERE final_url IS NOT NULL").fetchall()
    return {row[0] for row in rows}


def feed_validators(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[str | None, str | None]]:
    """Feed URL -> (ETag, Last-Modified) of the last time it was read in full."""
    return {url: (etag, modified) for url, etag, modified in
            con.execute("SELECT url, etag, last_modified FROM feeds").fetchall()}


def save_feed_validators(con: duckdb.DuckDBPyConnection, read: dict[str, tuple[str | None, str | None]],
                         read_at: str) -> None:
    """Record feeds read in full, after their articles are committed (never before: a crash
    in between would make the next conditional GET skip articles never stored)."""
    for url, (etag, modified) in read.items():
        con.execute("INSERT INTO feeds VALUES (?, ?, ?, ?) ON CONFLICT (url) DO UPDATE SET "
                    "etag = excluded.etag, last_modified = excluded.last_modified, read_at = excluded.read_at",
                    [url, etag, modified, read_at])


def write(con: duckdb.DuckDBPyConnection, rows: Rows) -> None:
    """Insert one merged batch (``tables.merge``) in one transaction; keys already stored are
    left as they are, except actors, combined as ``tables.combine_actors`` does."""
    con.execute("BEGIN TRANSACTION")
    try:
        for name, table in TABLES.items():
            if not rows.get(name):
                continue
            new_rows = _combined_with_stored(con, rows[name]) if name == "actors" else rows[name]
            batch = pa.Table.from_pylist(new_rows, schema=arrow_schema(table))  # noqa: F841 - read by DuckDB
            keys = ", ".join(table.key)
            if name == "actors":
                conflict = f"ON CONFLICT ({keys}) DO UPDATE SET name = excluded.name, country = excluded.country"
            else:
                conflict = f"ON CONFLICT ({keys}) DO NOTHING"
            con.execute(f"INSERT INTO {name} SELECT * FROM batch {conflict}")
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def _combined_with_stored(con: duckdb.DuckDBPyConnection, actors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The batch's actor rows combined with those already stored, by the one rule the Spark
    engine applies too (``tables.combine_actors``)."""
    ids = [row["actor_id"] for row in actors]
    stored = {r[0]: dict(zip(("actor_id", "name", "kind", "country"), r)) for r in con.execute(
        "SELECT actor_id, name, kind, country FROM actors WHERE actor_id IN (SELECT unnest(?::VARCHAR[]))", [ids]).fetchall()}
    return [combine_actors(stored[row["actor_id"]], row) if row["actor_id"] in stored else row for row in actors]


def counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    return {name: con.execute(f"SELECT count(*) FROM {name}").fetchone()[0] for name in TABLES}  # type: ignore[index]
