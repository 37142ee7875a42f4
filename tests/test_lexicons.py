"""Content and behaviour of the lexicon tables (src/newsgraph/lexicons/*.tsv)."""

from __future__ import annotations

import csv
from importlib import resources

import pytest

from newsgraph.lexicons import Country, Entity, Role, iso2_to_iso3, load

HEADERS = {
    "countries.tsv": "iso3 iso2 name aliases adjectives people capital seats un_member",
    "igos.tsv": "code name aliases",
    "organizations.tsv": "name aliases country sector org_type code",
    "roles.tsv": "phrase sector kind plural",
    "org_keywords.tsv": "keyword sector org_type",
    "territories.tsv": "name aliases country adjectives",
}
SECTORS = {"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "IGO", "NGO", "BUS", "MED", "EDU", "PTY", "CVL", "REB", "OPP",
           "REF", "LAB", "AGR", "REL"}
ORG_TYPES = {"government", "military", "legislature", "judiciary", "police", "intelligence",
             "think tank", "ngo", "media", "company", "university", "party", "armed group"}


def _lines(filename: str) -> list[str]:
    text = resources.files("newsgraph.lexicons").joinpath(filename).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip()]


def _rows(filename: str) -> list[dict[str, str]]:
    return list(csv.DictReader(_lines(filename), delimiter="\t", quoting=csv.QUOTE_NONE))


def _split(cell: str) -> list[str]:
    return [part for part in cell.split("|") if part]


@pytest.fixture(scope="module")
def lex():
    return load()


# -- file shape -----------------------------------------------------------------------


@pytest.mark.parametrize("filename", sorted(HEADERS))
def test_lexicons_tsv_header_and_column_count(filename):
    lines = _lines(filename)
    header = lines[0].split("\t")
    assert header == HEADERS[filename].split()
    bad = [(n, line) for n, line in enumerate(lines[1:], 2) if len(line.split("\t")) != len(header)]
    assert not bad, bad


@pytest.mark.parametrize("filename", sorted(HEADERS))
def test_lexicons_tsv_cells_have_no_stray_whitespace(filename):
    for line in _lines(filename)[1:]:
        for cell in line.split("\t"):
            for part in cell.split("|"):
                assert part == part.strip(), (filename, line)


def test_lexicons_load_is_cached():
    assert load() is load()


# -- countries ------------------------------------------------------------------------


def test_lexicons_countries_all_un_members(lex):
    members = [c for c in lex.countries.values() if c.un_member]
    assert len(members) == 193
    for iso3 in ("USA", "RUS", "CHN", "GBR", "FRA", "UKR", "SSD", "TUV", "NRU", "CIV", "PRK", "KOR"):
        assert lex.countries[iso3].un_member, iso3
    others = {c.iso3 for c in lex.countries.values() if not c.un_member}
    assert others == {"TWN", "PSE", "XKX", "VAT"}


def test_lexicons_countries_no_duplicate_codes():
    rows = _rows("countries.tsv")
    iso3 = [r["iso3"] for r in rows]
    iso2 = [r["iso2"] for r in rows]
    assert len(iso3) == len(set(iso3))
    assert len(iso2) == len(set(iso2))
    assert all(len(c) == 3 and c.isupper() for c in iso3)
    assert all(len(c) == 2 and c.isupper() for c in iso2)


def test_lexicons_countries_codes_agree_with_pycountry(lex):
    pycountry = pytest.importorskip("pycountry")
    for country in lex.countries.values():
        known = pycountry.countries.get(alpha_3=country.iso3)
        if known is None:  # Kosovo has no ISO code; XKX/XK is the common user-assigned one
            assert country.iso3 == "XKX"
            continue
        assert known.alpha_2 == country.iso2, country.iso3


def test_lexicons_every_un_member_has_adjective_and_capital(lex):
    for country in lex.countries.values():
        if country.un_member:
            assert country.adjectives, country.iso3
            assert country.capitals, country.iso3


@pytest.mark.parametrize(
    "text, iso3",
    [
        ("U.S.", "USA"), ("US", "USA"), ("America", "USA"), ("American", "USA"),
        ("Russian", "RUS"), ("Russian Federation", "RUS"), ("Britons", "GBR"),
        ("the British", "GBR"), ("U.K.", "GBR"), ("the Netherlands", "NLD"), ("Dutch", "NLD"),
        ("Ivory Coast", "CIV"), ("Cote d’Ivoire", "CIV"), ("Burma", "MMR"), ("DPRK", "PRK"),
        ("Czech Republic", "CZE"), ("Georgia", "GEO"), ("russia", "RUS"), ("Russia's", "RUS"),
        ("Congolese", "COD"), ("Holy See", "VAT"), ("Kosovar", "XKX"), ("Türkiye", "TUR"),
        ("Chechen", "RUS"), ("Tibetan", "CHN"), ("Crimean", "UKR"),  # a territory's people, its country's
    ],
)
def test_lexicons_country_lookup(lex, text, iso3):
    found = lex.country(text)
    assert isinstance(found, Country)
    assert found.iso3 == iso3


@pytest.mark.parametrize("text", ["us", "who", "the", "", "Atlantis"])
def test_lexicons_country_lookup_ignores_ordinary_words(lex, text):
    assert lex.country(text) is None


@pytest.mark.parametrize(
    "text, iso3",
    [("Kiev", "UKR"), ("Kyiv", "UKR"), ("Moscow", "RUS"), ("Washington", "USA"),
     ("Beijing", "CHN"), ("Brasilia", "BRA"), ("Yaounde", "CMR")],
)
def test_lexicons_country_of_capital(lex, text, iso3):
    assert lex.country_of_capital(text).iso3 == iso3


def test_lexicons_no_surface_form_names_two_countries(lex):
    """Every name, alias, adjective, people form and capital resolves to its own row."""
    conflicts = []
    for row in _rows("countries.tsv"):
        for column in ("name", "aliases", "adjectives", "people"):
            for surface in _split(row[column]):
                got = lex.country(surface)
                if got is None or got.iso3 != row["iso3"]:
                    conflicts.append((surface, row["iso3"], got and got.iso3))
        for surface in _split(row["capital"]):
            got = lex.country_of_capital(surface)
            if got is None or got.iso3 != row["iso3"]:
                conflicts.append((surface, row["iso3"], got and got.iso3))
    print("\n".join(map(str, conflicts)))
    assert not conflicts


# -- entities ------------------------------------------------------------------------


def test_lexicons_entity_seats_of_power(lex):
    kremlin = lex.entity("the Kremlin")
    assert isinstance(kremlin, Entity)
    assert (kremlin.name, kremlin.kind, kremlin.country, kremlin.sector) == ("Kremlin", "government", "RUS", "GOV")
    white_house = lex.entity("White House")
    assert (white_house.country, white_house.sector) == ("USA", "GOV")
    assert lex.entity("the Kremlin’s").name == "Kremlin"
    assert lex.entity("Elysee Palace").country == "FRA"
    assert lex.entity("Pentagon").sector == "MIL"
    assert lex.entity("Downing Street").country == "GBR"


def test_lexicons_entity_igos(lex):
    g8 = lex.entity("Group of Eight")
    assert g8.kind == "igo" and g8.sector == "IGO" and g8.code == "IGOGOE"
    assert lex.entity("G-8") is g8
    assert lex.entity("U.N.").code == "IGOUNO"
    assert lex.entity("Nato").code == "IGOWSTNAT"
    assert lex.entity("the European Union").code == "IGOEUREEC"
    assert lex.entity("WHO").name == "World Health Organization"
    assert lex.entity("who") is None


def test_lexicons_entity_organizations(lex):
    brookings = lex.entity("Brookings Institution")
    assert (brookings.kind, brookings.sector, brookings.org_type) == ("organization", "EDU", "think tank")
    assert lex.entity("RAND Corp.").name == "RAND Corporation"
    assert lex.entity("Associated Press").sector == "MED"
    assert lex.entity("ICRC").sector == "NGO"
    assert lex.entity("GOP").org_type == "party"
    assert lex.entity("FSB").country == "RUS"


def test_lexicons_entity_surface_forms_are_unambiguous(lex):
    conflicts = []
    for filename in ("igos.tsv", "organizations.tsv"):
        for row in _rows(filename):
            for surface in [row["name"], *_split(row["aliases"])]:
                got = lex.entity(surface)
                if got is None or got.name != row["name"]:
                    conflicts.append((surface, row["name"], got and got.name))
    for row in _rows("countries.tsv"):
        for seat in _split(row["seats"]):
            name, _, sector = seat.rpartition(":")
            assert sector in SECTORS, seat
            got = lex.entity(name)
            if got is None or (got.country, got.kind) != (row["iso3"], "government"):
                conflicts.append((name, row["iso3"], got))
    print("\n".join(map(str, conflicts)))
    assert not conflicts


def test_lexicons_organization_codes_are_known():
    for row in _rows("organizations.tsv"):
        assert row["sector"] in SECTORS, row
        assert row["org_type"] in ORG_TYPES, row
    for row in _rows("org_keywords.tsv"):
        assert row["sector"] in SECTORS, row
        assert row["org_type"] in ORG_TYPES, row


def test_lexicons_igos_have_codes():
    rows = _rows("igos.tsv")
    names = {r["name"] for r in rows}
    assert {"United Nations", "European Union", "NATO", "G20", "African Union", "OPEC"} <= names
    assert all(r["code"] and r["code"].isupper() for r in rows)


# -- roles ---------------------------------------------------------------------------


def test_lexicons_role_titles_and_groups(lex):
    secretary = lex.role("Secretary of State")
    assert isinstance(secretary, Role)
    assert (secretary.kind, secretary.sector) == ("title", "GOV")
    assert lex.role("experts").kind == "group"
    assert lex.role("analysts").kind == "group"  # the group entry wins over analyst's plural
    assert lex.role("analyst").kind == "role"
    assert lex.role("presidents").phrase == "president"
    assert lex.role("Sen.").sector == "LEG"


def test_lexicons_roles_counts_and_codes():
    rows = _rows("roles.tsv")
    kinds = [r["kind"] for r in rows]
    assert kinds.count("title") >= 80
    assert set(kinds) == {"title", "role", "group"}
    phrases = [r["phrase"] for r in rows]
    assert len(phrases) == len(set(phrases))
    assert all(p == p.lower() for p in phrases)
    assert all(r["sector"] in SECTORS | {""} for r in rows)


def test_lexicons_org_keyword(lex):
    assert lex.org_keyword("Ministry") == ("GOV", "government")
    assert lex.org_keyword("University") == ("EDU", "university")
    assert lex.org_keyword("Times") == ("MED", "media")
    assert lex.org_keyword("Party") == ("PTY", "party")
    assert lex.org_keyword("Banana") is None


def test_lexicons_phrases_cover_every_category(lex):
    phrases = lex.phrases()
    assert set(phrases) == {"country", "adjective", "people", "capital", "entity", "role", "group"}
    assert "Kremlin" in phrases["entity"]
    assert "Kyiv" in phrases["capital"] and "Kiev" in phrases["capital"]
    assert "experts" in phrases["group"]
    assert all(len(v) == len(set(v)) for v in phrases.values())


def test_lexicons_iso2_to_iso3():
    assert iso2_to_iso3("US") == "USA"
    assert iso2_to_iso3("gb") == "GBR"
    assert iso2_to_iso3("XK") == "XKX"
    assert iso2_to_iso3("ZZ") is None


def test_lexicons_former_names_of_igos(lex):
    assert lex.entity("European Community").code == "IGOEUREEC"  # the EU's predecessor, as news of its time names it
    assert lex.entity("International Labor Office").code == "IGOUNOLABILO"


def test_an_igo_has_no_country_its_region_stays_in_its_code(lex):
    nato = lex.entity("NATO")
    assert nato is not None and nato.country is None and nato.code == "IGOWSTNAT"


def test_lexicon_a_country_name_misspelt_by_a_letter_is_that_country() -> None:
    lex = load()
    assert lex.country_misspelled("Ethopia").iso3 == "ETH"
    assert lex.country_misspelled("Phillipines").iso3 == "PHL"
    for word in ("Cameron", "Frances", "Americas", "Iraq", "Reuters"):  # a surname, extensions, too short, unlike
        assert lex.country_misspelled(word) is None, word
