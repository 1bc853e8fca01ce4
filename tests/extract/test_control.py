"""control: area held, share of the country, villages taken or lost."""

from __future__ import annotations

import pytest

from tolltrack.model import Control

from .helpers import PUB, extract


def control(text: str, published: str | None = PUB) -> list[Control]:
    return extract(text, published=published).control


def only(text: str) -> Control:
    found = control(text)
    assert len(found) == 1, [(c.actor.side, c.evidence.text) for c in found]
    return found[0]


def test_area_held_in_square_kilometres() -> None:
    text = "The Syrian Democratic Forces control 5,650 km² east of the river."
    c = only(text)
    assert (c.actor.side, c.change, c.area_km2, c.share_pct, c.villages) == (
        "SDF", "holds", 5650, None, None)
    assert c.as_of == PUB
    assert c.evidence.text == "5,650 km²"
    assert text[c.evidence.start : c.evidence.end] == c.evidence.text


def test_area_held_by_sdf_acronym() -> None:
    c = only("The SDF controls an area of 5,650 km² in the east of the country.")
    assert (c.actor.side, c.change, c.area_km2) == ("SDF", "holds", 5650)


@pytest.mark.parametrize(
    "unit", ["km2", "sq km", "square kilometres", "square kilometers", "square km"],
)
def test_area_unit_spellings(unit: str) -> None:
    c = only(f"Regime forces hold 2,400 {unit} of the desert.")
    assert (c.actor.side, c.area_km2) == ("GOV", 2400)


def test_gained_area() -> None:
    c = only("Regime forces expanded their control to 5,650 km² of the desert.")
    assert (c.actor.side, c.change, c.area_km2) == ("GOV", "gained", 5650)


def test_lost_area_with_qualifier_in_evidence() -> None:
    text = "ISIS fighters were expelled from an area of 1,200 square kilometres."
    c = only(text)
    assert (c.actor.side, c.change, c.area_km2) == ("ISIS", "lost", 1200)
    assert c.evidence.text == "an area of 1,200 square kilometres"
    assert text[c.evidence.start : c.evidence.end] == c.evidence.text


def test_share_of_the_country() -> None:
    text = "Regime forces control nearly 63 percent of Syria."
    c = only(text)
    assert (c.actor.side, c.change, c.share_pct, c.area_km2) == ("GOV", "holds", 63, None)
    assert c.evidence.text.startswith("nearly 63 percent")


def test_decimal_share() -> None:
    c = only("Hayat Tahrir al-Sham controls about 3.2% of the country's area.")
    assert (c.actor.side, c.share_pct) == ("HTS", 3.2)


def test_villages_taken_in_words() -> None:
    c = only("Turkish-backed factions took five villages near the border.")
    assert (c.actor.side, c.change, c.villages) == ("OPP", "gained", 5)


def test_villages_lost() -> None:
    c = control("ISIS lost 9 villages in the valley.")[0]
    assert (c.actor.side, c.change, c.villages) == ("ISIS", "lost", 9)


def test_villages_without_control_word_are_not_control() -> None:
    assert control("Regime forces shelled 7 villages.") == []


def test_area_without_armed_actor_is_not_control() -> None:
    assert control("The harvest covered 300 km² of farmland.") == []


def test_vague_area_is_not_control() -> None:
    assert control("Regime forces hold hundreds of km² of desert.") == []


def test_as_of_follows_the_publication_date() -> None:
    text = "DAMASCUS, 5 April 2024 - Regime forces hold 2,400 km² of the desert."
    (c,) = control(text, published=None)
    assert c.as_of == "2024-04-05"


def test_control_figures_are_not_casualties() -> None:
    result = extract("ISIS fighters captured 12 villages and 300 km² in the countryside.")
    assert result.casualties == []
    assert sorted((c.villages or 0, c.area_km2 or 0) for c in result.control) == [(0, 300), (12, 0)]


def test_control_and_casualties_in_one_report() -> None:
    text = ("Regime forces took 4 villages on Monday after clashes that killed 9 ISIS members. "
            "The regime now holds 5,000 km² of the desert.")
    result = extract(text)
    assert [(c.count, c.victim.side) for c in result.casualties] == [(9, "ISIS")]
    assert sorted((c.villages or 0, c.area_km2 or 0) for c in result.control) == [(0, 5000), (4, 0)]
