"""A report's country from its districts or its large cities, when no country or province is written.

The place stage asks these only after the country vote of ``countries`` finds nothing: a report that
names "Myagdi district" or "north of Lashio" and no country is still about one country.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from tolltrack.extract.countries import decide, district_votes, fold
from tolltrack.extract.place_checks import _a_city, _sure
from tolltrack.extract.town_lists import SEAT_OF, listed

if TYPE_CHECKING:
    from tolltrack.extract.places import PlaceResolver
    from tolltrack.extract.state import Sentence

# a district's word after its name ("Kurram district", "Gujba local government area")
DISTRICT_AFTER = re.compile(r"\s+(local government area|lga|district|province|department|county|cercle|prefecture|"
                            r"division|regency)\b", re.IGNORECASE)
PART_OF = re.compile(r"\s+(?:area|neighbou?rhood|quarter|suburb|district|section)\s+of\b", re.IGNORECASE)
CITY_POP = 100_000  # a city this large, alone of its name, says which country a report is about


_COMPASS_NAME = re.compile(r"(?:North|South|East|West|Central|Upper|Lower)(?:-?(?:east|west))?(?:ern)?\s+\S")


def district_country(resolver: PlaceResolver, text: str,
                     per_sent: list[tuple[Sentence, list[tuple[int, int, str, bool]]]]) -> str | None:
    """The country of the districts a report names, when nothing else says and no city whose own name is
    written lies elsewhere ("between Bahir Dar and Merawi": Ethiopia's city, not Sudan's district; but
    "near Lamego, Nhamatanda district": a village, not the Portuguese town)."""
    # (a district named by a compass point needs no word: "West Shewa", "North Waziristan")
    votes = district_votes([n for sent, cands in per_sent for _, e, name, _ in cands
                            for n in ([name] if DISTRICT_AFTER.match(text, e) or _COMPASS_NAME.match(name) else [])
                            + listed(text, e, sent.end)])
    country = decide(votes)
    if country is None:
        return None
    for _sent, cands in per_sent:
        for _s, end, name, _strong in cands:
            if any(SEAT_OF.match(text[end:s2]) and DISTRICT_AFTER.match(text, e2) for s2, e2, _, _ in cands):
                continue  # "Beni, the headquarters of Myagdi district": the district's seat, no other country
            res = resolver.resolve(name, country=None)
            if res is not None and res.country != country and _sure(res, name) and (
                    res.precision == "admin1" or
                    res.precision == "exact" and _a_city(resolver, name, res.country, CITY_POP)):
                return None
    return country


def city_country(resolver: PlaceResolver, text: str,
                 per_sent: list[tuple[Sentence, list[tuple[int, int, str, bool]]]]) -> str | None:
    """The country of the large cities a report names, each the only one of its name the gazetteer
    holds ("north of Lashio"), when nothing else says: so that a village beside them is read there."""
    gazetteer = getattr(getattr(resolver, "geocoder", None), "gazetteer", None)
    if gazetteer is None:
        return None
    votes: Counter[str] = Counter()
    for _sent, cands in per_sent:
        for _s, e, name, _strong in cands:
            if PART_OF.match(text, e):
                continue  # "the Brooklyn area of Cité Soleil": a quarter named after a city abroad
            same = [x for x in gazetteer.lookup(name, country=None, limit=10) if fold(x.name) == fold(name)]
            if same and len({x.country for x in same}) == 1 and max(x.population for x in same) >= CITY_POP:
                votes[same[0].country] += 1
    return decide(votes)
