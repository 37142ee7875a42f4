"""Score events against our annotated event corpus (``data/annotations/events/*.jsonl``).

Each unit (one or two sentences) carries every event the guideline asks for, with PLOVER type,
source and target codes. Two views are reported:

- **event level**: per unit, system and gold events are matched by type (a multiset
  intersection) for type precision, recall and micro-F1, overall and per type; and matched one to
  one by type and actors (source and target countries, as the GSR scorer compares them: the
  first three letters of country or code; a gold side without a code accepts anything) for
  type + actors;
- **sentence level, as ``score_sentence_events.py`` counts** on the units that have a gold
  event: some event of a gold type (type), one also right in its actors (full), and the share of
  emitted events whose type the unit's gold has (precision); and how many events are emitted on
  units that have none.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from newsgraph.evaluate.metrics import harmonic_mean


def is_corpus(path: Path) -> bool:
    """Whether a JSONL file is our corpus (units with an ``events`` list), not GSR sentences."""
    with path.open(encoding="utf-8") as handle:
        first = next((line for line in handle if line.strip()), "{}")
    return isinstance(json.loads(first).get("events"), list)


def read_units(path: Path) -> Iterator[dict[str, Any]]:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            yield json.loads(line)


def _countries(side: Any) -> set[str] | None:
    """The countries a gold side names (codes cut to three letters): empty when there is no
    such side (as the GSR writes an untargeted or reciprocal event), None (anything goes) when
    the side is there but the annotator could give it no code."""
    actors = side if isinstance(side, list) else [side] if side else []
    codes = {a["code"][:3].upper() for a in actors if isinstance(a, dict) and a.get("code")}
    return None if actors and not codes else codes


Gold = tuple[str, "set[str] | None", "set[str] | None"]


def gold_events(unit: dict[str, Any]) -> list[Gold]:
    return [(e["type"], _countries(e.get("source")), _countries(e.get("target"))) for e in unit["events"]]


def system_events(record: dict[str, Any]) -> list[tuple[str, str, str]]:
    actors = {a["id"]: a for a in record.get("actors", [])}

    def country(ref: str | None) -> str:
        actor = actors.get(ref or "") or {}
        return (actor.get("country") or actor.get("code") or "")[:3].upper()

    return [((e.get("plover") or "").upper(), country(e.get("source")), country(e.get("target")))
            for e in record.get("events", [])]


def actors_match(gold: Gold, system: tuple[str, str, str]) -> bool:
    """Type and countries, as score_sentence_events.py compares them; a side the annotator could
    not code accepts anything."""
    kind, sources, targets = gold
    plover, src, tgt = system
    if plover != kind:
        return False
    source_ok = not sources or src in sources
    target_ok = targets is None or not targets or tgt in targets
    if targets is not None and not targets and tgt and tgt not in (sources or {tgt}):
        target_ok = False  # a reciprocal gold accepts either direction, not a third party
    return source_ok and target_ok


@dataclass
class CorpusEventReport:
    units: int = 0
    gold: int = 0
    emitted: int = 0
    type_matched: int = 0
    full_matched: int = 0
    per_type: dict[str, Counter[str]] = field(default_factory=dict)
    event_units: int = 0  # units with a gold event: the sentence-level view
    type_hit: int = 0
    full_hit: int = 0
    emitted_on_event_units: int = 0
    extra: int = 0
    emitted_on_empty_units: int = 0
    details: list[str] = field(default_factory=list)

    def add(self, unit: dict[str, Any], record: dict[str, Any]) -> None:
        gold, system = gold_events(unit), system_events(record)
        self.units += 1
        self.gold += len(gold)
        self.emitted += len(system)
        gold_types, system_types = Counter(g[0] for g in gold), Counter(s[0] for s in system)
        for kind in gold_types | system_types:
            counts = self.per_type.setdefault(kind, Counter())
            counts["tp"] += min(gold_types[kind], system_types[kind])
            counts["fn"] += max(0, gold_types[kind] - system_types[kind])
            counts["fp"] += max(0, system_types[kind] - gold_types[kind])
        self.type_matched += sum((gold_types & system_types).values())
        unused = list(system)
        for g in gold:
            match = next((s for s in unused if actors_match(g, s)), None)
            if match is not None:
                unused.remove(match)
                self.full_matched += 1
        self._sentence_view(unit, gold, system)

    def _sentence_view(self, unit: dict[str, Any], gold: list[Gold],
                       system: list[tuple[str, str, str]]) -> None:
        if not gold:
            self.emitted_on_empty_units += len(system)
            if system:
                self.details.append(f"{unit['id']}: no gold event; got {_show(system)} | {unit['text'][:100]}")
            return
        kinds = {g[0] for g in gold}
        self.event_units += 1
        self.emitted_on_event_units += len(system)
        self.extra += sum(s[0] not in kinds for s in system)
        type_hit = any(s[0] in kinds for s in system)
        full_hit = any(actors_match(g, s) for g in gold for s in system)
        self.type_hit += type_hit
        self.full_hit += full_hit
        if not full_hit:
            want = "; ".join(f"{_side(s)} {k} {_side(t)}" for k, s, t in gold)
            self.details.append(f"{unit['id']}: {'wrong actors' if type_hit else 'missed'}: want {want}; "
                                f"got {_show(system) or 'nothing'} | {unit['text'][:100]}")

    def figures(self) -> dict[str, float]:
        precision = self.type_matched / self.emitted if self.emitted else 0.0
        recall = self.type_matched / self.gold if self.gold else 0.0
        full_p = self.full_matched / self.emitted if self.emitted else 0.0
        full_r = self.full_matched / self.gold if self.gold else 0.0
        n = self.event_units or 1
        emitted = self.emitted_on_event_units
        return {"type_f1": harmonic_mean(precision, recall), "type_precision": precision, "type_recall": recall,
                "full_f1": harmonic_mean(full_p, full_r), "sentence_type": self.type_hit / n,
                "sentence_full": self.full_hit / n,
                "sentence_precision": (emitted - self.extra) / emitted if emitted else 0.0}

    def summary(self) -> str:
        f = self.figures()
        return (f"units {self.units} gold events {self.gold} emitted {self.emitted} | type P {f['type_precision']:.3f} "
                f"R {f['type_recall']:.3f} F1 {f['type_f1']:.3f} | type+actors F1 {f['full_f1']:.3f} | "
                f"sentences with an event {self.event_units}: type {f['sentence_type']:.3f} full "
                f"{f['sentence_full']:.3f} precision {f['sentence_precision']:.3f} | emitted on "
                f"{self.units - self.event_units} units without one: {self.emitted_on_empty_units}")

    def per_type_lines(self) -> list[str]:
        lines = []
        for kind in sorted(self.per_type):
            c = self.per_type[kind]
            p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
            r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
            lines.append(f"  {kind:<10} gold {c['tp'] + c['fn']:>4} emitted {c['tp'] + c['fp']:>4} "
                         f"P {p:.3f} R {r:.3f} F1 {harmonic_mean(p, r):.3f}")
        return lines


def _show(system: list[tuple[str, str, str]]) -> str:
    return "; ".join(f"{s or '-'} {k} {t or '-'}" for k, s, t in system)


def _side(codes: set[str] | None) -> str:
    return "?" if codes is None else "/".join(sorted(codes)) or "-"
