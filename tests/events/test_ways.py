"""store.ways: a place told by its bearing from a town, on hand-made features."""

from __future__ import annotations

import pytest

from tolltrack.geocode.distance import bearing_deg
from tolltrack.store.resolve import WAY_SCORE, Features, Spot, place_score

BAQUBA = Spot(1, "Diyala", None, "IQ", 33.75, 44.64, "exact")
BALAD_RUZ = Spot(2, "Diyala", None, "IQ", 33.70, 45.08, "exact")  # about 40 km east of Baquba
PORT_AU_PRINCE = Spot(3, "Ouest", None, "HT", 18.54, -72.34, "exact")
ARCAHAIE = Spot(4, "Ouest", None, "HT", 18.77, -72.51, "exact")


def feats(text: str, spot: Spot, name: str, doc: int, unknown: set[str] | None = None) -> Features:
    return Features("2024-05-12", "2024-05-12", documents={doc}, spots=[spot], countries={spot.country or ""},
                    perpetrators=set(), victims={"CIV"}, event_type=("Violence against civilians", "Attack"),
                    by_rule=True, text=text.casefold(), names={name}, unknown=unknown or set())


def test_bearings() -> None:
    assert bearing_deg(0.0, 0.0, 1.0, 0.0) == pytest.approx(0.0)
    assert bearing_deg(0.0, 0.0, 0.0, 1.0) == pytest.approx(90.0)
    assert bearing_deg(0.0, 0.0, -1.0, -1.0) == pytest.approx(225.0, abs=0.1)


@pytest.mark.parametrize(("way", "expected"), [
    ("east of baquba", WAY_SCORE),  # Balad Ruz lies that way
    ("south-east of baquba", WAY_SCORE),  # (a way is said loosely)
    ("west of baquba", None),  # the other way: 40 km apart, two places
])
def test_a_town_that_lies_the_way_the_other_report_points(way: str, expected: float | None) -> None:
    a = feats(f"tribal elder and son killed by gunmen {way}", BAQUBA, "baquba", 1)
    b = feats("gunmen on a motorcycle shot dead a tribal sheikh and his son in balad ruz", BALAD_RUZ, "balad ruz", 2)
    assert place_score(a, b) == expected
    assert place_score(b, a) == expected


def test_a_village_named_beside_the_way_says_where() -> None:
    """ "the village of Hadid, east of Baquba": the village is the place, the town only points to it."""
    a = feats("gunmen killed two farmers in the village of hadid, east of baquba", BAQUBA, "baquba", 1,
              unknown={"hadid"})
    b = feats("gunmen killed two farmers in balad ruz", BALAD_RUZ, "balad ruz", 2)
    assert place_score(a, b) is None


def test_a_town_named_only_as_a_distance_away_is_not_the_place() -> None:
    """ "Arcahaie, 20 km north of Cabaret" does not name Cabaret as where it happened."""
    a = feats("gangs attacked the centre of cabaret, north of port-au-prince, killing 15", PORT_AU_PRINCE,
              "port-au-prince", 1, unknown={"cabaret"})
    b = feats("gang members raided coastal localities of arcahaie, more than 20 km north of cabaret, killing 12",
              ARCAHAIE, "arcahaie", 2)
    assert place_score(a, b) is None
    b.text = "gang members raided the outskirts of cabaret, killing 12"
    assert place_score(a, b) == 2.0


@pytest.mark.parametrize(("b_text", "expected"), [
    # Baquba named only to point to the village: the village is where it happened, not Baquba
    ("a suicide bomber struck a wedding in the village of hadid, north of baquba, killing nine", None),
    ("a suicide bomber struck a wedding in hadid, across the diyala river from baquba, killing nine", None),
    # no place of its own beside the town: the town is all it says
    ("a suicide bomber struck a wedding north of baquba, killing nine", 3.0),
])
def test_a_town_written_only_to_point_to_another_place_is_not_the_place(b_text: str,
                                                                         expected: float | None) -> None:
    a = feats("a suicide bomber struck a checkpoint at the entrance of baquba, killing nine", BAQUBA, "baquba", 1)
    b = feats(b_text, BAQUBA, "baquba", 2, unknown={"hadid"} if "hadid" in b_text else None)
    assert place_score(a, b) == expected
    assert place_score(b, a) == expected


def test_a_town_pointed_to_stays_the_place_of_a_report_that_is_only_near_it() -> None:
    """ "the Baquba highway", "near Baquba": the other report does not say it was in the town."""
    a = feats("a roadside bomb hit a police patrol on the baquba highway, killing two", BAQUBA, "baquba", 1)
    b = feats("a roadside bomb hit a police patrol in the village of hadid, north of baquba, killing two", BAQUBA,
              "baquba", 2, unknown={"hadid"})
    assert place_score(a, b) is not None
