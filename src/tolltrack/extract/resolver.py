"""Resolvers the place stage can use: the full geocoder, or governorates only.

``Admin1Resolver`` knows only first-level divisions (from ``data/places/admin1.toml``);
it is the floor under every resolver, so a governorate named in a report is always
placed even when a gazetteer is missing.
"""

from __future__ import annotations

import tomllib
import unicodedata
from functools import cache
from importlib import resources

from tolltrack.extract.places import PlaceResolver, Resolved


def fold(name: str) -> str:
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    text = text.replace("'", "").replace("-", " ")
    return " ".join(text.split())


class Admin1Resolver:
    """Governorate/state names and their aliases, per country."""

    def __init__(self, table: dict[str, list[dict[str, object]]]) -> None:
        self._index: dict[str, list[Resolved]] = {}
        for country, rows in table.items():
            for row in rows:
                res = Resolved(str(row["name"]), country, str(row["name"]), float(row["lat"]),  # type: ignore[arg-type]
                               float(row["lon"]), "admin1", f"admin1:{country}:{row['name']}")  # type: ignore[arg-type]
                for alias in [row["name"], *row.get("aliases", [])]:  # type: ignore[list-item]
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
def admin1_table() -> dict[str, list[dict[str, object]]]:
    with resources.files("tolltrack.data").joinpath("places/admin1.toml").open("rb") as fh:
        return tomllib.load(fh)


@cache
def default_resolver() -> PlaceResolver:
    return Admin1Resolver(admin1_table())
