"""Score the geocoder on a place test set (``tests/places/mentions.jsonl``).

Each line holds a sentence, a mention (an exact substring of it) and the expected
place (name, admin1, country, lat, lon, precision) or ``null`` for a false friend
(a person, actor or common word that happens to be a village somewhere). A mention
is resolved the way a reader would: with the country and the governorate that the
rest of the sentence names as hints, nothing else.

Figures (each a share of the mentions it applies to):

* ``within_10km``: point mentions (precision ``exact`` or ``near``; for ``near`` the
  expected point is the anchor) resolved to a point within 10 km of the expected one;
* ``admin1``: mentions with an expected first-level division resolved inside it;
* ``country``: located mentions resolved in the expected country;
* ``precision``: located mentions given the expected precision label;
* ``false_friends``: false friends left unresolved.
"""

from __future__ import annotations

import json
import math
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .curated import Admin1Table, load_admin1
from .distance import haversine_km
from .normalize import normalize_name
from .resolve import Geocoder, Resolution

__all__ = ["PlaceScores", "evaluate_places", "sentence_hints", "haversine_km"]

_WORD = re.compile(r"[^\W\d_][\w'’ʿ‘-]*")
_POINT = ("exact", "near")


@dataclass
class PlaceScores:
    """Counts per figure as (right, out of), plus the misses for reading."""

    counts: dict[str, list[int]] = field(default_factory=dict)
    misses: list[dict[str, Any]] = field(default_factory=list)

    def add(self, figure: str, ok: bool) -> None:
        right, total = self.counts.setdefault(figure, [0, 0])
        self.counts[figure] = [right + int(ok), total + 1]

    def rate(self, figure: str) -> float:
        right, total = self.counts.get(figure, [0, 0])
        return right / total if total else 0.0

    def summary(self) -> dict[str, float]:
        return {k: round(self.rate(k), 3) for k in self.counts}

    def table(self) -> str:
        return "\n".join(f"{k:14s} {self.rate(k):.3f}  ({r}/{t})" for k, (r, t) in self.counts.items())


def sentence_hints(
    sentence: str, mention_start: int, mention_end: int, geocoder: Geocoder, admin1: Admin1Table
) -> tuple[str | None, str | None]:
    """(country, governorate) named in the sentence outside the mention, nearest first."""
    words = [(m.start(), m.end()) for m in _WORD.finditer(sentence)]
    best: tuple[int, str, str] | None = None  # (distance, country, admin1)
    country: tuple[int, str] | None = None
    for i in range(len(words)):
        for n in (3, 2, 1):
            if i + n > len(words):
                continue
            s, e = words[i][0], words[i + n - 1][1]
            if s < mention_end and e > mention_start:
                continue
            phrase = sentence[s:e]
            if not phrase[0].isupper():
                continue
            dist = s - mention_end if s >= mention_end else (mention_start - e) * 2  # after the mention first
            for div in admin1.find(phrase):
                if best is None or dist < best[0]:
                    best = (dist, div.country, div.name)
            for entry in geocoder.gazetteer.lookup(phrase, limit=3):
                is_country = entry.feature == "country" and normalize_name(phrase) == normalize_name(entry.name)
                if is_country and (country is None or dist < country[0]):
                    country = (dist, entry.country)
    if country is not None:
        hint = best[2] if best is not None and best[1] == country[1] else None
        return country[1], hint
    if best is not None:
        return best[1], best[2]
    return None, None


def _load(path: str | os.PathLike[str]) -> Iterable[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, start=1):
            if line.strip():
                row = json.loads(line)
                row["line"] = lineno
                yield row


def evaluate_places(
    path: str | os.PathLike[str], geocoder: Geocoder, *, admin1: Admin1Table | None = None
) -> PlaceScores:
    """Resolve every mention of the test set at ``path`` and score it (see module doc)."""
    table = admin1 if admin1 is not None else load_admin1()
    scores = PlaceScores()
    for row in _load(Path(path)):
        sentence, mention, want = row["sentence"], row["mention"], row["expected"]
        start = sentence.index(mention)
        country, hint = sentence_hints(sentence, start, start + len(mention), geocoder, table)
        res = geocoder.resolve(mention, country=country, admin1_hint=hint)
        if want is None:
            scores.add("false_friends", res is None)
            if res is not None:
                scores.misses.append(_miss(row, res, "false friend resolved", country, hint))
            continue
        problems = _check(want, res, scores)
        if problems:
            scores.misses.append(_miss(row, res, "; ".join(problems), country, hint))
    return scores


def _check(want: dict[str, Any], res: Resolution | None, scores: PlaceScores) -> list[str]:
    problems: list[str] = []
    e = res.entry if res is not None else None
    if want["precision"] in _POINT:
        dist = haversine_km(want["lat"], want["lon"], e.lat, e.lon) if e is not None else math.inf
        scores.add("within_10km", dist <= 10)
        if dist > 10:
            problems.append(f"{dist:.0f} km off")
    if want.get("admin1"):
        ok = e is not None and e.admin1 == want["admin1"]
        scores.add("admin1", ok)
        if not ok:
            problems.append(f"admin1 {e.admin1 if e else None!r} != {want['admin1']!r}")
    scores.add("country", e is not None and e.country == want["country"])
    ok = res is not None and res.precision == want["precision"]
    scores.add("precision", ok)
    if not ok:
        problems.append(f"precision {res.precision if res else None!r} != {want['precision']!r}")
    return problems


def _miss(row: dict[str, Any], res: Resolution | None, why: str, country: str | None,
          hint: str | None) -> dict[str, Any]:
    got = None
    if res is not None:
        e = res.entry
        got = {"id": e.id, "name": e.name, "admin1": e.admin1, "country": e.country, "lat": e.lat,
               "lon": e.lon, "precision": res.precision, "score": res.score}
    return {"line": row["line"], "mention": row["mention"], "why": why, "hints": [country, hint], "got": got}
