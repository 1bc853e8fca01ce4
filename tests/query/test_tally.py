"""Tallies count each person once: series, breakdowns, tallies and their incidents."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

import tolltrack
from tolltrack.model import Document
from tolltrack.query import control_over_time, tally
from tolltrack.store import open_store
from tolltrack.store.events import build_events

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "reports.jsonl"
DEV = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "dev" / "docs.jsonl"


def _spans(result) -> Counter:
    return Counter((s.document, s.start, s.end) for c in result.contributions for s in c.evidence)


def test_worked_example(db_path: Path) -> None:
    with open_store(str(db_path)) as store:
        result = tally(store, status="killed", by="side")
        rows = {r.key: r.best for r in result.rows}
        assert rows == {"CIV": 149, "GOV": 13}  # 127 superseded by 149; the Saraqib strike (14) is inside it
        reasons = " ".join(r for _, r in result.excluded)
        assert "superseded" in reasons
        assert len(result.covered_events) == 1
        assert max(_spans(result).values()) == 1
        assert tally(store, by="month", since="2024-04-01").total == 11
        assert tally(store, by="actor", actor="ISIS").rows[0].key == "Islamic State"
        assert tally(store, country="IQ").total == 0


@pytest.mark.parametrize("kwargs, message", [
    ({"status": "dead"}, "unknown status"), ({"by": "weekday"}, "unknown grouping"),
    ({"since": "2024-13-01"}, "not a date"), ({"since": "2024-05-01", "until": "2024-01-01"}, "is after"),
    ({"country": "Syria"}, "two-letter"),
])
def test_invalid_filters(db_path: Path, kwargs: dict, message: str) -> None:
    with open_store(str(db_path)) as store, pytest.raises(ValueError, match=message):
        tally(store, **kwargs)


def _dev_like_store(path: Path, sources: list[Path]):
    store = open_store(str(path))
    for src in sources:
        for line in src.open(encoding="utf-8"):
            d = json.loads(line)
            doc = Document(id=d["id"], text=d["text"], published=d.get("published"), title=d.get("title"),
                           outlet=d.get("outlet"))
            store.write(doc, tolltrack.extract_document(doc))
    build_events(store)
    return store


def test_no_evidence_span_counts_twice_on_the_sample_reports(tmp_path: Path) -> None:
    sources = [SAMPLES] + ([DEV] if DEV.exists() else [])  # the shared dev set is read in place when present
    with _dev_like_store(tmp_path / "dev.db", sources) as store:
        for status in ("killed", "injured", "captured", "missing"):
            for by in ("side", "admin1", "month", "actor"):
                result = tally(store, status=status, by=by)
                spans = _spans(result)
                assert not [s for s, n in spans.items() if n > 1], (status, by)
                claims = [c for u in result.contributions for c in u.claims]
                assert len(claims) == len(set(claims)), (status, by)
                assert result.total == sum(u.best for u in result.contributions)
                # the same people whatever the grouping
                assert result.total == tally(store, status=status, by="side").total or by in ("side", "admin1")


def test_control_over_time(db_path: Path) -> None:
    with open_store(str(db_path)) as store:
        points = control_over_time(store, actor="sdf")
        assert [(p.actor_side, p.share_pct, p.as_of) for p in points] == [("SDF", 25.6, "2024-04-05")]
        assert control_over_time(store, actor="nobody") == []


PG_URL = __import__("os").environ.get("TOLLTRACK_TEST_PG")


@pytest.mark.skipif(not PG_URL, reason="set TOLLTRACK_TEST_PG=postgresql://... to test PostgreSQL")
def test_events_and_tallies_on_postgresql() -> None:
    """The same store, events and tally on PostgreSQL, in a schema of its own."""
    import uuid
    from urllib.parse import quote

    import psycopg

    from .conftest import fill

    assert PG_URL
    schema = f"q_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    url = f"{PG_URL}{'&' if '?' in PG_URL else '?'}options={quote(f'-csearch_path={schema}')}"
    try:
        fill(url)
        with open_store(url) as store:
            result = tally(store, status="killed", by="side")
            assert {r.key: r.best for r in result.rows} == {"CIV": 149, "GOV": 13}
            assert max(_spans(result).values()) == 1
            assert control_over_time(store)
    finally:
        with psycopg.connect(PG_URL, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


def test_an_implied_count_is_tallied_once_with_its_phrase_and_an_attack_adds_nothing() -> None:
    with open_store(":memory:") as s:
        for i, text in enumerate(["A police officer was killed in an ambush near Kati on Friday, the army said.",
                                  "Gunmen stormed a hotel in Mogadishu on Friday."]):
            doc = Document(id=f"d{i}", text=text, published="2024-03-02")
            s.write(doc, tolltrack.extract_document(doc))
        build_events(s)
        result = tally(s, status="killed", by="side")
    assert [(r.key, r.low, r.best, r.high) for r in result.rows] == [("GOV", 1, 1, 1)]
    [unit] = result.contributions
    assert unit.evidence[0].text == "A police officer was killed"
