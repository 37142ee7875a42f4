"""Polling news feeds into an archive until told to stop.

Each poll re-reads the list of feeds (so it can be edited while the watch runs) and ingests
them with the local engine (``run/local.py``): a feed that has not changed answers 304 to a
conditional GET, an item already stored is not fetched again, and what is new goes through
the pipeline into the archive. Asked to stop (Ctrl-C in the CLI), a poll commits what it has
read and the watch ends; state lives in the archive, so the next watch resumes where this
one stopped.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from newsgraph.run.local import IngestSummary, ingest
from newsgraph.sources import is_url
from newsgraph.sources.fetch import FetchSettings

_DURATION = re.compile(r"(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m)?(?:(\d+(?:\.\d+)?)s)?")


def parse_duration(text: str) -> float:
    """Seconds in "15m", "1h30m", "90s", "2h" or a plain number of seconds; ValueError else."""
    text = text.strip().lower()
    try:
        return float(text)
    except ValueError:
        pass
    match = _DURATION.fullmatch(text)
    if not text or match is None or not any(match.groups()):
        raise ValueError(f"not a duration: {text!r} (examples: 90s, 15m, 1h30m)")
    hours, minutes, seconds = (float(g) if g else 0.0 for g in match.groups())
    return hours * 3600 + minutes * 60 + seconds


def read_feed_list(path: Path) -> list[str]:
    """The URLs of a feeds file: one per line; blank lines and ``#`` comments are skipped.
    A line that is not an http(s) URL is an error naming its line, before anything is fetched."""
    urls = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if not is_url(line):
            raise ValueError(f"{path}:{number}: not an http(s) URL: {line!r}")
        urls.append(line)
    return urls


def watch(feeds: Path, db: str | Path, *, every: float, should_stop: Callable[[], bool],
          wait: Callable[[float], bool], on_poll: Callable[[int, IngestSummary], None],
          polls: int | None = None, workers: int | None = None, model: str | None = None,
          fetch: FetchSettings | None = None) -> int:
    """Poll ``feeds`` into ``db`` every ``every`` seconds until ``should_stop()``, ``wait``
    (which sleeps, returning True when interrupted) or ``polls`` polls; returns the polls made."""
    done = 0
    while True:
        summary = ingest(read_feed_list(feeds), db, workers=workers, model=model, fetch=fetch,
                         should_stop=should_stop)
        done += 1
        on_poll(done, summary)
        if summary.stopped or should_stop() or (polls is not None and done >= polls) or wait(every):
            return done
