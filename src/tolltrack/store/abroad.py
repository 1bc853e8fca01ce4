"""A report placed abroad by one town's namesake.

A report that names no country, province or one-country group takes its country from the towns
the gazetteer finds; a village no gazetteer holds may then be read as a namesake abroad ("Kale"
in Turkey for Myanmar's Kale, "Boni" in Nigeria for Kenya's Boni forest). When the other report
says its own country in words, the namesake is the likelier error: cross-source merging
(``store/resolve.py``) then compares the first report's places as names only.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from tolltrack.extract.countries import countries_named
from tolltrack.geocode.distance import haversine_km

if TYPE_CHECKING:
    from tolltrack.store.resolve import Features

_TOWN = frozenset({"exact", "near"})
NAMESAKE_KM = 800.0  # a town read in another country this far from the other report's places is a namesake


def placed_by_namesake(x: Features, other: Features) -> bool:
    """``x``'s country rests on towns alone, none of them said to be in it, while ``other``'s text
    or provinces say which country it is about."""
    if not x.countries or countries_named(x.context or x.text) & x.countries:
        return False
    if any(s.precision not in _TOWN for s in x.spots if s.country in x.countries):
        return False  # a province or district of that country is named
    said = countries_named(other.context or other.text) & other.countries
    if not said and not any(s.precision == "admin1" and s.country in other.countries for s in other.spots):
        return False  # (a district may be a namesake as much as a town)
    # a namesake abroad lies far away; a town across a nearby border may be just where it happened
    # ("Bandiagara" in Mali / "a village in Burkina Faso's Loroum province": two incidents)
    pairs = [(s, o) for s in x.spots for o in other.spots if None not in (s.lat, s.lon, o.lat, o.lon)]
    return bool(pairs) and all(haversine_km(s.lat, s.lon, o.lat, o.lon) > NAMESAKE_KM  # type: ignore[arg-type]
                               for s, o in pairs)


def as_names(x: Features) -> Features:
    """``x`` with its gazetteer places read as names no gazetteer knows."""
    towns = {n for n in x.names}
    return replace(x, spots=[s for s in x.spots if s.country is None], countries=set(), names=set(), seats=set(),
                   unknown=x.unknown | towns)
