"""Read-only database access and identifier patterns shared by every route.

A fresh read-only connection per request keeps requests independent (no shared cursor
state between threads) and makes writes impossible whatever a request sends.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb

from newsgraph.store import database as archive

#: article_id and actor_id are the first 16 hex digits of a SHA-1.
HEX16 = r"^[0-9a-f]{16}$"
EVENT_ID = r"^[0-9a-f]{16}:e[0-9]{1,6}$"
COUNTRY = r"^[A-Z]{3}$"
PLOVER = r"^[A-Z_]{2,24}$"
DATE = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"

MAX_LIMIT = 200

_HEX16, _EVENT = re.compile(HEX16), re.compile(EVENT_ID)


def is_hex16(value: str) -> bool:
    return bool(_HEX16.fullmatch(value))


def is_event_id(value: str) -> bool:
    return bool(_EVENT.fullmatch(value))


class Database:
    """The archive file the server reads; checked once at start so a typo fails early."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        archive.connect(self.path, read_only=True).close()  # no archive there: FileNotFoundError now

    @contextmanager
    def connect(self) -> Iterator[duckdb.DuckDBPyConnection]:
        con = archive.connect(self.path, read_only=True)
        try:
            yield con
        finally:
            con.close()


def rows(con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    """The result as a list of dicts (column name -> value); ``params`` fill the ``?``s."""
    result = con.execute(sql, list(params))
    names = [d[0] for d in result.description]
    return [dict(zip(names, row)) for row in result.fetchall()]


def one(con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any] = ()) -> dict[str, Any] | None:
    found = rows(con, sql, params)
    return found[0] if found else None


def scalar(con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any] = ()) -> Any:
    row = con.execute(sql, list(params)).fetchone()
    return row[0] if row else None
