"""A place and the division written after it ("Isulan, Sultan Kudarat"; "Yaha district, Yala").

The gazetteer reads the second name as a town of its own when one bears it, often in another
province: Sultan Kudarat is a town of Maguindanao as well as a province around Isulan. When the
town's own province has a district of that name, the name is that district; after a district,
a province's capital named like its province is the province.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from tolltrack.extract.place_cues import _SEQ
from tolltrack.geocode.distance import haversine_km
from tolltrack.geocode.districts import province_point, seat_district
from tolltrack.geocode.normalize import fold

if TYPE_CHECKING:
    from tolltrack.extract.places import Resolved

Found = tuple[int, int, "Resolved", str]
# what goes on from one name to the next of a list: "Saké, North Kivu", "Zorak and Kaduna", "Ma'arat-Kafranbel"
CONTINUE = re.compile(rf"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|\s*[-–]\s*)"
                      rf"(?:(?:north|south)?-?(?:north|south|east|west)ern\s+)?(?P<name>{_SEQ})")
SITE_THEN_COMMA = re.compile(r"\s+(?:bazaar|market|marketplace|camp|village|town|area|neighbou?rhood|quarter|"
                             r"suburb|junction|checkpoint)(?=\s*,)", re.IGNORECASE)
# "Isulan, Sultan Kudarat", "Isulan, in Sultan Kudarat", "the Isulan terminal in Sultan Kudarat"
_BETWEEN = re.compile(r"^(?:\s*,\s*(?:in\s+)?|\s+(?:[a-z]+\s+){0,2}in\s+)$")
_OF = re.compile(r"^(?:\s*,\s*(?:in\s+)?|\s+(?:of|in)\s+)$")
# "North Cotabato": a direction before a district's name is part of what is written, not "north of"
_WAY = re.compile(r"^(?:north|south|east|west)(?:ern)?\s+", re.IGNORECASE)


def districts_after_towns(text: str, found: list[Found]) -> list[Found]:
    """``found`` (sorted by offset) with each name written after "<town>, " read as the town's district
    when the town's province has a district of that name and the gazetteer put the name elsewhere."""
    out = list(found)
    for k in range(1, len(out)):
        (_, e0, town, _), (s1, e1, res, written) = out[k - 1], out[k]
        if town.precision not in ("exact", "near") or res.precision not in ("exact", "near"):
            continue
        # (in the town's own province too when the name is only an alias of the town read: "Luuk, Sulu" is
        # Sulu province, not Jolo, its capital, which GeoNames also calls Sulu)
        alias = fold(written) != fold(res.name)
        if not town.admin1 or res.admin1 == town.admin1 and not alias or res.country != town.country:
            continue
        if not _BETWEEN.match(text[e0:s1]):
            continue
        district = seat_district(written, town.country, town.admin1) or \
            seat_district(_WAY.sub("", written), town.country, town.admin1)
        if district is None:
            continue
        out[k] = (s1, e1, replace(res, name=written, admin1=town.admin1, lat=None, lon=None, precision="admin2",
                                  gazetteer_id=None, admin2=written), written)
    return out


def towns_before_districts(text: str, found: list[Found]) -> list[Found]:
    """``found`` with a town written before a district of another province of its country ("Besisahar,
    headquarters of Lamjung district") given the district's province: when it lies within ``PROVINCE_KM`` of
    that province's capital, GeoNames filed it under the wrong province; farther, the gazetteer's town is a
    namesake ("Khalanga, the headquarters of Jumla district", not Darchula's), whose point is not known."""
    out = list(found)
    for k in range(1, len(out)):
        (s0, e0, town, written), (s1, _, district, _) = out[k - 1], out[k]
        if town.precision not in ("exact", "near") or district.precision != "admin2" or not district.admin1:
            continue
        if town.admin1 == district.admin1 or not town.country or town.country != district.country or \
                town.lat is None or town.lon is None or not SEAT_OF.match(text[e0:s1]):
            continue
        point = province_point(district.country, district.admin1)
        if point is not None and haversine_km(town.lat, town.lon, *point) < PROVINCE_KM:
            out[k - 1] = (s0, e0, replace(town, admin1=district.admin1), written)
        elif point is not None:
            out[k - 1] = (s0, e0, replace(town, name=written, admin1=district.admin1, admin2=district.admin2,
                                          lat=None, lon=None, gazetteer_id=None), written)
    return out


# "X, headquarters of Y district", "X, Y district", "X in Y district"
SEAT_OF = re.compile(r"^(?:\s*,\s*(?:(?:the\s+)?(?:headquarters|capital|seat|centre|center|main\s+town)\s+of\s+)?|"
                      r"\s+in\s+)$", re.IGNORECASE)
PROVINCE_KM = 150.0


def provinces_after_districts(text: str, found: list[Found]) -> list[Found]:
    """``found`` with a town named like its own province, written after a district of that province
    ("Yaha district, Yala", "Mayo district of Pattani"), read as the province."""
    out = list(found)
    for k in range(1, len(out)):
        (_, e0, district, _), (s1, e1, res, written) = out[k - 1], out[k]
        if district.precision != "admin2" or res.precision not in ("exact", "near") or not res.admin1:
            continue
        if district.admin1 != res.admin1 or _bare(res.admin1) != _bare(res.name) or \
                not _OF.match(text[e0:s1]):
            continue
        out[k] = (s1, e1, replace(res, lat=None, lon=None, precision="admin1", gazetteer_id=None), written)
    return out


def _bare(name: str) -> str:
    """ "Yala Province" -> "yala": a division's name without its word, folded."""
    return re.sub(r"\s+(?:province|region|state|governorate)$", "", fold(name))


def listed(text: str, end: int, stop: int) -> list[str]:
    """Names listed after a name: "near Saké, North Kivu" -> ["North Kivu"] ("in Luuk town, Sulu" too)."""
    out = []
    site = SITE_THEN_COMMA.match(text, end, stop)
    end = site.end() if site is not None else end
    while (more := CONTINUE.match(text, end, stop)) is not None:
        out.append(more.group("name"))
        end = more.end("name")
    return out
