"""Gold readers (``evaluate/gold.py``): PolNeAR brat files and the project's ``*.quotes.json``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.evaluate import read_gold, read_polnear, read_quotes_json

TITLE = 'Senate "showdown" looms over clean water rule\n'
SENTENCES = [
    'Rep. Gwen Moore (D-Wis.) said "we will fight this bill with everything we have."',
    "Scott Pruitt, the Republican attorney general, said the rule was illegal.",
    "Sources said the deal was close.",
    'He called the plan "a disaster for working families."',
    'The plan, dubbed "Project Dawn," was unveiled on Monday.',
    'Gov. Earl Ray Tomblin of West Virginia said "the state will comply."',
]


def _write_polnear(root: Path) -> tuple[Path, str]:
    """One article with five attributions (Source, Cue, Content) in brat standoff."""
    text = TITLE + "\n".join(SENTENCES) + "\n"
    (root / "text").mkdir()
    (root / "ann").mkdir()
    (root / "text" / "article7.txt").write_text(text, encoding="utf-8")
    lines: list[str] = []
    n = 0

    def span(label: str, piece: str, within: str) -> str:
        nonlocal n
        n += 1
        start = text.index(within) + within.index(piece)
        lines.append(f"T{n}\t{label} {start} {start + len(piece)}\t{piece}")
        return f"T{n}"

    def attribution(sentence: str, source: str, cue: str, content: str) -> None:
        ids = (span("Source", source, sentence), span("Cue", cue, sentence), span("Content", content, sentence))
        lines.append(f"E{len(lines)}\tAttribution:{ids[1]} Source:{ids[0]} Cue:{ids[1]} Content:{ids[2]}")

    s = SENTENCES
    attribution(s[0], "Rep. Gwen Moore (D-Wis.)", "said", '"we will fight this bill with everything we have."')
    attribution(s[1], "Scott Pruitt, the Republican attorney general", "said", "the rule was illegal")
    attribution(s[2], "Sources", "said", "the deal was close")
    attribution(s[3], "He", "called", 'the plan "a disaster for working families."')
    attribution(s[5], "Gov. Earl Ray Tomblin of West Virginia", "said", '"the state will comply."')
    ann = root / "ann" / "article7_annotator2.ann"
    ann.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return ann, text


def test_gold_read_polnear_quotes_and_indirect(tmp_path: Path) -> None:
    ann, text = _write_polnear(tmp_path)
    doc = read_polnear(ann)
    assert doc.document == tmp_path / "text" / "article7.txt"
    quotes = [q for q in doc.quotes if not q.get("ignore")]
    assert [q["text"] for q in quotes] == [
        "we will fight this bill with everything we have.",
        "a disaster for working families.",
        "the state will comply.",
    ]
    for q in quotes:
        assert text[q["start"]:q["end"]] == q["text"]
    moore, he, tomblin = quotes
    assert (moore["speaker"], moore["speaker_unchecked"], moore["cue"]) == (["Rep. Gwen Moore"], False, "said")
    assert moore["source"] == "Rep. Gwen Moore (D-Wis.)"
    assert (he["speaker"], he["speaker_unchecked"]) == (["He"], True)
    assert (tomblin["speaker"], tomblin["speaker_unchecked"]) == (["Gov. Earl Ray Tomblin"], False)
    assert [(i["text"], i["speaker"], i["speaker_unchecked"]) for i in doc.indirect] == [
        ("the rule was illegal", ["Scott Pruitt"], False),
        ("the deal was close", ["Sources"], True),
    ]


def test_gold_read_polnear_unattributed_quote_is_ignored_and_title_excluded(tmp_path: Path) -> None:
    ann, _ = _write_polnear(tmp_path)
    doc = read_polnear(ann)
    ignored = [q for q in doc.quotes if q.get("ignore")]
    assert [(q["text"], q["speaker"]) for q in ignored] == [("Project Dawn,", [])]
    assert all("showdown" not in q["text"] for q in doc.quotes)


def test_gold_read_gold_folder_one_annotator_per_article(tmp_path: Path) -> None:
    ann, _ = _write_polnear(tmp_path)
    (ann.parent / "article7_annotator5.ann").write_text("", encoding="utf-8")
    docs = read_gold([ann.parent])
    assert len(docs) == 1
    assert len(docs[0].quotes) == 4


def test_gold_read_quotes_json_resolves_document(tmp_path: Path) -> None:
    (tmp_path / "examples").mkdir()
    article = tmp_path / "examples" / "story.txt"
    article.write_text('"We are ready," Anna Keller said.\n', encoding="utf-8")
    (tmp_path / "gold").mkdir()
    gold_file = tmp_path / "gold" / "story.quotes.json"
    gold_file.write_text(json.dumps({
        "document": "examples/story.txt",
        "quotes": [{"text": "We are ready,", "speaker": ["Anna Keller"]}],
        "indirect": [{"text": "the talks failed", "speaker": ["Thomas Berger"]}],
    }), encoding="utf-8")
    doc = read_quotes_json(gold_file)
    assert doc.document == article
    assert doc.quotes == [{"text": "We are ready,", "speaker": ["Anna Keller"]}]
    assert doc.indirect[0]["speaker"] == ["Thomas Berger"]
    assert [d.document for d in read_gold([tmp_path / "gold"])] == [article]


def test_gold_read_quotes_json_missing_document(tmp_path: Path) -> None:
    gold_file = tmp_path / "lost.quotes.json"
    gold_file.write_text(json.dumps({"document": "examples/nowhere-to-be-found.txt", "quotes": []}), encoding="utf-8")
    with pytest.raises(ValueError, match="nowhere-to-be-found.txt"):
        read_quotes_json(gold_file)


def test_gold_reference_file_reads(reference_gold: dict, shared: Path) -> None:
    doc = read_quotes_json(shared / "gold" / "000_fd0e5672d3c3c35f.quotes.json")
    assert doc.document.is_file()
    assert len(doc.quotes) == len(reference_gold["quotes"])
