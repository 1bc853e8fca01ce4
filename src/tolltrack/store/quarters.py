"""Quarters of one city: "Baghdad's Dora district" and "the Hurriya neighbourhood of north-western Baghdad"
are two places, however close, though no gazetteer knows either.

A city's neighbourhoods are rarely in a gazetteer, and the city itself often reads as its province
(Baghdad, Kabul, Aleppo), so two reports of one day's bombings "in Baghdad" look alike. What tells
them apart is that each names its quarter *as a quarter of the city*: then two different quarter
names are two places. Sides of a city said as opposites ("southern Baghdad" / "northern Baghdad")
tell the same.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tolltrack.store.names import same_name

if TYPE_CHECKING:
    from tolltrack.store.resolve import Features

_QUARTER = r"(?:district|neighbou?rhood|quarter)"
_WAY = r"(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?"
_TAIL = re.compile(rf"\s+{_QUARTER}$")


def _towns(f: Features) -> set[str]:
    """The places a report names that a quarter may belong to: towns and the provinces named like their city."""
    return {n for n in f.names if n} | {s.admin1.casefold() for s in f.spots if s.admin1}


def quarters(f: Features) -> set[tuple[str, str]]:
    """(quarter, city) for each name no gazetteer knows that the report writes as a quarter of a city it
    names: "Baghdad's Bayaa district", "the Hurriya neighbourhood of north-western Baghdad", "the district
    of Amil in south-western Baghdad", "Amil, a neighbourhood of Baghdad"."""
    out = set()
    for name in f.unknown:
        q = re.escape(_TAIL.sub("", name))
        for town in _towns(f):
            t = re.escape(town)
            if re.search(rf"(?<!\w){t}['’]s\s+(?:the\s+)?{q}\s+{_QUARTER}\b|"
                         rf"(?<!\w){q}\s+{_QUARTER}\s+of\s+(?:the\s+)?{_WAY}(?:city\s+of\s+)?{t}(?!\w)|"
                         rf"\b{_QUARTER}\s+of\s+{q},?\s+in\s+(?:the\s+)?{_WAY}{t}(?!\w)|"
                         rf"(?<!\w){q},\s+an?\s+(?:[\w-]+\s+)?{_QUARTER}\s+(?:of|in)\s+(?:the\s+)?{_WAY}{t}(?!\w)",
                         f.text):
                out.add((_TAIL.sub("", name), town))
    return out


def quarters_differ(a: Features, b: Features) -> bool:
    """Both name a quarter of one city, and no quarter the one names is the other's."""
    qa, qb = quarters(a), quarters(b)
    shared = [(x, y) for x, tx in qa for y, ty in qb if same_name(tx, ty)]
    return bool(shared) and not any(same_name(x, y) for x, y in shared)


# "in southern Baghdad", "north-western Baghdad", "west Mostar" (the text is lower-cased; not "the Middle East")
_HALF = re.compile(r"\b(?<!middle\s)(?<!far\s)(?<!near\s)"
                   r"(north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+"
                   r"((?:al-|el-|ad-|as-)?[\w'’-]+)")
_BEARINGS = {"north": 0.0, "northeast": 45.0, "east": 90.0, "southeast": 135.0, "south": 180.0,
             "southwest": 225.0, "west": 270.0, "northwest": 315.0}


def halves_apart(a: Features, b: Features) -> bool:
    """The two place it in opposite parts of one city or province they both name ("a roadside bomb in
    southern Baghdad" / "a patrol in the Adhamiya district of northern Baghdad")."""
    towns = _towns(a) & _towns(b)
    if not towns:
        return False
    sides_a = [(_BEARINGS[m.group(1).replace("-", "")], m.group(2)) for m in _HALF.finditer(a.text)]
    sides_b = [(_BEARINGS[m.group(1).replace("-", "")], m.group(2)) for m in _HALF.finditer(b.text)]
    return any(abs((wa - wb + 180.0) % 360.0 - 180.0) >= 135.0 and same_name(ta, tb)
               and any(same_name(ta, t) for t in towns)
               for wa, ta in sides_a for wb, tb in sides_b)
