"""Idempotency and crash recovery of `newsgraph ingest` on the whole shared corpus.

    python bench/resume.py [--corpus ../shared/corpora] [--kill-after 200] [--out bench/resume.md]

1. ingests every file under the corpus into a new archive, then runs the same command again;
2. ingests it into a second archive, kills that run with SIGKILL (the process and its
   workers) after ``--kill-after`` seconds, and reruns the command;
3. compares every table of the two archives row for row, and writes the figures.

A benchmark, not a test: it takes minutes. The tests check the same on a small set.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb
import psutil

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSGRAPH_SHARED", ROOT.parent / "shared"))
EXE = str(Path(sys.executable).parent / "newsgraph")


def ingest(corpus: Path, db: Path) -> tuple[str, float]:
    start = time.perf_counter()
    done = subprocess.run([EXE, "ingest", str(corpus), "--db", str(db)], capture_output=True, text=True, check=True)
    return done.stdout.splitlines()[0], time.perf_counter() - start


def killed_run(corpus: Path, db: Path, after: float) -> None:
    process = psutil.Popen([EXE, "ingest", str(corpus), "--db", str(db)],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(after)
    family = [process, *process.children(recursive=True)]
    for p in family:
        p.send_signal(signal.SIGKILL)
    psutil.wait_procs(family, timeout=30)


def rows(db: Path) -> dict[str, list[tuple[object, ...]]]:
    from newsgraph.store.tables import TABLES

    con = duckdb.connect(str(db), read_only=True)
    result = {}
    for name, table in TABLES.items():
        columns = ", ".join(f'"{c}"' for c in table.column_names)
        result[name] = con.execute(f"SELECT {columns} FROM {name} ORDER BY ALL").fetchall()
    con.close()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=SHARED / "corpora")
    parser.add_argument("--kill-after", type=float, default=200.0)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "resume.md")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        once, killed = Path(tmp) / "once.duckdb", Path(tmp) / "killed.duckdb"
        first, first_s = ingest(args.corpus, once)
        second, second_s = ingest(args.corpus, once)
        killed_run(args.corpus, killed, args.kill_after)
        mid = {name: len(r) for name, r in rows(killed).items()}
        resumed, resumed_s = ingest(args.corpus, killed)
        a, b = rows(once), rows(killed)
    lines = [
        "# Ingest twice, and kill -9 half-way: the whole shared corpus",
        "",
        f"Produced by `python bench/resume.py --kill-after {args.kill_after:g}` on {time.strftime('%Y-%m-%d')} "
        f"({os.cpu_count()} cores, all used). Input: every file under `{args.corpus.name}/` (BBC, PolNeAR, "
        "Wikinews CSV, the HTML benchmark pages, the feeds; their ground-truth JSON files and "
        "notes are read too and land in `errors`).",
        "",
        "| run | result | seconds |",
        "|---|---|---|",
        f"| first ingest | {first} | {first_s:.0f} |",
        f"| same command again | {second} | {second_s:.0f} |",
        f"| second archive, killed with SIGKILL after {args.kill_after:g} s | "
        f"{', '.join(f'{n} {name}' for name, n in mid.items())} stored | {args.kill_after:g} |",
        f"| same command after the kill | {resumed} | {resumed_s:.0f} |",
        "",
        "| table | rows, uninterrupted | rows, killed and rerun | identical row for row |",
        "|---|---|---|---|",
    ]
    for name in a:
        lines.append(f"| {name} | {len(a[name])} | {len(b[name])} | {'yes' if a[name] == b[name] else 'NO'} |")
    text = "\n".join(lines) + "\n"
    args.out.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
