"""Rules written in the session of the fourteenth unseen round of pair sets (North Sinai, south-eastern
Turkey, the Gaza Strip, Baghdad), each on an invented sentence that exercises the general pattern.

Every sentence here is invented.
"""

from __future__ import annotations

import pytest

from .helpers import extract


def test_a_place_read_far_from_the_town_it_is_said_to_lie_by_is_a_namesake() -> None:
    """ "a mosque in Rawda, west of Arish": the gazetteer's only Rawda lies 200 km away in another
    province, so it is another Rawda; the town that locates it says where (near Arish)."""
    [c] = extract("Gunmen attacked worshippers at a mosque in Rawda, west of Arish, on Friday, killing 30 "
                  "people.", published="2017-11-24").casualties
    assert [(p.name, p.precision, p.admin1) for p in c.places] == [("Arish", "near", "North Sinai Governorate")]


@pytest.mark.parametrize(("text", "place"), [
    ("Gunmen killed two soldiers in Muqdadiya, northeast of Baghdad, on Friday.", "Muqdadiya"),
    ("Gunmen killed two soldiers in Tikrit, north of Baghdad, on Friday.", "Tikrit"),
    ("Gunmen killed two soldiers in Tikrit, 170 km north of Baghdad, on Friday.", "Tikrit"),
    ("Gunmen killed two soldiers in Sinjar, 400 km northwest of Baghdad, on Friday.", "Sinjar"),
])
def test_a_town_said_to_lie_by_another_is_still_the_place(text: str, place: str) -> None:
    """The rule above is no licence: a town written as the gazetteer writes it is that town, however far
    ("Tikrit, north of Baghdad"), and a distance said is no reason to doubt it; the town that only points
    the way is not a second place (nor the province the sentence names: Baghdad's is not Tikrit's)."""
    [c] = extract(text, published="2024-05-10").casualties
    assert [(p.name, p.precision) for p in c.places] == [(place, "exact")]


def test_another_name_in_brackets_is_the_same_place() -> None:
    """ "al-Thawra (Sadr City)": one place under two names, not deaths in two countries' towns (there is
    an al-Thawra in Syria); the name the gazetteer puts elsewhere stays unresolved."""
    [c] = extract("A car bomb killed nine people in al-Thawra (Sadr City) on Monday.",
                  published="2006-10-16").casualties
    assert not c.aggregate and c.country == "IQ"
    assert {p.name: p.precision for p in c.places} == {"al-Thawra": "unresolved", "Sadr City": "exact"}


def test_a_site_named_after_a_country_is_not_that_country() -> None:
    """ "the Kuwait roundabout in Gaza City": a roundabout's name, not a second country of the incident."""
    [c] = extract("At least 20 people waiting for aid were killed at the Kuwait roundabout in Gaza City on "
                  "Thursday.", published="2024-03-15").casualties
    assert [p.name for p in c.places] == ["Gaza City"] and c.country == "PS"


def test_gaza_alone_is_the_strip() -> None:
    """ "southern Gaza" is the Strip's south, not Gaza City 30 km north of it; "Gaza City" is the city."""
    [c] = extract("An air strike killed 11 people in southern Gaza on Saturday.", published="2024-07-13").casualties
    assert [(p.admin1, p.precision) for p in c.places] == [("Gaza Strip", "admin1")]
    [c] = extract("An air strike killed 11 people in Gaza City on Saturday.", published="2024-07-13").casualties
    assert [(p.name, p.precision) for p in c.places] == [("Gaza City", "exact")]


def test_today_in_a_title_is_no_date() -> None:
    """ "Al-Quds Today television said ...": a channel's name, not the day of publication; the claim stays
    undated (merging then looks back from the publication day)."""
    [c] = extract("Al-Quds Today television said five journalists were killed when a strike hit their van in "
                  "Nuseirat.", published="2024-12-27").casualties
    assert c.period.start is None
    [c] = extract("Five journalists were killed in Nuseirat today, officials said.",
                  published="2024-12-27").casualties
    assert c.period.start == "2024-12-27"


@pytest.mark.parametrize(("text", "side"), [
    ("A 57-year-old woman, Leyla Demir, was shot dead in the street in Silopi on Saturday.", "CIV"),
    ("A police officer, Ahmet al-Kaya, was killed in Silopi on Saturday.", "GOV"),
])
def test_a_name_between_commas_does_not_hide_the_person(text: str, side: str) -> None:
    """ "A woman, Leyla Demir, was shot dead": the name told in apposition is still one person, of the
    side her noun says."""
    [c] = extract(text, published="2015-12-21").incidents
    assert (c.count, c.victim.side) == (1, side)


def test_a_town_written_with_an_article_is_read_as_surely_as_without() -> None:
    """ "el-Arish" is the gazetteer's "Arish": written with its article, the town is as sure a sign of the
    report's country as written without."""
    from tolltrack.extract.place_checks import _sure
    from tolltrack.extract.places import Resolved

    arish = Resolved("Arīsh", "EG", "North Sinai Governorate", 31.13, 33.80, "exact")
    assert _sure(arish, "el-Arish") and _sure(arish, "al-Arish") and _sure(arish, "Arish")
    assert not _sure(arish, "Arishan")


def test_a_district_filed_under_the_wrong_province_is_corrected() -> None:
    """GeoNames files Baghdad's Adhamiyah district under Duhok; the built table puts it back."""
    [c] = extract("Gunmen shot dead a journalist as he drove to work in the Adhamiya district on Thursday.",
                  published="2006-12-07").incidents
    assert [(p.admin1, p.precision) for p in c.places] == [("Baghdad", "admin2")]


@pytest.mark.parametrize(("text", "reporter"), [
    ("Gunmen killed 23 soldiers at a checkpoint west of Arish on Friday, state media reported.", "state media"),
    ("Gunmen killed 23 soldiers in Idlib on Friday, state media reported.", "SANA"),
    ("Gunmen killed 23 soldiers at a checkpoint west of Arish on Friday, SANA reported.", "SANA"),
])
def test_state_media_are_the_state_media_of_the_country_reported(text: str, reporter: str) -> None:
    """ "state media" names Syria's SANA in a report about Syria only; in one about Egypt they are Egypt's
    state media (SANA, named, is SANA anywhere)."""
    [c] = extract(text, published="2017-11-24").casualties
    assert c.reported_by == reporter


def test_people_from_a_list_of_countries_say_no_country() -> None:
    """ "observers from Austria, Canada, China and Finland": where the dead came from, not where they died
    (nor a place of the claim)."""
    [c] = extract("Four UN military observers from Austria, Canada, China and Finland were killed when a bomb "
                  "struck their patrol base near Khiam on Tuesday.", published="2006-07-26").casualties
    assert c.country is None and [p.name for p in c.places] == ["Khiam"]


@pytest.mark.parametrize(("text", "period"), [
    ("Militiamen killed more than 100 villagers in a raid on Hamada the previous week.", ("2005-01-10", "2005-01-16")),
    ("Militiamen killed more than 100 villagers in a raid on Hamada the week before.", ("2005-01-10", "2005-01-16")),
    ("Militiamen killed 40 men when they besieged Kailek in March.", ("2005-03-01", "2005-03-31")),
    ("Militiamen executed about 45 men near Deleig in early January.", ("2005-01-01", "2005-01-10")),
    ("Militiamen executed about 45 men near Deleig in late December.", ("2004-12-21", "2004-12-31")),
])
def test_a_week_or_a_month_the_report_names_dates_the_incident(text: str, period: tuple[str, str]) -> None:
    """ "the previous week" is last week; "in March", "in early January" a month or its third, the last one
    before the report (December, told in January, is last year's); a day within it, not a month's tally."""
    published = "2005-04-02" if "March" in text else "2005-01-22"
    [c] = extract(text, published=published).casualties
    assert (c.period.start, c.period.end) == period and not c.aggregate


def test_a_month_told_with_during_is_a_monthly_tally() -> None:
    [c] = extract("Insurgents killed at least 27 civilians in Macomia district during September, a conflict "
                  "monitor said.", published="2020-10-05").casualties
    assert (c.period.start, c.period.end, c.aggregate) == ("2020-09-01", "2020-09-30", True)
    assert c.reported_by == "monitor"  # (not Syria's SOHR, whom "the monitor" names in reports about Syria)


@pytest.mark.parametrize(("text", "admin1"), [
    ("Serbian police killed 24 men in a raid near Djakovica on Friday.", "Gjakova"),
    ("Serbian police killed 24 men in a raid near Gjakova on Friday.", "Gjakova"),
    ("Police shot dead six men in Srbica on Friday.", "Mitrovica"),
])
def test_kosovo_towns_under_both_their_names(text: str, admin1: str) -> None:
    """Reports of 1998-1999 write Kosovo's towns in Serbian ("Djakovica", "Srbica"), later ones in Albanian
    ("Gjakova", "Skenderaj"): one town, in its district, under either."""
    [c] = extract(text, published="1999-01-30").casualties
    assert [(p.country, p.admin1) for p in c.places] == [("XK", admin1)]
