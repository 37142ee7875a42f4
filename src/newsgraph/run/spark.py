"""The Spark engine: the same pipeline over a cluster, writing the archive's tables as Parquet.

Input files are the unit of distribution (a CSV or WARC file is read where it lands); each
partition loads the spaCy pipeline once and turns its articles into the rows of
``tables.record_rows``, the very function the local engine (``run/local.py``) uses.
Duplicates are resolved as the local engine resolves them: an article text once (first in
input order), each actor once (``tables.combine_actors``), each error once per file and code.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from newsgraph.errors import DocumentError
from newsgraph.sources import DEFAULT_MAX_MB, Columns, input_files, read_file
from newsgraph.store.tables import TABLES, Rows, combine_actors, error_rows, merge

_SPARK_TYPES = {"VARCHAR": "string", "BIGINT": "bigint", "DOUBLE": "double", "BOOLEAN": "boolean",
                "VARCHAR[]": "array<string>"}


def spark_schema(name: str) -> str:
    """The DDL string Spark takes as a schema, derived from ``tables.TABLES``."""
    return ", ".join(f"`{c}` {_SPARK_TYPES[t]}" for c, t in TABLES[name].columns)


def ingest_spark(paths: Iterable[str], out: str | Path, *, master: str | None = None, model: str | None = None,
                 columns: Columns | None = None, max_mb: float = DEFAULT_MAX_MB,
                 partitions: int | None = None) -> dict[str, int]:
    """Write every table under ``out/<table>/`` as Parquet (replacing an earlier run's) and
    return the row counts. ``out`` is a folder every executor and the driver reach: a shared
    path, or a URL Spark writes to (``hdfs://nn:8020/news``, ``s3a://bucket/news``)."""
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    builder = SparkSession.builder.appName("newsgraph")
    if master:
        builder = builder.master(master)
    spark = builder.config("spark.ui.enabled", "false").getOrCreate()
    try:
        files = list(input_files(paths))
        missing = [error_rows(f) for f in files if isinstance(f, DocumentError)]
        units = [(n, f) for n, f in enumerate(files) if isinstance(f, str)]
        sc = spark.sparkContext
        slices = partitions or max(1, min(len(units), sc.defaultParallelism * 4))
        per_article = sc.parallelize(units, slices).mapPartitions(
            lambda part: _process_partition(part, model, columns, max_mb))
        # key -> (input order, rows): the first copy of an article text wins, as locally
        firsts = per_article.reduceByKey(lambda a, b: a if a[0] <= b[0] else b).values().map(lambda v: v[1])
        tables = firsts.mapPartitions(lambda part: _table_rows(list(part))).union(
            sc.parallelize([(n, r) for rows in missing for n, rs in rows.items() for r in rs], 1))
        tables = tables.map(_keyed).reduceByKey(_combine).values().cache()
        counts = {}
        for name, table in TABLES.items():
            rdd = tables.filter(lambda item, n=name: item[0] == n).map(
                lambda item, cols=table.column_names: tuple(item[1][c] for c in cols))
            frame = spark.createDataFrame(rdd, schema=spark_schema(name))
            frame.write.mode("overwrite").parquet(_under(out, name))
            counts[name] = frame.count()
        return counts
    finally:
        spark.stop()


def _under(out: str | Path, name: str) -> str:
    """``out/name``, a URL's ``//`` kept (``Path`` would make ``s3a://b/x`` ``s3a:/b/x``)."""
    return f"{str(out).rstrip('/')}/{name}"


def _process_partition(units: Iterator[tuple[int, str]], model: str | None, columns: Columns | None,
                       max_mb: float) -> Iterator[tuple[str, tuple[tuple[int, int], Rows]]]:
    from newsgraph.extraction import PIPE_BATCH, batches
    from newsgraph.nlp.pipeline import build_nlp
    from newsgraph.run.local import process_articles

    items = ((order, n, item) for order, path in units for n, item in enumerate(read_file(Path(path), max_mb, columns)))
    for chunk in batches(items, PIPE_BATCH):
        for (order, n, item), rows in zip(chunk, process_articles([c[2] for c in chunk], lambda: build_nlp(model))):
            key = f"error:{item.source}:{item.code}" if isinstance(item, DocumentError) else item.id
            yield key, ((order, n), rows)


def _table_rows(batches: list[Rows]) -> Iterator[tuple[str, dict[str, Any]]]:
    merged = merge(batches)
    for name, rows in merged.items():
        for row in rows:
            yield name, row


def _keyed(item: tuple[str, dict[str, Any]]) -> tuple[tuple[Any, ...], tuple[str, dict[str, Any]]]:
    name, row = item
    return (name, *(row[k] for k in TABLES[name].key)), item


def _combine(a: tuple[str, dict[str, Any]], b: tuple[str, dict[str, Any]]) -> tuple[str, dict[str, Any]]:
    """Two rows with one key: only actors differ (name spelling, country known or not)."""
    return (a[0], combine_actors(a[1], b[1])) if a[0] == "actors" else a
