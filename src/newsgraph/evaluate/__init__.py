"""Scoring against gold annotations, counting the way the project's reference scorers do.

- ``quotes``: quotations and their speakers (``newsgraph evaluate quotes``);
- ``events``: coded events, per article or per sentence (``newsgraph evaluate events``);
- ``body``: the article body the HTML reader extracts, scored with the Zyte benchmark's
  shingles (``bench/html_extraction.py`` and the tests);
- ``gold``: the gold formats, read; ``metrics``: what the scorers share.

The names the CLI, the benchmarks and the tests use are re-exported here.
"""

from __future__ import annotations

from newsgraph.evaluate.body import CorpusScore, corpus_scores, page_scores, shingles
from newsgraph.evaluate.events import evaluate_event_files
from newsgraph.evaluate.gold import GoldDoc, read_gold, read_polnear, read_quotes_json
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
    "CorpusScore", "GoldDoc", "QuoteReport", "corpus_scores", "evaluate_event_files", "evaluate_quote_files",
    "overlap", "page_scores", "read_gold", "read_polnear", "read_quotes_json", "score_quotes", "shingles",
    "speaker_matches", "speaker_names", "tokens",
]
