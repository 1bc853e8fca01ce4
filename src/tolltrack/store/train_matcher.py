"""Fit the learned matcher (``tolltrack.store.matcher``) on pair sets, and measure it honestly.

Each pair of a set (``tests/events/pairs/*.jsonl``: two reports, ``merge`` true or false)
is extracted into a fresh in-memory store; the signals of every two incidents that may be
compared (not ``matcher.barred``) are one row. A pair whose reports give
exactly one such row trains the model with the pair's label (with several, which two
incidents the label speaks of is unknown). ``--folds`` first measures the model on sets it
was not fitted on, a set never split between training and measuring: the figure to quote,
since the shipped model has seen every set it ships with.

    python -m tolltrack.store.train_matcher tests/events/pairs/*.jsonl --folds 10 \\
        --out src/tolltrack/data/merge_model.json
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from multiprocessing import Pool
from pathlib import Path

import click

from tolltrack.store.matcher import MergeModel, barred, signals


@dataclass
class PairRows:
    id: str
    group: str  # the set the pair belongs to (its id before the last "-")
    label: bool
    rows: list[dict[str, float]]


def pair_rows(pair: dict) -> PairRows:
    """The signals of every two comparable incidents of one pair's reports."""
    import tolltrack
    from tolltrack.model import Document
    from tolltrack.store import open_store
    from tolltrack.store.events import features, group_incidents, load_claims

    with open_store(":memory:") as store:
        for side in ("a", "b"):
            d = pair[side]
            doc = Document(id=f"{pair['id']}-{side}", text=d["text"], published=d["published"], outlet=d["outlet"])
            store.write(doc, tolltrack.extract_document(doc))
        feats = []
        for (doc_id,) in store.fetchall("SELECT id FROM documents ORDER BY id"):
            claims = load_claims(store, "c.document_id = ? AND c.is_aggregate = ?", (doc_id, False))
            feats.append([features(g) for g in group_incidents(claims)])
    rows = [signals(b, a) for a in feats[0] for b in feats[1] if not barred(b, a)] if len(feats) == 2 else []
    return PairRows(pair["id"], pair["id"].rsplit("-", 1)[0], bool(pair["merge"]), rows)


def fit(rows: Sequence[dict[str, float]], labels: Sequence[bool], c: float = 1.0, threshold: float = 0.7,
        trained_on: str = "") -> MergeModel:
    """L2-regularised logistic regression (the bias unpenalised), by Newton's method."""
    import numpy as np

    names = sorted(rows[0])
    x = np.array([[1.0] + [row[k] for k in names] for row in rows])
    y = np.array(labels, dtype=float)
    penalty = np.eye(x.shape[1]) / c
    penalty[0, 0] = 0.0
    w = np.zeros(x.shape[1])
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -50, 50)))
        grad = x.T @ (p - y) + penalty @ w
        hess = (x * (p * (1 - p))[:, None]).T @ x + penalty + 1e-9 * np.eye(x.shape[1])
        step = np.linalg.solve(hess, grad)
        w -= step
        if float(np.abs(step).max()) < 1e-8:
            break
    weights = {k: round(float(v), 6) for k, v in zip(names, w[1:], strict=True)}
    return MergeModel(weights, round(float(w[0]), 6), threshold, trained_on)


def _training(pairs: Sequence[PairRows]) -> tuple[list[dict[str, float]], list[bool]]:
    chosen = [p for p in pairs if len(p.rows) == 1]
    return [p.rows[0] for p in chosen], [p.label for p in chosen]


def decide(model: MergeModel, pair: PairRows) -> bool:
    """Whether the model merges the pair: any two of its incidents reach the threshold."""
    z = [model.bias + sum(w * row[k] for k, w in model.weights.items()) for row in pair.rows]
    return any(v >= _logit(model.threshold) for v in z)


def _logit(p: float) -> float:
    import math
    return math.log(p / (1 - p))


def figures(model: MergeModel, pairs: Sequence[PairRows]) -> tuple[int, int, int]:
    """True, false and missed merges of ``model`` on ``pairs``."""
    got = [(p.label, decide(model, p)) for p in pairs]
    return (sum(lab and m for lab, m in got), sum(m and not lab for lab, m in got),
            sum(lab and not m for lab, m in got))


def cross_validate(pairs: Sequence[PairRows], folds: int, c: float, threshold: float) -> tuple[int, int, int]:
    """Figures summed over ``folds`` rounds, each measuring on the sets left out of its fitting."""
    fold = {p.group: zlib.crc32(p.group.encode()) % folds for p in pairs}
    tp = fp = fn = 0
    for k in range(folds):
        train = [p for p in pairs if fold[p.group] != k]
        rows, labels = _training(train)
        model = fit(rows, labels, c, threshold)
        t, f, n = figures(model, [p for p in pairs if fold[p.group] == k])
        tp, fp, fn = tp + t, fp + f, fn + n
    return tp, fp, fn


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "n/a"


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="Write the fitted model here (JSON).")
@click.option("--folds", type=int, default=0, show_default=True,
              help="Measure first on sets left out of fitting, in this many rounds (0: skip).")
@click.option("--c", "c", type=float, default=1.0, show_default=True, help="Inverse strength of the L2 penalty.")
@click.option("--threshold", type=float, default=0.7, show_default=True, help="Merge at or above this probability.")
@click.option("--workers", type=int, default=None, help="Processes extracting the pairs (default: all cores).")
def main(files: tuple[Path, ...], out: Path | None, folds: int, c: float, threshold: float,
         workers: int | None) -> None:
    """Fit the merge model on pair sets (JSON Lines of report pairs with a `merge` label)."""
    pairs_in = [json.loads(line) for f in files for line in f.open(encoding="utf-8") if line.strip()]
    with Pool(workers) as pool:
        pairs = pool.map(pair_rows, pairs_in, chunksize=8)
    click.echo(f"{len(pairs)} pairs from {len(files)} files; {len(_training(pairs)[0])} train the model")
    if folds:
        tp, fp, fn = cross_validate(pairs, folds, c, threshold)
        click.echo(f"held-out sets ({folds} folds): precision {_ratio(tp, tp + fp)} ({tp}/{tp + fp}), "
                   f"recall {_ratio(tp, tp + fn)} ({tp}/{tp + fn})")
    rows, labels = _training(pairs)
    model = fit(rows, labels, c, threshold, trained_on=f"{len(rows)} pairs of {len({p.group for p in pairs})} sets")
    tp, fp, fn = figures(model, pairs)
    click.echo(f"on its own training sets: precision {_ratio(tp, tp + fp)}, recall {_ratio(tp, tp + fn)}")
    if out:
        out.write_text(model.to_json(), encoding="utf-8")
        click.echo(f"wrote {out}")


if __name__ == "__main__":
    main()
