"""Plain-text header heuristics of ``read_text``: headline, byline, date line, dateline, body."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import example_cases
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.sources.text import (
    extract_authors,
    extract_date,
    extract_dateline,
    read_text,
)

HEADER = "Ministers Meet in Geneva to Discuss the Ceasefire\n\nBy {byline}\n\n{date}\n\n{body}"
BODY = ("MOSCOW — The Kremlin said on Friday that talks would resume next week.\n\n"
        "Officials in Kyiv did not comment.")


def _read(byline: str = "Jane Doe", date: str = "March 3, 2025", body: str = BODY):
    return read_text(HEADER.format(byline=byline, date=date, body=body), "t.txt")


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("By Lesley Clark and David Lightman", ["Lesley Clark", "David Lightman"]),
        ("By Grace Wanjiru, Daniel Okello and Samira Haddad", ["Grace Wanjiru", "Daniel Okello", "Samira Haddad"]),
        ("By Ann Lee, Bob Ray, and Cy Tu", ["Ann Lee", "Bob Ray", "Cy Tu"]),
        ("By Olivia Hart, Associated Press", ["Olivia Hart"]),
        ("By Jane Doe, Reuters", ["Jane Doe"]),
        ("By Jane Doe, Moscow Correspondent", ["Jane Doe"]),
        ("By: Jane Doe", ["Jane Doe"]),
        ("By Ludwig van Beethoven", ["Ludwig van Beethoven"]),
    ],
)
def test_text_extract_authors_byline_forms(byline: str, expected: list[str]) -> None:
    assert extract_authors(byline) == expected


def test_text_extract_authors_all_caps_byline() -> None:
    assert extract_authors("BY JOHN SMITH") == ["John Smith"]


@pytest.mark.parametrize("line", ["The minister said", "Byzantine politics returned", "By the way, it rained", "By 2025"])
def test_text_extract_authors_rejects_non_bylines(line: str) -> None:
    assert extract_authors(line) is None


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("March 28, 2014", "2014-03-28"),
        ("2025-03-03", "2025-03-03"),
        ("Monday, March 3, 2025", "2025-03-03"),
        ("Published: March 3, 2025", "2025-03-03"),
        ("Published: Monday, March 3, 2025 10:00 EST", "2025-03-03"),
        ("Updated 2025-03-03 10:30", "2025-03-03"),
        ("Mar. 3, 2025", "2025-03-03"),
        ("3 March 2025", "2025-03-03"),
    ],
)
def test_text_extract_date_formats(line: str, iso: str) -> None:
    assert extract_date(line) == iso


@pytest.mark.parametrize("line", ["In 2014 he went to Moscow", "March 2025", "Officials said 3 people died", ""])
def test_text_extract_date_rejects_non_dates(line: str) -> None:
    assert extract_date(line) is None


@pytest.mark.parametrize(
    ("opening", "place", "country", "dateline_text"),
    [
        ("RIYADH, Saudi Arabia -- Putin called.", "Riyadh", "SAU", "RIYADH, Saudi Arabia"),
        ("WASHINGTON (AP) — The United States said.", "Washington", "USA", "WASHINGTON (AP)"),
        ("MOSCOW — The Kremlin said.", "Moscow", "RUS", "MOSCOW"),
        ("NAIROBI, Kenya -- Mediators proposed.", "Nairobi", "KEN", "NAIROBI, Kenya"),
        ("NEW YORK, March 3 (Reuters) - Stocks fell.", "New York", "USA", "NEW YORK, March 3 (Reuters)"),
        ("GENEVA, Switzerland — Russia and Ukraine agreed.", "Geneva", "CHE", "GENEVA, Switzerland"),
        ("BERLIN — Germany proposed.", "Berlin", "DEU", "BERLIN"),
        ("COLUMBUS, Ohio (AP) — The governor said.", "Columbus", "USA", "COLUMBUS, Ohio (AP)"),
        ("ST. LOUIS — The mayor said.", "St. Louis", "USA", "ST. LOUIS"),
    ],
)
def test_text_extract_dateline_forms(opening: str, place: str, country: str, dateline_text: str) -> None:
    dateline = extract_dateline(opening)
    assert dateline is not None
    assert (dateline.place, dateline.country, dateline.text) == (place, country, dateline_text)


@pytest.mark.parametrize("opening", ["The minister said — twice — no.", "US officials - not all - agreed.", "A — b", ""])
def test_text_extract_dateline_absent(opening: str) -> None:
    assert extract_dateline(opening) is None


def test_text_read_text_full_header() -> None:
    article = _read(byline="Lesley Clark and David Lightman", date="Monday, March 3, 2025")
    assert article.title == "Ministers Meet in Geneva to Discuss the Ceasefire"
    assert article.authors == ["Lesley Clark", "David Lightman"]
    assert article.published == "2025-03-03"
    assert article.dateline is not None and (article.dateline.place, article.dateline.country) == ("Moscow", "RUS")
    assert article.source == "t.txt"


def test_text_read_text_body_excludes_header_lines() -> None:
    article = _read(byline="Jane Doe", date="Published: March 3, 2025")
    assert article.text == BODY
    for header in ("Ministers Meet", "By Jane", "Published", "March 3, 2025"):
        assert header not in article.text


def test_text_read_text_date_before_byline() -> None:
    raw = "A Headline About Talks\n\n2025-03-03\n\nBy Jane Doe\n\n" + BODY
    article = read_text(raw, "t.txt")
    assert (article.title, article.authors, article.published) == ("A Headline About Talks", ["Jane Doe"], "2025-03-03")
    assert article.text == BODY


def test_text_read_text_leading_blank_lines_and_bom() -> None:
    article = read_text("\ufeff\n\n\nA Headline\n\nBy Jane Doe\n\n" + BODY + "\n\n", "t.txt")
    assert (article.title, article.authors) == ("A Headline", ["Jane Doe"])
    assert article.text == BODY


def test_text_read_text_without_header_keeps_everything() -> None:
    raw = ("The minister said on Monday that talks would resume next week.\n\n"
           "Officials in Kyiv did not comment on the proposal.")
    article = read_text(raw, "t.txt")
    assert article.title is None
    assert article.authors == [] and article.published is None and article.dateline is None
    assert article.text == raw


def test_text_read_text_a_single_block_is_the_story_not_its_headline() -> None:
    """A headline needs a story under it: one line ending in "U.S." is still the whole text."""
    raw = "Michael Ancram said lifting the embargo would damage Britain's relations with the U.S."
    article = read_text(raw, "<text>")
    assert (article.title, article.text) == (None, raw)


def test_text_read_text_quote_lead_is_not_a_headline() -> None:
    raw = "“We will talk,” Putin said on Friday.\n\nThe Kremlin confirmed the call."
    article = read_text(raw, "t.txt")
    assert article.title is None
    assert article.text == raw


def test_text_read_text_dateline_lead_is_not_a_headline() -> None:
    article = read_text(BODY, "t.txt")
    assert article.title is None
    assert article.text == BODY
    assert article.dateline is not None and article.dateline.place == "Moscow"


def test_text_read_text_headline_then_story() -> None:
    raw = "U.S. Sanctions 11 Companies Over Drone Parts\n\n" + BODY
    article = read_text(raw, "t.txt")
    assert article.title == "U.S. Sanctions 11 Companies Over Drone Parts"
    assert article.text == BODY


def test_text_read_text_header_block_of_single_lines() -> None:
    raw = "A Headline About Talks\nBy Jane Doe\nMarch 3, 2025\n\n" + BODY
    article = read_text(raw, "t.txt")
    assert (article.title, article.authors, article.published) == ("A Headline About Talks", ["Jane Doe"], "2025-03-03")
    assert article.text == BODY


def test_text_read_text_offsets_refer_to_body() -> None:
    article = _read()
    assert article.dateline is not None
    assert article.text.startswith(article.dateline.text)


def test_text_reference_article(reference_article: Path, reference_gold: dict[str, Any]) -> None:
    article = read_text(reference_article.read_text(encoding="utf-8"), str(reference_article))
    assert article.title == "Putin to Obama: Let's talk about Ukraine"
    assert article.authors == ["Lesley Clark", "David Lightman"]
    assert article.published == "2014-03-28"
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.country) == ("Riyadh", "SAU")
    gold = reference_gold["article"]
    assert (article.title, article.authors, article.published) == (gold["title"], gold["authors"], gold["published"])
    assert article.text.startswith("RIYADH, Saudi Arabia -- Russian President Vladimir Putin called")
    assert "Lesley Clark" not in article.text


@pytest.mark.parametrize(("path", "gold"), example_cases(), ids=lambda v: v.name if isinstance(v, Path) else "")
def test_text_examples_match_gold_metadata(path: Path, gold: dict[str, Any]) -> None:
    article = read_text(path.read_text(encoding="utf-8"), str(path), markdown=path.suffix == ".md")
    want = gold["article"]
    assert article.title == want["title"]
    assert article.authors == want["authors"]
    assert article.published == want["published"]
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.country) == (want["dateline"]["place"], want["dateline"]["country"])
    assert article.text.startswith(article.dateline.text)
    assert want["title"] not in article.text


def test_text_examples_are_present() -> None:
    assert len(example_cases()) >= 4


_HEADERISH = st.sampled_from([
    "By ", "BY ", "By: ", "Published: ", "Monday, ", "March 3, 2025", "2025-03-03", "MOSCOW — ", "NEW YORK, March 3 (Reuters) - ",
    "# ", "*", "**", "_", "[", "](", ")", " and ", ", ", "\n", "\n\n", "\ufeff", "(AP) ", "--", "Saudi Arabia",
])
_LINES = st.lists(st.one_of(_HEADERISH, st.text(max_size=30)), max_size=25).map("".join)


@settings(max_examples=150, deadline=None)
@given(raw=_LINES, markdown=st.booleans())
def test_text_read_text_never_crashes(raw: str, markdown: bool) -> None:
    article = read_text(raw, "h.txt", markdown=markdown)
    assert isinstance(article.text, str)
    assert article.title is None or isinstance(article.title, str)
    assert all(isinstance(a, str) and a for a in article.authors)
    for link in article.links:
        assert 0 <= link.start <= link.end <= len(article.text)
    if article.dateline is not None:
        assert article.text.startswith(article.dateline.text)


def test_text_read_text_crlf_line_endings() -> None:
    raw = HEADER.format(byline="Jane Doe", date="March 3, 2025", body=BODY).replace("\n", "\r\n")
    article = read_text(raw, "t.txt")
    assert (article.title, article.authors, article.published) == (
        "Ministers Meet in Geneva to Discuss the Ceasefire", ["Jane Doe"], "2025-03-03")
    assert article.text == BODY
    assert "\r" not in article.text


def test_text_read_text_header_lines_then_wrapped_story_in_one_block() -> None:
    story = "MOSCOW — The Kremlin said on Friday that\n“talks would resume,” an aide said."
    article = read_text("A Headline About Talks\nBy Jane Doe\n" + story + "\n\nSecond paragraph.", "t.txt")
    assert (article.title, article.authors) == ("A Headline About Talks", ["Jane Doe"])
    assert article.text == story + "\n\nSecond paragraph."


def test_text_read_text_wrapped_paragraph_is_not_split() -> None:
    raw = "The talks in Geneva\nended on Monday without\na deal, officials said.\n\nMore follows."
    article = read_text(raw, "t.txt")
    assert article.title is None
    assert article.text == raw


def test_text_read_text_character_references_become_characters() -> None:
    raw = "EU&#8217;s Plan\n\nThe communiqu&#233; praised AT&T &amp; R&D &lt;firms&gt;; &bogus; stays."
    article = read_text(raw, "t.txt")
    assert article.title == "EU\u2019s Plan"
    assert article.text == "The communiqué praised AT&T & R&D <firms>; &bogus; stays."
