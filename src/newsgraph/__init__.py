"""newsgraph: reads news reports and records, with evidence, who did what to whom, who said
what, when and where.

    >>> import newsgraph
    >>> record = newsgraph.extract("examples/01_baltic_cable_patrol.txt")
    >>> record.to_dict()["article"]["title"]
    'Germany Proposes Joint Naval Patrol to Guard Baltic Sea Cables'

An archive built by ``newsgraph ingest`` opens read-only, its tables as pandas DataFrames::

    archive = newsgraph.open("newsgraph.duckdb")
    archive.quotes_by("Shapiro")          # every quotation by him, across the archive
    archive.sql("SELECT plover_type, count(*) FROM events_gdelt GROUP BY 1")
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from newsgraph._version import __version__

__all__ = ["extract", "extract_many", "open", "__version__"]

if TYPE_CHECKING:
    from newsgraph.extraction import extract, extract_many
    from newsgraph.store.archive import Archive


def __getattr__(name: str) -> Any:
    """Import the NLP stack only when asked: ``import newsgraph`` stays cheap."""
    if name in ("extract", "extract_many"):
        from newsgraph import extraction as module

        return getattr(module, name)
    raise AttributeError(name)


def open(db: str = "newsgraph.duckdb") -> Archive:  # noqa: A001 - newsgraph.open(), like duckdb.connect()
    """A read-only archive: ``.articles``, ``.actors``, ``.quotes``, ``.events`` … as DataFrames,
    ``.sql(query)`` for anything else."""
    from newsgraph.store.archive import Archive

    return Archive(db)
