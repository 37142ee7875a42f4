"""JSON and JSON Lines sources: one article per object, bad lines reported, the rest read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.errors import DocumentError
from newsgraph.schema import Article
from newsgraph.sources import read_paths
from newsgraph.sources.jsonl import article_from_object, read_json, read_jsonl

STORY = "MOSCOW — The Kremlin said on Friday that talks with Washington would resume next week."


def test_jsonl_object_fields() -> None:
    article = article_from_object(
        {"text": STORY, "title": "Talks to resume", "authors": ["Jane Doe", "John Roe"],
         "date": "2025-03-03T10:00:00Z", "url": "https://example.org/a", "outlet": "Example Wire"},
        "f.jsonl:1",
    )
    assert isinstance(article, Article)
    assert article.text == STORY
    assert article.title == "Talks to resume"
    assert article.authors == ["Jane Doe", "John Roe"]
    assert article.published == "2025-03-03"
    assert article.url == "https://example.org/a"
    assert article.outlet == "Example Wire"
    assert article.dateline is not None and (article.dateline.place, article.dateline.country) == ("Moscow", "RUS")
    assert article.source == "f.jsonl:1"


@pytest.mark.parametrize("field", ["text", "body", "content", "articleBody"])
def test_jsonl_text_field_names(field: str) -> None:
    article = article_from_object({field: "  " + STORY + "\n"}, "s")
    assert isinstance(article, Article) and article.text == STORY


@pytest.mark.parametrize(
    ("authors", "expected"),
    [
        ("Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
        ("Ann Lee, Bob Ray and Cy Tu", ["Ann Lee", "Bob Ray", "Cy Tu"]),
        ("Jane Doe", ["Jane Doe"]),
        (["Jane Doe"], ["Jane Doe"]),
        ([{"@type": "Person", "name": "Jane Doe"}, {"name": "John Roe"}], ["Jane Doe", "John Roe"]),
        ({"name": "Jane Doe"}, ["Jane Doe"]),
        ([], []),
    ],
)
def test_jsonl_authors_forms(authors: object, expected: list[str]) -> None:
    article = article_from_object({"text": STORY, "authors": authors}, "s")
    assert isinstance(article, Article) and article.authors == expected


def test_jsonl_author_singular_key_and_publisher() -> None:
    article = article_from_object({"text": STORY, "author": "Jane Doe", "publisher": {"name": "AP"}}, "s")
    assert isinstance(article, Article)
    assert (article.authors, article.outlet) == (["Jane Doe"], "AP")


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("date", "2025-03-03"),
        ("published", "March 3, 2025"),
        ("publication_date", "2025-03-03T23:59:00+00:00"),
        ("datePublished", "Mon, 03 Mar 2025 10:00:00 GMT"),
        ("date", "Monday, March 3, 2025"),
    ],
)
def test_jsonl_date_formats(key: str, value: str) -> None:
    article = article_from_object({"text": STORY, key: value}, "s")
    assert isinstance(article, Article) and article.published == "2025-03-03"


def test_jsonl_vague_date_is_none() -> None:
    article = article_from_object({"text": STORY, "date": "March 2025"}, "s")
    assert isinstance(article, Article) and article.published is None


def test_jsonl_metadata_types_are_strings() -> None:
    article = article_from_object({"text": STORY, "title": 2025, "url": {"href": "x"}, "outlet": ["a"]}, "s")
    assert isinstance(article, Article)
    assert (article.title, article.url, article.outlet) == ("2025", None, None)


@pytest.mark.parametrize("item", [{"title": "No text"}, {"text": "   "}, {"text": 42}, [1, 2], "a string", None])
def test_jsonl_object_without_text_is_error(item: object) -> None:
    result = article_from_object(item, "f.json")
    assert isinstance(result, DocumentError)
    assert result.code == "E105" and result.source == "f.json"


def test_jsonl_malformed_line_reported_rest_read() -> None:
    lines = [json.dumps({"text": "First story."}), "{not json", "", json.dumps({"body": "Third story."}),
             json.dumps({"title": "no text"})]
    results = list(read_jsonl("\n".join(lines), "f.jsonl"))
    assert len(results) == 4
    assert [r.text for r in results if isinstance(r, Article)] == ["First story.", "Third story."]
    errors = [r for r in results if isinstance(r, DocumentError)]
    assert [(e.code, e.source) for e in errors] == [("E106", "f.jsonl:2"), ("E105", "f.jsonl:5")]
    assert "line 2" in str(errors[0])


def test_jsonl_sources_name_their_line() -> None:
    results = list(read_jsonl('{"text": "a"}\n{"text": "b"}\n', "f.jsonl"))
    assert [r.source for r in results] == ["f.jsonl:1", "f.jsonl:2"]


def test_jsonl_json_list_file() -> None:
    results = list(read_json(json.dumps([{"text": "A story."}, {"text": "B story.", "title": "B"}]), "f.json"))
    assert [(r.source, r.text, r.title) for r in results] == [("f.json#0", "A story.", None), ("f.json#1", "B story.", "B")]


def test_jsonl_json_single_object() -> None:
    (article,) = read_json(json.dumps({"text": STORY, "title": "T"}), "f.json")
    assert isinstance(article, Article) and (article.source, article.title) == ("f.json", "T")


def test_jsonl_json_malformed_names_line() -> None:
    (error,) = read_json('{\n"text": "a",\n"title": oops\n}', "f.json")  # (3.13 puts a trailing comma's error on its own line)
    assert isinstance(error, DocumentError) and error.code == "E106" and "line 3" in error.reason


def test_jsonl_json_empty_list_is_error() -> None:
    (error,) = read_json("[]", "f.json")
    assert isinstance(error, DocumentError) and error.code == "E105"


def test_jsonl_json_list_with_bad_item() -> None:
    results = list(read_json(json.dumps([{"text": "Good."}, {"nothing": 1}]), "f.json"))
    assert isinstance(results[0], Article)
    assert isinstance(results[1], DocumentError) and results[1].source == "f.json#1"


def test_jsonl_files_through_read_paths(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text('{"text": "One."}\n{oops\n{"text": "Two."}\n', encoding="utf-8")
    (tmp_path / "b.json").write_text('[{"text": "Three."}]', encoding="utf-8")
    results = list(read_paths([str(tmp_path)]))
    assert [r.text if isinstance(r, Article) else r.code for r in results] == ["One.", "E106", "Two.", "Three."]
