"""The engines agree: several processes, a run killed with ``kill -9`` and resumed, and Spark
all give exactly the rows of a plain one-process run on the same articles."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from engines_helpers import inputs, reference, rows_of  # noqa: F401 (fixtures, used by name)
from newsgraph.run.local import ingest


def test_two_processes_give_the_same_rows(inputs: Path, reference: dict[str, list[str]], tmp_path: Path) -> None:
    db = tmp_path / "two.duckdb"
    ingest([str(inputs)], db, workers=2, batch=4)
    assert rows_of(str(db)) == reference


def test_kill_9_then_rerun_loses_and_duplicates_nothing(inputs: Path, reference: dict[str, list[str]],
                                                        tmp_path: Path, newsgraph_exe: Path) -> None:
    db = tmp_path / "killed.duckdb"
    command = [str(newsgraph_exe), "ingest", str(inputs), "--db", str(db), "--workers", "1", "--batch-size", "1"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wal = Path(f"{db}.wal")
    deadline = time.monotonic() + 120

    def wal_size() -> int:
        return wal.stat().st_size if wal.exists() else 0

    # until the first article is committed: its rows add tens of KB to the log of the bare
    # tables, whose size varies by a few bytes with the file's name
    schema_only = _schema_wal_size(tmp_path / "empty.duckdb")
    while wal_size() <= schema_only + 4096 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    time.sleep(0.5)  # an article or two in, mid-article
    assert process.poll() is None, "the run ended before it could be killed: make the inputs larger"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    partial = rows_of(str(db))
    total = len(reference["articles"])
    assert 0 < len(partial["articles"]) < total
    result = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    assert f"{total - len(partial['articles'])} new articles" in result.stdout
    assert rows_of(str(db)) == reference


def _schema_wal_size(path: Path) -> int:
    """How much write-ahead log an archive with nothing but its tables holds."""
    from newsgraph.store import database

    con = database.connect(path)
    size = Path(f"{path}.wal").stat().st_size
    con.close()
    return size


@pytest.mark.skipif(shutil.which("java") is None, reason="Spark needs Java")
def test_spark_local_gives_the_same_rows(inputs: Path, reference: dict[str, list[str]], tmp_path: Path) -> None:
    from newsgraph.run.spark import ingest_spark

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    out = tmp_path / "parquet"
    counts = ingest_spark([str(inputs)], out, master="local[2]")
    assert counts["articles"] == len(reference["articles"])
    assert rows_of(str(out)) == reference
    # and the Parquet tables are queryable like a local archive
    from typer.testing import CliRunner

    from newsgraph.cli import app

    db = tmp_path / "attached.duckdb"
    runner = CliRunner()
    assert runner.invoke(app, ["attach", str(out), "--db", str(db)]).exit_code == 0
    result = runner.invoke(app, ["query", "SELECT count(*) AS n FROM events_gdelt", "--db", str(db), "-f", "json"])
    assert result.exit_code == 0, result.output
    assert '"n": ' + str(len(reference["events"])) in result.stdout
    assert runner.invoke(app, ["attach", str(tmp_path / "nothing"), "--db", str(db)]).exit_code == 2


def test_spark_output_folders_keep_a_url_whole() -> None:
    from newsgraph.run.spark import _under

    assert _under("s3a://bucket/news/", "events") == "s3a://bucket/news/events"
    assert _under("hdfs://nn:8020/news", "articles") == "hdfs://nn:8020/news/articles"
    assert _under(Path("/mnt/news"), "quotes") == "/mnt/news/quotes"
