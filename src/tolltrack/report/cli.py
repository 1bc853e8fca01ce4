"""The ``tolltrack report`` and ``tolltrack serve`` commands (thin: parse options, call the library).

Registered on the main group with::

    from tolltrack.report.cli import report_command, serve_command
    main.add_command(report_command)
    main.add_command(serve_command)
"""

from __future__ import annotations

import gc
from pathlib import Path

import click

from tolltrack.store.db import DEFAULT_DB

_DB = click.option("--db", "db_url", default=DEFAULT_DB, show_default=True, envvar="TOLLTRACK_DB",
                   metavar="PATH|URL", help="SQLite file, or a postgresql://user@host/dbname URL (env TOLLTRACK_DB).")


def _open(db_url: str) -> object:
    from tolltrack.store import StoreError, open_store

    if "://" not in db_url and db_url != ":memory:" and not Path(db_url).exists():
        raise click.ClickException(f"no store at {db_url!r}: run `tolltrack ingest` and `tolltrack events rebuild` "
                                   "first, or give --db")
    try:
        return open_store(db_url)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None


@click.command("report", help=(
    "Write the analyst's report: headline figures by victim side (low/best/high), regional distribution, a "
    "timeline of deaths, a map of events, every incident with its sources (each figure opens the sentences it "
    "rests on), territorial control over time and a methods box. HTML is one self-contained file (inline SVG, "
    "no script, nothing fetched); Markdown has the same sections as tables."))
@_DB
@click.option("--since", metavar="YYYY-MM-DD", help="Only events and tallies from this day.")
@click.option("--until", metavar="YYYY-MM-DD", help="Only events and tallies up to this day.")
@click.option("--country", metavar="CC", help="Two-letter ISO code, e.g. SY.")
@click.option("--admin1", metavar="NAME", help="A first-level division (governorate), e.g. Idlib.")
@click.option("--actor", metavar="SIDE|NAME", help="Perpetrator: a side code (ISIS) or part of a name.")
@click.option("--format", "fmt", type=click.Choice(["html", "md"]), default=None,
              help="Output format (default: from the --out suffix, else html).")
@click.option("-o", "--out", metavar="FILE", default=None,
              help="Output file (default report.html or report.md; - for standard output).")
def report_command(db_url: str, since: str | None, until: str | None, country: str | None, admin1: str | None,
                   actor: str | None, fmt: str | None, out: str | None) -> None:
    from tolltrack.report.data import FilterError, Filters
    from tolltrack.report.report import build_report, render_html, render_markdown

    try:
        filters = Filters(since=since, until=until, country=country, admin1=admin1, actor=actor)
    except FilterError as exc:
        raise click.UsageError(str(exc)) from None
    if fmt is None:
        fmt = "md" if out and out.lower().endswith((".md", ".markdown")) else "html"
    out = out or f"report.{fmt}"
    with _open(db_url) as store:  # type: ignore[attr-defined]
        data = build_report(store, filters)
    text = render_html(data) if fmt == "html" else render_markdown(data)
    if out == "-":
        click.echo(text, nl=False)
        return
    Path(out).write_text(text, encoding="utf-8")
    what = "nothing matches this selection" if data.empty else (
        f"{len(data.events)} events, {data.headline_total[0]:,} killed (low {data.headline_total[1]:,}, high "
        f"{data.headline_total[2]:,}), {len(data.control)} control claims")
    click.echo(f"tolltrack: report written to {out} ({what})", err=True)


@click.command("serve", help=(
    "Serve the dashboard (map, timeline, filters, events, evidence) and a read-only JSON API with its OpenAPI "
    "schema at /openapi.json. Binds to 127.0.0.1 unless --host says otherwise."))
@_DB
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to bind; 0.0.0.0 exposes the store to the network.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
def serve_command(db_url: str, host: str, port: int) -> None:
    import uvicorn

    from tolltrack.report.server import create_app

    store = _open(db_url)
    app = create_app(db_url, store=store)  # type: ignore[arg-type]
    # A long-lived process: take what start-up made (modules, the app, the tally index) out of the garbage
    # collector's scans, and collect the young generation less often. A tally answer with 10,000
    # contributions makes some 50,000 short-lived containers; with the defaults the collections they set off
    # took 30-60 ms of such a request on 50,000 events (docs/report.md, Performance).
    gc.collect()
    gc.freeze()
    gc.set_threshold(50_000, 20, 20)
    click.echo(f"tolltrack: dashboard on http://{host}:{port}/ (API: /api/..., schema: /openapi.json); "
               "Ctrl-C stops it", err=True)
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"tolltrack: warning: listening on {host}, reachable from other machines", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
