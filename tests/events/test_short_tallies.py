"""A report that counts people only in a short tally still makes an event, counted once."""

from __future__ import annotations

from pathlib import Path

import tolltrack
from tolltrack.model import Document
from tolltrack.query.tally import tally
from tolltrack.store import open_store
from tolltrack.store.events import build_events


def _store(tmp_path: Path, docs: list[tuple[str, str, str]]):
    store = open_store(str(tmp_path / "t.db"))
    for key, published, text in docs:
        doc = Document(id=key, text=text, published=published)
        store.write(doc, tolltrack.extract_document(doc))
    build_events(store)
    return store


def _links(store) -> list[tuple[str, str]]:
    return sorted((str(r[0]), str(r[1])) for r in store.fetchall(
        "SELECT d.doc_key, ec.role FROM event_claims ec JOIN claims c ON c.id = ec.claim_id "
        "JOIN documents d ON d.id = c.document_id"))


def test_a_days_tally_merges_with_the_incident_another_report_tells_and_is_counted_once(tmp_path: Path) -> None:
    with _store(tmp_path, [
        ("t1", "2024-05-14", "Gunmen killed at least 37 people in a series of attacks on villages around Bankass "
         "on Sunday, local officials said."),
        ("t2", "2024-05-13", "Suspected jihadists killed 35 villagers in an attack near Bankass in central Mali "
         "on Sunday, a local mayor said."),
    ]) as store:
        [(sources, best)] = store.fetchall("SELECT source_count, fatalities_best FROM events")
        assert (sources, best) == (2, 35)  # the event's toll comes from the incident only
        assert _links(store) == [("t1", "tally"), ("t2", "incident")]
        result = tally(store, "killed", by="side")
        assert sum(r.best for r in result.rows) == 37  # the tally covers the incident: not 72
        spans = [(s.document, s.start, s.end) for u in result.contributions for s in u.evidence]
        assert len(spans) == len(set(spans))


def test_an_undated_headline_tally_is_an_event_without_a_toll(tmp_path: Path) -> None:
    with _store(tmp_path, [("t1", "2024-05-14", "Air raids on militant hideouts near Abala leave 14 dead, "
                            "sources say")]) as store:
        assert store.fetchall("SELECT sub_event_type, location, fatalities_best FROM events") == [
            ("Air/drone strike", "Abala", None)]
        assert store.fetchall("SELECT COUNT(*) FROM event_fatalities") == [(0,)]


def test_a_weeks_tally_or_a_report_with_incidents_makes_no_tally_event(tmp_path: Path) -> None:
    with _store(tmp_path, [
        ("w1", "2024-05-14", "Gunmen killed at least 37 people in attacks on villages around Bankass during the "
         "past week, local officials said."),
        ("w2", "2024-05-14", "Fighting has killed about 900 people in the region, the monitor said. Another 40 "
         "fighters died in clashes in Mopti, it added."),
    ]) as store:
        assert _links(store) == [("w2", "incident")]


def test_undated_tallies_in_several_sentences_tell_many_incidents(tmp_path: Path) -> None:
    with _store(tmp_path, [
        ("m1", "2024-05-14", "Regime forces have killed about 1,000 civilians in Idlib, the monitor said. ISIS "
         "cells have killed 290 soldiers and militiamen in the Badia desert in attacks on convoys and "
         "checkpoints, it added."),
    ]) as store:
        assert store.fetchall("SELECT COUNT(*) FROM events") == [(0,)]



def test_a_days_tally_across_provinces_is_one_coordinated_attack(tmp_path: Path) -> None:
    """ "bombers struck mosques in Maiduguri and Damaturu on Friday": a tally of one day across two
    states still stands for one (coordinated) attack that another report's toll may revise."""
    with _store(tmp_path, [
        ("c1", "2024-05-11", "Suicide bombers struck mosques in Maiduguri, Damaturu and Potiskum on Friday, "
         "killing 120 people, police said."),
        ("c2", "2024-05-13", "The toll from Friday's coordinated mosque bombings in north-eastern Nigeria has "
         "risen to 150, officials said."),
    ]) as store:
        assert ("c1", "tally") in _links(store)
        [(sources,)] = store.fetchall("SELECT MAX(source_count) FROM events")
        assert sources == 2


def test_an_undated_toll_since_the_war_began_is_no_incident(tmp_path: Path) -> None:
    """ "losses since the start of the operation have passed 3,000": a beginning no date was read for, so
    no short tally, and no event another report's ambush could merge with."""
    with _store(tmp_path, [
        ("r1", "2001-08-16", "Military losses in the region since the start of the operation have passed 3,000 "
         "soldiers killed, the General Staff said."),
    ]) as store:
        assert store.fetchall("SELECT COUNT(*) FROM events") == [(0,)]


def test_an_undated_tally_of_a_series_of_attacks_is_no_incident(tmp_path: Path) -> None:
    """ "now hold some 40 soldiers seized in a series of attacks this year": many incidents, no event that one
    abduction another report tells could merge with."""
    with _store(tmp_path, [
        ("r1", "2008-10-14", "The rebels now hold some 40 soldiers and officials seized in a series of attacks this "
         "year, a local notable said on Monday."),
    ]) as store:
        assert store.fetchall("SELECT COUNT(*) FROM events") == [(0,)]
