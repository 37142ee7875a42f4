"""Learned choice of an event's source and target among the actors its sentence names.

The participant rules find a doer and a done-to by grammar ("X struck Y", "strikes by X on Y")
and leave a side empty where the phrasing is one they do not know ("airstrikes around Caracas,
Venezuela, killing 40 people": no target). The role model, trained on our annotated event
corpus (``make train``, ``docs/models.md``), scores every coded actor named in the event's
sentence as its SOURCE, TARGET or NONE from features of how the actor's mention relates to the
trigger: the dependency path between them, the preposition that introduces it, which side and
how far, the actor's kind and sector, the event type, and what the rules chose. A side the
rules left empty is filled with the best-scoring actor when it scores ``threshold``.

The classifier is a spaCy text categorizer over a "document" whose words are these features
(a sparse linear model: quick, and readable from its weights)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsgraph.models import load_model
from newsgraph.nlp.extensions import EventInfo

ROLES = "event_roles"
LABELS = ("SOURCE", "TARGET", "NONE")
MAX_STEPS = 4
THRESHOLD = 0.7  # measured on the dev split: lower fills more sides and emits more wrong events
#: Features read together: the event type with the path, side, preposition, dependency, actor
#: kind and the rules' choice; the path with the head word; the side with the dependency and kind.
PAIRS = (("type", "path"), ("type", "side"), ("type", "prep"), ("type", "cdep"), ("path", "chead"),
         ("side", "cdep"), ("side", "kind"), ("type", "rule"), ("passive", "path"), ("tpos", "path"),
         ("type", "kind"))


@dataclass(frozen=True)
class Candidate:
    """A coded actor named in the event's sentence, by its mention nearest the trigger."""

    actor: int
    head: Token


def candidates(doc: Doc, trigger: Token, sentence: Span) -> list[Candidate]:
    found: dict[int, Token] = {}
    for index, actor in enumerate(doc._.actors or []):
        if not (actor.code or actor.country):
            continue
        for start, end in actor.mentions:
            if not (sentence.start_char <= start < sentence.end_char):
                continue
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or trigger.i in range(span.start, span.end):
                continue
            head = span.root
            if index not in found or abs(head.i - trigger.i) < abs(found[index].i - trigger.i):
                found[index] = head
    return [Candidate(index, head) for index, head in sorted(found.items())]


def _path(trigger: Token, head: Token) -> str:
    """The dependency path from the trigger up to the common ancestor and down to the mention
    ("^nsubj" for a subject, "vprep:by vpobj" for a by-phrase), or "far"."""
    up = [trigger, *trigger.ancestors]
    down = [head, *head.ancestors]
    common = next((t for t in down if t in up), None)
    if common is None:
        return "far"
    rise = up[:up.index(common)]
    fall = down[:down.index(common)]
    if len(rise) + len(fall) > MAX_STEPS:
        return "far"
    steps = [f"^{t.dep_}" for t in rise] + [f"v{t.dep_}" + (f":{t.lower_}" if t.dep_ in ("prep", "agent") else "")
                                             for t in reversed(fall)]
    return "_".join(steps) or "self"


def _distance(n: int) -> str:
    return "1" if n <= 1 else "2" if n == 2 else "3-5" if n <= 5 else "6-10" if n <= 10 else "11+"


def features(doc: Doc, trigger: Token, event: EventInfo, candidate: Candidate) -> list[str]:
    """The words of the classifier's document for one (event, actor) pair."""
    actor = doc._.actors[candidate.actor]
    head = candidate.head
    kind = event.cameo.plover or "-"
    path = _path(trigger, head)
    side = "L" if head.i < trigger.i else "R"
    prep = head.head.lower_ if head.dep_ == "pobj" else "-"
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in trigger.children)
    sector = (actor.code or "")[3:6] or actor.sector or "-"
    rule = "SOURCE" if event.source == candidate.actor else "TARGET" if event.target == candidate.actor else "NONE"
    place = event.place[1] if event.place else None
    named = {
        "type": kind, "tpos": trigger.pos_, "tdep": trigger.dep_, "passive": passive, "path": path, "side": side,
        "dist": _distance(abs(head.i - trigger.i)), "prep": prep, "cdep": head.dep_, "chead": head.head.lemma_.lower(),
        "kind": actor.kind, "sector": sector, "rule": rule,
        "place": "same" if place and place == actor.country else "other" if place else "none",
        "modality": event.modality, "nominal": event.nominal,
    }
    words = {name: f"{name}={value}" for name, value in named.items()}
    return list(words.values()) + [f"{words[a]}&{words[b]}" for a, b in PAIRS]


class RoleChooser:
    """Fills the sides the rules left empty with the actor the role model scores best."""

    def __init__(self, model: Language | None = None, threshold: float = THRESHOLD) -> None:
        self.model = model if model is not None else load_model(ROLES)
        self.threshold = threshold
        self._textcat = self.model.get_pipe("roles")

    def scores(self, doc: Doc, trigger: Token, event: EventInfo, sentence: Span) -> list[tuple[Candidate, dict[str, float]]]:
        found = candidates(doc, trigger, sentence)
        if not found:
            return []
        docs = [Doc(self.model.vocab, words=features(doc, trigger, event, c)) for c in found]
        cats = [dict(d.cats) for d in self._textcat.pipe(docs)]
        return list(zip(found, cats))

    def fill(self, doc: Doc, trigger: Token, event: EventInfo, sentence: Span) -> None:
        if event.source is not None and event.target is not None:
            return
        scored = self.scores(doc, trigger, event, sentence)
        for side, attr, other in (("SOURCE", "source", "target"), ("TARGET", "target", "source")):
            if getattr(event, attr) is not None:
                continue
            taken = getattr(event, other)
            best = max(((cats[side], c.actor) for c, cats in scored if c.actor != taken), default=None)
            if best is not None and best[0] >= self.threshold:
                setattr(event, attr, best[1])
