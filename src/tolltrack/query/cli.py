"""The ``tolltrack events|tally|control|export`` commands (thin: parse options, call the library, print).

Registered on the main group with::

    from tolltrack.query.cli import control_command, events_group, export_command, tally_command
    main.add_command(events_group)
    main.add_command(tally_command)
    main.add_command(control_command)
    main.add_command(export_command)
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from typing import Any

import click

from tolltrack.model import STATUSES
from tolltrack.options import iso_date
from tolltrack.store.db import DEFAULT_DB

_DB = click.option("--db", "db_url", default=DEFAULT_DB, show_default=True, envvar="TOLLTRACK_DB",
                   metavar="PATH|URL", help="SQLite file, or a postgresql://user@host/dbname URL (env TOLLTRACK_DB).")


def _country(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is not None and (len(value) != 2 or not value.isalpha()):
        raise click.BadParameter(f"{value!r} is not a two-letter ISO country code such as SY")
    return value.upper() if value else None


def _open(db_url: str) -> Any:
    from tolltrack.store import StoreError, open_store

    try:
        return open_store(db_url)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """A plain text table: numbers right-aligned, text left-aligned."""
    cells = [[("" if v is None else str(v)) for v in r] for r in rows]
    widths = [max([len(h), *(len(r[i]) for r in cells)]) for i, h in enumerate(headers)]
    numeric = [all(isinstance(r[i], int | float) or r[i] is None for r in rows) and bool(rows)
               for i in range(len(headers))]

    def line(values: Sequence[str]) -> str:
        return "  ".join(v.rjust(w) if n else v.ljust(w) for v, w, n in zip(values, widths, numeric, strict=True))

    out = [line(list(headers)), line(["-" * w for w in widths])]
    out.extend(line(r) for r in cells)
    return "\n".join(s.rstrip() for s in out)


@click.group("events", help="Build and inspect events: incidents grouped from claims and merged across sources.")
def events_group() -> None:
    pass


@events_group.command("rebuild", help=(
    "Group every document's incident claims into events, type them, merge events that several sources "
    "report, and reconcile their fatalities (low/best/high per side). Idempotent: run it after each ingest."))
@_DB
@click.option("--matcher", type=click.Choice(["learned", "rules"]), default="learned", show_default=True,
              help="How two reports are judged one incident: the fitted model over the rules' signals, or the "
                   "rules' own gates (docs/events.md).")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as a JSON object.")
def rebuild(db_url: str, matcher: str, as_json: bool) -> None:
    from tolltrack.store.events import build_events

    with _open(db_url) as store:
        summary = build_events(store, matcher=matcher)
    click.echo(json.dumps(summary.to_dict()) if as_json else f"tolltrack: {summary}")


@click.command("tally", help=(
    "Count people killed (or injured, captured, missing) grouped by victim side, governorate (admin1), month "
    "or perpetrator, counting each person once: events for incidents, tally claims where they cover more, the "
    "latest value of a running tally, never a breakdown and its parent both. Run `tolltrack events rebuild` "
    "first."))
@click.option("--status", type=click.Choice(STATUSES), default="killed", show_default=True)
@click.option("--by", type=click.Choice(["side", "admin1", "month", "actor"]), default="side", show_default=True)
@click.option("--since", metavar="YYYY-MM-DD", callback=iso_date, help="Only incidents and tallies from this day.")
@click.option("--until", metavar="YYYY-MM-DD", callback=iso_date, help="Only incidents and tallies up to this day.")
@click.option("--country", metavar="CC", callback=_country, help="Two-letter ISO code, e.g. SY.")
@click.option("--actor", metavar="SIDE|NAME", help="Perpetrator: a side code (ISIS) or part of a name.")
@_DB
@click.option("--json", "as_json", is_flag=True, help="Print the result, with its contributions and evidence, as JSON.")
def tally_command(status: str, by: str, since: str | None, until: str | None, country: str | None,
                  actor: str | None, db_url: str, as_json: bool) -> None:
    from tolltrack.query.tally import tally

    if since and until and since > until:
        raise click.BadParameter(f"--since {since} is after --until {until}", param_hint="'--since'")
    with _open(db_url) as store:
        result = tally(store, status=status, by=by, since=since, until=until, country=country, actor=actor)
    if as_json:
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=1))
        return
    rows = [(r.key, r.best, r.low, r.high, len(r.events), len(r.claims)) for r in result.rows]
    rows.append(("total", result.total, sum(r.low for r in result.rows), sum(r.high for r in result.rows),
                 sum(len(r.events) for r in result.rows), sum(len(r.claims) for r in result.rows)))
    click.echo(table([by, status, "low", "high", "events", "claims"], rows))
    if result.excluded:
        click.echo(f"not counted: {len(result.excluded)} tally claims (superseded, overlapping or smaller than "
                   f"their incidents); {len(result.covered_events)} events covered by tallies")
    for w in result.warnings:
        click.echo(f"tolltrack: {w}", err=True)


@click.command("control", help="Territorial control per actor over time (area, share of the country, villages).")
@click.option("--actor", metavar="SIDE|NAME", help="A side code (SDF) or part of an actor's name.")
@_DB
@click.option("--json", "as_json", is_flag=True, help="Print JSON Lines, one point a line.")
def control_command(actor: str | None, db_url: str, as_json: bool) -> None:
    from tolltrack.query.control import control_over_time

    with _open(db_url) as store:
        points = control_over_time(store, actor=actor)
    if as_json:
        for p in points:
            click.echo(json.dumps(p.to_dict(), ensure_ascii=False))
        return
    if not points:
        click.echo("no control claims" + (f" for {actor!r}" if actor else ""), err=True)
        return
    click.echo(table(["actor", "as of", "change", "km2", "share %", "villages", "document"],
                     [(f"{p.actor_name} ({p.actor_side})", p.as_of, p.change, p.area_km2, p.share_pct, p.villages,
                       p.document) for p in points]))


@click.command("export", help=(
    "Write all events: acled-csv (ACLED column names plus fatalities_low/high, source_count, evidence), "
    "geojson (a FeatureCollection), jsonl (one event a line with its claims) or parquet "
    "(needs pip install 'tolltrack[parquet]')."))
@click.option("--format", "fmt", type=click.Choice(["acled-csv", "geojson", "jsonl", "parquet"]), required=True)
@_DB
@click.option("-o", "--output", metavar="FILE", default="-", help="Output file (default: standard output).")
def export_command(fmt: str, db_url: str, output: str) -> None:
    from tolltrack.query.export import ExportError, export

    with _open(db_url) as store:
        try:
            if fmt == "parquet":
                n = export(store, fmt, path=None if output == "-" else output)
            elif output == "-":
                n = export(store, fmt, sys.stdout)
            else:
                with open(output, "w", encoding="utf-8", newline="") as fh:
                    n = export(store, fmt, fh)
        except ExportError as exc:
            raise click.ClickException(str(exc)) from None
    if output != "-":
        click.echo(f"tolltrack: {n} events written to {output}", err=True)
