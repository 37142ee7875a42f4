"""Quote scoring (``evaluate/quotes.py``), checked against the reference scorer ``shared/tools/score_quotes.py``."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.evaluate import (
    overlap,
    score_quotes,
    speaker_matches,
    speaker_names,
    tokens,
)


@pytest.fixture(scope="module")
def reference(shared: Path) -> ModuleType:
    path = shared / "tools" / "score_quotes.py"
    if not path.is_file():
        pytest.skip(f"reference scorer missing: {path}")
    spec = importlib.util.spec_from_file_location("reference_score_quotes", path)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def test_evaluate_tokens_normalise_quotes_and_case() -> None:
    assert tokens("The Kremlin\u2019s “Plan”, 2014!") == ["the", "kremlin's", "plan", "2014"]


def test_evaluate_overlap_cases() -> None:
    assert overlap("we will not back down", "we will not back down") == 1.0
    assert overlap("we will not back down", "\u201cWe will NOT back down,\u201d") == 1.0
    assert overlap("we will not back down today", "we will not") == pytest.approx(3 / 6)
    # a paragraph-sized system span (run under half of its tokens) covers nothing
    assert overlap("no deal", "no deal was reached after long talks in the capital") == 0.0
    assert overlap("", "anything") == overlap("anything", "") == 0.0
    # longest *contiguous* run, not a bag of words
    assert overlap("a b c d", "a b x d") == pytest.approx(2 / 4)
    assert overlap("a b c d", "a b x c d") == 0.0  # the run of 2 is under half of the 5 system tokens


def test_evaluate_speaker_matches_cases() -> None:
    assert speaker_matches(["Anna Keller"], ["Keller"])
    assert speaker_matches(["Sen. Anna Keller"], ["Government | Anna Keller"])
    assert speaker_matches(["the Kremlin"], ["Kremlin"])
    assert speaker_matches(["Ministry of Foreign Affairs"], ["the ministry of foreign affairs"])
    assert not speaker_matches(["Anna Keller"], ["Anna Berger"])
    assert not speaker_matches(["Anna Keller"], [])
    assert not speaker_matches(["the"], ["the"])  # only stop words: nothing to match


def test_evaluate_speaker_names_from_actor_mentions() -> None:
    actors = {"a1": {"id": "a1", "name": "Anna Keller", "mentions": [{"text": "Anna Keller"}, {"text": "she"}]}}
    assert speaker_names({"speaker": "a1", "speaker_name": "Anna Keller"}, actors) == [
        "Anna Keller", "Anna Keller", "Anna Keller", "she"]
    assert speaker_names({"speaker": None, "speaker_name": "the source"}, actors) == ["the source"]


_pairs = [
    ("we will not back down", "We will not back down,"),
    ("the talks were useful and constructive", "talks were useful"),
    ("the talks were useful", "the talks were useful and constructive and long and tiring"),
    ("Russia's \u201cpolicy\u201d is clear", "Russia's policy is clear"),
    ("a b c d", "a b x c d"),
]


@pytest.mark.parametrize("gold, system", _pairs)
def test_evaluate_overlap_same_as_reference(reference: ModuleType, gold: str, system: str) -> None:
    assert overlap(gold, system) == pytest.approx(reference.overlap(gold, system))


_word = st.sampled_from(["we", "will", "not", "the", "talks", "Keller", "Kremlin", "of", "’s", "said", "“", "”"])


@settings(max_examples=60, deadline=None)
@given(gold=st.lists(_word, max_size=8).map(" ".join), system=st.lists(_word, max_size=8).map(" ".join))
def test_evaluate_overlap_property_same_as_reference(reference: ModuleType, gold: str, system: str) -> None:
    assert overlap(gold, system) == pytest.approx(reference.overlap(gold, system))


@pytest.mark.parametrize("gold, got", [
    (["Anna Keller"], ["Keller"]),
    (["the Kremlin"], ["Kremlin"]),
    (["Anna Keller"], ["Anna Berger"]),
    (["Ministry of Foreign Affairs"], ["the ministry of foreign affairs"]),
    (["Vladimir Putin", "the Kremlin"], ["Russian president | Kremlin"]),
    (["Thomas Berger"], []),
])
def test_evaluate_speaker_matches_same_as_reference(reference: ModuleType, gold: list[str], got: list[str]) -> None:
    assert speaker_matches(gold, got) == reference.speaker_ok(gold, " | ".join(got))


def _quote(text: str, kind: str = "direct", speaker: str | None = None, name: str | None = None) -> dict[str, Any]:
    return {"text": text, "kind": kind, "speaker": speaker, "speaker_name": name}


GOLD = [
    {"text": "The talks were useful and constructive", "speaker": ["Anna Keller"]},
    {"text": "We will never accept this proposal", "speaker": ["Thomas Berger"]},
    {"text": "Nobody knows what happens next", "speaker": [], "speaker_unchecked": True},
    {"text": "the economy will shrink by four percent next year", "speaker": ["Elena Petrova"]},
    {"text": "strategic patience", "speaker": [], "ignore": True},
]
RECORD = {
    "actors": [
        {"id": "a1", "name": "Anna Keller", "mentions": [{"text": "Anna Keller"}, {"text": "she"}]},
        {"id": "a2", "name": "Kremlin", "mentions": [{"text": "Kremlin"}]},
    ],
    "quotes": [
        _quote("The talks were useful and constructive,", speaker="a1", name="Anna Keller"),
        _quote("We will never accept this proposal.", name="Keller"),
        _quote("Nobody knows what happens next"),
        _quote("strategic patience", kind="mixed"),
        _quote("completely unrelated words spoken today", kind="mixed", speaker="a2", name="Kremlin"),
        _quote("the economy will shrink by four percent next year", kind="indirect", name="Elena Petrova"),
    ],
}


def test_evaluate_score_quotes_hand_made_record() -> None:
    report = score_quotes(GOLD, RECORD)
    assert (report.gold, report.found, report.checked, report.attributed) == (4, 3, 2, 1)
    assert (report.system, report.spurious, report.spurious_attributed) == (5, 1, 1)
    assert report.recall == pytest.approx(3 / 4)
    assert report.precision == pytest.approx(4 / 5)
    assert report.attribution == pytest.approx(1 / 2)
    assert any(d.startswith("missed: 'the economy") for d in report.details)
    assert any(d.startswith("misattributed: 'We will never") for d in report.details)
    assert any(d.startswith("spurious: 'completely") for d in report.details)


def test_evaluate_score_quotes_indirect_kind_only() -> None:
    report = score_quotes([GOLD[3]], RECORD, kinds=("indirect",))
    assert (report.gold, report.found, report.attributed, report.system, report.spurious) == (1, 1, 1, 1, 0)


def _run_reference(shared: Path, tmp_path: Path, gold: list[dict[str, Any]], record: dict[str, Any],
                   *flags: str) -> str:
    gold_file, system_file = tmp_path / "gold.json", tmp_path / "system.json"
    gold_file.write_text(json.dumps({"quotes": gold}), encoding="utf-8")
    system_file.write_text(json.dumps(record), encoding="utf-8")
    done = subprocess.run([sys.executable, str(shared / "tools" / "score_quotes.py"), str(gold_file),
                           str(system_file), *flags], capture_output=True, text=True, check=True)
    return done.stdout.strip().splitlines()[-1]


def test_evaluate_score_quotes_same_counts_as_reference(reference: ModuleType, shared: Path, tmp_path: Path) -> None:
    report = score_quotes(GOLD, RECORD)
    line = _run_reference(shared, tmp_path, GOLD, RECORD)
    speaker_checkable = sum(1 for g in GOLD if not g.get("ignore") and not g.get("speaker_unchecked"))
    assert line == (f"found {report.found}/{report.gold} attributed {report.attributed}/{speaker_checkable} "
                    f"spurious {report.spurious} checked {report.checked}")


def test_evaluate_spurious_attributed_on_ignored_same_as_reference(reference: ModuleType, shared: Path,
                                                                   tmp_path: Path) -> None:
    gold = [{"text": "strategic patience", "speaker": [], "ignore": True}]
    record = {"actors": [], "quotes": [_quote("strategic patience", kind="mixed", name="Anna Keller")]}
    line = _run_reference(shared, tmp_path, gold, record, "--spurious-attributed-only")
    assert line.startswith("found 0/0 attributed 0/0 spurious 0")
    assert score_quotes(gold, record).spurious_attributed == 0


def test_evaluate_ties_go_to_earliest_system_quote() -> None:
    gold = [{"text": "We are ready", "speaker": ["Anna Keller"]}]
    record = {"actors": [], "quotes": [_quote("We are ready,"), _quote("We are ready,", name="Anna Keller")]}
    report = score_quotes(gold, record)
    assert (report.found, report.checked, report.attributed) == (1, 1, 0)  # the first, speakerless one was taken
    assert report.spurious == 0  # the second covers gold text: not spurious
    swapped = {"actors": [], "quotes": list(reversed(record["quotes"]))}
    assert score_quotes(gold, swapped).attributed == 1


def test_evaluate_one_system_quote_per_gold_quote() -> None:
    gold = [{"text": "We are ready", "speaker": ["Anna Keller"]}, {"text": "We are ready", "speaker": ["Anna Keller"]}]
    record = {"actors": [], "quotes": [_quote("We are ready", name="Anna Keller")]}
    report = score_quotes(gold, record)
    assert (report.gold, report.found, report.attributed) == (2, 1, 1)


def test_evaluate_empty_record() -> None:
    report = score_quotes(GOLD, {"actors": [], "quotes": []})
    assert (report.found, report.system, report.precision, report.recall) == (0, 0, 0.0, 0.0)
    assert "found 0/4" in report.summary()


def test_quote_evidence_joins_pieces_as_the_gold_does() -> None:
    from newsgraph.evaluate.quotes import evidence, score_quotes

    pieces = [{"text": "The operation"}, {"text": "is too big to sell"}]
    record = {"actors": [], "quotes": [{"kind": "indirect", "text": "The operation, the paper says, is too big to sell",
                                        "spans": pieces}]}
    assert evidence(record["quotes"][0]) == "The operation is too big to sell"
    gold = [{"text": "The operation is too big to sell", "speaker": [], "speaker_unchecked": True}]
    assert score_quotes(gold, record, kinds=("indirect",)).found == 1
