"""Scoring against gold annotations, counting the way the project's reference scorers do.

- ``quotes``: quotations and their speakers (``newsgraph evaluate quotes``);
- ``events``: coded events, per article or per sentence (``newsgraph evaluate events``);
- ``body``: the article body the HTML reader extracts, scored with the Zyte benchmark's
  shingles (``bench/html_extraction.py`` and the tests);
- ``gold_attribution``: our attribution corpus (``data/annotations/attribution``) as quote gold;
- ``gold``: the gold formats, read; ``metrics``: what the scorers share.

The names the CLI, the benchmarks and the tests use are re-exported here.
"""

from __future__ import annotations

from pathlib import Path

from newsgraph.evaluate.body import CorpusScore, corpus_scores, page_scores, shingles
from newsgraph.evaluate.events import evaluate_event_files
from newsgraph.evaluate.gold import GoldDoc, read_gold, read_polnear, read_quotes_json
from newsgraph.evaluate.gold_attribution import evaluate_attribution_files
from newsgraph.evaluate.quotes import (
    QuoteReport,
    evaluate_quote_files,
    overlap,
    score_quotes,
    speaker_matches,
    speaker_names,
    tokens,
)

__all__ = [
    "evaluate_quotes", "CorpusScore", "GoldDoc", "QuoteReport", "corpus_scores", "evaluate_event_files", "evaluate_quote_files",
    "overlap", "page_scores", "read_gold", "read_polnear", "read_quotes_json", "score_quotes", "shingles",
    "speaker_matches", "speaker_names", "tokens",
]


def evaluate_quotes(gold_paths: list[Path], system: Path | None = None, model: str | None = None,
                    indirect: bool = False) -> QuoteReport:
    """Score quotes (or, ``indirect``, reported speech) against gold of any kind we read: our
    ``*.quotes.json``, PolNeAR's ``.ann`` files, our attribution corpus (``.jsonl``)."""
    if any(Path(p).suffix == ".jsonl" for p in gold_paths):
        return evaluate_attribution_files(gold_paths, system, model=model, indirect=indirect)
    return evaluate_quote_files(gold_paths, system, model=model, indirect=indirect)
