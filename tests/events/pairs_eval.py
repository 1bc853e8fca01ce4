"""Cross-source merging measured on the invented pairs of ``tests/events/pairs/pairs.jsonl``.

Each pair is two short reports of one day, from two outlets: the same incident told
differently (``merge: true``) or two different incidents (decoys). Both are extracted with
the real pipeline into a fresh SQLite store, events are built, and a pair counts as merged
when one event holds claims of both reports. Run as a script to print the figures
(``python tests/events/pairs_eval.py [FILE.jsonl ...]``; the default is the tuning set
``pairs.jsonl``; ``holdout.jsonl`` is the held-out set, see ``test_holdout_pairs.py``).
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

from tolltrack.store import open_store
from tolltrack.store.events import build_events
from tolltrack.store.train_matcher import write_pair

PAIRS = Path(__file__).parent / "pairs"
TUNING = PAIRS / "pairs.jsonl"
HOLDOUT = PAIRS / "holdout.jsonl"


@dataclass
class PairResult:
    id: str
    expected: bool
    merged: bool
    note: str


def load_pairs(files: list[Path] | None = None) -> list[dict]:
    return [json.loads(line) for f in (files or [TUNING]) for line in Path(f).open(encoding="utf-8")
            if line.strip()]


def run_pair(pair: dict) -> PairResult:
    with open_store(":memory:") as store:
        write_pair(store, pair)
        build_events(store)
        merged = bool(store.fetchall(
            "SELECT ec.event_id FROM event_claims ec JOIN claims c ON c.id = ec.claim_id "
            "GROUP BY ec.event_id HAVING COUNT(DISTINCT c.document_id) = 2"))
    return PairResult(pair["id"], bool(pair["merge"]), merged, pair.get("note", ""))


def measure(files: list[Path] | None = None) -> tuple[float, float, list[PairResult]]:
    results = [run_pair(p) for p in load_pairs(files)]
    tp = sum(r.merged and r.expected for r in results)
    fp = sum(r.merged and not r.expected for r in results)
    fn = sum(r.expected and not r.merged for r in results)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, results


if __name__ == "__main__":
    p, r, res = measure([Path(a) for a in sys.argv[1:]] or None)
    for x in res:
        if x.merged != x.expected:
            print("WRONG", x)
    print(f"pairs {len(res)} (merge {sum(x.expected for x in res)}), precision {p:.3f}, recall {r:.3f}")
