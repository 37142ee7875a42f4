"""Shared fixtures: where the shared corpora and this repository's examples live, and the
record schema. Nothing here is heavy; the NLP pipeline is loaded by the test modules that
need it (once per module)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from newsgraph.nlp.pipeline import build_nlp

ROOT = Path(__file__).resolve().parents[1]
REFERENCE_ID = "000_fd0e5672d3c3c35f"


def shared_dir() -> Path:
    """``$NEWSGRAPH_SHARED`` or the ``shared`` folder next to the repository."""
    env = os.environ.get("NEWSGRAPH_SHARED")
    return Path(env) if env else ROOT.parent / "shared"


def example_gold_dir() -> Path:
    """Gold files of ``examples/``: ``examples/gold`` or, after its move, ``tests/gold``."""
    for candidate in (ROOT / "examples" / "gold", ROOT / "tests" / "gold"):
        if candidate.is_dir() and any(candidate.glob("*.quotes.json")):
            return candidate
    return ROOT / "tests" / "gold"


def example_cases() -> list[tuple[Path, dict[str, Any]]]:
    """Each example article of this repository with its gold metadata (for parametrize)."""
    cases = []
    for gold_file in sorted(example_gold_dir().glob("*.quotes.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        cases.append((ROOT / gold["document"], gold))
    return cases


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def shared() -> Path:
    path = shared_dir()
    if not path.is_dir():
        pytest.skip(f"shared corpora not found at {path} (set NEWSGRAPH_SHARED)")
    return path


@pytest.fixture(scope="session")
def reference_article(shared: Path) -> Path:
    path = shared / "examples" / f"{REFERENCE_ID}.txt"
    if not path.is_file():
        pytest.skip(f"reference article missing: {path}")
    return path


@pytest.fixture(scope="session")
def reference_gold(shared: Path) -> dict[str, Any]:
    path = shared / "gold" / f"{REFERENCE_ID}.quotes.json"
    if not path.is_file():
        pytest.skip(f"reference gold missing: {path}")
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def record_schema() -> dict[str, Any]:
    return json.loads((ROOT / "src" / "newsgraph" / "record.schema.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def newsgraph_exe() -> Path:
    """The console script installed next to the running interpreter."""
    import shutil
    import sys

    exe = Path(sys.executable).parent / "newsgraph"
    if exe.is_file():
        return exe
    found = shutil.which("newsgraph")
    if not found:
        pytest.skip("console script `newsgraph` not installed")
    return Path(found)


def check_evidence(record: dict[str, Any]) -> None:
    """Rule 1 of the house: every span points at its own text in ``article.text``."""
    text = record["article"]["text"]
    for actor in record["actors"]:
        for m in actor["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"], (actor["name"], m)
    for q in record["quotes"]:
        assert text[q["start"]:q["end"]] == q["text"], q
        for key in ("cue_span", "speaker_span"):
            if q.get(key):
                s = q[key]
                assert text[s["start"]:s["end"]] == s["text"], (key, q)
        for s in q["spans"]:
            assert text[s["start"]:s["end"]] == s["text"], q
    for link in record["article"].get("links", []):
        assert 0 <= link["start"] <= link["end"] <= len(text)


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The full pipeline, loaded once for the whole run (loading takes seconds)."""
    return build_nlp()


@pytest.fixture(scope="session")
def _site_server():
    from pytest_httpserver import HTTPServer

    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.start()
    yield server
    server.stop()


@pytest.fixture()
def site(_site_server):
    """A news web server on 127.0.0.1 (threaded: concurrent requests are served at once);
    each test sets up its own pages and starts with an empty request log."""
    _site_server.clear()
    yield _site_server
    _site_server.clear()
