"""The report's and the API's filtered tally against ``tolltrack.query.tally`` followed by the narrowing.

``report.tallies.filtered_tally`` applies ``tally``'s rules to an in-memory index of the store
(``report/incidents.py``) for speed on large stores; these tests hold it to the slow, plain way on the
sample store and on a generated one (``benchmarks/bench_dashboard.py``, with running tallies and
breakdowns), for every grouping and many filters, and check that the index follows changes to the store.
No browser needed.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import sys
from pathlib import Path
from typing import Any

import pytest

import tolltrack
from report.conftest import db_path  # noqa: F401  (the shared store fixture)
from tolltrack.model import Document
from tolltrack.query.tally import tally
from tolltrack.report import data, tallies
from tolltrack.report.data import Filters
from tolltrack.store import open_store
from tolltrack.store.events import build_events
from tolltrack.store.store import Store

ROOT = Path(__file__).resolve().parents[2]
FILTERS = [
    {}, {"side": "GOV"}, {"admin1": "Aleppo"}, {"admin1": "aleppo", "side": "RUS", "since": "2020-03-01"},
    {"since": "2021-01-01", "until": "2022-06-30"}, {"country": "SY"}, {"actor": "islamic"},
    {"actor": "GOV", "admin1": "Homs"}, {"source": "monitor-b.example"},
    {"source": "monitor-a.example", "country": "SY"},
    {"admin1": "Borno"}, {"source": "ukraine-bulletin.example", "admin1": "kharkiv oblast"},
    {"country": "UA", "side": "RUS"}, {"until": "2020-01-01"}, {"since": "2023-06-01", "source": "SOHR"},
    {"since": "2024-01-01", "until": "2024-12-31", "actor": "ISIS"},
]


def reference(store: Store, f: Filters, status: str, by: str) -> dict[str, Any]:
    """``tally`` with since/until/country/actor, its contributions narrowed by admin1/side/source in SQL and
    the rows summed again: the way ``filtered_tally`` worked before its index."""
    result = tally(store, status=status, by=by, since=f.since, until=f.until, country=f.country, actor=f.actor)
    contributions = result.contributions
    if f.admin1 or f.side or f.source:
        narrow = Filters(admin1=f.admin1, side=f.side, source=f.source)
        where, params = data._event_where(narrow, dates=False)
        keep_events = {int(r[0]) for r in store.fetchall(f"SELECT e.id {data._EVENT_FROM}{where}", params)}
        cwhere, cparams = data._claim_where(narrow)
        keep_claims = {int(r[0]) for r in store.fetchall(
            f"SELECT c.id FROM claims c JOIN documents d ON d.id = c.document_id WHERE {cwhere}", cparams)}
        contributions = [u for u in contributions if (u.event_id in keep_events if u.event_id is not None
                                                      else any(x in keep_claims for x in u.claims))]
    rows: dict[str, dict[str, Any]] = {}
    for u in contributions:
        row = rows.setdefault(u.key, {"key": u.key, "best": 0, "low": 0, "high": 0, "events": [], "claims": []})
        row["best"] += u.best
        row["low"] += u.low if u.low is not None else 0
        row["high"] += u.high if u.high is not None else u.best
        if u.event_id is not None and u.event_id not in row["events"]:
            row["events"].append(u.event_id)
        row["claims"].extend(x for x in u.claims if x not in row["claims"])
    ordered = sorted(rows.values(), key=lambda r: (r["key"] if by == "month" else "", -r["best"], r["key"]))
    return {"status": status, "by": by, "total": sum(r["best"] for r in ordered),
            "low": sum(r["low"] for r in ordered), "high": sum(r["high"] for r in ordered), "rows": ordered,
            "contributions": [u.to_dict() for u in contributions],
            "excluded": [{"claim": c, "reason": r} for c, r in result.excluded],
            "covered_events": result.covered_events, "warnings": result.warnings}


def check(store: Store, f: Filters, status: str, by: str) -> None:
    want = reference(store, f, status, by)
    got = tallies.filtered_tally(store, f, status, by)
    assert got.to_dict() == want, (f, status, by)
    assert [c.to_dict() for c in got.contributions] == want["contributions"]
    summary = tallies.filtered_tally(store, f, status, by, contributions=False).summary()
    assert summary["rows"] == [{"key": r["key"], "best": r["best"], "low": r["low"], "high": r["high"],
                                "event_count": len(r["events"]), "claim_count": len(r["claims"])}
                               for r in want["rows"]]
    assert summary["excluded"] == want["excluded"]
    assert summary["covered_event_count"] == len(want["covered_events"])


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from bench_dashboard import generate_store
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    path = tmp_path_factory.mktemp("generated") / "g.db"
    generate_store(path, events=1200, seed=3)
    return path


@pytest.mark.parametrize("which", ["sample", "generated"])
def test_same_as_tally(which: str, db_path: Path, generated: Path) -> None:  # noqa: F811
    with open_store(db_path if which == "sample" else generated) as store:
        for spec in FILTERS:
            f = Filters(**spec)
            for status in ("killed", "injured"):
                for by in ("side", "admin1", "month", "actor"):
                    check(store, f, status, by)


def test_index_follows_the_store(db_path: Path, tmp_path: Path) -> None:  # noqa: F811
    path = tmp_path / "copy.db"
    with open_store(db_path) as src:
        src.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy(db_path, path)
    with open_store(path) as store:
        before = tallies.filtered_tally(store, Filters(), "killed", "side").total
        # a write on this connection
        doc = Document(id="new-1", published="2024-05-02", text="At least 40 civilians were killed in air "
                       "strikes on Saraqib in Idlib on Tuesday, the monitor said.")
        store.write(doc, tolltrack.extract_document(doc))
        build_events(store)
        after = tallies.filtered_tally(store, Filters(), "killed", "side")
        assert after.total == before + 40
        check(store, Filters(), "killed", "side")
        # a write by another connection
        counted = next(u.event_id for u in after.contributions if u.kind == "event")
        other = sqlite3.connect(path)
        other.execute("UPDATE event_fatalities SET best = best + 1000 WHERE event_id = ? AND status = 'killed'",
                      (counted,))
        other.commit()
        other.close()
        again = tallies.filtered_tally(store, Filters(), "killed", "side")
        assert again.to_dict() == reference(store, Filters(), "killed", "side")
        assert again.total > after.total
    assert json.dumps(again.to_dict())  # plain JSON
