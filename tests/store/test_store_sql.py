"""The SQL store on SQLite and PostgreSQL: schema, migrations, links, atomic writes, indexes."""

from __future__ import annotations

import json

import pytest

from store.samples import document, extraction
from tolltrack.store import MIGRATIONS, TABLES, Store, StoreError, open_store

KILLED_BY_ADMIN1_MONTH = (
    "SELECT admin1, substr(period_start, 1, 7) AS month, COUNT(*), SUM(best) FROM claims "
    "WHERE status = ? AND period_start >= ? AND period_start < ? GROUP BY admin1, substr(period_start, 1, 7)")


def test_schema_is_created_and_versioned(sql_store: Store, db_url: str) -> None:
    latest = MIGRATIONS[-1].version
    assert sql_store.schema_version() == latest
    assert set(sql_store.counts()) == set(TABLES)
    assert all(v == 0 for v in sql_store.counts().values())
    again = open_store(db_url)  # opening an up-to-date database applies nothing
    try:
        assert again.db.migrate() == []
        assert again.fetchall("SELECT version FROM schema_version ORDER BY version") == [
            (m.version,) for m in MIGRATIONS]
    finally:
        again.close()


def test_migrations_are_numbered_in_order() -> None:
    versions = [m.version for m in MIGRATIONS]
    assert versions == list(range(1, len(versions) + 1))


def test_claim_rows_hold_the_whole_format(sql_store: Store) -> None:
    doc = document()
    ext = extraction(doc)
    sql_store.write(doc, ext, source="reports.jsonl")
    rows = sql_store.fetchall(
        "SELECT seq, status, count_value, qualifier, low, best, high, admin1, admin1_all, is_aggregate, "
        "parent_seq, reported_by, evidence_start, evidence_text, sentence_text FROM claims ORDER BY seq")
    assert rows[0][:8] == (0, "killed", 40, "exact", 40, 40, 40, None)
    assert bool(rows[0][9]) is True and rows[0][11] == "Monitors"
    assert rows[1][:8] == (1, "killed", 12, "at_least", 12, 12, None, "Northern Province")
    assert json.loads(rows[2][8]) == ["Northern Province"] and rows[2][10] == 0
    assert doc.text[rows[1][12]:].startswith(rows[1][13])
    assert rows[0][14].startswith("Monitors said")
    stored = sql_store.document(doc.id)
    assert stored is not None and stored.source == "reports.jsonl" and stored.outlet == "news.example"
    assert stored.to_document() == doc


def test_parents_places_and_actors_are_linked(sql_store: Store) -> None:
    doc = document()
    sql_store.write(doc, extraction(doc))
    links = sql_store.fetchall("SELECT c.seq, p.seq FROM claims c JOIN claims p ON p.id = c.parent_id ORDER BY c.seq")
    assert links == [(1, 0), (2, 0)]
    places = sql_store.fetchall("SELECT place_key, admin2 FROM places ORDER BY place_key")
    assert ("gaz:gn:999001", "River District") in places and len(places) == 3  # Qaryat counted once
    assert sql_store.fetchall("SELECT COUNT(*) FROM claim_places")[0][0] == 4
    actors = {r[0] for r in sql_store.fetchall("SELECT name FROM actors")}
    assert actors == {"Civilians", "Government forces", "Rebel fighters", "Northern brigade"}
    victim = sql_store.fetchall("SELECT a.name FROM claims c JOIN actors a ON a.id = c.perpetrator_actor_id")
    assert victim == [("Government forces",)]


def test_replacing_a_document_drops_its_old_rows(sql_store: Store) -> None:
    import dataclasses

    doc = document()
    sql_store.write(doc, extraction(doc))
    old_ids = {r[0] for r in sql_store.fetchall("SELECT id FROM claims")}
    changed = dataclasses.replace(doc, text=doc.text + " Later figures were higher.")
    sql_store.write(changed, extraction(changed))
    new_ids = {r[0] for r in sql_store.fetchall("SELECT id FROM claims")}
    assert len(new_ids) == 3 and not old_ids & new_ids
    assert sql_store.counts()["claim_places"] == 4
    assert sql_store.counts()["control_claims"] == 1


def test_a_failed_write_leaves_no_half_document(sql_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    good = document("good", url=None)
    sql_store.write(good, extraction(good))
    before = sql_store.counts()
    bad = document("bad", text=document().text + " Different.", url=None)
    calls = {"n": 0}
    real = sql_store._place_id

    def failing(place):  # the third place of the document fails, after claims were inserted
        calls["n"] += 1
        if calls["n"] == 3:
            raise RuntimeError("disk on fire")
        return real(place)

    monkeypatch.setattr(sql_store, "_place_id", failing)
    with pytest.raises(RuntimeError, match="disk on fire"):
        sql_store.write(bad, extraction(bad))
    assert sql_store.counts() == before
    assert sql_store.document("bad") is None
    monkeypatch.undo()
    assert sql_store.write(bad, extraction(bad)).outcome == "new"  # and the store still works
    assert sql_store.counts()["documents"] == 2


def test_the_tally_query_uses_an_index(sql_store: Store) -> None:
    plan = " ".join(sql_store.explain(KILLED_BY_ADMIN1_MONTH, ("killed", "2031-01-01", "2032-01-01")))
    if sql_store.dialect == "sqlite":
        assert "USING INDEX claims_status" in plan or "USING COVERING INDEX claims_status" in plan
    else:  # a tiny table: make the planner show what it would use on a large one
        sql_store.db.execute("SET enable_seqscan = off")
        plan = " ".join(sql_store.explain(KILLED_BY_ADMIN1_MONTH, ("killed", "2031-01-01", "2032-01-01")))
        assert "claims_status" in plan


def test_document_lookups_use_indexes(sql_store: Store) -> None:
    if sql_store.dialect != "sqlite":
        pytest.skip("plan text checked on SQLite")
    for column in ("content_hash", "url", "doc_key"):
        plan = " ".join(sql_store.explain(f"SELECT id FROM documents WHERE {column} = ?", ("x",)))
        assert "USING INDEX" in plan or "USING COVERING INDEX" in plan, plan


def test_sqlite_is_in_wal_mode(tmp_path) -> None:
    store = open_store(tmp_path / "wal.db")
    try:
        assert store.fetchall("PRAGMA journal_mode") == [("wal",)]
        assert store.fetchall("PRAGMA foreign_keys") == [(1,)]
    finally:
        store.close()


def test_bad_locations_say_what_is_wrong(tmp_path) -> None:
    with pytest.raises(StoreError, match="no such directory"):
        open_store(tmp_path / "missing" / "x.db")
    with pytest.raises(StoreError, match="cannot connect to PostgreSQL"):
        open_store("postgresql://nobody:secret@127.0.0.1:1/none?connect_timeout=2")
