"""The ``newsgraph_events`` component: who did what to whom, coded in CAMEO and PLOVER.

A trigger is a verb or noun of the event lexicon (``lexicons/event_*.tsv``); the lexicon picks
the most specific CAMEO code from the verb and its object or preposition ("impose" +
"sanctions" -> 163). The source is the verb's subject (through relative clauses, shared
subjects and coordination), the target its object or the object of a preposition. Honesty
flags come from the parse: a negation, the modal or governing verb that makes an action
intended, demanded, hypothetical or conditional, and the speaker of a speech verb that
reports it. Dates come from the time expression in the clause, else the article's date;
places from "in"/"at" a place, else the dateline. Which actor a participant phrase names, and
actor codes, are ``event_actors.py``'s business.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Token

from newsgraph.lexicons import load
from newsgraph.lexicons.events import CameoCode, EventLexicon, load_events
from newsgraph.nlp.event_actors import (
    add_mention,
    code_actors,
    country_mention,
    country_of,
    demonym_country,
    first_person_in_quotes,
    government_of,
    locate_groups,
    phrase_owner,
    phrase_words,
    quote_speakers,
    seat_officials,
)
from newsgraph.nlp.extensions import ActorInfo, register
from newsgraph.nlp.speakers import (
    STATEMENT_WORDS,
    actor_in,
    antecedent_of_relative,
    clause_subjects,
    cue_entry,
    is_cue,
    joined_across_clauses,
    participial,
    statement_source,
    subject_of,
)
from newsgraph.nlp.spans import quoted_tokens, sentence_of
from newsgraph.nlp.when import When, parse_iso, resolve

_OBJECT_DEPS = ("dobj", "dative", "attr", "oprd")
# Particles the parser attaches as adverbs ("hit back at", "lashed out at"): PETRARCH2's verb
# patterns name them as prepositions.
_PARTICLES = frozenset({"back", "out", "off", "up", "down", "away"})
_TARGET_PREPS = ("with", "to", "against", "on", "from", "toward", "towards", "for", "into", "at", "about", "of", "outside")
_PLACE_PREPS = ("in", "at", "near")
_CONSULT_PREPS = ("with", "to", "of")  # a talk's counterpart; "talks about Colin Powell's emails" talk with others
_INNER_PREPS = _TARGET_PREPS + _PLACE_PREPS + ("by",)  # "welcomed the decision by India"
#: CAMEO's unspecified aid ("help", "assist"): PLOVER AID always has a recipient.
_HELP = "070"
#: "put under investigation", "subjected to sanctions", "defended against the threat": the
#: passive subject of a verb with these undergoes the noun's event ("briefed about" does not).
_UNDERGONE_PREPS = ("under", "to", "against", "with")
#: CAMEO codes whose passive subject, unless an agent is named, is still the side that acts:
#: forces moved ("Russian troops were deployed to the border" mobilizes Russia, "US troops
#: should be withdrawn from Asia" is the US's retreat).
_MOVED = ("15", "087")
#: CAMEO codes of processes (mediate, negotiate): an effort at them is them, under way ("an
#: effort to broker a deal with Russia" is mediation; "an effort to find a solution" finds none yet).
_UNDER_WAY = ("045", "046")
_REMARKED_PREPS = ("for", "of", "about", "toward", "towards", "to")  # "sharp words for Washington"
_UNDERGOING_VERBS = ("be", "come", "remain")  # "who is under investigation", "came under fire"
_WORRY_PREPS = ("over", "about", "at", "regarding")  # "concerns over China"
_BLAMED_FOR = ("for", "over")  # "punish Russia for the seizure": the object did the noun's act
_SYMMETRIC = {"CONSULT", "AGREE", "COOPERATE", "057"}  # PLOVER types, and CAMEO 057 sign an agreement
#: Actions done to the people of a place: with nobody else named, the place is the target
#: ("imposed a curfew in Cizre", "protesters rallied in Kirkuk", "suspended aid deliveries in
#: Baghdad"), as event coders code it; PLOVER's AID and SANCTION always have a recipient.
_PLACE_TARGETED = {"COERCE", "ASSAULT", "PROTEST", "CONCEDE", "MOBILIZE", "RETREAT", "AID", "SANCTION"}
#: Violence whose doer the text does not name ("a roadside bomb killed …") is coded, as ICEWS
#: and CAMEO do, to unidentified armed forces (UAF) of the country where it happened.
_UNATTRIBUTED = {"ASSAULT", "COERCE"}
#: Acts of a state's authority (CAMEO 09 investigate, 172 administrative sanctions, 173 arrest,
#: 174 expel): done in a named country by no one named, they are its government's.
_AUTHORITY = ("09", "172", "173", "174")
#: Events whose content is another action: demanded, promised, threatened or refused.
_ASKS_OR_PROMISES = ("REQUEST", "AGREE", "THREATEN", "REJECT")
#: "ordered patrols *after* violent protests": what these introduce is background, not done
#: by the subject of the verb they hang from.
_BACKGROUND_PREPS = {"after", "before", "since", "following", "amid", "despite"}
#: Words before "of"/"to" that make a cause of it ("because of", "due to", "thanks to").
_CAUSE_WORDS = {"because", "due", "thanks", "owing"}
_DURATION_PREPS = {"for", "over", "within", "throughout"}
#: Conjunctions of a clause that happened at the time of the clause it hangs on.
_AT_THE_TIME = {"when", "as", "while"}
_PAIR_WORDS = {"they", "two", "both", "sides", "leaders", "presidents"}
_COUNTRY_PAIRS = {"countries", "nations", "states", "governments", "sides"}
#: Hostile replies: naming no target, they answer the doer of the act they follow ("the ban was
#: imposed in the aftermath of China's crackdown"; ``modality.tsv`` kind ``answering``).
_REPLIES = {"SANCTION", "COERCE", "ASSAULT", "THREATEN", "ACCUSE", "PROTEST", "REJECT"}


@dataclass
class EventInfo:
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


@Language.factory(
    "newsgraph_events",
    requires=["doc._.actors", "token.dep", "token.lemma"],
    assigns=["doc._.events"],
    default_config={"nominal": True},
)
def make_events(nlp: Language, name: str, nominal: bool) -> EventFinder:
    return EventFinder(nlp, name, nominal=nominal)


class EventFinder:
    def __init__(self, nlp: Language, name: str = "newsgraph_events", *, nominal: bool = True) -> None:
        register()
        self.name = name
        self.nominal = nominal
        self.lex = load_events()

    def __call__(self, doc: Doc) -> Doc:
        base = parse_iso(doc._.published)
        code_actors(doc._.actors or [], doc._.published)
        seat_officials(doc)
        locate_groups(doc)
        events = []
        unaddressed: set[tuple[int, int]] = set()  # no events, but they absorb the actions they govern
        quoted = quoted_tokens(doc)
        speaking = quote_speakers(doc)
        first_person_in_quotes(doc, speaking)
        quoted -= speaking.keys()  # an attributed quotation's own words can report events
        for token in doc:
            code = self._code(token, quoted)
            if code is None:
                event = _modal_demand(doc, token, self.lex) if token.i not in quoted else None
                if event is not None or (event := _judgement(doc, token, self.lex, quoted)) is not None \
                        or token.i not in quoted and ((event := _consequences(doc, token, self.lex)) is not None
                                                      or (event := _commitment(doc, token, self.lex)) is not None
                                                      or (event := _intolerance(doc, token, self.lex)) is not None
                                                      or (event := _concern(doc, token, self.lex)) is not None
                                                      or (event := _presence(doc, token, self.lex)) is not None):
                    _when(doc, token, event, base)
                    _where(doc, token, event)
                    events.append(event)
                continue
            sentence = sentence_of(token)
            event = EventInfo(trigger=(token.idx, token.idx + len(token)),
                              sentence=(sentence.start_char, sentence.end_char), cameo=code,
                              nominal=token.pos_ == "NOUN")
            _participants(doc, token, event)
            if event.target is None and event.nominal and (event.cameo.quad_class or 0) >= 3:
                event.target = _threatened(doc, token, event.source)  # "ready to intensify sanctions if Russia acts"
            _recode_by_doer(self.lex, token, event)
            place = _where(doc, token, event)
            _locate_source(doc, event, place)
            if event.source is None and _plural_subject(token) or _pair_says_they(token):
                first, second = _last_two_people(doc, token)  # "they agreed", "the two met"
                if _reciprocal(event.cameo) or event.target is None:
                    event.source, event.target = first, second
                else:  # "the two then criticised Iran": Iran stays the target
                    event.source = first
            if event.source is None and event.target is None and not (
                    place is not None and event.nominal and event.cameo.plover == "ASSAULT"):
                continue  # an action with no actor is no event record; violence in a named place is one
            if event.source is None and _done_by_thing(token) and event.cameo.plover not in _UNATTRIBUTED:
                continue  # "that spree helped create gluts": a thing, not an actor, does it
            if is_cue(token) and (event.target is None and not _is_state_actor(doc, event.source)
                                  or _commentators(doc, event.source) and event.cameo.plover != "REQUEST"):
                continue  # "experts warned that (Putin) …" is commentary; "urged Putin", "critics called for him to go" act
            _flags(doc, token, event)
            if token.i in speaking and event.reported_by is None:
                event.reported_by = speaking[token.i]  # '"We are ready to negotiate," Abbas said'
            if event.source is None and event.nominal and _reciprocal(event.cameo) and event.reported_by is not None \
                    and event.target in _partners_with(doc, token):
                event.source = event.reported_by  # 'Straw said talks were taking place with US officials': his side's
            expected = _expected_of(token)
            asker = phrase_owner(doc, subject_of(token.head)) if expected else None
            if expected and event.reported_by is not None and self.lex.modality("entitlement", token.head.head.lemma_) \
                    and token.head.dep_ == "xcomp":
                asker = event.reported_by  # "said the Israelis were entitled to expect Palestinians to give up terrorism"
            if event.modality == "demanded" and asker not in (None, event.source):
                event.source, event.target = asker, event.source  # "Israel expects Palestinians to give up terrorism"
            elif event.modality == "demanded" and event.reported_by not in (None, event.source) and (
                    _modal_word(token, "demanded") is not None or expected):
                event.source, event.target = event.reported_by, event.source  # "Russia said Sudan must return …"
            _code_intent(self.lex, event, token)
            if event.target is None and event.cameo.plover == "THREATEN":
                event.target = _threatened(doc, token, event.source)
            _when(doc, token, event, base)
            if event.target is None and place is not None and place != event.source and (
                    (event.action or event.cameo).plover in _PLACE_TARGETED or event.cameo.plover == "REQUEST" and any(
                        c.dep_ == "dobj" and self.lex.modality("haven", c.lemma_) for c in token.children)):
                event.target = _unnamed_target(doc, token, event) or place  # "sought refuge in Germany" asks Germany;
                # "fired on protesters in Tahrir Square" hits the protesters, of Egypt
            if event.target is None and event.cameo.plover == "RETREAT":
                event.target = _place_left(doc, token)  # "withdrew its troops from Gaza"
            if country_of(doc, event.target) is None and event.cameo.code.startswith("042") and place is not None \
                    and country_of(doc, place) not in (None, country_of(doc, event.source)):
                event.target = place  # "Straw was in India visiting the Golden Temple": a visit to India
            if event.target is None:
                event.target = _unnamed_target(doc, token, event)
            if event.target is None and event.nominal and event.cameo.root == "03":
                unaddressed.add(event.trigger)  # "the Clinton proposals to increase …": a proposal to no one is policy
            if event.target is None and not event.nominal and event.cameo.code == _HELP and event.modality == "asserted":
                continue  # "to help him make decisions", "helped polarize the debate": help, to no one, is no aid
            if _alone(token, event, place):
                unaddressed.add(event.trigger)  # "he had gone to bed", "talking proudly of his daughters": no one consulted
            event.target = _coded(doc, event.target)
            if event.target is None and event.cameo.plover == "PROTEST":
                event.target = _own_state(doc, event)
            if event.source is None and event.cameo.plover in _UNATTRIBUTED:
                event.source = _unidentified_attackers(doc, token, event)
            if event.source is None and event.cameo.code.startswith(_AUTHORITY) and (_passive_aux(token) or token.head.lower_ == "under"):
                _authorities(doc, event)  # "was arrested in Lebanon", "put under investigation in Italy"
            events.append(event)
        # a lone consultation or a proposal to no one survives only inside the event that refused or promised it
        doc._.events = [e for e in _without_restatements(doc, events) if e.trigger not in unaddressed]
        _narrative_dates(doc, doc._.events, base)
        for event in doc._.events:
            if event.cameo.plover == "PROTEST":
                _protest_at_home(doc, event)
            event.source, event.target = _coded(doc, event.source), _coded(doc, event.target)
        doc._.events = [copy for e in doc._.events if _has_participant(e) for copy in _per_target(doc, e)]
        return doc

    def _noun_code(self, noun: Token) -> CameoCode | None:
        """A nominal trigger's code, its compound first: "hunger strike", "mediation efforts", "talks";
        then with its preposition, for a noun that names an act only so ("opposition from the US",
        where "the opposition" is a party)."""
        compound = " ".join(c.lower_ for c in noun.lefts if c.dep_ == "compound")
        return (compound and self.lex.noun(f"{compound} {noun.lemma_.lower()}")) \
            or self.lex.noun(noun.lemma_.lower()) or self.lex.noun(noun.lower_) \
            or next((code for p in noun.rights if p.dep_ == "prep"
                     and (code := self.lex.noun(f"{noun.lemma_.lower()} {p.lower_}")) is not None), None)

    def _code(self, token: Token, quoted: set[int]) -> CameoCode | None:
        """The trigger's code, if it names a PLOVER-typed action in the narrative (words inside
        quotations are the speaker's commentary, statements have no PLOVER type)."""
        code = None
        if token.i in quoted and not (token.dep_ in ("nsubj", "nsubjpass") and token.head.i not in quoted):
            return None  # but a quoted phrase the narrative's clause is about counts: '"intense discussions" were taking place'
        if token.pos_ == "VERB" and self.lex.modality("proposing", token.lemma_) is not None and not _proposes(token):
            return None  # "suggested that Lew had his eyes on critics" implies; it asks for nothing
        if token.pos_ == "VERB" and self.lex.modality("naming", token.lemma_) is not None and _names(token):
            return None  # "a documentary called 'No More Mr Nasty'", "called him a genius": no call
        if token.pos_ == "VERB" and _undergoes(token) and any(
                c.dep_ == "dobj" and self._noun_code(c) is not None for c in token.children):
            return None  # "Iraq received aid from Japan": the aid is the event, Iraq its recipient
        if token.pos_ == "VERB":
            objects = [w for c in _logical_objects(token) for w in _object_words(c)]
            undergoers = [w for c in _undergoers(token) for w in _object_words(c)]
            preps = [(c.lower_, _pobj_lemma(c)) for c in token.children if c.dep_ in ("prep", "prt", "agent")
                     and not _is_time(c) and not any(o.tag_ == "WDT" for o in c.children)]  # "called … on Friday", "in which … took"
            preps += [(c.lower_, None) for c in token.children if c.dep_ == "advmod" and c.lower_ in _PARTICLES]  # "hit back at"
            preps += [(m.lower_, None) for c in token.children if c.dep_ in ("advcl", "ccomp")
                      for m in c.children if m.dep_ == "mark" and m.lower_ == "for"]  # "called for X to be lifted"
            adverbs = tuple(c.lower_ for c in token.children if c.dep_ == "advmod")
            code = self.lex.code_verb(token.lemma_.lower(), objects, preps, adverbs, undergoers)
            if code is not None and undergoers and self.lex.vetoes(token.lemma_, undergoers):
                return None  # "a report released last year", "the clip was released": what our vetoes say of objects
            if (code is None or not code.plover) and self.lex.modality("halting", token.lemma_) is not None:
                code = next((halt for c in token.children if c.dep_ == "dobj" and (done := self._noun_code(c)) is not None
                             and (halt := self.lex.halt(done.code)) is not None), code)  # "halted the negotiations": 164
        elif self.nominal and token.pos_ == "NOUN" and (token.dep_ == "pobj" or (
                token.dep_ == "dobj" and self.lex.modality("undoing", token.head.lemma_) is None
                and self.lex.modality("halting", token.head.lemma_) is None) or (
                token.dep_ in ("nsubj", "nsubjpass") and self.lex.modality("occurrence", token.head.lemma_) is not None)):
            code = None if _quantity(token) else self._noun_code(token)
        if code is not None and code.plover == "REJECT" and any(c.dep_ == "xcomp" and _no_comment(c) for c in token.children):
            return None  # "declined to say whether …" declines comment (CAMEO 012): no PLOVER event
        if code is not None and _no_comment(token) and (token.dep_ != "xcomp" and code.plover == "CONSULT" or (
                refusal := self.lex.code_verb(token.head.lemma_.lower(), [], [], ())) is not None and refusal.plover == "REJECT"):
            return None  # "declined to discuss the matter", "would not discuss reports": no comment, no talks
        return code if code is not None and code.plover else None


def _names(verb: Token) -> bool:
    """Whether a verb of naming names or characterizes here: as a participle on a noun ("a
    group called Lashkar-e-Taiba") or with an object predicate ("called him a genius"); the
    parser's misreadings of "called President Barack Obama", "called Thursday on Arabs to
    unite", "called on Mr Brown" are calls."""
    predicate = any(c.dep_ == "oprd" and c.ent_type_ not in ("PERSON", "DATE", "TIME") for c in verb.children)
    if any(c.dep_ == "prep" and (c.lower_ in ("on", "upon") or c.lower_ == "for" and not predicate) for c in verb.children):
        return False
    return predicate or verb.dep_ == "acl"


def _proposes(verb: Token) -> bool:
    """Whether a verb of proposing says what should be done: an object or a gerund ("suggested
    talks", "suggested holding talks"), or a that-clause with "should", "must" or in the
    subjunctive ("suggested that he resign")."""
    for child in verb.children:
        if child.dep_ in _OBJECT_DEPS and child.pos_ in ("NOUN", "PROPN") and (
                load_events().noun(child.lemma_.lower()) is not None or phrase_owner(child.doc, child) is None) \
                or child.tag_ == "VBG" and child.dep_ in ("xcomp", "ccomp") and not any(a.dep_ in ("aux", "nsubj") for a in child.children):
            return True  # not "information suggesting (that) militant groups were operating", however parsed
        if child.dep_ != "ccomp":
            continue
        bare = child.lower_ == child.lemma_.lower()  # "that Iran halt", "that Russia put it in writing"
        if bare and not any(a.dep_ in ("aux", "auxpass") for a in child.children) \
                or any(a.dep_ == "aux" and a.lower_ in ("should", "must", "ought") for a in child.children):
            return True
    return False


def _without_restatements(doc: Doc, events: list[EventInfo]) -> list[EventInfo]:
    """One event per action: a noun that is the object of an event's verb ("held *talks*",
    "lifted the *blockade*", "demanded a *truce*") restates or completes that event, and an
    infinitive of purpose ("began a hunger strike *to demand* …", "opened the bridge *to
    allow* …") says what it was for, rather than reporting another (but a meeting's purpose is
    reported too); what is demanded, promised or aimed at stays on the verb's event as its ``action``."""
    by_trigger = {e.trigger[0]: e for e in events}
    kept = []
    for event in events:
        span = doc.char_span(*event.trigger)
        token = span.root if span is not None else None
        verb = _governor(token, event, by_trigger) if token is not None else None
        owner = by_trigger.get(verb.idx) if verb is not None else None
        participle = token is not None and token.dep_ == "advcl" and token.tag_ == "VBG"
        if owner is not None and participle and (owner.cameo.plover, event.cameo.plover) != ("PROTEST", "REQUEST"):
            owner = None  # "opened fire, killing one" is a second act; "rallied, calling for …" the rally's demand
        elif owner is not None and token is not None and _is_answered(token):
            owner = None  # "sanctions imposed over Russia's annexation of Crimea": the annexation is its own act
        elif owner is not None and load_events().modality("forbearing", verb.lemma_) is not None:  # type: ignore[union-attr]
            owner = None  # "will not tolerate attacks such as last Friday's bombing": the bombing is reported too
        elif owner is not None and token is not None and _answered(token, owner, event):
            event.modality, event.negated = owner.modality, False  # "did not condemn the attack by Hamas": it happened
            if event.target is None and event.cameo.plover in ("ACCUSE", "THREATEN") and owner.cameo.plover == "ACCUSE":
                event.target = owner.source  # "hit back at complaints from Washington": made against him
            owner = None  # "jabbed back at complaints from his counterpart": the complaints were made too
        elif owner is not None and token is not None and _purpose_of_meeting(token, owner, event):
            event.target = event.target if event.target is not None else owner.target
            event.modality = "intended" if event.modality == "asserted" else event.modality
            if event.date_basis == "article":  # "meeting officials this week to press …": this week's
                event.when, event.date_basis = owner.when, owner.date_basis
            owner = None  # "is meeting British officials to press the case": a meeting, and an appeal to them
        if owner is None:
            kept.append(event)
            continue
        if event.nominal and event.cameo.root == owner.cameo.root:
            owner.cameo = event.cameo  # "began a *hunger strike*": the noun names the act more closely
        elif owner.cameo.root == "03" and event.cameo.root == "13" and not owner.negated:
            owner.cameo = event.cameo  # "vowed to attack Israel": a hostile promise is a threat
        owner.source = owner.source if owner.source is not None else event.source
        owner.target = owner.target if owner.target is not None else event.target  # "held talks with Sharon"
        if owner.action is None and owner.cameo.plover in _ASKS_OR_PROMISES:
            action = event.action or event.cameo
            owner.action = action if action != owner.cameo else None
    return kept


def _answered(noun: Token, owner: EventInfo, event: EventInfo) -> bool:
    """Blame or praise of another side's act reports that act as well: "hit back at complaints
    from Washington", "condemned the attack by Hamas", "praised the decision by India". Not
    what is blamed on the target ("blamed Israel for the bombing" alleges it), nor what is
    demanded or refused ("demanded a withdrawal by Israel" reports no withdrawal; "rejected an
    appeal from the UN" is coded, as PLOVER's coders code it, as the rejection alone)."""
    if not event.nominal or event.source is None or owner.source in (None, event.source) \
            or noun.dep_ == "pobj" and noun.head.lower_ in _BLAMED_FOR:
        return False
    return owner.cameo.plover in ("ACCUSE", "SUPPORT")


def _purpose_of_meeting(token: Token, owner: EventInfo, event: EventInfo) -> bool:
    """A meeting or visit held to do something else ("met British officials to press the case",
    "flew to Moscow to urge Putin …") reports both, as coders code both: the purpose is its own,
    intended, event towards whom the meeting was with. "Called Obama to discuss Ukraine" (read
    as a demand by the cue "call") is the call's topic."""
    return token.dep_ == "advcl" and token.tag_ != "VBG" and not event.nominal \
        and event.modality != "demanded" \
        and owner.cameo.plover == "CONSULT" and event.cameo.plover not in ("CONSULT", None)


def _noun_verb(noun: Token) -> Token | None:
    """The verb an event noun is the object of: "held *talks*", "called for *talks*", and past
    a measure of it, "provide tons of food *aid*", "seeking support for greater *sanctions*"."""
    if noun.dep_ == "dobj":
        return noun.head
    if noun.dep_ != "pobj":
        return None
    verb = noun.head.head
    return verb.head if verb.pos_ == "NOUN" and verb.dep_ == "dobj" else verb


def _per_target(doc: Doc, event: EventInfo) -> list[EventInfo]:
    """One event per coordinated target, and per coordinated doer of a one-sided act, as event
    coders count them: "held talks with Sharon and with Abbas" is two consultations,
    "Schroeder and Chirac called for …" two requests."""
    targets = [t for t in dict.fromkeys(_coded(doc, t) for t in event.also_targets) if t is not None and t != event.target]
    sources = [s for s in dict.fromkeys(_coded(doc, s) for s in event.also_sources) if s is not None and s != event.source]
    events = [event] + [replace(event, target=t, also_targets=[]) for t in targets]
    return events + [replace(e, source=s, also_sources=[]) for s in sources for e in events]


def _coded(doc: Doc, index: int | None) -> int | None:
    """A participant an event coder can name: an unnamed group of no known country ("foreign
    officials", "critics") is nobody in particular, a place of no known country ("the Europe
    Bridge") nowhere in particular."""
    actor = (doc._.actors or [])[index] if index is not None else None
    return None if actor is not None and actor.kind in ("group", "place") and not actor.country and not actor.code else index


def _commentators(doc: Doc, index: int | None) -> bool:
    """"Experts", "analysts", "critics": an unnamed group of no country and no sector speaks
    about events rather than takes part ("protesters" are civilians, "officials" government)."""
    actor = (doc._.actors or [])[index] if index is not None else None
    return actor is not None and actor.kind == "group" and not (actor.country or actor.code or actor.sector)


def _passive_aux(verb: Token) -> bool:
    """"Was arrested", "has been criticized"; a contracted "'s" is as often "has" ("who's called
    for tax hikes") and proves nothing."""
    return any(c.dep_ == "auxpass" and c.lower_ not in ("'s", "\u2019s") for c in verb.children)


def _has_participant(event: EventInfo) -> bool:
    """"Workers did not want to go on strike": once nobody in particular is taken out, an act
    by and on no one is no event record; violence in a named place is one."""
    return event.source is not None or event.target is not None or (
        event.nominal and event.cameo.plover == "ASSAULT" and event.place is not None and event.place[2] is not None)


def _alone(trigger: Token, event: EventInfo, place: int | None) -> bool:
    """A consultation takes two: a verb's meeting, visit or talk with no one, nowhere named
    and by a single doer, is no consultation, nor an intent to one ("was set to meet his fiscal
    rules"); refusing one is still a refusal ("Israel will not attend")."""
    intended = event.action if event.cameo.plover == "AGREE" else None  # "is due to meet": alone as a meeting is
    if (intended or event.cameo).plover != "CONSULT" or event.nominal or event.target is not None or place is not None:
        return False
    words = [c for c in trigger.children] + [g for c in trigger.children if c.dep_ in _OBJECT_DEPS for g in c.children]
    if any(w.lower_ in ("with", "between") or w.dep_ in _OBJECT_DEPS and w.pos_ in ("PRON", "PROPN") for w in words):
        return False  # "held talks with them", "met him": someone, if unnamed, was consulted
    if intended is not None and any(c.dep_ in _OBJECT_DEPS and (met := load_events().noun(c.lemma_.lower())) is not None
                                    and met.plover == "CONSULT" for c in trigger.children):
        return False  # "wants to join the talks", "will attend the summit": intent to join others
    subject = subject_of(trigger) or _inverted_subject(trigger)
    return not _plural_subject(trigger) and not (subject is not None and (
        subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children)))


def _expected_of(verb: Token) -> bool:
    """"expect Palestinians *to give up* terrorism", "asked Britain *to extradite* him": an act
    asked of someone in an infinitive, the asker being the one who expects or asks it."""
    return verb.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        and any(c.dep_ == "nsubj" for c in verb.children) or _told(verb) is not None


def _told(verb: Token) -> Token | None:
    """Whom a speaker asked or told to do what the infinitive says ("Nigeria asked *Britain*
    to extradite him"): the one who would do it; the speaker only asked."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.lemma_ == "promise" or not is_cue(head):
        return None
    return next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i), None)


def _for_clause(verb: Token) -> bool:
    """"pressed *for* the United States *to* carry out airstrikes": a demand's content."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children)


def _blamed_for(noun: Token, code: CameoCode) -> bool:
    """"punish Russia *for* the seizure", "sanctions on Iran *over* its programme": the
    verb's object did the noun's hostile act, which is the reason for the verb's, not its
    content (a friendly one is a purpose: "hosted Hashimoto *for* a meeting")."""
    return code.quad_class >= 3 and noun.dep_ == "pobj" and noun.head.lower_ in _BLAMED_FOR and any(
        c.dep_ == "dobj" for c in noun.head.head.children)


def _governor(token: Token, event: EventInfo, triggers: dict[int, EventInfo]) -> Token | None:
    """The word whose event this one (triggered by ``token``) restates or serves: a noun
    trigger's verb, a purpose infinitive's main verb, the verb that urges or promises it, the
    noun it spells out."""
    if event.nominal:
        verb = _noun_verb(token)
        if token.dep_ == "pobj" and token.head.lower_ in _BACKGROUND_PREPS:
            return None  # "lift the embargo despite US objections": another act, in the background
        if verb is not None and verb.idx not in triggers and _blamed_for(token, event.cameo):
            return None  # "agreed to isolate Russia for the seizure of Crimea": Russia's own act, no part of the agreement
        if verb is not None and verb.idx not in triggers and (verb.dep_ == "xcomp" or _for_clause(verb)) \
                and verb.head.idx in triggers and triggers[verb.head.idx].cameo.plover in _ASKS_OR_PROMISES:
            verb = verb.head  # "threatened to institute a *curfew*", "pressed for the US to carry out *airstrikes*"
    elif token.dep_ == "advcl" and (any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) or token.tag_ == "VBG"):
        verb = token.head  # "staged *demonstrations* to demand …": the act is the verb's, or its object's
        if verb.idx not in triggers:
            return next((c for c in verb.children if c.dep_ == "dobj" and c.idx in triggers), verb)
    elif token.dep_ == "xcomp":
        verb = token.head  # "urged Russia *to withdraw*", "declined *to attend*": the act is the urging
    elif token.dep_ == "ccomp" and cue_entry(token.head) is not None and _asks_or_agrees(token.head):
        verb = token.head  # "demanded that the US *cancel* …", "agreed that they should *cooperate*"
    elif token.dep_ == "acl" and token.head.pos_ == "NOUN":
        noun = token.head  # "an appeal from Gbagbo *to lay down* arms": the appeal's content
        if noun.idx in triggers and _agent(token) is not None:
            return noun  # "sanctions *imposed* by the EU": one act, the noun's, done by the agent
        if noun.idx not in triggers and noun.dep_ == "dobj" and noun.head.idx in triggers \
                and triggers[noun.head.idx].cameo.plover in _ASKS_OR_PROMISES:
            return noun.head  # "rejected an invitation *to attend*", "rejected a US offer *to host* a summit"
        return noun
    else:
        verb = None
    return verb if verb is not None and verb.pos_ == "VERB" else None


def _asks_or_agrees(verb: Token) -> bool:
    code = load_events().code_verb(verb.lemma_.lower(), [], [])
    return code is not None and code.plover in ("REQUEST", "AGREE")


def _object_words(obj: Token) -> list[str]:
    """The object's lemma, and what a measure or a kind stands for: "25,000 tons *of aid*",
    "a series *of strikes*" are aid and strikes."""
    words = [] if _quantity(obj) else [obj.lemma_.lower()]
    for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"):
        words += [c.lemma_.lower() for c in prep.children if c.dep_ == "pobj"]
    return words


def _no_comment(verb: Token) -> bool:
    """A speech verb after "declined to", "refused to", or negated ("would not discuss
    reports"): no comment, unless someone is named to talk with ("refused to discuss Syria
    with Obama" refuses talks). A negated one that is an act of its own ("did not criticise
    Iran") is kept, flagged negated, by the caller."""
    if verb.dep_ != "xcomp" and not any(c.dep_ == "neg" for c in verb.children):
        return False
    cue = cue_entry(verb)
    return cue is not None and cue.kind == "speech" and not _preps(verb, ("with",))


def _logical_objects(verb: Token) -> list[Token]:
    """The verb's objects, a relative pronoun standing for its antecedent ("the records that
    Trump released"), a pronoun for the object of the verb it is coordinated with ("stressed
    those worries …, and he raised them again")."""
    return [verb.head if verb.dep_ == "relcl" and c.lower_ in ("that", "which", "whom") else
            _conjoined_object(verb) or c if c.lower_ in ("it", "them") else c
            for c in verb.children if c.dep_ in _OBJECT_DEPS]


def _conjoined_object(verb: Token) -> Token | None:
    return next((c for c in verb.head.children if c.dep_ == "dobj"), None) if verb.dep_ == "conj" else None


def _undergoers(verb: Token) -> list[Token]:
    """What a passive or a participle is done to: the passive subject ("the clip was
    released"), the noun a participle hangs on ("a report released last year"). Only our
    vetoes are read on them: PETRARCH2's object patterns were written for objects."""
    found = [c for c in verb.children if c.dep_ == "nsubjpass"] if _passive_aux(verb) else []
    if participial(verb) and verb.tag_ == "VBN":
        found.append(verb.head)
    return found


def _quantity(noun: Token) -> bool:
    """"A good deal of reclamation work", "a great deal of pressure": an amount, no deal."""
    return noun.lower_ == "deal" and any(c.dep_ == "amod" and c.lower_ in ("good", "great") for c in noun.children)


def _is_time(prep: Token) -> bool:
    return any(c.ent_type_ in ("DATE", "TIME") for c in prep.children if c.dep_ == "pobj")


def _pobj(prep: Token) -> Token | None:
    """The preposition's object: "with *Obama*"."""
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def _pobj_lemma(prep: Token) -> str | None:
    pobj = _pobj(prep)
    return pobj.lemma_.lower() if pobj is not None else None


def _unnamed_target(doc: Doc, trigger: Token, event: EventInfo) -> int | None:
    """An unnamed group acted on ("to disperse demonstrators", "accepted demands from Shona
    rebels", "holding thousands of refugees") is coded by the country it is in, as event coders
    code unnamed domestic actors: the place the text names, else the source's country."""
    named_place = event.place is not None and event.place[2] is not None  # not the dateline's: the reporter is there
    country = (event.place[1] if named_place else None) or \
        country_of(doc, event.source)
    if event.cameo.plover == "MOBILIZE":
        return None  # troops mobilised are the source's own force, not whom the move is aimed at
    owners = doc._.actor_of_token or {}
    for noun in _acted_on(trigger):
        role = load().role(noun.text) if noun.i not in owners and noun.tag_ in ("NNS", "NNPS", "NN") else None
        if role is None or role.kind != "group" or (role.sector == "MIL" and event.cameo.plover == "RETREAT"):
            continue  # troops withdrawn are the source's own too
        start = min((c.i for c in noun.lefts if c.dep_ in ("amod", "compound") and c.i not in owners), default=noun.i)
        home = _origin(doc, noun) if role.sector == "REF" else None
        if not (home or country):
            continue
        return add_mention(doc, ActorInfo(key=f"L:{home or country}:{noun.lemma_.lower()}", name=doc[start : noun.i + 1].text,
                                       kind="group", country=home or country, sector=role.sector,
                                       code=(home or country) + (role.sector or "")), doc[start : noun.i + 1])
    return None


def _origin(doc: Doc, refugees: Token) -> str | None:
    """The country refugees come from, when their phrase names where they fled ("refugees
    fleeing the civil war in Liberia", "refugees from Syria"): event coders code them by it."""
    actors, owners = doc._.actors or [], doc._.actor_of_token or {}
    for token in refugees.subtree:
        actor = actors[owners[token.i]] if token.i in owners else None
        if actor is not None and actor.kind in ("place", "country") and actor.country:
            return actor.country
    return None


def _locate_source(doc: Doc, event: EventInfo, place: int | None) -> None:
    """An unnamed group acting in a place the text names (``place``: "Prisoners rioted at a
    jail in Dili", "protesters rallied in Kirkuk") is of that place's country, as event coders
    code unnamed domestic actors."""
    actors = doc._.actors or []
    source = actors[event.source] if event.source is not None else None
    country = country_of(doc, place)
    if source is not None and source.kind == "group" and not source.country and country:
        source.country, source.code = country, country + (source.sector or "")


def _protest_at_home(doc: Doc, event: EventInfo) -> None:
    """Unnamed protesters of no known country who protest against a country's government or
    leader ("Islamic fundamentalists continued their hunger strike to demand the resignation of
    the Algerian President") are coded as that country's, as event coders code domestic protest."""
    actors = doc._.actors or []
    source = actors[event.source] if event.source is not None else None
    target = actors[event.target] if event.target is not None else None
    if source is not None and source.kind == "group" and not source.country and target is not None \
            and target.country and (target.sector in ("GOV", "ELI") or target.kind == "country"):
        source.country, source.code = target.country, target.country + (source.sector or "")


def _own_state(doc: Doc, event: EventInfo) -> int | None:
    """A protest by a country's people that names no one it is aimed at ("Young Algerians
    blocked roads") is aimed at their own government, as event coders code domestic protest;
    the demonym that makes them that country's is the target's evidence."""
    actors = doc._.actors or []
    source = actors[event.source] if event.source is not None else None
    country = load().countries.get(source.country or "") if source is not None and source.kind in ("group", "country") else None
    if country is None or source is None or source.sector == "GOV":
        return None
    for start, end in source.mentions:
        span = doc.char_span(start, end, alignment_mode="expand")
        word = next((t for t in span if t.text in country.adjectives + country.people), None) if span is not None else None
        if word is not None:
            return add_mention(doc, government_of(country), doc[word.i : word.i + 1])
    return None


def _authorities(doc: Doc, event: EventInfo) -> None:
    """"A US national has been put under investigation in Italy", "was arrested in Lebanon":
    an act of state authority done in a named country by no one named is its government's, as
    event coders code it; the place named is the evidence."""
    if event.place is None or event.place[2] is None or (country := load().countries.get(event.place[1] or "")) is None:
        return
    span = doc.char_span(*event.place[2], alignment_mode="expand")
    if span is not None:
        event.source = add_mention(doc, government_of(country), span)
        event.evidence.append(event.place[2])


def _unidentified_attackers(doc: Doc, trigger: Token, event: EventInfo) -> int | None:
    """The unnamed doer of violence in a known country: the subject phrase that names no actor
    ("A roadside bombing near Samarra killed …") is its evidence."""
    subject = subject_of(trigger)
    country = event.place[1] if event.place is not None else None
    if subject is None or subject.dep_ != "nsubj" or not country or phrase_owner(doc, subject) is not None:
        return None
    words = doc[subject.left_edge.i : subject.i + 1]
    return add_mention(doc, ActorInfo(key=f"U:{country}:UAF", name="unidentified attackers", kind="group",
                                   country=country, sector="UAF", code=f"{country}UAF"), words)


def _recode_by_doer(lex: EventLexicon, trigger: Token, event: EventInfo) -> None:
    """Armed forces that arrive somewhere deploy there; peacekeepers deployed protect
    (``event_doers.tsv``); forces of two countries manoeuvring together cooperate (PLOVER:
    joint exercises are COOPERATE, one country's are MOBILIZE). The doer's phrase, not the
    verb, tells these apart."""
    subject = subject_of(trigger) if trigger.pos_ == "VERB" else None
    if subject is None or event.cameo.plover is None:
        return
    words = {t.lemma_.lower() for t in phrase_words(subject)} | {t.lower_ for t in phrase_words(subject)}
    if (found := lex.by_doer(event.cameo.plover, words)) is not None:
        event.cameo = found
    if event.cameo.plover == "MOBILIZE" and event.target is None and (joint := lex.cameo("062")) is not None:
        partner = _partner_country(subject.doc, subject, event.source)
        if partner is not None:  # "French and Egyptian warships launched war games": PLOVER's joint exercise
            event.cameo, event.target = joint, partner


def _partner_country(doc: Doc, subject: Token, source: int | None) -> int | None:
    """A second country named by a demonym coordinated with the doer's ("*French* and
    Egyptian warships"), as the country actor that demonym mentions."""
    own = country_of(doc, source)
    for word in (t for t in phrase_words(subject) if t.dep_ == "amod" and any(c.dep_ == "conj" for c in t.children)
                 or t.dep_ == "conj" and t.head.dep_ == "amod"):
        country = load().country(word.text)
        if country is not None and word.text in country.adjectives and country.iso3 != own:
            return country_mention(doc, country, doc[word.i : word.i + 1])
    return None


def _done_by_thing(trigger: Token) -> bool:
    """Whether a verb's active subject is a common noun that names no actor: "that spree
    helped", "his words met a cool reception". People and groups are actors by then, so what
    is left is a thing, which takes no part in political events (violence aside: "a roadside
    bomb killed" is coded to unidentified forces)."""
    if trigger.pos_ != "VERB":
        return False
    clause = trigger.head if trigger.dep_ == "conj" and not any(c.dep_.startswith(("nsubj", "csubj")) for c in trigger.children) \
        else trigger
    if any(c.dep_ == "csubj" for c in clause.children):
        return True  # "lifting the embargo would damage Britain's relations": an act, predicted to have a consequence
    relative = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    subject = antecedent_of_relative(relative) if relative is not None else None  # "questions that allowed him …"
    if subject is not None and relative is not subject and relative.lower_ in ("that", "which") \
            and subject.lower_ in ("those", "these"):
        return True  # "(questions,) those that allowed him to reassure Russians"
    return subject is not None and subject.pos_ == "NOUN" and actor_in(subject.doc, subject) is None \
        and _issuer(subject.doc, subject) is None


def _issuer(doc: Doc, subject: Token | None) -> int | None:
    """"The communiqué congratulated Bush": a statement acts for the institution that issued
    it, found as a quotation's statement is ("The EU also confirmed …" just before)."""
    if subject is None or subject.lower_ not in STATEMENT_WORDS or subject.lower_ == "it":
        return None
    return statement_source(doc, subject, None)


def _acted_on(trigger: Token) -> list[Token]:
    """Nouns naming what an action is done to: its object and what the object is made of or
    comes from, the objects of its prepositions, the object of an action it is done for."""
    objects = [c for c in trigger.children if c.dep_ in _OBJECT_DEPS]
    objects += [o for c in trigger.children if c.dep_ in ("xcomp", "advcl") for o in c.children
                if o.dep_ == "dobj" and any(a.lower_ == "to" for a in c.children)]  # "opened fire to disperse …"
    nouns = list(objects)
    preps = [c for o in objects for c in o.children if c.dep_ == "prep" and c.lower_ in ("of", "from")]
    preps += _preps(trigger, _TARGET_PREPS)
    nouns += [c for prep in preps for c in prep.children if c.dep_ == "pobj"]
    return nouns


def _participants(doc: Doc, trigger: Token, event: EventInfo) -> None:
    if trigger.pos_ == "NOUN":
        _nominal_participants(doc, trigger, event)
        return
    subject = _gerund_possessor(trigger) or _told(trigger) or subject_of(trigger)
    if subject is not None and subject.head == trigger and subject.dep_ in _OBJECT_DEPS + ("npadvmod",):
        subject = None  # the inverted speaker of '"…," said Shapiro' is no agent of "visiting Beijing"
    if subject is None and trigger.dep_ == "acl" and (agent := _agent(trigger)) is not None:
        subject = agent  # "a call echoed by Japan", "sanctions imposed by the EU": the agent acts
    elif subject is None and trigger.dep_ == "acl":
        subject = trigger.head  # "Straw, visiting Beijing"
        if phrase_owner(doc, subject, deep=False) is None and any(c.lower_ == "to" and c.dep_ == "aux" for c in trigger.children):
            # "efforts by Kerry to find a solution"; "is engaged in an effort to broker a deal": who makes the effort
            subject = next((o for p in _preps(subject, ("by",)) if (o := _pobj(p)) is not None), None) \
                or _implicit_subject(trigger)
        elif phrase_owner(doc, subject, deep=False) is None:
            subject = _maker(subject, trigger) or subject  # "a case filed by the Philippines … challenging China's claims"
    elif subject is None:
        subject = _implicit_subject(trigger) or _inverted_subject(trigger)
    passive = subject is not None and (_passive_aux(trigger) or subject.dep_ == "nsubjpass" and trigger.dep_ == "conj"
                                       and trigger.tag_ == "VBN" and _passive_aux(subject.head))  # "was arrested and charged"
    if subject is not None:
        subject = antecedent_of_relative(subject)
    target_token = next((c for c in trigger.children if c.dep_ in _OBJECT_DEPS), None)
    agent = next((p for p in trigger.children if p.dep_ == "agent"), None)
    if passive and agent is not None:
        # "The move was welcomed by Beijing": the agent acts, the passive subject undergoes
        subject, target_token = _pobj(agent), subject
    elif passive and not event.cameo.code.startswith(_MOVED) and phrase_owner(doc, target_token) is None:
        subject, target_token = None, subject  # "two Israeli soldiers were killed", "Iran was urged to …"
    event.source = phrase_owner(doc, subject)
    if event.source is None and subject is not None and subject.dep_ == "nsubj":
        event.source = _issuer(doc, subject)
    if event.cameo.code in ("040", "046") and target_token is not None and target_token.dep_ == "dobj" \
            and target_token.i not in (doc._.actor_of_token or {}) and target_token.pos_ == "NOUN" \
            and load_events().noun(target_token.lemma_.lower()) is None:  # "attend a meeting of Palestinian factions"
        # "discuss Palestinian reforms with Israel": a topic, not a partner, whose "with" may be the verb's
        target_token = next((o for p in target_token.children if p.dep_ == "prep" and p.lower_ == "with"
                             if (o := _pobj(p)) is not None), None)
    partner = next((o for p in _preps(trigger, ("with",)) if (o := _pobj(p)) is not None), None)
    if event.cameo.plover == "CONSULT" and is_cue(trigger) and phrase_owner(doc, partner) is not None:
        target_token = partner  # "discussed Ukraine with Obama": Ukraine is the topic, Obama the partner
    if phrase_owner(doc, target_token) is None:
        # the object's own "with France" outranks the verb's weaker "about …"
        rank = min((_TARGET_PREPS.index(c.lower_) for c in (target_token.children if target_token is not None else [])
                    if c.dep_ == "prep" and c.lower_ in _TARGET_PREPS), default=len(_TARGET_PREPS))
        for prep in (p for p in _preps(trigger, _TARGET_PREPS) if _TARGET_PREPS.index(p.lower_) <= rank):
            pobj = _pobj(prep)
            owner = phrase_owner(doc, pobj)
            if owner is not None and prep.lower_ == "at" and (doc._.actors or [])[owner].kind in ("place", "government"):
                continue  # "met at the White House" names where, not whom
            target_token = pobj or target_token
            if owner is not None:
                break
    event.target = phrase_owner(doc, target_token, deep=False)
    if event.target is None and target_token is not None:  # "lodged a protest with Albania", "an admission by Moscow"
        for prep in (c for c in target_token.children if c.dep_ == "prep" and c.lower_ in _TARGET_PREPS + ("by",)):
            event.target = phrase_owner(doc, _pobj(prep))
            if event.target is not None:
                break
    if event.target is None:
        event.target = phrase_owner(doc, target_token)
    if event.target is None and target_token is not None:  # "canceled plans to attend a summit in Russia"
        event.target = next((o for t in phrase_words(target_token) if t.dep_ == "pobj" and t.head.lower_ in _INNER_PREPS
                             and (o := phrase_owner(doc, t)) is not None and o != event.source), None)
    if event.target is None:  # "demanded that the US cancel …", "pressed for the US to strike": whom the demand is on
        clause = next((c for c in trigger.children if c.dep_ == "ccomp" or _for_clause(c)), None)
        inner = subject_of(clause) if clause is not None else None
        if not (inner is not None and subject is not None and inner.lower_ in ("they", "we") and subject.tag_ in ("NNS", "NNPS")):
            event.target = phrase_owner(doc, inner)  # "journalists complained they weren't given a free hand": themselves
        if event.cameo.root == "03" and event.target is not None and country_of(doc, event.target) == country_of(doc, event.source):
            event.target = None  # "Obama promised that the United States would defend Japan": his side promises, to Japan
    if event.target is None:
        for clause in (c for c in trigger.children if c.dep_ == "xcomp"):  # "offered to hand over to Britain"
            inner = EventInfo(event.trigger, event.sentence, event.cameo)
            _participants(doc, clause, inner)
            event.target = inner.target if inner.target != event.source else None
            if event.target is not None:
                break
    attending = load_events().modality("attending", trigger.lemma_) is not None  # "Rice and Annan will attend": each does
    if event.target is None and subject is not None and _reciprocal(event.cameo) and not attending:
        partner = next((c for c in subject.children if c.dep_ == "conj"), None)
        event.target = phrase_owner(doc, partner)  # "Kerry and Lavrov met": reciprocal
        sides = next((o for p in _preps(subject, ("of", "from")) if (o := _pobj(p)) is not None), None)
        other = next((c for c in sides.children if c.dep_ == "conj"), None) if sides is not None else None
        if event.target is None and (first := phrase_owner(doc, sides)) is not None \
                and (second := phrase_owner(doc, other)) not in (None, first):
            event.source, event.target = first, second  # "the foreign ministers of Iran and Saudi Arabia met"
    if event.target is None and event.cameo.code.startswith("042"):
        event.target = _visited_place(doc, trigger)  # "flew to Basra": a visit to Iraq
    if event.target is None and event.cameo.plover in _REPLIES and (act := _answered_act(trigger)) is not None \
            and (target_token is None or event.cameo.plover == "SANCTION" or load_events().noun(target_token.lemma_.lower())):
        # "the ban was imposed in the aftermath of China's crackdown": what is imposed is no target; but
        # "criticised the government over its case for war" names its target, unresolved
        event.target = _act_doer(doc, act)
    if event.target == event.source:
        event.target = None
    if event.target is not None:  # the object's "talks with his counterpart, Sharon, and the Palestinian leader, Abbas"
        owners = doc._.actor_of_token or {}
        named = [t for t in (phrase_words(target_token) if target_token is not None else []) if owners.get(t.i) == event.target]
        apposed = named + [a for t in named for a in t.children if a.dep_ == "appos"] + [t.head for t in named if t.dep_ == "appos"]
        event.also_targets = [o for t in apposed for c in t.conjuncts
                              if (o := phrase_owner(doc, c)) is not None and o not in (event.source, event.target)]
    if event.source is not None and subject is not None and (not _reciprocal(event.cameo) or event.target is None and attending):
        event.also_sources = [o for c in subject.conjuncts if (o := phrase_owner(doc, c)) is not None
                              and o not in (event.source, event.target)]  # "Schroeder and Chirac have called for …"
    event.evidence = [event.trigger] + [_span_of(t) for t in (subject, target_token) if t is not None]


def _place_left(doc: Doc, trigger: Token) -> int | None:
    """The place a withdrawal leaves ("from Gaza"), when the lexicon puts it in a country."""
    owners = doc._.actor_of_token or {}
    actors = doc._.actors or []
    for prep in _preps(trigger, ("from",)):
        pobj = _pobj(prep)
        if pobj is not None and pobj.i in owners and actors[owners[pobj.i]].country:
            return owners[pobj.i]
    return None


def _visited_place(doc: Doc, trigger: Token) -> int | None:
    """The place a visit went to, when the lexicon can put it in a country."""
    owners = doc._.actor_of_token or {}
    actors = doc._.actors or []
    places = [c for c in trigger.children if c.dep_ == "dobj"]
    places += [o for p in _preps(trigger, ("to",)) for o in p.children if o.dep_ == "pobj"]
    return next((owners[t.i] for t in places if t.i in owners
                 and actors[owners[t.i]].kind == "place" and actors[owners[t.i]].country), None)


def _preps(trigger: Token, words: tuple[str, ...]) -> list[Token]:
    """The trigger's prepositions among ``words``, with those hung on its particle ("lashed
    *out at* Turkey")."""
    return [p for c in trigger.children for p in ([c] + (list(c.children) if c.dep_ == "prt" else []))
            if p.dep_ in ("prep", "dative") and p.lower_ in words]


def _is_state_actor(doc: Doc, index: int | None) -> bool:
    """A country's, or an intergovernmental organisation's ("the UN Secretary-General called
    for a ceasefire" acts as a government's call does)."""
    actor = (doc._.actors or [])[index] if index is not None else None
    return actor is not None and (bool(actor.country) or (actor.code or "").startswith("IGO"))


def _code_intent(lex: EventLexicon, event: EventInfo, trigger: Token) -> None:
    """An action only intended or demanded is coded as what happened: the expression of
    intent (CAMEO 03, AGREE; 13, THREATEN when hostile) or the request (02 / 10), as CAMEO and
    PLOVER coders do; an intent made to depend on what another does ("will withdraw its
    force unless …") is a threat; a cooperative action refused ("will not attend") is the refusal (12);
    getting ready for violence ("prepared to resume shelling") is a show of force (15, MOBILIZE).
    The intended or refused action itself is kept in ``action``."""
    refusal = lex.refusal(event.cameo.code) if event.negated else None
    if refusal is not None:  # "will not attend the talks": the refusal is what happened
        event.action, event.cameo, event.negated, event.modality = event.cameo, refusal, False, "asserted"
        return
    if event.modality == "intended" and event.cameo.plover == "ASSAULT" and _readied(lex, trigger) \
            and (show := lex.cameo("150")) is not None:
        # "the army prepared to resume shelling": the readiness happened, the shelling not yet
        event.action, event.cameo, event.modality = event.cameo, show, "asserted"
        return
    # "will withdraw unless …" is a threat; "vowed to ignore the ruling" is the rejection, intended
    hostile = (event.cameo.quad_class or 0) >= 3 or bool(_conditions(trigger, ("unless",)))
    target = {"intended": "130" if hostile else "030", "demanded": "100" if hostile else "020"}.get(event.modality)
    already = ("02", "03", "10", "11", "12", "13") if event.modality == "intended" else ("02", "10")  # "must agree" is a demand
    verb = _noun_verb(trigger) if event.nominal else None
    if event.nominal and hostile and verb is not None and event.modality in ("intended", "conditional") \
            and _readied(lex, verb) and _conditions(verb, ("if", "unless")):
        target = "130"  # "remain ready to intensify sanctions if Russia takes further action": the readiness threatens
    elif target is None or event.cameo.root in already or event.nominal:
        return  # a noun ("sanctions") sought or proposed keeps its own code, flagged by modality
    recoded = lex.cameo(target)
    if recoded is not None:
        event.action, event.cameo = event.cameo, recoded


def _readied(lex: EventLexicon, trigger: Token) -> bool:
    """Whether the action is what someone got ready for, up a chain of infinitives
    ("prepared to resume shelling", "poised to attack")."""
    token = trigger
    while token.dep_ in ("xcomp", "dobj") and token.head.i != token.i:
        token = token.head
        if lex.modality("readiness", _infinitive_ruler(token).lemma_) is not None:
            return True
    return False


def _infinitive_ruler(head: Token) -> Token:
    """The word an infinitive depends on: the adjective of a copula when the parser hangs the
    infinitive on the verb ('they "remain ready" to intensify sanctions')."""
    if head.pos_ not in ("VERB", "AUX"):
        return head
    return next((c for c in head.children if c.dep_ == "acomp" and c.pos_ == "ADJ"), head)


def _modal_demand(doc: Doc, token: Token, lex: EventLexicon) -> EventInfo | None:
    """"The Chinese delegate said the United States should reduce its exercises", "… said
    Japan should be careful", "said America needed to listen": whatever the verb, what a
    speaker says another state should, must or needs to do, or hopes it will do, is the
    speaker's appeal (CAMEO 020) or demand (100) to it; the modal is the trigger."""
    if token.dep_ != "ccomp" or token.head.pos_ != "VERB":
        return None  # checked first: this runs on every word the lexicon does not code
    hoped = lex.modality("hoping", token.head.lemma_) is not None
    if not (hoped or is_cue(token.head)):
        return None
    modal = next((c for c in token.children if c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll")), None) \
        if hoped else _modal_word(token, "demanded", ("aux",))  # "We hope the U.S. will also listen": an appeal
    if modal is None and token.lemma_ == "need" and not any(c.dep_ == "neg" for c in token.children) and any(
            c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in token.children):
        modal = token  # "said America needed to listen to the world too"
    if modal is None or _passive_aux(token):
        return None  # "said Blatter should be awarded the prize" asks it of whoever awards, not of Blatter
    said_by = subject_of(token.head) or _implicit_subject(token.head)  # "responded by saying Japan should …"
    speaker, addressee = phrase_owner(doc, said_by), phrase_owner(doc, subject_of(token))
    code = lex.cameo("100" if modal.lower_ == "must" else "020")
    if speaker is None or addressee is None or speaker == addressee or code is None \
            or not (_is_state_actor(doc, speaker) and _is_state_actor(doc, addressee)):
        return None
    sentence = sentence_of(token)
    return EventInfo(trigger=(modal.idx, modal.idx + len(modal)), sentence=(sentence.start_char, sentence.end_char),
                     cameo=code, source=speaker, target=addressee, modality="demanded", reported_by=speaker,
                     evidence=[(modal.idx, modal.idx + len(modal)), _span_of(said_by), _span_of(subject_of(token))])


def _consequences(doc: Doc, word: Token, lex: EventLexicon) -> EventInfo | None:
    """"Any action by China to reclaim land … would have consequences, Carter said", "said there
    will be consequences if Russia invades": a speaker foretelling consequences for another's act
    threatens whoever would do it (CAMEO 130); the word "consequences" is the trigger. A warning
    verb codes the threat itself ("warned that any move would have consequences")."""
    if word.lemma_.lower() != "consequence" or word.dep_ not in ("dobj", "attr") or word.head.lemma_ not in ("have", "be"):
        return None  # checked first: this runs on every word the lexicon does not code
    clause = word.head
    if clause.dep_ != "ccomp" or not is_cue(clause.head) or not any(
            c.dep_ == "aux" and lex.modality("modal", c.lower_) in ("intended", "hypothetical") for c in clause.children):
        return None  # "the war had consequences" foretells nothing
    said = clause.head
    if (spoken := lex.code_verb(said.lemma_.lower(), [], [], ())) is not None and spoken.plover == "THREATEN":
        return None
    said_by = subject_of(said)
    speaker = phrase_owner(doc, said_by)
    act = subject_of(clause) if word.dep_ == "dobj" else None
    doer = next((o for p in _preps(act, ("by",)) if (o := _pobj(p)) is not None), act) if act is not None else \
        next((subject_of(c) for c in _conditions(clause, ("if", "unless"))), None)
    target, code = phrase_owner(doc, doer), lex.cameo("130")
    if speaker is None or target is None or speaker == target or code is None:
        return None
    sentence = sentence_of(word)
    return EventInfo(trigger=(word.idx, word.idx + len(word)), sentence=(sentence.start_char, sentence.end_char),
                     cameo=code, source=speaker, target=target, reported_by=speaker,
                     evidence=[(word.idx, word.idx + len(word)), _span_of(said_by), _span_of(doer)])


def _intolerance(doc: Doc, verb: Token, lex: EventLexicon) -> EventInfo | None:
    """"Abbas has said he will not tolerate attacks such as last Friday's bombing": refusing
    to put up with an act condemns it (CAMEO 111), and whoever the act's phrase names as its
    doer; the act itself stays its own event."""
    if verb.pos_ != "VERB" or lex.modality("forbearing", verb.lemma_) is None or not _negated(verb):
        return None  # checked first: this runs on every word the lexicon does not code
    act = next((c for c in verb.children if c.dep_ == "dobj"), None)
    source, code = phrase_owner(doc, subject_of(verb)), lex.cameo("111")
    if act is None or source is None or code is None or not (
            (done := lex.noun(act.lemma_)) is not None and (done.quad_class or 0) >= 3):
        return None  # "did not tolerate the heat"
    target = _modifying_doer(doc, act)  # "Russian attacks", not "attacks … in the Israeli city"
    sentence = sentence_of(verb)
    return EventInfo(trigger=(verb.idx, verb.idx + len(verb)), sentence=(sentence.start_char, sentence.end_char),
                     cameo=code, source=source, target=target if target != source else None,
                     evidence=[(verb.idx, verb.idx + len(verb)), _span_of(act)])


def _concern(doc: Doc, word: Token, lex: EventLexicon) -> EventInfo | None:
    """"Straw told the committee human rights concerns over China remained": a worry about an
    actor that a speaker says exists is the speaker's criticism of it (CAMEO 111). Only as the
    subject of its clause: a worry voiced or raised is the verb's event ("voiced concern")."""
    if not lex.worry(word.lemma_) or word.dep_ not in ("nsubj", "nsubjpass", "attr"):
        return None  # checked first: this runs on every word the lexicon does not code
    if any(c.dep_ == "poss" for c in word.children):
        return None  # "it shows people's top concern about Trump is …": their worry, not the speaker's
    about = next((o for p in _preps(word, _WORRY_PREPS) if (o := _pobj(p)) is not None), None)
    verb = _speech_over(word)
    if about is None or verb is None:
        return None
    source, target, code = phrase_owner(doc, subject_of(verb)), phrase_owner(doc, about), lex.cameo("111")
    if source is None or target is None or source == target or code is None or _commentators(doc, source):
        return None  # "concerns over China remained, analysts said" is commentary
    sentence = sentence_of(word)
    return EventInfo(trigger=(word.idx, word.idx + len(word)), sentence=(sentence.start_char, sentence.end_char),
                     cameo=code, source=source, target=target, reported_by=source,
                     evidence=[(word.idx, word.idx + len(word)), _span_of(verb), _span_of(about)])


def _presence(doc: Doc, verb: Token, lex: EventLexicon) -> EventInfo | None:
    """"When he was in Tokyo earlier this week, Machimura told the British minister …": a
    state's official or government present in another country is visiting it (CAMEO 042), as
    coders read "Straw was in India"; being somewhere at home, or a country being there
    ("troops were in Iraq"), is no visit."""
    if verb.lemma_ != "be" or (prep := next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"), None)) is None:
        return None  # checked first: this runs on every word the lexicon does not code
    actors, owners = doc._.actors or [], doc._.actor_of_token or {}
    pobj = _pobj(prep)
    place = owners.get(pobj.i) if pobj is not None else None
    source = phrase_owner(doc, subject_of(verb))
    home = country_of(doc, source)
    code = lex.cameo("042")
    if place is None or source is None or home is None or code is None or actors[place].kind not in ("place", "country") \
            or actors[source].kind not in ("person", "government") or actors[source].kind == "person" and not actors[source].code \
            or country_of(doc, place) in (None, home) \
            or any(c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB" for c in verb.children):
        return None  # "was in India visiting the Golden Temple": the visit is the clause's own event
    sentence = sentence_of(verb)  # the place is set by _where, as for every event
    event = EventInfo(trigger=(verb.idx, verb.idx + len(verb)), sentence=(sentence.start_char, sentence.end_char),
                      cameo=code, source=source, target=place,
                      evidence=[(verb.idx, verb.idx + len(verb)), _span_of(pobj)])  # type: ignore[arg-type]
    _flags(doc, verb, event)
    _code_intent(lex, event, verb)  # "will be in Washington next week": an intent to visit
    return event


def _commitment(doc: Doc, word: Token, lex: EventLexicon) -> EventInfo | None:
    """"Vietnam is committed to opening up the economy", "stressing the EU's commitment to
    securing a stable Iraq": an actor's stated commitment is its intent to cooperate (CAMEO 030)
    with whom the commitment names; another side's speaker vouching that an actor is committed
    ("Blair argued that Mr Sharon was committed to the roadmap") praises it (051)."""
    if word.lemma_.lower() == "commit" and word.tag_ == "VBN":
        committed, clause = next((c for c in word.children if c.dep_ == "nsubjpass"), None), word
    elif word.lower_ == "commitment" and word.dep_ == "dobj" and is_cue(word.head, ("speech", "intent")):
        committed, clause = next((c for c in word.children if c.dep_ == "poss"), None), None  # "reaffirmed its commitment to"
    else:
        return None  # checked first: this runs on every word the lexicon does not code
    to = next(iter(_preps(word, ("to",))), None)
    owner = phrase_owner(doc, committed)
    if to is None or owner is None or _negated(word):
        return None
    goal = next((c for c in to.children if c.dep_ in ("pobj", "pcomp")), None)
    goal = next((c for c in goal.children if c.dep_ == "dobj"), goal) if goal is not None and goal.pos_ == "VERB" else goal
    speaker = phrase_owner(doc, subject_of(clause.head)) if clause is not None and clause.dep_ == "ccomp" \
        and is_cue(clause.head) else None
    if speaker is not None and country_of(doc, speaker) not in (None, country_of(doc, owner)):
        source, target, code = speaker, owner, lex.cameo("051")
    else:
        source, target, code = owner, phrase_owner(doc, goal), lex.cameo("030")
    if code is None or source == target:
        return None
    sentence = sentence_of(word)
    return EventInfo(trigger=(word.idx, word.idx + len(word)), sentence=(sentence.start_char, sentence.end_char),
                     cameo=code, source=source, target=target, reported_by=speaker,
                     evidence=[(word.idx, word.idx + len(word)), _span_of(committed), *([_span_of(goal)] if goal is not None else [])])


def _judgement(doc: Doc, word: Token, lex: EventLexicon, quoted: set[int]) -> EventInfo | None:
    """"Ancram said Mr Straw was 'naive beyond belief'", "called Oz a quack", "described the
    Turks as hypocrites": a speaker's word of praise or blame for an actor is the speaker's
    praise (CAMEO 051) or criticism (111) of it; the word, quoted or not, is the trigger."""
    code = lex.judgement(word.lemma_) or next((j for a in word.children if a.dep_ == "advmod"
                                               and (j := lex.judgement(f"{a.lower_} {word.lower_}")) is not None), None)
    if code is None:
        return None  # checked first: this runs on every word the lexicon does not code ("politically driven": both)
    first = word
    while first.dep_ == "conj" and first.head.pos_ == "ADJ":
        first = first.head  # "unilateral, dangerous and coercive actions": one judgement, the first judging word's
    if first is not word and any(lex.judgement(c.lemma_) is not None for c in (first, *first.conjuncts) if c.i < word.i):
        return None
    word_dep, word_head = first.dep_, first.head
    if word_dep == "amod" and lex.judgement(word_head.lemma_) is not None:
        return None  # "a dangerous mistake": one judgement, the noun's
    judged = verb = act = None
    said = word_head if word_dep == "amod" and not lex.remark(word_head.lemma_) else word  # "was a worrying issue"
    if (said.dep_ in ("acomp", "attr") and said.head.lemma_ == "be" or said.dep_ == "dobj" and said.head.lemma_ == "have") \
            and said.head.dep_ == "ccomp" and is_cue(said.head.head):  # "said Mr Straw was naive", "… had a terrible record"
        judged, verb = subject_of(said.head), said.head.head
        act = next((c for c in said.head.children if c.dep_ == "csubj" and c.pos_ == "VERB"), None)
        if judged is None and act is not None:  # "said lifting the embargo would be irresponsible": who does it, if named
            judged = subject_of(act) or act
    elif word_dep == "amod" and lex.remark(word_head.lemma_):  # "had sharp words for Washington"
        remark = word_head
        holders = (remark, remark.head) if remark.dep_ == "dobj" else (remark,)  # "had sharp words | for Washington"
        judged = next((o for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in _REMARKED_PREPS
                       if (o := _pobj(p)) is not None), None)
        verb = next((c for c in remark.children if c.dep_ == "poss"), None) or (remark.head if remark.dep_ == "dobj" else None)
    elif word_dep == "amod" and (owner := next((c for c in word_head.children if c.dep_ == "poss"), None)) is not None:
        judged, verb = owner, _speech_over(word_head)  # "adding that the network could help against Russia's worrying actions"
    elif word_dep == "amod" and lex.deed(word_head.lemma_):  # '"… put at risk by aggressive behavior," Parrikar told the forum'
        act, verb = word_head, _speech_over(word_head)
        judged = None if _denied_between(act, verb, lex) else _doer_by(act)
    elif said.dep_ == "oprd" or said.dep_ in ("pobj", "pcomp") and said.head.lower_ == "as" \
            or said.dep_ == "advcl" and any(c.lower_ == "as" and c.i < said.i for c in said.children) \
            or said.lower_ == "as" and said.dep_ == "prep":  # "described the Turks as hypocritical", the adjective on "as"
        # "called Oz a quack", "described … as hypocrites", "described the sanctions | as politically motivated"
        verb = said.head if said.dep_ in ("oprd", "advcl", "prep") else said.head.head
        judged = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if verb.pos_ == "NOUN" and verb.dep_ == "dobj":  # "sees the weapons ban as politically driven": "as" hung on the object
            judged, verb = verb, verb.head
        verb = verb if lex.modality("naming", verb.lemma_) is not None else None
        if judged is not None and phrase_owner(doc, judged) is None and (lex.deed(judged.lemma_) or lex.noun(judged.lemma_.lower())):
            act = judged  # "sees the weapons ban as politically driven": a measure, judged with whoever took it, if named
            judged = _doer_by(act)
        if judged is not None and judged.tag_ == "WP" and lex.deed(said.lemma_):
            act = said  # "to deal with what he called dangerous actions": whoever does them, named or not
            judged = _doer_by(act)
    if verb is None or verb.i in quoted or judged is None or judged.lower_ in ("it", "this", "that"):
        return None  # "told BBC Radio Wales: 'It's quite dangerous …'" judges a situation, not the radio
    said_by = subject_of(verb)
    if said_by is None or said_by.i == judged.i:  # "to describe the Turks as …", read as '"…," said Shapiro'
        said_by = _implicit_subject(verb)
    speaker = phrase_owner(doc, verb if verb.dep_ == "poss" else said_by)  # "Putin's glowing assessment of Trump"
    target = phrase_owner(doc, judged) if judged is not act else None
    if speaker is None or (target is None and judged is not act) or speaker == target:
        return None
    sentence = sentence_of(word)
    return EventInfo(trigger=(word.idx, word.idx + len(word)), sentence=(sentence.start_char, sentence.end_char),
                     cameo=code, source=speaker, target=target,
                     evidence=[(word.idx, word.idx + len(word)), _span_of(verb), _span_of(judged)])


def _denied_between(token: Token, verb: Token | None, lex: EventLexicon) -> bool:
    """Whether a clause between ``token`` and the speech verb over it is negated ("found the
    money was not coming from criminal activity" blames no one); not tolerating is no denial."""
    while verb is not None and token.i != verb.i and token.head.i != token.i:
        token = token.head
        if token.i != verb.i and any(c.dep_ == "neg" for c in token.children) \
                and lex.modality("forbearing", token.lemma_) is None:
            return True
    return False


def _doer_by(act: Token) -> Token:
    """Who a deed's possessor or "by" names ("the EU's embargo", "provocative behavior by North
    Korea"), else the deed itself, whose doer is unnamed."""
    return next((c for c in act.children if c.dep_ == "poss"), None) \
        or next((o for p in _preps(act, ("by",)) if (o := _pobj(p)) is not None), act)


def _negated(verb: Token) -> bool:
    """"did not attack", "neither attacked nor threatened", and a verb that shares its subject
    with a negated one through "or" or "nor" ("was not charged with nor convicted of", "did not
    attack Iraq or threaten Iran"); "did not attack Iraq but threatened Iran" threatened."""
    if any(c.dep_ == "neg" or c.dep_ == "preconj" and c.lower_ == "neither" for c in verb.children):
        return True
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    joins = {c.lower_ for c in verb.head.children if c.dep_ == "cc"}
    return "nor" in joins or "or" in joins and _negated(verb.head)


def _speech_over(token: Token) -> Token | None:
    """The speech verb whose reported clause holds ``token``, however deep ("said the network
    could help protect against …")."""
    while token.head.i != token.i:
        if token.dep_ == "ccomp" and is_cue(token.head):
            return token.head
        token = token.head
    return None


def _threatened(doc: Doc, trigger: Token, source: int | None) -> int | None:
    """Who a threat is aimed at when the text names no object: the one whose act it depends on
    ("threatened to launch an offensive *unless Baghdad* accepted", "… *if Hamas* ran")."""
    verbs = [trigger, *(c for c in trigger.children if c.dep_ == "xcomp")]
    if trigger.pos_ == "NOUN" and (verb := _noun_verb(trigger)) is not None:
        verbs.append(verb)  # "ready to intensify sanctions if Russia takes further action"
    for verb in verbs:
        for clause in _conditions(verb, ("if", "unless")):
            owner = phrase_owner(doc, subject_of(clause))
            if owner is not None and owner != source:
                return owner
    return None


def _conditions(verb: Token, marks: tuple[str, ...]) -> list[Token]:
    """The verb's adverbial clauses opened by one of ``marks`` ("unless Baghdad accepted")."""
    return [c for c in verb.children
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)]


def _modal_word(trigger: Token, modality: str, deps: tuple[str, ...] = ("aux", "auxpass")) -> Token | None:
    """The trigger's modal auxiliary of ``modality`` ("must" for demanded), if any."""
    return next((c for c in trigger.children
                 if c.dep_ in deps and load_events().modality("modal", c.lower_) == modality), None)


def _plural_subject(trigger: Token) -> bool:
    """A subject that names the two sides of the last exchange, without naming them."""
    subject = subject_of(trigger)
    owners = trigger.doc._.actor_of_token or {}
    return subject is not None and subject.lower_ in _PAIR_WORDS and subject.i not in owners


def _reciprocal(code: CameoCode) -> bool:
    """Acts two parties do together: coordinated doers are each other's targets."""
    return bool(_SYMMETRIC & {code.plover, code.code[:3]})


def _pair_says_they(trigger: Token) -> bool:
    """"Both sides … said *they* planned to reopen consulates": the pair, whatever "they" was
    resolved to on its own."""
    subject = subject_of(trigger)
    clause = subject.head if subject is not None else trigger
    return subject is not None and subject.lower_ == "they" and clause.dep_ == "ccomp" \
        and is_cue(clause.head) and _plural_subject(clause.head)


def _last_two_people(doc: Doc, before: Token, kinds: tuple[str, ...] = ("person", "country", "government")
                     ) -> tuple[int | None, int | None]:
    """The two people or states named last before ``before``: who "the two", "both sides" or
    "they" are."""
    actors = doc._.actors or []
    starts = sorted(((s, i) for i, a in enumerate(actors) if a.kind in kinds
                     for s, _ in a.mentions if s < before.idx), reverse=True)
    found: list[int] = []
    for _, index in starts:
        if index not in found:
            found.append(index)
        if len(found) == 2:
            return found[1], found[0]
    return None, None


def _gerund_possessor(trigger: Token) -> Token | None:
    """"complained about the United States' backing independence": a gerund's possessor is
    its doer, however the parser attached the gerund; so is the possessor of the noun it
    spells out ("achieving *its* goal of taking in refugees")."""
    before = trigger.doc[trigger.i - 1] if trigger.i > 0 else None
    if trigger.tag_ == "VBG" and before is not None and before.tag_ == "POS" and before.head.i < before.i:
        return before.head
    if trigger.tag_ == "VBG" and trigger.dep_ == "pcomp" and trigger.head.lower_ == "of":
        return next((c for c in trigger.head.head.children if c.dep_ == "poss"), None)
    return None


def _implicit_subject(trigger: Token) -> Token | None:
    """"After meeting with the king, Obama returned": the subject of the governing clause;
    but "accused Turkey *of* shooting down", "lashed out at Turkey *for* having shot down":
    the one blamed or praised did it."""
    if trigger.dep_ == "pcomp" and trigger.head.lower_ in ("for", "of") and trigger.head.head.pos_ == "VERB":
        verb = trigger.head.head
        blamed = next((c for c in verb.children if c.dep_ == "dobj"), None)
        blamed = blamed or next((o for p in _preps(verb, ("at", "on")) if (o := _pobj(p)) is not None), None)
        if blamed is not None and actor_in(trigger.doc, blamed) is not None:  # not "took credit for taking in refugees"
            return blamed
    head, came_by = trigger, ""
    for _ in range(4):  # through a noun of an adjunct: "At a news conference following talks with Blair, Abbas said"
        if head.dep_ not in ("advcl", "pcomp", "xcomp", "conj", "acl", "prep", "acomp", "pobj") or head.head.i == head.i:
            return None
        if head.dep_ == "pobj" and (came_by != "acl" or head.head.head.pos_ not in ("VERB", "AUX")):
            return None  # the clause's adjunct, not "his commitment to the people for holding elections"
        came_by = head.dep_
        head = head.head.head if joined_across_clauses(head) else head.head
        if came_by == "acl" and head.pos_ == "NOUN" and (owner := next((c for c in head.children if c.dep_ == "poss"), None)):
            return owner  # "Trump's threats to wall off the Mexican people and slap a tariff": Trump would slap it
        if came_by == "advcl" and (agent := _agent(head)) is not None:
            return agent  # "a case filed by the Philippines, challenging China's claims": its filer challenges
        subjects = clause_subjects(head)
        if subjects:
            return subjects[0]
    return None


def _inverted_subject(trigger: Token) -> Token | None:
    """"Also due to attend are Rice, Annan and …": a predicate put before the copula has its
    subject after it, parsed as the copula's attribute."""
    head = trigger
    while head.dep_ in ("xcomp", "acomp") and head.head.i != head.i:
        head = head.head
    if head is trigger or head.lemma_ != "be" or clause_subjects(head):
        return None
    return next((c for c in head.children if c.dep_ == "attr" and c.i > head.i > trigger.i), None)


def _agent(verb: Token) -> Token | None:
    """Who does a passive participle's act: "filed *by the Philippines*"."""
    if verb.tag_ != "VBN":
        return None
    return next((o for a in verb.children if a.dep_ == "agent" if (o := _pobj(a)) is not None), None)


def _maker(noun: Token, besides: Token) -> Token | None:
    """A thing someone made acts for its maker, as a statement for its issuer: "a case filed
    by the Philippines", "a resolution drafted by France"."""
    return next((a for c in noun.children if c.dep_ == "acl" and c != besides and (a := _agent(c)) is not None), None)


def _modifying_doer(doc: Doc, noun: Token) -> int | None:
    """The doer an event noun's own modifiers name: "Russia's seizure", "Palestinian riots",
    "the Russian offensive"."""
    doer = next((o for c in noun.children if c.dep_ in ("poss", "amod", "compound") and (o := phrase_owner(doc, c)) is not None), None)
    return doer if doer is not None else demonym_country(doc, noun)  # actor 0 is a doer too


def _provoked_by(noun: Token) -> Token | None:
    """The act an event noun is provoked by ("the annexation prompted sanctions", "exports
    have become an issue, prompting tariffs", "tests led to sanctions"; ``modality.tsv`` kind
    ``provoking``): its subject is no doer of the event but whom the event answers."""
    if noun.dep_ == "pobj":  # "led to sanctions", "resulted in tariffs"
        verb, words = noun.head.head, f"{noun.head.head.lemma_} {noun.head.lower_}"
    else:
        verb, words = noun.head, noun.head.lemma_ if noun.dep_ == "dobj" else ""
    if verb.pos_ != "VERB" or load_events().modality("provoking", words) is None:
        return None
    return subject_of(verb) or (subject_of(verb.head) if verb.dep_ == "advcl" else None)


def _answering(prep: Token) -> Token | None:
    """The act a preposition names as what an event answers ("after", "over", "in the aftermath
    of", "in response to"; ``modality.tsv`` kind ``answering``): an event noun or an act an actor
    owns, not a time ("after Monday") or a topic."""
    lex, act = load_events(), _pobj(prep)
    if act is not None and lex.modality("answering", prep.lower_) is None:  # "in the aftermath of …"
        inner = next((c for c in act.children if c.dep_ == "prep"), None)
        if inner is None or lex.modality("answering", f"{prep.lower_} {act.lemma_.lower()} {inner.lower_}") is None:
            return None
        act = _pobj(inner)
    if act is None or lex.noun(act.lemma_.lower()) is None and not any(c.dep_ in ("poss", "compound") for c in act.children):
        return None
    return act


def _is_answered(act: Token) -> bool:
    """Whether an act is named as what another event answers ("after", "in the aftermath of")."""
    preps = [act.head] + ([act.head.head.head] if act.head.head.dep_ == "pobj" else [])
    return act.dep_ == "pobj" and any(p.dep_ == "prep" and _answering(p) == act for p in preps)


def _answered_act(verb: Token) -> Token | None:
    return next((a for c in verb.children if c.dep_ == "prep" and (a := _answering(c)) is not None), None)


def _act_doer(doc: Doc, act: Token) -> int | None:
    """Who did an act the text names as a noun: its possessor or modifier ("Russia's
    annexation"), its "by" phrase ("tests by North Korea"), else an actor it is ("Russia")."""
    if (doer := _modifying_doer(doc, act)) is not None:
        return doer
    by = next((o for p in _preps(act, ("by",)) if (o := _pobj(p)) is not None), None)
    return phrase_owner(doc, by if by is not None else act)


def _nominal_participants(doc: Doc, noun: Token, event: EventInfo) -> None:
    """"Russia's seizure of Crimea", "sanctions against Russia", "talks with Kerry", "talks
    between Russia and Ukraine" (the parties act on each other, or are whom a mediator acts on)."""
    parties: tuple[int, int | None] | None = None
    event.source = _modifying_doer(doc, noun)
    for child in _noun_preps(noun):
        pobj = _pobj(child)
        owner = phrase_owner(doc, pobj)
        if child.lower_ == "between" and owner is not None:  # "talks between Russia and Ukraine", "… Chinese and American officials"
            parties = (owner, phrase_owner(doc, next((c for c in pobj.children if c.dep_ == "conj"), None))  # type: ignore[union-attr]
                       or _partner_country(doc, pobj, owner))  # type: ignore[arg-type]
        elif owner is not None and (child.lower_ == "by" or child.lower_ == "from" and event.source is None):
            event.source = owner  # "complaints from Washington", "demands from the rebels"
            if not _reciprocal(event.cameo):  # "opposition from the US and Japan": each opposes
                event.also_sources = [o for c in pobj.conjuncts if (o := phrase_owner(doc, c)) is not None]  # type: ignore[union-attr]
        elif child.lower_ in _TARGET_PREPS + ("of",) and owner is not None and event.target is None \
                and (event.cameo.plover != "CONSULT" or child.lower_ in _CONSULT_PREPS):
            event.target = owner
        elif child.lower_ == "of" and pobj is not None and event.target is None and event.cameo.plover != "CONSULT":  # "a suspension of links with Serbia"
            event.target = next((o for p in pobj.children if p.dep_ == "prep" and p.lower_ in _TARGET_PREPS
                                 and (o := phrase_owner(doc, _pobj(p))) is not None), None)
    if (cause := _provoked_by(noun)) is not None:  # "Russia's annexation of Crimea prompted sanctions"
        event.target = event.target or _act_doer(doc, cause)
    elif event.target is None and event.cameo.plover in _REPLIES \
            and (act := next((a for c in noun.children if c.dep_ == "acl" and (a := _answered_act(c)) is not None), None)):
        event.target = _act_doer(doc, act)  # "sanctions imposed over Russia's annexation of Crimea"
    elif event.source is None and (noun.dep_ == "dobj" or noun.dep_ == "pobj" and noun.head.lower_ not in _BACKGROUND_PREPS):
        verb = _noun_verb(noun)
        direct = noun.dep_ == "dobj" or (verb is not None and verb.i != noun.head.head.i)  # "provide tons of food aid"
        if verb is not None and verb.pos_ in ("VERB", "AUX") and not _undergoes(verb) and not _comments_on(verb, noun, direct, event.cameo.plover):
            doer = subject_of(verb)
            own = clause_subjects(verb)
            passive = bool(own) and noun.dep_ == "pobj" and noun.head.lower_ in _UNDERGONE_PREPS and not _reciprocal(event.cameo) \
                and (own[0].dep_ == "nsubjpass" or noun.head.lower_ == "under" and verb.lemma_ in _UNDERGOING_VERBS)
            if _blamed_for(noun, event.cameo):
                doer = next(c for c in verb.children if c.dep_ == "dobj")  # "isolate Russia for the seizure"
            elif doer is not None and doer.head == verb and doer.dep_ in _OBJECT_DEPS:
                doer = None  # "put China under an embargo": China is no doer
            elif passive:
                event.target = event.target or phrase_owner(doc, doer)  # "a US national was put under investigation"
                doer = next((o for a in verb.children if a.dep_ == "agent" if (o := _pobj(a)) is not None), None)
            event.source = phrase_owner(doc, doer if doer is not None or passive else _implicit_subject(verb))  # "is due to take part in talks"
    if event.target is None and noun.dep_ == "pobj" and noun.head.head.pos_ == "VERB" and not _blamed_for(noun, event.cameo):
        put = next((c for c in noun.head.head.children if c.dep_ == "dobj"), None)
        event.target = phrase_owner(doc, put)  # "put China under an embargo": the verb's object undergoes it
    if event.target is None and noun.dep_ == "dobj" and _undergoes(noun.head):
        event.target = phrase_owner(doc, subject_of(noun.head))  # "Russia faces new sanctions"
        if event.source is None:  # "Iraq received aid from Japan", "drew criticism from Britain"
            event.source = next((o for p in _preps(noun.head, ("from", "by")) if (o := phrase_owner(
                doc, _pobj(p))) is not None and o != event.target), None)
    if event.target is None:  # "complaints … that China's glut of factories was overwhelming markets"
        clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp")
                       and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
        event.target = phrase_owner(doc, subject_of(clause)) if clause is not None else None
    if parties is None and event.source is None and _reciprocal(event.cameo) and any(
            t.lower_ in _COUNTRY_PAIRS and any(c.lower_ in ("both", "two") for c in t.children) for t in phrase_words(noun)):
        parties = _last_two_people(doc, noun, ("country", "government"))  # "a meeting of ministers of both countries"
    if parties is not None and event.source is None:
        event.source, event.target = parties
    elif parties is not None and event.target is None:  # "Qatar launched a mediation effort between Bahrain and …"
        event.target = parties[0]
    if event.target == event.source:
        event.target = None
    event.evidence = [event.trigger]


def _noun_preps(noun: Token) -> list[Token]:
    """The prepositions of an event noun's phrase, and of the verb it is the subject of when
    that verb only says it happened: "talks were held with Iran", "… took place between …"."""
    preps = [c for c in noun.children if c.dep_ == "prep"]
    if noun.dep_ in ("nsubj", "nsubjpass") and load_events().modality("occurrence", noun.head.lemma_) is not None:
        preps += [c for c in noun.head.children if c.dep_ == "prep"]
    return preps


def _partners_with(doc: Doc, noun: Token) -> list[int]:
    """Whom an event noun's "with" names: the other side of talks whose own side goes unsaid."""
    return [o for p in _noun_preps(noun) if p.lower_ == "with"
            for c in p.children if c.dep_ == "pobj" and (o := phrase_owner(doc, c)) is not None]


def _undergoes(verb: Token) -> bool:
    """Whether the verb's subject undergoes its object event ("faces sanctions"; ``modality.tsv``)."""
    return verb.pos_ in ("VERB", "AUX") and load_events().modality("undergoing", verb.lemma_) is not None


def _comments_on(verb: Token, noun: Token, direct: bool, plover: str | None) -> bool:
    """Whether the verb's subject speaks of the event noun rather than does it: "welcomed the
    talks", "criticised the sanctions" (the verb is an event of another type, done to the noun's
    event), "described the meeting as important" (``modality.tsv``, kind comment). "Held talks",
    "began a hunger strike" are the noun's event itself; "demanded a truce" asks for it."""
    lex = load_events()
    if lex.modality("comment", verb.lemma_) is not None:
        return True
    code = lex.code_verb(verb.lemma_.lower(), [noun.lemma_.lower()], [])
    return direct and code is not None and code.plover not in (None, plover) + _ASKS_OR_PROMISES


def _flags(doc: Doc, trigger: Token, event: EventInfo) -> None:
    """Negation, modality and who reports it; walks up through the clauses above. A noun
    ("sanctions") takes the flags of the verb it depends on, and is only intended when that
    verb seeks, proposes or threatens it."""
    if trigger.pos_ == "NOUN":
        verb = next((h for h in (trigger.head, trigger.head.head) if h.pos_ == "VERB"), None)
        prep = trigger.head
        if verb is None or trigger.dep_ == "pobj" and (prep.lower_ in _BACKGROUND_PREPS | _CAUSE_WORDS
                                                      or prep.i > 0 and prep.nbor(-1).lower_ in _CAUSE_WORDS):
            return  # "may lift the embargo despite US objections", "was not approved because of opposition": no less real
        entry = cue_entry(verb)
        lex = load_events()
        if lex.modality("forbearing", verb.lemma_) is not None:
            return  # "will not tolerate Russian attacks": spoken of, as "criticised the attacks" is
        _flags(doc, verb, event)
        if event.negated and not _negated(verb) and verb.dep_ in ("acl", "relcl") \
                and lex.modality("noun", verb.head.lemma_) == "negated":
            event.negated = False  # "failure to prevent a massacre", "refusal to lift sanctions": the noun's act stands
        sought = trigger.dep_ == "dobj" and lex.modality("naming", verb.lemma_) is None \
            or (trigger.dep_ == "pobj" and trigger.head.lower_ == "for")  # "called the EU's sanctions illegal" seeks none
        if entry is not None and entry.kind in ("intent", "speech") and event.modality == "asserted" and sought \
                and (entry.kind == "intent" or trigger.dep_ == "pobj" or "object" in entry.content):
            # "sought talks", "called for sanctions" did not happen yet; "replied to complaints",
            # "are continuing a hunger strike" (a cue only for what is said) did
            event.modality = "intended"
        if sought and event.modality == "asserted" and (weighed := lex.modality("verb", verb.lemma_)) is not None:
            event.modality = weighed  # "is considering sanctions against Japan"
        return
    lex = load_events()
    event.negated = _negated(trigger) or any(  # "give no support to Nusra"
        d.dep_ == "det" and d.lower_ == "no" for c in trigger.children if c.dep_ in _OBJECT_DEPS for d in c.children)
    for aux in (c for c in trigger.children if c.dep_ in ("aux", "auxpass")):
        event.modality = lex.modality("modal", aux.lower_) or event.modality
    if trigger.dep_ == "xcomp" or trigger.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        # "willing to withdraw", "failed to reach agreement", "working to end attacks" (parsed as advcl)
        ruler = _infinitive_ruler(trigger.head)
        governed = lex.modality("adjective" if ruler.pos_ == "ADJ" else "verb", ruler.lemma_)
        if governed == "negated":
            event.negated = True
        elif governed is not None:
            event.modality = governed
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in trigger.children):
        event.modality = "conditional"
    first = trigger
    while first.dep_ == "conj" and first.head.pos_ == "VERB":
        first = first.head  # "threats to wall off the Mexican people and slap a tariff on imports"
    infinitival = first.dep_ == "acl" and not participial(first) or first.dep_ == "relcl" and any(  # not "a call echoed by Japan"
        c.dep_ == "aux" and c.lower_ == "to" for c in first.children)
    noun = first.head
    if infinitival and noun.pos_ == "NOUN" and event.modality == "asserted":  # "in a unique position to help us"
        governed = lex.modality("noun", noun.lemma_)  # "plans *to sell* weapons"
        if governed is not None and any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
            governed = "negated"  # "had no plans to invade Ukraine"
        if governed == "negated":
            event.negated = True  # "the government's refusal to grant them asylum"
        else:
            event.modality = governed or event.modality
        if event.cameo.code.startswith(_UNDER_WAY):  # "an effort to broker a deal": the brokering is going on
            event.modality = lex.modality("effort", noun.lemma_) or event.modality
        if noun.lower_ == "order" and noun.head.lower_ == "in":
            event.modality = "intended"  # "in order to buy more weapons": a purpose
    if trigger.dep_ == "pcomp" and trigger.head.lower_ in ("for", "of") and is_cue(trigger.head.head):
        event.reported_by = phrase_owner(doc, subject_of(trigger.head.head))  # "accused Ukraine of shelling": Russia says so
    head = trigger
    while head.head.i != head.i and head.dep_ in ("xcomp", "ccomp", "advcl", "conj", "relcl"):
        clause, clause_dep, head = head, head.dep_, head.head
        entry = cue_entry(head) if head.pos_ == "VERB" else None
        infinitive = clause_dep == "xcomp" or (clause_dep in ("advcl", "ccomp") and any(  # "sworn to fight", parsed as advcl
            c.dep_ == "aux" and c.lower_ == "to" for c in clause.children))
        if infinitive and entry is not None and "infinitive" in entry.content and event.modality == "asserted":
            # "threatened to impose", "promised to attend" are intended, "urged Russia to withdraw",
            # "expect Palestinians to give up terrorism" demanded
            asks = head.lemma_ != "promise" and any(  # "wants Ukraine to withdraw" asks it of someone
                c.dep_ in _OBJECT_DEPS for c in head.children) or any(c.dep_ == "nsubj" for c in clause.children)
            event.modality = "demanded" if asks else "intended"
            if entry.kind == "belief" and any(c.dep_ == "auxpass" for c in head.children):
                event.modality = "hypothetical"  # "the US is expected to announce sanctions": others expect it
        if clause_dep == "xcomp" and clause is not trigger and event.modality == "asserted" and not event.negated:
            ruler = _infinitive_ruler(head)  # "prepared to resume shelling"
            governed = lex.modality("adjective" if ruler.pos_ == "ADJ" else "verb", ruler.lemma_)
            event.negated = governed == "negated"
            event.modality = governed if governed not in (None, "negated") else event.modality
        if clause_dep == "xcomp" and any(c.dep_ == "neg" for c in head.children):
            event.negated = True  # "does not want to attend", "would not need to attend"
        if clause_dep == "xcomp" and event.modality == "asserted":  # "would include *sending* troops"
            modal = next((m for c in head.children if c.dep_ == "aux" and (m := lex.modality("modal", c.lower_))), None)
            event.modality = modal or event.modality
        if clause_dep == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in clause.children):
            event.modality = "conditional"  # "… unless he arranged a ceasefire and held elections"
        if clause_dep == "ccomp" and is_cue(head) and event.reported_by is None:
            event.reported_by = phrase_owner(doc, subject_of(head))


def _when(doc: Doc, trigger: Token, event: EventInfo, base) -> None:  # type: ignore[no-untyped-def]
    clause = {t.i for t in trigger.subtree if not _other_clause(t, trigger)}
    for ent in doc.ents:
        if ent.label_ in ("DATE", "TIME") and ent.start in clause:
            if ent.start > 0 and doc[ent.start - 1].lower_ in _DURATION_PREPS:
                continue  # "met for two hours", "over three days": how long, not when
            found = resolve(ent.text, base)
            if found is not None:
                event.when, event.date_basis = found, "text"
                event.evidence.append((ent.start_char, ent.end_char))
                return
    if trigger.dep_ == "conj" and trigger.head.pos_ == "VERB":
        _when(doc, trigger.head, event, base)  # "on Monday expelled … and canceled …"
        return
    if trigger.dep_ == "advcl" and trigger.head.pos_ in ("VERB", "AUX") and any(
            c.dep_ in ("mark", "advmod") and c.lower_ in _AT_THE_TIME for c in trigger.children):
        _when(doc, trigger.head, event, base)  # "drew applause on Thursday when he lashed out at Turkey"
        return
    if trigger.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ in ("where", "when") for c in trigger.children):
        verb = trigger.head.head.head if trigger.head.dep_ == "pobj" else trigger.head.head
        if verb.pos_ == "VERB":
            _when(doc, verb, event, base)  # "moved on Sunday to China, where Kerry met Lavrov"
            return
    if base is not None:
        event.when, event.date_basis = When(base.isoformat(), "day"), "article"


def _narrative_dates(doc: Doc, events: list[EventInfo], base) -> None:  # type: ignore[no-untyped-def]
    """A past-tense act the text does not date happened on the day the story last named
    ("drew applause on Thursday when he lashed out at Turkey … he praised Kerry"; "The finance
    minister jabbed back on Monday … He suggested …", where no event carries the day), not on
    the day the article came out; ``date_basis`` says the date is the narrative's."""
    days = sorted((sentence.start_char, found) for sentence in doc.sents if (found := _sentence_day(sentence, base)) is not None)
    day: When | None = None
    for event in events:
        while days and days[0][0] < event.sentence[0]:
            day = days.pop(0)[1]  # a sentence before this event's named the day
        if event.date_basis == "text" and event.when is not None and event.when.precision == "day":
            day = event.when
            continue
        span = doc.char_span(*event.trigger)
        if day is not None and event.date_basis == "article" and span is not None and span.root.tag_ == "VBD" \
                and event.when is not None and day.date < event.when.date:
            event.when, event.date_basis = day, "narrative"


def _sentence_day(sentence, base) -> When | None:  # type: ignore[no-untyped-def]
    """The day a sentence's main clause names ("jabbed back *on Monday* at complaints …")."""
    root = sentence.root
    for ent in sentence.ents:
        if ent.label_ == "DATE" and not _other_clause(ent.root, root) and ent.root.head.i != ent.root.i \
                and (ent.start == 0 or ent.doc[ent.start - 1].lower_ not in _DURATION_PREPS):
            found = resolve(ent.text, base)
            if found is not None and found.precision == "day" and base is not None \
                    and 0 <= (base - date.fromisoformat(found.date)).days <= 7:
                return found  # the story's days; "born on Oct. 1, 1961" names none
    return None


def _where(doc: Doc, trigger: Token, event: EventInfo) -> int | None:
    """Set the event's place; return the place's actor when the text names it ("in Kirkuk",
    "imposed a curfew in Cizre"), None when the place is the dateline's or unknown."""
    owners = doc._.actor_of_token or {}
    actors = doc._.actors or []
    heads = [trigger, *(c for c in trigger.children if c.dep_ in _OBJECT_DEPS)]
    heads += [a for h in heads[1:] for a in h.children if a.dep_ == "appos"]  # "visiting the shrine, the Golden Temple in Amritsar"
    if trigger.dep_ == "advcl" and trigger.head.lemma_ == "be":
        heads.append(trigger.head)  # "was in India visiting the shrine"
    if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and not is_cue(trigger.head):  # "told a meeting": the telling's
        heads.append(trigger.head)  # "making gains against the government in Hama Province": the verb's place, last
    heads += [o for p in _preps(trigger, ("on", "at", "against", "outside")) for o in p.children if o.dep_ == "pobj"]  # "fired on protesters in Kirkuk"
    subject = subject_of(trigger)
    if subject is not None and phrase_owner(doc, subject) is None:
        heads.append(subject)  # "a bombing near Samarra killed …"
    preps = _PLACE_PREPS + (("of",) if trigger.pos_ == "NOUN" and event.cameo.plover in _UNATTRIBUTED else ())
    for prep in (c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in preps):  # "the invasion of South Lebanon"
        if _answering(prep) is not None:
            continue  # "imposed in the aftermath of China's crackdown … in Tiananmen Square": where the cause was
        for t in prep.subtree:
            owner = owners.get(t.i)
            if owner is not None and actors[owner].kind in ("place", "country"):
                start, end = next((s, e) for s, e in actors[owner].mentions if s <= t.idx < e)
                event.place = (actors[owner].name, actors[owner].country, (start, end))
                return owner if actors[owner].country else None
    if doc._.dateline_place:
        event.place = (doc._.dateline_place, doc._.dateline_country, None)
    return None


def _other_clause(token: Token, trigger: Token) -> bool:
    """Whether ``token`` sits in a clause of its own below the trigger (not the trigger's)."""
    while token.i != trigger.i:
        if token.dep_ in ("ccomp", "advcl", "relcl", "xcomp", "acl") and token.pos_ in ("VERB", "AUX"):
            return True
        token = token.head
    return False


def _span_of(token: Token) -> tuple[int, int]:
    start, end = token.left_edge.idx, token.right_edge.idx + len(token.right_edge)
    return (token.idx, token.idx + len(token)) if end - start > 120 else (start, end)
