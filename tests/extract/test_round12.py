"""Rules written in the session of the twelfth unseen round of pair sets, each on an invented sentence
that exercises the general pattern.

Every sentence here is invented.
"""

from __future__ import annotations

import pytest

from .helpers import extract


@pytest.mark.parametrize("text", [
    "A car bomb exploded in the Damascus suburb of Jaramana on Friday, killing four people.",
    "A car bomb exploded in Jaramana, a suburb of Damascus, on Friday, killing four people.",
])
def test_a_suburb_written_inside_its_city_is_one_place(text: str) -> None:
    """ "the Damascus suburb of Jaramana", "Jaramana, a suburb of Damascus": the city says where the suburb
    lies, so a bomb there is one incident, not deaths in two governorates (the suburb's own is Rif Dimashq)."""
    [c] = extract(text).casualties
    assert (c.count, c.aggregate) == (4, False)


def test_two_places_named_apart_are_still_a_tally() -> None:
    """The rule above is no licence: deaths in the city and in the suburb, told apart, are two places."""
    [c] = extract("Shelling killed four people in Damascus and in Jaramana on Friday.").casualties
    assert c.aggregate


def test_the_hospital_that_counts_the_dead_is_not_where_they_died() -> None:
    """ "..., a field hospital in Misrata said": the speaker's town, not a second place of the attack."""
    found = extract("A suicide car bomb killed eight fighters on the front line in Sirte on Wednesday, a field "
                    "hospital in Misrata said.")
    [c] = found.casualties
    assert [p.name for p in c.places] == ["Sirte"] and not c.aggregate


@pytest.mark.parametrize(("text", "place", "admin1"), [
    ("Militants attacked army posts in the Yarmouk valley on Sunday, killing seven soldiers.", "Yarmouk valley",
     "Daraa"),
    ("Al-Shabaab fighters killed nine soldiers in the Jubba valley on Sunday.", "Jubba valley", None),
])
def test_a_region_written_with_its_word_in_lower_case(text: str, place: str, admin1: str | None) -> None:
    """ "the Yarmouk valley", "the Jubba valley": a curated region, not the town or camp named like it."""
    [c] = extract(text).casualties
    [p] = c.places
    assert (p.name, p.precision, p.admin1) == (place, "region", admin1)


def test_a_toll_pushed_past_a_total_is_its_own_incident() -> None:
    """ "Five died in a rocket attack ..., pushing the civilian toll since 27 September past 60": the
    total's period is not the five's, so the five stay one incident (a part of the total)."""
    found = extract("Five people died in a rocket attack on a village in Barda district, officials said on Friday, "
                    "pushing the civilian death toll since 27 September past 60.")
    five = next(c for c in found.casualties if c.count == 5)
    assert not five.aggregate and five.parent is not None
    assert next(c for c in found.casualties if c.count == 60).aggregate


@pytest.mark.parametrize("text", [
    "Gunmen attacked the parliament building in the Chechen capital on Tuesday, killing three guards.",
    "Two Ingush police officers were shot dead at a checkpoint on Tuesday.",
])
def test_a_peoples_adjective_is_no_place(text: str) -> None:
    """ "the Chechen capital", "two Ingush police officers": a people's word, not a village called so."""
    [c] = extract(text).casualties
    assert all(p.name not in {"Chechen", "Ingush"} for p in c.places)


def test_sri_lankas_insurgents_say_the_country() -> None:
    """The Tamil Tigers fight in Sri Lanka, so a town of the report is Sri Lanka's, not a namesake in
    India's Tamil Nadu."""
    [c] = extract("Seventeen aid workers were found shot dead in the eastern town of Muttur on Tuesday, after days "
                  "of fighting between troops and Tamil Tiger rebels.").casualties
    assert c.country == "LK" and all(p.country in (None, "LK") for p in c.places)


def test_nagorno_karabakh_and_its_capital() -> None:
    """Nagorno-Karabakh is a region of Azerbaijan; Stepanakert, which Baku calls Khankendi, its town."""
    [c] = extract("Several peacekeepers were killed near the village of Chankatagh in Nagorno-Karabakh on "
                  "Wednesday.").casualties
    assert c.country == "AZ" and "Nagorno-Karabakh" in [p.name for p in c.places]
    [c] = extract("Shelling killed one civilian in Stepanakert on Sunday.").casualties
    assert [(p.name, p.country, p.precision) for p in c.places] == [("Stepanakert", "AZ", "exact")]


@pytest.mark.parametrize(("seat", "district"), [("Vedeno", "Vedensky"), ("Untsukul", "Untsukulsky"),
                                                ("Pokrovsk", "Pokrovskyi"), ("Khasavyurt", "Khasavyurtovsky")])
def test_a_district_named_by_its_seats_adjective(seat: str, district: str) -> None:
    """Russian and Ukrainian districts bear an adjective of their seat: "the Vedeno district" is the
    Vedensky district."""
    from tolltrack.store.names import same_name

    assert same_name(seat, district) and same_name(district, seat)


def test_foreigners_with_a_word_between_are_still_foreigners() -> None:
    """ "two Indian radar technicians", "Russian peacekeepers": whose people they are, not the scene."""
    [c] = extract("Several Russian peacekeepers were killed near the village of Chankatagh in Nagorno-Karabakh on "
                  "Wednesday.").casualties
    assert c.country == "AZ"
    found = extract("Two Indian radar technicians were wounded when rebels shelled an air base in Vavuniya on Tuesday.")
    assert all(c.country != "IN" for c in found.casualties + found.incidents)


def test_whose_land_it_is_is_no_place_name() -> None:
    """ "in Tiger-held territory", "rebel-controlled areas": who holds the land, not a village so named."""
    [c] = extract("Twenty civilians died in a roadside bomb attack on a bus in Tiger-held territory in the Madhu area "
                  "on Tuesday.").casualties
    assert [p.name for p in c.places] == ["Madhu"]


@pytest.mark.parametrize(("text", "victim"), [
    ("Two men were killed in a shootout with police in Kaduna on Wednesday.", "UNK"),
    ("ISIS lost five men in clashes with the SDF on Wednesday.", "ISIS"),
])
def test_the_side_fought_is_not_the_side_that_died(text: str, victim: str) -> None:
    """ "two men were killed in a shootout with police": the men fought the police; they were not police."""
    [c] = extract(text).casualties
    assert c.victim.side == victim


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Two soldiers were killed during overnight shelling on February 12-13, officials said.", "2024-02-12",
     "2024-02-13"),
    ("Two soldiers were killed during shelling on 12-13 February, officials said.", "2024-02-12", "2024-02-13"),
    ("Two soldiers were killed overnight, officials said.", "2024-03-01", "2024-03-02"),
])
def test_two_days_written_as_a_range(text: str, start: str, end: str) -> None:
    """ "on February 12-13": the night of two days, not the 12th and a count of 13; "overnight" before a
    date is that date's night, not the night before publication."""
    [c] = extract(text).casualties
    assert (c.count, c.period.start, c.period.end) == (2, start, end)


@pytest.mark.parametrize(("text", "counts"), [
    ("Two gunmen killed a police officer in Magas on Tuesday.", [1]),
    ("About 50 militants captured Qandala after a brief firefight that left two defenders dead.", [2]),
    ("Two soldiers killed Tuesday in ambush.", [2]),
    ("Three policemen shot dead the day before were buried on Tuesday.", [3]),
    ("Three soldiers killed 5 km from Mosul", [3]),
])
def test_the_people_who_did_it_are_not_its_victims(text: str, counts: list[int]) -> None:
    """ "Two gunmen killed a police officer": a verb between a count and its object says what the counted
    did; the headline's "two soldiers killed Tuesday" is still two dead."""
    found = extract(text)
    assert sorted(c.count for c in found.casualties + found.incidents if c.count is not None) == counts


@pytest.mark.parametrize(("text", "count"), [
    ("Armed men slaughtered a family of seven on a farm on Thursday night.", 7),
    ("A dozen villagers were slaughtered in a hamlet near the forest on Friday night.", 12),
    ("Two men were beaten to death by a mob on Friday.", 2),
])
def test_a_family_counted_and_the_slaughtered(text: str, count: int) -> None:
    """ "slaughtered a family of seven": the family's size is the count; "were slaughtered", "beaten to
    death" after the count are deaths (read after round 13's first look)."""
    [c] = [c for c in extract(text).casualties if c.parent is None]
    assert (c.status, c.count) == ("killed", count)
