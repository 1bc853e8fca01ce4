"""Resolvers the place stage can use: the full geocoder, or governorates only.

``Admin1Resolver`` knows only first-level divisions (from ``data/places/admin1.toml``);
it is the floor under every resolver, so a governorate named in a report is always
placed even when a gazetteer is missing.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from tolltrack.extract.countries import country_words
from tolltrack.extract.places import PlaceResolver, Resolved, fold
from tolltrack.geocode.districts import DISTRICT_WORD, district_countries, district_home, district_label

if TYPE_CHECKING:
    from tolltrack.geocode.resolve import Geocoder


class Admin1Resolver:
    """Governorate/state names and their aliases, per country."""

    def __init__(self, table: dict[str, list[dict[str, Any]]]) -> None:
        self._index: dict[str, list[Resolved]] = {}
        for country, rows in table.items():
            for row in rows:
                res = Resolved(str(row["name"]), country, str(row.get("display") or row["name"]), float(row["lat"]),
                               float(row["lon"]), "admin1", f"admin1:{country}:{row['name']}")
                for alias in [row["name"], *row.get("aliases", [])]:
                    self._index.setdefault(fold(str(alias)), []).append(res)

    def resolve(self, name: str, *, country: str | None = None,
                admin1_hint: str | None = None) -> Resolved | None:
        hits = self._index.get(fold(name))
        if not hits:
            return None
        if country:
            for h in hits:
                if h.country == country:
                    return h
        return hits[0]


@cache
def admin1_table() -> dict[str, list[dict[str, Any]]]:
    with resources.files("tolltrack.data").joinpath("places/admin1.toml").open("rb") as fh:
        return tomllib.load(fh)


class GeocoderResolver:
    """The full geocoder (towns, villages, curated conflict features), governorates as the floor."""

    def __init__(self, geocoder: Geocoder, floor: Admin1Resolver | None = None) -> None:
        self.geocoder = geocoder
        self.floor = floor or Admin1Resolver(admin1_table())

    def resolve(self, name: str, *, country: str | None = None,
                admin1_hint: str | None = None) -> Resolved | None:
        hit = self.floor.resolve(name, country=country)
        named = country_words().get(fold(name))
        if hit is not None and country is None and named and named[1] and named[0] != hit.country:
            hit = None  # "in western Niger", "near the Niger border": the country, not Nigeria's Niger State
        if hit is not None and (country is None or hit.country == country):
            return hit
        res = self.geocoder.resolve(name, country=country, admin1_hint=admin1_hint)
        if hit is not None and (res is None or res.precision != "country"):
            # "Anbar" in a report about Syria is still Iraq's governorate; "Niger" in one about Niger is the country
            return hit
        home = district_home(name, country, bare=res is None)
        if home is None and res is not None and res.precision == "admin1" and _COMPASS_FIRST.match(name):
            # "Central Aceh": the regency of that name (Aceh Tengah), not the middle of the province
            regency = district_home(name, res.entry.country, bare=True)
            if regency is not None and regency[1] == (res.entry.admin1 or res.entry.name):
                label = district_label(name, regency[0]) or name
                return Resolved(name, regency[0], regency[1], None, None, "admin2", None, label)
        if home is None and country is None and (res is None or res.precision != "country" and
                                                 fold(res.entry.name) != fold(name)):
            # "Northern Samar", "Bajaur": spelled as one country's district, and only like a town abroad
            homes = district_countries(name)
            if len(homes) == 1 and (res is None or res.entry.country not in homes) and \
                    self._only_there(name, homes):
                there = self.geocoder.resolve(name, country=next(iter(homes)), admin1_hint=admin1_hint)
                if there is not None and there.entry.country in homes:
                    res = there  # "Durán": the Ecuadorian city (GeoNames' Eloy Alfaro), not Yemen's Dawran
                else:
                    home = district_home(name, next(iter(homes)), bare=True)
        if home is not None and (res is None or res.entry.country != home[0] or
                                 DISTRICT_WORD.search(name) is not None and res.entry.admin1 != home[1]):
            # ("Narayanpur district" is Chhattisgarh's, whatever town of Assam GeoNames spells alike)
            # "Oudalan province", "Hays district" (not Hays, Kansas): a district no gazetteer entry holds,
            # placed in its province; no point, since the province's capital is not the district's
            head = DISTRICT_WORD.sub("", name)
            return Resolved(head, home[0], home[1], None, None, "admin2", None, head)
        if res is None:
            return None
        e = res.entry
        return Resolved(e.name, e.country, e.admin1, e.lat, e.lon, res.precision, e.id, e.admin2)

    def _only_there(self, name: str, homes: frozenset[str]) -> bool:
        """No town of that very name lies outside the district's country ("Támara": Honduras has a
        village so named, Colombia a municipality, so the name alone does not say which)."""
        written = fold(name)
        return all(e.country in homes for e in self.geocoder.gazetteer.lookup(name, country=None, limit=50)
                   if fold(e.name) == written)


# "Central Aceh", "North Aceh": a compass point before a province's name, which may be a district's name
_COMPASS_FIRST = re.compile(r"(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)\s",
                            re.IGNORECASE)


@cache
def default_resolver() -> PlaceResolver:
    """The geocoder over the default gazetteer; governorates only if it cannot be opened."""
    from tolltrack.geocode.resolve import default_geocoder

    try:
        return GeocoderResolver(default_geocoder())
    except Exception as exc:  # a broken cache must not stop extraction
        import sys

        print(f"tolltrack: gazetteer unavailable ({exc}); placing governorates only", file=sys.stderr)
        return Admin1Resolver(admin1_table())
