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
