"""``read_paths``: files, folders (recursive, sorted, hidden skipped), stdin, and the coded
errors for what cannot be read."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from newsgraph.errors import DocumentError
from newsgraph.schema import Article
from newsgraph.sources import read_file, read_paths

STORY = "MOSCOW — The Kremlin said on Friday that talks would resume next week."
PAGE = ("<!DOCTYPE html><html><head><title>H</title></head><body><article><h1>H</h1>"
        + "<p>" + STORY + " Officials in Kyiv did not comment on the proposal on Friday.</p>" * 3
        + "</article></body></html>")


def _write(path: Path, text: str = STORY) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _sources(results: list) -> list[str]:
    return [r.source for r in results]


def test_paths_single_file(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.txt", "Headline\n\n" + STORY)
    (article,) = read_paths([str(path)])
    assert isinstance(article, Article)
    assert (article.source, article.title, article.text) == (str(path), "Headline", STORY)


def test_paths_folder_recursive_sorted(tmp_path: Path) -> None:
    for rel in ["b.txt", "a.md", "sub/c.txt", "sub/deeper/d.jsonl", "A.txt", "z.html"]:
        content = {".jsonl": '{"text": "x"}', ".html": PAGE}.get(Path(rel).suffix, STORY)
        _write(tmp_path / rel, content)
    results = list(read_paths([str(tmp_path)]))
    assert all(isinstance(r, Article) for r in results)
    expected = [str(tmp_path / rel) for rel in ["A.txt", "a.md", "b.txt"]] + [
        str(tmp_path / "sub/c.txt"), str(tmp_path / "sub/deeper/d.jsonl") + ":1", str(tmp_path / "z.html")]
    assert _sources(results) == expected


def test_paths_folder_skips_hidden_and_unknown(tmp_path: Path) -> None:
    _write(tmp_path / "keep.txt")
    _write(tmp_path / ".hidden.txt")
    _write(tmp_path / ".git" / "notes.txt")
    _write(tmp_path / "sub" / ".cache" / "x.md")
    _write(tmp_path / "image.png")
    _write(tmp_path / "README")
    assert _sources(list(read_paths([str(tmp_path)]))) == [str(tmp_path / "keep.txt")]


def test_paths_hidden_parent_of_root_is_fine(tmp_path: Path) -> None:
    root = tmp_path / ".archive"
    _write(root / "a.txt")
    assert _sources(list(read_paths([str(root)]))) == [str(root / "a.txt")]


@pytest.mark.parametrize("name", ["photo.png", "notes.docx", "README"])
def test_paths_unknown_suffix_given_explicitly_is_e101(tmp_path: Path, name: str) -> None:
    path = _write(tmp_path / name)
    (error,) = read_paths([str(path)])
    assert isinstance(error, DocumentError)
    assert error.code == "E101" and error.source == str(path)


def test_paths_missing_is_e108(tmp_path: Path) -> None:
    missing = str(tmp_path / "nope.txt")
    good = _write(tmp_path / "good.txt")
    results = list(read_paths([missing, str(good)]))
    assert isinstance(results[0], DocumentError) and results[0].code == "E108" and results[0].source == missing
    assert isinstance(results[1], Article)


def test_paths_too_large_is_e104_without_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.txt"
    with path.open("wb") as f:
        f.write(b"A line of text.\n")
        f.truncate(3 * 1024 * 1024)

    def refuse(self: Path) -> bytes:
        raise AssertionError(f"{self} was read")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    (error,) = read_paths([str(path)], max_mb=2)
    assert isinstance(error, DocumentError) and error.code == "E104"
    assert "2" in error.reason and "3.0" in error.reason


def test_paths_max_mb_fraction(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.txt", "x" * 2000)
    (error,) = read_file(path, max_mb=0.001)
    assert isinstance(error, DocumentError) and error.code == "E104"


@pytest.mark.parametrize(("data", "code"), [(b"", "E102"), (b"\n\n  \n", "E102"), (b"ab\x00\x00cd", "E103")])
def test_paths_empty_and_binary(tmp_path: Path, data: bytes, code: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    (error,) = read_paths([str(path)])
    assert isinstance(error, DocumentError) and error.code == code and error.source == str(path)


def test_paths_header_only_file_is_e105(tmp_path: Path) -> None:
    path = _write(tmp_path / "h.txt", "A Headline\n\nBy Jane Doe\n\nMarch 3, 2025")
    (error,) = read_paths([str(path)])
    assert isinstance(error, DocumentError) and error.code == "E105"


def test_paths_unreadable_file_is_e107(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _write(tmp_path / "a.txt")

    def denied(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", denied)
    (error,) = read_paths([str(path)])
    assert isinstance(error, DocumentError) and error.code == "E107" and "Permission denied" in error.reason


def test_paths_errors_do_not_stop_the_stream(tmp_path: Path) -> None:
    _write(tmp_path / "1.txt")
    (tmp_path / "2.txt").write_bytes(b"")
    _write(tmp_path / "3.txt")
    results = list(read_paths([str(tmp_path)]))
    assert [type(r).__name__ for r in results] == ["Article", "DocumentError", "Article"]


class _Stdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


@pytest.mark.parametrize(
    ("data", "expect"),
    [
        (("Headline\n\n" + STORY).encode(), ("Headline", STORY)),
        (b'{"text": "From JSON.", "title": "J"}', ("J", "From JSON.")),
        (b'{"text": "One."}\n{"text": "Two."}\n', (None, "One.")),
        (PAGE.encode(), (None, None)),
    ],
    ids=["text", "json", "jsonl", "html"],
)
def test_paths_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes, expect: tuple[str | None, str | None]) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(data))
    results = list(read_paths(["-"]))
    article = results[0]
    assert isinstance(article, Article)
    assert article.source.startswith("<stdin>")
    title, text = expect
    if text is not None:
        assert (article.title, article.text) == (title, text)
    else:
        assert "Kremlin" in article.text


def test_paths_stdin_empty_is_e102(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(b""))
    (error,) = read_paths(["-"])
    assert isinstance(error, DocumentError) and error.code == "E102" and error.source == "<stdin>"
