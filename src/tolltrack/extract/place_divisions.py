"""A town read in another division than the one its sentence names ("Moirang in Manipur's Bishnupur district")
or the one its speaker governs ("Kharkiv governor ... said") is read again there; the place stage
(``places.py``) calls this once its names are read."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from tolltrack.extract.place_checks import _GENERIC_TAIL, district_of_division
from tolltrack.extract.place_context import GOVERNOR
from tolltrack.extract.state import DocState, Sentence
from tolltrack.geocode.distance import haversine_km

if TYPE_CHECKING:
    from tolltrack.extract.places import PlaceResolver, Resolved

    Found = tuple[int, int, Resolved, str]  # (start, end, reading, the name as written)
    ResolveSpan = Callable[..., tuple[Resolved, int, int] | None]


# "east of Algiers", "30 km south of Kidal", "40 km from Gao": a town that gives the bearing of the place
_POINTS_FROM = re.compile(r"\b(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)"
                          r"(?:ern)?\s+of|(?:km|kilometres|kilometers|miles)\s+(?:[\w-]+\s+)?(?:from|of))\s+(?:the\s+)?$",
                          re.IGNORECASE)
_NEAR_BEFORE = re.compile(r"\b(?:near|outside|around|close\s+to|outskirts\s+of|vicinity\s+of|rural|"
                          r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of|"
                          r"(?:km|kilometres|kilometers|miles)\s+(?:from|north\s+of|south\s+of|east\s+of|west\s+of))"
                          # ("near the town of Kutum")
                          r"\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?$", re.IGNORECASE)

DIVISION_KM = 150.0  # a town this far from the capital of the division its sentence names is a namesake


def token_at(state: DocState, char: int) -> int:
    """The token that holds (or first follows) a character offset."""
    starts: list[int] = state.cache.get("token_starts") or [t.start for t in state.tokens]
    state.cache["token_starts"] = starts
    k = bisect.bisect_right(starts, char) - 1
    if k >= 0 and state.tokens[k].start <= char < state.tokens[k].end:
        return k
    return min(k + 1, len(state.tokens) - 1)


def agree_with_divisions(state: DocState, found: list[Found], unresolved: list[tuple[int, int, str, int]],
                         resolve_span: ResolveSpan, resolver: PlaceResolver) -> None:
    """A town read in another division of the country than the one its sentence names
    ("Moirang in Manipur's Bishnupur district", the gazetteer's Bishnupur being in West Bengal)
    is read again in the named division, else kept unknown."""
    by_sent: dict[int, list[Found]] = {}
    for f in found:
        by_sent.setdefault(state.sent_of(token_at(state, f[0])).idx, []).append(f)
    for idx, items in by_sent.items():
        _agree_with_governor(state, state.sents[idx], items, found, resolve_span, resolver)
        # (not one that only points the way: "Tikrit, 170 km north of Baghdad")
        divisions = [f[2] for f in items if f[2].precision == "admin1" and f[2].admin1
                     and not _NEAR_BEFORE.search(state.text, max(0, f[0] - 40), f[0])]
        for f in items:
            res = f[2]
            if res.precision in ("admin1", "country", "region") or not res.admin1 or not divisions:
                continue
            same_country = [d for d in divisions if d.country == res.country]
            if not same_country and state.country and res.country != state.country and all(
                    d.country == state.country for d in divisions):
                # "Boma base in Lac province" in a report about Chad: not Boma in Congo
                found.remove(f)
                unresolved.append((f[0], f[1], _GENERIC_TAIL.sub("", f[3]), idx))
                continue
            if not same_country or res.admin1 in {d.admin1 for d in same_country}:
                continue
            wanted = {d.admin1 for d in same_country}
            again = resolve_span(state.text, f[0], f[1], f[3], res.country, same_country[0].admin1)
            if again is not None and again[0].admin1 in wanted and again[0].precision == res.precision:
                # "Cauca's El Tambo": the namesake in the division named, not the larger one next door
                found.remove(f)
                found.append((again[1], again[2], again[0], state.text[again[1] : again[2]]))
                continue
            district = None if again is not None and again[0].admin1 in wanted else \
                district_of_division(_GENERIC_TAIL.sub("", f[3]), res.country, sorted(a for a in wanted if a))
            if district is not None:
                found[found.index(f)] = (f[0], f[1], district, f[3])
                continue
            if res.precision != "admin2" and any(
                    None in (d.lat, d.lon, res.lat, res.lon) or  # (neighbours: "Damascus countryside")
                    haversine_km(d.lat, d.lon, res.lat, res.lon) < DIVISION_KM  # type: ignore[arg-type]
                    for d in same_country):
                continue  # (a district lies inside its division: "Marib: ... the al-Rawdha district")
            found.remove(f)
            if again is not None and again[0].admin1 in wanted:
                found.append((again[1], again[2], again[0], state.text[again[1] : again[2]]))
            elif not _POINTS_FROM.search(state.text, max(0, f[0] - 40), f[0]):
                # ("a post east of Algiers in the Boumerdes region": the city only points the way; the
                # place is in the division named)
                unresolved.append((f[0], f[1], _GENERIC_TAIL.sub("", f[3]), idx))
    found.sort(key=lambda f: f[0])


def _agree_with_governor(state: DocState, sent: Sentence, items: list[Found], found: list[Found],
                         resolve_span: ResolveSpan, resolver: PlaceResolver) -> None:
    """ "Zolochiv ..., Kharkiv governor Oleh Syniehubov said": the namesake in the division the speaker governs."""
    for m in GOVERNOR.finditer(state.text, sent.start, sent.end):
        gov = resolver.resolve(m.group("name"), country=state.country)
        if gov is None or not gov.admin1 or gov.precision not in ("admin1", "exact"):
            continue
        for f in list(items):
            res = f[2]
            if res.precision != "exact" or res.country != gov.country or res.admin1 == gov.admin1:
                continue
            again = resolve_span(state.text, f[0], f[1], f[3], res.country, gov.admin1)
            if again is not None and again[0].admin1 == gov.admin1 and again[0].precision == "exact":
                new = (again[1], again[2], again[0], state.text[again[1] : again[2]])
                found[found.index(f)] = items[items.index(f)] = new
