"""``newsgraph_quotes``: quotations, their cues and speakers."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.nlp.extensions import QuoteInfo


def _quoted(doc: Doc) -> list[QuoteInfo]:
    return [q for q in doc._.quotes if q.kind != "indirect"]


def _text(doc: Doc, pair: tuple[int, int] | None) -> str | None:
    return doc.text[pair[0]:pair[1]] if pair else None


def _speaker(doc: Doc, quote: QuoteInfo) -> str | None:
    return doc._.actors[quote.speaker].name if quote.speaker is not None else None


def _summary(doc: Doc) -> list[tuple[str, str, str | None]]:
    return [(q.kind, doc.text[q.start:q.end], _speaker(doc, q)) for q in _quoted(doc)]


def test_quotes_cue_after(nlp: Language) -> None:
    doc = nlp('"The talks were useful," Keller said.')
    [quote] = _quoted(doc)
    assert (quote.kind, doc.text[quote.start:quote.end]) == ("direct", "The talks were useful,")
    assert _speaker(doc, quote) == "Keller"
    assert _text(doc, quote.cue_span) == "said"
    assert _text(doc, quote.speaker_span) == "Keller"


def test_quotes_cue_before_with_colon(nlp: Language) -> None:
    doc = nlp('Anna Keller said: "The talks were useful."')
    [quote] = _quoted(doc)
    assert (quote.kind, doc.text[quote.start:quote.end]) == ("direct", "The talks were useful.")
    assert _speaker(doc, quote) == "Anna Keller"
    assert _text(doc, quote.speaker_span) == "Anna Keller"


def test_quotes_inverted_cue(nlp: Language) -> None:
    doc = nlp('"The talks were useful," said Anna Keller.')
    [quote] = _quoted(doc)
    assert _speaker(doc, quote) == "Anna Keller"
    assert _text(doc, quote.cue_span) == "said"


def test_quotes_inverted_cue_speaker_span_covers_name(nlp: Language) -> None:
    doc = nlp('"The talks were useful," said Anna Keller.')
    [quote] = _quoted(doc)
    assert _text(doc, quote.speaker_span) == "Anna Keller"


def test_quotes_inverted_group_speaker_span(nlp: Language) -> None:
    doc = nlp('"It is too late," said the analysts.')
    [quote] = _quoted(doc)
    assert _speaker(doc, quote) == "analysts"
    assert _text(doc, quote.speaker_span) == "the analysts"


def test_quotes_split_quote_same_speaker(nlp: Language) -> None:
    doc = nlp('"The first round went well," Anna Keller added, "but the second round will be harder."')
    assert _summary(doc) == [
        ("direct", "The first round went well,", "Anna Keller"),
        ("direct", "but the second round will be harder.", "Anna Keller"),
    ]
    first, second = _quoted(doc)
    assert first.speaker == second.speaker
    assert _text(doc, first.cue_span) == _text(doc, second.cue_span) == "added"


def test_quotes_turn_continues_in_same_paragraph(nlp: Language) -> None:
    doc = nlp('Anna Keller spoke to reporters in Berlin. "We are ready," she said. "We have always been ready."')
    assert _summary(doc) == [
        ("direct", "We are ready,", "Anna Keller"),
        ("direct", "We have always been ready.", "Anna Keller"),
    ]
    assert _text(doc, _quoted(doc)[1].speaker_span) == "she"


def test_quotes_uncued_quote_in_new_mixed_paragraph_not_attributed(nlp: Language) -> None:
    text = ('Anna Keller spoke to reporters in Berlin. "We are ready," she said.\n\n'
            'Officials in Paris were less sure. "Nobody is ready."')
    doc = nlp(text)
    first, second = _quoted(doc)
    assert _speaker(doc, first) == "Anna Keller"
    assert doc.text[second.start:second.end] == "Nobody is ready."
    assert (second.speaker, second.speaker_span, second.cue_span) == (None, None, None)


def test_quotes_whole_paragraph_quote_continues_turn(nlp: Language) -> None:
    text = ('"We are ready," Anna Keller said on Monday.\n\n'
            '"We have waited for this moment for a long time."')
    doc = nlp(text)
    assert [s for _, _, s in _summary(doc)] == ["Anna Keller", "Anna Keller"]


def test_quotes_mixed_quote(nlp: Language) -> None:
    doc = nlp('Anna Keller called the proposal "a dangerous gamble" on Monday.')
    [quote] = _quoted(doc)
    assert (quote.kind, doc.text[quote.start:quote.end]) == ("mixed", "a dangerous gamble")
    assert _speaker(doc, quote) == "Anna Keller"
    assert _text(doc, quote.cue_span) == "called"


def test_quotes_ministry_statement_names_ministry(nlp: Language) -> None:
    doc = nlp('The Estonian Foreign Ministry summoned the ambassador. '
              'A ministry statement said "the incident is unacceptable."')
    [quote] = _quoted(doc)
    assert _speaker(doc, quote) == "Estonian Foreign Ministry"
    assert _text(doc, quote.speaker_span) == "A ministry statement"


def test_quotes_it_added_after_kremlin_statement(nlp: Language) -> None:
    doc = nlp('The Kremlin issued a statement on Tuesday. "Russia will respond to any provocation," it added.')
    [quote] = _quoted(doc)
    assert _speaker(doc, quote) == "Kremlin"
    assert _text(doc, quote.speaker_span) == "it"
    assert _text(doc, quote.cue_span) == "added"


def test_quotes_relative_clause_speaker(nlp: Language) -> None:
    doc = nlp("Harry Reid, who called Trump a \u201ccon artist\u201d last year, has not endorsed anyone.")
    [quote] = _quoted(doc)
    assert doc.text[quote.start:quote.end] == "con artist"
    assert _speaker(doc, quote) == "Harry Reid"
    assert _text(doc, quote.speaker_span) == "Harry Reid"


def test_quotes_unbalanced_mark_stays_in_its_paragraph(nlp: Language) -> None:
    text = ('Anna Keller said "the talks were useful and we will continue.\n\n'
            'Thomas Berger said the talks had failed. "We tried," he said.')
    doc = nlp(text)
    assert _summary(doc) == [
        ("mixed", "the talks were useful and we will continue.", "Anna Keller"),
        ("direct", "We tried,", "Thomas Berger"),
    ]
    first = _quoted(doc)[0]
    assert "\n\n" not in doc.text[first.start:first.end]


@pytest.mark.parametrize("open_mark, close_mark", [('"', '"'), ("\u201c", "\u201d"), ("\u201c", '"'), ('"', "\u201d")])
def test_quotes_straight_curly_and_mixed_marks(nlp: Language, open_mark: str, close_mark: str) -> None:
    text = f"Anna Keller said {open_mark}we will wait{close_mark} and left. Thomas Berger said {open_mark}we will not{close_mark} and stayed."
    doc = nlp(text)
    assert _summary(doc) == [("mixed", "we will wait", "Anna Keller"), ("mixed", "we will not", "Thomas Berger")]


def test_quotes_nested_single_marks_stay_inside(nlp: Language) -> None:
    doc = nlp("Anna Keller said, \u201cThe minister told me \u2018no deal\u2019 twice.\u201d")
    [quote] = _quoted(doc)
    assert doc.text[quote.start:quote.end] == "The minister told me \u2018no deal\u2019 twice."
    assert _speaker(doc, quote) == "Anna Keller"


def test_quotes_spans_and_sorted(nlp: Language) -> None:
    text = ('Thomas Berger said that the deal was close. "We are ready," Anna Keller said. '
            'Experts warned that prices would rise.')
    doc = nlp(text)
    quotes = doc._.quotes
    assert [(q.start, q.end) for q in quotes] == sorted((q.start, q.end) for q in quotes)
    for q in quotes:
        assert q.spans and all(q.start <= s < e <= q.end for s, e in q.spans)
        if q.speaker is not None:
            assert 0 <= q.speaker < len(doc._.actors)
    assert {q.kind for q in quotes} == {"direct", "indirect"}


@pytest.mark.parametrize("text, speaker", [
    # a role with the person's name in apposition: the person speaks, not the role's body
    ('The chief executive of the Harbour Authority, Maria Lindqvist, said: "We will reopen the port."',
     "Maria Lindqvist"),
    ('"We will reopen the port," wrote the mayor\'s long-time adviser Peter Okafor on Facebook.', "Peter Okafor"),
    # the cue right after the quotation: the parser's subject after it stands, title and all
    ('"We will reopen the port," said Detective Sergeant John Williams.', "John Williams"),
    # a hyphenated role the parser splits into several subjects, the name in apposition to one
    ('Another co-author, civil engineering professor Julian Marshall, said, "We have seen it."', "Julian Marshall"),
])
def test_quotes_speaker_named_beside_role(nlp: Language, text: str, speaker: str) -> None:
    doc = nlp(text)
    [quote] = _quoted(doc)
    assert _speaker(doc, quote) == speaker
    assert _text(doc, quote.speaker_span) == speaker


@pytest.mark.parametrize("text, speaker", [
    # a colon introduces the quotation: the introducing clause's subject speaks, whatever its verb
    ('The flood reached the town. Governor John Williams addressed the public: "Stay indoors tonight."',
     "John Williams"),
    # the parser may make the quotation's verb the root and hang the introducing clause on it
    ('Phil Collins saw compromise as the best way to settle it: "I think that both sides should compromise."',
     "Phil Collins"),
    # a statement's possessor is its speaker
    ('The talks failed. Angela Merkel\'s statement read: "We regret the outcome."', "Angela Merkel"),
])
def test_quotes_colon_introduction(nlp: Language, text: str, speaker: str) -> None:
    doc = nlp(text)
    [quote] = _quoted(doc)
    assert _speaker(doc, quote) == speaker


def test_quotes_colon_after_no_speaker_leaves_quote_unattributed(nlp: Language) -> None:
    doc = nlp('The flood reached the town. The sign on the door was short: "Closed until Monday."')
    [quote] = _quoted(doc)
    assert quote.speaker is None


def test_quotes_platform_is_no_person(nlp: Language) -> None:
    # spaCy may read a platform as a PERSON; the lexicon knows it is a company, so "he" is the governor
    doc = nlp('Governor Mike DeWine postponed it. In a statement on Twitter, he wrote, "We face a crisis."')
    [quote] = _quoted(doc)
    assert _speaker(doc, quote) == "Mike DeWine"
    assert all(a.kind != "person" for a in doc._.actors if a.name == "Twitter")


def test_quotes_description_refers_to_person_introduced_with_it(nlp: Language) -> None:
    doc = nlp('Trade commissioner Albert Muchanga announced the plan on Monday. The commissioner said, '
              '"We have not agreed on the rules yet."')
    [quote] = _quoted(doc)
    assert _speaker(doc, quote) == "Albert Muchanga"
    assert _text(doc, quote.speaker_span) == "The commissioner"


def test_quotes_description_without_an_introduced_person_names_no_one(nlp: Language) -> None:
    doc = nlp('Albert Muchanga announced the plan on Monday. The commissioner said, "We have not agreed yet."')
    [quote] = _quoted(doc)
    assert quote.speaker is None


@pytest.mark.parametrize("text, speaker", [
    ('"Women are now similarly situated," reads Judge Gray Miller\'s statement.', "Gray Miller"),
    ('The decree signed by Pope Francis read "The crimes of abuse offend everyone."', "Francis"),
])
def test_quotes_a_text_that_reads_speaks_for_its_issuer(nlp: Language, text: str, speaker: str) -> None:
    doc = nlp(text)
    [quote] = _quoted(doc)
    assert _speaker(doc, quote) == speaker
    assert _text(doc, quote.cue_span) in ("reads", "read")


def test_quotes_reading_a_book_is_no_cue(nlp: Language) -> None:
    doc = nlp('He read a book: "War and Peace".')
    assert all(q.speaker is None for q in _quoted(doc))


def test_quotes_speaking_pronoun_is_the_last_main_subject_not_a_nearer_object(nlp: Language) -> None:
    doc = nlp('Crown Prince Mohammad bin Salman accepted responsibility for the murder. '
              'Speaking to Martin Smith of PBS, he said, "It happened under my watch."')
    quote = next(q for q in _quoted(doc) if doc.text[q.start:q.end].startswith("It happened"))
    assert _speaker(doc, quote) == "Mohammad bin Salman"
