"""The archive commands: ingest, watch, query, stats, export, attach. Registered on the main
app by ``cli.py``; each is a thin parse -> one library call -> print."""

from __future__ import annotations

import csv
import json
import signal
import sys
import threading
import time
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer
from tqdm import tqdm

from newsgraph.cli_options import ContactOption, DelayOption, TimeoutOption, fetch_settings
from newsgraph.console import fail
from newsgraph.sources import DEFAULT_MAX_MB
from newsgraph.store.database import BATCH, DEFAULT_DB

DbOption = Annotated[Path, typer.Option("--db", help="The DuckDB archive file.")]


class Engine(str, Enum):
    local = "local"
    spark = "spark"


class OutFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


class ExportFormat(str, Enum):
    parquet = "parquet"
    csv = "csv"
    jsonl = "jsonl"


def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders (recursive) and globs: text, Markdown, HTML, "
                                                    "JSON(L), CSV/TSV/Parquet, RSS/Atom/JSON Feed, WARC, any .gz; "
                                                    "http(s) URLs of article pages and feeds.")],
    db: DbOption = Path(DEFAULT_DB),
    workers: Annotated[int | None, typer.Option("--workers", "-w", help="Processes (default: all cores).")] = None,
    engine: Annotated[Engine, typer.Option("--engine", help="local: processes on this machine into --db; "
                                                             "spark: a Spark job writing Parquet to --out.")] = Engine.local,
    master: Annotated[str | None, typer.Option("--master", help="Spark master: local[*], spark://host:7077, yarn …")] = None,
    out: Annotated[str | None, typer.Option("--out", help="Spark engine: the folder (or hdfs://, s3a:// URL) for "
                                                          "the Parquet tables.")] = None,
    text_column: Annotated[str | None, typer.Option("--text-column", help="Tables: the article text column.")] = None,
    title_column: Annotated[str | None, typer.Option("--title-column")] = None,
    date_column: Annotated[str | None, typer.Option("--date-column")] = None,
    url_column: Annotated[str | None, typer.Option("--url-column")] = None,
    outlet_column: Annotated[str | None, typer.Option("--outlet-column")] = None,
    model: Annotated[str | None, typer.Option("--model", help="spaCy model package.")] = None,
    max_mb: Annotated[float, typer.Option("--max-mb", help="Refuse files larger than this.")] = DEFAULT_MAX_MB,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Articles per transaction: a crash loses "
                                                                         "at most this much work.")] = BATCH,
    contact: ContactOption = None,
    delay: DelayOption = 1.0,
    timeout: TimeoutOption = 20.0,
) -> None:
    """Store articles, actors, quotations and events in an archive; articles already stored are
    skipped (and URLs already stored are not fetched), so a rerun (or a run after a crash) adds
    only what is missing."""
    from newsgraph.sources import Columns, is_url

    columns = Columns(text=text_column, title=title_column, date=date_column, url=url_column, outlet=outlet_column)
    if engine is Engine.spark:
        from newsgraph.run.spark import ingest_spark

        if out is None:
            raise fail("--engine spark writes Parquet tables: give a folder with --out")
        if any(map(is_url, paths)):
            raise fail("the Spark engine reads files: fetch URLs with the local engine (or `newsgraph watch`)")
        counts = ingest_spark(paths, out, master=master, model=model, columns=columns, max_mb=max_mb)
        typer.echo(", ".join(f"{n} {name}" for name, n in counts.items()) + f" written to {out}")
        typer.echo(f"Query them with: newsgraph attach {out} --db archive.duckdb")
        return
    from newsgraph.run.local import ingest as run

    with tqdm(unit=" articles", disable=None, file=sys.stderr, dynamic_ncols=True) as bar:
        def progress(articles: int, words: int) -> None:
            bar.update(articles - bar.n)
            elapsed = bar.format_dict.get("elapsed") or 0
            bar.set_postfix_str(f"{words / elapsed:.0f} words/s" if elapsed else "", refresh=False)

        try:
            summary = run(paths, db, workers=workers, model=model, columns=columns, max_mb=max_mb,
                          batch=batch_size, on_progress=progress,
                          fetch=fetch_settings(contact, delay, timeout, max_mb))
        except OSError as exc:
            raise fail(str(exc)) from exc
    typer.echo(summary.line())
    if summary.errors:
        typer.echo(f"Errors are in the errors table: newsgraph query \"SELECT * FROM errors\" --db {db}")


def watch(
    feeds: Annotated[Path, typer.Argument(help="A text file of feed (or page) URLs, one per line; # comments. "
                                                "Re-read at every poll.")],
    every: Annotated[str, typer.Option("--every", help="Time between polls: 90s, 15m, 1h30m.")] = "15m",
    db: DbOption = Path(DEFAULT_DB),
    polls: Annotated[int | None, typer.Option("--polls", min=1, help="Stop after this many polls "
                                                                     "(default: until Ctrl-C).")] = None,
    workers: Annotated[int | None, typer.Option("--workers", "-w", help="Processes (default: all cores).")] = None,
    model: Annotated[str | None, typer.Option("--model", help="spaCy model package.")] = None,
    max_mb: Annotated[float, typer.Option("--max-mb", help="Refuse pages larger than this.")] = DEFAULT_MAX_MB,
    contact: ContactOption = None,
    delay: DelayOption = 1.0,
    timeout: TimeoutOption = 20.0,
) -> None:
    """Poll news feeds and ingest what is new, until Ctrl-C (which ends cleanly after the
    current batch is stored; a rerun resumes). Unchanged feeds cost a conditional GET; items
    already stored are never fetched again."""
    from newsgraph.run.watch import parse_duration, read_feed_list
    from newsgraph.run.watch import watch as run

    try:
        seconds = parse_duration(every)
        read_feed_list(feeds)
    except (OSError, ValueError) as exc:
        raise fail(str(exc)) from exc
    with StopOnInterrupt() as stop:
        def report(poll: int, summary: Any) -> None:
            when = time.strftime("%H:%M:%S")
            typer.echo(f"[{when}] poll {poll}: {summary.line()}")
            if summary.errors:
                typer.echo(f"[{when}] failures are in the errors table of {db}")

        try:
            done = run(feeds, db, every=seconds, should_stop=stop.is_set, wait=stop.wait, on_poll=report,
                       polls=polls, workers=workers, model=model, fetch=fetch_settings(contact, delay, timeout, max_mb))
        except (OSError, ValueError) as exc:
            raise fail(str(exc)) from exc
    typer.echo(f"stopped after {done} poll{'s' if done != 1 else ''}; rerun the same command to go on")


class StopOnInterrupt:
    """Turns the first Ctrl-C into a request to stop (the current batch is still stored); a
    second Ctrl-C interrupts at once."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self._previous: Any = None

    def is_set(self) -> bool:
        return self._event.is_set()

    def wait(self, seconds: float) -> bool:
        return self._event.wait(seconds)

    def _interrupted(self, signum: int, frame: Any) -> None:
        typer.echo("stopping after the current batch (Ctrl-C again to stop now) …", err=True)
        self._event.set()
        signal.signal(signal.SIGINT, self._previous)

    def __enter__(self) -> StopOnInterrupt:
        self._previous = signal.signal(signal.SIGINT, self._interrupted)
        return self

    def __exit__(self, *exc: object) -> None:
        signal.signal(signal.SIGINT, self._previous)


def query(
    sql: Annotated[str, typer.Argument(help="SQL over the archive (read-only).")],
    db: DbOption = Path(DEFAULT_DB),
    format: Annotated[OutFormat, typer.Option("--format", "-f")] = OutFormat.table,
    limit: Annotated[int, typer.Option("--limit", help="Rows shown in table format.")] = 50,
) -> None:
    """Run SQL on the archive: a pretty table, or CSV / JSON for other tools."""
    import duckdb

    from newsgraph.store.database import connect

    try:
        con = connect(db, read_only=True)
        cursor = con.execute(sql)
        names = [d[0] for d in cursor.description or []]
        rows = cursor.fetchall()
    except (duckdb.Error, FileNotFoundError) as exc:
        raise fail(str(exc).splitlines()[0]) from exc
    if format is OutFormat.csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(names)
        writer.writerows(rows)
    elif format is OutFormat.json:
        typer.echo(json.dumps([dict(zip(names, r)) for r in rows], ensure_ascii=False, default=str, indent=1))
    else:
        _print_table(names, rows, limit)


def stats(db: DbOption = Path(DEFAULT_DB)) -> None:
    """What the archive holds: row counts, dates, most quoted actors, events by PLOVER type."""
    from newsgraph.store.archive import Archive

    try:
        with Archive(db) as archive:
            result = archive.stats()
    except FileNotFoundError as exc:
        raise fail(str(exc)) from exc
    typer.echo("rows: " + ", ".join(f"{name} {n}" for name, n in result["rows"].items()))
    first, last = (result["published"] + [None, None])[:2]
    typer.echo(f"published: {first or '?'} to {last or '?'}")
    typer.echo("quotes: " + ", ".join(f"{k} {n}" for k, n in result["quotes_by_kind"].items()))
    typer.echo("most quoted: " + ", ".join(f"{name} ({n})" for name, n in result["most_quoted"]))
    typer.echo("events by PLOVER type: " + ", ".join(f"{k} {n}" for k, n in result["events_by_plover"].items()))
    if result["errors_by_code"]:
        typer.echo("errors: " + ", ".join(f"{k} {n}" for k, n in result["errors_by_code"].items()))


def export(
    out: Annotated[Path, typer.Option("--out", help="Folder for one file per table.")],
    format: Annotated[ExportFormat, typer.Option("--format", "-f")] = ExportFormat.parquet,
    db: DbOption = Path(DEFAULT_DB),
) -> None:
    """Write every table (and the GDELT-like events view) as Parquet, CSV or JSON Lines."""
    from newsgraph.store.archive import export as run

    try:
        written = run(db, out, format.value)
    except FileNotFoundError as exc:
        raise fail(str(exc)) from exc
    typer.echo(f"{len(written)} files written to {out}: {', '.join(p.name for p in written)}")


def attach(
    parquet_dir: Annotated[Path, typer.Argument(help="The --out folder of a Spark ingest.")],
    db: DbOption = Path("archive.duckdb"),
) -> None:
    """Make the Parquet tables of a Spark run queryable: views in a DuckDB file for query,
    stats, export and serve."""
    from newsgraph.store.archive import attach as run

    try:
        names = run(parquet_dir, db)
    except FileNotFoundError as exc:
        raise fail(str(exc)) from exc
    typer.echo(f"{db}: views {', '.join(names)}, events_gdelt over {parquet_dir}")


def register(app: typer.Typer) -> None:
    for command in (ingest, watch, query, stats, export, attach):
        app.command()(command)


def _print_table(names: list[str], rows: list[tuple[Any, ...]], limit: int) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(*names, show_lines=False)
    for row in rows[:limit]:
        table.add_row(*("" if v is None else _short(str(v)) for v in row))
    Console().print(table)
    if len(rows) > limit:
        typer.echo(f"… {len(rows) - limit} more rows (--limit, or --format csv for all)")
    else:
        typer.echo(f"{len(rows)} rows")


def _short(value: str, width: int = 80) -> str:
    return value if len(value) <= width else value[: width - 1] + "…"
