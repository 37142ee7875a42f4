"""``newsgraph_actors``: actors from spaCy's entities and the lexicon, one per entity."""

from __future__ import annotations

from nlp_helpers import actor_named as _actor
from nlp_helpers import mention_texts as _mentions
from spacy.language import Language


def test_actors_title_and_demonym_before_name(nlp: Language) -> None:
    doc = nlp("German Foreign Minister Anna Keller met her counterparts in Vilnius on Tuesday.")
    keller = _actor(doc, "Anna Keller")
    assert keller.kind == "person"
    assert keller.titles == ["German Foreign Minister"]
    assert keller.country == "DEU"
    assert keller.sector == "GOV"
    assert _mentions(doc, keller)[0] == "Anna Keller"
    vilnius = _actor(doc, "Vilnius")
    assert (vilnius.kind, vilnius.country) == ("place", "LTU")


def test_actors_seat_of_power_kremlin(nlp: Language) -> None:
    doc = nlp("The Kremlin said the talks had been constructive.")
    kremlin = _actor(doc, "Kremlin")
    assert (kremlin.kind, kremlin.country, kremlin.sector, kremlin.org_type) == ("government", "RUS", "GOV", "government")
    assert _mentions(doc, kremlin) == ["Kremlin"]


def test_actors_seat_of_power_downing_street(nlp: Language) -> None:
    doc = nlp("Downing Street declined to comment on the report.")
    actor = _actor(doc, "Downing Street")
    assert (actor.kind, actor.country, actor.sector) == ("government", "GBR", "GOV")


def test_actors_capital_as_speaker_is_government(nlp: Language) -> None:
    doc = nlp("Beijing said the sanctions were unjustified. The delegation arrived in Beijing on Monday.")
    government = _actor(doc, "Government of China")
    assert (government.kind, government.country, government.sector) == ("government", "CHN", "GOV")
    assert government.mentions == [(0, 7)]
    place = _actor(doc, "Beijing")
    assert (place.kind, place.country) == ("place", "CHN")
    assert _mentions(doc, place) == ["Beijing"]
    assert place.mentions[0][0] > 7


def test_actors_capital_as_place_only(nlp: Language) -> None:
    doc = nlp("The delegation arrived in Beijing on Monday.")
    assert [(a.kind, a.name) for a in doc._.actors] == [("place", "Beijing")]


def test_actors_igos(nlp: Language) -> None:
    doc = nlp("NATO will hold a summit in July. The European Union said it would respond.")
    nato = _actor(doc, "NATO")
    eu = _actor(doc, "European Union")
    assert nato.kind == eu.kind == "igo"
    assert _mentions(doc, nato) == ["NATO"]
    assert _mentions(doc, eu) == ["European Union"]


def test_actors_known_organisation_from_lexicon(nlp: Language) -> None:
    doc = nlp("The Brookings Institution published a report on Monday.")
    brookings = _actor(doc, "Brookings Institution")
    assert (brookings.kind, brookings.country, brookings.sector, brookings.org_type) == (
        "organization", "USA", "EDU", "think tank")


def test_actors_unknown_organisation_typed_by_keyword(nlp: Language) -> None:
    doc = nlp("The Ministry of Fisheries said the quota would be cut.")
    ministry = _actor(doc, "Ministry of Fisheries")
    assert (ministry.kind, ministry.sector, ministry.org_type) == ("organization", "GOV", "government")


def test_actors_owner_country_before_organisation(nlp: Language) -> None:
    doc = nlp("The Estonian Foreign Ministry summoned the ambassador on Friday.")
    ministry = _actor(doc, "Estonian Foreign Ministry")
    assert (ministry.country, ministry.sector) == ("EST", "GOV")


def test_actors_one_actor_per_entity_with_all_mentions(nlp: Language) -> None:
    text = ("The Kremlin rejected the plan on Monday. Officials in Moscow said the Kremlin "
            "would not negotiate. Paul Whitcombe criticized the Kremlin again on Tuesday.")
    doc = nlp(text)
    kremlins = [a for a in doc._.actors if a.name == "Kremlin"]
    assert len(kremlins) == 1
    assert _mentions(doc, kremlins[0]) == ["Kremlin", "Kremlin", "Kremlin"]
    assert kremlins[0].mentions == sorted(kremlins[0].mentions)
    keys = [a.key for a in doc._.actors]
    assert len(keys) == len(set(keys))


def test_actors_mention_spans_equal_their_text(nlp: Language) -> None:
    text = ("German Foreign Minister Anna Keller met NATO officials in Vilnius. Keller said the "
            "Kremlin and Downing Street had both been told. She added that the European Union agreed.")
    doc = nlp(text)
    seen = 0
    for index, actor in enumerate(doc._.actors):
        for start, end in actor.mentions:
            span = doc.char_span(start, end)
            assert span is not None, (actor.name, text[start:end])
            assert text[start:end] == span.text
            assert all(doc._.actor_of_token[t.i] == index for t in span)
            seen += 1
    assert seen >= 7


def test_actors_token_map_points_at_existing_actors(nlp: Language) -> None:
    doc = nlp("Thomas Berger met Anna Keller in Berlin. Berger said she was right.")
    assert doc._.actor_of_token
    assert all(0 <= a < len(doc._.actors) for a in doc._.actor_of_token.values())
    tokens = {doc[i].text for i in doc._.actor_of_token}
    assert {"Thomas", "Berger", "Anna", "Keller", "Berlin", "she"} <= tokens


def test_actors_honorific_is_not_part_of_the_name(nlp: Language) -> None:
    doc = nlp("Iraqi interim leader Iyad Allawi arrived. Mr Chirac said he would meet Mr Allawi.")
    names = {a.name for a in doc._.actors if a.kind == "person"}
    assert "Mr Allawi" not in names and "Mr Chirac" not in names
    allawi = next(a for a in doc._.actors if a.name == "Iyad Allawi")
    assert len(allawi.mentions) == 2



def test_actors_a_town_tagged_as_a_nationality_is_still_a_place(nlp: Language) -> None:
    doc = nlp("A minefield explosion near the town of Samarra killed two youths on Sunday.")
    samarra = _actor(doc, "Samarra")
    assert (samarra.kind, samarra.country) == ("place", "IRQ")


def test_actors_a_transnational_armed_group_has_its_img_code_and_no_country(nlp: Language) -> None:
    doc = nlp("Drone strikes killed two al-Qaida commanders, while the Nusra Front held the town.")
    qaeda = _actor(doc, "Al-Qaeda")
    assert (qaeda.country, qaeda.code) == (None, "IMGMUSALQ")
    assert _actor(doc, "Nusra Front").country == "SYR"


def test_actors_an_org_tag_on_words_ending_in_a_demonym_before_a_group_is_no_organisation(nlp: Language) -> None:
    doc = nlp("Radical French farmers said on Friday they would block the motorways.")
    assert not [a for a in doc._.actors if a.kind == "organization"]
    farmers = _actor(doc, "French farmers")
    assert (farmers.country, farmers.code) == ("FRA", "FRAAGR")


def test_actors_a_people_named_with_another_country_s_adjective_lives_there(nlp: Language) -> None:
    doc = nlp("Bosnian Serbs said on Tuesday their forces had completed their withdrawal.")
    serbs = _actor(doc, "Bosnian Serbs")
    assert (serbs.kind, serbs.country) == ("group", "BIH")
    assert _mentions(doc, serbs) == ["Bosnian Serbs", "their", "their"]  # "their forces" are theirs


def test_actors_a_name_with_in_place_is_split_and_located(nlp: Language) -> None:
    doc = nlp("British Foreign Secretary Jack Straw visited the Golden Temple in Amritsar on Thursday.")
    kinds = {a.name: (a.kind, a.country) for a in doc._.actors}
    assert kinds["Golden Temple"] == ("place", "IND") and kinds["Amritsar"] == ("place", "IND")  # a facility is a place
    doc = nlp("Opposition groups in Zimbabwe dismissed the plan.")
    assert all(a.kind != "organization" for a in doc._.actors)


def test_actors_a_facility_is_a_place_and_no_one_an_event_acts_on(nlp: Language) -> None:
    doc = nlp("Angry French paper workers blocked the Europe Bridge spanning the Rhine from France to Germany.")
    assert {a.name: a.kind for a in doc._.actors}["Europe Bridge"] == "place"
    [event] = doc._.events
    assert doc._.actors[event.target].country == "FRA"  # a protest that names no one is aimed at home


def test_actors_a_misspelt_country_the_tagger_missed_is_that_country(nlp: Language) -> None:
    doc = nlp("Ethopia has agreed to re-open its borders to UN peacekeepers.")
    assert [(a.name, a.kind) for a in doc._.actors if a.country == "ETH"] == [("Ethiopia", "country")]


def test_actors_a_role_word_inside_a_name_leaves_the_name_whole(nlp: Language) -> None:
    doc = nlp("The rebel Kurdistan Workers' Party issued a declaration.")
    [pkk] = [a for a in doc._.actors if a.country == "TUR"]
    assert (pkk.name, pkk.sector) == ("Kurdistan Workers' Party", "REB")  # "Workers" is no group of its own
    doc = nlp("Secretary of State John Kerry met Sergey Lavrov.")
    assert all(a.name != "State" for a in doc._.actors)  # a name a title overlaps is the title's
