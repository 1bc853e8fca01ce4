"""``tolltrack gazetteer ...``: build, import, look up and describe the place gazetteer.

Each command is a thin shell over a library call in ``tolltrack.geocode`` (register the
group with ``main.add_command(gazetteer)``). Files live under ``$TOLLTRACK_HOME``
(default ``~/.cache/tolltrack``): ``gazetteer.sqlite`` (rebuilt from the installed data)
and ``imports.sqlite`` (the user's GeoNames imports, kept across rebuilds).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import click

from .build import build_default_gazetteer, gazetteer_info, open_default_gazetteer
from .geonames_import import GeonamesFormatError, import_geonames
from .resolve import Geocoder, Resolution

__all__ = ["gazetteer"]


@click.group(help="Build, import into, query and describe the offline place gazetteer.\n\n"
             "Files live in $TOLLTRACK_HOME (default ~/.cache/tolltrack): gazetteer.sqlite, built "
             "from the installed data, and imports.sqlite, your GeoNames imports, which rebuilds keep.")
def gazetteer() -> None:
    pass


@gazetteer.command(help="Build (or rebuild) the default gazetteer from the installed data; "
                   "prints its path and number of places. Imports are not touched.")
def build() -> None:
    start = time.perf_counter()
    path = build_default_gazetteer()
    info = gazetteer_info()
    click.echo(f"{path}\t{info['default']['entries']:,} places\t{time.perf_counter() - start:.1f} s")


@gazetteer.command(name="import", help="Import a GeoNames dump (SY.txt, SY.zip, allCountries.zip: "
                   "19 tab-separated columns) into imports.sqlite; prints rows imported and time. "
                   "A malformed line stops the import with its line number and changes nothing; "
                   "re-importing a file of the same name replaces it.")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--country", "countries", multiple=True, metavar="XX",
              help="Keep only rows of this ISO country code (repeatable), e.g. for allCountries.zip.")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on stderr (default: when stderr is a terminal).")
def import_(file: Path, countries: tuple[str, ...], progress: bool | None) -> None:
    show = sys.stderr.isatty() if progress is None else progress
    start = time.perf_counter()
    try:
        n = import_geonames(file, countries=countries or None, progress=show)
    except GeonamesFormatError as exc:
        raise click.ClickException(f"{exc} (nothing was imported)") from None
    info = gazetteer_info()
    click.echo(f"imported {n:,} rows from {file.name} in {time.perf_counter() - start:.1f} s "
               f"into {info['imports']['path']} ({info['imports']['entries']:,} imported places in all)")


def _row(res: Resolution) -> dict[str, object]:
    e = res.entry
    return {"score": res.score, "precision": res.precision, "name": e.name, "feature": e.feature,
            "country": e.country, "admin1": e.admin1, "admin2": e.admin2, "lat": round(e.lat, 5),
            "lon": round(e.lon, 5), "population": e.population, "id": e.id, "source": e.source}


@gazetteer.command(help="Show the candidates for a place name or phrase, best first, with score, "
                   "precision, admin1, admin2, coordinates and gazetteer id.")
@click.argument("name")
@click.option("--country", metavar="XX", help="ISO country code hint, e.g. SY.")
@click.option("--admin1", metavar="NAME", help="Governorate/state hint, any spelling (e.g. 'Deir Ezzor').")
@click.option("--limit", default=5, show_default=True, type=click.IntRange(1, 100), help="Most candidates shown.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per candidate.")
def lookup(name: str, country: str | None, admin1: str | None, limit: int, as_json: bool) -> None:
    geo = Geocoder(open_default_gazetteer())
    rows = [_row(r) for r in geo.shortlist(name, country=country, admin1_hint=admin1, limit=limit)]
    if as_json:
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
        return
    if not rows:
        click.echo(f"no place found for {name!r} (it stays unresolved)")
        return
    cols = ("score", "precision", "name", "admin1", "admin2", "country", "lat", "lon", "id")
    table = [[_fmt(c, row[c]) for c in cols] for row in rows]
    widths = [max(len(c), *(len(r[i]) for r in table)) for i, c in enumerate(cols)]
    click.echo("  ".join(c.ljust(w) for c, w in zip(cols, widths, strict=True)).rstrip())
    for r in table:
        click.echo("  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip())


def _fmt(column: str, value: object) -> str:
    if value is None:
        return "-"
    if column == "score":
        return f"{value:.3f}"
    if column in ("lat", "lon"):
        return f"{value:.4f}"
    return str(value)


@gazetteer.command(help="Paths, sizes, place counts, sources and imported files of the gazetteer.")
@click.option("--json", "as_json", is_flag=True, help="Print the information as one JSON object.")
def info(as_json: bool) -> None:
    data = gazetteer_info()
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    d, i = data["default"], data["imports"]
    state = "fresh" if d["fresh"] else ("stale: rebuilt on next use" if d["exists"] else "not built yet")
    click.echo(f"cache dir: {data['cache_dir']}")
    click.echo(f"default:   {d['path']}  {d['entries']:,} places  ({state})")
    click.echo(f"  sources: {d['sources'] or '-'}")
    click.echo(f"imports:   {i['path']}  {i['entries']:,} places")
    for name, rows in sorted(i["files"].items()):
        click.echo(f"  {name}: {rows:,} rows")
