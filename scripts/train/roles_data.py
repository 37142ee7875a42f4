"""Training data for the role model: one feature document per (event, candidate actor) pair.

    python scripts/train/roles_data.py OUT_DIR

Every unit of ``data/annotations/events/{train,dev}.jsonl`` goes through the pipeline (the
shipped typer, the role model switched off). Each event found is matched to a gold event of
the unit (the one whose trigger it overlaps, else an unmatched one of the same type); events
with no gold counterpart teach nothing here. Each coded actor named in the event's sentence is
labelled SOURCE or TARGET when one of its mentions overlaps the gold side's span, or, where no
candidate overlaps that side, when its country is the side's (unless both sides share the
country: then it is left out as unknowable); otherwise NONE. Writes ``OUT_DIR/{train,dev}.spacy``
(docs of feature words with ``cats``).
"""

from __future__ import annotations

import sys
from pathlib import Path

from corpus import read_split
from spacy.tokens import Doc, DocBin

from newsgraph.extraction import _prepare
from newsgraph.nlp.events.learned import LearnedTriggerCoder
from newsgraph.nlp.events.roles import LABELS, candidates, features
from newsgraph.nlp.pipeline import build_nlp
from newsgraph.nlp.spans import sentence_of
from newsgraph.sources.jsonl import article_from_object


def _sides(gold: dict) -> dict[str, list[dict]]:
    out = {}
    for side, label in (("source", "SOURCE"), ("target", "TARGET")):
        value = gold.get(side)
        out[label] = [a for a in (value if isinstance(value, list) else [value] if value else []) if isinstance(a, dict)]
    return out


def _overlaps(mentions: list[tuple[int, int]], spans: list[dict]) -> bool:
    return any(s < a["end"] and a["start"] < e for s, e in mentions for a in spans if "start" in a)


def label(doc: Doc, actor_index: int, sides: dict[str, list[dict]], overlapped: dict[str, bool]) -> str | None:
    actor = doc._.actors[actor_index]
    for side in ("SOURCE", "TARGET"):
        if _overlaps(actor.mentions, sides[side]):
            return side
    country = (actor.country or actor.code or "")[:3].upper()
    codes = {side: {(a.get("code") or "")[:3].upper() for a in sides[side]} - {""} for side in sides}
    hits = [side for side in ("SOURCE", "TARGET") if not overlapped[side] and country in codes[side]]
    if len(hits) == 2 or (hits and codes["SOURCE"] & codes["TARGET"]):
        return None
    return hits[0] if hits else "NONE"


def match(event, golds: list[dict], used: set[int]) -> dict | None:  # type: ignore[no-untyped-def]
    start, end = event.trigger
    for i, gold in enumerate(golds):
        t = gold["trigger"]
        if i not in used and t["start"] < end and start < t["end"]:
            used.add(i)
            return gold
    for i, gold in enumerate(golds):
        if i not in used and gold["type"] == event.cameo.plover:
            used.add(i)
            return gold
    return None


def unit_pairs(nlp, unit: dict) -> list[Doc]:  # type: ignore[no-untyped-def]
    doc = nlp(_prepare(article_from_object({"text": unit["text"], "date": unit.get("date")}, unit["id"]), nlp))
    out, used = [], set()
    for event in doc._.events or []:
        gold = match(event, unit["events"], used)
        if gold is None:
            continue
        trigger = doc.char_span(*event.trigger, alignment_mode="expand").root
        sides = _sides(gold)
        found = candidates(doc, trigger, sentence_of(trigger))
        overlapped = {s: any(_overlaps(doc._.actors[c.actor].mentions, sides[s]) for c in found) for s in sides}
        for cand in found:
            gold_label = label(doc, cand.actor, sides, overlapped)
            if gold_label is None:
                continue
            words = features(doc, trigger, event, cand)
            pair = Doc(nlp.vocab, words=words)
            pair.cats = {name: float(name == gold_label) for name in LABELS}
            out.append(pair)
    return out


def main() -> None:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    nlp = build_nlp(event_coder="rules")  # built without the role model: the rules' own choices are a feature
    nlp.get_pipe("newsgraph_events").coder = LearnedTriggerCoder()  # the shipped policy's events
    for split in ("train", "dev"):
        units = read_split("events", split)
        docs = DocBin(store_user_data=False)
        counts = dict.fromkeys(LABELS, 0)
        for unit in units:
            for pair in unit_pairs(nlp, unit):
                docs.add(pair)
                counts[max(pair.cats, key=pair.cats.get)] += 1
        docs.to_disk(out / f"{split}.spacy")
        print(f"{split}: {sum(counts.values())} pairs {counts} -> {out / f'{split}.spacy'}")


if __name__ == "__main__":
    main()
