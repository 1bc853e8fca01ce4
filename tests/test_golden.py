"""Golden tests on the project's own annotated sample reports (tests/golden/).

Two checks: the scores against the hand annotations stay at or above the floor the
extractor reached (so a rule change that breaks another construction fails here), and
the exact output matches the reviewed snapshot ``expected.jsonl``. After an intended
change, regenerate the snapshot with ``UPDATE_GOLDEN=1 pytest tests/test_golden.py``
and review the diff.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tolltrack import Document, extract_document
from tolltrack.evaluate import load_jsonl, score

HERE = Path(__file__).parent / "golden"


@pytest.fixture(scope="module")
def predictions() -> dict[str, dict]:
    out = {}
    for doc_id, d in load_jsonl(HERE / "docs.jsonl").items():
        doc = Document(id=doc_id, text=d["text"], published=d.get("published"), title=d.get("title"))
        out[doc_id] = extract_document(doc).to_dict()
    return out


def test_scores_against_hand_annotations(predictions: dict[str, dict]) -> None:
    s = score(load_jsonl(HERE / "gold.jsonl"), predictions)
    assert s.casualty_f1 >= 0.95
    assert s.strict_f1 >= 0.82
    assert s.full_f1 >= 0.50
    assert s.control_f1 >= 0.90
    assert (s.accuracy("qualifier") or 0) >= 0.98
    assert (s.accuracy("admin1_any") or 0) >= 0.88


def test_evidence_is_verbatim(predictions: dict[str, dict]) -> None:
    docs = load_jsonl(HERE / "docs.jsonl")
    for doc_id, result in predictions.items():
        text = docs[doc_id]["text"]
        for claim in result["casualties"] + result["control"]:
            ev = claim["evidence"]
            assert text[ev["start"] : ev["end"]] == ev["text"], (doc_id, ev)
        for claim in result["casualties"]:
            if claim["parent"] is not None:
                assert 0 <= claim["parent"] < len(result["casualties"])


def _snapshot(result: dict) -> dict:
    return {
        "id": result["id"],
        "published": result["published"],
        "casualties": [
            [c["status"], c["count"], c["qualifier"], c["vague"], c["victim"]["side"],
             c["perpetrator"]["side"] if c["perpetrator"] else None, c["aggregate"], c["parent"],
             c["admin1"], c["period"]["start"], c["period"]["end"], c["reported_by"], c["evidence"]["text"]]
            for c in result["casualties"]
        ],
        "control": [[c["actor"]["side"], c["area_km2"], c["share_pct"], c["villages"], c["change"]]
                    for c in result["control"]],
    }


def test_output_matches_reviewed_snapshot(predictions: dict[str, dict]) -> None:
    path = HERE / "expected.jsonl"
    got = [_snapshot(r) for r in predictions.values()]
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in got), encoding="utf-8")
    want = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(got) == len(want)
    for g, w in zip(got, want, strict=True):
        assert g == w, f"document {g['id']} differs from tests/golden/expected.jsonl"
