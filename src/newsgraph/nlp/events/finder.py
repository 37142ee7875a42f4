"""The ``newsgraph_events`` component: who did what to whom, coded in CAMEO and PLOVER.

For each word the finder asks its trigger coder whether the word names an act; if not, whether
a construction does (``constructions``, ``judgements``). A lexical event then goes through
named stages, each in the module named after it: participants, the drops that keep what is no
event out, honesty flags, date and place, coders' defaults for unnamed actors. The whole list
is then merged (one event per act, ``restatements``), dated by the narrative, and fanned out
to one event per coordinated target and doer.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from newsgraph.lexicons.events import CameoCode, load_events
from newsgraph.nlp.event_actors import (
    codable,
    code_actors,
    first_person_in_quotes,
    is_commentator,
    is_state_actor,
    locate_groups,
    quote_speakers,
    reporting_speakers,
    seat_officials,
)
from newsgraph.nlp.events.constructions import construction_event
from newsgraph.nlp.events.defaults import default_actors, locate_source, place_targets, protest_at_home
from newsgraph.nlp.events.honesty import code_intent, demands_of_askers, set_flags
from newsgraph.nlp.events.learned import DEFAULT_POLICY, THRESHOLD, VETO, LearnedTriggerCoder
from newsgraph.nlp.events.pairs import is_reciprocal, last_two_people, pair_says_they, plural_subject
from newsgraph.nlp.events.participants import done_by_thing, find_participants, partners_with, threatened
from newsgraph.nlp.events.restatements import absorbs_only, has_participant, per_target, without_restatements
from newsgraph.nlp.events.roles import THRESHOLD as ROLES_THRESHOLD
from newsgraph.nlp.events.roles import RoleChooser
from newsgraph.nlp.events.triggers import TriggerCoder, recode_by_doer
from newsgraph.nlp.events.when_where import narrative_dates, set_place, set_when
from newsgraph.nlp.extensions import EventInfo, register
from newsgraph.nlp.spans import quoted_tokens, sentence_of
from newsgraph.nlp.speakers import is_cue
from newsgraph.nlp.when import parse_iso


@Language.factory(
    "newsgraph_events",
    requires=["doc._.actors", "doc._.quotes", "token.dep", "token.lemma"],
    assigns=["doc._.events", "doc._.actors", "doc._.actor_of_token"],
    default_config={"policy": DEFAULT_POLICY, "threshold": THRESHOLD, "veto": VETO, "roles": ROLES_THRESHOLD},
)
def make_events(nlp: Language, name: str, policy: str, threshold: float, veto: float, roles: float) -> EventFinder:
    """``policy``: rules, model or combined (``learned``); ``roles``: the role model's threshold
    for filling a side the rules left empty (above 1: never; the rules policy never does)."""
    coder = LearnedTriggerCoder(policy=policy, threshold=threshold, veto=veto)
    chooser = RoleChooser(threshold=roles) if policy != "rules" and roles <= 1 else None
    return EventFinder(nlp, name, coder=coder, roles=chooser)


class EventFinder:
    """Finds events; adds the actors its coding conventions name (unnamed groups coded by
    country, a government acting through its authorities, first persons in a state's quotes)."""

    def __init__(self, nlp: Language, name: str = "newsgraph_events", *, coder: TriggerCoder | None = None,
                 roles: RoleChooser | None = None) -> None:
        register()
        self.name = name
        self.lex = load_events()
        self.coder = coder or TriggerCoder(self.lex)
        self.roles = roles

    def __call__(self, doc: Doc) -> Doc:
        base = parse_iso(doc._.published)
        code_actors(doc._.actors or [], doc._.published)
        seat_officials(doc)
        locate_groups(doc)
        quoted, speaking = _quoted_regions(doc)
        speaking = {**reporting_speakers(doc), **speaking}  # who tells each word: a quotation's speaker first
        self.coder.prepare(doc)
        events: list[EventInfo] = []
        absorbing: set[tuple[int, int]] = set()  # no events, but they absorb the actions they govern
        for token in doc:
            code = self.coder.code(token, quoted)
            if code is None:
                event = construction_event(doc, token, self.lex, quoted)
                if event is not None:
                    set_when(doc, token, event, base)
                    set_place(doc, token, event)
            else:
                event = self._lexical_event(doc, token, code, speaking, base, absorbing)
            if event is not None:
                events.append(event)
        doc._.events = self._finish(doc, events, absorbing, base)
        return doc

    def _lexical_event(self, doc: Doc, token: Token, code: CameoCode, speaking: dict[int, int], base,  # type: ignore[no-untyped-def]
                       absorbing: set[tuple[int, int]]) -> EventInfo | None:
        """The event a lexicon trigger names, through every stage; None when it is no event."""
        sentence = sentence_of(token)
        coder, score = self.coder.provenance(token, code)
        event = EventInfo(trigger=(token.idx, token.idx + len(token)),
                          sentence=(sentence.start_char, sentence.end_char), cameo=code,
                          nominal=token.pos_ == "NOUN", coder=coder, score=score)
        place = self._participants(doc, token, event)
        if _no_event(doc, token, event, place) and not self.coder.stands_alone(event):
            if self.roles is None:
                return None
            self.roles.fill(doc, token, event, sentence)  # a last chance: a side the grammar rules missed
            if _no_event(doc, token, event, place):
                return None
        self._honesty(doc, token, event, speaking)
        set_when(doc, token, event, base)
        place_targets(doc, token, event, place, self.lex)
        if event.target is None and not event.nominal and event.cameo.code in self.lex.convention("help") and event.modality == "asserted":
            return None  # "to help him make decisions", "helped polarize the debate": help, to no one, is no aid
        if absorbs_only(token, event, place):
            absorbing.add(event.trigger)
        default_actors(doc, token, event, self.lex)
        if self.roles is not None:
            self.roles.fill(doc, token, event, sentence)  # what the rules and the coders' conventions left empty
        return event

    def _participants(self, doc: Doc, token: Token, event: EventInfo) -> int | None:
        """Source and target, the act recoded by its doer, the place (whose actor is returned
        when the text names it), and "they" or "the two" as the last two sides named."""
        find_participants(doc, token, event)
        if event.target is None and event.nominal and (event.cameo.quad_class or 0) >= 3:
            event.target = threatened(doc, token, event.source)  # "ready to intensify sanctions if Russia acts"
        recode_by_doer(self.lex, token, event)
        place = set_place(doc, token, event)
        locate_source(doc, event, place)
        if event.source is None and plural_subject(token) or pair_says_they(token):
            first, second = last_two_people(doc, token)  # "they agreed", "the two met"
            if is_reciprocal(event.cameo) or event.target is None:
                event.source, event.target = first, second
            else:  # "the two then criticised Iran": Iran stays the target
                event.source = first
        return place

    def _honesty(self, doc: Doc, token: Token, event: EventInfo, speaking: dict[int, int]) -> None:
        """Negation, modality and reporter; the asker of a demand as its source; an intended,
        demanded or refused act coded as such; a threat's target."""
        set_flags(doc, token, event)
        if token.i in speaking and event.reported_by is None:
            event.reported_by = speaking[token.i]  # '"We are ready to negotiate," Abbas said'; "according to the ministry, …"
        if event.source is None and event.nominal and is_reciprocal(event.cameo) and event.reported_by is not None \
                and event.target in partners_with(doc, token):
            event.source = event.reported_by  # 'Straw said talks were taking place with US officials': his side's
        demands_of_askers(doc, token, event, self.lex)
        code_intent(self.lex, event, token)
        if event.target is None and event.cameo.plover == "THREATEN":
            event.target = threatened(doc, token, event.source)

    def _finish(self, doc: Doc, events: list[EventInfo], absorbing: set[tuple[int, int]], base) -> list[EventInfo]:  # type: ignore[no-untyped-def]
        """One event per act (a lone consultation or a proposal to no one survives only inside
        the event that refused or promised it), narrative dates, participants an event coder
        can name, one event per coordinated target and doer."""
        kept = [e for e in without_restatements(doc, events) if e.trigger not in absorbing]
        narrative_dates(doc, kept, base)
        for event in kept:
            if event.cameo.plover == "PROTEST":
                protest_at_home(doc, event)
            event.source, event.target = codable(doc, event.source), codable(doc, event.target)
        return [copy for e in kept if has_participant(e) or self.coder.stands_alone(e) for copy in per_target(doc, e)]


def _quoted_regions(doc: Doc) -> tuple[set[int], dict[int, int]]:
    """Tokens inside quotation marks, less those of a state speaker's attributed quotation
    (whose own words can report events), and those tokens' speakers."""
    quoted = quoted_tokens(doc)
    speaking = quote_speakers(doc)
    first_person_in_quotes(doc, speaking)
    return quoted - speaking.keys(), speaking


def _no_event(doc: Doc, token: Token, event: EventInfo, place: int | None) -> bool:
    """What a trigger names that is no event record: an act by and on no one (violence in a
    named place aside), an act done by a thing, commentary by experts."""
    if event.source is None and event.target is None and not (
            place is not None and event.nominal and event.cameo.plover == "ASSAULT"):
        return True
    if event.source is None and done_by_thing(token) and event.cameo.plover not in load_events().convention("unattributed"):
        return True  # "that spree helped create gluts": a thing, not an actor, does it
    return is_cue(token) and (event.target is None and not is_state_actor(doc, event.source)
                              or is_commentator(doc, event.source) and event.cameo.plover != "REQUEST")
    # "experts warned that (Putin) …" is commentary; "urged Putin", "critics called for him to go" act
