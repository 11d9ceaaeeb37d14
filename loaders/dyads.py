"""How events are coded: one per pair of parties, as event data are, missiles fired at no one, and one event
per happening (``dedupe``; ``alone`` for a meeting with no one).

``Coding`` is a mixin of ``Events`` (events.py): it works on the events that module finds, with the parse and
the parties it holds.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import TYPE_CHECKING

from dipgraph.loaders.entities import Entity
from dipgraph.loaders.targets import AIMED_ROOTS, ATTACK_CODES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from dipgraph.loaders.mentions import Mentions
    from dipgraph.loaders.parties import Parties

SEA = ("sea", "waters", "ocean", "gulf")  # where a missile lands when it is fired at nobody
# words of a missile fired to show it can be ('two short-range ballistic missiles'), not at a target
MISSILE_TESTS = {"ballistic", "cruise", "intercontinental", "hypersonic", "short-range", "medium-range",
                 "intermediate-range", "long-range", "solid-fuel", "icbm", "icbms", "test", "test-fire"}
# CAMEO roots of things parties do together: consult, cooperate, aid, yield (talks, agreements, truces)
JOINT_ROOTS = ("03", "04", "05", "06", "07", "08")


@dataclass
class Happened:
    """An event found in the text, before it becomes a node."""

    type: str
    cameo: str
    actors: list[Entity]
    targets: list[Entity]
    places: list[Entity]
    start: int
    end: int
    sentence: tuple[int, int]
    rule: str
    date: str | None = None
    trigger: int = 0
    extra: dict = field(default_factory=dict)



class Coding:
    """Events coded as pairs of parties (mixed into ``Events``)."""

    doc: Doc
    m: Mentions
    p: Parties
    verbs: dict
    nouns: dict
    _noun_key: Callable[[Token], str]

    def _dyads(self, e: Happened) -> list[Happened]:
        """One event per party aimed at, as event data are coded. Several actors and nobody else: a thing
        done together ("A and B agreed", "talks between A and B") is the first-named's, with the others as
        targets, or, when the text names them in no order ("the two sides and the other signatories"),
        each one's with the others as targets. A thing done apart is each one's when the text joins them with
        'and' ("A and B struck the town"), else theirs together ("Russian-regime airstrikes")."""
        parties = [t for t in e.targets if t.label != "Place"]
        places = [t for t in e.targets if t.label == "Place"]
        actors = e.actors
        together = self._info(e).get("together")
        if together and not any(c.lower_ in together["when"] for c in self.doc[e.trigger].children):
            together = None  # "their annual exercises", not "joint exercises"; but "a joint exercise with X" too
        if together:
            e = replace(e, type=together["type"], cameo=together["cameo"])
        if len(actors) > 1 and not parties and e.cameo.startswith(JOINT_ROOTS):
            e = replace(e, places=list(dict.fromkeys(e.places + places)))  # "a truce along the border"
            if len(actors) > 2 and not self._in_order(e):  # each one's, with each other party in turn
                return [d for a in actors for d in self._dyads(replace(e, actors=[a], targets=[b for b in actors
                                                                                              if b is not a]))]
            actors = self._first_named_first(e, actors)
            e, parties, places = replace(e, actors=actors[:1], targets=actors[1:]), actors[1:], []
        if len(e.actors) > 1 and self._in_order(e, coordinated=True):  # "A and B shelled the town": each did
            if not parties and e.cameo.startswith(AIMED_ROOTS) and self._at_the_border(e):
                # "A and B massed troops on their border": at each other (not allies' exercises)
                return [replace(e, actors=[a], targets=[b for b in e.actors if b is not a]) for a in e.actors]
            return [d for a in e.actors for d in self._dyads(replace(e, actors=[a]))]
        sides = self._sides(parties)
        if len(sides) < 2:
            return [e]
        return [replace(e, targets=side, places=list(dict.fromkeys(e.places + places))) for side in sides]

    @cached_property
    def _where_named(self) -> list[tuple[int, str]]:
        """Where the article names each party, in text order: its mentions, and countries for their governments."""
        return sorted([(m.start, m.entity.key) for m in self.m.mentions] + [
            (i, self.m.registry.government(country, count=False).key) for i, (country, _) in self.m.country_at.items()])

    @cached_property
    def _first_named(self) -> dict[str, int]:
        """Where the article first names each party."""
        first: dict[str, int] = {}
        for i, key in self._where_named:
            first.setdefault(key, i)
        return first

    def _first_named_first(self, e: Happened, actors: list[Entity]) -> list[Entity]:
        """The parties of a thing done together in the order the text names them: in the event's words ("A and B
        agreed"), else, for 'they', in the order their own sentence names them ("A and B spoke in March, when they
        agreed"), else in the order the article first names them ('the two sides')."""
        if all(any(key == a.key and e.start <= self.doc[i].idx < e.end for i, key in self._where_named)
               for a in actors):
            return actors
        lo, _ = e.sentence
        here = {key: i for i, key in reversed(self._where_named) if lo <= self.doc[i].idx < e.start}
        they = any(c.dep_ == "nsubj" and c.lower_ == "they" for c in self.doc[e.trigger].children)
        if they and all(a.key in here for a in actors):  # "A and B spoke in March, when they agreed to ...": as named
            return sorted(actors, key=lambda a: here[a.key])
        return sorted(actors, key=lambda a: self._first_named.get(a.key, len(self.doc)))

    def _sides(self, parties: list[Entity]) -> list[list[Entity]]:
        """The parties aimed at, an envoy with the state he speaks for ("summoned Peru's ambassador, A B": Peru
        and A B, one side)."""
        sides: list[list[Entity]] = []
        for p in parties:
            side = next((s for s in sides if any(self.p.stands_for.get(x.key) == p.key
                                                 or self.p.stands_for.get(p.key) == x.key for x in s)), None)
            if side is None:
                sides.append([p])
            else:
                side.append(p)
        return sides

    def _at_the_border(self, e: Happened) -> bool:
        """Whether an event's clause is done toward, to, along or on a border or frontier."""
        clause = self.doc[e.extra.get("clause", e.trigger)]
        return any(p.dep_ == "prep" and p.lower_ in ("toward", "towards", "to", "along", "on", "near", "at")
                   and any(o.lemma_ in ("border", "frontier", "boundary") for o in p.children if o.dep_ == "pobj")
                   for h in (clause, *(c for c in clause.children if c.dep_ == "dobj")) for p in h.children)

    def _into_the_sea(self, e: Happened) -> Happened:
        """Missiles fired into the sea, or a ballistic or cruise missile fired at no one named, hit nobody:
        a show of force (CAMEO 150), aimed at no one."""
        if not e.cameo.startswith("19"):
            return e
        clause, trigger = self.doc[e.extra.get("clause", e.trigger)], self.doc[e.trigger]
        aims = [o for h in (clause, trigger) for p in h.children if p.dep_ == "prep" for o in p.children
                if o.dep_ == "pobj" and p.lower_ in ("into", "at", "on", "against", "toward", "towards")]
        fired = {t.lower_ for h in (clause, trigger) for c in (h, *h.children) if c.dep_ in ("dobj", "nsubjpass")
                 or c.i == trigger.i for t in c.subtree}
        at_sea = any(o.lemma_.lower() in SEA and o.head.lower_ == "into" for o in aims)
        tested = bool(fired & MISSILE_TESTS) and not any(self._named_at(o.i) is not None for o in aims)
        if at_sea or tested:
            return replace(e, type="missile launch", cameo="150", targets=[])
        return e

    def _named(self, t: Token) -> Entity | None:
        """Who a token names: a mention; for 'I' in an official's turn, the official ("Minister X and I"); for a
        bare 'the government', the story's ("The government and the Houthis signed")."""
        if t.lower_ == "i":
            return self.p._turn_speaker(t)
        return self._named_at(t.i) or next(iter(self.p.m.story_government(t)), None)

    def _in_order(self, e: Happened, coordinated: bool = False) -> bool:
        """Whether the text names an event's actors in a row: as the subject of its clause or 'between' them;
        with ``coordinated``, joined by 'and' ("A and B", not "Russian-regime airstrikes")."""
        clause, trigger = self.doc[e.extra.get("clause", e.trigger)], self.doc[e.trigger]
        owners = [clause, trigger]
        t = trigger  # up to the clause with a subject: "A and B agreed to restore a truce"
        while t.dep_ in ("dobj", "pobj", "prep", "xcomp", "conj", "acl") and t.head.i != t.i \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) \
                and not (t.dep_ == "pobj" and t.head.head.pos_ not in ("VERB", "AUX")):  # not "signatories of a deal"
            t = t.head
            owners.append(t)
        heads = [c for h in owners for c in h.children if c.dep_ in ("nsubj", "nsubjpass", "agent")
                 or c.dep_ == "prep" and c.lower_ == "between"]
        named = {ent.key for h in heads for t in h.subtree if (ent := self._named(t)) is not None}
        if coordinated and not any(t.dep_ == "cc" for h in heads for t in h.subtree):
            return False
        subjects = [h for h in heads if h.dep_ == "nsubj"] + (  # "a treaty the two countries signed", misparsed
            [clause.head] if clause.dep_ == "acl" and clause.head.dep_ == "appos" else [])
        paired = [ent for h in subjects for ent in self.p.pair(h, True) or (  # "they"
            self.m.resolve(h) if any(c.lower_ in ("two", "both") for c in h.children) else [])]  # "the two sides"
        named |= {ent.key for ent in paired} | {key for ent in paired if (key := self._state_named(ent))}
        return all(a.key in named or self._state_named(a) in named for a in e.actors)

    def _state_named(self, e: Entity) -> str | None:
        """The key of the government whose name or demonym names one of its bodies: its armed forces or police
        ("South Korean and U.S. forces") or a ministry ("the defence ministers of A, B and C")."""
        hit = self.m.gaz.country(e.country) if e.kind in ("military", "police", "ministry") and e.country else None
        return self.m.registry.government(hit.country, count=False).key if hit is not None else None

    def _named_at(self, i: int) -> Entity | None:
        """The person or institution a token names, a country's name or demonym naming its government."""
        if i in self.m.country_at:
            return self.m.registry.government(self.m.country_at[i][0], count=False)
        return self.m.entity_at(i)

    def _info(self, e: Happened) -> dict:
        """The trigger data an event was found with."""
        t = self.doc[e.trigger]
        return (self.verbs.get(t.lemma_) if t.pos_ == "VERB" else self.nouns.get(self._noun_key(t))) or {}


def dedupe(events: list[Happened], article_date: str | None = None) -> list[Happened]:
    """One event per happening: a noun and its verb ('an agreement signed') found twice are kept once, as are
    two coercive acts joined by 'and' ('arrested the fishermen and seized their trawlers'), and the killing
    an attack caused ('shelled the camp, killing 14') is that attack."""
    out: list[Happened] = []
    # the events kept so far by trigger and by kind and actors: a long article has thousands to compare
    by_trigger: dict[int, list[Happened]] = {}
    by_parties: dict[tuple[str, frozenset[str]], list[Happened]] = {}
    for e in events:
        actors = frozenset(a.key for a in e.actors)
        seized_too = next((o for o in by_trigger.get(e.extra.get("conj_head"), [])
                           if o.cameo[:2] == e.cameo[:2] == "17" and {a.key for a in o.actors} == actors), None)
        if seized_too is not None:  # "arrested 14 fishermen and seized two trawlers on Sunday": one act
            seized_too.date = seized_too.date or e.date
            continue
        same = [o for o in by_parties.get((e.type, actors), []) if o.start < e.end and e.start < o.end
                and (not o.targets or not e.targets or {t.key for t in o.targets} & {t.key for t in e.targets})]
        if not same and not _told_in_detail(e, out, article_date):
            out.append(e)
            by_trigger.setdefault(e.trigger, []).append(e)
            by_parties.setdefault((e.type, actors), []).append(e)
    return [e for e in out if (e.rule != "event_verb:kill" or not any(
        o is not e and o.sentence == e.sentence and o.cameo[:2] in ATTACK_CODES
        and {a.key for a in o.actors} & {a.key for a in e.actors} for o in out))
        and not _told_before(e, out)]


def _recent(date: str, article_date: str | None) -> bool:
    """Whether a date falls in the month up to the article's date (or its month): news, not background."""
    if article_date is None or len(date) < 7:
        return article_date is None
    year, month = int(article_date[:4]), int(article_date[5:7])
    last = f"{year - (month == 1)}-{12 if month == 1 else month - 1:02d}"
    return date[:7] in (article_date[:7], last) and date[:10] <= article_date[:10]


def _told_in_detail(e: Happened, events: list[Happened], article_date: str | None = None) -> bool:
    """A protest or a cut in ties told again in more detail further on ('X summoned Y's envoy' in the lede, then
    'the foreign ministry summoned the envoy, A B, on Wednesday'): the same act, when an earlier one of its code by
    the same country at the same state bears no date or the same. The earlier one takes the day and the envoy (the
    gold sets code the act as the lede tells it, by the government, as often as by the ministry)."""
    if e.cameo[:2] not in ("11", "16") or e.date is not None and not _recent(e.date, article_date):
        return False  # "a move X protested at the time", two years before: another protest
    mine = _states(e)
    aimed = {t.key for t in e.targets if t.label != "Person"}
    told = next((o for o in events if o.cameo == e.cameo and o.sentence != e.sentence and aimed
                 and aimed <= {t.key for t in o.targets} and mine & _states(o)
                 and o.date in (None, e.date)), None) if e.date else None
    if told is None:
        return False
    told.date = e.date
    told.targets += [t for t in e.targets if t not in told.targets]
    return True


def alone(e: Happened) -> bool:
    """A meeting, call or talks of one government or person with no one ('opening a cabinet meeting') or only
    with a news outlet ('speaking to the X channel': an interview): an occasion that dates what is said there,
    but no event between parties (an organisation's members meet)."""
    return e.cameo in ("040", "041", "044", "046") and len(e.actors) == 1 \
        and e.actors[0].kind != "international_org" \
        and not any(t.label != "Place" and t.kind != "media" for t in e.targets)


def _told_before(e: Happened, events: list[Happened]) -> bool:
    """A note of protest handed over after a summons ('was summoned and handed a protest note'), an envoy declared
    persona non grata after the order to leave, people 'released' after their release was told: the one act told
    twice, when an earlier one of the same kind by the same country at the same target bears no other date."""
    if not (e.cameo == "114" and e.rule.startswith("event_noun:") or e.rule == "event_verb:declare"
            or e.extra.get("restated")):
        return False
    mine = _states(e)
    aimed = {t.key for t in e.targets if t.label != "Person"}  # "handed Ambassador A B a note": the envoy summoned
    return any(o.cameo == e.cameo and o.start < e.start and aimed <= {t.key for t in o.targets}
               and mine & _states(o) and (None in (o.date, e.date) or o.date == e.date)
               for o in events if o is not e)


def _states(e: Happened) -> set[str]:
    """The countries of an event's actors: their own, and for people their governments' (when the finder gave them)."""
    return ({a.country for a in e.actors} | e.extra.get("states", set())) - {None}
