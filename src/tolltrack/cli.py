"""Command line: thin wrappers that parse input, call the library and format output."""

from __future__ import annotations

import json
import sys
from typing import TextIO

import click

from tolltrack import __version__
from tolltrack.options import iso_date


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
@click.option("--published", metavar="YYYY-MM-DD", callback=iso_date,
              help="Publication date for plain-text input.")
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-",
              help="Where to write JSON Lines (default: standard output).")
def extract(inputs: tuple[str, ...], published: str | None, output: TextIO) -> None:
    from tolltrack import extract_document
    from tolltrack.ingest import InputProblem, read_inputs
    from tolltrack.model import Extraction

    failed = 0
    for item in read_inputs(list(inputs), published):
        if isinstance(item, InputProblem):
            failed += 1
            click.echo(f"tolltrack: {item}", err=True)
            where = f"{item.source}:{item.line}" if item.line else item.source
            result = Extraction(id=item.doc_id or where, published=None, error=item.message)
        else:
            try:
                result = extract_document(item)
            except Exception as exc:  # one document must not sink the batch
                failed += 1
                click.echo(f"tolltrack: document {item.id!r}: extraction failed: {exc!r}", err=True)
                result = Extraction(id=item.id, published=item.published,
                                    error=f"extraction failed: {exc}")
        output.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
    output.flush()
    if failed:
        click.echo(f"tolltrack: {failed} document(s) failed", err=True)
        sys.exit(1)


@main.command(help="Score extracted claims (PRED, JSON Lines) against hand annotations (GOLD) in the "
              "gold format of the annotation guidelines: claims matched on status and count, attribute "
              "accuracy over matched claims, and fully-right F1.")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.argument("pred", type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def evaluate(gold: str, pred: str, as_json: bool) -> None:
    from tolltrack.evaluate import load_jsonl, score

    s = score(load_jsonl(gold), load_jsonl(pred))
    summary = s.summary()
    if as_json:
        click.echo(json.dumps(summary, indent=1))
        return
    c = summary["casualties"]
    click.echo(f"casualty claims  tp {c['tp']}  fp {c['fp']}  fn {c['fn']}  duplicates {c['duplicates']}")
    click.echo(f"  F1 {c['f1']:.3f}  strict F1 {c['strict_f1']:.3f}  fully-right F1 {c['full_f1']:.3f}")
    for name, acc in summary["attributes"].items():
        click.echo(f"  {name:<14} {'-' if acc is None else f'{acc:.3f}'}")
    k = summary["control"]
    click.echo(f"control claims  tp {k['tp']}  fp {k['fp']}  fn {k['fn']}  F1 {k['f1']:.3f}")


def _register() -> None:
    """Command groups that live with their stage of the pipeline."""
    from tolltrack.geocode.cli import gazetteer
    from tolltrack.query.cli import control_command, events_group, export_command, tally_command
    from tolltrack.report.cli import report_command, serve_command
    from tolltrack.store.cli import ingest_command

    main.add_command(gazetteer)
    main.add_command(ingest_command)
    main.add_command(events_group)
    main.add_command(tally_command)
    main.add_command(control_command)
    main.add_command(export_command)
    main.add_command(report_command)
    main.add_command(serve_command)


_register()


if __name__ == "__main__":
    main()
