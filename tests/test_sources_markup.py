"""Inline Markdown clean-up (``clean_inline``) and Markdown articles (``read_text(markdown=True)``)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.sources.markup import clean_inline
from newsgraph.sources.text import read_text


def test_markup_link_keeps_text_and_records_span() -> None:
    cleaned = clean_inline("See [the report](https://example.org/r) for details.")
    assert cleaned.text == "See the report for details."
    assert len(cleaned.links) == 1
    link = cleaned.links[0]
    assert link.url == "https://example.org/r"
    assert cleaned.text[link.start:link.end] == "the report"


def test_markup_link_with_title_and_several_links() -> None:
    cleaned = clean_inline('[A](u1 "Title") met [B](u2) and [C](u3).')
    assert cleaned.text == "A met B and C."
    assert [(cleaned.text[lk.start:lk.end], lk.url) for lk in cleaned.links] == [("A", "u1"), ("B", "u2"), ("C", "u3")]


def test_markup_emphasis_inside_link_text() -> None:
    cleaned = clean_inline("Read [**the full text**](http://x) here.")
    assert cleaned.text == "Read the full text here."
    assert cleaned.text[cleaned.links[0].start:cleaned.links[0].end] == "the full text"


def test_markup_image_keeps_alt_text_without_link() -> None:
    cleaned = clean_inline("![A photo](pic.jpg) of talks")
    assert cleaned.text == "A photo of talks"
    assert cleaned.links == []


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("**bold** words", "bold words"),
        ("__bold__ words", "bold words"),
        ("an *emphasised* word", "an emphasised word"),
        ("*By Claire Dubois and Jonas Meier*", "By Claire Dubois and Jonas Meier"),
        ("`code` here", "code here"),
        ("***both***", "both"),
    ],
)
def test_markup_emphasis_dropped(raw: str, clean: str) -> None:
    assert clean_inline(raw).text == clean


@pytest.mark.parametrize(
    "raw",
    [
        "Putin's call accomplished _ at least some _ diplomatically.",
        "a * b * c",
        "2 * 3 = 6",
        "snake_case_name",
        "rated 5* by critics",
        "[not a link] (really)",
        "a lone ** pair of stars",
    ],
)
def test_markup_lone_marks_survive(raw: str) -> None:
    cleaned = clean_inline(raw)
    assert cleaned.text == raw
    assert cleaned.links == []


def test_markup_read_text_markdown_article() -> None:
    raw = ("# Ministers Meet in Geneva\n\n*By Claire Dubois and Jonas Meier*\n\nMarch 24, 2025\n\n"
           "GENEVA, Switzerland — Talks were hosted by the [Red Cross](https://example.org/icrc) "
           "and **Switzerland**.\n\n## What comes next\n\nThe sides will meet again.")
    article = read_text(raw, "a.md", markdown=True)
    assert article.title == "Ministers Meet in Geneva"
    assert article.authors == ["Claire Dubois", "Jonas Meier"]
    assert article.published == "2025-03-24"
    assert article.dateline is not None and (article.dateline.place, article.dateline.country) == ("Geneva", "CHE")
    assert "#" not in article.text and "**" not in article.text and "](" not in article.text
    assert "What comes next" in article.text
    (link,) = article.links
    assert article.text[link.start:link.end] == "Red Cross"
    assert link.url == "https://example.org/icrc"


def test_markup_plain_text_keeps_hashes() -> None:
    article = read_text("Headline\n\n# 1 seed wins the final.", "a.txt", markdown=False)
    assert article.text == "# 1 seed wins the final."


def test_markup_reference_article_links(reference_article) -> None:
    """The reference .txt carries Markdown-style links: their text stays, at the recorded spans."""
    article = read_text(reference_article.read_text(encoding="utf-8"), str(reference_article))
    anchors = [article.text[lk.start:lk.end] for lk in article.links]
    assert "Saudi Arabia" in anchors
    assert "Russian President Vladimir Putin" in anchors
    assert "](" not in article.text


# --- properties ---------------------------------------------------------------------------

_MD_NOISE = st.sampled_from(["[", "]", "(", ")", "*", "**", "_", "__", "`", "!", "\n", " ", '"', "](", "[x](y)"])
_ANY = st.lists(st.one_of(_MD_NOISE, st.text(max_size=12)), max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(raw=_ANY)
def test_markup_clean_inline_never_crashes(raw: str) -> None:
    cleaned = clean_inline(raw)
    assert isinstance(cleaned.text, str)
    assert len(cleaned.text) <= len(raw)
    for link in cleaned.links:
        assert 0 <= link.start <= link.end <= len(cleaned.text)


_PLAIN = st.text(alphabet=st.characters(blacklist_characters="[]()*_`!\\\n\"", blacklist_categories=("Cs",)), max_size=15)
_ANCHOR = st.text(alphabet=st.characters(blacklist_characters="[]()*_`!\\\n\"", blacklist_categories=("Cs",)), min_size=1, max_size=15)
_URL = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789:/.-#?=&", min_size=1, max_size=20)


@settings(max_examples=300, deadline=None)
@given(parts=st.lists(st.one_of(_PLAIN.map(lambda t: ("plain", t, None)),
                                st.tuples(st.just("link"), _ANCHOR, _URL)), max_size=8))
def test_markup_link_spans_equal_anchor_text(parts: list[tuple[str, str, str | None]]) -> None:
    raw = "".join(text if kind == "plain" else f"[{text}]({url})" for kind, text, url in parts)
    cleaned = clean_inline(raw)
    assert cleaned.text == "".join(text for _kind, text, _url in parts)
    expected = [(text, url) for kind, text, url in parts if kind == "link"]
    assert [(cleaned.text[lk.start:lk.end], lk.url) for lk in cleaned.links] == expected
