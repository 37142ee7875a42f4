"""Shared by the web tests: one archive built from the examples, and one live server on it,
each made once per test session (cached here, so both test modules reuse them).

The reference article in ``../shared/examples`` is ingested too when it is there (it is not
part of the repository); tests that need it skip otherwise.
"""

from __future__ import annotations

import atexit
import shutil
import socket
import tempfile
import threading
import time
from functools import cache
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parents[1]
SHARED_EXAMPLES = ROOT.parent / "shared" / "examples"
ARTIFACTS = ROOT / "tests" / "artifacts"
REFERENCE_SOURCE = "000_fd0e5672d3c3c35f.txt"


@cache
def web_db() -> Path:
    """The example articles (and the shared reference article, if present) in a fresh archive."""
    from newsgraph.run.local import ingest

    folder = Path(tempfile.mkdtemp(prefix="newsgraph-web-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    db = folder / "web.duckdb"
    paths = [str(ROOT / "examples")]
    if SHARED_EXAMPLES.is_dir() and any(SHARED_EXAMPLES.iterdir()):
        paths.append(str(SHARED_EXAMPLES))
    summary = ingest(paths, db, workers=1)
    assert summary.articles >= 6 and summary.errors == 0, summary.line()
    return db


def table_counts(db: Path) -> dict[str, int]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # type: ignore[index]
                for t in ("articles", "actors", "article_actors", "mentions", "quotes", "events", "errors")}
    finally:
        con.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@cache
def live_server() -> str:
    """``newsgraph serve``'s app under uvicorn in a background thread; returns its base URL."""
    import uvicorn

    from newsgraph.web.app import create_app

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(web_db()), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)

    def stop() -> None:
        server.should_exit = True
        thread.join(timeout=5)

    atexit.register(stop)
    return f"http://127.0.0.1:{port}"
