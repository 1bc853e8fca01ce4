"""Charts and the event map as inline SVG, drawn here so that the report needs no script or network.

    >>> from tolltrack.report.svg import stacked_bars, event_map
    >>> stacked_bars(["2024-01", "2024-02"], {"CIV": [3, 5], "GOV": [1, 0]}, colors={"CIV": "#aec7e8"})

Every piece of text is escaped here (``esc``), so the strings returned are safe to put into
HTML as they are. The map is an equirectangular projection fitted to the points (longitude
scaled by the cosine of the middle latitude), with a graticule and the place names; it has
no country or governorate outlines (see ``docs/report.md``).
"""

from __future__ import annotations

import datetime as dt
import html
import math
from collections.abc import Mapping, Sequence
from typing import Any

FONT = "font-family=\"system-ui, -apple-system, 'Segoe UI', sans-serif\""


def esc(value: Any) -> str:
    """Escape text for an SVG/HTML text node or a quoted attribute."""
    return html.escape("" if value is None else str(value), quote=True)


def _num(x: float) -> str:
    return f"{x:.1f}".rstrip("0").rstrip(".")


def nice_step(span: float, target: int = 5) -> float:
    """A round step (1, 2, 2.5 or 5 times a power of ten) giving about ``target`` ticks over ``span``."""
    if span <= 0:
        return 1.0
    raw = span / target
    power = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 2.5, 5, 10):
        if raw <= m * power:
            return m * power
    return 10 * power  # pragma: no cover


def _fmt(v: float) -> str:
    if v >= 1_000_000:
        return f"{v / 1_000_000:g}M"
    if v >= 10_000:
        return f"{v / 1000:g}k"
    return f"{v:,.0f}" if v == int(v) else f"{v:g}"


def _empty(width: int, height: int, title: str, message: str) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" '
            f'height="{height}" role="img" aria-label="{esc(title)}" {FONT}>'
            f'<rect width="{width}" height="{height}" fill="#fafafa" stroke="#ddd"/>'
            f'<text x="{width / 2}" y="{height / 2}" text-anchor="middle" fill="#777" font-size="14">'
            f'{esc(message)}</text></svg>')


def _legend(names: Sequence[str], colors: Mapping[str, str], x: float, y: float) -> list[str]:
    out = []
    for i, name in enumerate(names):
        cx = x + i * 90
        out.append(f'<rect x="{_num(cx)}" y="{_num(y)}" width="10" height="10" fill="{esc(colors.get(name, "#999"))}"/>'
                   f'<text x="{_num(cx + 14)}" y="{_num(y + 9)}" font-size="11">{esc(name)}</text>')
    return out


def stacked_bars(categories: Sequence[str], series: Mapping[str, Sequence[float]], *, colors: Mapping[str, str],
                 width: int = 760, height: int = 280, title: str = "", unit: str = "") -> str:
    """Stacked vertical bars: one bar per category (e.g. month), one colour per series (e.g. side)."""
    totals = [sum(series[s][i] for s in series) for i in range(len(categories))]
    if not categories or not any(totals):
        return _empty(width, height, title, "No figures to chart for this selection")
    left, right, top, bottom = 56, 12, 28, 48
    plot_w, plot_h = width - left - right, height - top - bottom
    step = nice_step(max(totals), 4)
    ymax = step * math.ceil(max(totals) / step)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" '
           f'height="{height}" role="img" aria-label="{esc(title)}" {FONT} font-size="11">',
           f'<title>{esc(title)}</title>']
    ticks = int(round(ymax / step))
    for t in range(ticks + 1):
        v = t * step
        y = top + plot_h - plot_h * v / ymax
        out.append(f'<line x1="{left}" x2="{width - right}" y1="{_num(y)}" y2="{_num(y)}" stroke="#e5e5e5"/>'
                   f'<text x="{left - 6}" y="{_num(y + 4)}" text-anchor="end" fill="#555">{_fmt(v)}</text>')
    band = plot_w / len(categories)
    bar = max(2.0, min(48.0, band * 0.7))
    label_every = max(1, math.ceil(len(categories) / 12))
    for i, cat in enumerate(categories):
        x = left + band * i + (band - bar) / 2
        y = top + plot_h
        for name, values in series.items():
            v = values[i]
            if not v:
                continue
            h = plot_h * v / ymax
            y -= h
            out.append(f'<rect x="{_num(x)}" y="{_num(y)}" width="{_num(bar)}" height="{_num(h)}" '
                       f'fill="{esc(colors.get(name, "#999"))}"><title>{esc(cat)} · {esc(name)}: '
                       f'{_fmt(v)} {esc(unit)}</title></rect>')
        if i % label_every == 0:
            out.append(f'<text x="{_num(left + band * i + band / 2)}" y="{top + plot_h + 16}" text-anchor="middle" '
                       f'fill="#555">{esc(cat)}</text>')
    out.append(f'<line x1="{left}" x2="{width - right}" y1="{top + plot_h}" y2="{top + plot_h}" stroke="#888"/>')
    out.extend(_legend(list(series), colors, left, height - 16))
    if unit:
        out.append(f'<text x="{left}" y="16" fill="#555">{esc(unit)}</text>')
    out.append("</svg>")
    return "".join(out)


def _day(iso: str) -> float:
    try:
        return float(dt.date.fromisoformat(iso[:10]).toordinal())
    except ValueError:
        return 0.0


def line_chart(series: Mapping[str, Sequence[tuple[str, float]]], *, colors: Mapping[str, str], width: int = 760,
               height: int = 260, title: str = "", unit: str = "") -> str:
    """Lines with dots over dates (ISO strings): one line per series; a single point is a dot."""
    points = [(name, _day(d), v) for name, pts in series.items() for d, v in pts if d and v is not None]
    if not points:
        return _empty(width, height, title, "No dated figures to chart for this selection")
    left, right, top, bottom = 64, 16, 28, 48
    plot_w, plot_h = width - left - right, height - top - bottom
    x0, x1 = min(p[1] for p in points), max(p[1] for p in points)
    if x1 - x0 < 1:
        x0, x1 = x0 - 15, x1 + 15
    vmax = max(p[2] for p in points) or 1
    step = nice_step(vmax, 4)
    ymax = step * math.ceil(vmax / step)

    def sx(d: float) -> float:
        return left + plot_w * (d - x0) / (x1 - x0)

    def sy(v: float) -> float:
        return top + plot_h - plot_h * v / ymax

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" '
           f'height="{height}" role="img" aria-label="{esc(title)}" {FONT} font-size="11">',
           f'<title>{esc(title)}</title>']
    for t in range(int(round(ymax / step)) + 1):
        v = t * step
        out.append(f'<line x1="{left}" x2="{width - right}" y1="{_num(sy(v))}" y2="{_num(sy(v))}" stroke="#e5e5e5"/>'
                   f'<text x="{left - 6}" y="{_num(sy(v) + 4)}" text-anchor="end" fill="#555">{_fmt(v)}</text>')
    for d in (x0, (x0 + x1) / 2, x1):
        label = dt.date.fromordinal(int(d)).isoformat()
        out.append(f'<text x="{_num(sx(d))}" y="{top + plot_h + 16}" text-anchor="middle" fill="#555">{label}</text>')
    for name, pts in series.items():
        xy = sorted((_day(d), v) for d, v in pts if d and v is not None)
        color = esc(colors.get(name, "#999"))
        if len(xy) > 1:
            path = " ".join(f"{_num(sx(x))},{_num(sy(y))}" for x, y in xy)
            out.append(f'<polyline points="{path}" fill="none" stroke="{color}" stroke-width="2"/>')
        for day, value in sorted(((d, v) for d, v in pts if d and v is not None), key=lambda p: _day(p[0])):
            out.append(f'<circle cx="{_num(sx(_day(day)))}" cy="{_num(sy(value))}" r="4" fill="{color}"><title>'
                       f'{esc(name)} {esc(day)}: {_fmt(value)} {esc(unit)}</title></circle>')
    out.append(f'<line x1="{left}" x2="{width - right}" y1="{top + plot_h}" y2="{top + plot_h}" stroke="#888"/>')
    out.extend(_legend(list(series), colors, left, height - 16))
    if unit:
        out.append(f'<text x="{left}" y="16" fill="#555">{esc(unit)}</text>')
    out.append("</svg>")
    return "".join(out)


def fit_frame(points: Sequence[tuple[float, float]], width: int, height: int,
              pad: float = 24) -> tuple[tuple[float, float, float, float], Any]:
    """Bounds (lon0, lat0, lon1, lat1) around the points (at least 2° across, 12 % margin) and a
    projection ``(lat, lon) -> (x, y)`` that fits them into width × height, equal scale at the middle latitude."""
    lats = [p[0] for p in points]
    lons = [p[1] for p in points]
    lat0, lat1, lon0, lon1 = min(lats), max(lats), min(lons), max(lons)
    mid = (lat0 + lat1) / 2
    k = max(0.2, math.cos(math.radians(mid)))
    span_lat = max(lat1 - lat0, 2.0) * 1.24
    span_lon = max(lon1 - lon0, 2.0) * 1.24
    # widen one axis so the frame has the canvas' aspect
    inner_w, inner_h = width - 2 * pad, height - 2 * pad
    if span_lon * k / span_lat < inner_w / inner_h:
        span_lon = span_lat * inner_w / inner_h / k
    else:
        span_lat = span_lon * k * inner_h / inner_w
    clat, clon = mid, (lon0 + lon1) / 2
    b = (clon - span_lon / 2, max(-90.0, clat - span_lat / 2), clon + span_lon / 2, min(90.0, clat + span_lat / 2))
    scale = inner_w / span_lon

    def project(lat: float, lon: float) -> tuple[float, float]:
        return pad + (lon - b[0]) * scale, pad + (clat + span_lat / 2 - lat) * scale / k

    return b, project


def _outlines(bbox: tuple[float, float, float, float], project: Any, width: int, height: int) -> list[str]:
    """Country and governorate outlines under the events, from the package's own data (offline)."""
    from tolltrack.report.outlines import load_outlines, to_svg_paths

    def xy(lon: float, lat: float) -> tuple[float, float]:
        return project(lat, lon)

    data = load_outlines()
    out = [f'<clipPath id="map-frame"><rect width="{width}" height="{height}"/></clipPath>',
           '<g clip-path="url(#map-frame)">']
    for d in to_svg_paths(data.countries_in(bbox), xy):
        if d:
            out.append(f'<path d="{d}" fill="#e9edf1" stroke="#9aa5b1" stroke-width="0.8" fill-rule="evenodd"/>')
    for d in to_svg_paths(data.admin1_in(bbox), xy):
        if d:
            out.append(f'<path d="{d}" fill="none" stroke="#c2cad3" stroke-width="0.5" stroke-dasharray="2 2"/>')
    out.append("</g>")
    return out


def event_map(points: Sequence[Mapping[str, Any]], *, width: int = 760, height: int = 480, title: str = "",
              labels: int = 24) -> str:
    """Events as circles (area ∝ fatalities, colour = perpetrator side) on a fitted lat/lon frame with a
    graticule; the ``labels`` largest are named. A point is a mapping with lat, lon, best, color, label,
    and optionally ``href`` (an in-page anchor such as ``#event-3``) and ``tip``."""
    pts = [p for p in points if p.get("lat") is not None and p.get("lon") is not None]
    if not pts:
        return _empty(width, height, title, "No events with coordinates in this selection")
    (lon0, lat0, lon1, lat1), project = fit_frame([(p["lat"], p["lon"]) for p in pts], width, height)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" '
           f'height="{height}" role="img" aria-label="{esc(title)}" {FONT} font-size="11">',
           f'<title>{esc(title)}</title><rect width="{width}" height="{height}" fill="#f4f7fa" stroke="#ccd"/>']
    out.extend(_outlines((lon0, lat0, lon1, lat1), project, width, height))
    step = nice_step(max(lon1 - lon0, lat1 - lat0), 6)
    lon = math.ceil(lon0 / step) * step
    while lon <= lon1:
        x, _ = project(lat0, lon)
        out.append(f'<line x1="{_num(x)}" x2="{_num(x)}" y1="0" y2="{height}" stroke="#dde3ea"/>'
                   f'<text x="{_num(x + 2)}" y="{height - 4}" fill="#8a94a0" font-size="10">{_num(lon)}°'
                   f'{"E" if lon >= 0 else "W"}</text>')
        lon += step
    lat = math.ceil(lat0 / step) * step
    while lat <= lat1:
        _, y = project(lat, lon0)
        out.append(f'<line x1="0" x2="{width}" y1="{_num(y)}" y2="{_num(y)}" stroke="#dde3ea"/>'
                   f'<text x="3" y="{_num(y - 2)}" fill="#8a94a0" font-size="10">{_num(abs(lat))}°'
                   f'{"N" if lat >= 0 else "S"}</text>')
        lat += step
    biggest = max(float(p.get("best") or 0) for p in pts) or 1.0
    ordered = sorted(pts, key=lambda p: -(p.get("best") or 0))
    for p in ordered:  # largest first, so small circles stay on top
        x, y = project(p["lat"], p["lon"])
        r = 3 + 22 * math.sqrt(float(p.get("best") or 0) / biggest)
        circle = (f'<circle cx="{_num(x)}" cy="{_num(y)}" r="{_num(r)}" fill="{esc(p.get("color", "#999"))}" '
                  f'fill-opacity="0.7" stroke="#333" stroke-width="0.6"><title>{esc(p.get("tip") or p.get("label"))}'
                  '</title></circle>')
        href = p.get("href")
        out.append(f'<a href="{esc(href)}">{circle}</a>' if href else circle)
    for p in ordered[:labels]:
        if not p.get("label"):
            continue
        x, y = project(p["lat"], p["lon"])
        r = 3 + 22 * math.sqrt(float(p.get("best") or 0) / biggest)
        out.append(f'<text x="{_num(x + r + 3)}" y="{_num(y + 4)}" fill="#223" stroke="#f4f7fa" stroke-width="3" '
                   f'paint-order="stroke">{esc(p["label"])}</text>')
    out.append("</svg>")
    return "".join(out)
