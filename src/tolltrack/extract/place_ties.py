"""How the places of one sentence are tied to each other: "X, Y" and "X in Y" (one place, told from
small to large), "X near Y" (one spot, whatever province a gazetteer gives X). Claims use the ties to
tell one incident from a tally of several places, and to undo a namesake misread far away."""

from __future__ import annotations

import re
from typing import Protocol

from tolltrack.geocode.distance import haversine_km
from tolltrack.model import Place


class _Located(Protocol):
    @property
    def lat(self) -> float | None: ...
    @property
    def lon(self) -> float | None: ...


def nested(chunk: str, places: list[Place]) -> set[str]:
    """Names the sentence writes as inside another place it names: "X, Y", "X in Y", "Y's X"."""
    spans = _spans(chunk, places)
    inner = set()
    for x, (xs, xe) in spans.items():
        for y, (ys, ye) in spans.items():
            if x != y and (ys >= xe and _INSIDE.fullmatch(chunk, xe, ys) or
                           xs >= ye and _OWNS.fullmatch(chunk, ye, xs)):
                inner.add(x)
    return inner


# what ties a place to a town it lies near: "the Abagena camp for displaced people near Makurdi",
# "al-Rawda mosque west of Arish", "a village 20 km outside Goma", "Rais, a farming hamlet near Sidi Moussa"
_NEAR_TIE = re.compile(r",?(?:\s+[\w'’-]+){0,5}?,?\s+(?:near|outside|close\s+to|above|below|overlooking|"
                       r"on\s+the\s+outskirts\s+of|"
                       r"(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+)?(?:(?:north|south|east|west)"
                       r"(?:-?(?:east|west))?(?:ern)?\s+of|from|outside))\s+(?:the\s+)?")


def tied_near(chunk: str, places: list[Place]) -> set[str]:
    """Names the sentence writes as lying near another place it names: one spot, whatever province a
    gazetteer gives the first (a namesake elsewhere, or the other side of a boundary)."""
    spans = _spans(chunk, places)
    return {x for x, (_, xe) in spans.items() for y, (ys, _) in spans.items()
            if x != y and ys > xe and _NEAR_TIE.fullmatch(chunk, xe, ys)}


def _spans(chunk: str, places: list[Place]) -> dict[str, tuple[int, int]]:
    """Where each place name first stands in the sentence as a whole word (none when fewer than two)."""
    names = {p.name for p in places if p.name}
    spans: dict[str, tuple[int, int]] = {}
    if len(names) < 2:
        return spans
    for n in names:
        k = chunk.find(n)
        if k >= 0 and not (k and _is_word_char(chunk[k - 1])) and not (
                k + len(n) < len(chunk) and _is_word_char(chunk[k + len(n)])):
            spans[n] = (k, k + len(n))
    return spans


def misread_inside(text: str, places: list[Place]) -> list[Place]:
    """A place the report (``text``, the whole of it: the claim may take its places from the lead)
    writes as inside another that the gazetteer put in another country is a namesake misread
    ("Karari, northern Omdurman": not Karari, India), as is one far from the town it is said to lie near:
    unresolved."""
    inner = nested(text, places)
    if inner:
        # (a region across borders is filed under one country: "Darak island in Lake Chad" is Cameroon's)
        homes = {p.country for p in places if p.name not in inner and p.country and p.precision in _FIXED}
        places = [Place(p.name) if p.name in inner and p.precision == "exact" and p.country and homes and
                  p.country not in homes else p for p in places]
    return far_from_its_town(text, places)


_FIXED = frozenset({"exact", "admin2", "admin1"})
FAR_KM = 150.0  # further than this from the town it is said to lie near, a place is a namesake misread


# between a place and the words that locate it by a town: a few lower-case words ("al-Rawda mosque, west of Arish")
# ("Niu-York in Donetsk region, a settlement just south of Toretsk"; "Arcahaie, more than 20 km north of Cabaret")
_BETWEEN = re.compile(r"(?:\s+[a-z][\w'’-]*){0,3}(?:,\s+(?:an?|the)(?:\s+[a-z][\w'’-]*){1,3})?,?"
                      r"(?:\s+(?:more|less)\s+than|\s+(?:nearly|almost|roughly|about|some|just))?")
_SAID_KM = re.compile(r"(\d+(?:\.\d+)?)\s*(km|kilomet|mile)")


def locates(text: str, place_end: int, locator_start: int) -> bool:
    """The locator ("northeast of Baghdad") follows the place that ends at ``place_end``, not an earlier one
    ("al-Qaeda in Iraq hideout near Latifiya, south of Baghdad": Baghdad locates Latifiya, not Iraq)."""
    return _BETWEEN.fullmatch(text, place_end, locator_start) is not None


def too_far(place: _Located, town: _Located, locator: str) -> bool:
    """A place said to lie by a town that the gazetteer put further off than any report would ("west of
    Arish" for a Rawda 200 km away; a distance said, "250 km south of", stretches the limit)."""
    if None in (place.lat, place.lon, town.lat, town.lon):
        return False
    return haversine_km(place.lat, place.lon, town.lat, town.lon) > _limit(locator)  # type: ignore[arg-type]


def _limit(locator: str) -> float:
    """How far from a town a place said to lie by it may be: ``FAR_KM``, or twice the distance said."""
    said = _SAID_KM.search(locator)
    return FAR_KM if said is None else max(FAR_KM, 2 * float(said.group(1)) * (1.609 if said.group(2) == "mile" else 1))


def far_from_its_town(text: str, places: list[Place]) -> list[Place]:
    """ "the Abagena camp ... near Makurdi": an Abagena 300 km away in another state is another
    Abagena: unresolved."""
    tied = tied_near(text, places)
    out = []
    for p in places:
        others = [q for q in places if q.name != p.name and q.lat is not None and q.lon is not None]
        if p.name in tied and p.precision == "exact" and p.lat is not None and p.lon is not None and others and \
                min(haversine_km(p.lat, p.lon, q.lat, q.lon) for q in others) > _limit(  # type: ignore[arg-type]
                    text[(k := text.find(p.name)) + len(p.name) : k + len(p.name) + 40]):  # ("Tikrit, 170 km north of")
            p = Place(p.name)
        out.append(p)
    return out


# what stands between a place and the larger one it lies in ("Isabela City, Basilan", "Tlapa, in Guerrero"),
# and between a place and the smaller one it holds ("Guerrero's La Montana")
_UNIT = r"(?:suburb|town|village|city|camp|hamlet)"
_INSIDE = re.compile(r",?\s+(?:in\s+|of\s+)?(?:the\s+)?(?:(?:north|south|east|west|central|north-?east|north-?west|"
                     r"south-?east|south-?west)(?:ern)?\s+)?|"  # ("Karari, northern Omdurman")
                     # ("Jaramana, a suburb of Damascus", "Atarib, a town in the Aleppo countryside")
                     rf",\s+an?\s+(?:[\w-]+\s+)?{_UNIT}\s+(?:of|in)\s+(?:the\s+)?|"
                     r"\s*\(\s*(?:also\s+known\s+as\s+|or\s+|now\s+)?")  # "al-Thawra (Sadr City)": another name of it
# "Y's X"; "the Damascus suburb of Jaramana", "the Idlib countryside town of Sarmin": X lies in Y
# (not "the Mezzeh district of Damascus", where the district is the smaller)
_OWNS = re.compile(rf"['’]s\s+|(?:['’]s)?\s+(?:[\w-]+\s+)?{_UNIT}\s+of\s+(?:the\s+)?")


def word_at(text: str, word: str, k: int) -> bool:
    """``word`` stands at ``k`` in ``text`` as a whole word (a regex per place name costs a compile)."""
    end = k + len(word)
    return text.startswith(word, k) and (k == 0 or not _is_word_char(text[k - 1])) and \
        (end >= len(text) or not _is_word_char(text[end]))


def word_in(text: str, word: str) -> bool:
    k = text.find(word) if word else -1
    while k != -1 and not word_at(text, word, k):
        k = text.find(word, k + 1)
    return k != -1


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"
