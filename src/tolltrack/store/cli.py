"""The ``tolltrack ingest`` command (thin: parse options, call ``ingest``, print the summary).

Registered on the main group with ``main.add_command(ingest_command)``.
"""

from __future__ import annotations

import json
import sys

import click

from tolltrack.options import iso_date
from tolltrack.store.db import DEFAULT_DB


@click.command("ingest", help=(
    "Read reports, extract their claims and store them.\n\n"
    "Each INPUT is a plain-text report, a JSON Lines file (one {\"id\", \"text\", \"published\"?, \"title\"?, "
    "\"url\"?, \"outlet\"?} object a line), an HTML page, an RSS/Atom feed, a directory of such files, - for "
    "standard input, or an http(s) URL of a page or feed. A document already stored with the same content is "
    "skipped; a changed one replaces its old claims. Problems are reported on stderr and kept in the "
    "database's errors table; the run goes on. Exit status 1 when any input failed."))
@click.argument("inputs", nargs=-1, required=True, metavar="PATH|URL|FEED...")
@click.option("--db", "db_url", default=DEFAULT_DB, show_default=True, envvar="TOLLTRACK_DB", metavar="PATH|URL",
              help="SQLite file, or a postgresql://user@host/dbname URL (env TOLLTRACK_DB).")
@click.option("--workers", type=click.IntRange(min=1), default=None, metavar="N",
              help="Extraction processes (default: all cores; 1 extracts in this process).")
@click.option("--published", metavar="YYYY-MM-DD", callback=iso_date,
              help="Publication date for documents that do not give one.")
@click.option("--progress/--no-progress", default=None, help="Progress bar on stderr (default: when a terminal).")
@click.option("--delay", type=click.FloatRange(min=0), default=1.0, show_default=True, metavar="SECONDS",
              help="Seconds between two requests to the same host.")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=20.0, show_default=True, metavar="SECONDS",
              help="Seconds before a request is given up (it is retried 3 times).")
@click.option("--events/--no-events", default=True, show_default=True,
              help="Group the new claims into events and merge them with other sources' (tolltrack events rebuild).")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as a JSON object.")
def ingest_command(inputs: tuple[str, ...], db_url: str, workers: int | None, published: str | None,
                   progress: bool | None, delay: float, timeout: float, events: bool, as_json: bool) -> None:
    from tolltrack.ingest.fetch import HttpFetcher
    from tolltrack.ingest.run import ingest
    from tolltrack.store import StoreError, open_store
    from tolltrack.store.base import ErrorRecord

    def report(record: ErrorRecord) -> None:
        click.echo(f"tolltrack: {record}", err=True)

    try:
        store = open_store(db_url)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None
    built = None
    with store, HttpFetcher(delay=delay, timeout=timeout) as fetcher:
        summary = ingest(list(inputs), store, workers=workers, fetcher=fetcher, published=published,
                         progress=progress, on_error=report)
        if events and (summary.documents_new or summary.documents_replaced):
            from tolltrack.store.events import build_events

            built = build_events(store)
    if as_json:
        out = summary.to_dict()
        out["events"] = built.to_dict() if built else None
        click.echo(json.dumps(out))
    else:
        click.echo(f"tolltrack: {summary}", err=True)
        if built:
            click.echo(f"tolltrack: events: {built}", err=True)
    if summary.errors:
        sys.exit(1)
