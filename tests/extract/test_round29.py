"""Rules written in the session of the thirty-second unseen round of pair sets (southern Thailand, the
North Caucasus, eastern Congo, the second intifada), each on an invented sentence that exercises the
general pattern.

Every sentence here is invented.
"""

from __future__ import annotations

import pytest

from tolltrack.extract.sites import sites_of
from tolltrack.store.names import areas_apart, same_name

from .helpers import extract


@pytest.mark.parametrize(("text", "count", "victim"), [
    ("Gunmen shot dead the police chief of Maragusan, Compostela Valley, and a patrolman on Tuesday.", 2, "GOV"),
    ("The police chief of Maragusan, Compostela Valley, and a patrolman were shot dead on Tuesday.", 2, "GOV"),
    ("Gunmen shot dead the mayor of Kabacan, Cotabato, and his driver on Friday.", 2, None),
])
def test_a_post_between_commas_does_not_end_the_list(text: str, count: int, victim: str | None) -> None:
    """ "the police chief of Town, Province, and a patrolman": the place is his post; the list goes on."""
    [c] = extract(text, published="2010-05-05").incidents
    assert c.count == count
    if victim:
        assert c.victim.side == victim


def test_a_place_after_a_title_then_another_clause_is_one() -> None:
    [c] = extract("Gunmen shot dead the mayor of Kabacan, and police later arrested two suspects.",
                  published="2010-05-05").incidents
    assert c.count == 1


def test_a_hyphened_rank_does_not_hide_the_next_person() -> None:
    [c] = extract("A roadside bomb killed a police sergeant-major and a constable in Rueso district on Friday.",
                  published="2011-05-14").incidents
    assert c.count == 2


def test_a_hyphened_age_does_not_hide_the_count_after_it() -> None:
    """ "killing the 68-year-old imam and at least four worshippers": the verb governs the count."""
    [c] = extract("A gunman opened fire in a prayer hall in Rangae district, killing the 68-year-old imam and at "
                  "least four worshippers, police said.", published="2009-06-09").casualties
    assert (c.status, c.count, c.qualifier) == ("killed", 4, "at_least")


def test_him_and_a_count_after_the_verb() -> None:
    [c] = extract("Rebels fired a rocket at the car of a district commissioner near Oicha that killed him and three "
                  "escorts on Monday.", published="2015-03-10").casualties
    assert (c.status, c.count) == ("killed", 3)


@pytest.mark.parametrize("text", [
    "Imam Yusuf Bakar, the district's most respected preacher, was killed on Tuesday.",
    "Colonel Petr Ivanov, the regional police commander known for his raids on rebel bases, was killed on Tuesday.",
])
def test_a_title_between_commas_names_one_dead(text: str) -> None:
    [c] = extract(text, published="2012-08-29").incidents
    assert c.count == 1


def test_a_count_of_others_leaves_the_named_dead_out() -> None:
    """ "X was killed ... Five other people also died": the five are others; X is one more."""
    ex = extract("Imam Yusuf Bakar, the district's most respected preacher, was killed on Tuesday when a bomb went "
                 "off in his house. Five other people also died.", published="2012-08-29")
    assert sorted((c.count or 0) for c in ex.casualties + ex.incidents if c.status == "killed") == [1, 5]


def test_a_count_that_includes_the_named_dead_still_hides_him() -> None:
    ex = extract("A soldier was killed near Tskhinvali on Tuesday. The shelling killed five soldiers in all.",
                 published="2008-08-07")
    assert [(c.count or 0) for c in ex.casualties + ex.incidents if c.status == "killed"] == [5]


def test_a_named_man_said_to_be_a_leader_was_captured() -> None:
    """ "captured Musa Kaloyev, the rebel commander ...": a person, not a town taken."""
    ex = extract("Security forces captured Musa Kaloyev, the rebel commander blamed for a string of bombings, in a "
                 "raid in Sunzha on Thursday.", published="2011-04-08")
    [c] = ex.incidents
    assert (c.status, c.count) == ("captured", 1)


def test_a_regions_own_ministry_votes_for_its_country() -> None:
    """ "Dagestan's Interior Ministry said": the republic speaks of its own land; Derbent is its city."""
    [c] = extract("A traffic policeman was shot dead near the old fortress in Derbent on Sunday evening, Dagestan's "
                  "Interior Ministry said.", published="2013-07-08").incidents
    assert c.country == "RU"
    assert ("Derbent", "Dagestan") in {(p.name, p.admin1) for p in c.places}


def test_the_town_that_locates_an_unknown_village_stays_after_a_country() -> None:
    """ "in DR Congo ... near Kibati, north of Goma": Goma locates the village no gazetteer knows."""
    [c] = extract("Two rangers were killed in DR Congo on Friday when gunmen ambushed their patrol near Kibati, "
                  "north of Goma.", published="2020-04-25").casualties
    assert "Goma" in {p.name for p in c.places}


def test_a_venue_is_not_a_place_no_gazetteer_knows() -> None:
    [c] = extract("Nine people were killed in a suicide bombing at Cafe Moment in Jerusalem on Saturday night.",
                  published="2002-03-10").casualties
    assert {p.name for p in c.places} == {"Jerusalem"}


def test_a_diseases_name_opens_no_place() -> None:
    [c] = extract("Gunmen attacked the Ebola treatment centre in Butembo on Wednesday, killing a police officer.",
                  published="2019-03-10").incidents
    assert {p.name for p in c.places} == {"Butembo"}


def test_a_sector_of_a_territory_is_kept_with_its_word() -> None:
    """ "the Bashali sector": a Congolese territory's division, an area a village may lie in."""
    [c] = extract("Militiamen killed three farmers in the Bashali sector of Masisi territory on Monday.",
                  published="2021-05-18").casualties
    assert "Bashali sector" in {p.name for p in c.places}


@pytest.mark.parametrize(("x", "y", "apart"), [
    ("machil sector", "tangdhar sector", True),
    ("bashali sector", "bashali sector", False),
    ("lido beach", "pearl beach", False),  # a restaurant on the beach may be named after another
    ("bule", "walendu pitsi sector", False),
])
def test_two_units_of_one_kind_named_differently(x: str, y: str, apart: bool) -> None:
    assert areas_apart(x, y) is apart


@pytest.mark.parametrize(("text", "sites"), [
    ("two soldiers were killed when a bomb hidden in a motorcycle went off as they passed a noodle shop",
     {"market"}),
    ("a bomb exploded at a hypermarket in the city centre", {"market"}),
])
def test_what_was_hit(text: str, sites: set[str]) -> None:
    assert sites_of(text) == sites



def test_someone_among_a_group_is_not_the_count() -> None:
    """ "half a dozen people, among them a pastor, were taken": the pastor is one of the six."""
    ex = extract("Relatives say half a dozen travellers, among them a pastor, were taken from their cars on Tuesday "
                 "at a fake checkpoint in Croix-des-Bouquets.", published="2023-10-19")
    assert all(c.count != 1 for c in ex.casualties + ex.incidents)


def test_a_capitals_ministry_speaks_for_its_state_not_the_scene() -> None:
    """ "Ankara's defence ministry said": Turkey speaks of a base abroad; only "Dagestan's" names a region."""
    [c] = extract("Rockets hit a Turkish military base near Bashiqa, north-east of Mosul, on Sunday, killing a "
                  "soldier, Ankara's defence ministry said.", published="2021-04-11").incidents
    assert c.country != "TR"


def test_a_hyphened_modifier_names_no_site() -> None:
    assert sites_of("the bombing of a building-supplies megastore on the edge of the city") == {"market"}


def test_people_held_were_captured_and_villages_held_are_not() -> None:
    [c] = extract("Soldiers searched an Islamic school in Raman district before dawn and held nine students.",
                  published="2007-06-22").casualties
    assert (c.status, c.count) == ("captured", 9)
    assert not extract("Rebels held 12 of the 20 villages in the district.", published="2007-06-22").casualties


def test_a_unit_word_one_country_uses_names_that_country() -> None:
    """ "Lama upazila": Bangladesh's unit, not Lama in Nigeria."""
    [c] = extract("Villagers in Lama upazila said at least 17 homes were burnt by unidentified men on Sunday night.",
                  published="2023-01-03").casualties + extract(
        "Villagers in Lama upazila said at least 17 homes were burnt by unidentified men on Sunday night.",
        published="2023-01-03").incidents
    assert c.country == "BD"
    assert all(p.country in (None, "BD") for p in c.places)


def test_a_people_named_like_a_state_is_not_the_state() -> None:
    """ "houses of Marma and Tripura families": the Tripura people, not India's Tripura state."""
    [c] = extract("Unidentified men set fire to houses of Marma and Tripura families in Ruma, Bandarban, on Sunday "
                  "night.", published="2023-01-02").incidents
    assert c.country == "BD"
    assert "Tripura" not in {p.name for p in c.places}


def test_where_a_peace_was_signed_is_not_the_scene() -> None:
    [c] = extract("Troops killed dozens of rebels in clashes near Abou Goulem in Ouaddai on Monday, the worst fighting "
                  "since the peace deal signed in Sirte collapsed.", published="2007-11-28").casualties
    assert "Sirte" not in {p.name for p in c.places}


def test_a_holidays_day_is_no_place() -> None:
    [c] = extract("About 250 people died in the New Year's Day assault by rebels on an army post near Kinama.",
                  published="1998-01-05").casualties
    assert "Day" not in {p.name for p in c.places}


def test_a_count_by_a_day_is_dated_by_the_days_events() -> None:
    """ "killed ... on Thursday, but the dead, put at more than 40 by Friday": Friday is when they were counted."""
    [c] = extract("The army said it killed armed bandits in an operation in Kamenge on Thursday, but aid workers said "
                  "the dead, put at more than 40 by Friday, were mostly civilians.", published="1995-03-25").casualties
    assert c.period.start == c.period.end == "1995-03-23"



def test_passers_by_on_a_day_are_hurt_that_day() -> None:
    [c, _] = extract("A roadside bomb hit a patrol in Jalalabad city, killing two fighters and wounding three "
                     "passers-by on Thursday.", published="2021-10-07").casualties
    assert c.period.start == "2021-10-07"


@pytest.mark.parametrize(("x", "y"), [("Djabal", "Jabal"), ("Dar Sila region", "Sila")])
def test_french_and_local_spellings(x: str, y: str) -> None:
    assert same_name(x, y)


def test_dar_sila_is_chads_sila_region() -> None:
    [c] = extract("Gunmen killed a refugee leader in a camp in Chad's Dar Sila region on Tuesday night.",
                  published="2009-03-05").incidents
    assert ("TD", "Sila") in {(p.country, p.admin1) for p in c.places}


def test_a_party_of_the_hills_is_an_actor_not_a_place() -> None:
    [c] = extract("A clash between the Jana Samhati Samiti and a rival group near Juraichhari left three men dead on "
                  "Sunday.", published="2009-06-16").casualties
    assert "Jana Samhati Samiti" not in {p.name for p in c.places}


def test_where_raiders_came_from_casts_no_vote() -> None:
    [c] = extract("Militiamen killed at least 10 civilians in a border village south of Adré on Wednesday; officials "
                  "said the raiders came from West Darfur.", published="2007-02-09").casualties
    assert c.country != "SD"
