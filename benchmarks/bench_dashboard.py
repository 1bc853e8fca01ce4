"""Dashboard and API speed on a generated store of 50,000 events (issue 6's figures).

    .venv/bin/python benchmarks/bench_dashboard.py                    # 50,000 events, about a minute
    .venv/bin/python benchmarks/bench_dashboard.py --events 5000 --db /tmp/small.db --json /tmp/dash.json
    .venv/bin/python benchmarks/bench_dashboard.py --db /tmp/dash.db --keep   # reuse the store next time

The store is written straight through SQL in the store's own layout (documents, actors, places, claims,
claim_places, events, event_claims, event_fatalities; as ``Store.write`` and ``build_events`` leave them),
seeded, so that nothing is extracted: incidents from several outlets (a fifth of the events reported by
two), in six countries' first-level divisions, over six years, plus a monitor's monthly running tallies
and yearly breakdowns by victim side (tally claims with parts). Then ``tolltrack serve`` is started on
127.0.0.1 in a subprocess and timed from outside, over HTTP with keep-alive:

* first render (API): the page, its script and stylesheet, ``/api/facets``, then the four calls the
  dashboard makes at once (``map``, ``timeline``, ``events``, ``tally``), wall time until the last returns;
* filter (API): those four calls for a changed filter (side, governorate, dates, status, source);
* tally p95: ``/api/tally?by=admin1&side=GOV&since=...`` with a different ``since`` each time;
* in headless Chromium (when ``/usr/bin/chromium``, ``/usr/bin/chromedriver`` and Selenium are there):
  navigation start to the map, table and headline drawn, and a filter change to the redraw, as seen by
  a ``MutationObserver`` in the page.

Targets: first render ≤ 1.5 s, filter ≤ 200 ms, tally p95 ≤ 100 ms.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import hashlib
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx

from tolltrack.store import open_store

# --- the generated store ---------------------------------------------------------------------

COUNTRIES = {  # country: [(admin1, lat, lon)] centres; places are scattered around them
    "SY": [("Aleppo", 36.2, 37.2), ("Idlib", 35.9, 36.6), ("Homs", 34.7, 37.5), ("Hama", 35.1, 36.8),
           ("Deir ez-Zor", 35.3, 40.1), ("Raqqa", 35.9, 38.9), ("Hasakah", 36.5, 40.8), ("Damascus", 33.5, 36.3),
           ("Rif Dimashq", 33.6, 36.6), ("Daraa", 32.6, 36.1), ("Latakia", 35.5, 35.8), ("Suwayda", 32.7, 36.6)],
    "IQ": [("Nineveh", 36.3, 43.1), ("Anbar", 33.4, 42.0), ("Salah ad-Din", 34.5, 43.6), ("Diyala", 33.8, 45.0)],
    "UA": [("Donetsk", 48.0, 37.8), ("Kharkiv", 49.9, 36.3), ("Zaporizhzhia", 47.8, 35.2), ("Kherson", 46.6, 32.6)],
    "NG": [("Borno", 11.8, 13.1), ("Yobe", 12.3, 11.4), ("Adamawa", 9.3, 12.4)],
    "YE": [("Marib", 15.5, 45.3), ("Taiz", 13.6, 44.0), ("Hodeidah", 14.8, 42.9)],
    "SO": [("Banaadir", 2.0, 45.3), ("Lower Shabelle", 1.9, 44.6)],
}
PERPETRATORS = [  # side, name, weight
    ("GOV", "Government forces", 8), ("RUS", "Russian forces", 6), ("ISIS", "Islamic State", 5),
    ("HTS", "Hay'at Tahrir al-Sham", 2), ("SDF", "Syrian Democratic Forces", 2), ("TUR", "Turkish forces", 2),
    ("OPP", "Opposition factions", 3), ("UA", "Ukrainian forces", 3), ("JIH", "Boko Haram", 3),
    ("COAL", "Coalition forces", 1), ("UNK", "Unknown gunmen", 3),
]
VICTIMS = [("CIV", "Civilians", 6), ("GOV", "Government soldiers", 3), ("OPP", "Opposition fighters", 2),
           ("ISIS", "Islamic State fighters", 1), ("SDF", "SDF fighters", 1)]
OUTLETS = ["monitor-a.example", "monitor-b.example", "wire-c.example", "daily-d.example", "bulletin-e.example",
           "radio-f.example", "agency-g.example", "network-h.example"]
START = dt.date(2019, 1, 1)
DAYS = 6 * 365
WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine"}


def _pick(rng: random.Random, table: list[tuple[Any, ...]]) -> tuple[Any, ...]:
    return rng.choices(table, weights=[t[-1] for t in table])[0]


def generate_store(path: Path, events: int = 50_000, seed: int = 1) -> dict[str, int]:
    """Write a store of ``events`` events at ``path`` (a new SQLite file); what was written, counted."""
    rng = random.Random(seed)
    stamp = "2026-11-25T00:00:00Z"
    with open_store(path) as store:
        db = store.db
        actors: dict[tuple[str, str], int] = {}
        for side, name, *_ in [*PERPETRATORS, *VICTIMS, ("MIX", "People")]:
            actors.setdefault((side, name), len(actors) + 1)
        places: list[tuple[Any, ...]] = []  # id, name, admin1, country, lat, lon
        for country, divisions in COUNTRIES.items():
            for admin1, lat, lon in divisions:
                for k in range(40):
                    places.append((len(places) + 1, f"{admin1} place {k + 1}", admin1, country,
                                   round(lat + rng.uniform(-0.8, 0.8), 4), round(lon + rng.uniform(-0.8, 0.8), 4)))
        docs: list[tuple[Any, ...]] = []
        claims: list[tuple[Any, ...]] = []
        claim_places: list[tuple[Any, ...]] = []
        event_rows: list[tuple[Any, ...]] = []
        links: list[tuple[int, int, str]] = []
        fatal: list[tuple[Any, ...]] = []

        def document(day: dt.date, outlet: str, sentences: list[str], title: str) -> tuple[int, list[int]]:
            """A document of sentences; its id and each sentence's start offset."""
            starts, at = [], 0
            for s in sentences:
                starts.append(at)
                at += len(s) + 1
            text = " ".join(sentences)
            doc_id = len(docs) + 1
            docs.append((doc_id, f"gen-{doc_id}", f"https://{outlet}/{doc_id}", outlet, title, day.isoformat(),
                         hashlib.sha256(text.encode()).hexdigest(), "bench", stamp, None, text))
            return doc_id, starts

        def claim(doc_id: int, seq: int, start: int, status: str, best: int, victim: tuple[Any, ...],
                  perp: tuple[Any, ...] | None, admin1: str | None, country: str | None, period: tuple[str, str],
                  aggregate: bool, reporter: str, evidence: str, sentence: str, parent: int | None = None) -> int:
            cid = len(claims) + 1
            at = start + sentence.index(evidence)
            low = best if rng.random() < 0.8 else max(1, best * 3 // 4)
            claims.append((cid, doc_id, seq, status, best, "exact" if low == best else "at_least", None, "[]",
                           low, best, best, victim[0], victim[1], actors[(victim[0], victim[1])],
                           perp[0] if perp else None, perp[1] if perp else None,
                           actors[(perp[0], perp[1])] if perp else None, admin1,
                           json.dumps([admin1] if admin1 else []), country, period[0], period[1], aggregate, None,
                           parent, reporter, at, at + len(evidence), evidence, start, start + len(sentence),
                           sentence))
            return cid

        for eid in range(1, events + 1):
            day = START + dt.timedelta(days=rng.randrange(DAYS))
            country = rng.choices(list(COUNTRIES), weights=[8, 2, 4, 2, 1, 1])[0]
            pid, pname, admin1, _, lat, lon = rng.choice([p for p in places if p[3] == country])
            perp = _pick(rng, PERPETRATORS)
            victim = _pick(rng, VICTIMS)
            killed = min(400, int(rng.paretovariate(1.3)))
            injured = int(killed * rng.uniform(0, 3)) if rng.random() < 0.5 else 0
            sources = 2 if rng.random() < 0.2 else 1
            figures = []
            for k in range(sources):
                outlet = rng.choice(OUTLETS)
                best = killed if k == 0 else max(1, killed + rng.randint(-2, 3))
                number = WORDS.get(best, str(best))
                evidence = f"{number} {victim[1].lower()} were killed"
                sentence = (f"On {day:%B} {day.day}, {evidence} in {pname} ({admin1}) in an attack by "
                            f"{perp[1]}, {outlet} reported.")
                parts = [sentence]
                if injured:
                    parts.append(f"At least {injured} others were wounded in {pname}.")
                published = day + dt.timedelta(days=rng.randint(0, 2))
                doc_id, starts = document(published, outlet, parts, f"{best} killed in {pname}")
                period = (day.isoformat(), day.isoformat())
                cid = claim(doc_id, 0, starts[0], "killed", best, victim, perp, admin1, country, period, False,
                            outlet.split(".")[0], evidence, sentence)
                links.append((eid, cid, "incident"))
                claim_places.append((cid, 0, pid, pname, pname, admin1, None, country, lat, lon, "exact", None))
                figures.append(best)
                if injured and k == 0:
                    ev2 = f"At least {injured} others were wounded"
                    c2 = claim(doc_id, 1, starts[1], "injured", injured, ("CIV", "Civilians"), perp, admin1, country,
                               period, False, outlet.split(".")[0], ev2, parts[1])
                    links.append((eid, c2, "incident"))
                    claim_places.append((c2, 0, pid, pname, pname, admin1, None, country, lat, lon, "exact", None))
            low, best, high = min(figures), max(figures), max(figures)
            fatal.append((eid, "killed", victim[0], low, best, high, sources))
            if injured:
                fatal.append((eid, "injured", "CIV", injured, injured, injured, 1))
            event_rows.append((eid, "Explosions/Remote violence" if rng.random() < 0.6 else "Battles",
                               "Air/drone strike", day.isoformat(), day.isoformat(), 1, country, admin1, None, pname,
                               pid, lat, lon, "exact", actors[(perp[0], perp[1])],
                               actors[(victim[0], victim[1])], low, best, high, sources, sentence[:200], stamp,
                               stamp))

        # a monitor's running monthly tallies for Syria, and a yearly breakdown by victim side with its parts
        monitor = "monitor-a.example"
        for year in range(START.year, START.year + 6):
            for month in range(1, 13):
                first = dt.date(year, month, 1)
                last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
                for week in range(4):  # the tally grows through the month: one series, latest counted
                    upto = min(last, first + dt.timedelta(days=7 * week + 6))
                    total = 900 + 40 * week + rng.randint(0, 30)
                    evidence = f"{total} people were killed"
                    sentence = f"Since the start of {first:%B %Y}, {evidence} across Syria."
                    doc_id, starts = document(upto, monitor, [sentence], f"{first:%B %Y} toll")
                    claim(doc_id, 0, starts[0], "killed", total, ("MIX", "People"), None, None, "SY",
                          (first.isoformat(), upto.isoformat()), True, "monitor-a", evidence, sentence)
            sides = [("CIV", "Civilians", 4200), ("GOV", "Government soldiers", 3100), ("OPP", "Opposition fighters",
                                                                                      1900)]
            total = sum(s[2] for s in sides) + 500
            head = f"{total} people were killed"
            sentences = [f"In {year}, {head} in Syria, according to the monitor.",
                         *[f"They include {n} {name.lower()}." for _, name, n in sides]]
            doc_id, starts = document(dt.date(year, 12, 31), monitor, sentences, f"{year} in numbers")
            period = (f"{year}-01-01", f"{year}-12-31")
            parent = claim(doc_id, 0, starts[0], "killed", total, ("MIX", "People"), None, None, "SY", period, True,
                           "monitor-a", head, sentences[0])
            for k, (side, name, n) in enumerate(sides, start=1):
                ev = f"{n} {name.lower()}"
                claim(doc_id, k, starts[k], "killed", n, (side, name), None, None, "SY", period, True, "monitor-a",
                      ev, sentences[k], parent=parent)

        with store.transaction():
            db.executemany("INSERT INTO actors (id, side, name, category) VALUES (?, ?, ?, NULL)",
                           [(i, s, n) for (s, n), i in actors.items()])
            db.executemany("INSERT INTO places (id, place_key, name, canonical, admin1, admin2, country, lat, lon, "
                           "precision, gazetteer_id) VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?, 'exact', NULL)",
                           [(p[0], f"name:{p[3]}:{p[2]}:{p[1].lower()}", p[1], p[1], p[2], p[3], p[4], p[5])
                            for p in places])
            db.executemany("INSERT INTO documents (id, doc_key, url, outlet, title, published, content_hash, source, "
                           "ingested_at, warnings, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", docs)
            db.executemany("INSERT INTO claims (id, document_id, seq, status, count_value, qualifier, vague, "
                           "alt_counts, low, best, high, victim_side, victim_name, victim_actor_id, perpetrator_side, "
                           "perpetrator_name, perpetrator_actor_id, admin1, admin1_all, country, period_start, "
                           "period_end, is_aggregate, parent_seq, parent_id, reported_by, evidence_start, "
                           "evidence_end, evidence_text, sentence_start, sentence_end, sentence_text) VALUES "
                           f"({', '.join('?' * 32)})", claims)
            db.executemany("INSERT INTO claim_places (claim_id, seq, place_id, name, canonical, admin1, admin2, "
                           "country, lat, lon, precision, gazetteer_id) VALUES "
                           f"({', '.join('?' * 12)})", claim_places)
            db.executemany("INSERT INTO events (id, event_type, sub_event_type, date_start, date_end, time_precision, "
                           "country, admin1, admin2, location, place_id, lat, lon, geo_precision, actor1_id, "
                           "actor2_id, fatalities_low, fatalities_best, fatalities_high, source_count, notes, "
                           f"created_at, updated_at) VALUES ({', '.join('?' * 23)})", event_rows)
            db.executemany("INSERT INTO event_claims (event_id, claim_id, role) VALUES (?, ?, ?)", links)
            db.executemany("INSERT INTO event_fatalities (event_id, status, side, low, best, high, sources) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?)", fatal)
        store.db.execute("ANALYZE")
        return store.counts()


# --- measuring -------------------------------------------------------------------------------

TARGETS = {"first_render_s": 1.5, "filter_s": 0.2, "tally_p95_s": 0.1}
# filter changes, as the dashboard's form holds them (name -> value)
FILTERS: list[dict[str, str]] = [
    {"side": "GOV"}, {"admin1": "Aleppo"}, {"since": "2022-01-01", "until": "2022-12-31"}, {"status": "injured"},
    {"source": "monitor-b.example"}, {"actor": "islamic"}, {"side": "RUS", "admin1": "Idlib", "since": "2020-01-01"},
    {"since": "2023-03-01", "until": "2023-03-31"},
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def _stats(values: list[float]) -> dict[str, float]:
    return {"n": len(values), "p50": statistics.median(values), "p95": _quantile(values, 0.95), "max": max(values),
            "min": min(values)}


def dashboard_calls(form: dict[str, str], offset: int = 0) -> list[tuple[str, dict[str, str]]]:
    """The four API calls ``dashboard.js`` makes in ``refresh()`` for a filter form."""
    params = {k: v for k, v in form.items() if v}
    undated = {k: v for k, v in params.items() if k not in ("since", "until")}
    tally = {k: v for k, v in params.items() if k != "status"} | {"detail": "rows"}
    return [("/api/map", params), ("/api/timeline", undated),
            ("/api/events", params | {"limit": "50", "offset": str(offset)}), ("/api/tally", tally)]


def _get(client: httpx.Client, path: str, params: dict[str, str] | None = None) -> float:
    t = time.perf_counter()
    r = client.get(path, params=params)
    r.raise_for_status()
    _ = r.content
    return time.perf_counter() - t


def _together(client: httpx.Client, pool: ThreadPoolExecutor, calls: list[tuple[str, dict[str, str]]]) -> float:
    """Wall time of the calls made at once (as the browser's Promise.all does)."""
    t = time.perf_counter()
    for f in [pool.submit(_get, client, path, params) for path, params in calls]:
        f.result()
    return time.perf_counter() - t


def first_render_api(client: httpx.Client, pool: ThreadPoolExecutor) -> float:
    t = time.perf_counter()
    for path in ("/", "/static/dashboard.js", "/static/dashboard.css", "/api/facets"):
        _get(client, path)
    _together(client, pool, dashboard_calls({}))
    return time.perf_counter() - t


class Server:
    """``tolltrack serve`` in a subprocess on 127.0.0.1 and a free port."""

    def __init__(self, db: Path) -> None:
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        t = time.perf_counter()
        self.proc = subprocess.Popen([sys.executable, "-m", "tolltrack.cli", "serve", "--db", str(db), "--port",
                                      str(self.port)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        while True:
            try:
                with urllib.request.urlopen(self.url + "/openapi.json", timeout=2):
                    break
            except OSError:
                if self.proc.poll() is not None or time.perf_counter() - t > 120:
                    raise RuntimeError(f"tolltrack serve did not start: {self.proc.stderr.read()!r}"  # type: ignore
                                       ) from None
                time.sleep(0.05)
        self.startup_s = time.perf_counter() - t

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def measure_api(url: str, requests: int) -> dict[str, Any]:
    out: dict[str, Any] = {}
    with httpx.Client(base_url=url, timeout=60) as client, ThreadPoolExecutor(4) as pool:
        out["first_render_cold_s"] = first_render_api(client, pool)  # the first load after the server started
        out["first_render_s"] = _stats([first_render_api(client, pool) for _ in range(10)])
        per_filter: dict[str, dict[str, float]] = {}
        every: list[float] = []
        for form in FILTERS:
            _together(client, pool, dashboard_calls(form))  # uncounted: the first time this filter is asked
            times = [_together(client, pool, dashboard_calls(form)) for _ in range(5)]
            per_filter["&".join(f"{k}={v}" for k, v in form.items())] = _stats(times)
            every += times
        out["filter_s"] = _stats(every)
        out["filter_per_form_s"] = per_filter
        per_call: dict[str, list[float]] = {}
        for form in FILTERS:
            for path, params in dashboard_calls(form):
                per_call.setdefault(path, []).append(_get(client, path, params))
        out["filter_per_call_s"] = {k: _stats(v) for k, v in per_call.items()}
        months = [f"{y}-{m:02d}-01" for y in range(START.year, START.year + 6) for m in range(1, 13)]
        for detail in ("full", "rows"):
            for since in months[:3]:  # warm-up, uncounted
                _get(client, "/api/tally", {"by": "admin1", "side": "GOV", "since": since, "detail": detail})
            times = [_get(client, "/api/tally", {"by": "admin1", "side": "GOV", "since": months[i % len(months)],
                                                 "detail": detail}) for i in range(requests)]
            out[f"tally_{detail}_s"] = _stats(times)
        r = client.get("/api/tally", params={"by": "admin1", "side": "GOV", "since": "2021-01-01"})
        out["tally_full_bytes"] = len(r.content)
        out["tally_full_contributions"] = len(r.json()["contributions"])
    return out


BENCH_JS = """
window.__bench = {drawn: null, changed: null};
const ready = () => document.querySelector('#map circle.pt') && document.querySelector('#summary .card')
  && document.querySelector('#events tbody tr') && document.querySelector('#timeline rect');
new MutationObserver(() => {
  if (window.__bench.drawn === null && window.__bench.pending !== true && ready()) {
    window.__bench.pending = true;  // after the next frame is painted
    requestAnimationFrame(() => setTimeout(() => { window.__bench.drawn = performance.now(); }, 0));
  }
}).observe(document, {childList: true, subtree: true});
"""
CHANGE_JS = """
const [id, value] = arguments;
window.__bench.changed = null;
const box = document.getElementById('summary');
const t0 = performance.now();
const mo = new MutationObserver(() => {
  mo.disconnect();
  requestAnimationFrame(() => setTimeout(() => { window.__bench.changed = performance.now() - t0; }, 0));
});
mo.observe(box, {childList: true});
const el = document.getElementById(id);
el.value = value;
el.dispatchEvent(new Event('change', {bubbles: true}));
"""


def measure_browser(url: str, chromium: str, chromedriver: str) -> dict[str, Any]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as profile:
        options = webdriver.ChromeOptions()
        options.binary_location = chromium
        for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                     f"--user-data-dir={profile}", "--window-size=1400,1000"):
            options.add_argument(flag)
        driver = webdriver.Chrome(service=Service(executable_path=chromedriver), options=options)
        try:
            driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": BENCH_JS})

            def wait(expr: str) -> Any:
                deadline = time.perf_counter() + 60
                while time.perf_counter() < deadline:
                    value = driver.execute_script(f"return {expr}")
                    if value is not None:
                        return value
                    time.sleep(0.01)
                raise TimeoutError(expr)

            renders = []
            for _ in range(6):
                driver.get(url + "/")
                renders.append(wait("window.__bench.drawn") / 1000)
            out["first_render_s"] = {"first": renders[0], **_stats(renders[1:])}
            out["map_circles"] = driver.execute_script("return document.querySelectorAll('#map circle.pt').length")
            changes: list[float] = []
            per_change: dict[str, list[float]] = {}
            for _ in range(3):  # each change from the state the one before left (the last two: back to all)
                for fid, value in (("f-side", "GOV"), ("f-admin1", "Aleppo"), ("f-side", ""), ("f-status", "injured"),
                                   ("f-admin1", ""), ("f-status", ""), ("f-source", "monitor-b.example"),
                                   ("f-source", "")):
                    driver.execute_script(CHANGE_JS, fid, value)
                    changes.append(wait("window.__bench.changed") / 1000)
                    per_change.setdefault(f"{fid}={value}", []).append(changes[-1])
            out["filter_s"] = _stats(changes)
            out["filter_per_change_s"] = {k: _stats(v) for k, v in per_change.items()}
        finally:
            driver.quit()
    return out


def _machine() -> dict[str, Any]:
    cpu = ""
    with contextlib.suppress(OSError, StopIteration):
        cpu = next(line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                   if line.startswith("model name"))
    return {"cpus": os.cpu_count(), "cpu": cpu, "python": sys.version.split()[0],
            "load": os.getloadavg() if hasattr(os, "getloadavg") else None}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=50_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--db", type=Path, default=None, help="the store to write (default: a temporary file)")
    ap.add_argument("--keep", action="store_true", help="reuse --db when it exists; keep it afterwards")
    ap.add_argument("--requests", type=int, default=60, help="tally requests for the p95 (default 60)")
    ap.add_argument("--no-browser", action="store_true")
    ap.add_argument("--chromium", default="/usr/bin/chromium")
    ap.add_argument("--chromedriver", default="/usr/bin/chromedriver")
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args()
    result: dict[str, Any] = {"machine": _machine(), "events": args.events}
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "dashboard.db"
        if not (args.keep and db.exists()):
            for suffix in ("", "-wal", "-shm"):
                Path(f"{db}{suffix}").unlink(missing_ok=True)
            t = time.perf_counter()
            result["store"] = generate_store(db, args.events, args.seed)
            result["generate_s"] = time.perf_counter() - t
            print(f"store: {result['store']} in {result['generate_s']:.1f} s", file=sys.stderr)
        server = Server(db)
        try:
            result["server_startup_s"] = server.startup_s
            result["api"] = measure_api(server.url, args.requests)
            browser_ok = Path(args.chromium).is_file() and Path(args.chromedriver).is_file()
            if not args.no_browser and browser_ok:
                try:
                    result["browser"] = measure_browser(server.url, args.chromium, args.chromedriver)
                except ImportError:
                    print("selenium is not installed: no browser figures", file=sys.stderr)
        finally:
            server.stop()
            if not args.keep and args.db:
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{db}{suffix}").unlink(missing_ok=True)
    api, browser = result["api"], result.get("browser")
    rows = [
        ("server start (incl. reading the tally index)", f"{result['server_startup_s']:.2f} s", ""),
        ("first render, API: page + script + css + facets + 4 calls (cold)", f"{api['first_render_cold_s']:.3f} s",
         "≤ 1.5 s"),
        ("first render, API (median / max of 10)",
         f"{api['first_render_s']['p50']:.3f} / {api['first_render_s']['max']:.3f} s", "≤ 1.5 s"),
        ("filter, API: 4 calls at once (median / p95 / max of 40)",
         f"{api['filter_s']['p50'] * 1000:.0f} / {api['filter_s']['p95'] * 1000:.0f} / "
         f"{api['filter_s']['max'] * 1000:.0f} ms", "≤ 200 ms"),
        (f"tally by=admin1&side=GOV&since=… detail=full, p50 / p95 / max of {args.requests}",
         f"{api['tally_full_s']['p50'] * 1000:.0f} / {api['tally_full_s']['p95'] * 1000:.0f} / "
         f"{api['tally_full_s']['max'] * 1000:.0f} ms", "p95 ≤ 100 ms"),
        (f"the same, detail=rows (the dashboard's call), p50 / p95 / max of {args.requests}",
         f"{api['tally_rows_s']['p50'] * 1000:.0f} / {api['tally_rows_s']['p95'] * 1000:.0f} / "
         f"{api['tally_rows_s']['max'] * 1000:.0f} ms", ""),
    ]
    if browser:
        fr, fl = browser["first_render_s"], browser["filter_s"]
        rows += [
            ("Chromium: navigation to map, table, headline painted (first; median / max of 5 more)",
             f"{fr['first']:.3f} s; {fr['p50']:.3f} / {fr['max']:.3f} s", "≤ 1.5 s"),
            (f"Chromium: filter change to redraw painted (median / p95 / max of {fl['n']})",
             f"{fl['p50'] * 1000:.0f} / {fl['p95'] * 1000:.0f} / {fl['max'] * 1000:.0f} ms", "≤ 200 ms"),
        ]
    width = max(len(r[0]) for r in rows)
    for name, value, target in rows:
        print(f"{name:<{width}}  {value:<26} {target}")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
