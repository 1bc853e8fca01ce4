"""Command line: thin wrappers that parse input, call the library and format output."""

from __future__ import annotations

import json
import sys
from typing import TextIO

import click

from tolltrack import __version__


@click.group(help="tolltrack: conflict reports in, source-linked casualty and control claims out.")
@click.version_option(__version__, prog_name="tolltrack")
def main() -> None:
    pass


@main.command(help="Extract casualty and control claims from reports.\n\n"
              "INPUT is a JSON Lines file (one {\"id\", \"text\", \"published\"?} object a line), "
              "a plain-text report, or - for standard input (the default). Writes one JSON object "
              "a line, in input order. Exit status 1 when any document failed; the rest are still "
              "written.")
@click.argument("inputs", nargs=-1, metavar="[INPUT]...")
@click.option("--published", metavar="YYYY-MM-DD", help="Publication date for plain-text input.")
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-",
              help="Where to write JSON Lines (default: standard output).")
def extract(inputs: tuple[str, ...], published: str | None, output: TextIO) -> None:
    from tolltrack.ingest import InputProblem, read_inputs
    from tolltrack.model import Extraction

    from tolltrack import extract_document

    failed = 0
    try:
        stream = read_inputs(list(inputs), published)
        for item in stream:
            if isinstance(item, InputProblem):
                failed += 1
                click.echo(f"tolltrack: {item}", err=True)
                result = Extraction(id=item.doc_id or f"{item.source}:{item.line}", published=None,
                                    error=item.message)
            else:
                try:
                    result = extract_document(item)
                except Exception as exc:  # one document must not sink the batch
                    failed += 1
                    click.echo(f"tolltrack: document {item.id!r}: extraction failed: {exc!r}", err=True)
                    result = Extraction(id=item.id, published=item.published, error=f"extraction failed: {exc}")
            output.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
    except ValueError as exc:
        raise click.UsageError(str(exc)) from exc
    output.flush()
    if failed:
        click.echo(f"tolltrack: {failed} document(s) failed", err=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
