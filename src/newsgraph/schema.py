"""Record types: the one contract between the extractor and everything that stores or shows.

Every offset (``start``/``end``) is a Python ``str`` index into ``Article.text``, the clean
body text that travels inside the record, so any consumer can check the evidence with
``text[start:end]``. ``load_records`` reads records back, as dicts, from the JSON that
``extract`` writes. This module imports nothing of ours and nothing of spaCy's.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SCHEMA_VERSION = "1.0"


@dataclass(frozen=True)
class Span:
    """A stretch of the article text that a record rests on."""

    start: int
    end: int
    text: str


@dataclass
class Link:
    """A hyperlink kept from Markdown or HTML: its anchor text lives at ``start:end``."""

    start: int
    end: int
    url: str


@dataclass
class Dateline:
    text: str
    place: str | None = None
    country: str | None = None


@dataclass
class Article:
    """One news article after its source format has been read and cleaned."""

    text: str
    source: str = "-"
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    dateline: Dateline | None = None
    language: str | None = None
    url: str | None = None
    outlet: str | None = None
    links: list[Link] = field(default_factory=list)
    id: str = ""
    final_url: str | None = None  # fetched from the web: where the redirects ended
    fetched_at: str | None = None  # fetched from the web: when (ISO 8601, UTC)

    def __post_init__(self) -> None:
        if not self.id:
            self.id = content_id(self.text)


def content_id(text: str) -> str:
    """Content hash, so the same article read twice (or from two files) gets one id."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass
class Actor:
    """One real-world entity of the article, with every span that refers to it."""

    id: str
    name: str
    kind: str  # person | organization | government | country | igo | place | group
    titles: list[str] = field(default_factory=list)
    affiliation: str | None = None
    country: str | None = None
    sector: str | None = None
    org_type: str | None = None
    code: str | None = None  # CAMEO actor code (RUSGOV, USAGOV, IGOWSTNAT ...)
    mentions: list[Span] = field(default_factory=list)


@dataclass
class Quote:
    """A quotation (direct or mixed) or a stretch of reported speech (indirect)."""

    id: str
    text: str
    start: int
    end: int
    kind: str  # direct | mixed | indirect
    speaker: str | None = None
    speaker_name: str | None = None
    cue: str | None = None
    cue_span: Span | None = None
    speaker_span: Span | None = None
    spans: list[Span] = field(default_factory=list)


@dataclass
class Place:
    name: str | None
    country: str | None  # ISO 3166 alpha-3
    span: Span | None = None  # None when the place comes from the dateline


@dataclass
class Event:
    """One coded action: source does ``plover``/``cameo`` to target, with its evidence.

    ``modality`` is asserted | intended | hypothetical | conditional | demanded; an action only
    threatened, proposed or demanded is never asserted: it is coded as the expression of intent
    or the demand (CAMEO 03/13, 02/10), with the action in ``action_cameo``/``action_plover``. ``date_basis`` says whether the date
    comes from the text, from the day the story last named (narrative) or is the article's own date.
    """

    id: str
    trigger: Span
    sentence: Span
    source: str | None
    target: str | None
    cameo: str
    cameo_name: str
    cameo_root: str
    plover: str | None
    plover_mode: str | None
    quad_class: int | None
    goldstein: float | None
    negated: bool = False
    modality: str = "asserted"
    action_cameo: str | None = None  # for an intended/demanded action: the action itself
    action_plover: str | None = None
    reported_by: str | None = None
    date: str | None = None
    date_precision: str | None = None
    date_window: list[str] | None = None
    date_basis: str | None = None
    place: Place | None = None
    evidence: list[Span] = field(default_factory=list)
    coder: str = "rules"  # who decided the words name this act: rules, model, rules+model
    score: float | None = None  # the learned typer's score for this type (0-1); null where it did not run


@dataclass
class Record:
    """Everything newsgraph knows about one article."""

    article: Article
    actors: list[Actor] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    schema_version: str = SCHEMA_VERSION

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def load_records(path: Path) -> list[dict[str, Any]]:
    """Records from `extract`: one JSON object, a JSON list, or JSON Lines."""
    text = Path(path).read_text(encoding="utf-8")
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    return data if isinstance(data, list) else [data]
