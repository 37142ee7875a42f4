"""Layers and scorers of newsgraph's learned models, registered with spaCy so their configs
can name them (loading a shipped model imports this module first).

The typer reads two views of each word: its own small tok2vec over the word, lemma, part of
speech, dependency label and entity type, and the contextual vector the English pipeline's
tok2vec has already left in ``doc.tensor`` (trained on far more text than our corpus, and free:
it is computed anyway for the tagger and parser)."""

from __future__ import annotations

from collections import Counter
from typing import Callable, Iterable

from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import registry
from thinc.api import Model, concatenate
from thinc.types import Floats2d


def _tensor_forward(model: Model, docs: list[Doc], is_train: bool) -> tuple[list[Floats2d], Callable]:
    width = model.get_dim("nO")
    arrays = [model.ops.asarray2f(doc.tensor) if doc.tensor.shape == (len(doc), width)
              else model.ops.alloc2f(len(doc), width) for doc in docs]
    return arrays, lambda d_arrays: []  # a fixed input: nothing to learn, no gradient upstream


@registry.layers("newsgraph.PipelineTensor.v1")
def pipeline_tensor(width: int) -> Model[list[Doc], list[Floats2d]]:
    """The pipeline's own contextual vectors (``doc.tensor``), zeros where a doc has none."""
    return Model("pipeline_tensor", _tensor_forward, dims={"nO": width})


@registry.architectures("newsgraph.TensorAndTok2Vec.v1")
def tensor_and_tok2vec(tok2vec: Model, width: int) -> Model[list[Doc], list[Floats2d]]:
    """Our tok2vec's vectors beside the pipeline's (``width`` wide), concatenated per word."""
    return concatenate(tok2vec, pipeline_tensor(width))


def _label_scores(examples: Iterable[Example], **_: object) -> dict[str, float]:
    """Micro P/R/F over the words whose gold or predicted label is not ``O``, and F per label."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for example in examples:
        for predicted, gold in zip(example.predicted, example.reference):
            p, g = predicted.tag_, gold.tag_
            if p == g:
                tp[p] += p != "O"
                continue
            fp[p] += p != "O"
            fn[g] += g != "O"
    t, f, n = sum(tp.values()), sum(fp.values()), sum(fn.values())
    scores = {"labels_p": t / (t + f) if t + f else 0.0, "labels_r": t / (t + n) if t + n else 0.0,
              "labels_f": 2 * t / (2 * t + f + n) if t else 0.0}
    for label in set(tp) | set(fp) | set(fn):
        if label != "O":
            scores[f"labels_{label.lower()}_f"] = 2 * tp[label] / (2 * tp[label] + fp[label] + fn[label]) if tp[label] else 0.0
    return scores


@registry.scorers("newsgraph.LabelScorer.v1")
def label_scorer() -> Callable[..., dict[str, float]]:
    """Scores a word tagger by its non-``O`` labels (accuracy over every word would reward
    saying ``O`` everywhere)."""
    return _label_scores
