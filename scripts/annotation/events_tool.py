#!/usr/bin/env python3
"""Check, compare and count event annotations (the guideline: docs/annotation/events.md).

    python scripts/annotation/events_tool.py check IN.jsonl [--write OUT.jsonl] [--pool DIR]
    python scripts/annotation/events_tool.py agree A.jsonl B.jsonl [--details]
    python scripts/annotation/events_tool.py stats FILE...

``check`` validates annotated units (one JSON object per line: the unit's own fields plus
``events`` and ``annotator``), resolves every span the annotator wrote as text (an exact
substring of the unit's ``text``, with ``"occurrence": k`` when it occurs more than once) to
``start``/``end`` character offsets, normalises codes and defaults, reports every error with
the unit id and, with ``--write``, writes the resolved file. It exits 1 when there are errors
(and then writes nothing).

``agree`` compares two annotations of the same units: whether a unit has an event (Cohen's
kappa), events matched by overlapping triggers, type agreement on matched events, F1 of
trigger + type, source/target codes, mode, action, modality and negation on matched events.

``stats`` counts events per type, split, source and modality, units without events, actions,
negations and unsure events.

Standard library only. Valid actor codes come from the repository's lexicons
(``src/newsgraph/lexicons/countries.tsv`` and ``igos.tsv``), CAMEO codes from ``cameo.tsv``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any, Iterable

ROOT = Path(__file__).resolve().parents[2]
LEXICONS = ROOT / "src" / "newsgraph" / "lexicons"
POOL = ROOT / "data" / "annotations" / "events" / "pool"

# PLOVER event types and their modes (PLOVER manual, draft 2.0, chapter 3). One mode per event.
TYPES: dict[str, tuple[str, ...]] = {
    "AGREE": (),
    "CONSULT": ("visit", "third-party", "multilateral", "phone"),
    "SUPPORT": (),
    "CONCEDE": (),
    "COOPERATE": (),
    "AID": (),
    "RETREAT": ("withdraw", "release", "disarm", "ceasefire", "access", "resign"),
    "REQUEST": ("assist", "change", "yield", "meet"),
    "ACCUSE": ("disapprove", "investigate", "allege"),
    "REJECT": ("assist", "change", "yield", "meet"),
    "THREATEN": ("restrict", "arrest", "relations", "expel", "territory", "violence"),
    "PROTEST": ("demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"),
    "SANCTION": ("convict", "expel", "withdraw", "discontinue"),
    "MOBILIZE": ("troops", "weapons", "police", "militia"),
    "COERCE": ("seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold",
               "misinformation", "cyber"),
    "ASSAULT": ("abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms",
                "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control",
                "unconventional"),
}
COOPERATIVE = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"}
# The four types that wrap an act that has not happened, and the modality that goes with each.
WRAPPERS = {"AGREE": "intended", "THREATEN": "intended", "REQUEST": "demanded", "REJECT": "refused"}
MODALITIES = ("asserted", "intended", "demanded", "refused", "hypothetical")
# Sector suffixes (CAMEO actor codes, as newsgraph writes them: MED is media, HLH health).
SECTORS = {
    "GOV", "MIL", "COP", "JUD", "LEG", "REB", "INS", "SEP", "OPP", "PTY", "CVL", "MED", "BUS", "EDU",
    "HLH", "LAB", "AGR", "REL", "REF", "CRM", "UAF", "UNK", "SPY", "PRM", "ELI", "SOC", "NGO", "ENV",
    "DEV", "HRI", "PRE",
}
MAX_SECTORS = 2
# PLOVER's international non-state codes (manual, table 5.1) for organisations igos.tsv lacks.
GENERIC = {"IGO": "international governmental organization", "NGO": "non-governmental organization",
           "ISM": "international social movement", "IMG": "transnational militarized group",
           "MNC": "multinational corporation"}
EXTRA_COUNTRIES = {"HKG": "Hong Kong", "ATA": "Antarctica"}  # PLOVER's exceptions (manual, 5.1)
ALIASES = {"KOS": "XKX", "UNO": "IGOUNO", "EUR": "IGOEUREEC"}  # PLOVER's spellings -> ours
EVENT_KEYS = ("trigger", "type", "mode", "action", "modality", "negated", "source", "target", "cameo",
              "unsure", "note")
SPAN_KEYS = {"text", "occurrence", "start", "end"}
ACTOR_KEYS = SPAN_KEYS | {"code"}


# ---------------------------------------------------------------- code tables

def _tsv(path: Path) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows[1:]  # header


class Codes:
    """Valid actor codes (country + sectors, IGO + sectors) and CAMEO event codes."""

    def __init__(self, lexicons: Path = LEXICONS):
        self.countries = {r[0]: r[2] for r in _tsv(lexicons / "countries.tsv")}
        self.countries.update(EXTRA_COUNTRIES)
        self.igos: dict[str, str] = {}
        self.aliases = dict(ALIASES)
        for code, name, aliases in (r[:3] for r in _tsv(lexicons / "igos.tsv")):
            self.igos.setdefault(code, name)
            for alias in [name, *aliases.split("|")]:
                if re.fullmatch(r"[A-Z0-9]{2,6}", alias) and alias not in self.countries and alias != code:
                    self.aliases.setdefault(alias, code)
        self.prefixes: dict[str, str] = {}
        for table in (self.countries, self.igos, GENERIC):
            self.prefixes.update({c: c for c in table})
        self.prefixes.update(self.aliases)
        self._order = sorted(self.prefixes, key=len, reverse=True)
        self.cameo: dict[str, str] = {}  # code -> PLOVER type ("" when PLOVER drops it)
        for row in _tsv(lexicons / "cameo.tsv"):
            self.cameo[row[0]] = row[5] if len(row) > 5 else ""

    def normalise(self, code: str) -> tuple[str | None, str | None]:
        """(canonical code, None) or (None, why it is not valid)."""
        if not isinstance(code, str) or not re.fullmatch(r"[A-Z0-9]+", code):
            return None, f"code {code!r} is not upper-case letters/digits"
        for prefix in self._order:
            if not code.startswith(prefix):
                continue
            rest = code[len(prefix):]
            sectors = [rest[i:i + 3] for i in range(0, len(rest), 3)]
            if len(rest) % 3 == 0 and len(sectors) <= MAX_SECTORS and all(s in SECTORS for s in sectors):
                return self.prefixes[prefix] + rest, None
        if code[:3] in SECTORS:
            return None, (f"code {code!r} has no country/IGO part: write the country first "
                          f"({'USA' + code[:3]}), or null when the country is unknown")
        if code[:3] in self.countries and code[3:]:
            bad = [code[3:][i:i + 3] for i in range(0, len(code) - 3, 3)]
            return None, f"code {code!r}: unknown sector suffix {'/'.join(bad)} (or more than {MAX_SECTORS})"
        return None, f"code {code!r}: unknown country/IGO code"


_CODES: Codes | None = None


def codes() -> Codes:
    global _CODES
    if _CODES is None:
        _CODES = Codes()
    return _CODES


# ---------------------------------------------------------------- spans

def occurrences(text: str, sub: str) -> list[int]:
    """Start offsets of ``sub`` in ``text``: whole-word matches only, unless there are none."""
    found, i = [], text.find(sub)
    while sub and i != -1:
        found.append(i)
        i = text.find(sub, i + 1)

    def whole(i: int) -> bool:
        before = text[i - 1] if i > 0 else ""
        after = text[i + len(sub)] if i + len(sub) < len(text) else ""
        return not (sub[0].isalnum() and before.isalnum()) and not (sub[-1].isalnum() and after.isalnum())

    words = [i for i in found if whole(i)]
    return words or found


def resolve_span(text: str, spec: Any) -> tuple[dict | None, str | None]:
    """A span written as a string or as {"text", "occurrence"?, "start"?, "end"?} ->
    ({"text", "start", "end"}, None) or (None, error)."""
    if isinstance(spec, str):
        spec = {"text": spec}
    if not isinstance(spec, dict):
        return None, f"span must be a string or an object, not {type(spec).__name__}"
    sub = spec.get("text")
    if not isinstance(sub, str) or not sub.strip():
        return None, "span has no text"
    if sub != sub.strip():
        return None, f"span {sub!r} starts or ends with a space"
    if "start" in spec or "end" in spec:
        start, end = spec.get("start"), spec.get("end")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            return None, f"span {sub!r}: bad offsets {start!r}..{end!r}"
        if text[start:end] != sub:
            return None, f"span {sub!r}: text[{start}:{end}] is {text[start:end]!r}"
        return {"text": sub, "start": start, "end": end}, None
    found = occurrences(text, sub)
    if not found:
        lower = text.lower().find(sub.lower())
        hint = f" (did you mean {text[lower:lower + len(sub)]!r}?)" if lower != -1 else ""
        return None, f"span {sub!r} is not in the text{hint}"
    k = spec.get("occurrence")
    if k is None:
        if len(found) > 1:
            return None, f"span {sub!r} occurs {len(found)} times: add \"occurrence\": 1..{len(found)}"
        k = 1
    if not isinstance(k, int) or isinstance(k, bool) or not 1 <= k <= len(found):
        return None, f"span {sub!r}: occurrence {k!r} not in 1..{len(found)}"
    start = found[k - 1]
    return {"text": sub, "start": start, "end": start + len(sub)}, None


# ---------------------------------------------------------------- checking

def read_jsonl(path: str | Path) -> tuple[list[dict], list[str]]:
    units, errors = [], []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"{path}:{n}: not JSON ({exc.msg}, column {exc.colno})")
                continue
            if not isinstance(obj, dict):
                errors.append(f"{path}:{n}: a line must be a JSON object")
                continue
            units.append(obj)
    return units, errors


def load_pool(folder: Path | None) -> dict[str, str]:
    texts: dict[str, str] = {}
    if folder is None or not folder.is_dir():
        return texts
    for path in sorted(folder.glob("*.jsonl")):
        for unit in read_jsonl(path)[0]:
            if "id" in unit:
                texts[unit["id"]] = unit.get("text", "")
    return texts


def check_actor(text: str, value: Any, role: str) -> tuple[Any, list[str], list[str]]:
    """null, one actor object or a list of them -> (normalised, errors, warnings)."""
    if value is None or value == []:
        return None, [], []
    items = value if isinstance(value, list) else [value]
    out, errors, warnings = [], [], []
    for n, item in enumerate(items, 1):
        where = f"{role}[{n}]" if isinstance(value, list) else role
        if not isinstance(item, dict):
            errors.append(f"{where} must be an object with text and code")
            continue
        extra = set(item) - ACTOR_KEYS
        if extra:
            errors.append(f"{where}: unknown field(s) {', '.join(sorted(extra))}")
        span, err = resolve_span(text, item)
        if err:
            errors.append(f"{where}: {err}")
            continue
        code = item.get("code")
        if code is not None:
            code, err = codes().normalise(code)
            if err:
                errors.append(f"{where}: {err}")
                continue
        elif "code" not in item:
            errors.append(f"{where}: no code (write \"code\": null when the country is unknown)")
        out.append({**span, "code": code})
    if len(out) == 1:
        return out[0], errors, warnings
    keys = [(a["start"], a["code"]) for a in out]
    if len(set(keys)) < len(keys):
        warnings.append(f"{role}: the same actor twice")
    return out, errors, warnings


def check_event(text: str, ev: Any) -> tuple[dict | None, list[str], list[str]]:
    """One event as written -> (normalised event, errors, warnings)."""
    if not isinstance(ev, dict):
        return None, ["an event must be a JSON object"], []
    errors: list[str] = []
    warnings: list[str] = []
    extra = set(ev) - set(EVENT_KEYS)
    if extra:
        errors.append(f"unknown field(s) {', '.join(sorted(extra))}")
    if isinstance(ev.get("trigger"), dict) and set(ev["trigger"]) - SPAN_KEYS:
        errors.append(f"trigger: unknown field(s) {', '.join(sorted(set(ev['trigger']) - SPAN_KEYS))}")
    trigger, err = resolve_span(text, ev.get("trigger"))
    if err:
        errors.append(f"trigger: {err}")
    etype = ev.get("type")
    if etype not in TYPES:
        errors.append(f"type {etype!r} is not one of the 16 PLOVER types")
    mode = ev.get("mode")
    if mode is not None and etype in TYPES and mode not in TYPES[etype]:
        allowed = ", ".join(TYPES[etype]) or "none"
        errors.append(f"mode {mode!r} is not a mode of {etype} (allowed: {allowed}; or null)")
    action = ev.get("action")
    if action is not None:
        if action not in TYPES:
            errors.append(f"action {action!r} is not one of the 16 PLOVER types")
        elif etype in TYPES and etype not in WRAPPERS:
            errors.append(f"action is only for AGREE, THREATEN, REQUEST, REJECT (not {etype}); "
                          f"an asserted act has action null")
        elif etype == "AGREE" and action not in COOPERATIVE:
            warnings.append(f"AGREE with a hostile action {action}: a promised hostile act is THREATEN")
        elif etype == "THREATEN" and action in COOPERATIVE:
            warnings.append(f"THREATEN with a cooperative action {action}: a promised cooperative act is AGREE")
        elif action == etype:
            warnings.append(f"action {action} equals the type")
    modality = ev.get("modality", WRAPPERS.get(etype, "asserted") if etype in TYPES else "asserted")
    if modality not in MODALITIES:
        errors.append(f"modality {modality!r} not one of {', '.join(MODALITIES)}")
    elif etype in TYPES and modality != "hypothetical":
        expected = WRAPPERS.get(etype, "asserted")
        if modality != expected:
            errors.append(f"modality {modality!r} does not go with {etype}: use {expected!r} "
                          f"(or 'hypothetical' when the whole event is only possible)")
    negated = ev.get("negated", False)
    if not isinstance(negated, bool):
        errors.append("negated must be true or false")
    source, errs, warns = check_actor(text, ev.get("source"), "source")
    errors += errs
    warnings += warns
    target, errs, warns = check_actor(text, ev.get("target"), "target")
    errors += errs
    warnings += warns
    if isinstance(source, dict) and isinstance(target, dict) and source["start"] == target["start"]:
        warnings.append("source and target are the same mention")
    cameo = ev.get("cameo")
    if cameo is not None:
        if not isinstance(cameo, str) or cameo not in codes().cameo:
            errors.append(f"cameo {cameo!r} is not a CAMEO event code")
        else:
            mapped = codes().cameo[cameo]
            if mapped and etype in TYPES and mapped != etype:
                warnings.append(f"cameo {cameo} maps to {mapped} in cameo.tsv, not {etype}")
    unsure = ev.get("unsure", False)
    note = ev.get("note", "")
    if not isinstance(unsure, bool):
        errors.append("unsure must be true or false")
    if note is None:
        note = ""
    if not isinstance(note, str):
        errors.append("note must be a string")
    elif unsure is True and not note.strip():
        errors.append("unsure is true but the note is empty: say what you hesitated over")
    if errors:
        return None, errors, warnings
    out = {"trigger": trigger, "type": etype, "mode": mode, "action": action, "modality": modality,
           "negated": negated, "source": source, "target": target, "cameo": cameo, "unsure": unsure,
           "note": note}
    return out, errors, warnings


def check_units(units: list[dict], pool: dict[str, str] | None = None) -> tuple[list[dict], list[str], list[str]]:
    """Validate units -> (resolved units, errors, warnings); messages start with the unit id."""
    resolved, errors, warnings = [], [], []
    seen: set[str] = set()
    for n, unit in enumerate(units, 1):
        uid = unit.get("id")
        label = uid if isinstance(uid, str) and uid else f"unit #{n}"
        if not isinstance(uid, str) or not uid:
            errors.append(f"{label}: no id")
        elif uid in seen:
            errors.append(f"{label}: id repeated")
        seen.add(uid if isinstance(uid, str) else "")
        text = unit.get("text")
        if not isinstance(text, str) or not text:
            errors.append(f"{label}: no text")
            continue
        if pool and isinstance(uid, str):
            if uid not in pool:
                warnings.append(f"{label}: id not in the pool")
            elif pool[uid] != text:
                errors.append(f"{label}: text differs from the pool's (never edit the text)")
        annotator = unit.get("annotator")
        if not isinstance(annotator, str) or not annotator.strip():
            errors.append(f"{label}: no annotator")
        events = unit.get("events")
        if not isinstance(events, list):
            errors.append(f"{label}: no \"events\" list (a unit without events has \"events\": [])")
            continue
        out_events, unit_ok = [], True
        for k, ev in enumerate(events, 1):
            trig = ev.get("trigger") if isinstance(ev, dict) else None
            trig = trig.get("text") if isinstance(trig, dict) else trig
            where = f"{label}: event {k} ({trig!r})"
            norm, errs, warns = check_event(text, ev)
            errors += [f"{where}: {e}" for e in errs]
            warnings += [f"{where}: {w}" for w in warns]
            if norm is None:
                unit_ok = False
            else:
                out_events.append(norm)
        keys = [_event_key(e) for e in out_events]
        for key, count in Counter(keys).items():
            if count > 1:
                warnings.append(f"{label}: {count} identical events ({key[1]} at {key[0]})")
        if unit_ok:
            resolved.append({**unit, "events": out_events})
    return resolved, errors, warnings


def _codes_of(actor: Any) -> tuple[str, ...]:
    if actor is None:
        return ()
    items = actor if isinstance(actor, list) else [actor]
    return tuple(sorted(a.get("code") or "?" for a in items))


def _event_key(ev: dict) -> tuple:
    return ((ev["trigger"]["start"], ev["trigger"]["end"]), ev["type"], _codes_of(ev["source"]),
            _codes_of(ev["target"]))


def cmd_check(args: argparse.Namespace) -> int:
    units, errors = read_jsonl(args.file)
    pool = load_pool(Path(args.pool)) if args.pool else load_pool(POOL)
    resolved, errs, warnings = check_units(units, pool)
    errors += errs
    for w in warnings:
        print(f"warning: {w}")
    for e in errors:
        print(f"error: {e}")
    n_events = sum(len(u["events"]) for u in units if isinstance(u.get("events"), list))
    print(f"{args.file}: {len(units)} units, {n_events} events checked, {len(errors)} errors, "
          f"{len(warnings)} warnings")
    if errors:
        if args.write:
            print(f"not written: {args.write} (fix the errors first)")
        return 1
    if args.write:
        with open(args.write, "w", encoding="utf-8") as fh:
            for unit in resolved:
                fh.write(json.dumps(unit, ensure_ascii=False) + "\n")
        print(f"wrote {args.write}")
    return 0


# ---------------------------------------------------------------- agreement

def cohen_kappa(pairs: list[tuple[Any, Any]]) -> float | None:
    """Cohen's kappa of two raters' labels for the same items (None when there are none)."""
    if not pairs:
        return None
    n = len(pairs)
    po = sum(a == b for a, b in pairs) / n
    ca = Counter(a for a, _ in pairs)
    cb = Counter(b for _, b in pairs)
    pe = sum(ca[k] * cb[k] for k in set(ca) | set(cb)) / (n * n)
    if pe >= 1.0:
        return 1.0 if po == 1.0 else 0.0
    return (po - pe) / (1 - pe)


def _overlap(a: dict, b: dict) -> int:
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def match_events(ev_a: list[dict], ev_b: list[dict]) -> list[tuple[int, int]]:
    """Pairs (i, j) of events whose triggers overlap, one-to-one; the same type is preferred,
    then the larger overlap."""
    cands = []
    for i, a in enumerate(ev_a):
        for j, b in enumerate(ev_b):
            ov = _overlap(a["trigger"], b["trigger"])
            if ov > 0:
                cands.append((a["type"] == b["type"], ov, -abs(i - j), i, j))
    cands.sort(reverse=True)
    used_a, used_b, pairs = set(), set(), []
    for *_, i, j in cands:
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            pairs.append((i, j))
    return sorted(pairs)


def _resolve_loose(units: list[dict]) -> tuple[dict[str, dict], list[str]]:
    """Units by id with events resolved; events that do not check are left out (reported)."""
    out, problems = {}, []
    for unit in units:
        uid, text = unit.get("id"), unit.get("text", "")
        events = []
        for k, ev in enumerate(unit.get("events") or [], 1):
            norm, errs, _ = check_event(text, ev)
            if norm is None:
                problems.append(f"{uid}: event {k} left out: {errs[0]}")
            else:
                events.append(norm)
        out[uid] = {**unit, "events": events}
    return out, problems


def _pct(x: int, n: int) -> str:
    return f"{x}/{n} ({x / n:.2f})" if n else "n/a"


def _fmt(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.3f}"


def agreement(units_a: list[dict], units_b: list[dict]) -> dict[str, Any]:
    """Agreement figures for two annotations of the same units (ids in common)."""
    a_by, prob_a = _resolve_loose(units_a)
    b_by, prob_b = _resolve_loose(units_b)
    ids = [u for u in a_by if u in b_by]
    has_pairs, type_pairs, modality_pairs, details = [], [], [], []
    n_a = n_b = matched = same_type = 0
    mode_ok = mode_n = action_ok = action_n = neg_ok = 0
    src_ok = src_cty = tgt_ok = tgt_cty = 0
    confusion: Counter = Counter()
    for uid in ids:
        ea, eb = a_by[uid]["events"], b_by[uid]["events"]
        has_pairs.append((bool(ea), bool(eb)))
        n_a += len(ea)
        n_b += len(eb)
        pairs = match_events(ea, eb)
        matched += len(pairs)
        for i, j in pairs:
            a, b = ea[i], eb[j]
            type_pairs.append((a["type"], b["type"]))
            modality_pairs.append((a["modality"], b["modality"]))
            neg_ok += a["negated"] == b["negated"]
            trig = a["trigger"]["text"]
            if a["type"] == b["type"]:
                same_type += 1
                if a["mode"] or b["mode"]:
                    mode_n += 1
                    mode_ok += a["mode"] == b["mode"]
                    if a["mode"] != b["mode"]:
                        details.append(f"{uid}: mode on {trig!r}: {a['mode']} / {b['mode']}")
                if a["action"] or b["action"]:
                    action_n += 1
                    action_ok += a["action"] == b["action"]
                    if a["action"] != b["action"]:
                        details.append(f"{uid}: action on {trig!r}: {a['action']} / {b['action']}")
            else:
                confusion[tuple(sorted((a["type"], b["type"])))] += 1
                details.append(f"{uid}: type {a['type']} / {b['type']} on {a['trigger']['text']!r}")
            for field in ("modality", "negated"):
                if a[field] != b[field]:
                    details.append(f"{uid}: {field} on {trig!r}: {a[field]} / {b[field]}")
            sa, sb = _codes_of(a["source"]), _codes_of(b["source"])
            ta, tb = _codes_of(a["target"]), _codes_of(b["target"])
            src_ok += sa == sb
            src_cty += {c[:3] for c in sa} == {c[:3] for c in sb}
            tgt_ok += ta == tb
            tgt_cty += {c[:3] for c in ta} == {c[:3] for c in tb}
            if sa != sb or ta != tb:
                details.append(f"{uid}: actors on {a['trigger']['text']!r}: "
                               f"{'/'.join(sa) or '-'} -> {'/'.join(ta) or '-'} vs "
                               f"{'/'.join(sb) or '-'} -> {'/'.join(tb) or '-'}")
        ia = {i for i, _ in pairs}
        ib = {j for _, j in pairs}
        for i, e in enumerate(ea):
            if i not in ia:
                details.append(f"{uid}: only A: {e['type']} {e['trigger']['text']!r}")
        for j, e in enumerate(eb):
            if j not in ib:
                details.append(f"{uid}: only B: {e['type']} {e['trigger']['text']!r}")
    total = n_a + n_b
    return {
        "units": len(ids), "only_a": len(a_by) - len(ids), "only_b": len([u for u in b_by if u not in a_by]),
        "has_event_agree": sum(x == y for x, y in has_pairs), "has_event_kappa": cohen_kappa(has_pairs),
        "events_a": n_a, "events_b": n_b, "matched": matched,
        "trigger_f1": 2 * matched / total if total else None,
        "type_agree": same_type, "type_kappa": cohen_kappa(type_pairs),
        "trigger_type_f1": 2 * same_type / total if total else None,
        "mode_agree": mode_ok, "mode_n": mode_n, "action_agree": action_ok, "action_n": action_n,
        "source_agree": src_ok, "source_country_agree": src_cty,
        "target_agree": tgt_ok, "target_country_agree": tgt_cty,
        "modality_agree": sum(x == y for x, y in modality_pairs), "modality_kappa": cohen_kappa(modality_pairs),
        "negated_agree": neg_ok,
        "unsure_a": sum(e["unsure"] for u in ids for e in a_by[u]["events"]),
        "unsure_b": sum(e["unsure"] for u in ids for e in b_by[u]["events"]),
        "confusion": confusion.most_common(), "details": details, "problems": prob_a + prob_b,
    }


def cmd_agree(args: argparse.Namespace) -> int:
    ua, ea = read_jsonl(args.a)
    ub, eb = read_jsonl(args.b)
    for e in ea + eb:
        print(f"error: {e}")
    r = agreement(ua, ub)
    for p in r["problems"]:
        print(f"warning: {p}")
    m = r["matched"]
    print(f"units compared     {r['units']} (only in A: {r['only_a']}, only in B: {r['only_b']})")
    print(f"has-event          agree {_pct(r['has_event_agree'], r['units'])}, kappa {_fmt(r['has_event_kappa'])}")
    print(f"events             A {r['events_a']}, B {r['events_b']}, matched by trigger overlap {m}, "
          f"trigger F1 {_fmt(r['trigger_f1'])}")
    print(f"type (matched)     agree {_pct(r['type_agree'], m)}, kappa {_fmt(r['type_kappa'])}")
    print(f"trigger+type F1    {_fmt(r['trigger_type_f1'])}")
    print(f"mode (same type)   agree {_pct(r['mode_agree'], r['mode_n'])} (where either gives one)")
    print(f"action (same type) agree {_pct(r['action_agree'], r['action_n'])} (where either gives one)")
    print(f"source code        agree {_pct(r['source_agree'], m)}, country only {_pct(r['source_country_agree'], m)}")
    print(f"target code        agree {_pct(r['target_agree'], m)}, country only {_pct(r['target_country_agree'], m)}")
    print(f"modality (matched) agree {_pct(r['modality_agree'], m)}, kappa {_fmt(r['modality_kappa'])}")
    print(f"negated (matched)  agree {_pct(r['negated_agree'], m)}")
    print(f"unsure events      A {r['unsure_a']}, B {r['unsure_b']}")
    if r["confusion"]:
        print("type confusions    " + ", ".join(f"{x}/{y} {n}" for (x, y), n in r["confusion"]))
    if args.details:
        print("\ndisagreements:")
        for d in r["details"]:
            print(f"  {d}")
    return 0


# ---------------------------------------------------------------- stats

def _table(title: str, counts: dict, columns: list[str], rows: Iterable[str]) -> list[str]:
    lines = [title]
    width = max([len(r) for r in rows] + [12])
    lines.append("  " + " " * width + "".join(f"{c:>10}" for c in columns))
    for r in rows:
        lines.append("  " + f"{r:<{width}}" + "".join(f"{counts.get((r, c), 0):>10}" for c in columns))
    return lines


def statistics(units: list[dict]) -> list[str]:
    splits = sorted({u.get("split") or "-" for u in units}) + ["all"]
    by: Counter = Counter()
    modality: Counter = Counter()
    actions: Counter = Counter()
    sources: Counter = Counter()
    modes: Counter = Counter()
    annotators: Counter = Counter()
    no_event: Counter = Counter()
    unit_count: Counter = Counter()
    negated = unsure = n_events = 0
    for u in units:
        split = u.get("split") or "-"
        events = u.get("events") or []
        annotators[u.get("annotator") or "-"] += 1
        for s in (split, "all"):
            unit_count[s] += 1
            no_event[s] += not events
        sources[(u.get("source") or "-", "units")] += 1
        sources[(u.get("source") or "-", "no event")] += not events
        sources[(u.get("source") or "-", "events")] += len(events)
        for e in events:
            n_events += 1
            for s in (split, "all"):
                by[(e.get("type"), s)] += 1
            modality[e.get("modality", "asserted")] += 1
            negated += bool(e.get("negated"))
            unsure += bool(e.get("unsure"))
            if e.get("action"):
                actions[f"{e.get('type')} -> {e['action']}"] += 1
            if e.get("mode"):
                modes[f"{e.get('type')} {e['mode']}"] += 1
    lines = [f"units {len(units)}, events {n_events}, units with no event {no_event['all']}, "
             f"negated {negated}, unsure {unsure}"]
    lines.append("units per split   " + ", ".join(f"{s} {unit_count[s]} ({no_event[s]} without events)"
                                                  for s in splits if s != "all"))
    lines += _table("events per type and split", by, splits, list(TYPES))
    lines += _table("per source", sources, ["units", "no event", "events"], sorted({k for k, _ in sources}))
    lines.append("modality          " + ", ".join(f"{k} {v}" for k, v in modality.most_common()))
    lines.append("actions           " + (", ".join(f"{k} {v}" for k, v in actions.most_common()) or "-"))
    lines.append("modes             " + (", ".join(f"{k} {v}" for k, v in modes.most_common()) or "-"))
    lines.append("annotators        " + ", ".join(f"{k} {v}" for k, v in annotators.most_common()))
    return lines


def cmd_stats(args: argparse.Namespace) -> int:
    units: list[dict] = []
    for path in args.files:
        got, errors = read_jsonl(path)
        for e in errors:
            print(f"error: {e}")
        units += got
    print("\n".join(statistics(units)))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("check", help="validate annotated units and resolve their spans")
    p.add_argument("file")
    p.add_argument("--write", metavar="OUT.jsonl", help="write the resolved units (only when there are no errors)")
    p.add_argument("--pool", metavar="DIR", help=f"pool folder whose texts the units must keep (default {POOL})")
    p.set_defaults(func=cmd_check)
    p = sub.add_parser("agree", help="agreement between two annotations of the same units")
    p.add_argument("a")
    p.add_argument("b")
    p.add_argument("--details", action="store_true", help="list every disagreement")
    p.set_defaults(func=cmd_agree)
    p = sub.add_parser("stats", help="counts per type, split, modality")
    p.add_argument("files", nargs="+")
    p.set_defaults(func=cmd_stats)
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
