"""Assemble the event corpus from its annotated batches, and freeze a split.

    python scripts/annotation/assemble_events.py            # write every split whose batches are all done
    python scripts/annotation/assemble_events.py --freeze test

Each split file ``data/annotations/events/{train,dev,test}.jsonl`` is the concatenation of its
batches' resolved files (``batches/NN-split.done.jsonl``, written by ``events_tool.py check
--write``), in pool order; a split is written only when every unit of its pool is annotated
exactly once. ``--freeze`` records the SHA-256 of a split in ``data/annotations/events/FROZEN``
(``tests/test_annotations_frozen.py`` fails if the file changes afterwards): the test split is
frozen before any model is trained or any rule tuned on the new data.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EVENTS = ROOT / "data" / "annotations" / "events"
SPLITS = ("train", "dev", "test")


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def assemble(split: str) -> list[dict] | None:
    """The split's annotated units in pool order, or None while a batch is missing."""
    pool = [unit["id"] for unit in read_jsonl(EVENTS / "pool" / f"{split}.jsonl")]
    done: dict[str, dict] = {}
    for batch in sorted((EVENTS / "batches").glob(f"*-{split}.todo.jsonl")):
        resolved = batch.with_name(batch.name.replace(".todo.", ".done."))
        if not resolved.exists():
            print(f"{split}: {resolved.name} missing", file=sys.stderr)
            return None
        for unit in read_jsonl(resolved):
            if unit["id"] in done:
                raise SystemExit(f"{unit['id']} annotated twice")
            done[unit["id"]] = unit
    missing = [i for i in pool if i not in done]
    if missing or len(done) != len(pool):
        raise SystemExit(f"{split}: {len(missing)} pool units not annotated, {len(done) - len(pool) + len(missing)} extra")
    return [done[i] for i in pool]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--freeze", choices=SPLITS, help="record this split's hash in FROZEN")
    args = parser.parse_args()
    frozen = EVENTS / "FROZEN"
    recorded = dict(line.split()[::-1] for line in frozen.read_text().splitlines() if line.strip()) if frozen.exists() else {}
    for split in SPLITS:
        units = assemble(split)
        if units is None:
            continue
        out = EVENTS / f"{split}.jsonl"
        text = "".join(json.dumps(u, ensure_ascii=False, sort_keys=True) + "\n" for u in units)
        if f"{split}.jsonl" in recorded and out.exists() and out.read_text(encoding="utf-8") != text:
            raise SystemExit(f"{out} is frozen (FROZEN) and its batches now differ: not rewritten")
        out.write_text(text, encoding="utf-8")
        events = sum(len(u["events"]) for u in units)
        print(f"{split}: {len(units)} units, {events} events, sha256 {digest(out)}")
    if args.freeze:
        recorded[f"{args.freeze}.jsonl"] = digest(EVENTS / f"{args.freeze}.jsonl")
        frozen.write_text("".join(f"{h}  {name}\n" for name, h in sorted(recorded.items())), encoding="utf-8")
        print(f"frozen: {args.freeze}.jsonl {recorded[f'{args.freeze}.jsonl']}")


if __name__ == "__main__":
    main()
