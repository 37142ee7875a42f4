"""Draw the second-pass sample of the attribution corpus (deterministic).

    python scripts/annotation/sample_attribution_agreement.py

One article from every batch (its stub, as the first annotator received it), written to
``data/annotations/attribution/agreement/NN-split.todo.jsonl`` for a second, blind annotation;
``attribution_tool.py agree`` then compares the two.
"""

from __future__ import annotations

import random
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "data" / "annotations" / "attribution"
SEED = 20261207


def main() -> None:
    rng = random.Random(SEED)
    (OUT / "agreement").mkdir(exist_ok=True)
    for batch in sorted((OUT / "batches").glob("*.todo.jsonl")):
        lines = [line for line in batch.read_text(encoding="utf-8").splitlines() if line.strip()]
        pick = rng.choice(lines)
        (OUT / "agreement" / batch.name).write_text(pick + "\n", encoding="utf-8")
        print(batch.name, len(pick), "chars of JSON")


if __name__ == "__main__":
    main()
