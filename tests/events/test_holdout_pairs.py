"""Cross-source merging on pair sets the rules were not written on.

* ``holdout.jsonl`` (40 pairs): written after the rules were first tuned on ``pairs.jsonl``;
  its misses were studied once, so it is no longer blind: 0.867 / 0.591 when written,
  0.955 / 0.955 now.
* ``fresh.jsonl`` (50 pairs): written by a helper that never saw the rules or the other sets;
  first measured at precision 0.882, recall 0.536, then used to find error categories
  (0.870 / 0.714 now).
* ``blind.jsonl`` (50 pairs): written the same way and measured once, after the rules of this
  round were final: precision 0.810, recall 0.607. Nothing was tuned on it.

The floors sit just under the measured figures, so the tests record the honest state and
catch regressions, without steering the rules towards any one set. The issue's target
(0.95 / 0.9) is met on the tuning set only; see docs/events.md.
Run ``python tests/events/pairs_eval.py tests/events/pairs/blind.jsonl`` for the misses.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .pairs_eval import HOLDOUT, PAIRS, load_pairs, measure

SETS = {
    # file: (pairs, merges, precision floor, recall floor)
    HOLDOUT: (40, 22, 0.9, 0.9),
    PAIRS / "fresh.jsonl": (50, 28, 0.85, 0.7),
    PAIRS / "blind.jsonl": (50, 28, 0.78, 0.58),
}


@pytest.mark.parametrize("path", list(SETS), ids=lambda p: Path(p).stem)
def test_the_set_is_well_formed(path: Path) -> None:
    pairs = load_pairs([path])
    n, merges, _, _ = SETS[path]
    assert len(pairs) == n
    assert sum(p["merge"] for p in pairs) == merges
    assert len({p["id"] for p in pairs}) == len(pairs)
    for p in pairs:
        assert p["a"]["text"] != p["b"]["text"]
        assert p["a"]["outlet"] != p["b"]["outlet"]
        json.dumps(p)


@pytest.mark.parametrize("path", list(SETS), ids=lambda p: Path(p).stem)
def test_merge_precision_and_recall(path: Path) -> None:
    precision, recall, results = measure([path])
    _, _, p_floor, r_floor = SETS[path]
    wrong = [r for r in results if r.merged != r.expected]
    print(f"{Path(path).stem}: pairs {len(results)}, precision {precision:.3f}, recall {recall:.3f}")
    assert precision >= p_floor, wrong
    assert recall >= r_floor, wrong
