"""Archive input formats: CSV/TSV/Parquet tables, RSS/Atom/JSON feeds, WARC, globs and .gz."""

from __future__ import annotations

import csv
import gzip
import io
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from warcio.warcwriter import WARCWriter
from warcio.statusandheaders import StatusAndHeaders

from newsgraph.errors import DocumentError
from newsgraph.schema import Article
from newsgraph.sources import Columns, read_paths
from newsgraph.sources.feed import html_to_text

BODY = ("The finance ministers of Kenya and Uganda met in Nairobi on Tuesday to discuss a new "
        "customs agreement, officials said.")

RSS = f"""<?xml version="1.0"?>
<rss version="2.0"><channel><title>East Africa Wire</title>
<item><title>Ministers meet</title><link>https://example.org/a</link>
<pubDate>Tue, 04 Mar 2025 10:00:00 GMT</pubDate><author>desk@example.org (Ana Lee)</author>
<description>&lt;p&gt;{BODY}&lt;/p&gt;&lt;p&gt;Second paragraph.&lt;/p&gt;</description></item>
<item><title>Empty one</title><link>https://example.org/b</link></item>
</channel></rss>"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title>
<entry><title>Atom story</title><id>tag:example.org,2025:1</id><link href="https://example.org/c"/>
<updated>2025-03-05T08:00:00Z</updated><author><name>Ben Ode</name></author>
<content type="html">&lt;p&gt;{BODY}&lt;/p&gt;</content></entry></feed>"""


def _articles(items: list[Article | DocumentError]) -> list[Article]:
    return [i for i in items if isinstance(i, Article)]


def test_csv_columns_found_by_name(tmp_path: Path) -> None:
    path = tmp_path / "news.csv"
    path.write_text('url,date,headline,body\n"https://example.org/1",2025-03-04,"Ministers meet","' + BODY
                    + '\n\nMore text."\n', encoding="utf-8")
    [article] = read_paths([str(path)])
    assert isinstance(article, Article)
    assert (article.title, article.published, article.url) == ("Ministers meet", "2025-03-04", "https://example.org/1")
    assert article.text.startswith("The finance ministers") and article.text.endswith("More text.")
    assert article.source == f"{path}:2"


def test_tsv_with_chosen_columns_and_a_row_without_text(tmp_path: Path) -> None:
    path = tmp_path / "news.tsv"
    path.write_text(f"story_id\tstory\tsite\n1\t{BODY}\tWire\n2\t\tWire\n", encoding="utf-8")
    items = list(read_paths([str(path)], columns=Columns(text="story", outlet="site")))
    assert [type(i).__name__ for i in items] == ["Article", "DocumentError"]
    assert items[0].outlet == "Wire"  # type: ignore[union-attr]
    assert items[1].source == f"{path}:3" and items[1].code == "E105"  # type: ignore[union-attr]


def test_table_without_text_column_is_e110(tmp_path: Path) -> None:
    path = tmp_path / "ids.csv"
    path.write_text("id,views\n1,20\n", encoding="utf-8")
    [error] = read_paths([str(path)])
    assert isinstance(error, DocumentError) and error.code == "E110"
    assert "id, views" in error.reason


def test_parquet(tmp_path: Path) -> None:
    path = tmp_path / "news.parquet"
    pq.write_table(pa.table({"text": [BODY, BODY + " Again."], "title": ["A", "B"]}), path)
    articles = _articles(list(read_paths([str(path)])))
    assert [a.title for a in articles] == ["A", "B"]
    assert articles[0].id != articles[1].id


def test_rss_entries_with_outlet_date_and_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "wire.rss"
    path.write_text(RSS, encoding="utf-8")
    items = list(read_paths([str(path)]))
    article, error = items
    assert isinstance(article, Article) and isinstance(error, DocumentError)
    assert article.outlet == "East Africa Wire" and article.published == "2025-03-04"
    assert article.url == "https://example.org/a"
    assert article.text == BODY + "\n\nSecond paragraph."
    assert error.code == "E105" and error.source.endswith("#https://example.org/b")


def test_atom_and_json_feed(tmp_path: Path) -> None:
    atom = tmp_path / "desk.atom"
    atom.write_text(ATOM, encoding="utf-8")
    feed = tmp_path / "feed.json"
    feed.write_text(json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "JF",
                                "items": [{"id": "1", "url": "https://example.org/j", "title": "JSON story",
                                           "content_html": f"<p>{BODY}</p>", "date_published": "2025-03-06T09:00:00Z",
                                           "authors": [{"name": "Cy Dee"}]}]}), encoding="utf-8")
    atom_article, json_article = _articles(list(read_paths([str(atom), str(feed)])))
    assert (atom_article.title, atom_article.authors, atom_article.published) == ("Atom story", ["Ben Ode"], "2025-03-05")
    assert (json_article.title, json_article.authors, json_article.published) == ("JSON story", ["Cy Dee"], "2025-03-06")
    assert json_article.text == BODY


def test_feed_that_is_not_a_feed_is_e109(tmp_path: Path) -> None:
    path = tmp_path / "broken.xml"
    path.write_text("<config><setting>not news</setting></config>", encoding="utf-8")
    [error] = read_paths([str(path)])
    assert isinstance(error, DocumentError) and error.code == "E109"


def _warc(path: Path, pages: dict[str, bytes], gz: bool) -> None:
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=gz)
        for uri, html in pages.items():
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(html),
                                                          http_headers=headers))
        headers = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://example.org/x.png", "response",
                                                      payload=io.BytesIO(b"\x89PNG"), http_headers=headers))


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_html_responses(tmp_path: Path, name: str) -> None:
    page = (f"<html><head><title>Ministers meet</title></head><body><article><h1>Ministers meet</h1>"
            f"<p>{BODY}</p><p>{BODY}</p><p>{BODY}</p></article></body></html>").encode()
    path = tmp_path / name
    _warc(path, {"https://example.org/story": page}, gz=name.endswith(".gz"))
    [article] = read_paths([str(path)])
    assert isinstance(article, Article)
    assert article.url == "https://example.org/story"
    assert article.source == f"{path}#https://example.org/story"
    assert BODY in article.text


def test_gzipped_text_and_globs(tmp_path: Path) -> None:
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(f"Title A\n\n{BODY}\n".encode()))
    (tmp_path / "b.txt").write_text(f"Title B\n\n{BODY} B.\n", encoding="utf-8")
    (tmp_path / "c.md").write_text(f"# Title C\n\n{BODY} C.\n", encoding="utf-8")
    titles = [a.title for a in _articles(list(read_paths([str(tmp_path / "*.txt*")])))]
    assert titles == ["Title A", "Title B"]
    [error] = read_paths([str(tmp_path / "*.nothing")])
    assert isinstance(error, DocumentError) and error.code == "E108"


def test_corrupt_gzip_is_e109(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt.gz"
    path.write_bytes(b"\x1f\x8b\x08\x00broken")
    [error] = read_paths([str(path)])
    assert isinstance(error, DocumentError) and error.code == "E109"


_cell = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\r"), max_size=60)


@settings(max_examples=60, deadline=None)
@given(rows=st.lists(st.tuples(_cell, _cell), min_size=1, max_size=6))
def test_csv_round_trip_property(tmp_path_factory: pytest.TempPathFactory, rows: list[tuple[str, str]]) -> None:
    """Any cells written by a CSV writer come back: one article or one error per row, in order."""
    path = tmp_path_factory.mktemp("csv") / "t.csv"
    with open(path, "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["title", "text"])
        writer.writerows(rows)
    items = list(read_paths([str(path)]))
    assert len(items) == len(rows)
    for (title, text), item in zip(rows, items):
        if isinstance(item, Article):
            assert item.text == text.strip()
        else:
            assert item.code == "E105" and not text.strip()


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=200))
def test_html_to_text_never_fails(fragment: str) -> None:
    text = html_to_text(fragment)
    assert isinstance(text, str) and "\n\n\n" not in text
