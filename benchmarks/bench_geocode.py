"""Benchmark the gazetteer and geocoder: open, lookups, resolves, imports, extraction cost.

    .venv/bin/python benchmarks/bench_geocode.py [--rows 2000000] [--skip-large] [--json PATH]

Runs against a temporary TOLLTRACK_HOME (the default gazetteer is built there once,
not in ~/.cache), and reports:

(a) open: wall time, in a fresh interpreter, of ``open_default_gazetteer()`` plus a first
    lookup (median of 5 processes), and the interpreter + import time around it;
(b) lookups/s: ``ChainGazetteer.lookup`` over distinct names with the memo cleared (SQLite
    work every time) and repeated (memoised, as in a document stream);
(c) resolves/s: ``Geocoder.resolve`` over the place test set's mentions, uncached;
(d) import of ../shared/data/SY_geonames_format.txt (10,338 rows; skipped when absent);
(e) import of a generated GeoNames-format file of ``--rows`` synthetic rows (written to a
    temp file line by line), in a subprocess, with its peak RSS: memory stays bounded;
(f) extraction throughput of ``tolltrack.extract_document`` over tests/golden/docs.jsonl
    with the default resolver (geocoder) vs ``Admin1Resolver`` (governorates only).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
MENTIONS = ROOT / "tests" / "places" / "mentions.jsonl"
GOLDEN = ROOT / "tests" / "golden" / "docs.jsonl"


def shared_file(name: str) -> Path | None:
    for base in (ROOT.parent / "shared", Path("/work/shared")):
        if (base / "data" / name).is_file():
            return base / "data" / name
    return None


def bench_open(home: Path) -> dict[str, float]:
    code = (
        "import time; t0 = time.perf_counter()\n"
        "from tolltrack.geocode import open_default_gazetteer\n"
        "t1 = time.perf_counter(); gz = open_default_gazetteer(); gz.lookup('Deir ez-Zor')\n"
        "t2 = time.perf_counter(); print(t1 - t0, t2 - t1)\n"
    )
    env = {**os.environ, "TOLLTRACK_HOME": str(home)}
    opens, imports, walls = [], [], []
    for _ in range(6):
        start = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
        walls.append(time.perf_counter() - start)
        imp, opened = map(float, out.stdout.split())
        imports.append(imp)
        opens.append(opened)
    return {"open_and_first_lookup_s": statistics.median(opens[1:]),
            "import_package_s": statistics.median(imports[1:]),
            "process_wall_s": statistics.median(walls[1:])}


def bench_lookups(home: Path) -> dict[str, float]:
    from tolltrack.geocode import Geocoder, open_default_gazetteer

    gz = open_default_gazetteer(home / "gazetteer.sqlite", imports=home / "imports.sqlite")
    with gz.members[0]._lock:  # distinct real names: a sample of the file's own keys
        conn = gz.members[0].open()._conn
        assert conn is not None
        names = [r[0] for r in conn.execute("SELECT name FROM entries ORDER BY random() LIMIT 20000")]
    gz.clear_cache()
    start = time.perf_counter()
    for name in names:
        gz.lookup(name, limit=30)
    uncached = len(names) / (time.perf_counter() - start)
    start = time.perf_counter()
    for _ in range(5):
        for name in names:
            gz.lookup(name, limit=30)
    cached = 5 * len(names) / (time.perf_counter() - start)

    mentions = [json.loads(line)["mention"] for line in MENTIONS.read_text("utf-8").splitlines() if line.strip()]
    phrases = mentions * 20
    gz.clear_cache()
    total, elapsed = 0, 0.0
    for _ in range(20):  # a fresh geocoder each round: nothing memoised between rounds
        gz.clear_cache()
        geo = Geocoder(gz)
        start = time.perf_counter()
        for m in mentions:
            geo.resolve(m, country="SY")
        elapsed += time.perf_counter() - start
        total += len(mentions)
    return {"lookups_per_s_uncached": uncached, "lookups_per_s_cached": cached,
            "resolves_per_s_uncached": total / elapsed, "distinct_names": len(names), "phrases": len(phrases)}


def bench_import_sy(home: Path) -> dict[str, Any]:
    from tolltrack.geocode import import_geonames

    path = shared_file("SY_geonames_format.txt")
    if path is None:
        return {"skipped": "SY_geonames_format.txt absent"}
    times = []
    for _ in range(3):
        start = time.perf_counter()
        rows = import_geonames(path, home / "imports-sy.sqlite")
        times.append(time.perf_counter() - start)
    return {"rows": rows, "import_s_median": statistics.median(times)}


def write_synthetic(path: Path, rows: int, seed: int = 1) -> None:
    """GeoNames-format rows with plausible names, alternate names and codes, streamed to disk."""
    rng = random.Random(seed)
    syll = ["al", "ba", "dar", "deir", "tal", "kafr", "ain", "abu", "um", "jab", "ra", "su", "ma", "ha", "ni", "qa",
            "zor", "mi", "run", "is", "ka", "sha", "ba", "lat", "yah", "ir"]
    codes = [f"{i:02d}" for i in range(1, 15)]
    with path.open("w", encoding="utf-8") as fh:
        for i in range(rows):
            name = "".join(rng.choice(syll) for _ in range(rng.randint(2, 4))).capitalize()
            alts = ",".join(name + suffix for suffix in ("ah", "eh", " Kabir")[: rng.randint(0, 3)])
            pop = rng.choice([0, 0, 0, 120, 3400, 25000])
            fh.write(f"{10_000_000 + i}\t{name}\t{name}\t{alts}\t{rng.uniform(32, 37):.5f}\t{rng.uniform(35, 42):.5f}"
                     f"\tP\tPPL\tSY\t\t{rng.choice(codes)}\t\t\t\t{pop}\t\t\tAsia/Damascus\t2024-01-01\n")


def bench_import_large(rows: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "synthetic.txt"
        start = time.perf_counter()
        write_synthetic(src, rows)
        gen_s = time.perf_counter() - start
        code = (
            "import sys, time\n"
            "from tolltrack.geocode import import_geonames\n"
            "t = time.perf_counter(); n = import_geonames(sys.argv[1], sys.argv[2], progress=True)\n"
            "hwm = [ln.split()[1] for ln in open('/proc/self/status') if ln.startswith('VmHWM')][0]\n"
            "print(n, time.perf_counter() - t, hwm)\n"
        )
        out = subprocess.run([sys.executable, "-c", code, str(src), str(Path(tmp) / "imports.sqlite")],
                             capture_output=True, text=True, check=True)
        n, secs, rss_kb = out.stdout.split()  # VmHWM: this process's own peak (ru_maxrss would
        # carry the parent's peak across exec on Linux)
        return {"rows": int(n), "file_mb": round(src.stat().st_size / 2**20, 1), "generate_s": round(gen_s, 1),
                "import_s": float(secs), "rows_per_s": int(n) / float(secs), "peak_rss_mb": int(rss_kb) / 1024,
                "db_mb": round((Path(tmp) / "imports.sqlite").stat().st_size / 2**20, 1)}


def bench_extract() -> dict[str, float]:
    import tolltrack
    from tolltrack.extract import Pipeline
    from tolltrack.extract.resolver import Admin1Resolver, admin1_table
    from tolltrack.model import Document

    docs = [json.loads(line) for line in GOLDEN.read_text("utf-8").splitlines() if line.strip()]
    docs = [Document(**{k: d.get(k) for k in ("id", "text", "published", "title", "url", "outlet")}) for d in docs]
    admin_only = Pipeline(resolver=Admin1Resolver(admin1_table()))

    def rate(fn: Any) -> float:
        for d in docs:  # warm-up: loads models, builds memos
            fn(d)
        best = []
        for _ in range(3):
            start = time.perf_counter()
            for _ in range(3):
                for d in docs:
                    fn(d)
            best.append(3 * len(docs) / (time.perf_counter() - start))
        return statistics.median(best)

    geo, adm = [], []
    for _ in range(2):  # interleaved, so drift hits both
        geo.append(rate(tolltrack.extract_document))
        adm.append(rate(admin_only))
    g, a = statistics.median(geo), statistics.median(adm)
    return {"docs_per_s_geocoder": g, "docs_per_s_admin1_only": a, "geocoder_cost": 1 - g / a}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=2_000_000, help="rows of the synthetic import")
    parser.add_argument("--skip-large", action="store_true", help="skip the synthetic import")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        os.environ["TOLLTRACK_HOME"] = str(home)
        from tolltrack.geocode import build_default_gazetteer

        start = time.perf_counter()
        build_default_gazetteer(home / "gazetteer.sqlite")
        results: dict[str, Any] = {
            "machine": f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
                       f"Python {platform.python_version()}",
            "build_default_s": time.perf_counter() - start,
        }
        results["open"] = bench_open(home)
        results["lookups"] = bench_lookups(home)
        results["import_sy"] = bench_import_sy(home)
        if not args.skip_large:
            results["import_large"] = bench_import_large(args.rows)
        results["extract"] = bench_extract()
    text = json.dumps(results, indent=2, default=lambda x: round(x, 4))
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    print(f"peak RSS of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB",
          file=sys.stderr)


if __name__ == "__main__":
    main()
