"""Identity rules every store keeps (SQLite, PostgreSQL, and the in-memory fake)."""

from __future__ import annotations

import dataclasses

from store.samples import document, extraction
from tolltrack import extract_document
from tolltrack.store import ClaimStore, ErrorRecord


def test_every_store_is_a_claim_store(any_store) -> None:
    assert isinstance(any_store, ClaimStore)


def test_new_then_identical_is_a_no_op(any_store) -> None:
    doc = document()
    assert any_store.check(doc) == "new"
    first = any_store.write(doc, extraction(doc))
    assert (first.outcome, first.claims, first.control) == ("new", 3, 1)
    before = any_store.counts()
    again = any_store.write(doc, extraction(doc))
    assert again.outcome == "unchanged" and again.document_id == first.document_id
    assert any_store.check(doc) == "unchanged"
    assert any_store.counts() == before


def test_round_trip_keeps_every_field(any_store) -> None:
    doc = document()
    ext = extraction(doc)
    any_store.write(doc, ext)
    back = any_store.extraction(doc.id)
    assert back is not None
    assert back.to_dict() == ext.to_dict()
    assert any_store.extraction("no-such-document") is None


def test_changed_text_replaces_old_claims(any_store) -> None:
    doc = document()
    any_store.write(doc, extraction(doc))
    changed = dataclasses.replace(doc, text=doc.text + " Two more were wounded.")
    assert any_store.check(changed) == "changed"
    result = any_store.write(changed, extraction(changed, n_incidents=1))
    assert result.outcome == "replaced" and result.claims == 2
    counts = any_store.counts()
    assert counts["documents"] == 1 and counts["claims"] == 2
    back = any_store.extraction(doc.id)
    assert back is not None and len(back.casualties) == 2


def test_same_url_new_key_and_content_replaces(any_store) -> None:
    doc = document("first-key")
    any_store.write(doc, extraction(doc))
    moved = dataclasses.replace(doc, id="second-key", text=doc.text + " Updated.")
    assert any_store.write(moved, extraction(moved)).outcome == "replaced"
    assert any_store.counts()["documents"] == 1
    assert any_store.extraction("second-key") is not None
    assert any_store.extraction("first-key") is None


def test_same_content_under_another_key_is_not_stored_twice(any_store) -> None:
    doc = document("wire-copy-1", url=None)
    any_store.write(doc, extraction(doc))
    copy = dataclasses.replace(doc, id="wire-copy-2")
    assert any_store.check(copy) == "unchanged"
    assert any_store.write(copy, extraction(copy)).outcome == "unchanged"
    assert any_store.counts()["documents"] == 1


def test_a_new_publication_date_is_a_change(any_store) -> None:
    doc = document()
    any_store.write(doc, extraction(doc))
    assert any_store.check(dataclasses.replace(doc, published="2031-05-10")) == "changed"


def test_errors_are_kept_in_order(any_store) -> None:
    any_store.record_error(ErrorRecord(source="feed.xml", message="broken feed: not well-formed"))
    any_store.record_error(ErrorRecord(source="a.jsonl", line=3, doc_key="x", message="empty document"))
    errors = any_store.errors()
    assert [e.message for e in errors] == ["broken feed: not well-formed", "empty document"]
    assert str(errors[1]) == "a.jsonl:3 (document 'x'): empty document"
    assert any_store.counts()["errors"] == 2


def test_uncounted_incidents_come_back_apart_from_the_claims(any_store) -> None:
    doc = document("doc-u", text="Gunmen stormed a hotel in Mogadishu on Friday evening, police said.", url=None)
    ext = extract_document(doc)
    assert ext.incidents and not ext.casualties
    result = any_store.write(doc, ext)
    assert result.claims == 0
    back = any_store.extraction("doc-u")
    assert back is not None and back.to_dict() == ext.to_dict()
    assert back.casualties == [] and len(back.incidents) == 1
