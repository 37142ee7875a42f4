"""The ``Doc._`` attributes our components read and write, registered once."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from spacy.tokens import Doc

if TYPE_CHECKING:
    from newsgraph.lexicons.events import CameoCode
    from newsgraph.nlp.when import When


@dataclass
class ActorInfo:
    """An actor as the pipeline builds it: mentions are ``(start_char, end_char)`` pairs."""

    key: str
    name: str
    kind: str
    titles: list[str] = field(default_factory=list)
    affiliation: str | None = None
    country: str | None = None
    sector: str | None = None
    org_type: str | None = None
    code: str | None = None  # CAMEO actor code: country + sector (RUSGOV), or an IGO's code
    mentions: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class QuoteInfo:
    """A quotation or reported speech; ``spans`` are its pieces when split by a cue."""

    start: int
    end: int
    kind: str
    spans: list[tuple[int, int]]
    speaker: int | None = None  # index into doc._.actors
    speaker_span: tuple[int, int] | None = None
    cue_span: tuple[int, int] | None = None


@dataclass
class EventInfo:
    """An event as the pipeline builds it: offsets are ``(start_char, end_char)``, actors are
    indexes into ``doc._.actors``; ``cameo`` is the final code (the intent, the demand or the
    refusal when the act itself was only that), ``action`` the act."""

    trigger: tuple[int, int]
    sentence: tuple[int, int]
    cameo: CameoCode
    action: CameoCode | None = None  # what was intended or demanded, when ``cameo`` codes the intent
    nominal: bool = False
    source: int | None = None
    target: int | None = None
    negated: bool = False
    modality: str = "asserted"
    reported_by: int | None = None
    when: When | None = None
    date_basis: str | None = None
    place: tuple[str, str | None, tuple[int, int] | None] | None = None
    evidence: list[tuple[int, int]] = field(default_factory=list)
    also_targets: list[int] = field(default_factory=list)  # coordinated with the target: one event each
    also_sources: list[int] = field(default_factory=list)  # coordinated with the source, for one-sided acts
    coder: str = field(default="rules", compare=False)  # who decided the word names this act: rules, model, rules+model
    score: float | None = field(default=None, compare=False)  # the typer's score for the event's type, where it ran


def register() -> None:
    """Idempotent, so every component can call it from its factory. ``published`` and the
    dateline are set by the caller before the pipeline runs (dates and places resolve
    against them)."""
    names = ("actors", "actor_of_token", "quotes", "events", "published", "dateline_place", "dateline_country",
             "dateline_end", "quote_pieces")
    for name, default in ((n, None) for n in names):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
