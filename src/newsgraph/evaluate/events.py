"""Score events against gold, counting as the reference scorers ``score_events.py`` and
``score_sentence_events.py`` do.

Article gold (``*.events.json``): a gold event is found when one unused system event has an
acceptable PLOVER type (or, lacking one, an acceptable CAMEO root) and source and target match
the acceptable countries or organisations (``null`` accepts a missing actor); its date is
right when equal to the gold date or inside the gold window. Sentence gold (``.jsonl``): per
sentence, some event of the right type (type accuracy), of the right type with matching source
and target countries (full accuracy); events of a type the sentence's gold does not have are
extra, and precision is the share of emitted events that are not extra. Our annotated corpus
(``.jsonl`` units with ``events``) is scored by ``corpus_events``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsgraph.evaluate.corpus_events import CorpusEventReport, is_corpus, read_units
from newsgraph.evaluate.gold import event_gold_files, read_article_events, read_sentence_events
from newsgraph.evaluate.metrics import Counts


def actor_keys(actor: dict[str, Any] | None) -> set[str]:
    """Every string a gold actor may be written as: country, code, name, mention texts."""
    if not actor:
        return {"null"}
    keys: set[str] = set()
    for k in ("country", "code", "name"):
        value = actor.get(k)
        if isinstance(value, str) and value:
            keys.update({value.upper(), value.upper()[:3]})
    keys.update((m.get("text") or "").upper() for m in actor.get("mentions", []))
    if (actor.get("sector") or "").upper() == "IGO" or actor.get("kind") == "igo":
        keys.add("IGO")
    return keys


def side_ok(allowed: list[str | None], actor: dict[str, Any] | None) -> bool:
    keys = actor_keys(actor)
    for want in allowed:
        if want is None:
            if actor is None:
                return True
            continue
        w = want.upper()
        if any(w == k or w in k.split() or (" " in w and w in k) for k in keys):
            return True
    return False


def _type_ok(gold: dict[str, Any], event: dict[str, Any]) -> bool:
    plover = (event.get("plover") or "").upper()
    return plover in gold["plover"] or (not plover and str(event.get("cameo") or "")[:2] in gold["cameo_root"])


def _date_ok(gold: dict[str, Any], event: dict[str, Any]) -> bool:
    day = str(event.get("date") or "")[:10]
    if "date" in gold:
        return day == gold["date"]
    if "date_window" in gold:
        return gold["date_window"][0] <= day <= gold["date_window"][1]
    return True


@dataclass
class ArticleEventReport(Counts):
    core: int = 0
    core_found: int = 0
    extra: int = 0
    extra_found: int = 0
    dated: int = 0
    dated_ok: int = 0
    emitted: int = 0
    matched: int = 0
    details: list[str] = field(default_factory=list)

    def summary(self) -> str:
        gold = self.core + self.extra
        recall = (self.core_found + self.extra_found) / gold if gold else 0.0
        precision = self.matched / self.emitted if self.emitted else 0.0
        return (f"core {self.core_found}/{self.core} dated {self.dated_ok}/{self.dated} "
                f"all {self.core_found + self.extra_found}/{gold} (recall {recall:.3f}) "
                f"emitted {self.emitted} matching gold {self.matched} (precision {precision:.3f})")


def score_article(gold: dict[str, Any], record: dict[str, Any], label: str = "") -> ArticleEventReport:
    actors = {a["id"]: a for a in record.get("actors", [])}
    events = record.get("events", [])
    report = ArticleEventReport(emitted=len(events))
    used: set[int] = set()
    for g in gold["events"]:
        candidates = [i for i, e in enumerate(events) if i not in used and _type_ok(g, e)
                      and side_ok(g["source"], actors.get(e.get("source") or ""))
                      and side_ok(g["target"], actors.get(e.get("target") or ""))]
        best = next((i for i in candidates if _date_ok(g, events[i])), candidates[0] if candidates else None)
        tag = "core" if g["core"] else "extra"
        report.core += g["core"]
        report.extra += not g["core"]
        if best is None:
            report.details.append(f"{label}missed {tag} #{g['id']}: {g['evidence'][:70]}")
            continue
        used.add(best)
        report.core_found += g["core"]
        report.extra_found += not g["core"]
        if g["core"] and ("date" in g or "date_window" in g):
            report.dated += 1
            if _date_ok(g, events[best]):
                report.dated_ok += 1
            else:
                report.details.append(f"{label}wrong date #{g['id']}: {events[best].get('date')!r}")
    report.matched = len(used)
    for i, e in enumerate(events):
        if i not in used:
            report.details.append(f"{label}unmatched: {e.get('plover')} {e['trigger']['text']!r} "
                                  f"{e.get('modality')} in {e['sentence']['text'][:60]!r}")
    return report


@dataclass
class SentenceEventReport:
    sentences: int = 0
    type_ok: int = 0
    full_ok: int = 0
    emitted: int = 0
    extra: int = 0

    def figures(self) -> dict[str, float]:
        n = self.sentences or 1
        return {"type": self.type_ok / n, "full": self.full_ok / n,
                "precision": (self.emitted - self.extra) / self.emitted if self.emitted else 0.0}

    def summary(self) -> str:
        f = self.figures()
        return (f"sentences {self.sentences} type {self.type_ok}/{self.sentences} {f['type']:.3f} "
                f"full {self.full_ok}/{self.sentences} {f['full']:.3f} emitted {self.emitted} "
                f"extra {self.extra} precision {f['precision']:.3f}")


def _country(actor: dict[str, Any] | None) -> str:
    return ((actor or {}).get("country") or (actor or {}).get("code") or "")[:3].upper()


def score_sentence(gold: dict[str, Any], record: dict[str, Any], report: SentenceEventReport) -> str | None:
    """Count one sentence; return a detail line when it is not fully right."""
    actors = {a["id"]: a for a in record.get("actors", [])}
    type_hit = full_hit = False
    emitted = []
    report.sentences += 1
    for e in record.get("events", []):
        report.emitted += 1
        src, tgt = _country(actors.get(e.get("source") or "")), _country(actors.get(e.get("target") or ""))
        emitted.append(f"{src or '-'} {e.get('plover') or '?'}({e['trigger']['text']}) {tgt or '-'}")
        if (e.get("plover") or "").upper() != gold["plover"]:
            report.extra += 1
            continue
        type_hit = True
        source_ok = not gold["source"] or src in gold["source"]
        target_ok = not gold["target"] or tgt in gold["target"]
        if not gold["target"] and tgt and tgt not in gold["source"]:
            target_ok = False  # a reciprocal gold accepts either direction, not a third party
        full_hit |= source_ok and target_ok
    report.type_ok += type_hit
    report.full_ok += full_hit
    if full_hit:
        return None
    want = f"{'/'.join(gold['source']) or '-'} {gold['plover']} {'/'.join(gold['target']) or '-'}"
    return (f"{gold['id']}: {'wrong actors' if type_hit else 'missed'}: want {want}; got "
            f"{'; '.join(emitted) or 'nothing'} | {gold['text'][:110]}")


def evaluate_event_files(gold_paths: list[Path], model: str | None = None) -> tuple[str, list[str]]:
    """Summary line and details for article gold files (or folders) or sentence JSONL gold."""
    from newsgraph.extraction import extract
    from newsgraph.nlp.pipeline import build_nlp

    lines: list[str] = []
    summaries: list[str] = []
    articles = [p for p in event_gold_files(gold_paths) if p.suffix != ".jsonl"]
    for corpus in (p for p in gold_paths if p.suffix == ".jsonl" and is_corpus(p)):
        report = score_corpus(corpus, build_nlp(model))
        lines.extend(report.details)
        summaries.append(f"{corpus.name}: {report.summary()}")
        summaries.extend(report.per_type_lines())
    for sentences in (p for p in gold_paths if p.suffix == ".jsonl" and not is_corpus(p)):
        report = score_sentences(sentences, build_nlp(model), lines)
        summaries.append(f"{sentences.name}: {report.summary()}")
    if articles:
        total = ArticleEventReport()
        for path in articles:
            gold, document = read_article_events(path)
            # a date the gold knows from the corpus metadata (plain text lacks it) is supplied
            record = extract(document, model=model, published=gold.get("published")).to_dict()
            total.add(score_article(gold, record, label=f"{path.name}: " if len(articles) > 1 else ""))
        lines.extend(total.details)
        summaries.append(total.summary())
    return "\n".join(summaries), lines


def _record_of(row: dict[str, Any], nlp: Any, details: list[str]) -> dict[str, Any]:
    """The record of one gold row's text (its date as the article's, its id as the source); a
    document the pipeline refuses is an empty record and one error line."""
    from newsgraph.errors import DocumentError
    from newsgraph.extraction import extract_article
    from newsgraph.sources.jsonl import article_from_object

    article = article_from_object({"text": row["text"], "date": row.get("date"), "source": row["id"]}, row["id"])
    try:
        return extract_article(article, nlp).to_dict()  # type: ignore[arg-type]
    except DocumentError as exc:
        details.append(f"error: {exc}")
        return {"actors": [], "events": []}


def score_sentences(path: Path, nlp: Any, details: list[str] | None = None) -> SentenceEventReport:
    """Every gold sentence (``score_sentence_events.py``'s format) through the pipeline, scored
    as that scorer does; detail lines for what is not fully right go to ``details``."""
    report = SentenceEventReport()
    details = details if details is not None else []
    for gold in read_sentence_events(path):
        if (detail := score_sentence(gold, _record_of(gold, nlp, details), report)) is not None:
            details.append(detail)
    return report


def score_corpus(path: Path, nlp: Any) -> CorpusEventReport:
    """Every unit of an annotated event corpus through the pipeline (its date as the article's),
    scored against its gold events."""
    report = CorpusEventReport()
    for unit in read_units(path):
        report.add(unit, _record_of(unit, nlp, report.details))
    return report
