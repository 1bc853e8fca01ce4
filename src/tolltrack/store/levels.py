"""Levels of divisions: which words name a district, which a unit inside one.

Two reports that each name a district by its word ("Dangam district", "Sirkanay district") name two places;
but "a village in Kyaukkyi township" may lie in "Nyaunglebin district", and in Ethiopia, whose second level is
the zone, "Gimbi district" (a woreda) lies in "West Wollega" zone.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tolltrack.store.resolve import Features

DISTRICT_WORDS = frozenset({"district", "county", "sub-district", "subdistrict", "department", "territory",
                            "prefecture", "municipality", "commune", "raion", "lga", "township", "division",
                            "locality", "woreda", "tehsil", "upazila", "cercle", "regency"})

# the words that end an unknown district's name ("ukum local government area", "logo lga")
DISTRICT_TAIL = re.compile(r"\s+(?:local government area|" + "|".join(sorted(DISTRICT_WORDS)) + r")$")


# the words of units inside a district: a township of Myanmar, a tehsil of Pakistan, an upazila of Bangladesh
SUB_DISTRICT_WORDS = frozenset({"township", "tehsil", "upazila", "subdistrict", "sub-district", "woreda", "mandal"})


# countries whose second level is a zone, where a "district" is a unit inside it (Ethiopia's woredas)
DISTRICTS_BELOW_ADMIN2 = frozenset({"ET"})


def one_within(a: Features, b: Features) -> bool:
    """One report names only units below a district, the other only districts: "a village in
    Kyaukkyi township" may lie in "Nyaunglebin district" ("Gimbi district" in "West Wollega" zone)."""
    below = SUB_DISTRICT_WORDS | ({"district"} if (a.countries | b.countries) & DISTRICTS_BELOW_ADMIN2 else set())

    def levels(f: Features) -> set[bool]:
        named = {n for n in f.unknown | f.districts_named if DISTRICT_TAIL.search(n)}
        subs = {n.rsplit(" ", 1)[-1] in below for n in named}
        return subs | ({False} if any(s.precision == "admin2" for s in f.spots) and not subs else set())
    return {frozenset(levels(a)), frozenset(levels(b))} == {frozenset({True}), frozenset({False})}
