"""Rules written in the session of the forty-first unseen round of pair sets (Corsica, Djibouti and the Afar
borderlands, Kenya's Mount Elgon and coast, southern Kyrgyzstan and the Kyrgyz-Tajik border), each on an invented
sentence that exercises the general pattern.

Every sentence here is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .helpers import event_types, extract, one


@pytest.mark.parametrize(("text", "country", "admin1"), [
    # a region, its departments and its armed groups say the country
    ("A bomb wrecked a bank branch in Corte, Haute-Corse, overnight; the FLNC claimed it.", "FR", "Corsica"),
    ("A bomb exploded outside a gendarmerie post in Lecci, Corsica, overnight.", "FR", "Corsica"),
    # a region named like a city abroad ("Jalalabad", Afghanistan) is the region the words name
    ("Two people were killed on Wednesday when rival crowds clashed in Jalal-Abad, officials said.", "KG",
     "Jalal-Abad"),
    # (the forty-fourth round)
    ("Attackers killed three security officers at an inspection post outside Kashi, Xinjiang, on Tuesday.", "CN",
     "Xinjiang"),
    ("An opposition activist was killed and his wife injured when militia attacked their homestead in Makoni "
     "district, Manicaland, overnight.", "ZW", "Manicaland"),
    # (the forty-fifth round)
    # a region named by its old name ("Zelaya Norte") and a rebel group of that war
    ("KISAN insurgents attacked a resettlement camp in Zelaya Norte on Sunday, killing three soldiers.", "NI",
     "North Caribbean Coast"),
    # a militia of 1999 and a district of East Timor; "Same" is that district's capital, not Tanzania's town
    ("Aitarak militiamen shot dead a man in Same, the capital of Manufahi district, on Thursday.", "TL",
     "Manufahi"),
])
def test_regions_say_their_country(text: str, country: str, admin1: str) -> None:
    result = extract(text, published="2010-05-20")
    c = one([*result.casualties, *result.incidents])
    assert c.country == country
    assert admin1 in {p.admin1 for p in c.places}


def test_a_countrys_adjective_keeps_its_villages_at_home() -> None:
    """ "Djiboutian troops": the country's word, so that a village no gazetteer knows is not a look-alike abroad."""
    c = one(extract("Djiboutian troops recaptured the rebel-held village of Balho near the Ethiopian border on "
                    "Tuesday, the army said.", published="1993-07-08").incidents)
    assert c.country == "DJ"
    assert all(p.country in (None, "DJ") for p in c.places)


def test_the_side_the_fire_came_from_is_not_the_scene() -> None:
    c = one(extract("A shepherd was shot dead near Kok-Tash by sniper fire from the Tajik side on Friday, "
                    "Kyrgyzstan's border service said.", published="2021-04-30").incidents)
    assert c.country != "TJ"


def test_another_incidents_place_told_to_compare_is_no_place() -> None:
    """ "two nights after a similar attack in Calvi": the other incident's town."""
    c = one(extract("A bomb destroyed the front of an estate agency in Algajola overnight, two nights after a "
                    "similar attack in Calvi. There were no casualties.", published="2011-05-18").incidents)
    assert [p.name for p in c.places] == ["Algajola"]


@pytest.mark.parametrize("text", [
    "A holiday home in Patrimonio was badly damaged by an explosion on Tuesday night. Nobody was hurt. Gendarmes "
    "are looking into possible links with a bombing in Saint-Florent two days earlier.",
    "Customs officers in Propriano found their office wrecked by an explosive charge on Tuesday night. Nobody was "
    "hurt. A separatist group claimed it, together with the attack on the Bonifacio customs post on Sunday.",
])
def test_an_incident_named_to_relate_it_is_another(text: str) -> None:
    """A later sentence that names an earlier incident to relate it to the one told ("links with a bombing in
    X", "together with the attack on Y") tells no second incident of the report."""
    incidents = extract(text, published="2010-07-14").incidents
    assert len(incidents) == 1


def test_a_tied_vote_reads_the_namesake_in_a_voted_country() -> None:
    """Tajik and Afghan words, no winner: "Moskovsky" is the Tajik town, not a district of a country no word
    names."""
    c = one(extract("Around 25 Russian border guards were killed when Tajik opposition fighters backed by Afghan "
                    "mujahideen overran a frontier post near Moskovsky before dawn on Tuesday.",
                    published="1993-07-13").casualties)
    assert {p.country for p in c.places} == {"TJ"}


@pytest.mark.parametrize(("text", "sub_type"), [
    # spent cartridges are no artillery
    ("About ten shell casings were found outside the police station in Bastia after gunmen fired on it overnight. "
     "No one was hurt.", "Armed clash"),
    # arms taken are no abduction; a building blown up is a bombing
    ("Hooded men stormed a gendarmerie post at Pietrosella overnight, tied up two gendarmes and seized a service "
     "pistol before blowing up part of the building. No one was hurt.", "Remote explosive/landmine/IED"),
])
def test_what_the_words_say_of_the_means(tmp_path: Path, text: str, sub_type: str) -> None:
    assert event_types(tmp_path, text, published="1997-09-06") == {sub_type}


@pytest.mark.parametrize("text", [
    "Saboteurs set off charges at a power plant near Lucciana overnight, the utility said. No one was hurt.",
    "Masked men ordered the guards out of a hotel site at Lumio on Wednesday night before blowing up two "
    "buildings.",
])
def test_bombs_set_off_and_buildings_blown_up_are_incidents(text: str) -> None:
    assert len(extract(text, published="1991-11-26").incidents) == 1


def test_where_the_group_that_tells_it_sits_is_no_place() -> None:
    """ "according to an opposition group in Paris": where the speaker sits."""
    c = one(extract("Nine villagers were shot dead by troops near Obock on Sunday after rebels attacked a convoy "
                    "nearby, according to an opposition group in Paris.", published="1993-09-22").casualties)
    assert "Paris" not in {p.name for p in c.places}


# The forty-second round (Dagestan and Ingushetia, Rio de Janeiro, Western Sahara, the Chittagong Hill Tracts).

@pytest.mark.parametrize(("text", "status"), [
    ("A 30-year-old man was forced into a car by men in civilian clothes outside a mosque in Khasavyurt on Friday, "
     "relatives said.", "captured"),
    ("Rebel units bombarded army positions in the Farsia sector on Wednesday, their command said.", "attack"),
    ("Several projectiles fell near Amgala on Saturday; local authorities reported no casualties.", "attack"),
])
def test_incidents_told_by_how_they_were_done(text: str, status: str) -> None:
    assert [c.status for c in extract(text, published="2012-03-12").incidents] == [status]


def test_a_deed_a_man_had_a_part_in_is_neither_place_nor_tally() -> None:
    """ "suspected of involvement in the Volgograd station bombings": another incident, by its town."""
    c = one(extract("A rebel commander suspected of involvement in the Volgograd station bombings was among four "
                    "gunmen killed in a special operation in Gunib district, officials said on Sunday.",
                    published="2014-01-19").casualties)
    assert [p.name for p in c.places] == ["Gunib district"]
    assert not c.aggregate


def test_a_seats_name_finds_the_district_named_by_its_adjective() -> None:
    """Russian districts are adjectives of their seats: "Tsumada district" is the Tsumadinsky district."""
    c = extract("Two soldiers were killed in a firefight in the forests of Dagestan's Tsumada district on Monday.",
                published="2009-09-14").casualties[0]
    assert ("Dagestan", "admin2") in {(p.admin1, p.precision) for p in c.places}


def test_visitors_are_people_and_an_explosive_belt_a_suicide_bomb(tmp_path: Path) -> None:
    text = ("A cleric was killed at his home in Chirkey on Tuesday when a woman posing as a pilgrim detonated an "
            "explosive belt; four of his visitors also died.")
    assert [c.count for c in extract(text, published="2012-08-28").casualties] == [4]
    assert event_types(tmp_path, text, published="2012-08-28") == {"Suicide bomb"}


# The forty-third round (Bougainville, Kachin and northern Shan, Gambela, Lebanon's Tripoli).

@pytest.mark.parametrize("text", [
    "Rebel fighters seized the Nam Hpat Kar border gate in northern Shan State on Friday, a resident said.",
    "Insurgents seized the Mong Ko township seat overnight after the last police post withdrew.",
])
def test_a_gate_or_a_township_seized_is_territory_taken(tmp_path: Path, text: str) -> None:
    assert event_types(tmp_path, text, published="2023-10-28") == {"Non-state actor overtakes territory"}


def test_air_strikes_a_taking_prompted_do_not_type_it(tmp_path: Path) -> None:
    text = ("Rebel troops overran an army base on the Hpyu Bum ridge early on Thursday, prompting retaliatory air "
            "strikes by the military.")
    assert event_types(tmp_path, text, published="2021-03-26") == {"Non-state actor overtakes territory"}


def test_a_people_before_its_men_is_no_place() -> None:
    """ "seized hundreds of cattle from Nuer herders": a people, not Gambela's Nuer zone."""
    c = one(extract("Raiders killed two herders and seized hundreds of cattle from Nuer herders near Akobo on "
                    "Thursday, officials said.", published="2013-03-16").casualties)
    assert all(p.admin2 != "Nuer" for p in c.places)


def test_where_raiders_came_from_and_went_back_to_is_not_their_country() -> None:
    """ "raiders from South Sudan ... before crossing back into South Sudan": neither South Sudan nor (by the tail
    of its name) Sudan."""
    c = one(extract("Nine villagers were killed when raiders from South Sudan attacked a settlement in Gog woreda "
                    "before dawn on Monday, before crossing back into South Sudan, officials said.",
                    published="2013-02-12").casualties)
    assert c.country == "ET"


def test_the_office_a_statement_came_from_is_no_place() -> None:
    c = one(extract("Three civilians were killed when mortar rounds landed on a village near Koromira on Monday, "
                    "the rebel government said in a statement from its office in Honiara.",
                    published="1997-02-11").casualties)
    assert "Honiara" not in {p.name for p in c.places}


def test_where_refugees_crossed_to_is_not_the_scene() -> None:
    c = one(extract("Refugees crossing into Guinea's Gueckedou prefecture said a jet bombed Buedu on Wednesday, "
                    "killing nine people.", published="1999-03-12").casualties)
    assert all("Gueckedou" not in p.name for p in c.places)


def test_since_an_operation_began_on_a_day_is_a_tally_from_that_day() -> None:
    """ "since Operation Dawn began on October 27": from that day to the report's, a tally, not that day alone."""
    c = one(extract("Rebel forces say they have killed more than 80 soldiers since Operation Dawn began on "
                    "October 27.", published="2023-11-10").casualties)
    assert (c.period.start, c.period.end, c.aggregate) == ("2023-10-27", "2023-11-10", True)


# The forty-fourth round (Transnistria, Xinjiang, Zimbabwe, Madagascar); its regions and the forty-fifth round's
# (Nicaragua's Contra war, East Timor 1999) are among test_regions_say_their_country's cases.

@pytest.mark.parametrize(("text", "status"), [
    ("Ruling party youths went house to house in Epworth on Sunday, beating residents, witnesses said.", "attack"),
    ("War veterans invaded a farm near Chegutu on Friday, a farmers' group said.", "attack"),
    ("A group of border guards was taken prisoner near the bridge in Tighina on Saturday, the ministry said.",
     "captured"),
])
def test_beatings_invasions_and_prisoners_are_incidents(text: str, status: str) -> None:
    assert [c.status for c in extract(text, published="2008-06-30").incidents] == [status]
