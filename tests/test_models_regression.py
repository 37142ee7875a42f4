"""Regression guard for the shipped learned models: on the frozen test split of our event
corpus, the shipped event coder still scores within 0.02 of the figures its model card
reports (``src/newsgraph/models/figures.json``, written by ``make evaluate-models``). A figure,
not a timing: a drift means the models, the rules around them or the pipeline changed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.evaluate.events import score_corpus
from newsgraph.nlp.pipeline import build_nlp

ROOT = Path(__file__).resolve().parents[1]
CARD = ROOT / "src" / "newsgraph" / "models" / "figures.json"
TOLERANCE = 0.02


@pytest.fixture(scope="module")
def measured() -> dict[str, float]:
    card = json.loads(CARD.read_text(encoding="utf-8"))
    return score_corpus(ROOT / card["split"], build_nlp(event_coder=card["policy"])).figures()


@pytest.mark.parametrize("figure", ["type_f1", "full_f1", "sentence_type", "sentence_precision"])
def test_shipped_event_coder_scores_as_its_model_card_says(measured: dict[str, float], figure: str) -> None:
    recorded = json.loads(CARD.read_text(encoding="utf-8"))["figures"][figure]
    assert abs(measured[figure] - recorded) <= TOLERANCE, f"{figure}: measured {measured[figure]:.3f}, card {recorded}"
