"""The learned trigger coder: a trained typer decides which words name an event, and its type.

The typer (``newsgraph/models/event_typer``, trained by ``make train`` on our annotated event
corpus, see ``docs/models.md``) scores every word of a doc for each PLOVER type. This coder
answers the finder's one question, ``code(token, quoted)``, from those scores; the lexicon still
gives the most specific CAMEO code where its reading of the word has the type the typer chose
(and a type's general code where it has none), and every later stage (participants, honesty
flags, date, place) stays the rules'. Three policies, measured against each other in
``docs/quality.md``:

- ``rules``: the lexicon alone (``TriggerCoder``);
- ``model``: the typer alone: a word is a trigger when its best type scores ``threshold``;
- ``combined``: every word the lexicon reads, with the lexicon's type, unless the typer gives
  that type less than ``veto`` (0: never); and every other word the typer is sure of
  (``threshold``).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Token
from thinc.types import Ragged

from newsgraph.errors import NewsgraphError
from newsgraph.lexicons.events import CameoCode, EventLexicon
from newsgraph.models import load_model
from newsgraph.nlp.events.triggers import TriggerCoder, is_commentary
from newsgraph.nlp.extensions import EventInfo

POLICIES = ("rules", "model", "combined")
DEFAULT_POLICY = "combined"  # what measured best (docs/quality.md); NEWSGRAPH_EVENT_CODER overrides
# Measured on the dev split and PLOVER GSR dev (docs/models.md): the typer decides an event at
# 0.5, vetoes nothing the lexicon reads (on older newswire it misses too much to overrule the
# rules), keeps an event with no participant at 0.6 and never retypes a lexicon reading (that
# gained 0.014 of dev sentence type but broke the reference article's phone call, "Putin called Obama").
THRESHOLD = 0.5
VETO = 0.0
ALONE = 0.6
TYPER = "event_typer"
CANDIDATE_POS = ("VERB", "NOUN", "ADJ")  # 99.8% of the corpus's trigger words; a word's score does not depend on which others are scored
EVENT = "EVENT"


@dataclass(frozen=True)
class Guess:
    """The typer's best type for a word, and its score (0 to 1) that the word names an event
    at all (the ``EVENT`` label, learnt from every event of every type)."""

    plover: str
    score: float
    scores: dict[str, float]


class LearnedTriggerCoder(TriggerCoder):
    """Answers ``code`` from the typer's scores under a policy; ``guess`` tells the finder what
    the typer thought of a word (for the record's score and coder fields)."""

    def __init__(self, lex: EventLexicon | None = None, *, policy: str = "combined", threshold: float = THRESHOLD,
                 veto: float = VETO, alone: float = ALONE, typer: Language | None = None) -> None:
        super().__init__(lex)
        if policy not in POLICIES:
            raise NewsgraphError(f"unknown event coder policy {policy!r}: choose one of {', '.join(POLICIES)}")
        self.policy, self.threshold, self.veto, self.alone = policy, threshold, veto, alone
        self.typer = None if policy == "rules" else typer if typer is not None else load_model(TYPER)
        self._guesses: dict[int, Guess] = {}
        self._lexical: dict[int, CameoCode | None] = {}  # what the lexicon read of each word asked about
        self._doc: Doc | None = None

    def prepare(self, doc: Doc) -> None:
        """Score every word of the doc once, before the finder asks about each."""
        self._doc, self._guesses, self._lexical = doc, {}, {}
        if self.typer is None or not len(doc):
            return
        component = self.typer.get_pipe("events")
        ops = component.model.ops
        words = [t.i for t in doc if t.pos_ in CANDIDATE_POS]
        if not words:
            return
        indices = Ragged(ops.asarray2i([[i, i + 1] for i in words]), ops.asarray1i([len(words)]))
        scores = ops.to_numpy(component.model.predict(([doc], indices)))
        labels = list(component.labels)
        kinds = [i for i, label in enumerate(labels) if label != EVENT]
        event = labels.index(EVENT) if EVENT in labels else None
        for start, row in zip(words, scores):
            best = max(kinds, key=lambda i: row[i])
            self._guesses[start] = Guess(labels[best], float(row[best if event is None else event]),
                                              {labels[i]: float(row[i]) for i in kinds})

    def guess(self, token: Token) -> Guess | None:
        return self._guesses.get(token.i) if token.doc is self._doc else None

    def code(self, token: Token, quoted: set[int]) -> CameoCode | None:
        lexical = self._lexical[token.i] = super().code(token, quoted)
        guess = self.guess(token)
        if self.policy == "rules" or guess is None:
            return lexical
        if is_commentary(token, quoted):
            return None
        if guess.score >= self.threshold:
            if lexical is not None and self.policy == "combined":
                return lexical  # the typer adds events; it never retypes what the lexicon read
            return lexical if lexical is not None and lexical.plover == guess.plover else self.default_code(guess.plover)
        if self.policy == "combined" and lexical is not None and guess.scores.get(lexical.plover or "", 0.0) >= self.veto:
            return lexical
        return None

    def provenance(self, token: Token, code: CameoCode) -> tuple[str, float | None]:
        """"model" where the typer chose the type, "rules+model" where the lexicon agrees with
        it, "rules" where the lexicon's reading stood below the typer's threshold; with the
        typer's score for the event's type."""
        guess = self.guess(token)
        if guess is None:
            return "rules", None
        score = guess.scores.get(code.plover or "", 0.0)
        if guess.score < self.threshold or guess.plover != code.plover:
            return "rules", score
        lexical = self._lexical.get(token.i)  # read by ``code``, which the finder asks first
        return ("rules+model" if lexical is not None and lexical.plover == code.plover else "model"), score

    def stands_alone(self, event: EventInfo) -> bool:
        """An event the typer is sure of is a record even where no participant was found ("the
        death toll from the strikes rises to 80"): its type and evidence are still news."""
        return event.coder != "rules" and event.score is not None and event.score >= self.alone

    def default_code(self, plover: str) -> CameoCode | None:
        """The general CAMEO code of a PLOVER type ("not specified below"), from coding.tsv."""
        return next((code for value in self.lex.convention("type_default")
                     if (code := self.lex.cameo(value)) is not None and code.plover == plover), None)
