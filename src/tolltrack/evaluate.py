"""Score extracted claims against hand annotations (the gold format of the guidelines).

Claims are matched on (status, count, with the gold's alternative counts), preferring
pairs that also agree on victim, governorate, period and perpetrator; restatements of
a matched fact count apart, not as errors. "Fully right" means every attribute the
gold states is right too: victim, perpetrator, aggregate, admin1 and period.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

Claim = Mapping[str, Any]


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"[^a-z0-9]+", " ", text).strip()
    return re.sub(r"\s+(governorate|province)$", "", text)


def _admin1_key(name: str) -> str:
    from tolltrack.extract.resolver import Admin1Resolver, admin1_table

    hit = _resolver(Admin1Resolver, admin1_table).resolve(name)
    return _fold(hit.admin1) if hit and hit.admin1 else _fold(name)


_RESOLVER: Any = None


def _resolver(cls: Any, table: Any) -> Any:
    global _RESOLVER
    if _RESOLVER is None:
        _RESOLVER = cls(table())
    return _RESOLVER


def side(value: Any) -> str | None:
    if isinstance(value, Mapping):
        value = value.get("side")
    return str(value).upper() if value else None


def perpetrator(claim: Claim) -> str | None:
    s = side(claim.get("perpetrator"))
    return None if s == "UNK" else s


def admin1_set(claim: Claim) -> set[str]:
    names = claim.get("admin1")
    if names is None:
        names = [p.get("admin1") for p in claim.get("places") or [] if isinstance(p, Mapping)]
    return {_admin1_key(n) for n in names or [] if n}


def period(claim: Claim) -> tuple[str | None, str | None]:
    p = claim.get("period") or {}
    return p.get("start"), p.get("end")


def same_count(gold: Claim, pred: Claim) -> bool:
    if gold.get("status") != pred.get("status"):
        return False
    if gold.get("count") is None:
        return pred.get("count") is None
    return pred.get("count") in [gold["count"], *gold.get("alt_counts", [])]


def fully_right(gold: Claim, pred: Claim) -> bool:
    if side(gold.get("victim")) != side(pred.get("victim")) or perpetrator(gold) != perpetrator(pred):
        return False
    if bool(gold.get("aggregate")) != bool(pred.get("aggregate")):
        return False
    ga = admin1_set(gold)
    if ga and not ga & admin1_set(pred):
        return False
    gs, ge = period(gold)
    ps, pe = period(pred)
    return (not gs or gs == ps) and (not ge or ge == pe)


def match(gold: list[Claim], pred: list[Claim]) -> tuple[dict[int, int], int]:
    """Gold index -> predicted index, and how many predictions restate a matched fact."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if same_count(g, p):
                affinity = 4 * (side(g.get("victim")) == side(p.get("victim")))
                affinity += 2 * bool(admin1_set(g) & admin1_set(p))
                affinity += (period(g) == period(p)) + (perpetrator(g) == perpetrator(p))
                pairs.append((affinity, -abs(gi - pi), gi, pi))
    g2p: dict[int, int] = {}
    taken: set[int] = set()
    for _, _, gi, pi in sorted(pairs, reverse=True):
        if gi not in g2p and pi not in taken:
            g2p[gi] = pi
            taken.add(pi)
    dups = sum(1 for pi, p in enumerate(pred) if pi not in taken and any(same_count(gold[g], p) for g in g2p))
    return g2p, dups


@dataclass
class Scores:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    strict_tp: int = 0
    full_tp: int = 0
    duplicates: int = 0
    attributes: dict[str, list[int]] = field(default_factory=dict)  # name -> [right, total]
    control_tp: int = 0
    control_fp: int = 0
    control_fn: int = 0

    def _add(self, name: str, ok: bool) -> None:
        right, total = self.attributes.get(name, [0, 0])
        self.attributes[name] = [right + int(ok), total + 1]

    @staticmethod
    def f1(tp: int, fp: int, fn: int) -> float:
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def casualty_f1(self) -> float:
        return self.f1(self.tp, self.fp, self.fn)

    @property
    def strict_f1(self) -> float:
        wrong = self.tp - self.strict_tp
        return self.f1(self.strict_tp, self.fp + wrong, self.fn + wrong)

    @property
    def full_f1(self) -> float:
        wrong = self.tp - self.full_tp
        return self.f1(self.full_tp, self.fp + wrong, self.fn + wrong)

    @property
    def control_f1(self) -> float:
        return self.f1(self.control_tp, self.control_fp, self.control_fn)

    def accuracy(self, name: str) -> float | None:
        right, total = self.attributes.get(name, [0, 0])
        return right / total if total else None

    def summary(self) -> dict[str, Any]:
        return {
            "casualties": {"tp": self.tp, "fp": self.fp, "fn": self.fn, "duplicates": self.duplicates,
                           "f1": self.casualty_f1, "strict_f1": self.strict_f1, "full_f1": self.full_f1},
            "attributes": {k: self.accuracy(k) for k in sorted(self.attributes)},
            "control": {"tp": self.control_tp, "fp": self.control_fp, "fn": self.control_fn,
                        "f1": self.control_f1},
        }


def _control_tuples(claims: Iterable[Claim]) -> list[tuple[str | None, str, float]]:
    out = []
    for c in claims:
        for measure in ("area_km2", "share_pct", "villages"):
            if c.get(measure) is not None:
                out.append((side(c.get("actor")), measure, round(float(c[measure]), 4)))
    return out


def score(gold_docs: Mapping[str, Claim], pred_docs: Mapping[str, Claim]) -> Scores:
    s = Scores()
    for doc_id, g in gold_docs.items():
        p = pred_docs.get(doc_id, {})
        gc, pc = list(g.get("casualties", [])), list(p.get("casualties", []) or [])
        g2p, dups = match(gc, pc)
        s.tp += len(g2p)
        s.fn += len(gc) - len(g2p)
        s.fp += len(pc) - len(g2p) - dups
        s.duplicates += dups
        for gi, pi in g2p.items():
            gold, pred = gc[gi], pc[pi]
            same_victim = side(gold.get("victim")) == side(pred.get("victim"))
            s.strict_tp += same_victim
            s.full_tp += fully_right(gold, pred)
            s._add("victim", same_victim)
            s._add("perpetrator", perpetrator(gold) == perpetrator(pred))
            s._add("qualifier", gold.get("qualifier") == pred.get("qualifier"))
            s._add("aggregate", bool(gold.get("aggregate")) == bool(pred.get("aggregate")))
            ga = admin1_set(gold)
            if ga:
                s._add("admin1_any", bool(ga & admin1_set(pred)))
            gs, ge = period(gold)
            ps, pe = period(pred)
            if gs:
                s._add("period_start", gs == ps)
            if ge:
                s._add("period_end", ge == pe)
            if gold.get("parent") is not None:
                s._add("parent", pred.get("parent") == g2p.get(gold["parent"]))
        gt, pt = _control_tuples(g.get("control", [])), _control_tuples(p.get("control", []) or [])
        left = list(pt)
        for t in gt:
            if t in left:
                left.remove(t)
                s.control_tp += 1
            else:
                s.control_fn += 1
        s.control_fp += len(set(left) - set(gt))
    return s


def load_jsonl(path: str | Path) -> dict[str, dict[str, Any]]:
    docs: dict[str, dict[str, Any]] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                d = json.loads(line)
                docs[str(d["id"])] = d
    return docs
