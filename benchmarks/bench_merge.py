"""Time to build and merge events for N generated reports (extraction and writes not timed).

    python benchmarks/bench_merge.py -n 500 --seed 1

Reports come from ``gen_reports.py`` (invented text); they are extracted and written into a
fresh SQLite file first, then ``build_events`` is timed on all documents (a first build),
and again (a rebuild, which must change nothing).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from gen_reports import generate  # noqa: E402

import tolltrack  # noqa: E402
from tolltrack.model import Document  # noqa: E402
from tolltrack.store import open_store  # noqa: E402
from tolltrack.store.events import build_events  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=300)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp, open_store(str(Path(tmp) / "b.db")) as store:
        for d in generate(args.n, seed=args.seed):
            doc = Document(id=d["id"], text=d["text"], published=d.get("published"), outlet=d.get("outlet"))
            store.write(doc, tolltrack.extract_document(doc))
        for label in ("build", "rebuild"):
            t = time.perf_counter()
            summary = build_events(store)
            s = time.perf_counter() - t
            print(f"{label}: {args.n} documents in {s:.2f} s ({args.n / s:.0f} documents/s): {summary}")


if __name__ == "__main__":
    main()
