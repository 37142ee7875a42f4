"""Figures of the event coders, for the model card: rules only, model only, and combined.

    python scripts/train/evaluate_models.py

Runs the pipeline under each policy over our event corpus's dev and frozen test splits and the
PLOVER gold-standard dev sentences (``../shared/gold/plover-gsr-dev.jsonl``, when present), and
writes ``docs/model-figures.md`` (every figure, per type on test) and
``src/newsgraph/models/figures.json`` (the shipped policy's test figures, which
``tests/test_models_regression.py`` holds the shipped models to, within 0.02).
"""

from __future__ import annotations

import json
import os
import platform
from datetime import date
from pathlib import Path

from newsgraph.evaluate.events import score_corpus, score_sentences
from newsgraph.nlp.events.learned import DEFAULT_POLICY, POLICIES
from newsgraph.nlp.pipeline import build_nlp

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "data" / "annotations" / "events"
GSR = Path(os.environ.get("NEWSGRAPH_SHARED", ROOT.parent / "shared")) / "gold" / "plover-gsr-dev.jsonl"
FIGURES = ROOT / "src" / "newsgraph" / "models" / "figures.json"
REPORT = ROOT / "docs" / "model-figures.md"
KEYS = ("type_f1", "type_precision", "type_recall", "full_f1", "sentence_type", "sentence_full", "sentence_precision")


def main() -> None:
    rows, per_type, shipped = [], {}, {}
    for policy in POLICIES:
        nlp = build_nlp(event_coder=policy)
        for split in ("dev", "test"):
            report = score_corpus(CORPUS / f"{split}.jsonl", nlp)
            figures = {k: round(v, 3) for k, v in report.figures().items()}
            rows.append((policy, f"{split} ({report.units} units, {report.gold} events)", figures, report.emitted))
            if split == "test":
                per_type[policy] = report.per_type_lines()
                if policy == DEFAULT_POLICY:
                    shipped = figures
        if GSR.exists():
            gsr = score_sentences(GSR, nlp)
            rows.append((policy, f"PLOVER GSR dev ({gsr.sentences} sentences)",
                         {f"sentence_{k}": round(v, 3) for k, v in gsr.figures().items()}, gsr.emitted))
        print(policy, "done", flush=True)
    FIGURES.write_text(json.dumps({"policy": DEFAULT_POLICY, "split": "data/annotations/events/test.jsonl",
                                   "figures": shipped}, indent=2) + "\n", encoding="utf-8")
    lines = [
        "# Event coder figures: rules, model, combined",
        "",
        f"Written by `python scripts/train/evaluate_models.py` (`make evaluate-models`) on {date.today()}, "
        f"{platform.machine()}, Python {platform.python_version()}. Scorer: `newsgraph evaluate events` "
        "(event level: type matched per unit; type+actors also matches source and target countries; "
        "sentence level as `score_sentence_events.py` counts). The shipped policy is "
        f"`{DEFAULT_POLICY}`. Nothing was tuned on the test split; the PLOVER GSR dev sentences were "
        "used to tune the rules in earlier work, so the rules' figure there is flattering.",
        "",
        "| policy | data | type P | type R | type F1 | type+actors F1 | sentence type | sentence full | sentence precision | emitted |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for policy, data, f, emitted in rows:
        cells = [f.get(k) for k in ("type_precision", "type_recall", "type_f1", "full_f1", "sentence_type",
                                   "sentence_full", "sentence_precision")]
        lines.append(f"| {policy} | {data} | " + " | ".join("" if c is None else f"{c:.3f}" for c in cells) + f" | {emitted} |")
    for policy, type_lines in per_type.items():
        lines += ["", f"Per type on the test split, `{policy}`:", "", "```", *type_lines, "```"]
    REPORT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {REPORT} and {FIGURES}")


if __name__ == "__main__":
    main()
