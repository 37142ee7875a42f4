"""The event lexicon (cameo.tsv, event_verbs.tsv, event_nouns.tsv) and its loader."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from newsgraph.lexicons.events import PLOVER_TYPES, EventLexicon, _lines, load_events

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path("/work/shared/ontologies")


@pytest.fixture(scope="module")
def lex() -> EventLexicon:
    return load_events()


def _plover(lex: EventLexicon, code) -> tuple[str | None, str | None]:
    assert code is not None
    return code.plover, code.plover_mode


# -- cameo.tsv ------------------------------------------------------------------------------

def test_lexicons_events_every_cameo_code_present(lex):
    codes = lex.codes()
    assert len(codes) == 318
    assert len({c.code for c in codes}) == 318
    assert {c.root for c in codes} == {f"{n:02d}" for n in range(1, 21)}


def test_lexicons_events_quad_class_from_root(lex):
    for code in lex.codes():
        root = int(code.root)
        expected = 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4
        assert code.quad_class == expected, code


def test_lexicons_events_plover_types_are_the_sixteen(lex):
    assert len(PLOVER_TYPES) == 16
    used = {c.plover for c in lex.codes()}
    assert used - {None} == set(PLOVER_TYPES)
    assert all(c.plover is None for c in lex.codes() if c.root == "01")
    assert all(c.plover == "REQUEST" for c in lex.codes() if c.root in ("02", "10"))


def test_lexicons_events_plover_modes_belong_to_their_type(lex):
    import json
    path = SHARED / "plover" / "plover_ontology.json"
    if not path.exists():
        pytest.skip("shared ontology not available")
    modes = {e["event"]: {m["mode"] for m in e["modes"]}
             for e in json.loads(path.read_text(encoding="utf-8"))["event_types"]}
    for code in lex.codes():
        if code.plover_mode:
            assert code.plover_mode in modes[code.plover], code


def test_lexicons_events_documented_choices(lex):
    assert _plover(lex, lex.cameo("163")) == ("SANCTION", "discontinue")  # not COERCE
    assert _plover(lex, lex.cameo("041")) == ("CONSULT", "phone")
    assert _plover(lex, lex.cameo("042")) == ("CONSULT", "visit")
    assert _plover(lex, lex.cameo("043")) == ("CONSULT", "visit")
    assert _plover(lex, lex.cameo("044")) == ("CONSULT", "third-party")
    assert _plover(lex, lex.cameo("166")) == ("SANCTION", "expel")
    assert _plover(lex, lex.cameo("174")) == ("COERCE", "deport")
    assert lex.cameo("172").plover == "COERCE"
    assert lex.cameo("1312").plover == "THREATEN"
    assert lex.cameo("080").plover == "CONCEDE" and lex.cameo("0841").plover == "RETREAT"
    assert lex.cameo("163").goldstein == -8.0 and lex.cameo("176").goldstein is None


def test_lexicons_events_plover_of_inherits_from_parents(lex):
    assert lex.plover_of("1952") == ("ASSAULT", "drone")
    assert lex.plover_of("0419") == ("CONSULT", "phone")  # not a CAMEO code: parent 041
    assert lex.plover_of("155") == ("MOBILIZE", None)  # not in the crosswalk: from root 15
    assert lex.plover_of("010") == (None, None)
    assert lex.cameo("9999") is None


# -- verbs ------------------------------------------------------------------------------------

def test_lexicons_events_every_verb_and_noun_code_exists(lex):
    known = {c.code for c in lex.codes()}
    verbs = [line.split("\t") for line in _lines("event_verbs.tsv")[1:]]
    assert len(verbs) > 50_000
    assert all(len(cells) == 4 for cells in verbs)
    assert {cells[2] for cells in verbs} <= known | {"-"}
    assert all(cells[3] == "newsgraph" for cells in verbs if cells[2] == "-")  # our vetoes only
    assert {cells[3] for cells in verbs} == {"newsgraph", "petrarch2"}
    nouns = [line.split("\t") for line in _lines("event_nouns.tsv")[1:]]
    assert 40 <= len(nouns) <= 120
    assert {cells[1] for cells in nouns} <= known


def test_lexicons_events_verb_patterns_are_well_formed(lex):
    for line in _lines("event_verbs.tsv")[1:]:
        lemma, pattern, _, _ = line.split("\t")
        assert lemma == lemma.lower() and lemma.strip() == lemma
        assert pattern == "" or pattern.startswith(("obj:", "adv:", "prep:")), line
        assert pattern.count(":") <= 2, line


def test_lexicons_events_curated_rows_say_each_thing_once():
    """Among equal rules the first curated row wins, so a second one for the same verb and
    pattern is dead text that contradicts or repeats it."""
    curated = [tuple(line.split("\t")[:2]) for line in _lines("event_verbs.tsv")[1:] if line.endswith("\tnewsgraph")]
    assert len(curated) == len(set(curated))


def test_lexicons_events_curated_rules_come_first(lex):
    rules = lex.verb_rules("meet")
    assert rules[0].source == "newsgraph" and rules[-1].source == "petrarch2"
    assert any(r.pattern == "" for r in rules)


@pytest.mark.parametrize("lemma, objects, preps, code, plover, mode", [
    ("meet", [], [], "040", "CONSULT", None),
    ("meet", [], [("at", "kremlin")], "040", "CONSULT", None),  # PETRARCH2 says 036; we don't
    ("call", ["obama"], [], "041", "CONSULT", "phone"),
    ("call", [], [("on", "russia")], "020", "REQUEST", None),
    ("visit", ["moscow"], [], "042", "CONSULT", "visit"),
    ("host", [], [], "043", "CONSULT", "visit"),
    ("expel", [], [], "166", "SANCTION", "expel"),
    ("expel", ["diplomats"], [], "166", "SANCTION", "expel"),
    ("deport", [], [], "174", "COERCE", "deport"),
    ("impose", ["sanctions"], [], "163", "SANCTION", "discontinue"),
    ("impose", ["sanction"], [("on", "russia")], "163", "SANCTION", "discontinue"),
    ("urge", [], [], "020", "REQUEST", None),
    ("threaten", [], [], "130", "THREATEN", None),
    ("threaten", [], [("with", "sanctions")], "1312", "THREATEN", "restrict"),
    ("accuse", [], [], "112", "ACCUSE", "disapprove"),
    ("sign", ["agreement"], [], "057", "SUPPORT", None),
    ("withdraw", ["troops"], [], "0874", "RETREAT", "withdraw"),
    ("pull", [], [("back", None)], "0874", "RETREAT", "withdraw"),
    ("release", ["prisoners"], [], "0841", "RETREAT", "release"),
    ("deploy", ["troops"], [], "154", "MOBILIZE", "troops"),
    ("attack", [], [], "190", "ASSAULT", None),
    ("arrest", [], [], "173", "COERCE", "arrest"),
    ("force", ["refugees"], [("out", None)], "174", "COERCE", "deport"),
    ("ignore", ["ruling"], [], "128", "REJECT", "yield"),
])
def test_lexicons_events_code_verb(lex, lemma, objects, preps, code, plover, mode):
    found = lex.code_verb(lemma, objects, preps)
    assert found is not None and found.code == code
    assert (found.plover, found.plover_mode) == (plover, mode)


def test_lexicons_events_adverb_patterns(lex):
    assert lex.code_verb("speak", [], [("of", "trump")], ("highly",)).code == "051"  # "spoke highly of"
    assert lex.code_verb("speak", [], [("of", "trump")], ("ill",)).code == "111"
    assert lex.code_verb("speak", [], [("of", "trump")]) is None  # PETRARCH's bare default is not used


def test_lexicons_events_code_verb_roots(lex):
    assert lex.code_verb("meet", [], []).root == "04"
    assert lex.code_verb("urge", [], []).root == "02"
    assert lex.code_verb("threaten", [], []).root == "13"
    assert lex.code_verb("Accuse", [], []).code == "112"


def test_lexicons_events_code_verb_most_specific_wins(lex):
    # prep:WORD:OBJ beats obj:WORD beats the default; PETRARCH's bare group defaults are off
    assert lex.code_verb("impose", [], []) is None
    assert lex.code_verb("impose", ["sanctions"], []).code == "163"
    assert lex.code_verb("impose", ["curfew"], []).code == "1723"
    assert lex.code_verb("agree", [], [("to", "ceasefire")]).code == "0871"
    assert lex.code_verb("agree", [], []).code == "030"


def test_lexicons_events_code_verb_without_rule_is_none(lex):
    assert lex.code_verb("grow", [], []) is None  # PETRARCH2 block with code ---
    assert lex.code_verb("frobnicate", ["x"], [("to", "y")]) is None
    assert lex.code_verb("release", ["prisoner"], []).code == "0841"  # curated object rule


def test_lexicons_events_what_a_passive_is_done_to_selects_curated_rows_only(lex):
    assert lex.code_verb("impose", [], [("on", "iran")], (), ["sanctions"]).code == "163"  # "sanctions were imposed"
    assert lex.code_verb("commit", [], [], (), ["crime"]) is None  # PETRARCH2's obj:crime row reads objects only
    assert lex.code_verb("commit", ["crime"], []).code == "180"


# -- nouns ----------------------------------------------------------------------------------

@pytest.mark.parametrize("noun, code, plover", [
    ("talks", "046", "CONSULT"), ("Talks", "046", "CONSULT"), ("talk", "046", "CONSULT"),
    ("sanctions", "163", "SANCTION"), ("sanction", "163", "SANCTION"),
    ("visit", "042", "CONSULT"), ("phone call", "041", "CONSULT"),
    ("expulsion", "166", "SANCTION"), ("invasion", "192", "COERCE"),
    ("ceasefire", "0871", "RETREAT"), ("threat", "130", "THREATEN"),
])
def test_lexicons_events_noun(lex, noun, code, plover):
    found = lex.noun(noun)
    assert found is not None and (found.code, found.plover) == (code, plover)


def test_lexicons_events_noun_unknown(lex):
    assert lex.noun("weather") is None


# -- the build script --------------------------------------------------------------------------

def test_lexicons_events_build_script_is_deterministic(tmp_path, monkeypatch):
    if not (SHARED / "cameo" / "cameo_event_codes.csv").exists():
        pytest.skip("shared ontology sources not available")
    spec = importlib.util.spec_from_file_location("build_event_lexicon",
                                                  ROOT / "scripts" / "build_event_lexicon.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    lexicons = ROOT / "src" / "newsgraph" / "lexicons"
    for name in ("cameo.tsv", "event_verbs.tsv"):
        (tmp_path / name).write_bytes((lexicons / name).read_bytes())
    monkeypatch.setattr(module, "LEXICONS", tmp_path)
    assert module.main(["--shared", str(SHARED.parent)]) == 0
    for name in ("cameo.tsv", "event_verbs.tsv"):
        assert (tmp_path / name).read_bytes() == (lexicons / name).read_bytes(), name


def test_lexicons_events_files_carry_attribution():
    lexicons = ROOT / "src" / "newsgraph" / "lexicons"
    verbs_head = (lexicons / "event_verbs.tsv").read_text(encoding="utf-8")[:4000]
    assert "MIT License" in verbs_head and "Open Event Data" in verbs_head
    cameo_head = (lexicons / "cameo.tsv").read_text(encoding="utf-8")[:3000]
    assert "CC BY-SA 4.0" in cameo_head and "PLOVER" in cameo_head


def test_lexicons_events_refusals_are_rejections_of_cooperation(lex):
    rows = [line.split("\t") for line in _lines("cameo_refusals.tsv")[1:]]
    assert rows and all(lex.cameo(refusal).root == "12" for _, refusal in rows)
    assert lex.refusal("043").code == "125"  # attend a meeting: the longest prefix, 04
    assert lex.refusal("0571").code == "127"  # sign a formal agreement
    assert lex.refusal("190") is None and lex.refusal("020") is None  # no refusal of a fight or an appeal


def test_lexicons_events_halts_are_reductions_of_relations(lex):
    rows = [line.split("\t") for line in _lines("cameo_halts.tsv")[1:]]
    assert rows and all(lex.cameo(halt).root == "16" and lex.cameo(halt).plover == "SANCTION" for _, halt in rows)
    assert lex.halt("046").code == "164" and lex.halt("045").code == "165"  # negotiations, mediation
    assert lex.halt("0731").code == "1623"  # humanitarian aid, by its longest prefix
    assert lex.halt("190") is None  # stopping a fight is no sanction
    assert lex.modality("halting", "halt") == "negated" and lex.modality("halting", "end") == "negated"


def test_lexicons_events_modality_words(lex):
    assert lex.modality("modal", "must") == "demanded" and lex.modality("modal", "Will") == "intended"
    assert lex.modality("adjective", "willing") == "intended" and lex.modality("verb", "fail") == "negated"
    assert lex.modality("adjective", "say") is None
    assert lex.modality("proposing", "suggest") == "asserted" and lex.modality("occurrence", "take") == "asserted"
    assert lex.modality("haven", "refuge") == "asserted" and lex.modality("haven", "aid") is None


def test_lexicons_events_opening_a_hearing_is_investigating(lex):
    assert lex.code_verb("open", ["hearing"], [("into", "legality")]).code == "090"
    assert lex.code_verb("open", ["investigation"], []).code == "090"  # PETRARCH2's row, kept


@pytest.mark.parametrize("verb, code", [("lambast", "111"), ("chide", "111"), ("applaud", "051"), ("wound", "180")])
def test_lexicons_events_praise_criticism_and_wounding_verbs_are_curated_whole(lex, verb: str, code: str):
    assert lex.code_verb(verb, [], []).code == code


def test_lexicons_events_an_aid_package_is_aid_and_launching_an_effort_is_no_appeal(lex):
    assert lex.noun("aid package").code == "070" and lex.noun("mediation effort").code == "045"
    assert lex.code_verb("launch", ["effort"], []) is None  # the effort's own noun codes it


@pytest.mark.parametrize("verb, objects, preps", [
    ("want", [], [("on", "charge")]),        # "wanted at home on treason charges" is no attack
    ("take", [], [("over", None)]),           # "until a new government takes over" is no investigation
    ("set", ["fire"], [("to", "mattress")]),  # "setting fire to" is no ceasefire
    ("continue", ["effort"], []),             # "continued their effort to overthrow" is no cooperation
    ("control", ["afghanistan"], [("for", "support")]),  # "controls Afghanistan for …" is no visit
])
def test_lexicons_events_petrarch_patterns_that_misfire_in_prose_are_vetoed(lex, verb, objects, preps):
    assert lex.code_verb(verb, objects, preps) is None


def test_lexicons_events_doers_recode_to_existing_codes(lex):
    assert lex.by_doer("CONSULT", {"nato", "peacekeeping", "troop"}).code == "074"  # first row found wins
    assert lex.by_doer("CONSULT", {"russian", "troop"}).plover == "MOBILIZE"
    assert lex.by_doer("CONSULT", {"kerry"}) is None and lex.by_doer("ASSAULT", {"troop"}) is None
    assert all(lex.cameo(code) is not None for _, _, code in lex._doers)


@pytest.mark.parametrize("verb, objects, preps, code", [
    ("dare", ["turk"], [], "130"), ("bolster", ["military"], [], "072"), ("jab", [], [("at", "complaints")], "111"),
    ("attend", [], [], "040"), ("attend", ["funeral"], [], "017"), ("withdraw", ["inspectors"], [], "1662"),
])
def test_lexicons_events_curated_challenges_military_aid_attendance_and_withdrawals(lex, verb, objects, preps, code):
    assert lex.code_verb(verb, objects, preps).code == code


@pytest.mark.parametrize("prep", ["against", "about", "at"])
def test_lexicons_events_railing_against_is_criticism(lex, prep: str):
    assert lex.code_verb("rail", [], [(prep, "propensity")]).code == "111"
    assert lex.code_verb("rail", [], []) is None  # a rail is no verb of its own


def test_lexicons_events_words_of_judgement(lex):
    assert lex.judgement("naive").code == "111" and lex.judgement("Quack").plover == "ACCUSE"
    assert lex.judgement("visionary").code == "051" and lex.judgement("constructive").plover == "SUPPORT"
    assert lex.judgement("strong") is None  # judges nothing of itself
    rows = [line.split("\t") for line in _lines("evaluations.tsv")[1:]]
    assert rows and all(polarity in ("positive", "negative", "remark", "act", "worry") for _, polarity in rows)
    assert lex.remark("word") and lex.remark("assessment") and lex.judgement("word") is None
    assert not lex.remark("naive")
    assert lex.deed("action") and lex.deed("Move") and not lex.deed("word")
