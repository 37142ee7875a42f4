"""source -> Article -> Doc -> Record: the one path every face (CLI, Python, web) calls."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.errors import DocumentError, Errors, SkippedDocument
from newsgraph.nlp.extensions import EventInfo
from newsgraph.nlp.pipeline import build_nlp
from newsgraph.schema import Actor, Article, Event, Place, Quote, Record, Span
from newsgraph.sources import DEFAULT_MAX_MB, is_url, read_paths
from newsgraph.sources.language import is_english
from newsgraph.sources.text import read_text

if TYPE_CHECKING:
    from newsgraph.sources.fetch import FetchSettings


def extract(text_or_path: str | Path, *, model: str | None = None, published: str | None = None) -> Record:
    """One article, given as a path to a file, the URL of a web page, or the article's text
    itself. ``published`` (ISO date) stands in when the article carries no date of its own,
    as an archive's metadata would supply it; dates in the text resolve against it."""
    path = Path(text_or_path) if isinstance(text_or_path, Path) or _looks_like_path(text_or_path) else None
    if path is not None or is_url(str(text_or_path)):
        results = list(read_paths([str(text_or_path)]))
        if len(results) != 1:
            raise ValueError(f"{text_or_path} holds {len(results)} articles; use extract_many()")
        item = results[0]
    else:
        item = read_text(str(text_or_path), "<text>")
    if isinstance(item, DocumentError):
        raise item
    item.published = item.published or published
    return extract_article(item, build_nlp(model))


def _looks_like_path(value: str) -> bool:
    try:
        return "\n" not in value and len(value) < 4096 and Path(value).exists()
    except OSError:  # a sentence too long to be a file name
        return False


def extract_many(paths: Iterable[str], *, model: str | None = None, max_mb: float = DEFAULT_MAX_MB,
                 exclude: set[Path] | None = None, fetch: FetchSettings | None = None) -> Iterator[Record | DocumentError]:
    """Every article under ``paths`` (files, folders, URLs of pages and feeds), in order;
    failures are yielded, never raised. ``fetch`` sets how URLs are fetched."""
    items = read_paths(paths, max_mb=max_mb, exclude=exclude, fetch=fetch)
    yield from extract_articles(items, lambda: build_nlp(model))


T = TypeVar("T")

#: Articles per ``nlp.pipe`` batch: spaCy's parser and NER run faster on batches.
PIPE_BATCH = 8


def extract_articles(items: Iterable[Article | DocumentError], nlp: Language | Callable[[], Language],
                     batch_size: int = PIPE_BATCH) -> Iterator[Record | DocumentError]:
    """Records for ``items`` in order, reading errors passed through; articles go through the
    pipeline in batches. A batch that fails is redone article by article, so one bad document
    costs its own record only. ``nlp`` may be a function that builds the pipeline when the
    first article needs it."""
    pipeline: Language | None = None if callable(nlp) and not isinstance(nlp, Language) else nlp  # type: ignore[assignment]
    for chunk in batches(items, batch_size):
        prepared: list[tuple[Article, Doc] | DocumentError] = []
        for item in chunk:
            if isinstance(item, DocumentError):
                prepared.append(item)
                continue
            pipeline = pipeline or nlp()  # type: ignore[operator]
            try:
                prepared.append((item, _prepare(item, pipeline)))
            except DocumentError as exc:
                prepared.append(exc)
        docs = [p[1] for p in prepared if isinstance(p, tuple)]
        try:
            done: Iterator[Doc] | None = iter(list(pipeline.pipe(docs))) if docs and pipeline else iter(())
        except Exception:  # noqa: BLE001 - redo one by one below
            done = None
        for entry in prepared:
            if isinstance(entry, DocumentError):
                yield entry
                continue
            article, _ = entry
            try:
                doc = next(done) if done is not None else pipeline(_prepare(article, pipeline))  # type: ignore[misc]
                yield to_record(article, doc)
            except DocumentError as exc:
                yield exc
            except Exception as exc:  # noqa: BLE001 - one bad document must not stop a batch
                yield DocumentError(article.source, Errors.E301, detail=f"{type(exc).__name__}: {exc}")


def batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of ``size`` items (the last one shorter), read lazily."""
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def extract_article(article: Article, nlp: Language) -> Record:
    """One article's record; raises its ``DocumentError``."""
    [result] = extract_articles([article], nlp, batch_size=1)
    if isinstance(result, DocumentError):
        raise result
    return result


def _prepare(article: Article, nlp: Language) -> Doc:
    """A tokenised Doc carrying what the components read besides the text (the article's
    date and dateline); a non-English article stops here."""
    english, language = is_english(article.text)
    if not english:
        raise SkippedDocument(article.source, Errors.E201, language=language)
    article.language = "en"
    try:
        doc = nlp.make_doc(article.text)
    except Exception as exc:  # noqa: BLE001 - a tokenizer failure is this document's alone
        raise DocumentError(article.source, Errors.E301, detail=f"{type(exc).__name__}: {exc}") from exc
    doc._.published = article.published
    if article.dateline is not None:
        doc._.dateline_place, doc._.dateline_country = article.dateline.place, article.dateline.country
        doc._.dateline_end = _dateline_end(article.text, article.dateline.text)
    return doc


def _dateline_end(text: str, dateline: str) -> int | None:
    """Where the story proper starts after "RIYADH, Saudi Arabia --"."""
    if not text.startswith(dateline):
        return None
    end = len(dateline)
    while end < len(text) and (text[end].isspace() or text[end] in "-\u2014\u2013:"):
        end += 1
    return end


def to_record(article: Article, doc: Doc) -> Record:
    """Turn the pipeline's annotations into the documented record format."""
    text = article.text
    infos = doc._.actors or []
    actors = [
        Actor(id=f"a{i + 1}", name=a.name, kind=a.kind, titles=list(a.titles), affiliation=a.affiliation,
              country=a.country, sector=a.sector, org_type=a.org_type, code=a.code,
              mentions=[Span(s, e, text[s:e]) for s, e in a.mentions])
        for i, a in enumerate(infos)
    ]
    quotes = []
    for n, q in enumerate(doc._.quotes or []):
        speaker = actors[q.speaker] if q.speaker is not None else None
        speaker_span = Span(*q.speaker_span, text[slice(*q.speaker_span)]) if q.speaker_span else None
        cue_span = Span(*q.cue_span, text[slice(*q.cue_span)]) if q.cue_span else None
        quotes.append(Quote(
            id=f"q{n + 1}", text=text[q.start:q.end], start=q.start, end=q.end, kind=q.kind,
            speaker=speaker.id if speaker else None,
            speaker_name=speaker.name if speaker else (speaker_span.text if speaker_span else None),
            cue=cue_span.text if cue_span else None, cue_span=cue_span, speaker_span=speaker_span,
            spans=[Span(s, e, text[s:e]) for s, e in q.spans],
        ))
    events = [_event(n, e, actors, text) for n, e in enumerate(doc._.events or [])]
    return Record(article=article, actors=actors, quotes=quotes, events=events)


def _event(n: int, e: EventInfo, actors: list[Actor], text: str) -> Event:
    def span(pair: tuple[int, int]) -> Span:
        return Span(pair[0], pair[1], text[pair[0] : pair[1]])

    place = None
    if e.place is not None:
        name, country, where = e.place
        place = Place(name=name, country=country, span=span(where) if where else None)
    return Event(
        id=f"e{n + 1}", trigger=span(e.trigger), sentence=span(e.sentence),
        source=actors[e.source].id if e.source is not None else None,
        target=actors[e.target].id if e.target is not None else None,
        cameo=e.cameo.code, cameo_name=e.cameo.name, cameo_root=e.cameo.root,
        plover=e.cameo.plover, plover_mode=e.cameo.plover_mode, quad_class=e.cameo.quad_class,
        goldstein=e.cameo.goldstein, negated=e.negated, modality=e.modality,
        action_cameo=e.action.code if e.action else None, action_plover=e.action.plover if e.action else None,
        reported_by=actors[e.reported_by].id if e.reported_by is not None else None,
        date=e.when.date if e.when else None, date_precision=e.when.precision if e.when else None,
        date_window=list(e.when.window) if e.when and e.when.window else None, date_basis=e.date_basis,
        place=place, evidence=[span(p) for p in e.evidence],
        coder=e.coder, score=round(e.score, 4) if e.score is not None else None,
    )
