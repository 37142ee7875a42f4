"""The attribution annotation tool (``scripts/annotation/attribution_tool.py``), the reader that
scores newsgraph against its files (``newsgraph.evaluate.gold_attribution``) and the GUM converter
(``scripts/annotation/gum_attribution.py``)."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path
from typing import Any

import pytest

from newsgraph.evaluate import read_polnear, score_quotes
from newsgraph.evaluate.gold_attribution import (
    evaluate_attribution_files,
    gold_from_row,
    read_attribution,
)

ROOT = Path(__file__).resolve().parents[1]
SCRIPTS = ROOT / "scripts" / "annotation"
GUM = ROOT.parent / "shared" / "corpora" / "gum-wikinews"


def _load(name: str) -> Any:
    if str(SCRIPTS) not in sys.path:
        sys.path.insert(0, str(SCRIPTS))
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


tool = _load("attribution_tool")

URL = "https://en.wikinews.org/wiki/Harbor_City_to_close_ferry_pier"
TEXT = ("Monday, March 4, 2024\n\n"
        "Harbor City's mayor, Ana Ruiz, said on Sunday that the old ferry pier would close for repairs. "
        "\"We cannot wait for another storm,\" Ruiz told reporters. \"The pier is a hazard.\"\n\n"
        "According to a report by the Harbor City Port Authority, the repairs could cost $4 million. "
        "The so-called \"pier tax\" was dropped. Ruiz is expected to present a budget next week.")


def article(attributions: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    row = {"id": tool.wikinews_id(URL), "url": URL, "title": "Harbor City to close ferry pier", "date": "2024-03-04",
           "split": "train", "text": TEXT, "annotator": "t", "attributions": attributions}
    row.update(extra)
    return row


GOOD = [
    {"cue": "said", "source": "Harbor City's mayor", "content": "the old ferry pier would close for repairs",
     "speaker_name": "Ana Ruiz", "speaker_type": "person"},
    {"cue": "told", "source": {"text": "Ruiz", "after": "another storm"},
     "content": ["\"We cannot wait for another storm,\"", "\"The pier is a hazard.\""],
     "speaker_name": "Ana Ruiz", "speaker_type": "person"},
    {"cue": "According to a report by", "source": "the Harbor City Port Authority",
     "content": "the repairs could cost $4 million", "speaker_name": "Harbor City Port Authority",
     "speaker_type": "organization"},
    {"cue": "is expected", "source": None, "content": [{"text": "Ruiz", "occurrence": 3}, "to present a budget next week"],
     "speaker_name": None, "speaker_type": None},
]


def check(attributions: list[dict[str, Any]], **extra: Any) -> tuple[dict[str, Any], Any]:
    report = tool.Report()
    out = tool.check_article(article(attributions, **extra), "t", tool.load_cue_lexicon(), report)
    return out, report


def messages(report: Any, level: str = "error") -> list[str]:
    return [p.message for p in report.problems if p.level == level]


# --------------------------------------------------------------------------------------------
# check: resolving spans, validating
# --------------------------------------------------------------------------------------------


def test_check_resolves_every_span_and_fills_kind_type_and_ids() -> None:
    out, report = check(GOOD)
    assert messages(report) == []
    atts = out["attributions"]
    assert [a["id"] for a in atts] == ["a1", "a2", "a3", "a4"]
    for a in atts:
        for span in [a["cue"], a.get("source"), *a["content"]]:
            if span:
                assert TEXT[span["start"]:span["end"]] == span["text"]
    assert [a["kind"] for a in atts] == ["indirect", "direct", "indirect", "indirect"]
    assert [a["cue_type"] for a in atts] == ["speech", "speech", "speech", "belief"]
    told = atts[1]
    assert told["source"]["start"] == TEXT.index("Ruiz told")  # "after" picks the second "Ruiz"
    assert atts[3]["content"][0]["start"] == TEXT.index("Ruiz is expected")  # occurrence 3
    assert out["article_id"] == tool.article_id(TEXT)


def test_check_takes_the_occurrence_nearest_the_content_for_a_repeated_cue() -> None:
    text_cue = [{"cue": "said", "source": "Harbor City's mayor", "content": "the old ferry pier would close for repairs",
                 "speaker_name": "Ana Ruiz", "speaker_type": "person"}]
    out, report = check(text_cue)
    assert messages(report) == []
    assert out["attributions"][0]["cue"]["start"] == TEXT.index("said on Sunday")


def test_check_errors() -> None:
    _, report = check([{"cue": "said", "source": "Ruiz", "content": "the new ferry pier", "speaker_type": "person"}])
    assert any("not in the text" in m for m in messages(report))
    _, report = check([{"cue": "said", "source": "Harbor City's mayor", "content": "Ruiz", "speaker_type": "person"}])
    assert any("occurs 3 times" in m for m in messages(report))
    _, report = check([{"cue": "said", "source": "Harbor City's mayor", "content": "ld ferry pier", "speaker_type": "person"}])
    assert any("cuts a word" in m for m in messages(report))
    _, report = check([{"cue": "said", "source": "Harbor City's mayor", "content": "the old ferry pier would close ",
                        "speaker_type": "person"}])
    assert any("whitespace" in m for m in messages(report))
    _, report = check([{"cue": "said", "source": "Harbor City's mayor", "speaker_type": "person",
                        "content": "repairs. \"We cannot wait for another storm,\" Ruiz told reporters. \"The pier is a hazard.\"\n\nAccording"}])
    assert any("paragraph break" in m for m in messages(report))
    _, report = check([{"cue": "said", "source": "Harbor City's mayor", "content": "the old ferry pier would close for repairs",
                        "speaker_type": "robot"}])
    assert any("speaker_type" in m for m in messages(report))
    _, report = check([{"cue": "said", "source": "Harbor City's mayor", "content": "the old ferry pier would close for repairs"}])
    assert any("needs a speaker_type" in m for m in messages(report))


def test_check_rejects_nesting_and_shared_content() -> None:
    outer = {"cue": "According to a report by", "source": "the Harbor City Port Authority", "speaker_type": "organization",
             "content": "the repairs could cost $4 million"}
    inner = {"cue": "could cost", "source": "the repairs", "content": "$4 million", "speaker_type": "other"}
    _, report = check([outer, inner])
    errors = messages(report)
    assert any("nested" in m for m in errors)
    assert any("share content" in m for m in errors)


def test_check_kind_against_the_marks_needs_a_note() -> None:
    scare = {"cue": "was dropped", "source": None, "content": "The so-called \"pier tax\"", "kind": "indirect"}
    _, report = check([scare])
    assert any("quotation marks say 'mixed'" in m for m in messages(report))
    out, report = check([dict(scare, note="scare quotes, not the speaker's words")])
    assert messages(report) == []
    assert out["attributions"][0]["kind"] == "indirect"


def test_check_warns_about_that_and_final_punctuation() -> None:
    text = [{"cue": "said", "source": "Harbor City's mayor", "content": "that the old ferry pier would close for repairs.",
             "speaker_type": "person"}]
    _, report = check(text)
    warnings = messages(report, "warning")
    assert any("'that'" in m for m in warnings)
    assert any("punctuation" in m for m in warnings)


def test_check_compares_text_and_split_with_the_corpus() -> None:
    corpus = {tool.wikinews_id(URL): {"text": TEXT + " Edited.", "split": "dev"}}
    report = tool.Report()
    tool.check_article(article(GOOD), "t", tool.load_cue_lexicon(), report, corpus)
    errors = messages(report)
    assert any("differs from the corpus" in m for m in errors)
    assert any("fixed split" in m for m in errors)
    _, report = check(GOOD, id="wn-0000000000")
    assert any("is not the id of" in m for m in messages(report))


def test_check_keeps_offsets_on_a_second_pass(tmp_path: Path) -> None:
    raw = tmp_path / "raw.jsonl"
    raw.write_text(json.dumps(article(GOOD)) + "\n", encoding="utf-8")
    done = tmp_path / "done.jsonl"
    assert tool.main(["check", str(raw), "--write", str(done)]) == 0
    first = done.read_text(encoding="utf-8")
    assert tool.main(["check", str(done), "--write", str(done)]) == 0
    assert done.read_text(encoding="utf-8") == first
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(article([{"cue": "shouted", "source": None, "content": "x"}])) + "\n", encoding="utf-8")
    assert tool.main(["check", str(bad), "--write", str(tmp_path / "never.jsonl")]) == 1
    assert not (tmp_path / "never.jsonl").exists()


def test_cue_types_from_the_lexicon() -> None:
    lexicon = tool.load_cue_lexicon()
    assert tool.cue_type_of("has repeatedly denied", lexicon) == "speech"
    assert tool.cue_type_of("believes", lexicon) == "belief"
    assert tool.cue_type_of("planned", lexicon) == "intent"
    assert tool.cue_type_of("According to", lexicon) == "speech"
    assert tool.cue_type_of("quickly", lexicon) is None


def test_quoted_stretches_and_kinds() -> None:
    text = 'He said "yes, we will." Then: \u201cno.\u201d The "so-called" plan.\n\n"Open at the end'
    stretches = [text[s:e] for s, e in tool.quoted_stretches(text)]
    assert stretches == ["yes, we will.", "no.", "so-called", "Open at the end"]
    start = text.index('"yes')
    assert tool.kind_of(text, [(start, start + len('"yes, we will."'))]) == "direct"
    plan = text.index("The \"so")
    assert tool.kind_of(text, [(plan, plan + len('The "so-called" plan'))]) == "mixed"
    assert tool.kind_of(text, [(0, 7)]) == "indirect"


def test_guideline_example_checks_with_the_offsets_it_shows() -> None:
    doc = (ROOT / "docs" / "annotation" / "attribution.md").read_text(encoding="utf-8")
    example = json.loads(re.search(r"What the annotator writes:\n\n```json\n(.*?)\n```", doc, re.DOTALL).group(1))
    report = tool.Report()
    out = tool.check_article(example, "doc", tool.load_cue_lexicon(), report)
    assert messages(report) == []
    shown = json.loads(re.search(r"the second\nattribution reads:\n\n```json\n(.*?)\n```", doc, re.DOTALL).group(1))
    assert out["attributions"][1] == shown


# --------------------------------------------------------------------------------------------
# agree
# --------------------------------------------------------------------------------------------


def _resolved(attributions: list[dict[str, Any]]) -> dict[str, Any]:
    out, report = check(attributions)
    assert messages(report) == []
    return out


def test_agree_identical_passes() -> None:
    a = _resolved(GOOD)
    result = tool.agree([a], [a])
    assert (result.gold, result.other, result.matched) == (4, 4, 4)
    assert result.content_exact == result.cue_exact == 4
    assert result.name_agree == result.name_pairs == 2 + 1
    assert result.scorer["quotes"]["found"] == 2 and result.scorer["indirect"]["found"] == 3


def test_agree_matches_by_half_the_words_of_each_side() -> None:
    a = _resolved(GOOD[:1])
    shorter = dict(GOOD[0], content="the old ferry pier would close")  # 6 of 8 words: matched
    tiny = dict(GOOD[0], content="for repairs")  # 2 of 8: not matched
    result = tool.agree([a], [_resolved([shorter])])
    assert result.matched == 1 and result.content_exact == 0
    result = tool.agree([a], [_resolved([tiny])])
    assert result.matched == 0
    assert any("only A" in d for d in result.details) and any("only B" in d for d in result.details)


def test_agree_reports_speaker_and_kind_disagreements() -> None:
    a = _resolved(GOOD[:2])
    b = _resolved([dict(GOOD[0], speaker_name="Ruiz"), dict(GOOD[1], speaker_name="Harbor City")])
    result = tool.agree([a], [b])
    assert result.name_pairs == 2 and result.name_agree == 1  # "Ruiz" is Ana Ruiz's last name; Harbor City is not
    assert tool.names_agree("Nick Adderley and Stephen Mold", "Stephen Mold")
    assert not tool.names_agree("Josh Bash", None)


def test_stats_counts() -> None:
    text = tool.stats([_resolved(GOOD)])
    assert "attributions: 4" in text and "kind direct: 1" in text and "no source: 1" in text


# --------------------------------------------------------------------------------------------
# Scoring newsgraph against our annotations
# --------------------------------------------------------------------------------------------


def test_a_gold_speaker_matches_the_forms_of_its_name_a_text_uses_alone() -> None:
    from newsgraph.evaluate.gold_attribution import name_variants

    assert name_variants("Iranian Revolutionary Guard Corps (IRGC)") == [
        "Iranian Revolutionary Guard Corps (IRGC)", "Iranian Revolutionary Guard Corps", "IRGC"]
    assert name_variants("Robert Downey Jr.") == ["Robert Downey Jr.", "Robert Downey"]
    assert name_variants("Ana Ruiz") == ["Ana Ruiz"]


def test_gold_from_row_mirrors_the_polnear_reader() -> None:
    row = _resolved(GOOD)
    doc = gold_from_row(row, Path("x.jsonl:1"))
    quotes = [q for q in doc.quotes if not q.get("ignore")]
    assert [q["text"] for q in quotes] == ["We cannot wait for another storm,", "The pier is a hazard."]
    assert all(q["speaker"][0] == "Ana Ruiz" and not q["speaker_unchecked"] for q in quotes)
    assert all(set(q["speaker"]) <= {"Ana Ruiz", "Ruiz"} for q in quotes)  # and the name the sentence uses
    assert [q["text"] for q in doc.quotes if q.get("ignore")] == ["pier tax"]
    assert [i["text"] for i in doc.indirect] == ["the old ferry pier would close for repairs",
                                                 "the repairs could cost $4 million",
                                                 "Ruiz to present a budget next week"]
    assert doc.indirect[2]["speaker_unchecked"]
    speech_only = gold_from_row(row, Path("x.jsonl:1"), cue_types=("speech",))
    assert len(speech_only.indirect) == 2
    polnear = gold_from_row(row, Path("x.jsonl:1"), speaker="polnear")
    assert polnear.indirect[0]["speaker"] == ["Harbor City's mayor"] and polnear.indirect[0]["speaker_unchecked"]


def test_gold_speaker_names_get_an_ascii_form() -> None:
    row = _resolved([dict(GOOD[1], speaker_name="Ana Ru\u00edz")])
    quote = next(q for q in gold_from_row(row, Path("x:1")).quotes if not q.get("ignore"))
    assert quote["speaker"] == ["Ana Ru\u00edz", "Ruiz", "Ana Ruiz"]  # with the source's own form
    record = {"actors": [], "quotes": [{"kind": "direct", "text": "We cannot wait for another storm,",
                                        "speaker_name": "Ruiz"}]}
    assert score_quotes([quote], record).attributed == 1


def test_read_attribution_needs_resolved_spans(tmp_path: Path) -> None:
    raw = tmp_path / "raw.jsonl"
    raw.write_text(json.dumps(article(GOOD)) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="check"):
        read_attribution(raw)


def test_evaluate_attribution_files_with_records(tmp_path: Path) -> None:
    gold = tmp_path / "test.jsonl"
    gold.write_text("\n" + json.dumps(_resolved(GOOD)) + "\n", encoding="utf-8")  # the article is on line 2
    docs = read_attribution(gold)
    assert docs[0].document.name == "test.jsonl:2"
    record = {"article": {"source": f"{gold}:2", "id": tool.article_id(TEXT)}, "actors": [],
              "quotes": [{"kind": "direct", "text": "We cannot wait for another storm,", "speaker_name": "Ana Ruiz"},
                         {"kind": "direct", "text": "pier tax", "speaker_name": None},
                         {"kind": "indirect", "text": "the old ferry pier would close for repairs", "speaker_name": "Ruiz"}]}
    records = tmp_path / "records.jsonl"
    records.write_text(json.dumps(record) + "\n", encoding="utf-8")
    quotes = evaluate_attribution_files([gold], records)
    assert (quotes.gold, quotes.found, quotes.attributed, quotes.spurious) == (2, 1, 1, 0)
    indirect = evaluate_attribution_files([gold], records, indirect=True)
    assert (indirect.gold, indirect.found, indirect.attributed) == (3, 1, 1)
    record["article"]["source"] = "elsewhere.jsonl:9"  # no name match: the text's id still joins them
    records.write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert evaluate_attribution_files([gold], records).found == 1


def test_to_brat_is_read_by_the_polnear_reader(tmp_path: Path) -> None:
    row = _resolved(GOOD)
    assert tool.to_brat([row], tmp_path) == 1
    ann = tmp_path / "attributions" / f"{row['id']}_t.ann"
    text = (tmp_path / "text" / f"{row['id']}.txt").read_text(encoding="utf-8")
    for line in ann.read_text(encoding="utf-8").splitlines():
        if line.startswith("T"):
            _, label_offsets, covered = line.split("\t")
            pieces = [tuple(map(int, p.split())) for p in label_offsets.split(" ", 1)[1].split(";")]
            assert " ".join(text[s:e] for s, e in pieces) == covered
    doc = read_polnear(ann)
    assert [q["text"] for q in doc.quotes if not q.get("ignore")] == ["We cannot wait for another storm,",
                                                                      "The pier is a hazard."]
    assert len(doc.indirect) == 3
    assert tool.to_brat([row], tmp_path / "speech", cue_types=("speech",)) == 1
    assert len(read_polnear(tmp_path / "speech" / "attributions" / f"{row['id']}_t.ann").indirect) == 2


# --------------------------------------------------------------------------------------------
# GUM conversion
# --------------------------------------------------------------------------------------------


def test_gum_entity_brackets() -> None:
    gum = _load("gum_attribution")
    marks = gum._entity_marks("(8-abstract-new-nnnnn-cf9-2,7-sgl(7-person-giv:act-n____-cf1-1-ana-Dennis_Hopper)")
    assert [(k, e) for k, e, _ in marks] == [("open", "8"), ("single", "7")]
    assert marks[1][2].split("-", 7)[7] == "Dennis_Hopper"
    assert [(k, e) for k, e, _ in gum._entity_marks("9)8)")] == [("close", "9"), ("close", "8")]


@pytest.mark.skipif(not (GUM / "dep" / "GUM_news_asylum.conllu").exists(), reason="GUM corpus not available")
def test_gum_document_converts_and_checks() -> None:
    gum = _load("gum_attribution")
    drops: Any = gum.Counter()
    row = gum.convert("GUM_news_asylum", GUM, "train", tool.load_cue_lexicon(), drops)
    report = tool.Report()
    tool.check_article(row, "gum", tool.load_cue_lexicon(), report)
    assert messages(report) == []
    assert not row["text"].startswith("Over 900 asylum seekers")  # the headline is left out
    by_cue = {a["cue"]["text"]: a for a in row["attributions"]}
    according = next(a for a in row["attributions"] if a["source"] and a["source"]["text"] == "ABC News")
    assert according["content"][0]["text"].startswith("Basya also believes")  # nested "believes" folded in
    rathke = next(a for a in row["attributions"] if a["speaker_name"] == "Jeff Rathke")
    assert rathke["kind"] == "direct" and rathke["cue"]["text"] == "said"
    assert "said" in by_cue
    assert drops["nested (folded into the outermost)"] >= 1
    assert gum.official_splits(GUM)["GUM_news_iodine"] == "dev"
