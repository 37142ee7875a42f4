"""Reading an archive: SQL, pandas DataFrames, statistics, exports, and Spark output.

``newsgraph.open("newsgraph.duckdb")`` is the Python face; the CLI's ``query``, ``stats``,
``export`` and ``attach`` call the same functions.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb

from newsgraph.store import database
from newsgraph.store.tables import TABLES

#: What a user reads: the tables and the GDELT-like view over them.
RELATIONS = (*TABLES, "events_gdelt")
EXPORT_FORMATS = {"parquet": "(FORMAT parquet)", "csv": "(FORMAT csv, HEADER true)", "jsonl": "(FORMAT json)"}


class Archive:
    """A read-only view of an archive: every table as a DataFrame, and any SQL."""

    def __init__(self, db: str | Path = database.DEFAULT_DB) -> None:
        self.path = Path(db)
        self.con = database.connect(db, read_only=True)

    def sql(self, query: str, params: list[Any] | None = None) -> Any:
        """A pandas DataFrame with the result of ``query`` (``?`` placeholders for ``params``)."""
        return self.con.execute(query, params or []).df()

    def table(self, name: str) -> Any:
        if name not in RELATIONS:
            raise KeyError(f"no table {name!r}; tables: {', '.join(RELATIONS)}")
        return self.con.execute(f"SELECT * FROM {name}").df()

    def __getattr__(self, name: str) -> Any:
        if name in RELATIONS:
            return self.table(name)
        raise AttributeError(name)

    def quotes_by(self, name: str) -> Any:
        """Every quotation by the actors whose name contains ``name``, across the archive."""
        return self.sql(
            "SELECT ac.name AS speaker, q.kind, q.text, a.title, a.published, a.source "
            "FROM quotes q JOIN actors ac ON ac.actor_id = q.speaker_actor_id JOIN articles a USING (article_id) "
            "WHERE ac.name ILIKE '%' || ? || '%' ORDER BY a.published, q.start_char", [name])

    def stats(self) -> dict[str, Any]:
        return stats(self.con)

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def stats(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """Row counts, the span of dates, and the most quoted and most active actors."""
    result: dict[str, Any] = {"rows": database.counts(con)}
    result["published"] = list(con.execute("SELECT min(published), max(published) FROM articles").fetchone() or [])
    result["quotes_by_kind"] = dict(con.execute("SELECT kind, count(*) FROM quotes GROUP BY kind ORDER BY 2 DESC").fetchall())
    result["most_quoted"] = con.execute(
        "SELECT ac.name, count(*) n FROM quotes q JOIN actors ac ON ac.actor_id = q.speaker_actor_id "
        "GROUP BY ac.name ORDER BY n DESC, ac.name LIMIT 10").fetchall()
    result["events_by_plover"] = dict(con.execute(
        "SELECT coalesce(plover, '?'), count(*) FROM events GROUP BY 1 ORDER BY 2 DESC, 1").fetchall())
    result["errors_by_code"] = dict(con.execute("SELECT code, count(*) FROM errors GROUP BY code ORDER BY code").fetchall())
    return result


def export(db: str | Path, out: str | Path, fmt: str) -> list[Path]:
    """Each table (and the GDELT-like view) as one file in ``out``."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    with Archive(db) as archive:
        for name in RELATIONS:
            target = out / f"{name}.{fmt}"
            archive.con.execute(f"COPY (SELECT * FROM {name}) TO '{_literal(target)}' {EXPORT_FORMATS[fmt]}")
            written.append(target)
    return written


def attach(parquet_dir: str | Path, db: str | Path) -> list[str]:
    """Views in ``db`` over the Parquet tables a Spark run wrote to ``parquet_dir``, so that
    query, stats, export and serve work on them as on a local archive."""
    parquet_dir = Path(parquet_dir).resolve()
    missing = [name for name in TABLES if not (parquet_dir / name).is_dir()]
    if missing:
        raise FileNotFoundError(f"{parquet_dir} has no Parquet folder for: {', '.join(missing)}")
    con = duckdb.connect(str(db))
    try:
        for name in TABLES:
            con.execute(f"DROP TABLE IF EXISTS {name}")
            con.execute(f"CREATE OR REPLACE VIEW {name} AS SELECT * FROM "
                        f"read_parquet('{_literal(parquet_dir / name)}/*.parquet')")
        con.execute(database.GDELT_VIEW)
    finally:
        con.close()
    return list(TABLES)


def _literal(path: Path) -> str:
    return str(path).replace("'", "''")
