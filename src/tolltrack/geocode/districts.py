"""Second-level divisions by name: which districts a province has.

The gazetteer's towns carry a province but no district. Many towns are the seats of districts
named after them ("Mangu", seat of Mangu LGA in Plateau), so the names of a province's districts
tell which district such a town lies in. Data: ``data/places/admin2.tsv`` (GeoNames, CC BY 4.0,
built by ``scripts/build_admin2.py``).
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache
from importlib import resources

from tolltrack.data import load
from tolltrack.geocode.normalize import normalize_name


@cache
def _by_code() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    text = resources.files("tolltrack.data").joinpath("places/admin2.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        code, _, names = line.partition("\t")
        out[code].update(normalize_name(n) for n in names.split("|"))
    return {k: frozenset(v) for k, v in out.items()}


@cache
def _codes() -> dict[tuple[str, str], str]:
    """(country, province name as tolltrack writes it) -> GeoNames admin1 code."""
    out: dict[tuple[str, str], str] = {}
    for country, rows in load("places/admin1").items():
        for row in rows:
            out[(country, row["name"])] = row["code"]
    return out


def district_names(country: str | None, admin1: str | None) -> frozenset[str]:
    """The normalised names of a province's districts; empty when unknown."""
    if not country or not admin1:
        return frozenset()
    code = _codes().get((country, admin1))
    return _by_code().get(code, frozenset()) if code else frozenset()


def seat_district(name: str, country: str | None, admin1: str | None) -> str | None:
    """The district a town of this name lies in when a district of its province bears its name."""
    key = normalize_name(name)
    return key if key in district_names(country, admin1) else None
