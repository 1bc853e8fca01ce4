"""Cross-source merging: do two groups of claims describe the same incident?

An incident (the claims one document gives about one event) is compared with the events
already stored. Two are the same incident when nothing contradicts and enough agrees (the
rules and their reasons are in ``docs/events.md``):

* when: date windows that overlap by a day (named days differ only at night or when a toll
  was announced later), parts of the day in common;
* who: countries, perpetrator and victim sides that do not contradict;
* what: compatible event types (a type found by a generic word fits any), sites in common,
  tolls not far apart;
* where: a place score (``place_score``) from the same place down to "nothing to go by",
  the vaguer the place the more of perpetrator, victims, type, site and toll must agree.

``score`` is the rules' own decision (``build_events(..., matcher="rules")``); by default the
parts above are signals that ``tolltrack.store.matcher`` weighs, and ``place_score`` and the
contradictions stay its gates. Nothing here touches the database: ``tolltrack.store.events``
loads the claims and writes the result.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from tolltrack.extract.countries import countries_named, overlapping
from tolltrack.geocode.distance import haversine_km
from tolltrack.store.kinds import _KILL, _same_but_victims, types_compatible
from tolltrack.store.levels import DISTRICT_TAIL, DISTRICT_WORDS, one_within
from tolltrack.store.names import WAYS, _named_as_place, _named_in, areas_apart, same_name, settlement
from tolltrack.store.quarters import halves_apart, quarters_differ
from tolltrack.store.rare_words import rare_words
from tolltrack.store.sides import TERRITORY, side_agreement
from tolltrack.store.tolls import (
    PLACE_BONUS,
    _counts_agree,
    _counts_clash,
    _enough_for_no_toll,
    _toll_grew,
    _tolls_gainsay,
    _update_agrees,
)
from tolltrack.store.ways import _opposite_sides, pointed_apart, said_far, way_agrees
from tolltrack.store.wording import (
    NIGHT,
    TOLL_UPDATE,
    _day_parts_agree,
    _dead_and_none,
    _manner_agrees,
    _numbered_quarters_differ,
    _one_night,
    _other_part,
    _same_roles,
    _sites_agree,
    _tells_otherwise,
)

# the words before a name that make it part of a wider area: "south kashmir", "lower south waziristan"
PARTS = WAYS | {"upper", "lower"}

MAX_KM = 12.0  # two exactly placed reports further apart than this are different incidents
TOWN_KM = 7.0  # ... and when they name two towns, neither report naming the other's
NEAR_KM = 22.0  # ... and when one of them only says "near" or "outside" a town
DISTRICT_KM = 60.0  # a place further than this from a district's seat is not in that district
DATE_SLACK = 1  # days either way
FINE = ("exact", "near")
_OUTSKIRTS = re.compile(r"\b(?:outskirts|edge|fringes?)\s+of\b")
WAY_SCORE = 1.5  # a town that lies the way another report points from its town: as good as one district
# "the toll rose to 148 on Friday": the day of the count, not of the attack
_AREA_TAIL = re.compile(r"\s+(?:local government area|lga|county|province|state|region|governorate|oblast|district|"
                        r"department|territory|prefecture|municipality|commune|raion|township|division|"
                        r"locality|woreda|tehsil|upazila|cercle|regency)$")
AREA_WORDS = DISTRICT_WORDS | {"province", "region", "state", "area"}  # the word ends an unknown area's name


@dataclass(frozen=True)
class Spot:
    """A place a claim names, reduced to what comparison needs."""

    place_id: int | None
    admin1: str | None
    admin2: str | None
    country: str | None
    lat: float | None
    lon: float | None
    precision: str


@dataclass
class Features:
    """What an incident or an event says, for comparison."""

    date_start: str | None
    date_end: str | None
    documents: set[int] = field(default_factory=set)
    spots: list[Spot] = field(default_factory=list)
    countries: set[str] = field(default_factory=set)
    perpetrators: set[str] = field(default_factory=set)
    victims: set[str] = field(default_factory=set)
    event_type: tuple[str, str | None] = ("Battles", "Armed clash")
    by_rule: bool = False
    generic_type: bool = False  # the type rests on a generic word ("attack"): compatible with any
    text: str = ""  # the evidence sentences, case-folded
    context: str = ""  # the claims' sentences with the headline and the sentences around them that hold no claim
    names: set[str] = field(default_factory=set)  # case-folded names of its exact or near places
    unknown: set[str] = field(default_factory=set)  # folded names of places no gazetteer knows
    districts_named: set[str] = field(default_factory=set)  # case-folded names of its admin2 places
    dated: bool = True  # False: no claim gives a period, the window is the days before publication
    toll: int | None = None  # the largest count of the incident's claims of its main status
    toll_status: str | None = None  # that status: killings compare with killings, not with kidnappings
    published: str | None = None  # the day the latest report was published: later counts are often higher
    # told without a count of its own: what happened ("attack", "killed": "a police officer was killed"), else None
    uncounted: str | None = None
    seats: set[str] = field(default_factory=set)  # districts named like its towns, which the towns lie in
    side_tolls: dict[str, int] = field(default_factory=dict)  # the largest count of each victim side (toll's status)
    wounded: int | None = None  # the largest count of the wounded beside a toll of the dead
    toll_floor: bool = False  # the toll is only a floor ("at least two", "more than 20")
    # the figures one report gives for the same side's dead when its sources disagree ("the rebels said they
    # killed 11 soldiers; the army said two died"): each may be the one another report repeats
    alt_tolls: frozenset[int] = frozenset()


km = haversine_km  # great-circle distance in kilometres


def _day(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def dates_overlap(a: Features, b: Features, slack: int = DATE_SLACK) -> bool:
    a0, a1, b0, b1 = _day(a.date_start), _day(a.date_end or a.date_start), _day(b.date_start), \
        _day(b.date_end or b.date_start)
    if a0 is None or b0 is None or a1 is None or b1 is None:
        return False  # an undated incident is never merged
    if a0 == a1 and b0 == b1 and a0 != b0 and not any(TOLL_UPDATE.search(x.text) for x in (a, b)) and \
            not _one_night(*((a.text, b.text) if a0 < b0 else (b.text, a.text))):
        return False  # two reports that each name the day, and name different days
    pad = dt.timedelta(days=slack)
    return a0 - pad <= b1 and b0 - pad <= a1


def _told(f: Features) -> str:
    """All a report says around its claims: where a place is named, a sentence with no count counts too."""
    return f.context or f.text


def _split_unknown(f: Features) -> tuple[set[str], set[str]]:
    """Unknown names of places ("kadisau") and of districts or provinces ("tapoa province")."""
    # "... local government area" too, and "south kashmir", "western oromia": areas, not villages
    areas = {n for n in f.unknown if n.rsplit(" ", 1)[-1] in AREA_WORDS or n.split(" ", 1)[0] in PARTS}
    return f.unknown - areas, areas


def _area_head(name: str) -> str:
    """ "kamwenge district" -> "kamwenge", "south kashmir" -> "kashmir"; "el paraiso", a district read
    without its word, stays whole."""
    first, _, rest = name.partition(" ")
    if first in PARTS and rest:
        return rest
    head, _, last = name.rpartition(" ")
    return _AREA_TAIL.sub("", name) if _AREA_TAIL.search(name) else head if head and last in AREA_WORDS else name


def _districts(f: Features) -> set[str]:
    """Folded names of the districts (not provinces) an incident is placed in."""
    known = {s.admin2.casefold() for s in f.spots if s.precision == "admin2" and s.admin2}
    known |= {_AREA_TAIL.sub("", n) for n in f.districts_named}  # "Churachandpur district", read as a district
    return known | {DISTRICT_TAIL.sub("", n) for n in _split_unknown(f)[1] if DISTRICT_TAIL.search(n)}


def _quarters(f: Features) -> set[str]:
    """Unknown districts of a town the report names ("the Tareeq al-Sad district of Daraa city", "Homs's
    al-Zahraa district"): quarters of the town, no district of a province. (A governorate named like its
    capital is no town: "the Salah district of Taiz" may be a district of the province.)"""
    out = set()
    for n in _split_unknown(f)[1]:
        q = re.escape(n)
        for t in f.names:
            town = re.escape(t)
            if re.search(rf"(?<!\w){q}\s+of\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?{town}(?!\w)|"
                         rf"(?<!\w){town}['’]s\s+{q}(?!\w)", f.text):
                out.add(DISTRICT_TAIL.sub("", n))
                break
    return out


def _halves_differ(areas: set[str], other: Features) -> bool:
    """The other report names another part of an area ("south waziristan" / "north waziristan's mir
    ali"; "west wollega" / "kellem wollega", a name of its own for another zone)."""
    for name in areas:
        way, _, head = name.partition(" ")
        if way not in PARTS or not head:
            continue
        for m in re.finditer(rf"\b([\w-]+)\s+{re.escape(head)}\b", other.text):
            word = m.group(1)
            if word in PARTS and word.removesuffix("ern") != way.removesuffix("ern"):
                return True
        if any(n.endswith(f" {head}") and n.split(" ", 1)[0] not in PARTS | {"of", "in", "the"} for n in other.unknown):
            return True
    return False


def _camp_and_near(camps: set[str], text: str, towns: set[str], other: str) -> bool:
    """One report names a camp, the other only a town it is near: the camp may be by that town."""
    def camp(name: str, text: str) -> bool:
        return re.search(rf"\b{re.escape(name)}\s+(?:(?:idp|displacement|refugee)\s+)?camp\b", text, re.IGNORECASE) \
            is not None
    return any(camp(x, text) for x in camps) and all(
        re.search(rf"\b(?:near|outside|close\s+to)\s+{re.escape(y)}\b", other, re.IGNORECASE) and not camp(y, other)
        for y in towns)  # (not "near Gendrassa refugee camp": another camp)


_SUB_UNITS = (" county", "sub-county", "subcounty", " tehsil", " taluk", " taluka",
              " commune", " block")


def _names_agree(a: Features, b: Features) -> float | bool | None:
    """2.0 when both name one place no gazetteer knows (or one of them does) the same way, 1.5
    when they name the same unknown district, False when both name unknown places and none is
    the same, None when the unknown names cannot tell."""
    places_a, areas_a = _split_unknown(a)
    places_b, areas_b = _split_unknown(b)
    if not (places_a or places_b or areas_a or areas_b):
        return None
    if _named_as_place(places_a, a.text, _told(b)) or _named_as_place(places_b, b.text, _told(a)):
        own_a = {x for x in places_a if not _named_in({x}, _told(b))}
        own_b = {x for x in places_b if not _named_in({x}, _told(a))}
        if own_a and own_b:
            return False  # "Tolkomari, near Kolofata" / "Kerawa, Kolofata district": two villages
        return 2.0
    if quarters_differ(a, b):
        return False  # "Baghdad's Dora district" / "the Hurriya neighbourhood of north-western Baghdad"
    if places_a and places_b:
        # "Diallassagou in Bankass cercle" / "Ogossagou in the Bankass area": two villages,
        # whatever town both name around them
        if any(same_name(x, y) for x in places_a for y in places_b):
            return 2.0
        if any(areas_apart(x, y) and not _named_in({x}, _told(b)) and not _named_in({y}, _told(a))
               for x in places_a for y in places_b):
            return False  # "the Machil sector" / "the Tangdhar sector": two areas of one kind
        if _camp_and_near(places_a, a.text, places_b, b.text) or _camp_and_near(places_b, b.text, places_a, a.text):
            return None  # "the Plaine Savo camp" / "a site for displaced people near Bule": a camp by a town
        if all(any(map(settlement, places)) or x.names and not _named_in(x.names, _told(y))
               for places, x, y in ((places_a, a, b), (places_b, b, a))):
            return False  # (but "Kerio Valley", "University Road": an area or a street the village may lie in)
    # (two names a gazetteer knows are compared by where they lie: "Kumba" is not "Kumbo")
    if any(same_name(x, y) for x in places_a for y in b.names) or any(same_name(x, y) for x in a.names
                                                                        for y in places_b):
        return 2.0
    if a.names & b.names:
        # (a sub-district lies inside a district: "Lam Phaya subdistrict" / "Muang district"; so does a unit of
        # another word, "Kisinga, in Bukonzo county" / "Kisinga trading centre in Kasese district")
        # (but "Vulamba commune" / "Bulengera commune": two units of one level)
        nested = any(n.endswith(("subdistrict", "sub-district")) for n in a.unknown | b.unknown) or \
            any(n.endswith(_SUB_UNITS) for n in a.unknown) != any(n.endswith(_SUB_UNITS) for n in b.unknown)
        districts_a, districts_b = _districts(a), _districts(b)
        if districts_a and districts_b and not nested and not any(
                same_name(x, y) for x in districts_a for y in districts_b):
            return False  # "Kharkiv's Saltivka district" / "Kharkiv's Kyivskyi district"
        return 2.0
    if _halves_differ(areas_a, b) or _halves_differ(areas_b, a):
        return False  # "South Waziristan" / "North Waziristan's Mir Ali"
    # (a district read from its generic word, "Bui division", is still the area both name)
    heads_a = {_area_head(n) for n in areas_a | _read_districts(a) |
               {d for d in a.districts_named if _AREA_TAIL.search(d)}}
    heads_b = {_area_head(n) for n in areas_b | _read_districts(b) |
               {d for d in b.districts_named if _AREA_TAIL.search(d)}}
    if any(same_name(x, h) for x in places_b for h in heads_a) or \
            any(same_name(x, h) for x in places_a for h in heads_b):
        return 1.5  # "Dolow" / "Doolow", read as its district: the town the district is named after
    if _named_in(heads_a, _told(b)) or _named_in(heads_b, _told(a)):
        namesake = any(same_name(n, h) and not _written_as_town(n, t)
                       for n, t in [*((n, a.text) for n in a.names), *((n, b.text) for n in b.names)]
                       for h in heads_a | heads_b)
        if ((places_a and b.names and not _near_seat(b, heads_a)) or
                (places_b and a.names and not _near_seat(a, heads_b))) and not namesake:
            return False  # "Jakiri, Bui division" / "Kumbo, Bui division": two places of one district
        # (but "Naunde, Macomia district" / "a village 30 km from Macomia town": the district's town only
        # points the way)
        # (but "Banibangou" / "Adab-Dab in Banibangou department": the town may stand for its district)
        if _own_districts(a, areas_a, b) and _own_districts(b, areas_b, a):
            return False  # "Gimbi district, West Wollega" / "Lalo Asabi district, West Wollega": two of its districts
        return 1.5
    return None


def _own_districts(f: Features, areas: set[str], other: Features) -> set[str]:
    """The districts (not provinces) ``f`` names by their word that ``other`` does not name."""
    heads = {_area_head(n) for n in areas | f.districts_named if n.rsplit(" ", 1)[-1] in DISTRICT_WORDS}
    return {h for h in heads if not _named_in({h}, _told(other))}


def _near_seat(f: Features, districts: set[str]) -> bool:
    """The report names only towns near the incident ("outside X", "30 km from X"), one of them the
    town the other report's district is named after."""
    return any(s.precision == "near" for s in f.spots) and not any(s.precision == "exact" for s in f.spots) \
        and any(same_name(n, d) for n in f.names for d in districts)


def _written_as_town(name: str, text: str) -> bool:
    """ "Khuzdar city", "the town of Khuzdar": the town itself, not the district named after it."""
    if name.endswith((" city", " town")):
        return True
    n = re.escape(name)
    return re.search(rf"\b{n}\s+(?:city|town)\b|\b(?:city|town)\s+of\s+{n}\b", text) is not None


def _read_districts(f: Features) -> set[str]:
    """The districts the gazetteer read without their word ("Mir Ali, North Waziristan")."""
    return {s.admin2.casefold() for s in f.spots if s.precision == "admin2" and s.admin2 and s.lat is None}


def _same_town_name(a: Features, b: Features) -> bool:
    """Both name one town, read or not ("Jarablus" found in Syria by one, unknown to the other)."""
    # (or a district's: "Poonch's Surankote area" in India / "in Poonch" read as Pakistan's Poonch district)
    # (or an unknown township's town: "Kani township" in Myanmar / "Kani" read as the city in Japan)
    def towns(f: Features) -> set[str]:
        places, areas = _split_unknown(f)
        return f.names | places | {_area_head(d) for d in f.districts_named | areas}
    return any(same_name(x, y) for x in towns(a) for y in towns(b)) \
        and bool(a.names or b.names or (a.districts_named and b.districts_named))


def _one_unknown_village(a: Features, b: Features) -> bool:
    """Both name one place no gazetteer knows, in any spelling ("Konna" / "Konna")."""
    return any(same_name(x, y) for x in _split_unknown(a)[0] for y in _split_unknown(b)[0])


def _fine(f: Features) -> list[Spot]:
    """The spots placed on a point: a town, or near one."""
    return [s for s in f.spots if s.precision in FINE and s.lat is not None and s.lon is not None]


def place_score(a: Features, b: Features) -> float | None:
    """3 same place; 2 within MAX_KM, named in the other's text or the same unknown place; 1.5 the
    same district; 1 the same governorate only; 0 nothing to go by (no place, a country, a
    cross-border region); None: different places (see docs/events.md)."""
    fine_a, fine_b = _fine(a), _fine(b)
    if pointed_apart(a, b) or pointed_apart(b, a):
        return None  # "al-Baghdadi, north of Hit" / "the eastern entrance of Hit"
    for bare, other in ((a, b), (b, a)):
        # a headline that names a governorate without a place cue ("Lamu landmine attack")
        if not bare.spots and not bare.unknown and _named_in({_AREA_TAIL.sub("", s.admin1.casefold())
                                                               for s in other.spots if s.admin1}, bare.text):
            return 1.0
    named = _names_agree(a, b)
    if named:
        return float(named)
    if named is False:
        return None  # "the village of X" and "the village of Y": two places, whatever town is near
    if fine_a and fine_b and {s.place_id for s in fine_a} & {s.place_id for s in fine_b}:
        return 3.0  # both name the place, whatever district one of them adds
    if any(fine_x and not _split_unknown(x)[0] and way_agrees(x, y, _fine)
           for fine_x, x, y in ((fine_a, a, b), (fine_b, b, a))):
        return WAY_SCORE  # "east of Baquba" / "in Balad Ruz", 35 km east of it; "west of Kandahar" / "Zhari district"
    only_district = (not fine_a and not _split_unknown(a)[0]) or (not fine_b and not _split_unknown(b)[0])
    if only_district and any(same_name(_AREA_TAIL.sub("", x), _AREA_TAIL.sub("", y))
                             for x in a.districts_named for y in b.districts_named):
        return 1.5  # both name the district ("Maru LGA"), one of them a village in it too
    for district, points in ((a, fine_b), (b, fine_a)):
        seats = [s for s in district.spots if s.precision == "admin2" and s.lat is not None and s.lon is not None]
        far = min((km(x.lat, x.lon, y.lat, y.lon) for x in seats for y in points),  # type: ignore[arg-type]
                  default=0.0)
        if far > DISTRICT_KM:
            return None  # "a village in Macomia district" / "the outskirts of Mocímboa da Praia"
    districts_a, districts_b = _districts(a), _districts(b)
    if districts_a and districts_b and not any(same_name(x, y) for x in districts_a for y in districts_b) \
            and not one_within(a, b):
        return None  # "Dangam district" and "Sirkanay district" of one province
    for districts, town in ((districts_a - _quarters(a), b), (districts_b - _quarters(b), a)):
        # (but "between Zabid and Al-Jarrahi" / "Al-Jarrahi district": one of the towns bears the district's name;
        # "Homs's al-Zahraa district": a quarter of a town, no district of a province)
        if districts and town.seats and not any(same_name(x, y) for x in districts for y in town.seats | town.names):
            return None  # "a village in Bokkos LGA" / "Mangu", a town of Mangu LGA
    if a.seats and b.seats and not any(same_name(x, y) for x in a.seats for y in b.seats):
        return None  # "Durán" / "Guayaquil": towns of two districts, however close
    if bool(fine_a) != bool(fine_b):
        fine, other = (a, b) if fine_a else (b, a)
        if _named_in(fine.names, _told(other)):
            return 2.0
        if any(same_name(x, y) for x in _districts(other) for y in fine.seats):
            return 1.5  # "Mafa" / "the Mafa LGA headquarters": the town is the seat of the district named
        # "a village in Diyala" and "Diyala province": the coarse report may well mean the village
        fine_adm1 = {s.admin1 for s in fine.spots if s.admin1}
        coarse_adm1 = {s.admin1 for s in other.spots if s.admin1}
        if not coarse_adm1 and (other.unknown or not other.spots or
                                any(s.precision in ("country", "region") for s in other.spots)):
            return 0.0  # "in central Mali", "in Soum province", "in the capital": the rest must agree
        if not fine_adm1 & coarse_adm1 and _across_a_border(fine, other):
            return 1.0  # "clashes along the border in Batken region" / "near the Vorukh exclave": each side's half
        return 1.0 if fine_adm1 & coarse_adm1 else None
    if fine_a and fine_b:
        if _same_town_name(a, b) and not {s.country for s in fine_a} & {s.country for s in fine_b}:
            return 2.0
        for x, y in ((a, b), (b, a)):
            # "Manipur's Bishnupur" / "near Moirang in Bishnupur district": the district, not its seat
            if any(same_name(_AREA_TAIL.sub("", d), n) for d in x.districts_named for n in y.names):
                return 1.5
        ids_a = {s.place_id for s in fine_a}
        if any(s.place_id in ids_a for s in fine_b):
            return 3.0
        if said_far(a.text, b.names) or said_far(b.text, a.names):
            return None  # "Cabaret" / "Arcahaie, more than 20 km north of Cabaret": the report says how far
        nearest = min(km(x.lat, x.lon, y.lat, y.lon) for x in fine_a for y in fine_b)  # type: ignore[arg-type]
        # "outside Moscow" / "in Krasnogorsk": a place only near a town lies within NEAR_KM of it
        # ("the outskirts of Ariha" / "Sarmin", 14 km off: a town's edge is no wider than the town's reach)
        limit = NEAR_KM if any(any(s.precision == "near" for s in fine) and not _OUTSKIRTS.search(f.text)
                               for f, fine in ((a, fine_a), (b, fine_b))) else MAX_KM
        if limit == MAX_KM and not _named_in(a.names, _told(b)) and not _named_in(b.names, _told(a)):
            limit = TOWN_KM  # "a house in Rafah" / "west of Khan Younis": two towns, neither naming the other
        return 2.0 if nearest <= limit else None
    adm2_a = {s.admin2 for s in a.spots if s.admin2}
    adm2_b = {s.admin2 for s in b.spots if s.admin2}
    if adm2_a and adm2_b:
        return 1.5 if adm2_a & adm2_b else None
    adm1_a = {s.admin1 for s in a.spots if s.admin1}
    adm1_b = {s.admin1 for s in b.spots if s.admin1}
    if adm1_a and adm1_b:
        return 1.0 if adm1_a & adm1_b else None
    return 0.0


def where_score(a: Features, b: Features) -> float | None:
    """``place_score``, but two names no gazetteer knows do not part reports whose tolls agree."""
    where = place_score(a, b)
    if where is None and _counts_agree(a, b) >= 2 and not (_fine(a) and _fine(b)) and _names_agree(a, b) is False \
            and not (_halves_differ(_split_unknown(a)[1], b) or _halves_differ(_split_unknown(b)[1], a)):
        where = 0.0  # "Tole kebele" / "West Wollega", 200 / 230 dead: names no gazetteer knows, one massacre
    return where


def is_vague(a: Features, b: Features) -> bool:
    """One of them names no village and no exact or nearby place ("in northern Kenya", a headline)."""
    return any(not _split_unknown(x)[0] and not any(s.precision in FINE for s in x.spots) for x in (a, b))


def _across_a_border(a: Features, b: Features) -> bool:
    """Each report places the fighting in its own country and names the other's: a border clash told
    from both sides, whose provinces cannot agree."""
    return bool(a.countries and b.countries and not a.countries & b.countries
                and countries_named(a.text) & b.countries and countries_named(b.text) & a.countries)


def country_conflict(a: Features, b: Features) -> bool:
    """Two countries: not one town's name read in two ("Tripoli's Ain Zara"), nor a clash on a border
    told from each side ("a shootout with Tajik forces near Kok-Tash" / "Kyrgyz troops opened fire")."""
    return bool(a.countries and b.countries and not a.countries & b.countries and not _same_town_name(a, b)
                and not (countries_named(a.text) & b.countries or countries_named(b.text) & a.countries)
                and not any(overlapping(x, y) for x in a.countries for y in b.countries))  # (Kosovo, Serbia)


def score(a: Features, b: Features) -> float | None:
    """How well ``a`` matches ``b`` (higher is better), or None when they are different incidents."""
    if a.documents & b.documents:
        return None  # one document's incidents are kept apart by the grouping step
    if not dates_overlap(a, b):
        return None
    if country_conflict(a, b):
        return None
    where = where_score(a, b)
    if where is None or not types_compatible(a, b):
        return None
    perp, vict = side_agreement(a, b, swapped_ok=where >= 2.0)
    if perp is False or vict is False:
        return None
    site = _sites_agree(a, b)
    if site is False or not _day_parts_agree(a.text, b.text):
        return None  # "an industrial plant" / "a residential area"; "morning" / "evening"
    # ("shot by a sniper" / "killed by sniper fire", "guarding polio workers" / "polio security official": as telling)
    site = site or _manner_agrees(a, b) or _share_rare_word(a, b) or None
    if _tells_otherwise(a, b) or _tells_otherwise(b, a) or (where >= 2.0 and (_other_part(a, b) or _other_part(b, a))) \
            or _opposite_sides(a.text, b.text) or _dead_and_none(a, b) or _dead_and_none(b, a) \
            or _numbered_quarters_differ(a, b) or halves_apart(a, b):
        return None  # "five bodies found dumped" / "a shootout"; "central Manbij" / "the outskirts of Manbij"
    same_day = _same_days(a, b) or any(TOLL_UPDATE.search(x.text) for x in (a, b))  # (dates overlap already)
    same_type = a.by_rule and b.by_rule and (a.event_type == b.event_type or _same_but_victims(a, b))
    agreeing = sum(bool(x) for x in (perp, vict, same_type, site)) + max(_counts_agree(a, b), _update_agrees(a, b),
                                                                         _toll_grew(a, b))
    # no place to go by: nearly everything else must agree (a little less when a country is said and not contradicted)
    # the side with no place to go by names no village either ("in northern Kenya", a headline)
    vague = is_vague(a, b)
    needed = 2 if vague and (a.countries or b.countries) and (
        not a.countries or not b.countries or a.countries & b.countries) else 3
    # both say the same country and the days agree: one thing that seldom agrees by chance (the kind of
    # site hit, close tolls of six or more) is enough ("a tuition centre in western Kabul" / "the classroom bombing")
    telling = bool(site) or (max(_counts_agree(a, b), _update_agrees(a, b)) > 0 and max(a.toll or 0, b.toll or 0) >= 6)
    # ... or both name the same day ("on Sunday" / "on 15 August")
    # ... or one of them says no country and names no place at all, and something telling agrees that the
    # tolls do not gainsay ("Kidnappers demand ransom for industrialist's son" / "the son of a mill owner
    # abducted near his school in Karachi"; not "12 killed in classroom bombing" / "19 killed at a tuition centre")
    if vague and (a.countries & b.countries and (telling or _same_days(a, b)) or
                  telling and any(not x.countries and not x.unknown for x in (a, b)) and not _tolls_gainsay(a, b)):
        needed -= 1
    if where < 1.0:
        # the same office or trade of the victims ("three farmers" / "three farmers", "a teacher" / "the
        # headmaster") tells as much as a site; the people of a country do not ("a Palestinian")
        agreeing += _same_roles(a, b, peoples=False)
    if where < 1.0 and not ((same_day or not (a.dated and b.dated)) and agreeing >= needed):
        return None
    if where <= 1.0 and not agreeing and not _same_roles(a, b):
        return None  # a governorate alone is too wide (but "an imam" / "a preacher" in one city agree)
    # (one village no gazetteer knows, named by both, is one point as much as a town it knows)
    spot = PLACE_BONUS if _one_unknown_village(a, b) else where
    # (a town changes hands once: two reports of its capture on one day agree on more than the kind of attack)
    sided = bool(perp or vict or site or (same_type and a.event_type in TERRITORY) or _one_strike(a, b, same_type))
    if (a.uncounted or b.uncounted) and not _enough_for_no_toll(a, b, spot, agreeing, sided):
        return None  # a report with no toll of its own: no toll tells two incidents apart, so more must agree
    if where <= 2.0 and {a.toll_status, b.toll_status} == {"killed", "injured"} and \
            not any(TOLL_UPDATE.search(x.text) or _LATER_DEAD.search(x.text) for x in (a, b)) and \
            not _KILL.search((a if a.toll_status == "injured" else b).text):
        return None  # "kills one soldier" / "wounding two soldiers": a report of the wounded would tell the dead
    if where <= 2.0 and _counts_clash(a, b):
        return None  # 6 and 2 dead in two parts of Kabul, 14 and 2 in one village: two incidents
    return where + (1.0 if perp else 0.0) + (1.0 if vict else 0.0) + (0.5 if same_day else 0.0) + \
        (0.5 if same_type else 0.0) + (0.5 if site else 0.0)


# "a wounded trooper died", "later succumbed": a death after the first reports of the wounded; "also wounded
# 14": the wounded of a toll told before
_LATER_DEAD = re.compile(r"\b(?:died|dies|succumb\w*|later|also)\b")


def _share_rare_word(a: Features, b: Features) -> bool:
    """Both reports use one word rare in English that is no word of war and no place (store/rare_words.py)."""
    return bool(rare_words(_told(a), _place_names(a)) & rare_words(_told(b), _place_names(b)))


def _place_names(f: Features) -> frozenset[str]:
    """The names of its places and of their districts and provinces ("Deir ez-Zor", "Los Ríos")."""
    return frozenset(f.names | f.unknown | f.districts_named |
                     {n.casefold() for s in f.spots for n in (s.admin1, s.admin2) if n})


def _one_strike(a: Features, b: Features, same_type: bool) -> bool:
    """One kind of strike or blast, named as such by both ("shelled Beryslav" / "shell hits Beryslav"),
    on the one town both name and no other: as telling as the kind of site hit."""
    fine_a, fine_b = _fine(a), _fine(b)
    return same_type and a.event_type[0] == "Explosions/Remote violence" and not (a.generic_type or b.generic_type) \
        and bool(fine_a) and {s.place_id for s in fine_a} == {s.place_id for s in fine_b}


def _same_days(a: Features, b: Features) -> bool:
    """Both reports name the day, and a day of one is a day of the other ("Sunday night" / "overnight")."""
    a0, a1, b0, b1 = a.date_start, a.date_end or a.date_start, b.date_start, b.date_end or b.date_start
    if not (a.dated and b.dated) or None in (a0, a1, b0, b1):
        return False
    if a0 <= b1 and b0 <= a1:  # type: ignore[operator]
        return True
    # "late on Sunday" / "the night before" (told on Monday): a night spans two named days
    return dates_overlap(a, b, slack=1) and any(NIGHT.search(x.text) for x in (a, b))


def combine(parts: Iterable[Features]) -> Features:
    """Features of an event made of several incidents (its date window is the union)."""
    items = list(parts)
    starts = [f.date_start for f in items if f.date_start]
    ends = [f.date_end or f.date_start for f in items if f.date_end or f.date_start]
    out = Features(min(starts) if starts else None, max(e for e in ends if e) if ends else None)
    for f in items:
        out.text = f"{out.text} {f.text}".strip()
        out.context = f"{out.context} {f.context}".strip()
        out.names |= f.names
        out.unknown |= f.unknown
        out.districts_named |= f.districts_named
        out.dated = out.dated and f.dated
        if f.published and (out.published is None or f.published > out.published):
            out.published = f.published
        if f.toll is not None and (out.toll is None or f.toll > out.toll):
            out.toll, out.toll_status, out.wounded = f.toll, f.toll_status, f.wounded
        out.documents |= f.documents
        out.spots.extend(f.spots)
        out.countries |= f.countries
        out.perpetrators |= f.perpetrators
        out.victims |= f.victims
        out.seats |= f.seats
        for side, n in f.side_tolls.items():
            out.side_tolls[side] = max(n, out.side_tolls.get(side, 0))
        out.alt_tolls |= f.alt_tolls
    out.uncounted = items[0].uncounted if items and all(f.uncounted for f in items) else None
    ruled = [f for f in items if f.by_rule]
    chosen = ruled[0] if ruled else (items[0] if items else None)
    if chosen is not None:
        out.event_type, out.by_rule, out.generic_type = chosen.event_type, chosen.by_rule, chosen.generic_type
    return out
