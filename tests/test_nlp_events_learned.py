"""The learned trigger coder's policies and the role model's features, on hand-built parses
with the typer's guesses set by hand (so each test says exactly what the typer thought), and
the shipped models end to end on plain sentences."""

from __future__ import annotations

import pytest
from nlp_helpers import parsed

from newsgraph.errors import NewsgraphError
from newsgraph.extraction import extract
from newsgraph.lexicons.events import load_events
from newsgraph.nlp.events.learned import Guess, LearnedTriggerCoder
from newsgraph.nlp.events.roles import Candidate, _path, features
from newsgraph.nlp.extensions import ActorInfo, EventInfo, register

STRIKE = """
Israel Israel PROPN NNP nsubj 1
struck strike VERB VBD ROOT 1
Gaza Gaza PROPN NNP dobj 1
"""


def _coder(policy: str, doc, guesses: dict[int, Guess], **kw) -> LearnedTriggerCoder:  # type: ignore[no-untyped-def]
    coder = LearnedTriggerCoder(policy="rules")
    coder.policy, coder._doc, coder._guesses, coder._lexical = policy, doc, guesses, {}
    for name, value in kw.items():
        setattr(coder, name, value)
    return coder


def _guess(plover: str, event: float, type_score: float | None = None) -> Guess:
    return Guess(plover, event, {plover: event if type_score is None else type_score})


def test_unknown_policy_is_a_clear_error() -> None:
    with pytest.raises(NewsgraphError, match="unknown event coder policy"):
        LearnedTriggerCoder(policy="magic")


def test_every_type_has_a_general_code() -> None:
    coder = LearnedTriggerCoder(policy="rules")
    kinds = {code.plover for code in load_events().codes() if code.plover}
    assert {t: coder.default_code(t).plover for t in kinds} == {t: t for t in kinds}  # type: ignore[union-attr]


def test_model_policy_follows_the_typer_not_the_lexicon() -> None:
    doc = parsed(STRIKE)
    struck = doc[1]
    assert _coder("model", doc, {1: _guess("ASSAULT", 0.9)}).code(struck, set()).plover == "ASSAULT"  # type: ignore[union-attr]
    assert _coder("model", doc, {1: _guess("ASSAULT", 0.1)}).code(struck, set()) is None
    assert _coder("rules", doc, {1: _guess("ASSAULT", 0.1)}).code(struck, set()).plover == "ASSAULT"  # type: ignore[union-attr]


def test_combined_keeps_the_lexicon_where_the_typer_is_unsure() -> None:
    doc = parsed(STRIKE)
    unsure = _coder("combined", doc, {1: _guess("ASSAULT", 0.1)}, veto=0.0)
    assert unsure.code(doc[1], set()).plover == "ASSAULT"  # type: ignore[union-attr]
    vetoed = _coder("combined", doc, {1: _guess("ASSAULT", 0.01)}, veto=0.05)
    assert vetoed.code(doc[1], set()) is None


def test_combined_never_retypes_the_lexicon_but_the_model_policy_does() -> None:
    doc = parsed(STRIKE)
    sure_coerce = {1: _guess("COERCE", 0.99)}
    assert _coder("combined", doc, sure_coerce).code(doc[1], set()).plover == "ASSAULT"  # type: ignore[union-attr]
    code = _coder("model", doc, sure_coerce).code(doc[1], set())
    assert code is not None and code.plover == "COERCE" and code.code == "170"  # the type's general code


def test_quoted_words_are_no_trigger_for_the_typer_either() -> None:
    doc = parsed(STRIKE)
    assert _coder("model", doc, {1: _guess("ASSAULT", 0.99)}).code(doc[1], {1}) is None


def test_provenance_says_who_decided() -> None:
    doc = parsed(STRIKE)
    code = load_events().cameo("190")
    sure, unsure = _coder("combined", doc, {1: _guess("ASSAULT", 0.9)}), _coder("combined", doc, {1: _guess("ASSAULT", 0.2)})
    sure.code(doc[1], set()), unsure.code(doc[1], set())  # the finder asks for the code first
    assert sure.provenance(doc[1], code)[0] == "rules+model"  # type: ignore[arg-type]
    assert unsure.provenance(doc[1], code) == ("rules", 0.2)  # type: ignore[arg-type]
    assert LearnedTriggerCoder(policy="rules").provenance(doc[1], code) == ("rules", None)  # type: ignore[arg-type]


def test_role_features_read_the_path_the_preposition_and_the_rules_choice() -> None:
    register()
    doc = parsed("""
strikes strike NOUN NNS nsubj 5
by by ADP IN prep 0
Israel Israel PROPN NNP pobj 1
on on ADP IN prep 0
Gaza Gaza PROPN NNP pobj 3
continue continue VERB VBP ROOT 5
""")
    doc._.actors = [ActorInfo("isr", "Israel", "country", country="ISR", code="ISR", mentions=[(11, 17)])]
    event = EventInfo(trigger=(0, 7), sentence=(0, len(doc.text)), cameo=load_events().cameo("190"), source=0)  # type: ignore[arg-type]
    assert _path(doc[0], doc[2]) == "vprep:by_vpobj"
    words = features(doc, doc[0], event, Candidate(0, doc[2]))
    assert {"prep=by", "side=R", "rule=SOURCE", "type=ASSAULT", "kind=country"} <= set(words)


def test_shipped_models_code_a_plain_strike() -> None:
    record = extract("Israeli airstrikes across the Gaza Strip killed at least 26 Palestinians on Monday.").to_dict()
    assault = [e for e in record["events"] if e["plover"] == "ASSAULT"]
    assert assault and assault[0]["coder"] in ("model", "rules+model") and 0.5 <= assault[0]["score"] <= 1


def test_rules_policy_gives_unscored_records() -> None:
    from newsgraph.nlp.pipeline import build_nlp

    nlp = build_nlp(event_coder="rules")
    doc = nlp("Russia attacked Ukraine on Monday.")
    assert doc._.events and all(e.coder == "rules" and e.score is None for e in doc._.events)
