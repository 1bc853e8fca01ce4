"""The analyst's report: one self-contained HTML page (or Markdown) from the store.

    >>> from tolltrack.report.report import build_report, render_html
    >>> data = build_report(store, Filters(country="SY", since="2024-01-01"))
    >>> open("report.html", "w").write(render_html(data))

Headline figures by victim side (low/best/high), the distribution by governorate, a
timeline of deaths by side, a map of events, every incident with its sources (each
figure opens the sentences it rests on, the number highlighted), territorial control
over time, and a methods box saying how counts were reconciled and what was left out.
Charts and the map are inline SVG (``tolltrack.report.svg``): no script, no network.
All text that comes from reports is escaped (Jinja2 with autoescape; SVG text by ``svg.esc``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import jinja2
from markupsafe import Markup

from tolltrack import __version__
from tolltrack.model import STATUSES
from tolltrack.query.export import country_name
from tolltrack.report import svg
from tolltrack.report.data import (
    Filters,
    all_events,
    claim_dict,
    control_points,
    event_claims,
    fatalities,
    side_color,
)
from tolltrack.report.tallies import Tally, filtered_tally
from tolltrack.store.events import load_claims
from tolltrack.store.store import Store

METHODS = [
    ("Events", "Incident claims of one report that stand in the same sentence, or in neighbouring sentences with "
     "the same period and a shared place or perpetrator, form one incident; incidents that other reports tell "
     "(overlapping dates, agreeing sides, compatible type and place) are merged into one event."),
    ("Reconciled figures", "Per event and victim side, each source gives one figure (different victim groups add "
     "up, restatements give their largest). low = the largest figure a source guarantees; best = the figure most "
     "sources give (ties: the most specific source, then the larger); high = the largest figure any source gives."),
    ("No double counting", "A running tally counts only its latest value; a breakdown's parts are never added to "
     "their parent; of two overlapping tallies the larger is kept; a tally and the incidents inside its scope are "
     "not both counted (the tally is kept when it is at least their sum)."),
    ("Dates", "Events are kept when their date lies inside the selection; tally claims when their whole period "
     "does. Incident claims not yet grouped into events are not counted."),
    ("Map", "Points are events with coordinates, placed at their most precise place (exact town, district or "
     "governorate centre); the frame is fitted to them (equirectangular, graticule every few degrees) and has no "
     "country or governorate outlines."),
]
STATUS_WORDS = {"killed": "killed", "injured": "injured", "captured": "captured or detained", "missing": "missing"}


@dataclass
class Figure:
    """One row of a tally table with the evidence it rests on (for the expandable list)."""

    key: str
    best: int
    low: int
    high: int
    events: list[int]
    anchor: str
    sources: list[dict[str, Any]] = field(default_factory=list)  # {"kind", "best", "event", "claims": [claim_dict]}


@dataclass
class ReportData:
    filters: Filters
    generated: str
    counts: dict[str, int]
    headline: list[Figure]
    headline_total: tuple[int, int, int]
    other_statuses: list[tuple[str, int, int, int]]
    regions: list[Figure]
    timeline_months: list[str]
    timeline_series: dict[str, list[int]]
    timeline_spans: list[tuple[str, str, int, str]]  # (period, side, best, anchor)
    events: list[dict[str, Any]]
    control: list[dict[str, Any]]
    excluded: list[dict[str, Any]]
    covered_events: list[int]
    warnings: list[str]
    unmapped: int
    charts: dict[str, str] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not self.events and not self.headline and not self.control and not self.regions

    @property
    def countries(self) -> list[str]:
        return sorted({country_name(e["country"]) for e in self.events if e.get("country")})


def _claims_by_id(store: Store, ids: set[int]) -> dict[int, dict[str, Any]]:
    out: dict[int, dict[str, Any]] = {}
    ordered = sorted(ids)
    for i in range(0, len(ordered), 500):
        chunk = ordered[i:i + 500]
        for c in load_claims(store, f"c.id IN ({', '.join('?' * len(chunk))})", chunk):
            out[c.id] = claim_dict(c)
    return out


def _figures(t: Tally, prefix: str, claims: dict[int, dict[str, Any]]) -> list[Figure]:
    by_key: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for u in t.contributions:
        by_key[u.key].append({"kind": u.kind, "best": u.best, "low": u.low, "high": u.high, "event": u.event_id,
                              "claims": [claims[x] for x in u.claims if x in claims]})
    return [Figure(r.key, r.best, r.low, r.high, list(r.events), f"{prefix}-{i}", by_key.get(r.key, []))
            for i, r in enumerate(t.rows)]


def _month_of(kind: str, event_date: str | None, claim: dict[str, Any] | None) -> str:
    if kind == "event":
        return (event_date or "")[:7]
    if claim is None:
        return ""
    start, end = claim["period"]["start"] or claim["published"] or "", claim["period"]["end"] or ""
    s, e = start[:7], (end or start)[:7]
    return s if s == e else f"{s}..{e}"


def build_report(store: Store, filters: Filters | None = None) -> ReportData:
    """Everything the report shows, for the filters (none: the whole store)."""
    f = filters or Filters()
    by_side = filtered_tally(store, f, "killed", "side")
    by_admin1 = filtered_tally(store, f, "killed", "admin1")
    others = []
    for status in STATUSES:
        if status == "killed":
            continue
        t = filtered_tally(store, f, status, "side")
        if t.rows:
            others.append((status, t.total, sum(r.low for r in t.rows), sum(r.high for r in t.rows)))
    claim_ids = {x for t in (by_side, by_admin1) for u in t.contributions for x in u.claims}
    claim_ids |= {c for c, _ in by_side.excluded}
    claims = _claims_by_id(store, claim_ids)

    events = all_events(store, f)
    ids = [e["id"] for e in events]
    fat = fatalities(store, ids)
    ev_claims = event_claims(store, ids)
    for e in events:
        e["fatalities"] = fat.get(e["id"], [])
        e["claims"] = ev_claims.get(e["id"], [])
        e["sources"] = sorted({c["outlet"] or c["reported_by"] or c["document"] for c in e["claims"]})
        e["country_name"] = country_name(e["country"])

    # timeline: months x victim side, from the counted units of the side tally
    event_dates = {e["id"]: e["date_start"] for e in events}
    missing = {u.event_id for u in by_side.contributions if u.event_id is not None} - set(event_dates)
    for eid in sorted(missing):
        rows = store.fetchall("SELECT date_start FROM events WHERE id = ?", (eid,))
        event_dates[eid] = rows[0][0] if rows else None
    cells: dict[tuple[str, str], int] = defaultdict(int)
    spans: list[tuple[str, str, int, str]] = []
    side_anchor = {fig.key: fig.anchor for fig in _figures(by_side, "side", {})}
    for u in by_side.contributions:
        first = claims.get(u.claims[0]) if u.claims else None
        month = _month_of(u.kind, event_dates.get(u.event_id) if u.event_id else None, first)
        if len(month) == 7:
            cells[(month, u.key)] += u.best
        else:
            spans.append((month or "undated", u.key, u.best, side_anchor.get(u.key, "")))
    months = _month_range(sorted({m for m, _ in cells}))
    sides = sorted({s for _, s in cells}, key=lambda s: -sum(v for (_, k), v in cells.items() if k == s))
    series = {s: [cells.get((m, s), 0) for m in months] for s in sides}

    control = [p.to_dict() for p in control_points(store, f)]
    excluded = [{"claim": c, "reason": r, "evidence": claims.get(c)} for c, r in by_side.excluded]
    headline = _figures(by_side, "side", claims)
    data = ReportData(
        filters=f, generated=dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"), counts=store.counts(),
        headline=headline,
        headline_total=(by_side.total, sum(r.low for r in by_side.rows), sum(r.high for r in by_side.rows)),
        other_statuses=others, regions=_figures(by_admin1, "region", claims), timeline_months=months,
        timeline_series=series, timeline_spans=spans, events=events, control=control, excluded=excluded,
        covered_events=by_side.covered_events, warnings=by_side.warnings,
        unmapped=sum(1 for e in events if e["lat"] is None or e["lon"] is None))
    data.charts = _charts(data)
    return data


def _month_range(months: list[str]) -> list[str]:
    """Every month from the first to the last (at most 240), so that gaps show as gaps."""
    if not months:
        return []
    y, m = int(months[0][:4]), int(months[0][5:7])
    out: list[str] = []
    while len(out) < 240:
        key = f"{y:04d}-{m:02d}"
        out.append(key)
        if key >= months[-1]:
            break
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _charts(d: ReportData) -> dict[str, str]:
    colors = {s: side_color(s) for s in d.timeline_series}
    timeline = svg.stacked_bars(d.timeline_months, d.timeline_series, colors=colors,
                                title="Deaths by month and victim side", unit="killed (best)")
    points = [{"lat": e["lat"], "lon": e["lon"], "best": e["fatalities_best"] or 0, "color": e["color"],
               "label": e["location"] or e["admin1"] or "", "href": f"#event-{int(e['id'])}",
               "tip": f"{e['location'] or ''} {e['date_start'] or ''}: {e['fatalities_best'] or 0} killed "
                      f"({(e['perpetrator'] or {}).get('name') or 'perpetrator unknown'})"}
              for e in d.events]
    event_map = svg.event_map(points, title="Events: circle area ∝ people killed, colour = perpetrator side")
    share: dict[str, list[tuple[str, float]]] = defaultdict(list)
    area: dict[str, list[tuple[str, float]]] = defaultdict(list)
    for p in d.control:
        if p["as_of"] and p["share_pct"] is not None:
            share[p["actor_side"]].append((p["as_of"], p["share_pct"]))
        if p["as_of"] and p["area_km2"] is not None:
            area[p["actor_side"]].append((p["as_of"], p["area_km2"]))
    ccolors = {s: side_color(s) for s in {*share, *area}}
    charts = {"timeline": timeline, "map": event_map}
    if share:
        charts["share"] = svg.line_chart(share, colors=ccolors, title="Share of the country held (%)",
                                         unit="% of the country")
    if area:
        charts["area"] = svg.line_chart(area, colors=ccolors, title="Area held (km²)", unit="km²")
    return charts


# --- HTML -------------------------------------------------------------------------------

def _env() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("tolltrack.report", "templates"), autoescape=True,
        undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["num"] = lambda v: "–" if v is None else f"{v:,}"
    env.globals["side_color"] = side_color
    return env


def _css() -> str:
    return resources.files("tolltrack.report").joinpath("static/report.css").read_text(encoding="utf-8")


def render_html(data: ReportData) -> str:
    """The report as one HTML page: inline CSS and SVG, no script, nothing fetched."""
    template = _env().get_template("report.html.j2")
    charts = {k: Markup(v) for k, v in data.charts.items()}  # built by svg.py, which escapes every text
    return template.render(d=data, charts=charts, css=Markup(_css()), methods=METHODS, version=__version__,
                           status_words=STATUS_WORDS)


# --- Markdown ---------------------------------------------------------------------------

_MD_SPECIAL = str.maketrans({**{c: "\\" + c for c in "\\`*_[]|#"}, "&": "&amp;", "<": "&lt;", ">": "&gt;"})


def md(text: Any) -> str:
    """Text for Markdown: markup characters escaped, ``<``, ``>`` and ``&`` as entities (so no HTML passes
    through a renderer), on one line."""
    value = "" if text is None else str(text)
    return re.sub(r"\s+", " ", value.translate(_MD_SPECIAL))


def _md_sentence(claim: dict[str, Any]) -> str:
    return "".join(f"**{md(p['text'])}**" if p["mark"] == "number" else md(p["text"]) for p in claim["highlight"])


def _n(v: int | None) -> str:
    return "–" if v is None else f"{v:,}"


def render_markdown(d: ReportData) -> str:
    """The report as Markdown: the same sections, tables instead of charts, evidence with the number in bold."""
    out = ["# tolltrack report", "", f"Selection: {md(d.filters.describe())}. Generated {d.generated} by "
           f"tolltrack {__version__} from {d.counts['documents']} documents, {d.counts['claims']} claims and "
           f"{d.counts['events']} events.", ""]
    if d.empty:
        out += ["**No events, tallies or control claims match this selection.**", ""]
    out += ["## Headline: people killed, by victim side", "", "| side | best | low | high | events |",
            "| --- | ---: | ---: | ---: | ---: |"]
    out += [f"| {md(f.key)} | {_n(f.best)} | {_n(f.low)} | {_n(f.high)} | {len(f.events)} |" for f in d.headline]
    out += [f"| total | {_n(d.headline_total[0])} | {_n(d.headline_total[1])} | {_n(d.headline_total[2])} | |", ""]
    for status, best, low, high in d.other_statuses:
        out.append(f"- {STATUS_WORDS[status]}: {best:,} (low {low:,}, high {high:,})")
    out += ["", "### Evidence for each figure", ""]
    for fig in d.headline:
        out.append(f"- **{md(fig.key)}: {fig.best:,}**")
        for s in fig.sources:
            where = f"event {s['event']}" if s["event"] is not None else f"{s['kind']} claim"
            for c in s["claims"]:
                out.append(f"  - {s['best']:,} ({where}) — {md(c['outlet'] or c['document'])}: {_md_sentence(c)}")
    out += ["", "## Regional distribution (killed)", "", "| governorate | best | low | high | events |",
            "| --- | ---: | ---: | ---: | ---: |"]
    out += [f"| {md(f.key)} | {_n(f.best)} | {_n(f.low)} | {_n(f.high)} | {len(f.events)} |" for f in d.regions]
    out += ["", "## Timeline: killed by month and victim side", ""]
    if d.timeline_months:
        sides = list(d.timeline_series)
        out += ["| month | " + " | ".join(md(s) for s in sides) + " |", "| --- |" + " ---: |" * len(sides)]
        for i, m in enumerate(d.timeline_months):
            out.append(f"| {m} | " + " | ".join(_n(d.timeline_series[s][i]) for s in sides) + " |")
    else:
        out.append("No dated figures.")
    for period, side, best, _ in d.timeline_spans:
        out.append(f"- over {md(period)}: {best:,} {md(side)} (a tally over several months, not on the chart)")
    out += ["", f"## Incidents ({len(d.events)})", ""]
    for e in d.events:
        place = ", ".join(md(x) for x in (e["location"], e["admin1"], e["country_name"]) if x)
        perp = (e["perpetrator"] or {}).get("name")
        out.append(f"### Event {e['id']}: {md(e['date_start'])}, {place} — {md(e['event_type'])}")
        out.append("")
        out.append(f"Perpetrator: {md(perp or 'unknown')}. Killed: best {_n(e['fatalities_best'])} (low "
                   f"{_n(e['fatalities_low'])}, high {_n(e['fatalities_high'])}); {e['source_count']} source(s): "
                   f"{md(', '.join(e['sources']))}.")
        out.append("")
        for fx in e["fatalities"]:
            out.append(f"- {md(fx['status'])} {md(fx['side'])}: best {_n(fx['best'])}, low {_n(fx['low'])}, "
                       f"high {_n(fx['high'])} ({fx['sources']} source(s))")
        for c in e["claims"]:
            out.append(f"- > {md(c['outlet'] or c['document'])} ({md(c['document'])}, {md(c['published'])}): "
                       f"{_md_sentence(c)}")
        out.append("")
    out += ["## Territorial control", ""]
    if d.control:
        out += ["| actor | as of | change | km² | share % | villages | document |",
                "| --- | --- | --- | ---: | ---: | ---: | --- |"]
        for p in d.control:
            out.append(f"| {md(p['actor_name'])} ({md(p['actor_side'])}) | {md(p['as_of'])} | {md(p['change'])} | "
                       f"{md(p['area_km2'])} | {md(p['share_pct'])} | {md(p['villages'])} | {md(p['document'])} |")
    else:
        out.append("No control claims in this selection.")
    out += ["", "## Methods", ""]
    out += [f"- **{name}.** {text}" for name, text in METHODS]
    out += ["", "Not counted:", ""]
    for x in d.excluded:
        ev = x["evidence"]
        out.append(f"- claim {x['claim']}: {md(x['reason'])}" + (f" — {md(ev['document'])}: {_md_sentence(ev)}"
                                                                 if ev else ""))
    if d.covered_events:
        out.append(f"- events covered by a tally (counted inside it, not again): "
                   f"{', '.join(str(e) for e in d.covered_events)}")
    if d.unmapped:
        out.append(f"- {d.unmapped} event(s) without coordinates are listed but not on the map")
    out += [f"- warning: {md(w)}" for w in d.warnings]
    if not d.excluded and not d.covered_events and not d.unmapped and not d.warnings:
        out.append("- nothing")
    return "\n".join(out) + "\n"
