"""Tests of the HTML reader: small hand-written pages for each field, real pages for quality."""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import pytest

from newsgraph.errors import DocumentError
from newsgraph.evaluate import corpus_scores, page_scores, shingles
from newsgraph.sources.html import declared_charset, decode_html, read_html

PARAGRAPHS = [
    "The foreign ministers of both countries met in Geneva on Tuesday to discuss the "
    "ceasefire, which has held for three weeks despite repeated accusations of violations.",
    "“We have made progress, but much remains to be done,” the French minister told "
    "reporters after the four-hour meeting, adding that talks would resume next month.",
    "Officials from the United Nations said they were cautiously optimistic about the "
    "outcome and called on all parties to respect the agreement they signed in March.",
]

PAGE = """<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Ministers meet in Geneva | The Daily Example</title>
  <meta property="og:title" content="Ministers meet in Geneva to discuss the ceasefire">
  <meta property="og:site_name" content="The Daily Example">
  <meta property="og:url" content="https://news.example.org/2021/03/16/geneva-talks">
  <meta name="author" content="Jane Doe; John Roe">
  <meta property="article:published_time" content="2021-03-16T09:30:00Z">
</head>
<body>
  <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
  <article>
    <h1>Ministers meet in Geneva to discuss the ceasefire</h1>
    <p>{0}</p>
    <p>{1}</p>
    <p>{2}</p>
  </article>
  <footer><p>Copyright 2021 The Daily Example. All rights reserved.</p></footer>
</body>
</html>
""".format(*PARAGRAPHS)


@pytest.fixture(scope="module")
def article():
    return read_html(PAGE, "geneva.html")


def test_read_html_title(article):
    assert article.title == "Ministers meet in Geneva to discuss the ceasefire"


def test_read_html_authors_split_into_names(article):
    assert article.authors == ["Jane Doe", "John Roe"]


def test_read_html_date_is_iso(article):
    assert article.published == "2021-03-16"


def test_read_html_url_outlet_language(article):
    assert article.url == "https://news.example.org/2021/03/16/geneva-talks"
    assert article.outlet == "The Daily Example"
    assert article.language == "en"
    assert article.source == "geneva.html"


def test_read_html_body_paragraphs_without_boilerplate(article):
    for paragraph in PARAGRAPHS:
        assert paragraph in article.text
    assert "\n\n".join(PARAGRAPHS) in article.text
    assert "All rights reserved" not in article.text
    assert "Home" not in article.text.split("\n\n")


def test_read_html_bytes_same_as_text():
    assert read_html(PAGE.encode("utf-8"), "geneva.html").text == read_html(PAGE, "geneva.html").text


def test_read_html_no_article_raises_document_error():
    page = "<html><head><title>Nothing</title></head><body><nav><a href='/'>Home</a></nav></body></html>"
    with pytest.raises(DocumentError) as info:
        read_html(page, "empty.html")
    assert info.value.code == "E105"
    assert info.value.source == "empty.html"


def test_read_html_empty_input_raises_document_error():
    with pytest.raises(DocumentError):
        read_html(b"", "nothing.html")


def test_read_html_malformed_markup_does_not_crash():
    body = "".join(f"<p>{p}<div><span>" for p in PARAGRAPHS)  # never closed, wrongly nested
    page = f"<html><head><title>Broken</title><body><article>{body}</b></i></table><p>Trailing"
    try:
        article = read_html(page, "broken.html")
    except DocumentError:
        return  # refusing cleanly is acceptable; crashing is not
    assert "ceasefire" in article.text


def test_read_html_latin1_bytes_with_meta_charset():
    accented = (
        "Le ministre français a déclaré à Genève que les négociations reprendraient "
        "après l'été, malgré les désaccords persistants entre les délégations. "
    )
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
        "<title>Genève</title></head><body><article>"
        + "".join(f"<p>{accented * 2}</p>" for _ in range(3))
        + "</article></body></html>"
    )
    article = read_html(page.encode("latin-1"), "latin1.html")
    assert "français a déclaré à Genève" in article.text
    assert "\ufffd" not in article.text


def test_declared_charset_reads_meta_and_maps_latin1_to_cp1252():
    assert declared_charset(b'<meta charset="UTF-8">') == "utf-8"
    assert declared_charset(b'<meta content="text/html; charset=ISO-8859-1">') == "cp1252"
    assert declared_charset(b"<meta charset=bogus-charset>") is None
    assert declared_charset(b"<p>no declaration</p>") is None


def test_decode_html_utf8_bytes_win_over_a_wrong_declaration():
    data = '<meta charset="iso-8859-1"><p>café</p>'.encode("utf-8")
    assert "café" in decode_html(data)
    assert decode_html(b"\xef\xbb\xbf<p>caf\xc3\xa9</p>") == "<p>café</p>"


# --- the shared scoring functions -------------------------------------------------------------


def test_shingles_short_and_empty_texts():
    assert shingles("") == {}
    assert sum(shingles("two words").values()) == 1
    assert sum(shingles("one two three four five").values()) == 2


def test_page_scores_perfect_partial_and_empty():
    truth = "one two three four five six seven eight"
    assert page_scores(truth, truth).f1 == 1.0
    half = page_scores("one two three four five", truth)
    assert half.precision == 1.0 and 0 < half.recall < 1
    empty = page_scores("", truth)
    assert (empty.precision, empty.recall) == (0.0, 0.0)


def test_corpus_scores_weigh_pages_equally():
    truths = {"a": "one two three four", "b": " ".join(f"w{i}" for i in range(100))}
    score = corpus_scores({"a": "one two three four"}, truths)
    assert score.pages == 2
    assert score.precision == pytest.approx(0.5)
    assert score.recall == pytest.approx(0.5)


# --- real pages from the shared benchmark -----------------------------------------------------

SHARED = Path(os.environ.get("NEWSGRAPH_SHARED") or Path(__file__).parents[1].parent / "shared")
BENCHMARK = SHARED / "corpora" / "article-extraction-benchmark"
#: Two pinned pages (WSJ, NYT); ``_benchmark_pages`` adds the next ids in sorted order.
REAL_PAGES = [
    "042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856",
    "04a6711caa7c687592777718866e781e976e0fe684faebe8b3cedcef8cd0ea34",
]
MIN_PAGE_F1 = 0.8


def _benchmark_pages(count: int = 5) -> list[str]:
    """The two pinned pages plus the next ids in sorted order, up to ``count``."""
    if not BENCHMARK.is_dir():
        return []
    ids = sorted(p.name.removesuffix(".html.gz") for p in (BENCHMARK / "html").glob("*.html.gz"))
    extra = [i for i in ids if i not in REAL_PAGES]
    return (REAL_PAGES + extra)[:count]


@pytest.mark.skipif(not BENCHMARK.is_dir(), reason=f"shared benchmark folder missing: {BENCHMARK}")
@pytest.mark.parametrize("page_id", _benchmark_pages() or ["missing"])
def test_read_html_real_page_body_f1(page_id):
    truth = json.loads((BENCHMARK / "ground-truth.json").read_text(encoding="utf-8"))[page_id]
    data = gzip.decompress((BENCHMARK / "html" / f"{page_id}.html.gz").read_bytes())
    article = read_html(data, f"{page_id}.html")
    score = page_scores(article.text, truth["articleBody"])
    assert score.f1 >= MIN_PAGE_F1, f"{truth['url']}: P {score.precision:.2f} R {score.recall:.2f}"
    assert article.title
