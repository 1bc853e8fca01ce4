"""The shared dev set: the figures the extraction issue asks for, when ../shared/eval is there.

The reports belong to their publishers and are read in place, never copied.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tolltrack import Document, extract_document

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
pytestmark = pytest.mark.skipif(not (EVAL / "dev" / "docs.jsonl").exists(), reason="../shared/eval not present")


@pytest.fixture(scope="module")
def scores(tmp_path_factory: pytest.TempPathFactory) -> dict:
    out = tmp_path_factory.mktemp("dev") / "claims.jsonl"
    with open(EVAL / "dev" / "docs.jsonl", encoding="utf-8") as fh, open(out, "w", encoding="utf-8") as w:
        for line in fh:
            d = json.loads(line)
            doc = Document(id=d["id"], text=d["text"], published=d.get("published"), title=d.get("title"))
            w.write(json.dumps(extract_document(doc).to_dict()) + "\n")
    run = subprocess.run([sys.executable, str(EVAL / "score.py"), str(EVAL / "dev" / "gold.jsonl"), str(out),
                          "--json"], capture_output=True, text=True, check=True)
    return json.loads(run.stdout)


def test_casualty_claims(scores: dict) -> None:
    c = scores["casualties"]
    assert c["f1"] >= 0.92
    assert c["strict_f1"] >= 0.88
    assert c["full_f1"] >= 0.75


@pytest.mark.parametrize(("name", "floor"), [
    ("victim", 0.92), ("perpetrator", 0.85), ("qualifier", 0.9), ("aggregate", 0.85), ("parent", 0.8),
    ("admin1_any", 0.85), ("period_start", 0.8), ("period_end", 0.8),
])
def test_attributes(scores: dict, name: str, floor: float) -> None:
    assert scores["attributes"][name]["accuracy"] >= floor


def test_control_claims(scores: dict) -> None:
    assert scores["control"]["f1"] >= 0.85
