"""Cut the Wikinews articles into attribution-annotation batches (deterministic).

    python scripts/annotation/make_attribution_batches.py

Every dev and test article is annotated; train articles are drawn in a fixed random order until
the corpus passes 250 articles. Left out everywhere: interview transcripts whose text holds only
the interviewer's questions ("Wikinews interviews …": nothing is attributed in them), articles
longer than ``MAX_CHARS`` (too long to annotate with care), and the three pilot articles (their
adjudicated annotation is used as it is). Batches hold about ``BATCH_CHARS`` of text, test first.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "data" / "annotations" / "attribution"
MAX_CHARS = 25_000
BATCH_CHARS = 40_000
TARGET = 250
SEED = 20261207


def main() -> None:
    rows = [line.split("\t") for line in (ROOT / "data/annotations/splits/wikinews.tsv").read_text().splitlines()[1:]]
    pilot = {json.loads(line)["id"] for line in (OUT / "pilot" / "adjudicated.jsonl").read_text().splitlines() if line}
    stubs = OUT / "batches" / ".all-stubs.jsonl"
    stubs.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, str(ROOT / "scripts/annotation/attribution_tool.py"), "init",
                    *[r[0] for r in rows], "--annotator", "", "--out", str(stubs)], check=True)
    articles = {a["id"]: a for a in map(json.loads, stubs.read_text(encoding="utf-8").splitlines())}
    stubs.unlink()
    usable = [a for a in articles.values() if a["id"] not in pilot and len(a["text"]) <= MAX_CHARS
              and not a["title"].lower().startswith("wikinews interviews")]
    rng = random.Random(SEED)
    chosen = {s: sorted((a for a in usable if a["split"] == s), key=lambda a: a["id"]) for s in ("test", "dev")}
    train = rng.sample(sorted((a for a in usable if a["split"] == "train"), key=lambda a: a["id"]),
                       k=len([a for a in usable if a["split"] == "train"]))
    need = TARGET - len(pilot) - len(chosen["test"]) - len(chosen["dev"])
    chosen["train"] = train[: need + 10]  # a margin over 250
    n = 0
    for split in ("test", "dev", "train"):
        batches: list[list[dict]] = [[]]
        for article in chosen[split]:
            if batches[-1] and sum(len(a["text"]) for a in batches[-1]) + len(article["text"]) > BATCH_CHARS:
                batches.append([])
            batches[-1].append(article)
        if len(batches) > 1 and sum(len(a["text"]) for a in batches[-1]) < BATCH_CHARS // 4:
            last = batches.pop()
            batches[-1] += last  # no tiny last batch
        for batch in batches:
            n += 1
            path = OUT / "batches" / f"{n:02d}-{split}.todo.jsonl"
            path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in batch), encoding="utf-8")
            print(path.name, len(batch), "articles", sum(len(a["text"]) for a in batch), "chars")
    print({s: len(v) for s, v in chosen.items()}, "+", len(pilot), "pilot")


if __name__ == "__main__":
    main()
