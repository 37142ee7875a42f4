"""Rule-based coreference (``coref.py``): surnames, titles, groups and pronouns."""

from __future__ import annotations

from nlp_helpers import actor_named as _actor
from nlp_helpers import mention_texts as _mentions
from spacy.language import Language


def test_coref_surname_joins_full_name(nlp: Language) -> None:
    doc = nlp("Senator Paul Whitcombe criticized the bill on Monday. Whitcombe said it would raise costs. "
              "Later, Whitcombe told reporters he would vote against it.")
    whitcombe = _actor(doc, "Paul Whitcombe")
    assert _mentions(doc, whitcombe) == ["Paul Whitcombe", "Whitcombe", "Whitcombe", "he"]
    assert not [a for a in doc._.actors if a.name == "Whitcombe"]


def test_coref_surname_tagged_org_joins_person(nlp: Language) -> None:
    text = "Harry Reid criticized Donald Trump on Monday. Trump responded on Twitter within hours."
    doc = nlp(text)
    trump = _actor(doc, "Donald Trump")
    assert _mentions(doc, trump) == ["Donald Trump", "Trump"]
    assert all(a.name != "Trump" for a in doc._.actors)


def test_coref_surname_spacy_org_becomes_person_mention(nlp: Language) -> None:
    # "Trump" alone is an ORG for the small model here; the later full name claims it.
    doc = nlp('Harry Reid, who called Trump a "con artist" last year, met Donald Trump on Monday.')
    assert [e.label_ for e in doc.ents if e.text == "Trump"] == ["ORG"]  # the premise of this test
    trump = [a for a in doc._.actors if "Trump" in a.name]
    assert len(trump) == 1, [(a.name, a.kind) for a in doc._.actors]
    assert trump[0].kind == "person"
    assert _mentions(doc, trump[0]) == ["Trump", "Donald Trump"]


def test_coref_demonym_title_joins_holder(nlp: Language) -> None:
    doc = nlp("Russian President Vladimir Putin spoke with Obama on Friday. The Russian president said the crisis must end.")
    putin = _actor(doc, "Vladimir Putin")
    assert putin.titles == ["Russian President"]
    assert putin.country == "RUS"
    assert _mentions(doc, putin) == ["Vladimir Putin", "The Russian president"]


def test_coref_title_of_country_joins_holder(nlp: Language) -> None:
    doc = nlp("Russian President Vladimir Putin spoke on Friday. The president of Russia also called for talks.")
    putin = _actor(doc, "Vladimir Putin")
    assert "The president of Russia" in _mentions(doc, putin)


def test_coref_unnamed_official_gets_own_actor(nlp: Language) -> None:
    doc = nlp("The Russian president said the crisis must end.")
    official = _actor(doc, "Russian president")
    assert (official.kind, official.country, official.sector) == ("person", "RUS", "GOV")
    assert _mentions(doc, official) == ["The Russian president"]


def test_coref_indefinite_title_refers_to_no_one(nlp: Language) -> None:
    doc = nlp("Russian President Vladimir Putin spoke on Friday. A former diplomat said the plan would fail.")
    putin = _actor(doc, "Vladimir Putin")
    assert _mentions(doc, putin) == ["Vladimir Putin"]
    owners = doc._.actor_of_token
    assert not any(t.i in owners for t in doc if t.lower_ in ("former", "diplomat"))


def test_coref_pronoun_to_nearest_person(nlp: Language) -> None:
    doc = nlp("Thomas Berger met reporters on Monday. Anna Keller arrived later. She said the talks had failed.")
    keller = _actor(doc, "Anna Keller")
    assert _mentions(doc, keller) == ["Anna Keller", "She"]
    assert _mentions(doc, _actor(doc, "Thomas Berger")) == ["Thomas Berger"]


def test_coref_names_inside_quotes_are_not_antecedents(nlp: Language) -> None:
    doc = nlp('Anna Keller spoke on Monday. "I talked to Thomas Berger," she said.')
    keller = _actor(doc, "Anna Keller")
    assert _mentions(doc, keller) == ["Anna Keller", "she"]
    assert _mentions(doc, _actor(doc, "Thomas Berger")) == ["Thomas Berger"]


def test_coref_groups_subject_before_and_after_verb(nlp: Language) -> None:
    doc = nlp('Experts warned that prices would rise. "It is too late," said the analysts.')
    experts = _actor(doc, "experts")
    analysts = _actor(doc, "analysts")
    assert experts.kind == analysts.kind == "group"
    assert _mentions(doc, experts) == ["Experts"]
    assert _mentions(doc, analysts) == ["the analysts"]


def test_coref_group_only_as_agent(nlp: Language) -> None:
    doc = nlp("The minister met experts on Monday.")
    assert all(a.kind != "group" for a in doc._.actors)


def test_coref_regional_group_gets_a_region_code(nlp: Language) -> None:
    doc = nlp("Tony Blair is urging European leaders to act.")
    group = _actor(doc, "European leaders")
    assert (group.kind, group.country, group.code) == ("group", None, "EURGOV")


def test_coref_family_name_first_joins_full_name(nlp: Language) -> None:
    doc = nlp("China's finance minister, Lou Jiwei, spoke on Monday. Mr. Lou said steel exports would fall.")
    lou = _actor(doc, "Lou Jiwei")
    assert "Lou" in _mentions(doc, lou)
    assert all(a.name != "Lou" for a in doc._.actors)


def test_coref_official_met_by_title_is_the_one_later_named_with_it(nlp: Language) -> None:
    doc = nlp("The Chinese finance minister spoke on Monday. The finance minister, Lou Jiwei, "
              "suggested that foreign officials should curb their complaints.")
    lou = _actor(doc, "Lou Jiwei")
    assert lou.country == "CHN" and "finance minister" in lou.titles
    assert "The Chinese finance minister" in _mentions(doc, lou)
    assert "suggested" not in lou.titles  # a verb after the name's comma is no appositive


def test_coref_lower_case_person_entity_is_no_name(nlp: Language) -> None:
    doc = nlp("The Chinese finance minister jabbed back on Monday at complaints from Washington.")
    assert all(a.name != "jabbed" for a in doc._.actors)


def test_coref_an_abbreviation_defined_in_brackets_names_the_same_actor(nlp: Language) -> None:
    doc = nlp("The Ogaden Liberation Council (OLC) met on Monday. Later the OLC rejected the offer.")
    council = _actor(doc, "Ogaden Liberation Council")
    assert _mentions(doc, council) == ["Ogaden Liberation Council", "OLC", "OLC"]
    assert not [a for a in doc._.actors if a.name == "OLC"]


def test_coref_a_demonym_on_a_plural_thing_is_no_group_of_people(nlp: Language) -> None:
    doc = nlp("Palestinian riots against Israeli policies continued. Iraqi Kurds protested. French paper workers marched.")
    names = {a.name for a in doc._.actors if a.kind == "group"}
    assert "Palestinian riots" not in names and "Israeli policies" not in names
    assert {"Iraqi Kurds", "French paper workers"} <= names


def test_coref_a_role_on_a_collective_noun_makes_a_located_group(nlp: Language) -> None:
    doc = nlp("Opposition groups in Zimbabwe are demanding that President Mugabe abandon the policy.")
    groups = [a for a in doc._.actors if a.kind == "group"]
    assert [(a.name, a.country, a.sector) for a in groups] == [("Opposition groups", "ZWE", "OPP")]


def test_coref_a_sector_word_between_demonym_and_role_is_the_bodys_sector(nlp: Language) -> None:
    doc = nlp("Afghan rebel leaders said on Wednesday they would meet the mediator.")
    [leaders] = [a for a in doc._.actors if a.kind == "group"]
    assert (leaders.name, leaders.country, leaders.sector) == ("Afghan rebel leaders", "AFG", "REB")


def test_coref_an_unnamed_official_who_acts_is_an_actor_one_describing_a_name_is_not(nlp: Language) -> None:
    doc = nlp("An Argentine judge has ordered Carlos Menem to appear. Erna Solberg, a former Norwegian diplomat, agreed.")
    judges = [a for a in doc._.actors if a.name == "Argentine judge"]
    assert [(a.country, a.sector) for a in judges] == [("ARG", "JUD")]
    assert not [a for a in doc._.actors if a.name == "Norwegian diplomat"]


def test_coref_a_group_of_people_acts_as_them(nlp: Language) -> None:
    doc = nlp("A group of refugees began a hunger strike in protest of the Russian government's refusal.")
    [group] = [a for a in doc._.actors if a.sector == "REF"]
    assert _mentions(doc, group) == ["A group of refugees"]


def test_coref_a_pronoun_opening_a_sentence_continues_the_last_sentences_subject(nlp: Language) -> None:
    doc = nlp("This year, Vladimir Putin rose to the defense of Sepp Blatter, the president of FIFA. "
              "And he even praised Donald Trump.")
    assert "he" in _mentions(doc, _actor(doc, "Vladimir Putin"))
    assert "he" not in _mentions(doc, _actor(doc, "Sepp Blatter"))
    doc = nlp("Paul Whitcombe spoke on Monday. Reporters later met Anna Berg. She said the bill would fail.")
    assert "She" in _mentions(doc, _actor(doc, "Anna Berg"))  # a later sentence's person is nearer than any subject


def test_coref_officials_in_a_leaders_administration_are_that_countrys(nlp: Language) -> None:
    doc = nlp("Officials in the Obama administration have pressed for airstrikes.")
    [group] = [a for a in doc._.actors if a.kind == "group"]
    assert (group.name, group.country, group.sector) == ("Officials", "USA", "GOV")
