"""Rules written in the session of the seventeenth unseen round of pair sets (Nepal's Maoist insurgency,
Sierra Leone's civil war, Algeria's civil war, Chechnya), each on an invented sentence that exercises the
general pattern.

Every sentence here is invented.
"""

from __future__ import annotations

import pytest

from .helpers import extract, state_upto


def test_a_general_strike_is_no_attack() -> None:
    """ "the rebels, who had called a general strike": a strike of workers, not an air strike."""
    incidents = extract("A bomb damaged the gate of a bank in Pokhara on Monday. No one was hurt; police blamed "
                        "the rebels, who had called a general strike in the town.", published="2004-06-22").incidents
    assert [c.status for c in incidents] == ["attack"]


@pytest.mark.parametrize(("text", "span"), [
    ("Aircraft bombed the village on 9 and 10 February, killing 20 civilians.", ("2000-02-09", "2000-02-10")),
    ("The police lost 23 officers in the month to mid-February, a spokesman said.", ("2000-01-17", "2000-02-15")),
    ("Fighting killed 40 people in the week to 6 February, the monitor said.", ("2000-01-31", "2000-02-06")),
])
def test_two_days_and_a_span_that_ends_on_a_day(text: str, span: tuple[str, str]) -> None:
    [c] = extract(text, published="2000-02-16").casualties
    assert (c.period.start, c.period.end) == span


def test_the_time_of_a_relative_clause_about_someone_else() -> None:
    """ "shelled the town on Monday to dislodge the soldiers who seized it last week, killing 10": Monday."""
    [c] = extract("Warships shelled the port on Monday in an attempt to dislodge the soldiers who seized power last "
                  "week, killing at least 10 people, residents said.", published="1997-06-03").casualties
    assert (c.period.start, c.period.end) == ("1997-06-02", "1997-06-02")


def test_a_capital_shelled_by_foreigners_is_still_the_capital() -> None:
    """ "Nigerian warships shelled Freetown": the Sierra Leonean capital, whatever the foreigners' word votes."""
    [c] = extract("Nigerian warships shelled Freetown on Monday, killing at least 10 people, residents said.",
                  published="1997-06-03").casualties
    assert c.country == "SL" and [(p.name, p.admin1) for p in c.places] == [("Freetown", "Western Area")]


@pytest.mark.parametrize(("text", "country", "admin1"), [
    ("Rebels killed 11 people in the town of Sumbuya in Bo district on Wednesday.", "SL", "Southern Province"),
    ("Rebels killed six policemen at a post in Rolpa district on Wednesday.", "NP", "Lumbini Province"),
])
def test_districts_of_more_wars(text: str, country: str, admin1: str) -> None:
    cs = extract(text, published="1995-08-10").casualties
    assert {(c.country, p.admin1) for c in cs for p in c.places if p.admin1} == {(country, admin1)}


def test_a_town_in_apposition_to_a_district_takes_its_province() -> None:
    """ "Besisahar, headquarters of Lamjung district": GeoNames files the town under another province, 40 km
    away; the district says which, so the deaths are in one province (one incident, not a tally)."""
    [c] = extract("Rebels attacked Besisahar, headquarters of Lamjung district, overnight. Two policemen were "
                  "killed.", published="2004-02-15").casualties
    assert not c.aggregate and {p.admin1 for p in c.places} == {"Gandaki Province"}


def test_a_seat_named_like_a_town_far_away_is_the_districts() -> None:
    """ "Khalanga, the headquarters of Jumla district": many district seats share the name; the gazetteer's
    lies in another province, so this one is the district's, whose point is not known."""
    [c] = extract("Rebels attacked Khalanga, the headquarters of Jumla district, overnight, killing at least 30 "
                  "people, police said.", published="2002-11-15").casualties
    assert not c.aggregate
    [town] = [p for p in c.places if p.name == "Khalanga"]
    assert (town.admin1, town.lat) == ("Karnali Province", None)


def test_a_city_that_is_a_districts_seat_does_not_gainsay_its_country() -> None:
    """ "Beni, the headquarters of Myagdi district": the district says Nepal; a city of that name in Congo is
    no vote against it."""
    state = state_upto("Rebels attacked Beni, the headquarters of Myagdi district, on Saturday night. At least 18 "
                       "soldiers were killed.", "places", published="2004-03-21")
    assert state.country == "NP"
