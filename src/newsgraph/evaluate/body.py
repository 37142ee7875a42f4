"""Article-body extraction scores: the body text the HTML reader (``sources/html.py``) takes
from a page against the page's true body, in the manner of the Zyte article-extraction-benchmark.

The metric is described (not copied) from the benchmark's PROVENANCE.md: the text is cut
into ``\\w+`` tokens, the tokens into 4-token shingles, and predicted and true shingles are
compared as multisets. Each page gets its own precision and recall, so a long page weighs no
more than a short one; corpus precision and recall are the means of the per-page values and
F1 is computed from those means. Edge cases follow the reference scorer in
``shared/tools/score_html.py`` so that the two agree to the last digit.

Shared by ``bench/html_extraction.py`` and the tests, so both measure the same thing.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from newsgraph.evaluate.metrics import harmonic_mean

_TOKEN = re.compile(r"\w+")
SHINGLE_SIZE = 4


@dataclass(frozen=True)
class PageScore:
    """Shingle counts for one page, plus the precision and recall they give."""

    tp: int
    fp: int
    fn: int
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        """Harmonic mean of this page's precision and recall (0 when both are 0)."""
        return harmonic_mean(self.precision, self.recall)


@dataclass(frozen=True)
class CorpusScore:
    """Mean per-page precision and recall over a corpus, and the F1 of those means."""

    pages: int
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        """F1 from the mean precision and mean recall, as the benchmark reports it."""
        return harmonic_mean(self.precision, self.recall)


def shingles(text: str | None) -> Counter[tuple[str, ...]]:
    """Multiset of 4-token shingles of ``text``.

    A text shorter than four tokens still yields one (shorter) shingle, so a two-word
    prediction is not scored as empty; an empty text yields none.
    """
    tokens = _TOKEN.findall(text or "")
    if not tokens:
        return Counter()
    count = max(len(tokens) - SHINGLE_SIZE + 1, 1)
    return Counter(tuple(tokens[i : i + SHINGLE_SIZE]) for i in range(count))


def page_scores(pred: str | None, truth: str | None) -> PageScore:
    """Compare one predicted body text with its ground truth.

    An empty prediction has precision 1 only when the truth is empty too (nothing was
    claimed, nothing was missed); otherwise 0, so returning nothing is never rewarded.
    """
    true_sh, pred_sh = shingles(truth), shingles(pred)
    tp = sum((true_sh & pred_sh).values())
    fp = sum(pred_sh.values()) - tp
    fn = sum(true_sh.values()) - tp
    precision = tp / (tp + fp) if tp + fp else (0.0 if true_sh else 1.0)
    recall = tp / (tp + fn) if tp + fn else 1.0
    return PageScore(tp, fp, fn, precision, recall)


def corpus_scores(
    predictions: Mapping[str, str | None], truths: Mapping[str, str | None]
) -> CorpusScore:
    """Mean per-page precision and recall over every page of ``truths``.

    A page missing from ``predictions`` counts as an empty prediction, as upstream does.
    """
    scores = [page_scores(predictions.get(key), truth) for key, truth in truths.items()]
    return mean_scores(scores)


def mean_scores(scores: Iterable[PageScore]) -> CorpusScore:
    """Average already-computed page scores (each page weighs the same)."""
    items = list(scores)
    if not items:
        return CorpusScore(0, 0.0, 0.0)
    precision = sum(s.precision for s in items) / len(items)
    recall = sum(s.recall for s in items) / len(items)
    return CorpusScore(len(items), precision, recall)
