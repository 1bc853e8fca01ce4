"""The HTML and Markdown report, and the ``report`` command."""

from __future__ import annotations

import re
from pathlib import Path

import click
from click.testing import CliRunner

from tolltrack.report.cli import report_command
from tolltrack.report.data import Filters
from tolltrack.report.report import build_report, md, render_html, render_markdown


def test_html_report_has_every_section_and_is_self_contained(store) -> None:  # type: ignore[no-untyped-def]
    data = build_report(store)
    page = render_html(data)
    for anchor in ("headline", "regions", "timeline", "map", "incidents", "control", "methods"):
        assert f'id="{anchor}"' in page
    assert page.count("<svg") >= 3  # timeline, map, control
    assert "<script" not in page.lower()  # no script of its own, and none from reports
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)  # nothing fetched
    assert 'mark class="num"' in page and "Not counted, and why" in page
    assert "superseded" in page or "overlaps" in page or "smaller than" in page  # tally explanations reused
    for e in data.events:  # every event has its anchor and the map links to it
        assert f'id="event-{e["id"]}"' in page
    assert not data.empty and data.headline_total[0] == sum(f.best for f in data.headline)


def test_figures_open_their_evidence(store) -> None:  # type: ignore[no-untyped-def]
    data = build_report(store, Filters(country="UA"))
    page = render_html(data)
    civ = next(f for f in data.headline if f.key == "CIV")
    assert f'href="#{civ.anchor}-ev"' in page and f'id="{civ.anchor}-ev"' in page
    assert all(s["claims"] for s in civ.sources)
    assert '<mark class="num">seven</mark>' in page


def test_report_text_from_reports_is_escaped(store) -> None:  # type: ignore[no-untyped-def]
    data = build_report(store, Filters(admin1="Idlib"))
    assert any("<script>" in c["sentence"] for e in data.events for c in e["claims"])
    page = render_html(data)
    assert "<script" not in page.lower() and "<img" not in page and "<b>monitor" not in page
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in page
    assert "&lt;b&gt;monitor&lt;/b&gt;" in page
    text = render_markdown(data)
    assert "<script" not in text and "<b>" not in text and "&lt;script&gt;alert('x')&lt;/script&gt;" in text


def test_empty_selection_says_so(store, empty_db: Path) -> None:  # type: ignore[no-untyped-def]
    data = build_report(store, Filters(country="FR"))
    assert data.empty
    page = render_html(data)
    assert "No events, tallies or control claims match this selection" in page
    assert "No events with coordinates" in page
    assert "No events, tallies or control claims" in render_markdown(data)


def test_markdown_report(store) -> None:  # type: ignore[no-untyped-def]
    text = render_markdown(build_report(store))
    for heading in ("## Headline", "## Regional distribution", "## Timeline", "## Incidents", "## Territorial control",
                    "## Methods"):
        assert heading in text
    assert "**seven**" in text
    assert md("a|b *c* <x> & _y_\n") == "a\\|b \\*c\\* &lt;x&gt; &amp; \\_y\\_ "


def test_report_command(db_path: Path, empty_db: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "r.html"
    result = runner.invoke(report_command, ["--db", str(db_path), "--out", str(out), "--country", "sy"])
    assert result.exit_code == 0, result.output
    assert "report written to" in result.output and out.read_text().startswith("<!doctype html>")
    result = runner.invoke(report_command, ["--db", str(db_path), "--out", str(tmp_path / "r.md")])
    assert result.exit_code == 0 and (tmp_path / "r.md").read_text().startswith("# tolltrack report")
    result = runner.invoke(report_command, ["--db", str(db_path), "--format", "md", "--out", "-", "--actor", "ISIS"])
    assert result.exit_code == 0 and "# tolltrack report" in result.output
    result = runner.invoke(report_command, ["--db", str(empty_db), "--out", str(tmp_path / "e.html")])
    assert result.exit_code == 0 and "nothing matches this selection" in result.output
    result = runner.invoke(report_command, ["--db", str(db_path), "--since", "2024-02-30"])
    assert result.exit_code == 2 and "not a date" in result.output
    result = runner.invoke(report_command, ["--db", str(tmp_path / "missing.db")])
    assert result.exit_code == 1 and "no store at" in result.output
    assert isinstance(report_command, click.Command)
