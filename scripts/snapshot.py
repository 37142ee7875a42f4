"""Records of a fixed set of real articles, written and compared: proof that a refactor changed
no output.

    python scripts/snapshot.py write output/snapshot-before.jsonl.gz [--workers 2]
    python scripts/snapshot.py compare output/snapshot-before.jsonl.gz output/snapshot-after.jsonl.gz

The set (450 articles, the same every run): every k-th BBC article across its five sections,
every k-th PolNeAR train/dev article, and every other Wikinews article of 2019-2020, 150 of
each, from ``../shared/corpora``. ``write`` runs the whole pipeline over them and writes one
record per line (sorted by source, keys sorted); ``compare`` says how many records differ and
shows the first differences field by field, and exits 1 if any does.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import os
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSGRAPH_SHARED", ROOT.parent / "shared"))
PER_CORPUS = 150


def inputs(folder: Path) -> list[str]:
    """The fixed article set, as paths newsgraph reads (Wikinews rows written to ``folder``)."""
    corpora = SHARED / "corpora"
    bbc = sorted((corpora / "bbc-news-2225").rglob("*.txt"))
    polnear = sorted((corpora / "polnear" / "data").rglob("text/*.txt"))
    picked = [str(p) for files in (bbc, polnear) for p in files[:: max(1, len(files) // PER_CORPUS)][:PER_CORPUS]]
    csv.field_size_limit(1 << 30)
    rows = []
    for path in sorted((corpora / "wikinews-2019-2020").glob("wikinews_*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            rows += list(csv.DictReader(handle))
    for n, row in enumerate(rows[::2][:PER_CORPUS]):
        article = folder / f"wikinews-{n:03d}.json"
        article.write_text(json.dumps({"title": row["title"], "date": row["date"], "url": row["url"],
                                       "text": row["text"]}), encoding="utf-8")
        picked.append(str(article))
    return picked


def _records(paths: list[str]) -> list[dict[str, Any]]:
    from newsgraph.errors import DocumentError
    from newsgraph.extraction import extract_many

    out = []
    for item in extract_many(paths):
        if isinstance(item, DocumentError):
            out.append({"error": {"source": item.source, "code": item.code, "reason": item.reason}})
        else:
            out.append(item.to_dict())
    return out


def _source(record: dict[str, Any]) -> str:
    source = record["error"]["source"] if "error" in record else record["article"]["source"]
    return Path(source).name if "wikinews-" in source else source


def write(out: Path, workers: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        paths = inputs(Path(tmp))
        chunks = [paths[i::workers] for i in range(workers)]
        with ProcessPoolExecutor(workers) as pool:
            records = [r for part in pool.map(_records, chunks) for r in part]
    for record in records:  # the temporary folder's name is no part of the output
        holder = record["error"] if "error" in record else record["article"]
        if "wikinews-" in holder["source"]:
            holder["source"] = Path(holder["source"]).name
    records.sort(key=_source)
    out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(out, "wt", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"{len(records)} records written to {out}")


def _load(path: Path) -> dict[str, dict[str, Any]]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return {_source(r): r for r in map(json.loads, handle)}


def compare(a: Path, b: Path, show: int = 10) -> int:
    before, after = _load(a), _load(b)
    differing = sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))
    print(f"{len(before)} / {len(after)} records; {len(differing)} differ")
    for key in differing[:show]:
        old, new = before.get(key) or {}, after.get(key) or {}
        for field in sorted(old.keys() | new.keys()):
            if old.get(field) != new.get(field):
                print(f"  {key}: {field} differs")
                if field in ("events", "quotes", "actors"):
                    o, n = old.get(field) or [], new.get(field) or []
                    print(f"    {len(o)} -> {len(n)} items; first difference:",
                          next(((x, y) for x, y in zip(o, n) if x != y), (o[len(n):][:1], n[len(o):][:1])))
    return 1 if differing else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    w = sub.add_parser("write")
    w.add_argument("out", type=Path)
    w.add_argument("--workers", type=int, default=2)
    c = sub.add_parser("compare")
    c.add_argument("a", type=Path)
    c.add_argument("b", type=Path)
    args = parser.parse_args()
    if args.command == "write":
        write(args.out, args.workers)
    else:
        sys.exit(compare(args.a, args.b))


if __name__ == "__main__":
    main()
