"""Rules written in the session of the nineteenth unseen round of pair sets (Angola's civil war, El Salvador's
civil war, the LRA in northern Uganda, Lebanon's civil war), each on an invented sentence that exercises the
general pattern.

Every sentence here is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tolltrack.extract.sites import sites_of
from tolltrack.store.resolve import _area_head

from .helpers import event_types, extract


@pytest.mark.parametrize(("text", "published", "start", "end"), [
    # wire style: the date straight after the deed, with the month cut short
    ("Two bodyguards were killed Sept. 10 when gunmen seized the mayor outside his house.", "1985-09-13",
     "1985-09-10", "1985-09-10"),
    ("Troops killed 40 villagers between Dec. 11 and 13 in a sweep of the hamlets, survivors said.",
     "1982-01-28", "1981-12-11", "1981-12-13"),
    ("Rebels killed nine soldiers from March 4 to 6 in the hills, the army said.", "1990-03-09",
     "1990-03-04", "1990-03-06"),
])
def test_dates_written_the_wire_way(text: str, published: str, start: str, end: str) -> None:
    [c] = extract(text, published=published).casualties
    assert (c.period.start, c.period.end) == (start, end)


def test_killed_march_three_people_is_no_date() -> None:
    """ "killed 10 Marines": a month's short name must end its word to begin a date."""
    [c] = extract("A bomb killed 10 Marines at the base on Monday.", published="1983-10-26").casualties
    assert (c.count, c.period.start) == (10, "1983-10-24")


def test_a_short_month_is_no_place() -> None:
    """ "in the village between Dec. 11 and 13": "Dec" is the month, not a place no gazetteer knows."""
    doc = extract("Soldiers killed 30 peasants in the village of Palo Grande between Dec. 11 and 13, survivors "
                  "said.", published="1982-01-28")
    assert "Dec" not in {p.name for c in doc.casualties for p in c.places}


def test_the_day_of_an_admission_is_when_it_was_said() -> None:
    """ "the army acknowledged Wednesday that ... died in an ambush Monday": the ambush's day."""
    [c] = extract("The army acknowledged Wednesday that ten soldiers died in a rebel ambush Monday in the hills.",
                  published="1990-10-03").casualties
    assert (c.period.start, c.period.end) == ("1990-10-01", "1990-10-01")


def test_who_did_it_is_not_counted_among_the_dead() -> None:
    """ "was killed Monday by two men who fired from a motorcycle, the third official slain this year":
    the two men are the killers; the count is not theirs."""
    doc = extract("A judge was killed Monday by two men who fired from a motorcycle, the third official slain in "
                  "the province this year.", published="1989-09-19")
    assert all(c.count != 2 for c in doc.casualties)


@pytest.mark.parametrize(("text", "country", "admin1"), [
    ("Guerrillas killed seven soldiers in Usulután department on Tuesday.", "SV", "Usulután"),
    ("Rebels killed 12 villagers near Chalatenango on Tuesday.", "SV", "Chalatenango"),
    ("UNITA rebels killed nine civilians in Moxico province on Tuesday.", "AO", "Moxico"),
    ("Rebels killed four people in Zaire province on Tuesday.", "AO", "Zaire"),
    ("Rebels killed four people in the Cuando Cubango province on Tuesday.", "AO", "Cuando Cubango"),
])
def test_provinces_of_more_wars(text: str, country: str, admin1: str) -> None:
    [c] = extract(text, published="1993-09-22").casualties
    assert (c.country, {p.admin1 for p in c.places}) == (country, {admin1})


def test_a_municipality_of_el_salvador_is_a_district() -> None:
    """GeoNames' municipalities of El Salvador: "Jocoaitique, Morazán" is placed in its department."""
    [c] = extract("Guerrillas abducted the mayor of Jocoaitique, Morazán, from his home on Friday night.",
                  published="1988-03-19").incidents
    assert {(p.admin1, p.admin2) for p in c.places} >= {("Morazán", "Jocoaitique")}


def test_where_the_press_was_told_is_not_the_scene() -> None:
    """ "his family told reporters in San Francisco Gotera": where it was said, when the sentence names the scene."""
    [c] = extract("Rebels abducted a town mayor in northern Morazán department, his family told reporters in San "
                  "Francisco Gotera on Saturday.", published="1988-03-20").incidents
    assert [p.name for p in c.places] == ["Morazán department"]


def test_refugees_of_a_country_are_not_in_it() -> None:
    """ "killing six Sudanese refugees": refugees are abroad, so Sudan is not where it happened."""
    [c] = extract("Rebels attacked a settlement in Adjumani district on Tuesday, killing six Sudanese refugees.",
                  published="2002-08-07").casualties
    assert c.country == "UG" and {p.admin2 for p in c.places} == {"Adjumani"}


def test_a_group_crossing_from_a_country_fights_elsewhere() -> None:
    """ "fighters crossing from southern Sudan into northern Kitgum": where they came from casts no vote."""
    [c] = extract("Troops battled rebels crossing from southern Sudan into Kitgum district on Tuesday, killing a "
                  "dozen of them.", published="2006-04-06").casualties
    assert c.country == "UG"


def test_a_street_named_after_a_country_votes_for_none() -> None:
    """ "fire across Syria Street in Tripoli": a street of Tripoli, Lebanon."""
    [c] = extract("Militiamen traded rocket fire across Syria Street in Tripoli, killing 11 people, north Lebanon "
                  "officials said.", published="1985-09-16").casualties
    assert c.country == "LB"


def test_the_lords_resistance_army_is_no_state_army() -> None:
    """ "the Lord's Resistance Army fighters": a rebel group, not the army of the state."""
    [c] = extract("The Lord's Resistance Army fighters who raided the camp killed 11 residents on Friday.",
                  published="2003-10-13").casualties
    assert c.perpetrator is not None and c.perpetrator.side == "OPP"


def test_a_faith_of_a_city_half_is_no_place() -> None:
    """ "kidnapped in Moslem west Beirut": the old spelling of a faith, not a place."""
    [c] = extract("Gunmen killed two guards in Moslem west Beirut on Saturday.", published="1985-03-18").casualties
    assert "Moslem" not in {p.name for p in c.places}


def test_a_district_read_without_its_word_keeps_its_whole_name() -> None:
    assert (_area_head("el paraiso"), _area_head("kamwenge district"), _area_head("south kashmir")) == \
        ("el paraiso", "kamwenge", "kashmir")




def test_a_town_seized_is_taken_not_abducted(tmp_path: Path) -> None:
    """ "UNITA seized Sanza Pombo": a town taken; "seized the mayor" stays an abduction."""
    assert event_types(tmp_path, "UNITA seized Negage in Uige province on Tuesday, forcing thousands to flee, "
                            "officials said.") == {"Non-state actor overtakes territory"}


def test_a_person_seized_is_abducted(tmp_path: Path) -> None:
    assert event_types(tmp_path, "Gunmen seized the mayor of Negage in Uige province on Tuesday, officials "
                            "said.") == {"Abduction/forced disappearance"}


def test_an_administration_building_is_a_government_site() -> None:
    """ "burning the municipal administration building" / "setting government offices ablaze": one kind of site."""
    assert sites_of("rebels attacked the town, killing seven people and burning the municipal administration "
                    "building.") == {"government"}


def test_a_department_named_like_a_foreign_city() -> None:
    """ "near Santiago Nonualco in La Paz department": El Salvador's department, not Bolivia's city."""
    [c] = extract("Three nuns were found shot dead near Santiago Nonualco in La Paz department, church sources "
                  "said.", published="1980-12-05").casualties
    assert {(p.country, p.admin1) for p in c.places} == {("SV", "La Paz")}


def test_the_community_of_a_village_names_it() -> None:
    """ "residents of the repopulated community of San Jose Las Flores": the village is the scene."""
    [c] = extract("Two residents of the repopulated community of San Jose Las Flores were killed on Sunday when a "
                  "mortar round landed near the church.", published="1988-08-15").casualties
    assert "San Jose Las Flores" in {p.name for p in c.places}


def test_a_capital_that_is_a_governorate_of_its_own() -> None:
    """ "disappeared in the Lebanese capital": Beirut, read as "Beirut" is."""
    [c] = extract("Gunmen killed two guards in the Lebanese capital on Tuesday.", published="1987-01-23").casualties
    assert {(p.country, p.admin1) for p in c.places} == {("LB", "Beirut")}


def test_a_camp_named_after_its_village_is_a_place() -> None:
    """ "from Padibe camp in Kitgum district": the camp's name tells it from another camp of the district."""
    [c] = extract("Rebels abducted about 30 people from Padibe camp in Kitgum district on Monday night, officials "
                  "said.", published="2001-12-04").casualties
    assert "Padibe" in {p.name for p in c.places}


def test_a_camp_and_a_town_it_is_near_do_not_differ() -> None:
    """ "the Plaine Savo camp" / "a site for displaced people near Bule": the camp may lie by the town."""
    from tolltrack.store.resolve import _camp_and_near

    assert _camp_and_near({"plaine savo"}, "Militiamen killed 60 people at the Plaine Savo camp overnight.",
                          {"bule"}, "Fighters raided a site for displaced people near Bule, killing 58.")
    assert not _camp_and_near({"plaine savo"}, "Militiamen killed 60 people at the Plaine Savo camp overnight.",
                              {"bule"}, "Fighters raided Bule, killing 58.")
    assert not _camp_and_near({"doro"}, "Clashes at Doro camp in Maban County left three dead.",
                              {"gendrassa"}, "Three killed in fighting near Gendrassa refugee camp.")


def test_a_somali_ayn_and_long_vowels_are_one_name() -> None:
    """ "near Adado" / "outside Cadaado district": Somali writes the ayn as "c" and doubles long vowels."""
    from tolltrack.store.names import same_name

    assert same_name("adado", "cadaado") and same_name("abudwak", "cabudwaaq")
    assert not same_name("armen", "carmen")


def test_an_old_town_and_a_listed_wall_are_no_places() -> None:
    """ "pounded the walled Old Town", "inside the UNESCO-listed walls": parts and words, not places."""
    doc = extract("Gunboats pounded the walled Old Town of Dubrovnik on Friday, killing 13 people inside the "
                  "UNESCO-listed walls, officials said.", published="1991-12-07")
    names = {p.name for c in doc.casualties for p in c.places}
    assert "Old" not in names and "UNESCO-listed" not in names
