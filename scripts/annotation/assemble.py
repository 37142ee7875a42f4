"""Assemble an annotated corpus from its batches, and freeze a split.

    python scripts/annotation/assemble.py events                 # write every split whose batches are all done
    python scripts/annotation/assemble.py attribution --freeze test

Each split file ``data/annotations/CORPUS/{train,dev,test}.jsonl`` is the concatenation of its
batches' resolved files (``batches/NN-split.done.jsonl``, written by the corpus tool's ``check
--write``): for events in pool order, a split written only when every unit of its pool is
annotated exactly once; for attribution in batch order, after the adjudicated pilot articles of
that split. ``--freeze`` records the SHA-256 of a split in ``data/annotations/CORPUS/FROZEN``
(``tests/test_annotations_frozen.py`` fails if the file changes afterwards): a test split is
frozen before any model is trained or any rule tuned on the new data.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ANNOTATIONS = ROOT / "data" / "annotations"
SPLITS = ("train", "dev", "test")


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def assemble(corpus: Path, split: str) -> list[dict] | None:
    """The split's annotated units in order, or None while a batch is missing."""
    done: dict[str, dict] = {}
    pilot = corpus / "pilot" / "adjudicated.jsonl"
    pilot_units = [u for u in read_jsonl(pilot) if u.get("split") == split] if pilot.exists() and corpus.name == "attribution" else []
    for batch in sorted((corpus / "batches").glob(f"*-{split}.todo.jsonl")):
        resolved = batch.with_name(batch.name.replace(".todo.", ".done."))
        if not resolved.exists():
            print(f"{split}: {resolved.name} missing", file=sys.stderr)
            return None
        if len(read_jsonl(resolved)) != len(read_jsonl(batch)):
            raise SystemExit(f"{resolved.name}: not the articles of {batch.name}")
        for unit in pilot_units + read_jsonl(resolved):
            if unit["id"] in done:
                raise SystemExit(f"{unit['id']} annotated twice")
            done[unit["id"]] = unit
        pilot_units = []
    pool_file = corpus / "pool" / f"{split}.jsonl"
    if not pool_file.exists():
        return list(done.values())
    pool = [unit["id"] for unit in read_jsonl(pool_file)]
    missing = [i for i in pool if i not in done]
    if missing or len(done) != len(pool):
        raise SystemExit(f"{split}: {len(missing)} pool units not annotated, {len(done) - len(pool) + len(missing)} extra")
    return [done[i] for i in pool]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", choices=("events", "attribution"))
    parser.add_argument("--freeze", choices=SPLITS, help="record this split's hash in FROZEN")
    args = parser.parse_args()
    corpus = ANNOTATIONS / args.corpus
    frozen = corpus / "FROZEN"
    recorded = dict(line.split()[::-1] for line in frozen.read_text().splitlines() if line.strip()) if frozen.exists() else {}
    for split in SPLITS:
        units = assemble(corpus, split)
        if units is None:
            continue
        out = corpus / f"{split}.jsonl"
        text = "".join(json.dumps(u, ensure_ascii=False, sort_keys=True) + "\n" for u in units)
        if f"{split}.jsonl" in recorded and out.exists() and out.read_text(encoding="utf-8") != text:
            raise SystemExit(f"{out} is frozen (FROZEN) and its batches now differ: not rewritten")
        out.write_text(text, encoding="utf-8")
        records = sum(len(u.get("events", u.get("attributions", []))) for u in units)
        print(f"{split}: {len(units)} units, {records} {args.corpus} records, sha256 {digest(out)}")
    if args.freeze:
        recorded[f"{args.freeze}.jsonl"] = digest(corpus / f"{args.freeze}.jsonl")
        frozen.write_text("".join(f"{h}  {name}\n" for name, h in sorted(recorded.items())), encoding="utf-8")
        print(f"frozen: {args.freeze}.jsonl {recorded[f'{args.freeze}.jsonl']}")


if __name__ == "__main__":
    main()
