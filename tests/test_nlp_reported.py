"""Reported (indirect) speech (``reported.py``)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.nlp.extensions import QuoteInfo


def _indirect(doc: Doc) -> list[QuoteInfo]:
    return [q for q in doc._.quotes if q.kind == "indirect"]


def _text(doc: Doc, pair: tuple[int, int] | None) -> str | None:
    return doc.text[pair[0]:pair[1]] if pair else None


def test_reported_said_that_clause(nlp: Language) -> None:
    doc = nlp("Anna Keller said that the talks had been useful.")
    [quote] = _indirect(doc)
    assert doc.text[quote.start:quote.end] == "the talks had been useful"
    assert quote.spans == [(quote.start, quote.end)]
    assert doc._.actors[quote.speaker].name == "Anna Keller"
    assert _text(doc, quote.speaker_span) == "Anna Keller"
    assert _text(doc, quote.cue_span) == "said"


def test_reported_trailing_attribution(nlp: Language) -> None:
    doc = nlp("The ceasefire is expected to hold until Friday, the source added.")
    by_cue = {_text(doc, q.cue_span): q for q in _indirect(doc)}
    quote = by_cue["added"]
    assert doc.text[quote.start:quote.end] == "The ceasefire is expected to hold until Friday"
    assert _text(doc, quote.speaker_span) == "the source"
    assert quote.speaker is None  # "the source" is nobody named


def test_reported_according_to(nlp: Language) -> None:
    doc = nlp("According to Anna Keller, the ceasefire will hold until Friday.")
    [quote] = _indirect(doc)
    assert doc.text[quote.start:quote.end] == "the ceasefire will hold until Friday"
    assert _text(doc, quote.cue_span) == "According to"
    assert doc._.actors[quote.speaker].name == "Anna Keller"


def test_reported_government_speaker(nlp: Language) -> None:
    doc = nlp("Beijing said the sanctions were unjustified.")
    [quote] = _indirect(doc)
    assert doc.text[quote.start:quote.end] == "the sanctions were unjustified"
    assert doc._.actors[quote.speaker].name == "Government of China"


def test_reported_clause_with_quotation_is_not_indirect(nlp: Language) -> None:
    doc = nlp('Anna Keller said that the ceasefire was "fragile but real" on Monday.')
    assert _indirect(doc) == []
    [quote] = doc._.quotes
    assert (quote.kind, doc.text[quote.start:quote.end]) == ("mixed", "fragile but real")
    assert doc._.actors[quote.speaker].name == "Anna Keller"


def test_reported_verbs_inside_quotations_ignored(nlp: Language) -> None:
    doc = nlp('"Everyone said that the plan would fail," Anna Keller told reporters.')
    assert _indirect(doc) == []


def test_reported_object_keeps_its_complement(nlp: Language) -> None:
    doc = nlp("Senator Anna Keller criticized the governor for cutting school budgets.")
    [quote] = _indirect(doc)
    assert doc.text[quote.start:quote.end] == "the governor for cutting school budgets"
    assert doc._.actors[quote.speaker].name == "Anna Keller"


def test_reported_named_object_is_enough(nlp: Language) -> None:
    doc = nlp("Senator Anna Keller supports Merkel.")
    [quote] = _indirect(doc)
    assert doc.text[quote.start:quote.end] == "Merkel"


def test_reported_framing_phrase_inside_content_is_left_out(nlp: Language) -> None:
    doc = nlp("The company's Polish operation, according to the Warsaw daily Gazeta Wyborcza, is too big to sell.")
    [quote] = _indirect(doc)
    pieces = [doc.text[s:e] for s, e in quote.spans]
    assert pieces == ["The company's Polish operation", "is too big to sell"]
    assert (quote.start, quote.end) == (quote.spans[0][0], quote.spans[-1][1])


def test_reported_evidential_adverb_without_source(nlp: Language) -> None:
    doc = nlp("His lawyers had reportedly set up a fund for the defendant.")
    [quote] = _indirect(doc)
    assert " ".join(doc.text[s:e] for s, e in quote.spans) == "His lawyers had set up a fund for the defendant"
    assert quote.speaker is None and quote.speaker_span is None
    assert _text(doc, quote.cue_span) == "reportedly"


def test_reported_plain_adverb_is_no_cue(nlp: Language) -> None:
    assert _indirect(nlp("His lawyers had quickly set up a fund for the defendant.")) == []


def test_reported_called_for_takes_its_object(nlp: Language) -> None:
    doc = nlp("Russia called for a cessation of fighting.")
    [quote] = _indirect(doc)
    assert doc.text[quote.start:quote.end] == "a cessation of fighting"
    assert doc._.actors[quote.speaker].name == "Russia"


def test_reported_two_word_noun_object_is_content(nlp: Language) -> None:
    doc = nlp("The Navy confirmed the discovery.")
    [quote] = _indirect(doc)
    assert doc.text[quote.start:quote.end] == "the discovery"


def test_reported_pronoun_object_is_no_content(nlp: Language) -> None:
    assert _indirect(nlp("The Navy confirmed it.")) == []


def test_reported_object_content_leaves_out_asides_and_the_next_attribution(nlp: Language) -> None:
    doc = nlp("The Pentagon announced new plans to remove the troops, which are there with a coalition.")
    [quote] = _indirect(doc)
    assert doc.text[quote.start:quote.end] == "new plans to remove the troops"
    doc = nlp("Anna Keller criticized the minister for his stance, arguing that the law was unfair.")
    contents = {doc.text[q.start:q.end] for q in _indirect(doc)}
    assert "the minister for his stance" in contents
    assert not any("arguing" in c for c in contents)


def test_reported_passive_speech_verb_says_it_of_its_subject(nlp: Language) -> None:
    doc = nlp("Moderator Chris Wallace was criticized for his inability to maintain control.")
    contents = [" ".join(doc.text[s:e] for s, e in q.spans) for q in _indirect(doc)]
    assert "Moderator Chris Wallace for his inability to maintain control" in contents


def test_reported_object_of_a_lexicon_verb_the_tagger_marks(nlp: Language) -> None:
    doc = nlp("Researchers observed eleven proteins found only in slug glue.")
    assert [doc.text[q.start:q.end] for q in _indirect(doc)] == ["eleven proteins found only in slug glue"]


def test_reported_widening_needs_the_tagger() -> None:
    from newsgraph.nlp.pipeline import build_nlp

    doc = build_nlp(reported="rules")("Researchers observed eleven proteins found only in slug glue.")
    assert _indirect(doc) == []  # "observe" takes a clause in the lexicon; without the tagger, no object


def test_reported_infinitive_keeps_the_object_it_is_said_of(nlp: Language) -> None:
    doc = nlp("Protesters had asked Chief Executive Carrie Lam to resign from her position.")
    contents = [doc.text[q.start:q.end] for q in _indirect(doc)]
    assert "Chief Executive Carrie Lam to resign from her position" in contents
