"""Checks on the names the place stage found: whether a name no gazetteer knows is worth keeping as
a place, and whether a place written as part of another lies too far from it to be its part.

Kept apart from ``extract/places.py`` (which calls them) so that the stage reads as its steps.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from tolltrack.data import load
from tolltrack.extract.countries import country_words, fold
from tolltrack.extract.place_cues import _STOPWORDS, GENERIC, _not_places, _not_places_table
from tolltrack.geocode.curated import load_false_friends
from tolltrack.geocode.distance import haversine_km
from tolltrack.geocode.normalize import normalize_name

if TYPE_CHECKING:
    from tolltrack.extract.places import Resolved

# kinds of building a name may stand before ("al-Rawda mosque", "Lhubiriha Secondary School")
_BUILDINGS = ("mosque", "church", "cathedral", "school", "secondary school", "primary school", "university", "academy",
              "college", "madrasa", "hospital", "clinic", "hotel", "prison", "penitentiary", "jail", "stadium",
              "tuition centre", "education centre", "training centre", "tuition center", "education center")
_BUILDING_WORDS = frozenset(b for b in _BUILDINGS if " " not in b) | {"market"}  # a word alone names no place
GENERIC_WORDS = frozenset(w for g in GENERIC for w in g.split()) | {"city", "town", "airport", "base", "road",
                                                                     "highway", "river", "valley", "mountains",
                                                                     "hills", "plain", "forest", "lake", "dam",
                                                                     "north", "south", "east", "west", "central",
                                                                     "upper", "lower",  # "Lamu East"
                                                                     "university", "college", "school",
                                                                     "hospital", "mosque", "market", "academy",
                                                                     "prison", "stadium", "port", "bridge"}


_QUARTER = re.compile(r"\b(?:neighbou?rhood|quarter|suburb)$", re.IGNORECASE)  # within a city, not a province
_QUARTER_WORD = re.compile(r"\b(?:neighbou?rhood|quarter|suburb|area|district)$", re.IGNORECASE)
_QUARTER_OF = re.compile(r"\s+of\s+(?:the\s+)?(?P<name>(?-i:[A-Z]))", re.IGNORECASE)
PART_KM = 30.0  # a neighbourhood or district of a town lies within this of it


def _far_parts(text: str, found: Sequence[tuple[int, int, Resolved, str]]) -> list[tuple[int, int, Resolved, str]]:
    """Places written as parts of the place beside them ("Kharkiv's Kyivskyi district", "al-Rawdha
    neighbourhood of Marib") that the gazetteer put far from it: a namesake elsewhere."""
    out = []
    for x in found:
        # "the Brooklyn area of Cité Soleil": a part of a place the gazetteer does not know is not
        # the Brooklyn it knows
        if _QUARTER_OF.match(text, x[1]) and _QUARTER_WORD.search(x[3]) and not any(
                y[0] == _QUARTER_OF.match(text, x[1]).start("name") for y in found):  # type: ignore[union-attr]
            out.append(x)
    for x, y in zip(found, found[1:], strict=False):
        gap = text[x[1] : y[0]]
        if re.fullmatch(r"['’]s\s+", gap):
            whole, part = x[2], y
        elif re.fullmatch(r"\s+(?:neighbou?rhood\s+|district\s+|quarter\s+|suburb\s+)?of\s+(?:the\s+)?", gap):
            whole, part = y[2], x
        else:
            continue
        p = part[2]
        if None in (whole.lat, whole.lon, p.lat, p.lon) or p.precision in ("admin1", "country", "region"):
            continue
        if whole.precision not in ("exact", "near") and not _QUARTER.search(part[3]):
            continue  # "Idlib's Kafr Zita": a governorate's town may lie far from its capital
        if p.precision == "admin2" and p.admin1 and p.admin1 == whole.admin1:
            continue  # "Yala's Betong district": a district of the province named like its capital
        if haversine_km(whole.lat, whole.lon, p.lat, p.lon) > PART_KM:  # type: ignore[arg-type]
            out.append(part)
    return out


def _plausible_name(name: str) -> bool:
    """An unknown name worth keeping as a place: not an acronym, a stop word or a country adjective."""
    words = name.replace("-", " ").split()
    if any(w in _STOPWORDS for w in words) or any(w.endswith(("'s", "’s")) for w in words):
        return False
    if name.isupper() or len(name) < 3 or words[0] in _not_places() or words[0] in _venues() or \
            words[0].rstrip(".") in _titles() and len(words) > 1:
        return False
    if re.search(r"-(?:held|controlled|occupied|dominated|run)\b", name, re.IGNORECASE):
        return False  # "Tiger-held territory", "rebel-controlled areas": whose land, not its name
    if normalize_name(name) in _groups():
        return False  # "Hamas", "Karen": a group or a people, not a place no gazetteer knows
    if any(w in _units() for w in words) or any(u in name for u in _units() if " " in u):
        return False  # "the 8th Infantry Division", "District Reserve Guard"
    if len(words) == 1 and (words[0].lower() in GENERIC_WORDS or words[0].lower() in _BUILDING_WORDS):
        return False  # "at Camp 8W"; "St George's Church": a building, its owner a saint
    # (nor "Afro-Colombian", "Indo-Pakistani": a people's adjective with a prefix)
    last = country_words().get(fold(name.rsplit("-", 1)[-1]))
    return fold(name) not in country_words() and not ("-" in name and last is not None and not last[1])


@cache
def _groups() -> frozenset[str]:
    """Armed groups and peoples among the gazetteer's false friends: never a place, known or not."""
    return load_false_friends(("actors", "peoples"))


@cache
def _venues() -> frozenset[str]:
    return frozenset(_not_places_table()["venues"])


@cache
def _titles() -> frozenset[str]:
    """ "Mayor Antonio Halili": a person's title opens the name."""
    return frozenset(_not_places_table()["titles"])


@cache
def _units() -> frozenset[str]:
    return frozenset(_not_places_table()["units"])


@cache
def _incident_words() -> frozenset[str]:
    """The one-word names of attacks and their tolls (``data/incidents.toml``)."""
    return frozenset(w for table in load("incidents").values() for w in table.get("words", ()) if " " not in w)


def district_of_division(name: str, country: str | None, wanted: Sequence[str]) -> Resolved | None:
    """ "the Isu police division ... in Imo State": a town the gazetteer knows only in the next division,
    named like a district of the division the sentence names, is that district (no point: the gazetteer
    has none for it)."""
    from tolltrack.extract.places import Resolved  # (places imports this module)
    from tolltrack.geocode.districts import seat_district

    home = next((a for a in wanted if seat_district(name, country, a)), None)
    return Resolved(name, country, home, None, None, "admin2", None, name) if home else None


def _no_such_district(name: str, res: Resolved) -> bool:
    """The province's districts are known and none bears the town's name."""
    from tolltrack.geocode.districts import district_names, seat_district

    return bool(district_names(res.country, res.admin1)) and not seat_district(name, res.country, res.admin1)


def _in_headline(text: str, pos: int) -> bool:
    """``pos`` is on the report's first line, which ends with no full stop (a headline)."""
    end = text.find("\n", pos)
    first = text[: end if end >= 0 else len(text)]
    return "\n" not in first[:pos] and not first.rstrip().endswith((".", "!", "?", '"', "”"))


def _a_city(resolver: object, name: str, country: str | None, population: int) -> bool:
    """The gazetteer holds a city of that very name in that country (True when there is no gazetteer)."""
    gazetteer = getattr(getattr(resolver, "geocoder", None), "gazetteer", None)
    return gazetteer is None or any(x.population >= population and fold(x.name) == fold(name)
                                    for x in gazetteer.lookup(name, country=country, limit=10))


def _sure(res: Resolved, written: str) -> bool:
    """A reading that can say which country a report is about: a division or country, or a town
    whose own name is written (not one of its aliases)."""
    if res.precision in ("admin1", "country"):
        return True
    head = _GENERIC_TAIL.sub("", written)
    # (an Arabic article written or not is the same name: "el-Arish" is the gazetteer's "Arish")
    written_, known = fold(head).replace("-", " "), fold(res.name).replace("-", " ")
    written_ = _COUNTY.sub("county ", written_)  # ("Co Tyrone" is County Tyrone written short)
    return written_ == known or _ARTICLE_HEAD.sub("", written_) == _ARTICLE_HEAD.sub("", known)


def a_capital_written(text: str, start: int, res: Resolved, written: str) -> bool:
    """ "shelled Freetown", "in Freetown": a country's capital written so as the scene, where a report's words
    for foreigners ("Nigerian warships") do not make it some other country's town (but "Yerevan and Baku
    traded blame" are governments)."""
    from tolltrack.geocode.resolve import national_capitals

    return res.precision == "exact" and bool(res.country) and \
        fold(national_capitals().get(res.country or "", "")) == fold(written) == fold(res.name) and \
        _SCENE_BEFORE.search(text, max(0, start - 20), start) is not None


_SCENE_BEFORE = re.compile(r"\b(?:in|at|on|near|into|outside|across|shelled|bombed|attacked|struck|hit|"
                           r"pounded|stormed|raided)\s+(?:the\s+)?$", re.IGNORECASE)
# a deed done to the town itself (not "on the Boma peninsula": a preposition may name a landform after a town)
_DEED_BEFORE = re.compile(r"\b(?:shelled|bombed|attacked|pounded|stormed|raided|captured|seized|took|entered|"
                          r"overran|approached|approaching)\s+$", re.IGNORECASE)
# a city this large, written as the scene, is not undone by a report's words for foreigners
SCENE_CITY = 100_000


def a_city_written(resolver: object, text: str, start: int, res: Resolved, written: str) -> bool:
    """ "The RRA captured Baidoa ... accused Ethiopian troops": a city of its own name written as the scene
    stays in its country, whatever the report's adjectives for foreign forces vote for."""
    return res.precision == "exact" and _sure(res, written) and \
        _DEED_BEFORE.search(text, max(0, start - 20), start) is not None and \
        _a_city(resolver, res.name, res.country, SCENE_CITY)


_COUNTY = re.compile(r"^co\.?\s+")
_ARTICLE_HEAD = re.compile(r"^(?:al|el|ar|as|ad|an|at|az|ash|adh)\s+")


_GENERIC_TAIL = re.compile(r"\s+(?:city|town|village|district|province|state|region|area|camp)$", re.IGNORECASE)
