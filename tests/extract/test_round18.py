"""Rules written in the session of the eighteenth unseen round of pair sets (Croatia 1991-1995, Peru's
internal conflict, Liberia's civil wars, Georgia's conflicts), each on an invented sentence that exercises
the general pattern.

Every sentence here is invented.
"""

from __future__ import annotations

import pytest

from .helpers import extract


def test_the_second_attack_in_two_days_is_one_attack() -> None:
    """ "..., the second such attack in two days": an attack of a series, dated by its own day, no tally."""
    [c] = extract("A rocket hit an airliner landing at the airport on Wednesday, the second such attack in two "
                  "days, and dozens of bodies were pulled from the wreck, officials said.",
                  published="1993-09-22").casualties
    assert (c.period.start, c.period.end, c.aggregate) == ("1993-09-22", "1993-09-22", False)


@pytest.mark.parametrize(("text", "published", "day"), [
    ("Rebels attacked an army post at the border on Christmas Eve, killing five soldiers.", "1989-12-28",
     "1989-12-24"),
    ("Gunmen killed 12 people at a market on New Year's Day, police said.", "2003-01-03", "2003-01-01"),
    ("Fighters raided the village on Orthodox Christmas Day, killing 40 people.", "1993-01-10", "1993-01-07"),
    ("Gunmen killed 12 people on Christmas Day, police said.", "1990-01-03", "1989-12-25"),
])
def test_holidays_of_a_fixed_day(text: str, published: str, day: str) -> None:
    [c] = extract(text, published=published).casualties
    assert (c.period.start, c.period.end) == (day, day)


@pytest.mark.parametrize(("text", "country", "admin1"), [
    ("Rockets killed four people in Sukhumi on Tuesday.", "GE", "Abkhazia"),
    ("Shelling killed six civilians in Vukovar on Tuesday.", "HR", "Vukovar-Syrmia County"),
    ("Rebels killed nine civilians in Gbarnga on Tuesday.", "LR", "Bong County"),
])
def test_provinces_of_more_wars(text: str, country: str, admin1: str) -> None:
    [c] = extract(text, published="1993-09-22").casualties
    assert {(p.country, p.admin1) for p in c.places} == {(country, admin1)}


def test_where_troops_came_out_of_is_not_the_scene() -> None:
    """ "moved out of Idlib into Suqaylabiyah": as "from", the place they left; one place, so one incident."""
    [c] = extract("Fighters moved out of Idlib into the town of Suqaylabiyah on Monday, killing two policemen at "
                  "the police station, officials said.", published="2024-08-12").casualties
    assert {p.admin1 for p in c.places} == {"Hama"} and not c.aggregate


def test_where_the_speakers_sit_is_not_the_scene() -> None:
    """ "..., diplomats in Monrovia said": where the speakers are, when the sentence names the scene too."""
    [c] = extract("Rebels killed 14 civilians in the port city of Buchanan on Sunday, diplomats in Monrovia said.",
                  published="1990-05-29").casualties
    assert [p.name for p in c.places] == ["Buchanan"]


def test_where_people_fled_to_votes_for_no_country() -> None:
    """ "residents fleeing toward Srb and Bosnia": where they went, not the country of the shelling."""
    [c] = extract("Shelling killed nine civilians in Knin on Friday, and residents were fleeing toward Srb and "
                  "Bosnia.", published="1995-08-05").casualties
    assert c.country == "HR" and [p.name for p in c.places] == ["Knin"]


def test_a_government_named_after_a_place_or_a_leader_is_no_place() -> None:
    """ "soldiers of the Kabul government", "the Doe government": who rules, not where it happened."""
    [c] = extract("Insurgents killed six soldiers of the Kabul government in Helmand on Sunday.",
                  published="2019-12-26").casualties
    assert [p.name for p in c.places] == ["Helmand"]
