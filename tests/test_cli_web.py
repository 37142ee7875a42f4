"""Live news through the real console script, against a news site on 127.0.0.1: extract a
page, ingest pages and feeds into an archive (failures in the errors table with their HTTP
status, reruns fetch nothing stored), and watch feeds until stopped (Ctrl-C ends cleanly;
a rerun resumes)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import threading
import time
from pathlib import Path

import duckdb
from news_site import page, rss
from werkzeug import Request, Response

POLITE_BUT_QUICK = ["--delay", "0", "--timeout", "5"]


def serve(site, feed_keys=("grain", "cables"), slow: str | None = None,
          entered: threading.Event | None = None) -> str:
    """Robots, three story pages (``slow`` answers after 3 s, setting ``entered`` on arrival),
    a 404 and an RSS feed of ``feed_keys``."""
    base = site.url_for("").rstrip("/")
    site.expect_request("/robots.txt").respond_with_data("User-agent: *\nDisallow: /private/\n")
    for key in ("grain", "cables", "talks"):
        if key == slow:
            def later(request: Request, key: str = key) -> Response:
                if entered is not None:
                    entered.set()
                time.sleep(3)
                return Response(page(key), content_type="text/html")
            site.expect_request(f"/news/{key}").respond_with_handler(later)
        else:
            site.expect_request(f"/news/{key}").respond_with_data(page(key), content_type="text/html")
    site.expect_request("/news/missing").respond_with_data("not here", status=404)
    site.expect_request("/feed").respond_with_data(rss(base, feed_keys), content_type="application/rss+xml",
                                                   headers={"ETag": f'"{len(feed_keys)}"'})
    return base


def run(exe: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(exe), *args], capture_output=True, text=True, timeout=300, check=False)


def rows(db: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql).fetchall()


def requests_for(site, path: str) -> int:
    return sum(request.path == path for request, _ in site.log)


def test_extract_a_page_url(site, newsgraph_exe: Path) -> None:
    base = serve(site)
    proc = run(newsgraph_exe, "extract", f"{base}/news/grain", *POLITE_BUT_QUICK)
    assert proc.returncode == 0, proc.stderr
    record = json.loads(proc.stdout)
    assert record["article"]["url"] == record["article"]["final_url"] == f"{base}/news/grain"
    assert record["article"]["fetched_at"]
    assert any(actor["name"] == "Hakan Fidan" for actor in record["actors"])


def test_extract_reports_a_failed_url_in_one_line(site, newsgraph_exe: Path) -> None:
    base = serve(site)
    proc = run(newsgraph_exe, "extract", f"{base}/news/missing", f"{base}/private/x", f"{base}/news/talks",
               "--format", "jsonl", *POLITE_BUT_QUICK)
    assert proc.returncode == 1
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 2 and "[E111]" in errors[0] and "404" in errors[0] and "[E113]" in errors[1]
    assert len(proc.stdout.splitlines()) == 1  # the good page is still read


def test_ingest_feed_and_pages_then_rerun_fetches_nothing_stored(site, newsgraph_exe: Path, tmp_path: Path) -> None:
    base = serve(site)
    db = tmp_path / "news.duckdb"
    args = ["ingest", f"{base}/feed", f"{base}/news/talks", f"{base}/news/missing", "--db", str(db),
            "--workers", "1", *POLITE_BUT_QUICK]
    first = run(newsgraph_exe, *args)
    assert first.returncode == 0, first.stderr
    stored = rows(db, "SELECT url, final_url, fetched_at IS NOT NULL FROM articles ORDER BY url")
    assert stored == [(f"{base}/news/{key}", f"{base}/news/{key}", True) for key in ("cables", "grain", "talks")]
    assert rows(db, "SELECT source, code, http_status FROM errors") == [(f"{base}/news/missing", "E111", 404)]
    assert rows(db, "SELECT url, etag FROM feeds") == [(f"{base}/feed", '"2"')]
    before = {path: requests_for(site, path) for path in ("/news/grain", "/news/cables", "/news/talks")}
    again = run(newsgraph_exe, *args)
    assert again.returncode == 0, again.stderr
    assert "0 new articles" in again.stdout
    assert {path: requests_for(site, path) for path in before} == before  # nothing stored is fetched again
    assert rows(db, "SELECT count(*) FROM articles") == [(3,)]


def test_watch_polls_a_feed_that_changes(site, newsgraph_exe: Path, tmp_path: Path) -> None:
    base = serve(site, feed_keys=("grain",))
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"# world news\n{base}/feed\n\n", encoding="utf-8")
    db = tmp_path / "news.duckdb"
    watch = ["watch", str(feeds), "--every", "1s", "--db", str(db), "--workers", "1", *POLITE_BUT_QUICK]
    first = run(newsgraph_exe, *watch, "--polls", "2")
    assert first.returncode == 0, first.stderr
    assert "poll 1: 1 new articles" in first.stdout and "poll 2: 0 new articles" in first.stdout
    site.clear()
    serve(site, feed_keys=("grain", "talks"))
    second = run(newsgraph_exe, *watch, "--polls", "1")
    assert "poll 1: 1 new articles" in second.stdout, second.stdout + second.stderr
    assert sorted(url for (url,) in rows(db, "SELECT url FROM articles")) == [f"{base}/news/grain", f"{base}/news/talks"]
    assert requests_for(site, "/news/grain") == 0


def test_watch_ctrl_c_stops_cleanly_and_a_rerun_resumes(site, newsgraph_exe: Path, tmp_path: Path) -> None:
    entered = threading.Event()
    base = serve(site, feed_keys=("grain", "cables", "talks"), slow="talks", entered=entered)
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"{base}/feed\n", encoding="utf-8")
    db = tmp_path / "news.duckdb"
    watch = [str(newsgraph_exe), "watch", str(feeds), "--db", str(db), "--workers", "1", *POLITE_BUT_QUICK]
    proc = subprocess.Popen([*watch, "--every", "1h"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"})
    assert entered.wait(60)  # the slow page is being fetched: the poll is in the middle of its work
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert "stopped after 1 poll" in out
    assert "Traceback" not in err
    assert rows(db, "SELECT count(*) FROM feeds") == [(0,)]  # not read in full: the next poll reads it again
    done = {url for (url,) in rows(db, "SELECT url FROM articles")}
    resumed = subprocess.run([*watch, "--polls", "1"], capture_output=True, text=True, timeout=300)
    assert resumed.returncode == 0, resumed.stderr
    every = {url for (url,) in rows(db, "SELECT url FROM articles")}
    assert every == {f"{base}/news/{key}" for key in ("grain", "cables", "talks")} and done <= every
    assert rows(db, "SELECT count(*) FROM feeds") == [(1,)]


def test_watch_rejects_a_bad_feeds_file(newsgraph_exe: Path, tmp_path: Path) -> None:
    feeds = tmp_path / "feeds.txt"
    feeds.write_text("https://example.org/feed\nnot a url\n", encoding="utf-8")
    proc = run(newsgraph_exe, "watch", str(feeds), "--db", str(tmp_path / "x.duckdb"))
    assert proc.returncode == 2 and "feeds.txt:2" in proc.stderr and "not an http(s) URL" in proc.stderr
    bad_every = run(newsgraph_exe, "watch", str(feeds), "--every", "soon")
    assert bad_every.returncode == 2 and "not a duration" in bad_every.stderr


def test_readme_feed_example_runs(newsgraph_exe: Path, repo_root: Path, tmp_path: Path) -> None:
    """The README's 'Monitor news feeds' commands, with a free port for the stand-in site."""
    import socket
    import sys

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1",
                               "--directory", str(repo_root / "docs" / "demo-site")],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.1)
        feeds = tmp_path / "feeds.txt"
        feeds.write_text(f"http://127.0.0.1:{port}/feed.xml\n", encoding="utf-8")
        db = tmp_path / "news.duckdb"
        proc = run(newsgraph_exe, "watch", str(feeds), "--every", "15m", "--polls", "1", "--db", str(db),
                   "--contact", "you@example.org", "--workers", "1", "--delay", "0")
        assert proc.returncode == 0, proc.stderr
        titles = {title for (title,) in rows(db, "SELECT title FROM articles")}
        assert "Germany Proposes Joint Naval Patrol to Guard Baltic Sea Cables" in titles and len(titles) == 3
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_python_extract_takes_a_url(site) -> None:
    import newsgraph

    base = serve(site)
    record = newsgraph.extract(f"{base}/news/cables").to_dict()
    assert record["article"]["final_url"] == f"{base}/news/cables"
    assert any(quote["speaker_name"] == "Antti Hakkanen" for quote in record["quotes"])
