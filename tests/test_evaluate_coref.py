"""Reading GUM's coreference files and scoring mention resolution, on a hand-written file."""

from __future__ import annotations

from pathlib import Path

from newsgraph.evaluate.coref import CorefReport, kind_of, read_conll, split_names

CONLL = """# begin document GUM_news_test
0\tBiologist\t(person-1
1\tNick\t_
2\tBos\tperson-1)
3\ttells\t_
4\tWikinews\t(organization-2-Wikinews)

0\tHe\t(person-1)
1\tsaid\t_
2\tthe\t(person-3
3\tbiologist\tperson-3)
4\tBos\t(person-1)
5\tmet\t_
6\tI\t(person-4)
# end document
"""


def test_read_conll_keeps_people_and_organisations(tmp_path: Path) -> None:
    path = tmp_path / "GUM_news_test.conll"
    path.write_text(CONLL, encoding="utf-8")
    doc = read_conll(path)
    assert doc.tokens[:3] == ["Biologist", "Nick", "Bos"]
    assert [(m.entity, " ".join(doc.tokens[m.start:m.end])) for m in doc.mentions] == [
        ("person-1", "Biologist Nick Bos"), ("organization-2", "Wikinews"), ("person-1", "He"),
        ("person-3", "the biologist"), ("person-1", "Bos"), ("person-4", "I")]
    assert doc.sentence_starts == {0, 5}


def test_kinds_of_mentions() -> None:
    name = ["Nick", "Bos"]
    assert kind_of(["he"], name) == "pronoun"
    assert kind_of(["the", "biologist"], name) == "description"
    assert kind_of(["Bos"], name) == "partial name"
    assert kind_of(["Nick", "Bos"], name) is None
    assert kind_of(["I"], name) is None  # a speaker's own voice is not a reference to score


def test_report_counts_right_and_wrong_resolutions(tmp_path: Path) -> None:
    path = tmp_path / "GUM_news_test.conll"
    path.write_text(CONLL, encoding="utf-8")
    doc = read_conll(path)
    text = doc.text
    resolved = {text.index("He"): "Nick Bos", text.rindex("Bos"): "Wikinews"}
    report = CorefReport()
    report.add(doc, lambda start, end: resolved.get(start))
    assert report.counts["pronoun"] == {"gold": 1, "linked": 1, "right": 1}
    assert report.counts["partial name"] == {"gold": 1, "linked": 1, "right": 0}
    assert report.details == ["GUM_news_test: 'Bos' -> 'Wikinews' (want 'Biologist Nick Bos')"]


def test_split_names(tmp_path: Path) -> None:
    splits = tmp_path / "splits.md"
    splits.write_text("# Splits\n\n## dev\n\n  * GUM_news_a\n\n## train\n\n  * GUM_news_b\n", encoding="utf-8")
    assert split_names(splits, "dev") == {"GUM_news_a"}
