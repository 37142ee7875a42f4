"""Who is speaking: from a speech cue to its subject, and from the subject to an actor.

Shared by quotations (``quotes.py``) and reported speech (``reported.py``). The parse gives
the subject; when it gives none usable, the name standing beside the cue does; statements
("a ministry statement said", "it added") resolve to the institution that issued them.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsgraph.lexicons import load
from newsgraph.lexicons.cues import Cue, load_cues
from newsgraph.nlp.actor_table import named_actor
from newsgraph.nlp.extensions import QuoteInfo
from newsgraph.nlp.spans import sentence_of

SUBJECT_DEPS = ("nsubj", "nsubjpass")
SPEAKER_KINDS = {"person", "organization", "government", "igo", "group"}
_SHARED_SUBJECT_DEPS = ("conj", "xcomp", "advcl", "ccomp")
_MODIFIER_DEPS = {"compound", "poss", "amod", "nmod", "case"}
_SPEAKING_PRONOUNS = {"he", "she"}
_DESCRIPTION_REACH = 5  # words before a name that can still describe it ("AU trade and industry commissioner")
_CLAUSE_BREAK = {",", ";", ":", "(", ")", "\u2014", "--"}


def is_cue(token: Token, kinds: tuple[str, ...] = ("speech",)) -> bool:
    """A verb of the cue lexicon (by lemma), or "according to"."""
    if token.lower_ == "according":
        return token.i + 1 < len(token.doc) and token.nbor(1).lower_ == "to"
    if token.pos_ != "VERB":
        return False
    cue = cue_entry(token)
    return cue is not None and cue.kind in kinds


def reads_out(token: Token) -> bool:
    """"Judge Miller's statement reads", "the decree signed by the Pope read": a text that
    reads (words.tsv ``text_verb``) speaks for whoever issued it, as a speech verb does."""
    if token.lemma_.lower() not in load().words("text_verb") or token.pos_ != "VERB":
        return False
    subject = subject_of(token)
    return subject is not None and subject.lower_ in load().words("statement")


def quote_cue(token: Token) -> bool:
    """A word that introduces a quotation: a speech verb, or a text that reads ("the statement
    read")."""
    return is_cue(token) or reads_out(token)


def owner_kind(token: Token) -> str | None:
    """The kind of the actor the token is a mention of ("person", "organization" …), if any."""
    owner = (token.doc._.actor_of_token or {}).get(token.i)
    return (token.doc._.actors or [])[owner].kind if owner is not None else None


def cue_entry(token: Token) -> Cue | None:
    """The lexicon entry of a verb, phrasal verbs first ("point out" before "point")."""
    cues = load_cues()
    lemma = token.lemma_.lower()
    for particle in (c for c in token.children if c.dep_ == "prt"):
        if (entry := cues.get(f"{lemma} {particle.lower_}")) is not None:
            return entry
    return cues.get(lemma)


def attribute(doc: Doc, quote: QuoteInfo, cue: Token, previous: QuoteInfo | None, quoted: set[int]) -> None:
    """Set the quote's speaker from its cue: subject, else the adjacent name; then the actor."""
    quote.cue_span = cue_extent(cue)
    subject = subject_of(cue)
    if subject is None or subject.i in quoted or (subject.i > cue.i and quote.end <= cue.idx
                                                  and not _right_after(doc, quote.end, cue)):
        # no usable parse, or '"…," Flynn, a surrogate, said … on Fox News': the name between
        # the quotation and its cue outranks a subject the parser found after the cue (but in
        # '"…," said Detective Inspector Steven Jones' nothing stands between: the subject does)
        subject = adjacent_speaker(doc, cue, quoted, after=quote.end) or subject
    if subject is None:
        return
    subject = named_person(subject)
    owner = named_actor(doc, subject)
    if subject.lower_ in _SPEAKING_PRONOUNS:
        owner = _last_main_subject(doc, subject, quoted, owner)
    if owner is None and subject.lower_ in load().words("statement"):
        owner = _possessor(doc, subject)
        if owner is None:
            owner = statement_source(doc, subject, previous)
    elif owner is None:
        owner = described_person(doc, subject)
    quote.speaker_span = _mention_at(doc, owner, subject) or _char_span(phrase_of(subject))
    quote.speaker = owner


def _right_after(doc: Doc, end: int, cue: Token) -> bool:
    """Only punctuation between a character offset and the cue."""
    return all(t.is_punct or t.is_space for t in doc[sentence_of(cue).start : cue.i] if t.idx >= end)


def _last_main_subject(doc: Doc, pronoun: Token, quoted: set[int], owner: int | None) -> int | None:
    """'Speaking to Martin Smith of PBS, he said': a speaking "he" or "she" is the person who was
    last the subject of a main clause (in its sentence or the one before), outside quotations,
    rather than a nearer name in object position; coreference's answer where there is none."""
    owners = doc._.actor_of_token or {}
    sentence = sentence_of(pronoun)
    start = sentence_of(doc[sentence.start - 1]).start if sentence.start > 0 else sentence.start
    for token in reversed(doc[start : pronoun.i]):
        head = token
        while head.dep_ in ("compound", "flat") and head.head.i != head.i:
            head = head.head
        if (token.i not in quoted and owner_kind(token) == "person"
                and head.dep_ in SUBJECT_DEPS and head.head.dep_ == "ROOT"):
            return owners[token.i]
    return owner


def named_person(subject: Token) -> Token:
    """The person a speaker's phrase names when its head is only their role: "The mayor of
    London, Sadiq Khan, tweeted", "Huber's partner Erick Rowan writes" (the parser may hang
    the appositive on the role's body, "the head of the agency, Ann Lee"), and a second subject
    the parser split off the same phrase ("Niger's president Mahamadou Issoufou said", read as
    two subjects). The subject itself where it is a person already, or names none."""
    doc = subject.doc

    def person(token: Token) -> bool:
        return owner_kind(token) == "person"

    if person(subject):
        return subject
    phrase = [subject] + [c for c in subject.head.children if c.dep_ in SUBJECT_DEPS and c.i != subject.i
                          and subject.dep_ in SUBJECT_DEPS]  # "Another co - author" read as three subjects
    hung = {t.i for head in phrase for c in head.children if c.dep_ in ("relcl", "acl") for t in c.subtree}
    named = [t for head in phrase for t in head.subtree if t.dep_ == "appos" and t.i not in hung and person(t)]
    if not named and subject.dep_ in SUBJECT_DEPS:
        named = [c for c in subject.head.children if c.dep_ in SUBJECT_DEPS and c.i != subject.i and person(c)
                 and all(doc[i].pos_ in ("PROPN", "NOUN", "ADJ", "DET", "PART") for i in range(subject.i + 1, c.i))]
    return named[0] if named else subject


def _mention_at(doc: Doc, owner: int | None, token: Token) -> tuple[int, int] | None:
    """The owner's mention that holds the token: "said Anna Keller" -> "Anna Keller"."""
    if owner is None or (doc._.actor_of_token or {}).get(token.i) != owner:
        return None
    spans = [(s, e) for s, e in doc._.actors[owner].mentions if s <= token.idx < e]
    return min(spans, key=lambda p: p[1] - p[0]) if spans else None


def _char_span(span: Span) -> tuple[int, int]:
    return span.start_char, span.end_char


def subject_of(cue: Token) -> Token | None:
    """The cue's subject, following shared subjects up conjunctions ("warned … and said")."""
    if cue.lower_ == "according":
        for child in cue.children:
            if child.lower_ == "to":
                return next((c for c in child.children if c.dep_ == "pobj"), None)
    token = cue
    for _ in range(3):
        subjects = clause_subjects(token)
        if subjects:
            return antecedent_of_relative(subjects[0])
        if any(c.dep_ in ("csubj", "csubjpass") for c in token.children):
            return None  # "lifting the embargo would damage relations": an act, not the speaker, does it
        agents = [c for c in token.children if c.dep_ in ("dobj", "npadvmod") and c.pos_ == "PROPN"
                  and c.i > cue.i and c.ent_type_ not in ("DATE", "TIME")]
        if agents and token is cue:
            return agents[0]  # '"…," said Shapiro' parsed with Shapiro as object
        if token.dep_ not in _SHARED_SUBJECT_DEPS:
            break
        token = token.head.head if joined_across_clauses(token) else token.head
    return None


def clause_subjects(verb: Token) -> list[Token]:
    """The verb's subjects, also one the parser hung on its auxiliary ("the administration
    is engaged in", with "administration" the subject of "is")."""
    return [c for c in verb.children if c.dep_ in SUBJECT_DEPS] or [
        s for a in verb.children if a.dep_ in ("aux", "auxpass") for s in a.children if s.dep_ in SUBJECT_DEPS]


def joined_across_clauses(conj: Token) -> bool:
    """"Putin forecast that the economy would rebound and praised Kerry": a past or present
    verb cannot share the modal of the clause it is parsed into, so it continues the clause
    above it and shares that clause's subject."""
    head = conj.head
    return (conj.dep_ == "conj" and conj.tag_ in ("VBD", "VBZ") and head.tag_ == "VB"
            and head.dep_ in ("ccomp", "xcomp") and any(c.tag_ == "MD" for c in head.children)
            and not any(c.dep_ in ("aux", "auxpass") for c in conj.children))


def adjacent_speaker(doc: Doc, cue: Token, quoted: set[int], after: int | None = None) -> Token | None:
    """When the parse gives no usable subject ('"…," Tulsa police Chief Chuck Jordan said'),
    the speaker is the name standing next to the cue, outside the quotation. With ``after``
    (the end of a quotation before the cue) it is the first name after the quotation, across
    appositives ('"…," Flynn, a top Trump surrogate, said' -> Flynn); otherwise the nearest
    name to the cue's left, back to a clause break, then to its right."""
    def speaker(i: int) -> bool:
        return owner_kind(doc[i]) in SPEAKER_KINDS

    if after is not None:
        between = [t.i for t in doc[sentence_of(cue).start : cue.i] if t.idx >= after]
        while between and (doc[between[0]].is_quote or doc[between[0]].is_punct):
            between.pop(0)  # the closing mark and its comma
        if between and not any(doc[i].is_quote or i in quoted for i in between):
            named = [doc[i] for i in between if speaker(i)]
            # "Sanders campaign manager Jeff Weaver said": skip names that only modify the head
            return next((t for t in named if t.dep_ not in _MODIFIER_DEPS), named[0] if named else None)
    for side in (range(cue.i - 1, sentence_of(cue).start - 1, -1), range(cue.i + 1, sentence_of(cue).end)):
        for i in side:
            if i in quoted or doc[i].text in _CLAUSE_BREAK or doc[i].is_quote:
                break
            if speaker(i):
                return doc[i]
    return None


def antecedent_of_relative(subject: Token) -> Token:
    """"Reid, who called Trump a 'con artist'": the speaker is Reid, not "who"; "North Korea,
    which he said had a terrible rights record": through the clause the relative clause reports."""
    clause = subject.head
    while clause.dep_ == "ccomp" and clause.head.i != clause.i:
        clause = clause.head
    if subject.tag_ in ("WP", "WDT") and clause.dep_ == "relcl":
        return clause.head
    return subject




def described_person(doc: Doc, subject: Token) -> int | None:
    """"The commissioner said" after "AU trade commissioner Albert Muchanga announced …": a
    definite description refers back to the last person the article introduced with its noun,
    as a title before the name or one of the titles read around it ("the actress" ->
    "Actress Denise Crosby", "the archbishop" -> "archbishop Jorge Scheinig")."""
    if subject.pos_ != "NOUN" or subject.tag_ == "NNS" or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
        return None
    word = subject.lower_
    actors = doc._.actors or []
    best: tuple[int, int] | None = None
    for index, actor in enumerate(actors):
        if actor.kind != "person":
            continue
        titled = any(word in title.lower().split() for title in actor.titles)
        for start, _end in actor.mentions:
            if start < subject.idx and (titled or _introduced_as(doc, start, word)):
                best = max(best or (start, index), (start, index))
    return best[1] if best else None


def _introduced_as(doc: Doc, start: int, word: str) -> bool:
    """Whether the word stands among the few words right before a name, within its phrase."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return False
    for i in range(span.start - 1, max(-1, span.start - 1 - _DESCRIPTION_REACH), -1):
        token = doc[i]
        if token.is_punct and token.text != "-" or token.pos_ in ("VERB", "AUX", "ADP"):
            return False
        if token.lower_ == word:
            return True
    return False


def _possessor(doc: Doc, statement: Token) -> int | None:
    """"Trump's statement read", "the decree signed by the Pope": whose statement it is."""
    issuers = [c for c in statement.children if c.dep_ == "poss"] + [
        o for clause in statement.children if clause.dep_ == "acl" for agent in clause.children
        if agent.dep_ == "agent" for o in agent.children if o.dep_ == "pobj"]  # "the decree signed by the Pope"
    owners = doc._.actor_of_token or {}
    return next((owners[issuer.i] for issuer in issuers if owner_kind(issuer) in SPEAKER_KINDS), None)


def statement_source(doc: Doc, subject: Token, previous: QuoteInfo | None) -> int | None:
    """"It added" / "a ministry statement said": the institution that issued the statement
    is the one quoted just before, else the institution named last (a modifier such as
    "ministry" picks among them), within a few sentences."""
    actors = doc._.actors or []
    if previous is not None and previous.speaker is not None and actors[previous.speaker].kind != "person":
        if subject.lower_ == "it" or previous.end > sentence_of(subject).start_char - 400:
            return previous.speaker
    hints = {t.lower_ for t in subject.subtree if t.i != subject.i}
    window_start = max(0, sentence_of(subject).start_char - 600)
    candidates: list[tuple[int, int, int]] = []
    for index, actor in enumerate(actors):
        if actor.kind in ("organization", "government", "igo"):
            for start, _end in actor.mentions:
                if window_start <= start < subject.idx:
                    score = int(bool(hints & set(actor.name.lower().split())))
                    candidates.append((score, start, index))
    return max(candidates)[2] if candidates else None


def phrase_of(subject: Token) -> Span:
    """The subject's noun phrase, without a trailing appositive or relative clause."""
    doc = subject.doc
    end = subject.i + 1
    while end <= subject.right_edge.i and doc[end].text not in (",", "(", "\u2014", "--") and doc[end].tag_ not in ("WP", "WDT"):
        end += 1
    return doc[subject.left_edge.i : end]


def cue_extent(cue: Token) -> tuple[int, int]:
    if cue.lower_ == "according" and cue.i + 1 < len(cue.doc):
        return cue.idx, cue.nbor(1).idx + len(cue.nbor(1))
    return cue.idx, cue.idx + len(cue)


def set_speaker(doc: Doc, quote: QuoteInfo, token: Token, phrase: Span | None = None) -> None:
    phrase = phrase or phrase_of(token)
    quote.speaker_span = (phrase.start_char, phrase.end_char)
    quote.speaker = (doc._.actor_of_token or {}).get(token.i)
