"""A place told by its way from a town: "gunmen east of Baquba" may mean Balad Ruz, 35 km east.

Reports often give no village, only a bearing from the nearest town everyone knows ("south-west
of Kirkuk", "west of Rutba"). A second report that names a town in that direction, within a
district's reach, tells of the same ground; one in another direction, or far off, does not.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from tolltrack.geocode.distance import bearing_deg, haversine_km
from tolltrack.store.names import same_name

if TYPE_CHECKING:
    from tolltrack.store.resolve import Features, Spot

WAY_KM = 60.0  # "east of Baquba": as far as the next district's towns, not the next province's
# ... but beyond the towns next door, which the distance rules of store/resolve.py judge: a town a few km
# off would be named ("west of Khan Younis" is not Rafah, 8 km south-west)
WAY_MIN_KM = 12.0
WAY_SLACK = 60.0  # degrees either side of the way said ("east" takes east-north-east and east-south-east)
_BEARINGS = {"north": 0.0, "northeast": 45.0, "east": 90.0, "southeast": 135.0, "south": 180.0,
             "southwest": 225.0, "west": 270.0, "northwest": 315.0}
# (the text is lower-cased)
_WAY_OF = re.compile(r"\b(north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of\s+"
                     r"(?:the\s+(?:city|town|village)\s+of\s+)?((?:al-|el-|ad-|as-)?[\w'’-]+(?:\s+[\w'’-]+)?)")


def _ways(text: str) -> Iterable[tuple[float, str]]:
    for m in _WAY_OF.finditer(text):
        yield _BEARINGS[m.group(1).replace("-", "")], m.group(2)


def _of_town(town: str, f: Features) -> bool:
    return any(same_name(n, town) or same_name(n, town.split(" ")[0]) for n in f.names)


def _by_way(f: Features) -> bool:
    return any(_of_town(town, f) for _, town in _ways(f.text))


def way_agrees(x: Features, y: Features, fine: Callable[[Features], list[Spot]]) -> bool:
    """``x`` places it only by its way from one town, and ``y`` names a town that lies that way, near."""
    points = fine(x)
    if len({s.place_id for s in points}) != 1 or _by_way(y):
        return False  # (a village and the town it lies east of: the village says where; two bearings: no place)
    origin = points[0]
    assert origin.lat is not None and origin.lon is not None
    for way, town in _ways(x.text):
        if not _of_town(town, x):
            continue
        # (a district's seat stands for the district: "west of Kandahar city" / "Zhari district")
        for p in fine(y) + [s for s in y.spots if s.precision == "admin2" and s.lat is not None and s.lon is not None]:
            assert p.lat is not None and p.lon is not None
            far = haversine_km(origin.lat, origin.lon, p.lat, p.lon)
            if not WAY_MIN_KM < far <= WAY_KM:
                continue
            turn = abs((bearing_deg(origin.lat, origin.lon, p.lat, p.lon) - way + 180.0) % 360.0 - 180.0)
            if turn <= WAY_SLACK:
                return True
    return False


def _opposite_sides(x: str, y: str) -> bool:
    """Both place it by one town, on different sides of it, a right angle apart or more ("a camp north of
    El Fasher" / "south of El Fasher"; "an air base south of Sirte" / "a position east of Sirte")."""
    return any(abs((wx - wy + 180.0) % 360.0 - 180.0) >= 90.0 and same_name(tx.split(" ")[0], ty.split(" ")[0])
               for wx, tx in _ways(x) for wy, ty in _ways(y))


# "more than 20 km north of Cabaret", "15 miles from Jalalabad": a distance a report gives to a town
_SAID_DISTANCE = re.compile(r"\b(\d+(?:\.\d+)?)\s*(km|kilomet(?:re|er)s?|miles?)\s+(?:\w+\s+){0,2}?(?:of|from)\s+"
                            r"(?:the\s+(?:town|city|village)\s+of\s+)?([\w'’-]+(?:\s+[\w'’-]+){0,2})")
FAR_KM = 10.0  # a place said to lie this far from a town is not in it


def said_far(text: str, names: set[str]) -> bool:
    """``text`` (casefolded) puts its place at least ``FAR_KM`` from a town of ``names``."""
    for m in _SAID_DISTANCE.finditer(text):
        far = float(m.group(1)) * (1.609 if m.group(2).startswith("mile") else 1.0)
        if far >= FAR_KM and any(m.group(3) == n or m.group(3).startswith(n + " ") for n in names):
            return True
    return False


# "al-Baghdadi, north of Hit", "Waingmaw town, across the Irrawaddy from Myitkyina": a town written
# after a comma only to say where the place before it lies
_POINTER_BEFORE = re.compile(
    r",\s+(?:(?:about|some|just|[\d.]+\s*(?:km|kilomet(?:re|er)s?|miles?))\s+)?"
    r"(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+(?:of|from)|"
    r"across\s+(?:the\s+[\w'’-]+(?:\s+river)?\s+)?from|(?:up|down)stream\s+from)\s+"
    r"(?:the\s+(?:town|city)\s+of\s+)?$")
# "in Hit", "the eastern entrance of Hit": a report that places it in the town (not "Hit district", "the
# Myawaddy highway", "Quetta outskirts")
_IN_TOWN = re.compile(r"\b(?:in|at|(?:entrance|centre|center|heart|market|streets?)\s+of)\s+"
                      r"(?:the\s+(?:town|city)\s+of\s+)?$")
_TOWN_AREA = re.compile(r"\s+(?:outskirts|highway|road|area|district|province|region|governorate|resort|approaches|"
                        r"countryside|suburbs?|border)\b")


def _hits(name: str, text: str) -> list[re.Match[str]]:
    return list(re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text))


def pointed_apart(x: Features, y: Features) -> bool:
    """``x`` names its own place and ``y``'s town only to point to it ("al-Baghdadi, north of Hit"),
    while ``y`` places it in that town ("the eastern entrance of Hit"): two places."""
    pointers = {n for n in y.names if (hits := _hits(n, x.text))
                and all(_POINTER_BEFORE.search(x.text, max(0, m.start() - 60), m.start()) for m in hits)}
    if not pointers or not any(_IN_TOWN.search(y.text, max(0, m.start() - 40), m.start())
                               and not _TOWN_AREA.match(y.text, m.end()) for n in pointers for m in _hits(n, y.text)):
        return False
    own = {n for n in x.names | x.unknown if not any(same_name(n, p) for p in pointers)}
    return bool(own) and not any(_hits(n, y.text) or any(same_name(n, m) for m in y.names | y.unknown)
                                 for n in own)
