"""Rules written in the session of the twentieth and twenty-first unseen rounds of pair sets (Tajikistan,
East Timor, Mozambique, Guatemala; Cambodia, Kashmir, Somalia, Burundi), each on an invented sentence that
exercises the general pattern.

Every sentence here is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .helpers import event_types, extract


@pytest.mark.parametrize(("text", "country", "admin1"), [
    # a division of a country no table was written for, named with its word, in a report that names no country
    ("Gunmen killed three farmers in Banteay Meanchey province on Tuesday, police said.", "KH", "Banteay Meanchey"),
    ("Militiamen killed two teachers in Bobonaro district on Tuesday, a church worker said.", "TL", "Bobonaro"),
])
def test_a_province_of_an_uncurated_country(text: str, country: str, admin1: str) -> None:
    [c] = extract(text, published="1996-09-12").casualties
    assert {(p.country, p.admin1) for p in c.places} == {(country, admin1)}


def test_a_town_of_an_uncurated_country_carries_its_province() -> None:
    [c] = extract("Tajik troops killed four opposition fighters near Khorugh on Friday.",
                  published="1995-06-24").casualties
    assert {(p.country, p.admin1) for p in c.places} == {("TJ", "Gorno-Badakhshan")}


def test_a_rebel_group_tells_the_country() -> None:
    """ "Khmer Rouge guerrillas attacked ... Samlot": the group fights in one country only."""
    [c] = extract("Khmer Rouge guerrillas killed two soldiers at Samlot on Friday night, officers said.",
                  published="1994-08-13").casualties
    assert c.country == "KH" and c.perpetrator is not None and c.perpetrator.side == "OPP"


@pytest.mark.parametrize("text", [
    "Fighting between General Farah's militia and clan gunmen near Jowhar killed 11 people on Wednesday.",
    "Clan fighters clashed with forces of Colonel Dhere near Jowhar on Wednesday, killing 11 people.",
    "Rebels killed 11 people near Jowhar on Wednesday after they had taken a hill from Hassan Dhere's militia.",
])
def test_a_commander_and_his_men_are_no_place(text: str) -> None:
    [c] = extract(text, published="1996-02-15").casualties
    assert [p.name for p in c.places] == ["Jowhar"]


def test_a_city_named_with_a_title_is_still_a_place() -> None:
    [c] = extract("Gunmen killed two soldiers in General Santos on Wednesday.", published="2001-02-15").casualties
    assert [p.name for p in c.places] == ["General Santos"]


def _types(tmp_path: Path, text: str) -> set[str]:
    return event_types(tmp_path, text, published="2002-03-12")


@pytest.mark.parametrize("text", [
    "An army truck came under rocket-propelled grenade fire near Musigati on Sunday; two soldiers died.",
    "Rebels fired RPGs at an army patrol near Musigati on Sunday, killing two soldiers.",
])
def test_a_grenade_launcher_is_no_artillery(tmp_path: Path, text: str) -> None:
    """ACLED codes an ambush with grenade launchers a clash, not shelling nor a thrown grenade."""
    assert _types(tmp_path, text) == {"Armed clash"}


def test_rockets_are_still_shelling(tmp_path: Path) -> None:
    assert _types(tmp_path, "Rebels fired rockets at Musigati on Sunday, killing two soldiers.") == \
        {"Shelling/artillery/missile attack"}


def test_one_more_of_another_kind_is_counted() -> None:
    """ "killing two soldiers and a civilian": three dead, two of one side and one of another. The one
    written with no number is an incident claim ("a commander" is no count to the annotation rules)."""
    doc = extract("Rebels raided the camp on Tuesday night, killing two soldiers and a civilian before withdrawing.",
                  published="2002-01-16")
    assert [(c.count, c.victim.side) for c in doc.casualties] == [(2, "GOV")]
    assert [(c.count, c.victim.side, c.qualifier) for c in doc.incidents] == [(1, "CIV", "implied")]


def test_the_parts_of_a_toll_are_not_more_dead() -> None:
    doc = extract("Shelling killed 11 people, including 5 children and a woman, in the town on Tuesday.",
                  published="2002-01-16")
    assert 1 not in {c.count for c in doc.casualties}


def test_one_of_a_series_of_killings_is_no_toll() -> None:
    """ "He was the third local official killed there this year": a series of incidents, not this one's toll."""
    doc = extract("A village chief was shot dead by rebels in the commune on Thursday evening. He was the third "
                  "local official killed there this year.", published="2002-07-19")
    assert 3 not in {c.count for c in doc.casualties}
    doc = extract("A third miner died in hospital on Thursday, officials said.", published="2002-07-19")
    assert {c.count for c in doc.casualties} == {3}


def test_a_city_taken_stays_in_its_country_whatever_foreign_troops_vote() -> None:
    """ "captured Baidoa ... accused Ethiopian troops": the adjective votes Ethiopia, the city is Somalia's."""
    doc = extract("Clan militia captured Baidoa on Sunday after a day of fighting that killed 18 people. Their rivals "
                  "accused Ethiopian troops of backing the assault.", published="1999-06-07")
    assert {(p.name, p.country) for c in doc.casualties for p in c.places} == {("Baidoa", "SO")}


def test_a_leaders_camp_is_no_place() -> None:
    doc = extract("Fighting near Jowhar killed 11 people on Wednesday, and Dhere's camp blamed the militia.",
                  published="1996-02-15")
    assert {p.name for c in doc.casualties for p in c.places} == {"Jowhar"}


@pytest.mark.parametrize(("text", "admin1"), [
    ("EGP guerrillas killed two soldiers near Chajul, El Quiché, on Wednesday.", "Quiché"),
    ("Soldiers killed 40 villagers in Las Dos Erres, El Petén, on Monday, relatives said.", "Petén"),
    ("ORPA fighters killed three soldiers at an outpost in San Marcos department on Tuesday.", "San Marcos"),
])
def test_departments_of_guatemala(text: str, admin1: str) -> None:
    [c] = extract(text, published="1982-12-20").casualties
    assert c.country == "GT" and admin1 in {p.admin1 for p in c.places}


@pytest.mark.parametrize(("text", "published", "day"), [
    # a weekday and its date, told weeks later: the date, not the last such weekday
    ("Militiamen attacked the church in the town on Sunday, 17 April, killing thousands, survivors said.",
     "1994-05-05", "1994-04-17"),
    ("Troops killed 300 people at the estate on Saturday, July 17, refugees said.", "1982-08-02", "1982-07-17"),
    ("Thousands of people were killed at the parish around April 16, survivors said.", "1994-05-25", "1994-04-16"),
])
def test_a_date_told_weeks_later(text: str, published: str, day: str) -> None:
    [c] = extract(text, published=published).casualties
    assert (c.period.start, c.period.end) == (day, day)


def test_a_people_is_no_place() -> None:
    doc = extract("Militiamen attacked Tutsi refugees at the parish near Cyangugu on April 18, killing 300.",
                  published="1994-05-26")
    assert "Tutsi" not in {p.name for c in doc.casualties for p in c.places}


@pytest.mark.parametrize("text", [
    "Army troops backed by tanks and helicopter gunships recaptured the town on Saturday; 12 people were killed.",
    "Government forces retook the town on Saturday after heavy shelling that killed 12 people.",
])
def test_the_fire_that_took_a_town_is_the_means(tmp_path: Path, text: str) -> None:
    """A town taken "backed by gunships" or "after heavy shelling": ACLED codes the change of hands."""
    assert _types(tmp_path, text) == {"Government regains territory"}


def test_the_contras_tell_nicaragua() -> None:
    """ "contras attacked La Trinidad ... Estelí": Nicaragua's town, not the Philippines'."""
    [c] = extract("Several hundred contras attacked La Trinidad, south of Estelí, on Thursday, killing five "
                  "civilians.", published="1985-08-02").casualties
    assert c.country == "NI" and {p.admin1 for p in c.places} == {"Estelí"}


def test_a_title_of_several_words_is_one_person() -> None:
    """ "killing a Guard Force member": one person, "guard" a word of his unit's name."""
    doc = extract("Insurgents attacked a protected village on Friday night, killing a Guard Force member.",
                  published="1977-10-08")
    assert [c.count for c in doc.incidents] == [1]


def test_both_after_a_count_restates_it() -> None:
    """ "Two men, both members of a night-watch team, were shot dead": two, not two and two more."""
    doc = extract("Two men, both members of a camp night-watch team, were shot dead by gunmen on Friday.",
                  published="2023-07-07")
    assert [c.count for c in doc.casualties] == [2]


def test_rhodesia_is_zimbabwe_before_1980() -> None:
    [c] = extract("ZANLA guerrillas fired mortars at Umtali on Sunday night, wounding one person.",
                  published="1978-04-10").casualties
    assert {(p.country, p.admin1) for p in c.places} == {("ZW", "Manicaland")}


@pytest.mark.parametrize(("text", "names"), [
    # two leaders and their men ("Talabani's and Barzani's forces"), no place
    ("At least 22 fighters were killed near Shaqlawa on 12 June in a breach of the truce between Talabani's and "
     "Barzani's forces.", {"Shaqlawa"}),
    # a plural possessive: the town, then its quarter
    ("A man was killed by military police in Santos' Morro São Bento on Thursday.", {"Santos", "Morro São Bento"}),
])
def test_possessives(text: str, names: set[str]) -> None:
    doc = extract(text, published="1994-06-13")
    assert {p.name for c in (*doc.casualties, *doc.incidents) for p in c.places} == names


def test_a_site_called_after_its_owner_is_one_name() -> None:
    """ "at Lions' Gate", "near Herod's Gate": no place called "Gate" that two reports would share."""
    doc = extract("Two police officers were lightly hurt in a stabbing at Lions' Gate in Jerusalem on Tuesday.",
                  published="2019-06-11")
    assert "Gate" not in {p.name for c in (*doc.casualties, *doc.incidents) for p in c.places}


def test_the_ninja_militia_tells_congo_brazzaville() -> None:
    [c] = extract("Ninja militiamen attacked a train near Mindouli on Saturday, killing four passengers.",
                  published="2002-04-13").casualties
    assert c.country == "CG" and c.perpetrator is not None and c.perpetrator.side == "OPP"
