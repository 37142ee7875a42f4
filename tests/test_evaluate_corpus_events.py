"""Scoring against our event corpus: types as multisets per unit, actors as the GSR scorer
compares them, and the sentence-level view of score_sentence_events.py."""

from __future__ import annotations

from newsgraph.evaluate.corpus_events import CorpusEventReport, actors_match, gold_events


def _unit(events: list[dict], uid: str = "u1") -> dict:
    return {"id": uid, "text": "Russia strikes Kyiv as Ukraine urges the UN to act.", "events": events}


def _record(events: list[tuple[str, str | None, str | None]]) -> dict:
    actors = [{"id": "a1", "country": "RUS"}, {"id": "a2", "country": "UKR"}, {"id": "a3", "code": "IGOUNO"}]
    ids = {"RUS": "a1", "UKR": "a2", "IGO": "a3"}
    return {"actors": actors, "events": [{"plover": t, "source": ids.get(s or ""), "target": ids.get(o or "")}
                                          for t, s, o in events]}


GOLD = _unit([
    {"type": "ASSAULT", "source": {"text": "Russia", "code": "RUSMIL"}, "target": {"text": "Kyiv", "code": "UKR"}},
    {"type": "REQUEST", "source": {"text": "Ukraine", "code": "UKR"}, "target": [{"text": "the UN", "code": "IGOUNO"}]},
])


def test_types_count_as_multisets_and_actors_by_country() -> None:
    report = CorpusEventReport()
    report.add(GOLD, _record([("ASSAULT", "RUS", "UKR"), ("REQUEST", "RUS", "IGO"), ("ACCUSE", "UKR", "RUS")]))
    f = report.figures()
    assert report.type_matched == 2 and report.full_matched == 1
    assert round(f["type_precision"], 3) == 0.667 and f["type_recall"] == 1.0
    assert report.type_hit == 1 and report.full_hit == 1 and report.extra == 1


def test_a_gold_side_without_a_code_accepts_anything_but_reciprocal_targets_stay_within() -> None:
    (gold,) = gold_events(_unit([{"type": "CONSULT", "source": [{"text": "Russia", "code": "RUS"},
                                                                 {"text": "Ukraine", "code": "UKR"}], "target": None}]))
    assert actors_match(gold, ("CONSULT", "RUS", "UKR"))
    assert not actors_match(gold, ("CONSULT", "RUS", "IGO"))
    (free,) = gold_events(_unit([{"type": "ASSAULT", "source": None, "target": {"text": "Kyiv", "code": None}}]))
    assert actors_match(free, ("ASSAULT", "RUS", "UKR"))


def test_events_on_units_without_gold_are_counted_apart() -> None:
    report = CorpusEventReport()
    report.add(_unit([], "u2"), _record([("ASSAULT", "RUS", "UKR")]))
    assert report.event_units == 0 and report.emitted_on_empty_units == 1 and report.details
