"""Batched extraction (``extraction.extract_articles``): one document that breaks the pipeline
costs its own record, never its batch's."""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.errors import DocumentError, Errors
from newsgraph.extraction import batches, extract_articles
from newsgraph.schema import Article, Record


@Language.component("fails_on_boom")
def _fails_on_boom(doc: Doc) -> Doc:
    if "BOOM" in doc.text:
        raise ValueError("exploded")
    return doc


def test_a_failing_document_costs_only_its_own_record() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("fails_on_boom")
    texts = ["The minister spoke on Monday.", "Then BOOM went the parser.", "The talks ended on Friday."]
    reading_error = DocumentError("missing.txt", Errors.E108)
    items = [Article(text=t, source=f"{n}.txt") for n, t in enumerate(texts)] + [reading_error]
    results = list(extract_articles(items, nlp, batch_size=8))
    assert [type(r).__name__ for r in results] == ["Record", "DocumentError", "Record", "DocumentError"]
    assert isinstance(results[0], Record) and results[0].article.text == texts[0]
    failed = results[1]
    assert isinstance(failed, DocumentError) and failed.code == "E301" and "exploded" in failed.reason
    assert failed.source == "1.txt"
    assert results[3] is reading_error


def test_the_pipeline_is_built_only_when_an_article_needs_it() -> None:
    built = []

    def build() -> Language:
        built.append(1)
        return spacy.blank("en")

    only_errors = [DocumentError("a.txt", Errors.E102)]
    assert len(list(extract_articles(only_errors, build))) == 1 and built == []


def test_batches() -> None:
    assert list(batches(range(7), 3)) == [[0, 1, 2], [3, 4, 5], [6]]
    assert list(batches([], 3)) == []


def test_document_errors_survive_pickling() -> None:
    """They cross process boundaries (Spark, worker pools) with code and reason intact."""
    import pickle

    error = DocumentError("a.json:3", Errors.E106, line=3, detail="Expecting value")
    copy = pickle.loads(pickle.dumps(error))
    assert (type(copy), copy.source, copy.code, copy.reason, str(copy)) == (
        DocumentError, error.source, "E106", error.reason, str(error))
