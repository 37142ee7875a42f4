"""The event lexicon: CAMEO codes with their PLOVER types, and the verbs and nouns that
trigger them (``cameo.tsv``, ``event_verbs.tsv``, ``event_nouns.tsv``, ``event_doers.tsv``, the words of
judgement in ``evaluations.tsv``, the coding conventions the rules apply in ``coding.tsv``; see
``docs/lexicons.md``). Its index is cached between processes (``index_cache``).

Verb rules are ``lemma`` + ``pattern``; a pattern is empty (the verb's default code),
``obj:WORD`` (the verb's direct object), ``adv:WORD`` (an adverb on the verb: "spoke *highly*
of"), ``prep:WORD`` (a preposition or particle attached to the verb) or ``prep:WORD:OBJ`` (that
preposition with that object).  :meth:`EventLexicon.code_verb`
takes the most specific rule that matches - ``prep:WORD:OBJ`` over ``prep:WORD`` over
``obj:WORD`` and ``adv:WORD`` over the default - and, among equally specific rules, hand-curated
(``newsgraph``) rows before PETRARCH2 rows, then file order; a curated veto (code ``-``)
that matches wins over every rule but a matching ``prep:WORD:OBJ``.  Object and noun words are
compared after a light plural folding ("sanctions" = "sanction", "allies" = "ally").
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

from newsgraph.lexicons.index_cache import cached, lexicon_files

__all__ = ["CameoCode", "VerbRule", "EventLexicon", "load_events", "PLOVER_TYPES"]

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
_SOURCE_RANK = {"newsgraph": 0}  # every other source ranks after the curated rows


@dataclass(frozen=True)
class CameoCode:
    """One CAMEO event code; ``plover``/``plover_mode`` are None where PLOVER has none."""

    code: str
    root: str
    name: str
    quad_class: int
    goldstein: float | None
    plover: str | None
    plover_mode: str | None


@dataclass(frozen=True)
class VerbRule:
    lemma: str
    pattern: str
    cameo: str
    source: str

    @property
    def specificity(self) -> int:
        """3 prep:WORD:OBJ, 2 prep:WORD, 1 obj:WORD or adv:WORD, 0 default."""
        return _specificity(self.pattern)


def _specificity(pattern: str) -> int:
    if pattern.startswith("prep:"):
        return 3 if pattern.count(":") >= 2 else 2
    return 1 if pattern.startswith(("obj:", "adv:")) else 0


def fold(word: str | None) -> str:
    """Lower-case a noun and strip a regular plural ending (for matching only)."""
    word = (word or "").strip().lower()
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _lines(filename: str) -> list[str]:
    """Data lines of a TSV in this package: '#' lines are comments, blank lines skipped."""
    text = resources.files(__package__).joinpath(filename).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _table(filename: str) -> list[dict[str, str]]:
    """Rows of a TSV as dicts keyed by its header line."""
    lines = _lines(filename)
    header = lines[0].split("\t")
    return [dict(zip(header, (cell.strip() for cell in line.split("\t")))) for line in lines[1:]]


def _cells(filename: str, width: int) -> list[list[str]]:
    """Rows of a large TSV as lists of ``width`` cells (missing trailing cells are empty)."""
    rows = []
    for line in _lines(filename)[1:]:
        cells = [cell.strip() for cell in line.split("\t")]
        rows.append((cells + [""] * width)[:width])
    return rows


class EventLexicon:
    """CAMEO codes, verb rules and noun triggers.  Build with :func:`load_events`."""

    def __init__(self) -> None:
        self._codes: dict[str, CameoCode] = {}
        for row in _table("cameo.tsv"):
            score = row.get("goldstein") or ""
            self._codes[row["code"]] = CameoCode(
                row["code"], row["root"], row["name"], int(row["quad_class"]),
                float(score) if score else None, row.get("plover") or None,
                row.get("plover_mode") or None)
        # 100k PETRARCH2 rows: kept as plain tuples, VerbRule objects are made on request.
        self._verbs: dict[str, list[tuple[str, str, str, int]]] = {}
        for lemma, pattern, code, source in _cells("event_verbs.tsv", 4):
            self._verbs.setdefault(lemma.lower(), []).append(
                (pattern, code, source, _specificity(pattern)))
        for rules in self._verbs.values():  # stable: curated first, then file order
            rules.sort(key=lambda r: _SOURCE_RANK.get(r[2], 1))
        self._refusals = {row["done"]: row["refusal"] for row in _table("cameo_refusals.tsv")}
        self._halts = {row["done"]: row["halt"] for row in _table("cameo_halts.tsv")}
        self._modality = {(row["kind"], row["word"]): row["modality"] for row in _table("modality.tsv")}
        self._evaluations = {row["word"]: row["polarity"] for row in _table("evaluations.tsv")}
        self._doers = [(row["plover"], row["word"], row["cameo"]) for row in _table("event_doers.tsv")]
        self._conventions: dict[str, tuple[str, ...]] = {}
        for row in _table("coding.tsv"):
            self._conventions[row["rule"]] = (*self._conventions.get(row["rule"], ()), row["value"])
        self._nouns: dict[str, str] = {}
        for row in _table("event_nouns.tsv"):
            self._nouns.setdefault(row["noun"].lower(), row["cameo"])
        for noun, code in list(self._nouns.items()):
            self._nouns.setdefault(fold(noun), code)

    # -- lookups -----------------------------------------------------------------------

    def cameo(self, code: str) -> CameoCode | None:
        """The CAMEO code ``code`` ("163"), or None if CAMEO has no such code."""
        return self._codes.get(code)

    def modality(self, kind: str, word: str) -> str | None:
        """What a modal ("must"), an adjective ("willing to") or a verb ("failed to") makes of
        the action it governs: intended, hypothetical, demanded or negated (``modality.tsv``)."""
        return self._modality.get((kind, word.lower()))

    def refusal(self, code: str) -> CameoCode | None:
        """The CAMEO code of refusing the action ``code`` ("043" attend a meeting -> 125 reject a
        proposal to meet), None when CAMEO codes no refusal of it."""
        return _by_prefix(self._refusals, self._codes, code)

    def convention(self, rule: str) -> tuple[str, ...]:
        """What a coding convention of ``coding.tsv`` covers: PLOVER types, CAMEO codes or code
        prefixes, actor sectors. An unknown rule is a KeyError: a misspelt name in code must fail."""
        return self._conventions[rule]

    def convention_code(self, rule: str) -> CameoCode:
        """The one CAMEO code a convention gives ("intent" -> 030)."""
        (code,) = self._conventions[rule]
        return self._codes[code]

    def judgement(self, word: str) -> CameoCode | None:
        """The code of saying ``word`` of an actor: praise (``coding.tsv``: 051) for a word of
        praise, criticism (111) for a word of blame ("naive", "a quack"), None for a word that
        judges nothing (``evaluations.tsv``)."""
        rule = {"positive": "praise", "negative": "criticism"}.get(self._evaluations.get(word.lower(), ""))
        return self.convention_code(rule) if rule else None

    def remark(self, word: str) -> bool:
        """Whether ``word`` names something said that carries the judgement of its adjective
        ("sharp words for Washington", "a glowing assessment of Trump")."""
        return self._evaluations.get(word.lower()) == "remark"

    def deed(self, word: str) -> bool:
        """Whether ``word`` names something done whose judgement blames or praises its doer,
        named or not ("what he called dangerous actions")."""
        return self._evaluations.get(word.lower()) == "act"

    def worry(self, word: str) -> bool:
        """Whether ``word`` names a worry, which said to exist about an actor criticizes it
        ("concerns over China remained")."""
        return self._evaluations.get(word.lower()) == "worry"

    def halt(self, code: str) -> CameoCode | None:
        """The CAMEO code of halting the action ``code`` ("046" negotiate -> 164 halt
        negotiations, "07" aid -> 162), None when CAMEO codes no halt of it."""
        return _by_prefix(self._halts, self._codes, code)

    def codes(self) -> list[CameoCode]:
        """Every CAMEO code, in table order."""
        return list(self._codes.values())

    def verb_rules(self, lemma: str) -> list[VerbRule]:
        """Rules for a verb lemma: newsgraph rows first, then PETRARCH2 rows, in file order."""
        key = lemma.lower()
        return [VerbRule(key, p, c, src) for p, c, src, _ in self._verbs.get(key, ())]

    def code_verb(self, lemma: str, objects: list[str], preps: list[tuple[str, str | None]],
                  adverbs: tuple[str, ...] = (), undergoers: list[str] | None = None) -> CameoCode | None:
        """CAMEO code of a verb with its direct objects, (preposition, object) pairs and adverbs,
        from the most specific matching rule; None when no rule matches. A verb we curated
        with a bare row is coded by our rows alone; for the others PETRARCH's object and
        preposition patterns apply (ours first) but not its bare group defaults, which are
        too broad for news prose. What a passive is done to (``undergoers``: "sanctions were
        imposed") counts as an object for our rows only: PETRARCH's were written for objects."""
        objs = {fold(o) for o in objects if o}
        suffered = objs | {fold(o) for o in undergoers or () if o}
        prep_words = {p.lower() for p, _ in preps if p}
        prep_pairs = {(p.lower(), fold(o)) for p, o in preps if p and o}
        adverb_words = {a.lower() for a in adverbs}
        best: tuple[str, str, str, int] | None = None
        rules = self._verbs.get(lemma.lower(), ())
        curated = [r for r in rules if r[2] == "newsgraph"]
        if any(not r[0] for r in curated):
            rules = curated  # a verb we curated whole (a bare row) is coded by our rows alone
        else:  # our pattern rows replace PETRARCH's rows for the same pattern
            ours = {r[0] for r in curated}
            rules = [r for r in rules if r[2] == "newsgraph" or r[0] not in ours]
        vetoed = False
        for rule in rules:
            if not rule[0] and rule[2] != "newsgraph":
                continue  # PETRARCH's bare verb-group defaults ("want" -> 030) code too much
            if not _matches(rule[0], suffered if rule[2] == "newsgraph" else objs, prep_words, prep_pairs, adverb_words):
                continue
            vetoed = vetoed or (rule[1] == "-" and rule[2] == "newsgraph")
            if best is None or rule[3] > best[3]:
                best = rule
        if vetoed and (best is None or best[3] < 3):
            return None  # "take part in" is no "take in" (075); only "go on strike" outranks "go on"
        return self._codes.get(best[1]) if best else None

    def vetoes(self, lemma: str, objects: list[str]) -> bool:
        """Whether a curated veto (code ``-``) says the verb done to these objects is no event
        ("release" + "report")."""
        objs = {fold(o) for o in objects if o}
        return any(rule[1] == "-" and rule[2] == "newsgraph" and rule[0].startswith("obj:")
                   and _matches(rule[0], objs, set(), set(), set()) for rule in self._verbs.get(lemma.lower(), ()))

    def by_doer(self, plover: str, doer_words: set[str]) -> CameoCode | None:
        """The code an event of type ``plover`` takes when its doer's phrase has one of
        these lemmas ("peacekeeping troops arrived" is AID, not a visit); None when none does."""
        found = next((code for kind, word, code in self._doers if kind == plover and word in doer_words), None)
        return self._codes.get(found) if found else None

    def noun(self, noun: str) -> CameoCode | None:
        """CAMEO code of a nominal trigger ("talks", "sanctions", "phone call")."""
        key = " ".join(noun.lower().split())
        code = self._nouns.get(key) or self._nouns.get(fold(key))
        return self._codes.get(code) if code else None

    def plover_of(self, code: str) -> tuple[str | None, str | None]:
        """(PLOVER type, mode) of ``code``; an unknown code takes its nearest parent's."""
        for length in range(len(code), 1, -1):
            found = self._codes.get(code[:length])
            if found is not None:
                return found.plover, found.plover_mode
        return None, None


def _by_prefix(table: dict[str, str], codes: dict[str, CameoCode], code: str) -> CameoCode | None:
    """The code ``table`` gives the longest prefix of ``code``."""
    for length in range(len(code), 1, -1):
        if (found := table.get(code[:length])) is not None:
            return codes.get(found)
    return None


def _matches(pattern: str, objs: set[str], prep_words: set[str],
             prep_pairs: set[tuple[str, str]], adverbs: set[str]) -> bool:
    if not pattern:
        return True
    kind, rest = _parsed(pattern)
    if kind == "obj":
        return rest in objs
    if kind == "adv":
        return rest in adverbs
    if kind == "prep":
        return rest in prep_pairs if isinstance(rest, tuple) else rest in prep_words
    return False


@functools.lru_cache(maxsize=None)
def _parsed(pattern: str) -> tuple[str, str | tuple[str, str]]:
    """A pattern split and folded once: ("obj", "troop"), ("prep", "with") or ("prep", ("to", "aid"))."""
    kind, _, rest = pattern.partition(":")
    if kind == "obj":
        return kind, fold(rest)
    if kind == "adv":
        return kind, rest.lower()
    word, _, obj = rest.partition(":")
    return kind, ((word, fold(obj)) if obj else word)


_FILES = ("cameo.tsv", "event_verbs.tsv", "cameo_refusals.tsv", "cameo_halts.tsv", "modality.tsv",
          "evaluations.tsv", "event_doers.tsv", "event_nouns.tsv", "coding.tsv")


@functools.cache
def load_events() -> EventLexicon:
    """The event lexicon of this package, read once per process (its index cached between them)."""
    return cached("events", EventLexicon, lexicon_files(*_FILES))
