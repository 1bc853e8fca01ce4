"""Fit the learned matcher (``tolltrack.store.matcher``) on pair sets, and measure it honestly.

Two kinds of rows, both from the pair sets (``tests/events/pairs/*.jsonl``: two reports,
``merge`` true or false):

* **pairs**: each pair is extracted into a fresh in-memory store; the signals of every two
  incidents that may be compared (not ``matcher.barred``) are one row. A pair whose reports
  give exactly one such row trains the model with the pair's label (with several, which two
  incidents the label speaks of is unknown). Incidents are what the event builder groups
  (``events.event_claims_of``: a report with no incident claim offers its short tallies), so the
  model is fitted on the candidates it will meet;
* **crowds**: a store does not meet an incident with one candidate but with every event of
  its days, nearly all of them other incidents. All reports of one set are put in one store,
  each pair moved to one common day; two incidents of *different* pairs are different
  incidents, and a sample of them (``--crowd-cap`` per set) trains the model as negatives,
  weighed ``--crowd-weight`` each. Without them the model merged 39 % of such candidates on
  sets it had not seen (the rules 12 %).

``--folds`` first measures the model on sets it was not fitted on, a set never split between
training and measuring: the figures to quote, since the shipped model has seen every set.

    python -m tolltrack.store.train_matcher tests/events/pairs/*.jsonl --folds 10 \\
        --out src/tolltrack/data/merge_model.json
"""

from __future__ import annotations

import datetime as dt
import json
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from multiprocessing import Pool
from pathlib import Path

import click

from tolltrack.store.matcher import Features, MergeModel, barred, signals
from tolltrack.store.store import Store


@dataclass
class PairRows:
    id: str
    group: str  # the set the pair belongs to (its id before the last "-")
    label: bool
    rows: list[dict[str, float]]


def write_pair(store: Store, pair: dict) -> None:
    """Extract and store a pair's two reports (document ids ``<pair id>-a`` and ``-b``)."""
    import tolltrack
    from tolltrack.model import Document

    for side in ("a", "b"):
        d = pair[side]
        doc = Document(id=f"{pair['id']}-{side}", text=d["text"], published=d["published"], outlet=d["outlet"])
        store.write(doc, tolltrack.extract_document(doc))


def pair_rows(pair: dict) -> PairRows:
    """The signals of every two comparable incidents of one pair's reports."""
    from tolltrack.store import open_store
    from tolltrack.store.events import event_claims_of, features, group_incidents

    with open_store(":memory:") as store:
        write_pair(store, pair)
        feats = []
        for (doc_id,) in store.fetchall("SELECT id FROM documents ORDER BY id"):
            feats.append([features(g) for g in group_incidents(event_claims_of(store, doc_id))])
    rows = [signals(b, a) for a in feats[0] for b in feats[1] if not barred(b, a)] if len(feats) == 2 else []
    return PairRows(pair["id"], pair["id"].rsplit("-", 1)[0], bool(pair["merge"]), rows)


@dataclass
class Crowd:
    group: str
    rows: list[dict[str, float]]  # two incidents of different pairs of one set: never one incident
    rules_merge: list[bool]  # whether ``resolve.score`` (the rules) merges them, for comparison


COMMON_DAY = dt.date(2024, 6, 12)


def crowd_rows(pairs: Sequence[dict], cap: int = 400) -> Crowd:
    """A sample of the candidates two incidents of different pairs of one set make in one store."""
    import random

    import tolltrack
    from tolltrack.model import Document
    from tolltrack.store import open_store
    from tolltrack.store.events import event_claims_of, features, group_incidents
    from tolltrack.store.resolve import score

    group = pairs[0]["id"].rsplit("-", 1)[0] if pairs else ""
    incidents: list[tuple[str, Features]] = []
    with open_store(":memory:") as store:
        for pair in pairs:
            shift = COMMON_DAY - dt.date.fromisoformat(pair["a"]["published"][:10])
            for side in ("a", "b"):
                d = pair[side]
                day = (dt.date.fromisoformat(d["published"][:10]) + shift).isoformat()
                doc = Document(id=f"{pair['id']}|{side}", text=d["text"], published=day, outlet=d["outlet"])
                store.write(doc, tolltrack.extract_document(doc))
        for doc_id, key in store.fetchall("SELECT id, doc_key FROM documents ORDER BY id"):
            claims = event_claims_of(store, doc_id)
            incidents += [(str(key).split("|")[0], features(g)) for g in group_incidents(claims)]
    candidates = [(i, j) for i in range(len(incidents)) for j in range(i) if incidents[i][0] != incidents[j][0]]
    random.Random(group).shuffle(candidates)
    out = Crowd(group, [], [])
    for i, j in candidates:
        a, b = incidents[i][1], incidents[j][1]
        if not barred(a, b):
            out.rows.append(signals(a, b))
            out.rules_merge.append(score(a, b) is not None)
            if len(out.rows) >= cap:
                break
    return out


def fit(rows: Sequence[dict[str, float]], labels: Sequence[bool], c: float = 1.0, threshold: float = 0.65,
        trained_on: str = "", sample_weights: Sequence[float] | None = None) -> MergeModel:
    """L2-regularised logistic regression (the bias unpenalised), rows weighed, by Newton's method."""
    import numpy as np

    names = sorted(rows[0])
    x = np.array([[1.0] + [row[k] for k in names] for row in rows])
    y = np.array(labels, dtype=float)
    sw = np.ones(len(rows)) if sample_weights is None else np.array(sample_weights, dtype=float)
    penalty = np.eye(x.shape[1]) / c
    penalty[0, 0] = 0.0
    w = np.zeros(x.shape[1])
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -50, 50)))
        grad = x.T @ (sw * (p - y)) + penalty @ w
        hess = (x * (sw * p * (1 - p))[:, None]).T @ x + penalty + 1e-9 * np.eye(x.shape[1])
        step = np.linalg.solve(hess, grad)
        w -= step
        if float(np.abs(step).max()) < 1e-8:
            break
    weights = {k: round(float(v), 6) for k, v in zip(names, w[1:], strict=True)}
    return MergeModel(weights, round(float(w[0]), 6), threshold, trained_on)


def _training(pairs: Sequence[PairRows]) -> tuple[list[dict[str, float]], list[bool]]:
    chosen = [p for p in pairs if len(p.rows) == 1]
    return [p.rows[0] for p in chosen], [p.label for p in chosen]


# Signals whose meaning depends on another's: a named day shared by two reports of one town tells more
# than by two of one governorate; close tolls more when both are dated. A linear sum cannot say so;
# the products of every two of these can (held out by set, recall 0.842 -> 0.856 at the same crowd
# acceptance, docs/events.md).
PAIRED = ("same_days", "both_dated", "place_0", "place_1", "place_1.5", "place_2", "place_3", "names_differ",
          "toll_ratio", "counts_close", "same_type", "victims_agree", "perpetrators_agree", "sites_agree", "vague",
          "both_counted", "country_same", "one_fine", "both_fine")


def train(pairs: Sequence[PairRows], crowds: Sequence[Crowd] = (), crowd_weight: float = 0.012, c: float = 1.0,
          threshold: float = 0.65, trained_on: str = "", paired: Sequence[str] = PAIRED) -> MergeModel:
    """The model fitted on the pairs' rows and, weighed ``crowd_weight``, the crowds' negatives; the
    products of every two ``paired`` signals are weighed too."""
    rows, labels = _training(pairs)
    extra = [r for crowd in crowds for r in crowd.rows]
    return fit([with_products(r, paired) for r in rows + extra], labels + [False] * len(extra), c, threshold,
               trained_on, [1.0] * len(rows) + [crowd_weight] * len(extra))


def with_products(row: dict[str, float], paired: Sequence[str] = PAIRED) -> dict[str, float]:
    """A row with the product of every two ``paired`` signals, keyed "a*b" (``MergeModel.z`` reads them)."""
    out = dict(row)
    present = [k for k in paired if k in row]
    for i, a in enumerate(present):
        for b in present[i + 1 :]:
            out[f"{a}*{b}"] = row[a] * row[b]
    return out


def crowd_merges(model: MergeModel, crowds: Sequence[Crowd]) -> tuple[int, int, int]:
    """How many crowd candidates the model merges, how many the rules merge, of how many."""
    z0 = _logit(model.threshold)
    rows = [r for crowd in crowds for r in crowd.rows]
    got = sum(model.z(r) >= z0 for r in rows)
    return got, sum(m for crowd in crowds for m in crowd.rules_merge), len(rows)


def decide(model: MergeModel, pair: PairRows) -> bool:
    """Whether the model merges the pair: any two of its incidents reach the threshold."""
    z = [model.z(row) for row in pair.rows]
    return any(v >= _logit(model.threshold) for v in z)


def _logit(p: float) -> float:
    import math
    return math.log(p / (1 - p))


def figures(model: MergeModel, pairs: Sequence[PairRows]) -> tuple[int, int, int]:
    """True, false and missed merges of ``model`` on ``pairs``."""
    got = [(p.label, decide(model, p)) for p in pairs]
    return (sum(lab and m for lab, m in got), sum(m and not lab for lab, m in got),
            sum(lab and not m for lab, m in got))


def cross_validate(pairs: Sequence[PairRows], folds: int, c: float, threshold: float,
                   crowds: Sequence[Crowd] = (), crowd_weight: float = 0.012) -> tuple[int, int, int, int, int]:
    """Figures summed over ``folds`` rounds, each measuring on the sets left out of its fitting:
    true, false and missed merges of pairs; crowd candidates the model merges, of how many."""
    fold = {g: zlib.crc32(g.encode()) % folds for g in {p.group for p in pairs} | {c.group for c in crowds}}
    tp = fp = fn = crowd_got = crowd_all = 0
    for k in range(folds):
        model = train([p for p in pairs if fold[p.group] != k], [x for x in crowds if fold[x.group] != k],
                      crowd_weight, c, threshold)
        t, f, n = figures(model, [p for p in pairs if fold[p.group] == k])
        got, _, total = crowd_merges(model, [x for x in crowds if fold[x.group] == k])
        tp, fp, fn, crowd_got, crowd_all = tp + t, fp + f, fn + n, crowd_got + got, crowd_all + total
    return tp, fp, fn, crowd_got, crowd_all


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "n/a"


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="Write the fitted model here (JSON).")
@click.option("--folds", type=int, default=0, show_default=True,
              help="Measure first on sets left out of fitting, in this many rounds (0: skip).")
@click.option("--c", "c", type=float, default=1.0, show_default=True, help="Inverse strength of the L2 penalty.")
@click.option("--threshold", type=float, default=0.65, show_default=True, help="Merge at or above this probability.")
@click.option("--crowd-weight", type=float, default=0.012, show_default=True,
              help="Weight of each crowd negative (0: fit on the pairs alone).")
@click.option("--crowd-cap", type=int, default=400, show_default=True, help="Crowd candidates sampled per set.")
@click.option("--workers", type=int, default=None, help="Processes extracting the pairs (default: all cores).")
def main(files: tuple[Path, ...], out: Path | None, folds: int, c: float, threshold: float, crowd_weight: float,
         crowd_cap: int, workers: int | None) -> None:
    """Fit the merge model on pair sets (JSON Lines of report pairs with a `merge` label)."""
    sets = [[json.loads(line) for line in f.open(encoding="utf-8") if line.strip()] for f in files]
    with Pool(workers) as pool:
        pairs = pool.map(pair_rows, [p for s in sets for p in s], chunksize=8)
        crowds = pool.starmap(crowd_rows, [(s, crowd_cap) for s in sets if s], chunksize=1) if crowd_weight else []
    n_crowd = sum(len(x.rows) for x in crowds)
    click.echo(f"{len(pairs)} pairs from {len(files)} files; {len(_training(pairs)[0])} pairs and {n_crowd} "
               "crowd candidates train the model")
    if folds:
        tp, fp, fn, got, total = cross_validate(pairs, folds, c, threshold, crowds, crowd_weight)
        click.echo(f"held-out sets ({folds} folds): precision {_ratio(tp, tp + fp)} ({tp}/{tp + fp}), "
                   f"recall {_ratio(tp, tp + fn)} ({tp}/{tp + fn}); crowd candidates merged {_ratio(got, total)} "
                   f"({got}/{total}; the rules: {_ratio(crowd_merges(train(pairs), crowds)[1], total)})")
    model = train(pairs, crowds, crowd_weight, c, threshold,
                  trained_on=f"{len(_training(pairs)[0])} pairs and {n_crowd} crowd candidates of {len(sets)} sets")
    tp, fp, fn = figures(model, pairs)
    click.echo(f"on its own training sets: precision {_ratio(tp, tp + fp)}, recall {_ratio(tp, tp + fn)}")
    if out:
        out.write_text(model.to_json(), encoding="utf-8")
        click.echo(f"wrote {out}")


if __name__ == "__main__":
    main()
