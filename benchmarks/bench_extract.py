"""Benchmark tolltrack extraction on one core: start-up, throughput and peak memory.

    .venv/bin/python benchmarks/bench_extract.py [-n 2000] [--seed 1] [--docs PATH] [--json PATH]

(a) start-up: wall time of ``tolltrack extract`` on a one-line input, as a subprocess
    (interpreter, imports, lexicons and gazetteer), median of 5 runs after one warm-up;
(b) throughput: documents per second of ``tolltrack.extract_document`` after warm-up, over
    generated reports of 1-5 kB (``gen_reports.py``, seeded) and, with ``--docs``, over the
    reports of a JSON Lines file as well;
(c) stages: milliseconds a document in each pipeline component (``requires``/``assigns`` order),
    over the same generated reports, to show where the time goes;
(d) peak memory: ``ru_maxrss`` of this process after the throughput runs.

The process pins itself (and its subprocesses) to one CPU, so the figures are per core.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen_reports import generate  # noqa: E402

import tolltrack  # noqa: E402
from tolltrack.extract import Pipeline  # noqa: E402
from tolltrack.extract.state import DocState  # noqa: E402
from tolltrack.model import Document  # noqa: E402

TARGETS = {"startup_s": 1.5, "docs_per_s": 300.0, "peak_mb": 500.0}
ONE_LINE = {"id": "one", "published": "2024-03-05",
            "text": "At least 12 civilians were killed in an air strike on Idlib on Tuesday, "
                    "the monitor said."}


def pin(cpu: int | None) -> int | None:
    """Run on one CPU from here on (children inherit it); return the CPU or None."""
    if cpu is None or not hasattr(os, "sched_setaffinity"):
        return None
    os.sched_setaffinity(0, {cpu})
    return cpu


def tolltrack_command() -> list[str]:
    script = Path(sys.executable).with_name("tolltrack")
    if script.exists():
        return [str(script)]
    found = shutil.which("tolltrack")
    return [found] if found else [sys.executable, "-m", "tolltrack.cli"]


def run_once(cmd: list[str], path: Path, env: dict[str, str] | None = None) -> float:
    t0 = time.perf_counter()
    proc = subprocess.run([*cmd, "extract", str(path)], capture_output=True, check=False, env=env)
    elapsed = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"start-up run failed ({proc.returncode}): "
                         f"{proc.stderr.decode(errors='replace')}")
    return elapsed


def first_run() -> float:
    """One run with an empty ``$TOLLTRACK_HOME``: the gazetteer is built from scratch."""
    cmd = tolltrack_command()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "one.jsonl"
        path.write_text(json.dumps(ONE_LINE) + "\n", encoding="utf-8")
        return run_once(cmd, path, {**os.environ, "TOLLTRACK_HOME": str(Path(tmp) / "home")})


def startup(runs: int = 5) -> dict[str, Any]:
    cmd = tolltrack_command()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "one.jsonl"
        path.write_text(json.dumps(ONE_LINE) + "\n", encoding="utf-8")
        # the first run warms the page cache (and builds the gazetteer if there is none yet)
        times = [run_once(cmd, path) for _ in range(runs + 1)][1:]
    return {"command": " ".join([Path(cmd[0]).name, *cmd[1:], "extract", "one.jsonl"]),
            "runs": runs, "median_s": statistics.median(times), "min_s": min(times),
            "max_s": max(times)}


def throughput(docs: list[Document], warmup: list[Document]) -> dict[str, Any]:
    for doc in warmup:  # loads lexicons, the gazetteer and spaCy's tokenizer; not timed
        tolltrack.extract_document(doc)
    per_doc = []
    errors = claims = 0
    t0 = time.perf_counter()
    for doc in docs:
        s = time.perf_counter()
        result = tolltrack.extract_document(doc)
        per_doc.append(time.perf_counter() - s)
        errors += result.error is not None
        claims += len(result.casualties) + len(result.control)
    elapsed = time.perf_counter() - t0
    sizes = [len(d.text.encode("utf-8")) for d in docs]
    per_doc.sort()
    return {
        "docs": len(docs), "seconds": elapsed, "docs_per_s": len(docs) / elapsed,
        "kb_per_s": sum(sizes) / 1000 / elapsed, "mean_kb": statistics.mean(sizes) / 1000,
        "min_kb": min(sizes) / 1000, "max_kb": max(sizes) / 1000,
        "p50_ms": 1000 * per_doc[len(per_doc) // 2],
        "p95_ms": 1000 * per_doc[int(len(per_doc) * 0.95)], "max_ms": 1000 * per_doc[-1],
        "claims": claims, "errors": errors,
    }


def stages(docs: list[Document]) -> dict[str, float]:
    """Milliseconds a document spent in each component, in pipeline order."""
    pipeline = Pipeline()
    pipeline(docs[0])  # loads what the components load lazily; not timed
    spent = dict.fromkeys(pipeline.names, 0.0)
    for doc in docs:
        state = DocState(doc)
        for component in pipeline.components:
            t0 = time.perf_counter()
            component(state)
            spent[component.name] += time.perf_counter() - t0
    return {name: 1000 * s / len(docs) for name, s in spent.items()}


def read_docs(path: str) -> list[Document]:
    docs = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                obj = json.loads(line)
                docs.append(Document(id=str(obj.get("id", n)), text=obj["text"],
                                     published=obj.get("published"), title=obj.get("title")))
    return docs


def peak_mb() -> float:
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kilobytes on Linux
    return kb / 1024 if sys.platform != "darwin" else kb / 1024 / 1024


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=2000, help="generated reports to time (default 2000)")
    ap.add_argument("--seed", type=int, default=1, help="generator seed (default 1)")
    ap.add_argument("--docs", metavar="PATH", help="also time the reports of this JSONL file")
    ap.add_argument("--cpu", type=int, default=0, help="CPU to pin to (default 0; -1: no pinning)")
    ap.add_argument("--startup-runs", type=int, default=5)
    ap.add_argument("--cold", action="store_true",
                    help="also time one first run that builds the gazetteer from scratch")
    ap.add_argument("--json", metavar="PATH", help="write the figures as JSON here too")
    args = ap.parse_args(argv)

    cpu = pin(args.cpu if args.cpu >= 0 else None)
    out: dict[str, Any] = {
        "machine": {"python": platform.python_version(), "platform": platform.platform(),
                    "processor": platform.processor() or platform.machine(),
                    "nproc": os.cpu_count(), "pinned_cpu": cpu},
        "tolltrack": tolltrack.__version__, "targets": TARGETS,
    }
    out["startup"] = startup(args.startup_runs)
    if args.cold:
        out["startup"]["first_run_s"] = first_run()
    generated = [Document(id=d["id"], text=d["text"], published=d["published"], title=d["title"])
                 for d in generate(args.n + 50, args.seed)]
    warm, timed = generated[:50], generated[50:]  # warm-up reports are not timed
    out["throughput"] = {"seed": args.seed, **throughput(timed, warmup=warm)}
    out["stages_ms"] = stages(timed)
    if args.docs:  # a small file is gone through several times, to time at least -n documents
        real = read_docs(args.docs)
        passes = max(1, -(-args.n // max(1, len(real))))
        out["docs_file"] = {"path": args.docs, "passes": passes,
                            **throughput(real * passes, warmup=real[:50])}
    out["peak_mb"] = peak_mb()
    t = out["throughput"]
    out["met"] = {"startup_s": out["startup"]["median_s"] <= TARGETS["startup_s"],
                  "docs_per_s": t["docs_per_s"] >= TARGETS["docs_per_s"],
                  "peak_mb": out["peak_mb"] <= TARGETS["peak_mb"]}

    print(report(out))
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    return 0


def report(out: dict[str, Any]) -> str:
    m, s, t, met = out["machine"], out["startup"], out["throughput"], out["met"]
    ok = {True: "met", False: "NOT met"}
    rows = [
        (f"start-up (median of {s['runs']})", f"{s['median_s']:.2f} s",
         f"<= {TARGETS['startup_s']} s", ok[met["startup_s"]]),
        (f"throughput ({t['docs']} generated, {t['min_kb']:.1f}-{t['max_kb']:.1f} kB)",
         f"{t['docs_per_s']:.0f} docs/s", f">= {TARGETS['docs_per_s']:.0f} docs/s",
         ok[met["docs_per_s"]]),
        ("peak memory (ru_maxrss)", f"{out['peak_mb']:.0f} MB", f"<= {TARGETS['peak_mb']:.0f} MB",
         ok[met["peak_mb"]]),
    ]
    if "docs_file" in out:
        d = out["docs_file"]
        rows.insert(2, (f"throughput (--docs: {d['docs'] // d['passes']} x {d['passes']}, "
                        f"mean {d['mean_kb']:.1f} kB)",
                        f"{d['docs_per_s']:.0f} docs/s", "", ""))
    width = max(len(r[0]) for r in rows)
    lines = [f"tolltrack {out['tolltrack']}, Python {m['python']}, {m['nproc']} CPU(s), "
             f"pinned to CPU {m['pinned_cpu']}",
             f"{'figure':<{width}}  {'measured':>14}  {'target':>16}  result"]
    lines += [f"{a:<{width}}  {b:>14}  {c:>16}  {d}" for a, b, c, d in rows]
    lines.append(f"throughput detail: {t['kb_per_s']:.0f} kB/s, per document p50 "
                 f"{t['p50_ms']:.1f} ms, p95 {t['p95_ms']:.1f} ms, max {t['max_ms']:.1f} ms; "
                 f"{t['claims']} claims, {t['errors']} errors")
    lines.append("stages, ms a document: " + ", ".join(f"{k} {v:.2f}" for k, v in out["stages_ms"].items()))
    lines.append(f"start-up range: {s['min_s']:.2f}-{s['max_s']:.2f} s ({s['command']})")
    if "first_run_s" in s:
        lines.append(f"first run ever (builds the gazetteer cache): {s['first_run_s']:.1f} s")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
