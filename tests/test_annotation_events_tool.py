"""scripts/annotation/events_tool.py: span resolution, validation, agreement, stats."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("events_tool", ROOT / "scripts" / "annotation" / "events_tool.py")
tool = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(tool)

TEXT = "The United States lifts sanctions on Delcy Rodríguez, and the United States urges Iran to free prisoners."


def unit(events, **kw):
    base = {"id": "u1", "text": TEXT, "source": "wikipedia-current-events", "split": "train",
            "annotator": "tester", "events": events}
    base.update(kw)
    return base


def ev(**kw):
    base = {"trigger": "lifts", "type": "CONCEDE", "source": {"text": "The United States", "code": "USA"},
            "target": {"text": "Delcy Rodríguez", "code": "VENGOV"}}
    base.update(kw)
    return base


def check(units):
    return tool.check_units(units, pool=None)


def write_jsonl(path: Path, units) -> Path:
    path.write_text("".join(json.dumps(u, ensure_ascii=False) + "\n" for u in units), encoding="utf-8")
    return path


# ---------------------------------------------------------------- spans

def test_resolve_unique_span():
    span, err = tool.resolve_span(TEXT, "lifts")
    assert err is None
    assert TEXT[span["start"]:span["end"]] == "lifts" and span["start"] == 18


def test_resolve_ambiguous_span_needs_occurrence():
    span, err = tool.resolve_span(TEXT, "United States")
    assert span is None and "occurs 2 times" in err
    span, err = tool.resolve_span(TEXT, {"text": "United States", "occurrence": 2})
    assert err is None and span["start"] == TEXT.rindex("United States")


def test_occurrence_out_of_range_and_missing_text():
    assert "not in 1..2" in tool.resolve_span(TEXT, {"text": "United States", "occurrence": 3})[1]
    _, err = tool.resolve_span(TEXT, "the united states")
    assert "not in the text" in err and "did you mean" in err


def test_whole_word_matches_preferred():
    text = "Iranian officials say Iran will talk."
    span, err = tool.resolve_span(text, "Iran")
    assert err is None and span["start"] == text.index("Iran will")
    # a part of a word is still found when there is no whole-word match
    span, err = tool.resolve_span("The Houthis fire.", "Houthi")
    assert err is None and span["start"] == 4


def test_resolved_offsets_are_rechecked():
    assert tool.resolve_span(TEXT, {"text": "lifts", "start": 18, "end": 23})[1] is None
    assert "is 'ifts '" in tool.resolve_span(TEXT, {"text": "lifts", "start": 19, "end": 24})[1]


def test_span_with_outer_space_is_refused():
    assert "space" in tool.resolve_span(TEXT, " lifts")[1]


# ---------------------------------------------------------------- codes

@pytest.mark.parametrize("code, expected", [
    ("USA", "USA"), ("RUSGOV", "RUSGOV"), ("TURGOVOPP", "TURGOVOPP"), ("XKX", "XKX"), ("KOS", "XKX"),
    ("IGOUNO", "IGOUNO"), ("UNO", "IGOUNO"), ("UN", "IGOUNO"), ("NATO", "IGOWSTNAT"), ("EU", "IGOEUREEC"),
    ("EUR", "IGOEUREEC"), ("AU", "IGOAFRAFU"), ("IGOUNOMIL", "IGOUNOMIL"), ("NGO", "NGO"), ("IMGREB", "IMGREB"),
    ("HKG", "HKG"), ("PSEREB", "PSEREB"), ("G20", "G20"),
])
def test_valid_codes(code, expected):
    assert tool.codes().normalise(code) == (expected, None)


@pytest.mark.parametrize("code, message", [
    ("XYZ", "unknown country"), ("GOV", "no country"), ("USAGOVX", "sector"), ("USAGOVMILCVL", "sector"),
    ("usa", "upper-case"), ("RUSJRN", "sector"),
])
def test_invalid_codes(code, message):
    norm, err = tool.codes().normalise(code)
    assert norm is None and message in err


# ---------------------------------------------------------------- check

def test_check_resolves_and_fills_defaults():
    resolved, errors, _ = check([unit([ev()])])
    assert errors == []
    e = resolved[0]["events"][0]
    assert e["trigger"] == {"text": "lifts", "start": 18, "end": 23}
    assert e["source"] == {"text": "The United States", "start": 0, "end": 17, "code": "USA"}
    assert TEXT[e["target"]["start"]:e["target"]["end"]] == "Delcy Rodríguez"
    assert (e["modality"], e["negated"], e["mode"], e["action"], e["unsure"], e["note"]) == \
        ("asserted", False, None, None, False, "")
    assert list(e) == list(tool.EVENT_KEYS)
    # the input fields are kept
    assert resolved[0]["split"] == "train" and resolved[0]["annotator"] == "tester"


def test_wrapper_types_default_their_modality():
    e = ev(trigger="urges", type="REQUEST", mode="yield", action="RETREAT",
           source={"text": "United States", "occurrence": 2, "code": "USA"}, target={"text": "Iran", "code": "IRN"})
    resolved, errors, _ = check([unit([e])])
    assert errors == [] and resolved[0]["events"][0]["modality"] == "demanded"


def test_check_is_idempotent_on_its_output():
    resolved, errors, _ = check([unit([ev(source={"text": "The United States", "code": "UNO"})])])
    assert errors == [] and resolved[0]["events"][0]["source"]["code"] == "IGOUNO"
    again, errors, _ = check(resolved)
    assert errors == [] and again == resolved


@pytest.mark.parametrize("bad, message", [
    ({"type": "FIGHT"}, "not one of the 16"),
    ({"mode": "aerial"}, "not a mode of CONCEDE"),
    ({"action": "AID"}, "action is only for"),
    ({"modality": "intended"}, "does not go with CONCEDE"),
    ({"modality": "maybe"}, "modality 'maybe'"),
    ({"negated": "no"}, "negated must be"),
    ({"unsure": True}, "note is empty"),
    ({"trigger": "lifted"}, "not in the text"),
    ({"cameo": "999"}, "not a CAMEO event code"),
    ({"target": {"text": "Delcy Rodríguez", "code": "VEN-GOV"}}, "upper-case"),
    ({"target": {"text": "Delcy Rodríguez"}}, "no code"),
    ({"target": {"text": "Delcy Rodríguez", "code": "VENGOV", "cod": "x"}}, "unknown field"),
    ({"moda": "x"}, "unknown field"),
    ({"trigger": {"text": "lifts", "code": "USA"}}, "trigger: unknown field"),
])
def test_check_reports_errors_with_unit_id(bad, message):
    _, errors, _ = check([unit([ev(**bad)])])
    assert errors and all(e.startswith("u1: event 1 ('") for e in errors)
    assert any(message in e for e in errors), errors


def test_hypothetical_goes_with_any_type():
    _, errors, _ = check([unit([ev(modality="hypothetical")])])
    assert errors == []


def test_unit_level_errors():
    units = [unit([ev()]), unit([ev()]), {"id": "u2", "text": TEXT, "events": []},
             {"id": "u3", "text": TEXT, "annotator": "x"}]
    _, errors, _ = check(units)
    assert "u1: id repeated" in errors
    assert "u2: no annotator" in errors
    assert any(e.startswith("u3: no \"events\" list") for e in errors)


def test_pool_text_must_not_change():
    _, errors, _ = tool.check_units([unit([])], pool={"u1": TEXT + " "})
    assert errors == ["u1: text differs from the pool's (never edit the text)"]
    _, _, warnings = tool.check_units([unit([])], pool={"other": "x"})
    assert warnings == ["u1: id not in the pool"]


def test_actor_lists():
    text = "China and Vietnam sign 45 agreements."
    e = {"trigger": "sign", "type": "SUPPORT",
         "source": [{"text": "China", "code": "CHN"}, {"text": "Vietnam", "code": "VNM"}], "target": None}
    resolved, errors, _ = check([unit([e], text=text)])
    assert errors == []
    assert [a["code"] for a in resolved[0]["events"][0]["source"]] == ["CHN", "VNM"]
    # a one-element list becomes a plain object, an empty list null
    e["source"] = [{"text": "China", "code": "CHN"}]
    e["target"] = []
    resolved, errors, _ = check([unit([e], text=text)])
    assert resolved[0]["events"][0]["source"]["code"] == "CHN" and resolved[0]["events"][0]["target"] is None


def test_null_code_allowed():
    text = "The U.S. Navy attacked an alleged drug smuggling boat."
    e = {"trigger": "attacked", "type": "ASSAULT", "source": {"text": "U.S. Navy", "code": "USAMIL"},
         "target": {"text": "an alleged drug smuggling boat", "code": None}}
    _, errors, _ = check([unit([e], text=text)])
    assert errors == []


def test_warnings_do_not_block():
    e = ev(cameo="085")  # CAMEO 085 maps to RETREAT in cameo.tsv
    resolved, errors, warnings = check([unit([e, dict(e)])])
    assert errors == [] and resolved
    assert any("maps to RETREAT" in w for w in warnings)
    assert any("identical events" in w for w in warnings)
    e = ev(trigger="urges", type="AGREE", action="ASSAULT", target=None,
           source={"text": "United States", "occurrence": 2, "code": "USA"})
    _, errors, warnings = check([unit([e])])
    assert errors == [] and any("THREATEN" in w for w in warnings)


def test_cli_check_writes_only_when_clean(tmp_path, capsys):
    good = write_jsonl(tmp_path / "good.jsonl", [unit([ev()])])
    out = tmp_path / "out.jsonl"
    assert tool.main(["check", str(good), "--write", str(out), "--pool", str(tmp_path / "none")]) == 0
    written = [json.loads(l) for l in out.read_text(encoding="utf-8").splitlines()]
    assert written[0]["events"][0]["trigger"]["start"] == 18
    bad = write_jsonl(tmp_path / "bad.jsonl", [unit([ev(type="NOPE")])])
    out2 = tmp_path / "out2.jsonl"
    assert tool.main(["check", str(bad), "--write", str(out2), "--pool", str(tmp_path / "none")]) == 1
    assert not out2.exists()
    assert "error: u1: event 1" in capsys.readouterr().out


def test_cli_check_reports_bad_json(tmp_path, capsys):
    path = tmp_path / "x.jsonl"
    path.write_text('{"id": "u1",\n', encoding="utf-8")
    assert tool.main(["check", str(path), "--pool", str(tmp_path)]) == 1
    assert "not JSON" in capsys.readouterr().out


# ---------------------------------------------------------------- agreement

def test_cohen_kappa():
    assert tool.cohen_kappa([]) is None
    assert tool.cohen_kappa([(1, 1), (0, 0)]) == 1.0
    assert tool.cohen_kappa([(1, 1), (1, 1)]) == 1.0
    # textbook case: po = 0.7, pe = 0.5 -> 0.4
    pairs = [(1, 1)] * 20 + [(1, 0)] * 5 + [(0, 1)] * 10 + [(0, 0)] * 15
    assert tool.cohen_kappa(pairs) == pytest.approx(0.4)


def test_match_prefers_same_type_then_overlap():
    a = [{"trigger": {"start": 0, "end": 10}, "type": "ASSAULT"},
         {"trigger": {"start": 20, "end": 25}, "type": "COERCE"}]
    b = [{"trigger": {"start": 5, "end": 22}, "type": "COERCE"},
         {"trigger": {"start": 8, "end": 9}, "type": "ASSAULT"}]
    assert tool.match_events(a, b) == [(0, 1), (1, 0)]
    assert tool.match_events(a, []) == []


def test_agreement_figures():
    t2 = "Police arrest five protesters and fire tear gas."
    t3 = "A storm hits the coast."
    src = {"text": "Police", "code": "FRACOP"}
    a = [unit([ev()]),
         unit([{"trigger": "arrest", "type": "COERCE", "mode": "arrest", "source": src,
                "target": {"text": "five protesters", "code": "FRACVL"}},
               {"trigger": "fire", "type": "ASSAULT", "source": src, "target": None}], id="u2", text=t2),
         unit([], id="u3", text=t3)]
    b = [unit([ev(target={"text": "Delcy Rodríguez", "code": "VEN"})]),
         unit([{"trigger": "arrest five", "type": "COERCE", "mode": "arrest", "source": src,
                "target": {"text": "protesters", "code": "FRACVL"}},
               {"trigger": "tear gas", "type": "ASSAULT", "mode": "crowd-control", "source": src,
                "target": None}], id="u2", text=t2),
         unit([{"trigger": "hits", "type": "ASSAULT", "source": None, "target": None, "unsure": True,
                "note": "storm?"}], id="u3", text=t3)]
    r = tool.agreement(a, b)
    assert r["units"] == 3 and r["has_event_agree"] == 2
    assert (r["events_a"], r["events_b"], r["matched"]) == (3, 4, 2)  # "fire" and "tear gas" don't overlap
    assert r["trigger_f1"] == pytest.approx(4 / 7)
    assert r["type_agree"] == 2 and r["trigger_type_f1"] == pytest.approx(4 / 7)
    assert r["source_agree"] == 2 and r["target_agree"] == 1 and r["target_country_agree"] == 2
    assert r["modality_agree"] == 2 and r["negated_agree"] == 2 and r["unsure_b"] == 1
    assert any("only B: ASSAULT 'tear gas'" in d for d in r["details"])
    assert any("only A: ASSAULT 'fire'" in d for d in r["details"])


def test_agreement_type_confusion_and_kappa():
    t = "Russia condemns the strike."
    a = [unit([{"trigger": "condemns", "type": "ACCUSE", "source": {"text": "Russia", "code": "RUS"},
                "target": None}], id="u1", text=t)]
    b = [unit([{"trigger": "condemns", "type": "REJECT", "source": {"text": "Russia", "code": "RUS"},
                "target": None}], id="u1", text=t)]
    r = tool.agreement(a, b)
    assert r["matched"] == 1 and r["type_agree"] == 0 and r["confusion"] == [(("ACCUSE", "REJECT"), 1)]
    assert r["trigger_type_f1"] == 0.0


def test_cli_agree_and_stats(tmp_path, capsys):
    a = write_jsonl(tmp_path / "a.jsonl", [unit([ev()]), unit([], id="u2", text="Nothing here.", split="dev")])
    b = write_jsonl(tmp_path / "b.jsonl", [unit([ev(type="RETREAT")]), unit([], id="u2", text="Nothing here.")])
    assert tool.main(["agree", str(a), str(b), "--details"]) == 0
    out = capsys.readouterr().out
    assert "units compared     2" in out and "type confusions    CONCEDE/RETREAT 1" in out
    assert tool.main(["stats", str(a)]) == 0
    out = capsys.readouterr().out
    assert "units 2, events 1, units with no event 1" in out
    assert "CONCEDE" in out and "dev 1 (1 without events)" in out
