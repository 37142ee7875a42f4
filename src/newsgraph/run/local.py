"""The local engine (``newsgraph ingest``): many articles, several processes, one DuckDB file.

The main process reads the inputs, leaves out article texts already stored (idempotent
reruns, resumption after a crash) and writes; worker processes, each with the pipeline
loaded once, turn articles into rows (spaCy batches of ``PIPE_BATCH``). Articles stream to
the workers with a bounded read-ahead, so a million-article archive never sits in memory,
and rows are committed ``batch`` articles per transaction.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from newsgraph.errors import DocumentError, Errors
from newsgraph.extraction import PIPE_BATCH, batches, extract_articles
from newsgraph.schema import Article
from newsgraph.sources import DEFAULT_MAX_MB, Columns, is_url, read_paths
from newsgraph.sources.fetch import Fetcher, FetchSettings, Validators
from newsgraph.sources.web import WebReader
from newsgraph.store import database
from newsgraph.store.database import BATCH
from newsgraph.store.tables import Rows, error_rows, merge, record_rows

SKIPPED = Errors.E201.name  # a deliberate skip (not English), not a failure
_CHUNKS_AHEAD = 4  # chunks of PIPE_BATCH articles read ahead per worker

_worker_nlp: Any = None


@dataclass
class IngestSummary:
    articles: int = 0  # newly stored
    already_stored: int = 0
    errors: int = 0
    skipped: int = 0  # not English
    words: int = 0
    seconds: float = 0.0
    stopped: bool = False  # asked to stop before reading everything
    totals: dict[str, int] = field(default_factory=dict)

    def line(self) -> str:
        rate = self.articles / self.seconds if self.seconds else 0.0
        t = self.totals
        return (f"{self.articles} new articles ({self.already_stored} already stored, {self.errors} errors, "
                f"{self.skipped} skipped as not English) in {self.seconds:.1f} s ({rate:.1f} articles/s, "
                f"{self.words / self.seconds if self.seconds else 0:.0f} words/s). Archive now holds "
                f"{t.get('articles', 0)} articles, {t.get('actors', 0)} actors, {t.get('quotes', 0)} quotes, "
                f"{t.get('events', 0)} events, {t.get('errors', 0)} errors.")


def process_articles(articles: list[Article | DocumentError], nlp: Any) -> list[Rows]:
    """Each article's rows, or its error's, in order: the unit of work of both engines."""
    return [error_rows(r) if isinstance(r, DocumentError) else record_rows(r.to_dict())
            for r in extract_articles(articles, nlp)]


def ingest(paths: Iterable[str], db: str | Path = database.DEFAULT_DB, *, workers: int | None = None,
           model: str | None = None, columns: Columns | None = None, max_mb: float = DEFAULT_MAX_MB,
           batch: int = BATCH, on_progress: Callable[[int, int], None] | None = None,
           fetch: FetchSettings | None = None, should_stop: Callable[[], bool] | None = None) -> IngestSummary:
    """Store every article under ``paths`` (files, folders, globs, URLs of pages and feeds)
    not stored yet, ``batch`` articles per transaction; ``on_progress(articles, words)`` is
    called after each one (the CLI's progress bar). URLs are fetched with ``fetch``'s
    politeness settings, and never again once stored. When ``should_stop()`` turns true no
    more input is read; what was read is processed and committed, and the run ends early
    (``summary.stopped``)."""
    paths = list(paths)
    workers = workers or os.cpu_count() or 1
    started = time.perf_counter()
    summary = IngestSummary()
    con = database.connect(db)
    web = _web_reader(con, fetch or FetchSettings(max_mb=max_mb)) if any(map(is_url, paths)) else None
    try:
        stored = database.stored_article_ids(con)
        pending: list[Rows] = []
        items = _until(_new_articles(paths, stored, summary, columns, max_mb, web), should_stop, summary)
        for rows in _rows(items, workers, model):
            _count(summary, rows)
            pending.append(rows)
            if on_progress:
                on_progress(summary.articles, summary.words)
            if len(pending) >= batch:
                database.write(con, merge(pending))
                pending = []
        if pending:
            database.write(con, merge(pending))
        if web is not None:
            summary.already_stored += web.already_stored
            if not summary.stopped:  # a feed counts as read only once all it gave is stored
                _save_feeds(con, web)
        summary.totals = database.counts(con)
    finally:
        con.close()
        if web is not None:
            web.fetcher.close()
    summary.seconds = time.perf_counter() - started
    return summary


def _until(items: Iterator[Article | DocumentError], should_stop: Callable[[], bool] | None,
           summary: IngestSummary) -> Iterator[Article | DocumentError]:
    """``items`` until ``should_stop()``: what was read before is still processed and stored."""
    for item in items:
        if should_stop is not None and should_stop():
            summary.stopped = True
            return
        yield item


def _count(summary: IngestSummary, rows: Rows) -> None:
    error = rows["errors"][0] if rows["errors"] else None
    if error is not None:
        summary.skipped += error["code"] == SKIPPED
        summary.errors += error["code"] != SKIPPED
    elif rows["articles"]:
        summary.articles += 1
        summary.words += rows["articles"][0]["words"]


def _web_reader(con: Any, settings: FetchSettings) -> WebReader:
    """A reader that fetches nothing the archive holds, and asks feeds only for what changed."""
    feeds = {url: Validators(etag, modified) for url, (etag, modified) in database.feed_validators(con).items()}
    return WebReader(Fetcher(settings), known=database.stored_urls(con), feeds=feeds)


def _save_feeds(con: Any, web: WebReader) -> None:
    read_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
    database.save_feed_validators(con, {url: (v.etag, v.last_modified) for url, v in web.read_in_full.items()},
                                  read_at)


def _new_articles(paths: Iterable[str], stored: set[str], summary: IngestSummary, columns: Columns | None,
                  max_mb: float, web: WebReader | None) -> Iterator[Article | DocumentError]:
    """Articles not yet in the archive (each text once), and reading errors as they come."""
    for item in read_paths(paths, max_mb=max_mb, columns=columns, web=web):
        if isinstance(item, Article):
            if item.id in stored:
                summary.already_stored += 1
                continue
            stored.add(item.id)
        yield item


def _rows(items: Iterator[Article | DocumentError], workers: int, model: str | None) -> Iterator[Rows]:
    if workers <= 1:
        from newsgraph.nlp.pipeline import build_nlp

        for chunk in batches(items, PIPE_BATCH):
            yield from process_articles(chunk, lambda: build_nlp(model))
        return
    # chunks stream to the workers, a few per worker ahead of the writer: nobody waits for a
    # window to drain, and a million articles never sit in memory. A worker that dies (killed,
    # out of memory) breaks the pool loudly instead of hanging it; what was committed stays.
    context = multiprocessing.get_context("spawn")  # no forked DuckDB or spaCy state
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker, initargs=(model,))
    pending: deque[Future[list[Rows]]] = deque()
    try:
        for chunk in batches(items, PIPE_BATCH):
            yield from (error_rows(i) for i in chunk if isinstance(i, DocumentError))
            articles = [i for i in chunk if isinstance(i, Article)]
            if articles:
                pending.append(pool.submit(_work, articles))
            while len(pending) >= workers * _CHUNKS_AHEAD:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _init_worker(model: str | None) -> None:
    """Load the pipeline; leave Ctrl-C to the main process, which stops after a commit."""
    global _worker_nlp
    from newsgraph.nlp.pipeline import build_nlp

    signal.signal(signal.SIGINT, signal.SIG_IGN)

    _worker_nlp = build_nlp(model)


def _work(articles: list[Article]) -> list[Rows]:
    return process_articles(articles, _worker_nlp)

