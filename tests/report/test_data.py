"""The report's and the API's queries: filters checked, parameters bound, tallies narrowed."""

from __future__ import annotations

import pytest

from tolltrack.query.tally import tally
from tolltrack.report import data, tallies
from tolltrack.report.data import FilterError, Filters, highlight


@pytest.mark.parametrize(("kw", "message"), [
    ({"since": "2024-13-01"}, "since '2024-13-01' is not a date"),
    ({"until": "yesterday"}, "until 'yesterday' is not a date"),
    ({"since": "2024-02-01", "until": "2024-01-01"}, "after until"),
    ({"country": "Syria"}, "two-letter ISO code"),
    ({"status": "dead"}, "status 'dead' is not one of"),
    ({"side": "G O V"}, "not a side code"),
    ({"actor": "x" * 201}, "longer than 200"),
    ({"source": "a\x00b"}, "control characters"),
])
def test_bad_filters_say_what_is_wrong(kw: dict[str, str], message: str) -> None:
    with pytest.raises(FilterError, match=message):
        Filters(**kw)


def test_filters_are_normalised() -> None:
    f = Filters(country="sy", side="gov", actor="  ", since="2024-01-01")
    assert (f.country, f.side, f.actor) == ("SY", "GOV", None)
    assert f.to_dict() == {"since": "2024-01-01", "country": "SY", "side": "GOV"}
    assert Filters().describe() == "all events and claims in the store"


def test_highlight_marks_the_evidence_and_its_number() -> None:
    sentence = "Locals said at least 12 civilians were killed in Saraqib on Tuesday."
    parts = highlight(sentence, "at least 12 civilians were killed", sentence.index("at least"))
    assert "".join(p["text"] for p in parts) == sentence
    assert [p["text"] for p in parts if p["mark"] == "number"] == ["12"]
    words = highlight("Shelling killed seven civilians.", "killed seven civilians")
    assert [p["text"] for p in words if p["mark"] == "number"] == ["seven"]
    assert highlight(None, "two killed") == [{"text": "two", "mark": "number"}, {"text": " killed", "mark": "evidence"}]


def test_events_filters_and_pages(store) -> None:  # type: ignore[no-untyped-def]
    total, events = data.list_events(store, Filters())
    assert total == len(events) >= 6
    assert [e["date_start"] for e in events] == sorted((e["date_start"] for e in events), reverse=True)
    total_ua, ua = data.list_events(store, Filters(country="UA"))
    assert total_ua == len(ua) and ua and {e["country"] for e in ua} == {"UA"}
    n, first = data.list_events(store, Filters(), limit=2, offset=0)
    _, second = data.list_events(store, Filters(), limit=2, offset=2)
    assert n == total and len(first) == 2 and not {e["id"] for e in first} & {e["id"] for e in second}
    assert data.page(10_000, -5) == (data.PAGE_MAX, 0)
    _, homs = data.list_events(store, Filters(admin1="homs"))  # any case
    assert [e["location"] for e in homs] == ["Al Qaryatayn"]
    _, early = data.list_events(store, Filters(until="2023-06-08"))
    assert early and all(e["date_start"] <= "2023-06-08" for e in early)
    _, isis = data.list_events(store, Filters(actor="islamic"))
    assert isis and all(e["id"] in {x["id"] for x in events} for e in isis)
    _, by_source = data.list_events(store, Filters(source="SAHEL-WIRE.EXAMPLE"))
    assert [e["admin1"] for e in by_source] == ["Borno"]


def test_hostile_values_are_only_parameters(store) -> None:  # type: ignore[no-untyped-def]
    for value in ("x' OR 1=1 --", "%", "_", "'; DROP TABLE events; --"):
        assert data.list_events(store, Filters(actor=value))[0] == 0
        assert data.list_claims(store, Filters(source=value))[0] == 0
        assert data.list_events(store, Filters(admin1=value))[0] == 0
    assert store.counts()["events"] > 0


def test_event_detail_has_sources_and_reconciled_figures(store) -> None:  # type: ignore[no-untyped-def]
    _, events = data.list_events(store, Filters(admin1="Kharkiv Oblast"))
    e = data.event_detail(store, events[0]["id"])
    assert e is not None and e["fatalities_best"] == 7
    killed = [f for f in e["fatalities"] if f["status"] == "killed"]
    assert killed == [{"status": "killed", "side": "CIV", "low": 7, "best": 7, "high": 7, "sources": 1}]
    claim = next(c for c in e["claims"] if c["status"] == "killed")
    assert [p["text"] for p in claim["highlight"] if p["mark"] == "number"] == ["seven"]
    assert "".join(p["text"] for p in claim["highlight"]) == claim["sentence"]
    assert data.event_detail(store, 10**9) is None


def test_tally_narrowed_by_admin1_side_and_source(store) -> None:  # type: ignore[no-untyped-def]
    whole = tallies.filtered_tally(store, Filters())
    plain = tally(store, "killed", "side")
    assert whole.total == plain.total and whole.excluded == plain.excluded
    borno = tallies.filtered_tally(store, Filters(admin1="Borno"), "killed", "side")
    assert [(r.key, r.best) for r in borno.rows] == [("CIV", 11)]
    kharkiv = tallies.filtered_tally(store, Filters(source="ukraine-bulletin.example", admin1="kharkiv oblast"))
    assert kharkiv.total == 7
    assert tallies.filtered_tally(store, Filters(admin1="Nowhere")).rows == []
    with pytest.raises(FilterError):
        tallies.filtered_tally(store, Filters(), "killed", "colour")


def test_claims_documents_places_control_timeline(store) -> None:  # type: ignore[no-untyped-def]
    total, claims = data.list_claims(store, Filters(status="killed", country="UA"), limit=5)
    assert total >= 2 and all(c["status"] == "killed" for c in claims)
    n_docs, docs = data.list_documents(store, Filters())
    assert n_docs == 9 and all("text" not in d for d in docs)
    doc = data.document_detail(store, docs[0]["id"])
    assert doc is not None and doc["text"] and doc["claims"]
    assert data.document_detail(store, 10**9) is None
    n_places, places = data.list_places(store, Filters(country="SY"))
    assert n_places and all(p["country"] == "SY" for p in places)
    points = data.control_points(store, Filters(actor="SDF"))
    assert points and {p.actor_side for p in points} == {"SDF"}
    assert data.control_points(store, Filters(since="2025-01-01")) == []
    months = data.timeline(store, Filters())
    assert sum(m["best"] for m in months) == sum(e["fatalities_best"] or 0 for e in data.all_events(store, Filters())
                                                 if e["date_start"])
    facets = data.facets(store)
    assert "Borno" in facets["admin1"] and "killed" in facets["statuses"]
