"""Coding conventions (``coding.tsv``) and rule words (``words.tsv``): well-formed data that
the event rules read by name, and the lookups that serve them."""

from __future__ import annotations

import pytest

from newsgraph.lexicons import load
from newsgraph.lexicons.events import PLOVER_TYPES, load_events

#: Sector codes of docs/lexicons.md, and those CAMEO uses for people's roles (ELI elites).
SECTORS = {"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "IGO", "NGO", "BUS", "MED", "EDU", "PTY", "CVL", "REB", "OPP",
           "REF", "LAB", "AGR", "REL", "ELI"}


def _rows() -> list[dict[str, str]]:
    from newsgraph.lexicons.events import _table

    return _table("coding.tsv")


@pytest.mark.parametrize("row", _rows(), ids=lambda r: f"{r['rule']}:{r['value']}")
def test_coding_values_are_what_their_kind_says(row: dict[str, str]) -> None:
    lex = load_events()
    kind, value = row["kind"], row["value"]
    if kind == "plover":
        assert value in PLOVER_TYPES
    elif kind == "cameo":
        assert any(code.code.startswith(value) for code in lex.codes())
    elif kind == "code":
        assert lex.cameo(value) is not None
    else:
        assert kind == "sector" and value in SECTORS


def test_convention_lookups() -> None:
    lex = load_events()
    assert "CONSULT" in lex.convention("symmetric") and "057" in lex.convention("symmetric")
    assert lex.convention_code("intent").code == "030" and lex.convention_code("threat").root == "13"
    assert lex.judgement("naive").code == lex.convention_code("criticism").code
    with pytest.raises(KeyError):
        lex.convention("no such rule")


def test_words_by_role() -> None:
    lex = load()
    assert "statement" in lex.words("statement") and "mr" in lex.words("honorific")
    assert lex.words("commitment_verb") == {"commit"}
    with pytest.raises(KeyError):
        lex.words("no such role")


def test_every_rule_word_is_lower_case() -> None:
    from newsgraph.lexicons import _rows as rows

    assert all(row["word"] == row["word"].lower() for row in rows("words.tsv"))


def test_demonym_is_an_adjective_only() -> None:
    lex = load()
    assert lex.demonym("Russian").iso3 == "RUS"
    assert lex.demonym("Russia") is None and lex.demonym("Russians") is None and lex.demonym("table") is None
