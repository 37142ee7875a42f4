"""Reported speech from the learned tagger: cues and contents the verb lists do not know.

The rules (``reported.py``) find reported speech from a lexicon of cue verbs and the clause the
parse hangs on them; many cues annotators mark are outside any such list ("in a statement",
"claims that", "reportedly", "drew criticism"). The attribution tagger
(``newsgraph/models/attribution``, trained by ``make train`` on our attribution corpus,
``docs/models.md``) labels every word CUE, B (a content's first word), I (inside it) or O. Its
cues are good; its content boundaries are not (a window of a few words cannot see where a
clause ends), so the content and the speaker of a tagged cue come from the parse, as for the
lexicon's cues (``reported._content``, ``speakers.attribute``).

Policies (``NEWSGRAPH_REPORTED``): ``rules`` (the lexicon's cues), ``model`` (the tagger's),
``combined`` (both)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Token

from newsgraph.models import load_model
from newsgraph.nlp.reported import lexicon_cue

ATTRIBUTION = "attribution"
POLICIES = ("rules", "model", "combined")
DEFAULT_POLICY = "combined"  # measured best on the frozen test split and PolNeAR dev (docs/models.md)
THRESHOLD = 0.5


class ReportedTagger:
    """Reads the tagger's cue scores for a doc: which words cue reported speech."""

    def __init__(self, model: Language | None = None, threshold: float = THRESHOLD) -> None:
        self.model = model if model is not None else load_model(ATTRIBUTION)
        self.threshold = threshold
        self._component = self.model.get_pipe(ATTRIBUTION)

    def cue_scores(self, doc: Doc) -> list[float]:
        """Each word's probability of being the cue of an indirect attribution."""
        if not len(doc):
            return []
        [scores] = self._component.model.predict([doc])
        scores = self._component.model.ops.to_numpy(scores)
        cue = list(self._component.labels).index("CUE")
        return [float(row[cue]) for row in scores]

    def tagged(self, doc: Doc) -> Callable[[Token], bool]:
        """Whether the tagger marks a word of this doc as a cue."""
        tagged = {i for i, score in enumerate(self.cue_scores(doc)) if score >= self.threshold}
        return lambda token: token.i in tagged

    def cues(self, doc: Doc, policy: str) -> tuple[Callable[[Token], bool], Callable[[Token], bool]]:
        """The cue test a policy gives ``find_reported`` (the tagger's cues for ``model``, those
        and the lexicon's for ``combined``), and the tagger's own test."""
        tagged = self.tagged(doc)
        if policy == "model":
            return tagged, tagged
        return (lambda token: tagged(token) or lexicon_cue(token)), tagged
