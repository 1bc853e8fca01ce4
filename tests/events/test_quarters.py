"""store.quarters: quarters and sides of one city, on invented reports run through the pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

import tolltrack
from tolltrack.model import Document
from tolltrack.store import open_store
from tolltrack.store.events import build_events, features, load_claims
from tolltrack.store.names import same_name
from tolltrack.store.quarters import halves_apart, quarters, quarters_differ
from tolltrack.store.resolve import Features


def _incident(path: Path, published: str, text: str) -> Features:
    with open_store(str(path)) as store:
        doc = Document(id=path.stem, text=text, published=published)
        store.write(doc, tolltrack.extract_document(doc))
        build_events(store)
        [(event,)] = store.fetchall("SELECT id FROM events")
        return features(load_claims(store, "c.id IN (SELECT claim_id FROM event_claims WHERE event_id = ?)", [event]))


def _merged(tmp_path: Path, a: tuple[str, str], b: tuple[str, str]) -> bool:
    with open_store(str(tmp_path / "both.db")) as store:
        for key, (published, text) in (("a", a), ("b", b)):
            doc = Document(id=key, text=text, published=published)
            store.write(doc, tolltrack.extract_document(doc))
        build_events(store)
        return bool(store.fetchall("SELECT ec.event_id FROM event_claims ec JOIN claims c ON c.id = ec.claim_id "
                                   "GROUP BY ec.event_id HAVING COUNT(DISTINCT c.document_id) = 2"))


ZAYOUNA = ("2007-03-06", "A car bomb exploded near shops in Baghdad's Zayouna district on Tuesday afternoon, killing "
           "seven people and wounding 20, police said.")
SHAAB = ("2007-03-06", "A car bomb exploded near a market in the Shaab neighbourhood of north-eastern Baghdad on "
         "Tuesday afternoon, killing six people and wounding 15, police said.")
ZAYUNA = ("2007-03-07", "Eight people died when a parked car bomb went off by a row of shops in the Zayuna "
          "neighbourhood of eastern Baghdad on Tuesday, a hospital source said.")


@pytest.mark.parametrize(("text", "expected"), [
    ("a car bomb exploded in baghdad's zayouna district", ("zayouna", "baghdad")),
    ("a bomb hit the shaab neighbourhood of north-eastern baghdad", ("shaab", "baghdad")),
    ("a bomb went off in the district of amil in south-western baghdad", ("amil", "baghdad")),
    ("a bomb went off in amil, a neighbourhood of baghdad", ("amil", "baghdad")),
])
def test_a_quarter_is_a_name_written_as_part_of_a_city(text: str, expected: tuple[str, str]) -> None:
    f = Features("2007-03-06", "2007-03-06", documents={1}, spots=[], countries={"IQ"}, perpetrators=set(),
                 victims=set(), event_type=("Explosions/Remote violence", "Remote explosive/landmine/IED"),
                 by_rule=True, text=text, names={"baghdad"}, unknown={expected[0]})
    assert quarters(f) == {expected}


def test_two_quarters_of_one_city_are_two_places(tmp_path: Path) -> None:
    """Two bombs of one afternoon in two quarters of Baghdad, which reads as its province: two incidents."""
    a, b = _incident(tmp_path / "a.db", *ZAYOUNA), _incident(tmp_path / "b.db", *SHAAB)
    assert quarters_differ(a, b)
    assert not _merged(tmp_path, ZAYOUNA, SHAAB)


def test_one_quarter_spelled_two_ways_is_one_place(tmp_path: Path) -> None:
    """ "Zayouna" / "Zayuna": the same quarter, so the rule above does not part them."""
    a, b = _incident(tmp_path / "a.db", *ZAYOUNA), _incident(tmp_path / "b.db", *ZAYUNA)
    assert not quarters_differ(a, b)
    assert _merged(tmp_path, ZAYOUNA, ZAYUNA)


@pytest.mark.parametrize(("other", "apart"), [
    ("A soldier was shot dead on patrol in the Khair Khana district of northern Kabul on Monday.", True),
    ("A soldier was shot dead on patrol in south-western Kabul on Monday.", False),
])
def test_opposite_sides_of_one_city(tmp_path: Path, other: str, apart: bool) -> None:
    """ "southern Kabul" / "northern Kabul": two places; "south-western Kabul" may be the same."""
    a = _incident(tmp_path / "a.db", "2024-05-13", "A roadside bomb killed two soldiers in southern Kabul on Monday.")
    b = _incident(tmp_path / "b.db", "2024-05-13", other)
    assert halves_apart(a, b) is apart


def test_arabic_names_with_short_skeletons_match_by_their_syllables() -> None:
    assert same_name("shejaiya", "shujaiyya")
    assert not same_name("shejaiya", "sheikh radwan")


@pytest.mark.parametrize(("other", "apart"), [
    ("Mortar fire killed five people in east Mostar on Tuesday.", True),
    ("Mortar fire killed five people in Mostar on Tuesday.", False),
])
def test_a_side_of_a_city_written_without_its_ending(tmp_path: Path, other: str, apart: bool) -> None:
    """ "west Mostar" / "east Mostar": opposite sides of a divided city, as "western"/"eastern" are."""
    a = _incident(tmp_path / "a.db", "1993-08-18", "Shells killed six people in west Mostar on Tuesday.")
    b = _incident(tmp_path / "b.db", "1993-08-18", other)
    assert halves_apart(a, b) is apart


def test_the_middle_east_is_no_side_of_a_city() -> None:
    f = Features("2024-05-13", "2024-05-13", documents={1}, spots=[], countries=set(), perpetrators=set(),
                 victims=set(), event_type=("Battles", "Armed clash"), by_rule=True,
                 text="a middle east eye reporter was shot", names={"eye"})
    g = Features("2024-05-13", "2024-05-13", documents={2}, spots=[], countries=set(), perpetrators=set(),
                 victims=set(), event_type=("Battles", "Armed clash"), by_rule=True,
                 text="a reporter was shot in west eye", names={"eye"})
    assert not halves_apart(f, g)
