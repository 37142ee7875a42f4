"""Titles before names and appositives after them (``titles.py``)."""

from __future__ import annotations

from nlp_helpers import actor_named as _actor
from spacy.language import Language


def test_titles_appositive_gives_title_and_affiliation(nlp: Language) -> None:
    doc = nlp("Elena Petrova, a senior fellow at the Institute for Regional Studies, said the plan was flawed.")
    petrova = _actor(doc, "Elena Petrova")
    assert petrova.titles == ["senior fellow"]
    assert petrova.affiliation == "Institute for Regional Studies"
    assert petrova.sector == "EDU"
    institute = _actor(doc, "Institute for Regional Studies")
    assert institute.kind == "organization"


def test_titles_appositive_with_place_possessive(nlp: Language) -> None:
    doc = nlp("Daniel Okafor, an analyst at Washington's Brookings Institution, said the deal was fragile.")
    okafor = _actor(doc, "Daniel Okafor")
    assert okafor.titles == ["analyst"]
    assert okafor.affiliation == "Brookings Institution"
    assert (okafor.country, okafor.sector) == ("USA", "EDU")
    assert _actor(doc, "Brookings Institution").kind == "organization"
    washington = _actor(doc, "Washington")
    assert washington.kind == "place"


def test_titles_capitalised_title_before_name(nlp: Language) -> None:
    doc = nlp("Senator Paul Whitcombe criticized the bill on Monday.")
    whitcombe = _actor(doc, "Paul Whitcombe")
    assert whitcombe.titles == ["Senator"]
    assert whitcombe.sector == "LEG"
    assert [doc.text[s:e] for s, e in whitcombe.mentions] == ["Paul Whitcombe"]


def test_titles_no_appositive_no_title(nlp: Language) -> None:
    doc = nlp("Thomas Berger arrived in Berlin on Monday.")
    berger = _actor(doc, "Thomas Berger")
    assert berger.titles == []
    assert berger.affiliation is None


def test_titles_lower_case_role_after_a_demonym(nlp: Language) -> None:
    doc = nlp("On Tuesday, Nigerian junior foreign minister Dubem Oniya met reporters.")
    oniya = _actor(doc, "Dubem Oniya")
    assert oniya.titles == ["Nigerian junior foreign minister"]
    assert (oniya.country, oniya.sector) == ("NGA", "GOV")


def test_titles_lower_case_noun_alone_is_no_title(nlp: Language) -> None:
    doc = nlp("The report quoted minister Dubem Oniya at length.")
    assert _actor(doc, "Dubem Oniya").titles == []


def test_titles_name_after_a_title_is_a_person_even_if_tagged_org(nlp: Language) -> None:
    doc = nlp("Vice-President Moody Awori has declined to resign.")
    awori = _actor(doc, "Moody Awori")
    assert awori.kind == "person" and awori.titles == ["Vice-President"]


def test_titles_an_international_body_before_the_title_is_whom_the_person_acts_for(nlp: Language) -> None:
    doc = nlp("U.N. mediator Diego Cordovez met Afghan rebel leaders, Defense Secretary William Perry said.")
    cordovez = _actor(doc, "Diego Cordovez")
    assert (cordovez.titles, cordovez.affiliation, cordovez.code, cordovez.country) == (
        ["U.N. mediator"], "United Nations", "IGOUNO", None)  # not the dictionary's later Ecuadorian post
    doc = nlp("The troops arrived in Bosnia, Defense Secretary William Perry said.")
    assert _actor(doc, "William Perry").titles == ["Defense Secretary"]  # the comma ends the title


def test_titles_lower_case_title_after_an_organisation(nlp: Language) -> None:
    """The office words between the body and the title are part of the title; the holder takes
    the body's country and sector (a party spokesman speaks for the party, not the government)."""
    doc = nlp("Tory foreign affairs spokesman Michael Ancram said the plan was wrong.")
    ancram = _actor(doc, "Michael Ancram")
    assert ancram.titles == ["Tory foreign affairs spokesman"]
    assert (ancram.affiliation, ancram.country, ancram.sector) == ("Conservative Party", "GBR", "PTY")
    doc = nlp("White House spokesman Tom Alder said the plan was wrong.")
    alder = _actor(doc, "Tom Alder")
    assert (alder.titles, alder.country, alder.sector) == (["White House spokesman"], "USA", "GOV")


def test_titles_no_body_before_a_lower_case_role_no_title(nlp: Language) -> None:
    doc = nlp("The old spokesman Tom Alder said the plan was wrong.")
    assert _actor(doc, "Tom Alder").titles == []
