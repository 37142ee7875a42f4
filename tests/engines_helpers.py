"""What the engine tests share: the inputs (the examples in several editions), the rows of a
plain one-process run on them, and a way to read every table's rows from an archive.

Test modules import the fixtures by name (``from engines_helpers import inputs, reference``);
each module gets its own copy (module scope)."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from newsgraph.run.local import ingest
from newsgraph.store.tables import TABLES

ROOT = Path(__file__).resolve().parents[1]
EDITIONS = 3


def rows_of(source: str) -> dict[str, list[str]]:
    """Every table's rows, sorted, from a DuckDB file or a folder of Parquet tables."""
    con = duckdb.connect(source, read_only=True) if source.endswith(".duckdb") else duckdb.connect()
    result = {}
    for name, table in TABLES.items():
        relation = name if source.endswith(".duckdb") else f"read_parquet('{source}/{name}/*.parquet')"
        cols = ", ".join(f'"{c}"' for c in table.column_names)
        result[name] = sorted(map(repr, con.execute(f"SELECT {cols} FROM {relation}").fetchall()))
    con.close()
    return result


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The examples in three editions (distinct texts), and one bad file."""
    folder = tmp_path_factory.mktemp("editions")
    for example in sorted((ROOT / "examples").glob("*.txt")):
        text = example.read_text(encoding="utf-8")
        for n in range(EDITIONS):
            (folder / f"{example.stem}_{n}.txt").write_text(f"{text.rstrip()}\n\nThis is edition {n}.\n", encoding="utf-8")
    (folder / "zz_empty.txt").write_text("", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def reference(inputs: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """Every table's rows after a plain one-process run on ``inputs``."""
    db = tmp_path_factory.mktemp("ref") / "one.duckdb"
    summary = ingest([str(inputs)], db, workers=1)
    assert summary.articles == len(list(inputs.glob("*.txt"))) - 1
    return rows_of(str(db))
