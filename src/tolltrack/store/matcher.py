"""The learned matcher: one weighted sum of the merging rules' signals instead of their gates.

``tolltrack.store.resolve`` decides whether two incidents are one by hard gates: a place it
cannot compare, a victim side that does not agree, too few things agreeing for a vague
place, and the pair is rejected. Each gate was written for a pair someone read, and each
one is too strict or too loose on pairs nobody read. Here the same signals (places,
names, days, sides, types, sites, tolls and the wording that tells incidents apart, see
``signals``) are weighed together by a logistic regression fitted on the invented pair
sets of ``tests/events/pairs`` (``python -m tolltrack.store.train_matcher``); two incidents
are one when the probability reaches the model's threshold. What no wording can overcome
stays a gate (``barred``): one document's own incidents, days that do not overlap, two
countries, and places the rules find apart (``resolve.where_score``: other governorates or
districts, towns further apart than a town's reach). The pair sets hold two reports of one
region and days; a store holds every report of those days, so an incident meets many
candidates, and a model fitted on pairs never learns how much a second country or a far
governorate weighs: without these gates 80 generated reports of random towns made 54 merges
(the rules make 5).

The weights are data (``data/merge_model.json``), read once when first needed.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources

from tolltrack.store import resolve as r
from tolltrack.store.kinds import _same_but_victims, types_compatible
from tolltrack.store.quarters import halves_apart
from tolltrack.store.sides import side_agreement
from tolltrack.store.tolls import (
    _counts_agree,
    _counts_clash,
    _toll_grew,
    _tolls_gainsay,
    _update_agrees,
    nearest_tolls,
)
from tolltrack.store.ways import _opposite_sides
from tolltrack.store.wording import (
    _day_parts_agree,
    _dead_and_none,
    _manner_agrees,
    _numbered_quarters_differ,
    _other_part,
    _same_roles,
    _sites_agree,
    _tells_otherwise,
)

Features = r.Features
Scorer = Callable[[Features, Features], "float | None"]
_PLACE_LEVELS = (0.0, 1.0, 1.5, 2.0, 3.0)  # where_score's values: nothing to go by ... the same place


def signals(a: Features, b: Features) -> dict[str, float]:
    """What two incidents share and where they differ, each a number in [0, 1]."""
    where = r.where_score(a, b)
    names = r._names_agree(a, b)
    perp, vict = side_agreement(a, b)
    site = _sites_agree(a, b)
    agree = _counts_agree(a, b)
    ta, tb = a.toll, b.toll
    both = ta is not None and tb is not None
    out = {
        "same_days": r._same_days(a, b),
        "both_dated": a.dated and b.dated,
        "country_same": bool(a.countries & b.countries),
        **{f"place_{level:g}": where == level for level in _PLACE_LEVELS},
        "names_differ": names is False,
        "names_agree": bool(names) and names is not False,
        "both_fine": bool(r._fine(a) and r._fine(b)),
        "one_fine": bool(r._fine(a)) != bool(r._fine(b)),
        "one_unknown_village": r._one_unknown_village(a, b),
        "types_compatible": types_compatible(a, b),
        "same_type": bool(a.by_rule and b.by_rule and (a.event_type == b.event_type or _same_but_victims(a, b))),
        "generic_type": a.generic_type or b.generic_type,
        "perpetrators_agree": perp is True,
        "perpetrators_differ": perp is False,
        "victims_agree": vict is True,
        "victims_differ": vict is False,
        "sites_differ": site is False,
        "day_parts_differ": not _day_parts_agree(a.text, b.text),
        "sites_agree": bool(site),
        "manner_agrees": bool(_manner_agrees(a, b)),
        "rare_word": bool(r._share_rare_word(a, b)),
        "told_otherwise": bool(_tells_otherwise(a, b) or _tells_otherwise(b, a) or _opposite_sides(a.text, b.text)
                               or _dead_and_none(a, b) or _dead_and_none(b, a) or _numbered_quarters_differ(a, b)
                               or halves_apart(a, b)),
        "other_part": bool(_other_part(a, b) or _other_part(b, a)),
        "counts_close": agree >= 1,
        "counts_agree": agree >= 2,
        "toll_update": bool(_update_agrees(a, b)),
        "toll_grew": bool(_toll_grew(a, b)),
        "counts_clash": bool(_counts_clash(a, b)),
        "tolls_gainsay": bool(_tolls_gainsay(a, b)),
        "both_counted": both,
        "toll_ratio": _ratio(nearest_tolls(a, b)) if ta and tb else 0.0,
        "same_toll": both and ta == tb,
        "toll_size": min(math.log1p(max(ta or 0, tb or 0)) / 5, 1.0),
        "same_status": a.toll_status is not None and a.toll_status == b.toll_status,
        "killed_and_injured": {a.toll_status, b.toll_status} == {"killed", "injured"},
        "uncounted": bool(a.uncounted or b.uncounted),
        "same_roles": bool(_same_roles(a, b, peoples=False)),
        "vague": r.is_vague(a, b),
    }
    return {k: float(v) for k, v in out.items()}


def _ratio(tolls: tuple[int, int]) -> float:
    return min(tolls) / max(tolls)


@dataclass(frozen=True)
class MergeModel:
    """A logistic regression over ``signals`` and products of two of them:
    P(same incident) = σ(bias + Σ weight · signal)."""

    weights: Mapping[str, float]
    bias: float
    threshold: float  # merge at or above this probability
    trained_on: str = ""  # what it was fitted on, for the record

    def probability(self, a: Features, b: Features) -> float:
        z = self.z(signals(a, b))
        return 1.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0)))

    def z(self, sig: Mapping[str, float]) -> float:
        """The log-odds of one pair's signals: a weight's key is a signal or two joined by "*", their
        product (what the same named day means depends on how close the places are)."""
        missing = self._factors - sig.keys()
        if missing:
            raise ValueError(f"merge model weighs signals the matcher does not give: {sorted(missing)}")
        return self.bias + sum(w * _value(sig, k) for k, w in self.weights.items())

    @cached_property
    def _factors(self) -> frozenset[str]:
        return frozenset(f for k in self.weights for f in k.split("*"))

    def to_json(self) -> str:
        return json.dumps({"bias": self.bias, "threshold": self.threshold, "trained_on": self.trained_on,
                           "weights": dict(self.weights)}, indent=1) + "\n"

    @classmethod
    def from_json(cls, text: str) -> MergeModel:
        d = json.loads(text)
        return cls({k: float(v) for k, v in d["weights"].items()}, float(d["bias"]), float(d["threshold"]),
                   str(d.get("trained_on", "")))


def _value(sig: Mapping[str, float], key: str) -> float:
    first, _, second = key.partition("*")
    return sig[first] * sig[second] if second else sig[first]


@lru_cache(maxsize=1)
def default_model() -> MergeModel:
    """The shipped model (``tolltrack/data/merge_model.json``)."""
    return MergeModel.from_json(resources.files("tolltrack.data").joinpath("merge_model.json").read_text("utf-8"))


def barred(a: Features, b: Features) -> bool:
    """Never one incident, whatever else agrees: see the module's docstring."""
    return bool(a.documents & b.documents) or not r.dates_overlap(a, b) or r.country_conflict(a, b) or \
        r.where_score(a, b) is None


def learned_score(a: Features, b: Features, model: MergeModel | None = None) -> float | None:
    """The probability that ``a`` and ``b`` are one incident, or None when below the threshold or barred."""
    if barred(a, b):
        return None
    m = model or default_model()
    p = m.probability(a, b)
    return p if p >= m.threshold else None


def best_match(incident: Features, events: Mapping[int, Features], scorer: Scorer = learned_score) -> int | None:
    """The id of the event ``incident`` belongs to, or None; ties go to the oldest event."""
    best: tuple[float, int] | None = None
    for event_id, feats in sorted(events.items()):
        s = scorer(incident, feats)
        if s is not None and (best is None or s > best[0]):
            best = (s, event_id)
    return best[1] if best else None


MATCHERS: dict[str, Scorer] = {"learned": learned_score, "rules": r.score}
