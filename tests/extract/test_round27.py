"""Rules written in the session of the twenty-seventh unseen round of pair sets, each on an invented
sentence that exercises the general pattern.

Every sentence here is invented.
"""

from __future__ import annotations

import pytest

from .helpers import extract


@pytest.mark.parametrize("text", [
    "Two soldiers who were wounded in Sunday's ambush near Kidal have died of their injuries, the army said.",
    "Three villagers who were abducted by rebels last week had died in captivity, relatives said on Thursday.",
    "A policeman who was shot in the raid later succumbed in hospital, officials said.",
])
def test_people_hurt_or_taken_earlier_who_died_are_counted_dead(text: str) -> None:
    """ "who were wounded ... have died": the relative clause says what befell them first, the main verb
    what is counted."""
    [c] = extract(text, published="2008-05-01").casualties + extract(text, published="2008-05-01").incidents
    assert c.status == "killed"


def test_people_hurt_who_were_then_treated_stay_hurt() -> None:
    [c] = extract("The 12 people who were injured in the blast were taken to hospital in Gao.",
                  published="2008-05-01").casualties
    assert c.status == "injured"


@pytest.mark.parametrize(("text", "name", "precision"), [
    ("Rebels attacked the gendarmerie post in Çukurca, Hakkari, on Monday, killing two soldiers.", "Çukurca",
     "exact"),
    ("Guerrillas raided a border post in the Şemdinli district of Hakkari on Monday, killing three soldiers.",
     "Şemdinli district", "admin2"),
])
def test_a_name_that_starts_with_a_letter_with_a_diacritic(text: str, name: str, precision: str) -> None:
    """ "Çukurca", "Şemdinli": a capital with a cedilla starts a name as "C" does."""
    [c] = extract(text, published="1992-09-01").casualties
    assert (name, precision, "TR") in {(p.name, p.precision, p.country) for p in c.places}


def test_a_village_in_the_hills_above_a_town_is_one_place() -> None:
    """ "La Union, a village in the hills above Apartado": one spot, whatever department a namesake lies in."""
    [c] = extract("Paramilitaries executed six farmers in La Union, a village in the hills above Apartado, on "
                  "Saturday, community leaders said.", published="2000-07-10").casualties
    assert not c.aggregate


@pytest.mark.parametrize(("text", "status"), [
    ("Former president Rahmani and his brother were hanged from a traffic post in the capital on Friday.",
     "killed"),
    ("Rebels hanged five villagers in the main square of Kunduz on Friday, witnesses said.", "killed"),
    ("Rebels executed five prisoners in the main square of Kunduz on Friday, witnesses said.", "killed"),
    ("Five hostages were killed when troops stormed the house in Kunduz on Friday.", "killed"),
    ("Rebels freed five prisoners in Kunduz on Friday, a spokesman said.", "captured"),
    ("Five hostages were freed after the kidnappers killed a guard in Kunduz on Friday.", "captured"),
])
def test_what_befell_captives_is_what_is_counted(text: str, status: str) -> None:
    """ "executed five prisoners", "three hostages were killed": the captives' death is counted; "freed
    five prisoners" still counts captives."""
    res = extract(text, published="2000-01-01")
    assert (res.casualties or res.incidents)[0].status == status


@pytest.mark.parametrize("text", [
    "A new rebel group has claimed the 8 February raid on the army garrison at Iferouane. The government "
    "says three soldiers died.",
    "Survivors said fighters killed three civilians in their homes during the February 8 operation.",
])
def test_a_date_that_names_the_deed(text: str) -> None:
    """ "claimed the 8 February raid", "the February 8 operation": the day of the raid, not of the claim."""
    [c] = extract(text, published="2007-02-12").casualties
    assert (c.period.start, c.period.end) == ("2007-02-08", "2007-02-08")


def test_the_farc_vote_for_colombia() -> None:
    """A report that names neither Colombia nor a department, only the FARC: its towns are Colombia's."""
    [c] = extract("FARC guerrillas attacked the police station in Vista Hermosa on Wednesday, killing four police "
                  "officers, officials said.", published="2002-02-21").casualties
    assert {p.country for p in c.places} == {"CO"}
