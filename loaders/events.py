"""Events: calls, meetings, visits, agreements, attacks, ceasefires, sieges, sanctions, with actor, target and date.

Triggers and their requirements are data (``data/events.json``); each rule here is a small
function of one trigger token that decides whether it is an event and of what type. Who acts and
who is hit is ``Parties``'s work (parties.py).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from dipgraph.loaders.dyads import JOINT_ROOTS, Coding, Happened, dedupe
from dipgraph.loaders.entities import Entity
from dipgraph.loaders.event_dates import EventDates, what_they_call
from dipgraph.loaders.event_modes import DECIDED, Modes, nominal
from dipgraph.loaders.mentions import Mentions
from dipgraph.loaders.national import branch_kind
from dipgraph.loaders.parties import AIMED_ROOTS, ATTACK_CODES, CAUSATIVES, Parties, finite_modifier
from dipgraph.loaders.speech import Speech
from dipgraph.loaders.targets import (
    DELEGATES,
    MILITARY_POSTS,
    manner_of,
    name_head,
    objects_of,
    of_objects,
    singular,
    temporal,
)

# People one sends on a trip ("sent a delegation to Cairo"), besides envoys' titles (as lemmas: a word sent is looked
# up as written and as its lemma); anything else sent is no visit
TRAVELLERS = DELEGATES | {"team", "mission", "observer", "monitor", "expert", "inspector", "investigator", "emissary"}
# Verbs of a third party who hosts or brokers a happening: its parties are never their subject
HOSTING = ("host", "co-host", "cohost", "broker", "mediate")
# men of a force named by what they are ("gendarmes", "police officers"), and the branch they serve in; officers
# may serve in any, so they are only the reporting force's own
FORCE_MEN = {"gendarme": "Gendarmerie", "police": "Police", "policeman": "Police", "officer": None, "troops": "Army",
             "troop": "Army", "soldier": "Army"}
HOLDING = ("173", "171", "181")  # arrests, seizures, abductions: who holds whom until a release
HOLDERS_FOR_STATE = ("police", "military", "agency")  # forces that hold people whom their state lets go
_LETTERS = ("letter", "warning", "message")  # handed, like the lexicon's notes: a document, no one freed


def _said(t: Token, words: list[str]) -> bool:
    """Whether a token is one of these words, as written or as its lemma ('forces', 'force')."""
    return t.lower_ in words or t.lemma_.lower() in words


# what holds, counts or is part of a thing: "two convoys of tents", "40 tonnes of food", "hundreds of prisoners",
# "its side of the crossing"
AMOUNTS = ("side", "section", "part", "stretch", "portion", "convoy", "tonne", "ton", "shipment", "consignment",
           "batch", "load", "truckload", "planeload", "package", "parcel", "crate", "cargo", "truck", "lorry",
           "plane", "flight", "hundred", "thousand", "dozen", "million", "number", "group", "supply", "kit", "box",
           "bag", "sack", "litre", "liter", "barrel")


def _heads(t: Token, compounds: bool = True) -> list[Token]:
    """What a phrase is about: its head (with its modifiers: "alert level"), the heads joined to it and the
    heads of its 'of' phrases ("two convoys of tents and food", "390 prisoners of war"), not its other
    modifiers or its clauses ("a report saying 3 million need food"). Without ``compounds``, not "the
    African Union summit" either."""
    found = [t, *(c for c in t.children if c.dep_ in ("conj", "appos"))]
    found += [o for h in list(found) if h.lemma_.lower() in AMOUNTS or h.pos_ == "NUM" for o in of_objects(h)]
    found += [c for o in found if o.dep_ == "pobj" for c in o.children if c.dep_ == "conj"]
    return found + [c for h in found for c in h.children if c.dep_ in ("compound", "amod", "nmod", "quantmod")] \
        if compounds else found


def _owned(t: Token) -> bool:
    """Whether a thing is said to be someone else's: "MSF's operations", "the operations of MSF" (not "its")."""
    return any(c.dep_ == "poss" and c.pos_ != "PRON" for c in t.children) or any(
        c.dep_ == "prep" and c.lower_ == "of" for c in t.children)


def _core(t: Token) -> list[Token]:
    """A phrase without its clauses: "a survey ship" of "a survey ship, escorted by two frigates,"."""
    clauses = {x.i for c in t.subtree if c.dep_ in ("acl", "relcl") and c.i != t.i for x in c.subtree}
    return [x for x in t.subtree if x.i not in clauses]


class Events(EventDates, Modes, Coding):
    """Finds events in one parsed article, reusing the speaker resolution of statements."""

    def __init__(self, speech: Speech, label_speaker: Callable[[str], Entity] | None = None) -> None:
        self.s = speech
        self.p = Parties(speech, label_speaker)
        self.m: Mentions = speech.m
        self.doc = speech.doc
        data = speech.gaz.events
        self.verbs = data["verbs"]
        self.nouns = data["nouns"]
        self.light = set(data["light_verbs"])
        self.motion = {k: v for k, v in data["motion"].items() if not k.startswith("_")}
        self.motion_event = data["motion_event"]
        self.motion_objects = [v for k, v in data["motion_objects"].items() if not k.startswith("_")]
        self.hypothetical = set(data["hypothetical_marks"])
        self.intent = set(data["intent_verbs"])
        self.contact = set(data["contact_types"])
        acts = set(data["judging_acts"])
        self.judging = ({v for v, i in speech.lexicon.items() if i["act"] in acts} | set(data["judging_verbs"])) \
            - self.light
        self.suffering = set(data["suffering_verbs"])
        self.containers = set(data["container_nouns"])
        self.gathering = set(data["gathering_verbs"])
        self._so_far: list[Happened] = []  # the events found so far, in text order
        crossings = set(data["lists"]["crossings"])
        # the names the story gives crossings ("the Ras Adam border crossing"): "closed Ras Adam" closes one
        self.crossing_names = {c.lower_ for t in self.doc if t.lemma_.lower() in crossings
                               for c in t.subtree if c.pos_ == "PROPN" and c.i < t.i and c.dep_ == "compound"}

    def find(self) -> list[Happened]:
        """Every event trigger that meets its rule's requirements."""
        out: list[Happened] = []
        self._so_far = out
        for t in self.doc:
            if t.idx < self.s.body_start or self.s.in_quote[t.i] and not self._scare_quoted(t) \
                    or self.s.in_question(t.idx) and not self._told_by_reporter(t):
                continue
            found = None
            if t.pos_ == "VERB" and t.lemma_ in self.motion:
                found = self._motion(t)
            elif t.lemma_ == "be" and t.tag_ in ("VBD", "VBZ", "VBP"):
                found = self._being_there(t)
            elif t.lower_ in ("grata", "gratae"):
                found = self._non_grata(t)
            if found is None and t.pos_ == "VERB" and t.lemma_ in self.verbs:
                found = self._verb(t, self.verbs[t.lemma_])
            elif found is None and nominal(t) and self._noun_key(t) in self.nouns:
                found = self._noun(t, self.nouns[self._noun_key(t)])
            if isinstance(found, list):
                out.extend(found)
            elif found is not None:
                out.append(found)
        self._dates_from_later_mentions(out)
        self._fire_returned(out)
        out = [d for e in out for d in self._dyads(self._into_the_sea(e))]
        for e in out:
            clause = self.doc[e.extra.get("clause", e.trigger)]
            if e.date is None and clause.pos_ in ("VERB", "AUX"):
                e.date = self._date_if_ongoing(clause)
        out = [e for e in out if not self._to_come(e)]
        self._dates_of_what_follows(out)
        for e in out:  # "the presidency said on Tuesday that the president had spoken by phone with X": by then
            if e.date is None:
                e.date = self._date_of_report(self.doc[e.extra.get("clause", e.trigger)])
        for e in out:  # the states who act, people too ('Foreign Secretary X handed the ambassador a note')
            e.extra["states"] = {g.country for g in self._governments(e.actors)} - {None}
        out = [e for e in out if e.cameo != "042" or any(t.label != "Place" for t in e.targets)]
        # a visit to a place no state or body is named for ('travelled to Puno', 'visited the border area') is
        # travel, not a visit to anyone
        return dedupe([e for e in out if not self._told_again(e, out)], self.s.article_date)

    def _scare_quoted(self, t: Token) -> bool:
        """A protest in a short quoted phrase the narrative makes its own: 'had lodged "stern representations" with
        X', 'lodged "the strongest possible protest"', where the verb outside the quote reports nothing."""
        if not nominal(t) or not self.nouns.get(self._noun_key(t), {}).get("cameo", "").startswith("11"):
            return False  # a protest, as diplomats word it; not an accuser's "economic blockade"
        i = j = t.i
        while i > t.i - 8 and i > 0 and self.s.in_quote[i - 1]:
            i -= 1
        while j < t.i + 8 and j + 1 < len(self.doc) and self.s.in_quote[j + 1]:
            j += 1
        if j - i >= 7:
            return False  # a quotation, not a phrase
        h = t
        while i <= h.i <= j and h.head.i != h.i:
            h = h.head
        return not i <= h.i <= j and h.pos_ == "VERB" and h.lemma_ not in self.s.lexicon

    def _fire_returned(self, events: list[Happened]) -> None:
        """Fire returned at no one named is returned at whoever last attacked the party returning it ("came
        under fire from X and returned fire")."""
        for e in events:
            verb = self.doc[e.extra["clause"]]
            if any(t.label != "Place" for t in e.targets) or verb.lemma_ != "return" or not e.cameo.startswith("19"):
                continue
            mine = {a.key for a in e.actors}
            hit = [o for o in events if o.start <= e.start and o is not e and o.cameo.startswith("19")
                   and mine & {t.key for t in o.targets}]
            if hit:
                e.places = list(dict.fromkeys(e.places + [t for t in e.targets if t.label == "Place"]))
                e.targets = list(hit[-1].actors)
                e.date = e.date or hit[-1].date  # returned then

    def _told_again(self, e: Happened, events: list[Happened]) -> bool:
        """A definite noun dated as the earlier event or not at all, for an event of a kind already told or for
        the thing an earlier event was told with ('the strikes', 'its attack', 'the recall of the ambassador',
        'the missiles' after 'fired two missiles'): the same event named again, not a new one."""
        n = self.doc[e.trigger]
        definite = any(c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "poss" and c.pos_ == "PRON"
                       for c in n.children)
        return e.rule.startswith("event_noun:") and definite and any(
            o.start < e.start and e.date in (None, o.date)
            and (o.cameo[:2] == e.cameo[:2] or n.lemma_ in self._words(o))
            for o in events if o is not e)  # "fired two missiles ... the missiles were launched from X"

    def _words(self, e: Happened) -> set[str]:
        """The lemmas of an event's text."""
        span = self.doc.char_span(e.start, e.end, alignment_mode="expand")
        return {t.lemma_ for t in span} if span is not None else set()

    def _noun_key(self, t: Token) -> str:
        if t.lower_ == "fire" and t.i >= 2 and self.doc[t.i - 2].lower_ == "cease":
            return "cease-fire"
        if t.lower_ in self.nouns:
            return t.lower_
        if t.pos_ == "PROPN" and t.lower_.endswith("s") and t.lower_[:-1] in self.nouns:
            return t.lower_[:-1]  # "Sanctions were imposed ...", tagged a name at the start of a sentence
        return t.lemma_.lower()

    # --- rules ---------------------------------------------------------------------------------

    def _verb(self, v: Token, info: dict) -> Happened | None:
        particle = next((c for c in v.children if c.dep_ in ("prt", "advmod", "prep") and c.i > v.i
                         and c.lower_ in info.get("particles", {}) and (c.dep_ != "prep" or c.i == v.i + 1)
                         and (c.lower_ not in info.get("body_particles", ()) or any(
                             e.label == "Institution" for o in objects_of(c) for e in self.m.resolve(o)))), None)
        if particle is not None and particle.lower_ in info.get("body_particles", ()):
            info = self.verbs[info["particles"][particle.lower_]]  # "was called to the Foreign Ministry": summoned
        elif particle is not None:  # "called in the ambassador", however parsed: a summons
            info = {**self.verbs[info["particles"][particle.lower_]], "particle": particle.i}
        if any(c.lower_ in info.get("not_with", []) and not temporal(c) for c in v.children
               if c.dep_ in ("prep", "prt", "advmod")):
            return None
        if not info.get("with_clause") and any(c.dep_ in ("oprd", "ccomp") and not what_they_call(c)
                                               and not self._called_person(c) and c.ent_type_ not in ("DATE", "TIME")
                                               for c in v.children) or self._hypothetical(v):
            return None  # "X said that ..."; but "complained to the Security Council that ..."
        if info.get("told_in") and self._told_in(v):
            return None  # "Speaking to reporters on Tuesday, X said ...": where X said it, no talks
        if sum(c.dep_ == "dobj" for c in v.children) > 1 and v.lemma_ == "call":
            return None  # "calling it 'a gesture'" names, it does not call
        manner = manner_of(v)
        if self._negated(v) or manner is not None and (self._negated(manner) or self._hypothetical(manner)):
            return None  # "would not retaliate by closing its side": no closing either
        if info.get("aimed") and v.dep_ == "xcomp" and v.head.lemma_ not in (*CAUSATIVES, *DECIDED):
            return None  # "agreed to reopen the crossing", "requires the rebels to reopen the road": not yet done
        if info.get("clause") and not self._bare_clause(v, info["clause"]):
            return None
        if info.get("no_clause") and any(t.dep_ == "aux" and t.lower_ == "to" or t.dep_ in ("xcomp", "ccomp")
                                         for t in v.subtree if t.i > v.i):
            return None  # "called on Malawi to release the men" bids, it does not visit
        # "X fired missiles at Y" parsed as "X [fired missiles]": the finite verb as the noun's modifier
        misparsed = finite_modifier(v)
        objects = self._objects(v, info, misparsed)
        if info["cameo"] == "0841" and self._document_handed(v, objects):
            return None  # "handed the diplomat, X, a protest note", "what it called a last warning": no one freed
        info = self._as_written(v, info, objects)
        if info is None:
            return None
        actors = self.p.own_subject(v, self._together(info), info["cameo"].startswith("11")) or self.p.accused(v) \
            or self._unnamed_force(v)
        held: Happened | None = None
        freed_by_holder = False
        if not actors and any(c.dep_ == "auxpass" for c in v.children):  # "was summoned to the Foreign Ministry"
            actors = [e for c in v.children if c.dep_ == "prep" and c.lower_ in info.get("passive_actor_preps", ())
                      for o in c.children if o.dep_ == "pobj" for e in self.m.resolve(o) if e.label != "Place"]
            if not actors and info["cameo"].startswith("15"):
                actors = self._forces_sent(v, objects)
            if not actors and info["cameo"] == "0841" and (held := self._held_before(v)) is not None:
                # "they were released on Friday", after "were detained by X": X's state frees them (a force holds,
                # its government lets go)
                actors = list(dict.fromkeys(g for a in held.actors for g in (
                    self.p._governments_of(a) if a.kind in HOLDERS_FOR_STATE else [a])))
                freed_by_holder = True
            if not actors and info["cameo"] == "173":
                actors = self._force_at_work(v)  # "police moved in; nine people were arrested": the police did
        # a host of "talks between X and Y" hosts the talks; the parties are the talks' own
        delegation = info["type"] == "host visit" and any(singular(o) in DELEGATES for o in objects)
        owned = self.p.whose_envoys(objects) if info.get("target_owner") or delegation else []
        if not actors and owned and info.get("target_owner") and any(c.dep_ == "auxpass" for c in v.children):
            actors = self.p.other_government(v, owned, counterpart=True)  # "X's envoy was summoned": by the other
            # side, the first state named with him or else the one the story names most
        # "received the Iranian delegation, led by A B": Iran and A B, one side
        misread: list[Entity] = []
        if owned and actors and all(a.kind == "ministry" for a in actors) \
                and {a.country for a in actors} <= {o.country for o in owned}:
            misread, actors = actors, self._summoned_at_home(actors)
            # "the Somali ambassador was summoned to the Foreign Ministry": the story's side's ministry
        aimed = info.get("aimed") or info["cameo"].startswith(AIMED_ROOTS)
        hit = info["cameo"].startswith(ATTACK_CODES) and not info.get("aimed")  # a border closed hits no one
        targets = [] if info.get("own_object") else owned or self.p.object_targets(
            objects, between=v.lemma_ not in ("host", "receive"), preps=tuple(info.get("target_preps", ())))
        ways = [c for c in v.children if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "via", "over")]
        channel = [p for c in ways for o in c.children if o.dep_ == "pobj" for p in o.children
                   if p.dep_ == "prep" and p.lower_ == "with"]  # "spoke by phone with X"
        channel += [p for c in ways for p in c.children if p.dep_ == "conj" and p.lower_ == "with"]  # "and with Y"
        where = info.get("passive_actor_preps", ()) if info["cameo"].startswith("11") else ()
        targets += self.p.prep_targets([*(c for c in v.children if c.lower_ not in where),  # not "to the ministry"
                                        *(c for c in v.head.children if misparsed and c.lower_ not in where),
                                        *(channel if info["type"] in self.contact else [])],
                                       info["type"] in self.contact, hit)
        if not actors and info["cameo"] == "0841" and any(c.dep_ == "auxpass" for c in v.children) \
                and (states := self._states_of_released(v)) and (actors := self._jailer_of(v, states)):
            targets = states  # "twenty-three Pakistani citizens were released": by the other side, to Pakistan
        if not [e for e in targets if e.label != "Place"] and info["cameo"].startswith("05") \
                and (we := self._we_agreed_with(v, actors)) is not None:
            actors, targets = we  # "I met Minister B yesterday. We agreed to ...", in A's turn: A and B
        if not actors:
            return None
        forums = self._forums(v, info)  # "complained to the Security Council that X ...": brought there, not at it
        holders = held.actors if freed_by_holder and held is not None else []  # "they" is no jailer
        targets = [t for t in targets if t not in actors and t not in misread and t not in forums and t not in holders]
        # "A met his counterpart": A is no owner of the target
        if info["type"] in self.contact:  # "spoke with his Kuwaiti counterpart": the Kuwaiti minister named elsewhere
            targets += [p for p in self.p.counterparts(v, actors) if p not in targets]
        if info.get("joint") and len(actors) > 1 and not [t for t in targets if t.label != "Place"]:
            actors, targets = actors[:1], actors[1:] + targets  # "A and B fought": once, the first-named's
        if info.get("mutual") and len(actors) > 1 and not (targets and info["needs"] == "object"):
            if not [t for t in targets if t.label != "Place"]:
                return self._mutual(info, actors, v, v, f"event_verb:{v.lemma_}")
            # "A and B cut ties with C": each cuts them with C
            return [self._make(info, [a], targets, v, v, f"event_verb:{v.lemma_}") for a in actors]
        if info["needs"] == "party" and not [e for e in targets if e.label != "Place"] \
                and not (len(actors) > 1 and info["cameo"].startswith(JOINT_ROOTS)):
            return None  # "A and B fought" (mutual, above), "A and B agreed" or "A fought B"; not "A is fighting
            # corruption"
        hosted = v.lemma_ == "host" and any(self._noun_key(o) in self.nouns for o in objects)
        if info["needs"] == "object" and not hosted \
                and not [e for e in targets if e.label != "Place" or v.lemma_ == "visit"] \
                and (info["type"] not in self.contact or len(actors) < 2 or objects):
            return None  # "calling talks productive" is no call; only an intransitive "met" joins the two: "Serbia
            # and Kosovo met", "the two presidents spoke", one event of theirs that Coding._dyads puts in order
        if info.get("place_preps"):  # "rallied outside the High Commission": at whose building
            targets = self._rallied_at(v, info["place_preps"]) + targets
            if not [t for t in targets if t.label != "Place"] and info.get("own_government"):
                targets = [g for a in actors[:1] for g in self.p._governments_of(a)]  # a rally at home: its state
        if info.get("aimed"):  # "shut Torkham, its busiest route with Afghanistan": closed to Afghanistan
            targets = [t for t in targets if t.label != "Place"]
        if not targets and info["cameo"] == "0841" and (held := held or self._held_before(v)) is not None:
            targets = [t for t in held.targets if t.label != "Place"]  # "released them": whom the arrest held
        if info["cameo"] == "0841":  # people are freed to their state ("handed to Bolivian police": to Bolivia),
            # fighters to their group ("freed 30 Houthi fighters": to the Houthis)
            targets = [g for g in dict.fromkeys(g for t in targets if t.label != "Place" for g in self.p.side_of(t))
                       if g not in actors]
            if not targets and held is not None:  # else to the state of the people the arrest held ("seized a
                targets = self._states_held(held, actors)  # Barbadian boat ... two of the six were released")
        if not targets and hit:
            targets = self.p.the_army(objects) or self._their_posts(v, actors) or self.p.places_hit(v)
        if not targets and not hosted and not (len(actors) > 1 and (info["cameo"].startswith(JOINT_ROOTS) or aimed)) \
                and info["cameo"] != "171":  # a tanker seized is no other state's unless the text says
            targets = self.p.other_government(v, actors, hit, aimed,  # "A and B massed troops": at each other
                                              deal=info["cameo"].startswith("05"))
        if info.get("per_actor") and len(actors) > 1:  # "X and Y have mediated": each mediates
            return [self._make(info, [a], targets, v, v, f"event_verb:{v.lemma_}") for a in actors]
        sides = self._sides([t for t in dict.fromkeys(targets) if t.label != "Place"])
        if info["type"] in self.contact and len(sides) > 1:  # "spoke with A and B": a call with each
            return self._each_on_its_day(
                v, [self._make(info, actors, side, v, v, f"event_verb:{v.lemma_}") for side in sides])
        if info["cameo"][:2] == "05" and (told := self._signed_as_told(v, actors, targets)) is not None:
            told.date = told.date or self.s.date_of(v)
            return None  # "The deal was signed in Dili by A and B": the agreement told before, now its signing
        made = self._make(info, actors, targets, v, v, f"event_verb:{v.lemma_}")
        made.extra["restated"] = freed_by_holder  # maybe the release told before, with its agent
        return made

    def _told_by_reporter(self, t: Token) -> bool:
        """Whether a word in a reporter's question tells a fact in the reporter's own words ('Lesotho recalled its
        High Commissioner on Monday. Is this the worst crisis?'), not a question or a claim the reporter relays
        ('Mogadishu says your soldiers fired first', 'Has the minister spoken to his counterpart?')."""
        sent = self.m.sent(t.i)
        return not sent.text.rstrip().endswith("?") and not any(
            a.lemma_ in self.s.lexicon or a.lemma_ in ("report", "claim", "allege") for a in t.ancestors)

    def _rallied_at(self, v: Token, preps: list[str]) -> list[Entity]:
        """Whose building or office a gathering is held outside, at or in front of."""
        places = [o for c in v.children if c.dep_ == "prep" and c.lower_ in preps for o in objects_of(c)]
        places = [x for o in places for x in (of_objects(o) if o.lower_ == "front" else [o])]
        return [e for o in places for e in (self.m.resolve(o) or self.p.owners(o)) if e.label != "Place"]

    def _summoned_at_home(self, ministries: list[Entity]) -> list[Entity]:
        """The ministry an envoy is summoned to, named without a country and so read as his own country's: the
        same ministry of the country the story takes the side of, or of the story's other main country when that
        side is the envoy's own."""
        hit = self.m.gaz.country(ministries[0].country or "")
        if hit is None:
            return ministries
        country, home = hit.country, self.m.home_party
        if home is None or home.name == country.name:
            # the envoy's own country takes the story's side, or none does: the other main country summons him
            home = next((c for c in self.m.main if c.name != country.name), None)
        if home is None:
            return ministries
        kind = self.m.gaz.ministry_kind(ministries[0].name.removeprefix(country.prefix).strip())
        return [self.m.registry.ministry(home, kind)] if kind else ministries

    def _held_before(self, v: Token) -> Happened | None:
        """The last arrest, seizure or abduction told before a verb, in its paragraph or the one before: who holds
        the people a passive with no agent frees."""
        start = self.doc[v.i].idx
        paragraphs = self.m.text.count("\n\n", 0, start)
        held = [e for e in reversed(self._so_far) if e.cameo[:3] in HOLDING and e.start < start]
        return next((e for e in held if paragraphs - self.m.text.count("\n\n", 0, e.start) <= 1),
                    held[0] if held else None)

    def _states_of_released(self, v: Token) -> list[Entity]:
        """The governments of the people a passive release names by nationality ("twenty-three Pakistani citizens
        were released", "nine of them, all Chadian nationals, were handed over")."""
        people = [t for c in v.children if c.dep_ == "nsubjpass" for t in (c, *c.children) if t.dep_ in (
            "nsubjpass", "appos")]
        return list(dict.fromkeys(g for t in people for e in self.p.owners(t, pronouns=False)
                                  if e.label != "Place" for g in self.p._governments_of(e)))

    def _signed_as_told(self, v: Token, actors: list[Entity], targets: list[Entity]) -> Happened | None:
        """The agreement told before that a passive with a definite subject signs again ('The deal was signed in
        Dili by A and B', 'It was signed by ...'): the last one between the same two states."""
        subject = next((c for c in v.children if c.dep_ == "nsubjpass"), None)
        if subject is None or not (subject.pos_ == "PRON" or any(c.lower_ == "the" for c in subject.children)):
            return None
        sides = self._governments([*actors, *targets])
        if len(sides) < 2:
            return None
        return next((o for o in reversed(self._so_far)
                     if o.cameo[:2] == "05" and sides <= self._governments([*o.actors, *o.targets])), None)

    def _governments(self, parties: list[Entity]) -> set[Entity]:
        """The governments of some actors or targets: a state's own, a body's or a person's state's."""
        return {g for e in parties for g in self.p._governments_of(e)}

    def _states_held(self, held: Happened, actors: list[Entity]) -> list[Entity]:
        """The governments of the people an arrest or seizure held, by their nationality ("detained 23 Senegalese
        fishermen", "the detention of two Chilean police officers"), but not the holders' own."""
        t = self.doc[held.trigger]
        held_words = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")] + [
            o for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
        held_words += [a for o in held_words for a in o.children if a.dep_ == "appos"]  # "X, a Barbadian boat"
        holders = self._governments([*held.actors, *actors])
        # a nationality before the noun ("Senegalese fishermen", "the Samoan-flagged longliner")
        countries = [self.m.country_at[i][0] for o in held_words for i in range(o.left_edge.i, o.i)
                     if i in self.m.country_at and self.m.country_at[i][1] == "demonym"]
        return list(dict.fromkeys(g for c in countries if not c.venue
                                  for g in [self.m.registry.government(c)] if g not in holders))

    def _jailer_of(self, v: Token, theirs: list[Entity]) -> list[Entity]:
        """Who frees people of a state (``theirs``) when no agent and no arrest told before says: of the two states
        the story is about, the one they are not of."""
        sides = self.p.story_sides(v.i, ("government",))
        others = [s for s in sides if s not in theirs]
        return others if len(sides) == 2 and len(others) == 1 else []

    def _force_at_work(self, v: Token) -> list[Entity]:
        """Who arrests in a passive with no agent: the last police or military force named before the verb, in
        its sentence or the one before ("The police intervened, and four people were detained")."""
        if any(c.dep_ == "agent" for c in v.children):
            return []  # "detained by a patrol": by whom it says, if anyone can tell whose
        sent = self.m.sent(v.i)
        lo = self.m.sent(sent.start - 1).start if sent.start > 0 else sent.start
        held = {t.i for t in v.subtree}  # "two officers of the police were detained": the held are no jailers
        forces = [m.entity for m in self.m.mentions if lo <= m.start < v.i and m.start not in held
                  and m.entity.label == "Institution" and m.entity.kind in ("police", "military")]
        return forces[-1:]

    def _their_posts(self, v: Token, actors: list[Entity]) -> list[Entity]:
        """Whose unnamed positions or posts an army attacks ("troops opened fire on positions near the village"):
        the army of the other country the story is about, when every actor is an army."""
        posts = [o for c in v.children if c.dep_ in ("dobj", "prep") for o in (c, *c.children)
                 if o.dep_ in ("dobj", "pobj") and singular(o) in MILITARY_POSTS and not self.p.owners(o)]
        if not posts or not actors or any(a.kind != "military" for a in actors):
            return []
        return [self.p.army_of(g) for g in self.p.other_government(v, actors, hit=True, counterpart=True)]

    def _document_handed(self, v: Token, objects: list[Token]) -> bool:
        """Whether a person 'handed' was given a document the parser hung on the person's name ('handed the
        diplomat, X, a protest note') or on a clause ('handed him what it called a last warning')."""
        hung = [t for o in objects for t in o.subtree if t.dep_ in ("appos", "oprd") and t.i > o.i]
        hung += [t for c in v.children if c.dep_ == "ccomp" for t in c.subtree if t.dep_ == "oprd"]
        documents = {*self.m.gaz.events["lists"]["notes"], *_LETTERS}
        return any(t.lemma_.lower() in documents for t in hung)

    def _told_in(self, v: Token) -> bool:
        """Whether a verb of talking is the setting of what someone says: a participle of a reporting verb with
        an audience and no one spoken with ("Speaking to Parliament, X said", "X, speaking to the Senate, said"),
        not "after speaking by telephone with Y"."""
        teller = v.head if v.dep_ == "advcl" else v.head.head if v.dep_ == "acl" and v.head.dep_ == "nsubj" else None
        return v.tag_ == "VBG" and teller is not None and teller.lemma_ in self.s.lexicon and not any(
            c.dep_ in ("prep", "agent") and c.lower_ in ("with", "by", "over", "via") for c in v.children)

    def _objects(self, v: Token, info: dict, misparsed: bool) -> list[Token]:
        """What a trigger verb is done to: its object, a passive's subject ("the ambassador was summoned by X"),
        the noun a participle hangs on ("the talks, hosted by Oman"), or an object the parser made a second
        subject."""
        objects = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass") or self._called_person(c)] + (
            [name_head(v.head)] if misparsed else [])
        objects += [o for c in v.children if c.dep_ == "ccomp" for o in what_they_call(c)]
        if "particle" in info:  # "called in [the ambassador]", the particle parsed as a preposition
            objects += [o for o in self.doc[info["particle"]].children if o.dep_ == "pobj"]
        if not objects and v.dep_ == "acl" and v.tag_ == "VBN" and info["needs"] == "object":
            objects = [v.head]
        if not objects and info["needs"] == "object" and any(c.dep_ == "nsubj" and c.i < v.i for c in v.children):
            objects = [c for c in v.children if c.dep_ == "nsubj" and c.i > v.i]
        return [o for o in objects if not self._titles_next_object(o, objects)]

    def _as_written(self, v: Token, info: dict, objects: list[Token]) -> dict | None:
        """A trigger's data as its objects, subject and prepositions make it ('fired water cannon' coerces,
        'troops withdrew', 'spoke by phone'), or None when they rule it out ('exchanged views', 'put the blame
        on', 'withdrew from the town', 'the minister flew to Lima')."""
        types = info.get("object_types", {})
        for o in objects:  # the head's type, else a modifier's ("fired water cannon", "released $400,000")
            info = {**info, **next((types[k] for t in _heads(o) if (k := t.lemma_.lower()) in types), {})}
            if info.get("owned") and not _owned(o):
                return None  # "suspended the operations of MSF", not "suspended its operations in Gaza"
        for c in v.children:
            if c.dep_ == "nsubj" and c.lower_ in info.get("subject_types", {}):
                info = {**info, **info["subject_types"][c.lower_]}
        by = [o.lower_ for c in v.children if c.dep_ in ("prep", "agent") for o in c.children if o.dep_ == "pobj"]
        hung = [x.lower_ for o in objects + [o for c in v.children if c.dep_ == "prep" for o in objects_of(c)]
                for c in o.children if c.dep_ == "prep" for x in c.children if x.dep_ == "pobj"]
        # "invited the ambassador to the ministry", "protested about the remarks, most recently in a note", however
        # attached
        if info.get("prep_objects") and not set(by + hung) & set(info["prep_objects"]) \
                and not (info.get("relative") and v.dep_ == "relcl"):
            return None  # "put the troops on alert"; "protested in a note", or "a move X protested"
        for o in by:
            info = {**info, **info.get("prep_types", {}).get(o, {})}
        if any(_said(t, info.get("not_objects", [])) for o in objects for t in _heads(o, False)):
            return None  # "struck a guarded tone", not an attack
        if info.get("objects") and not any(_said(t, info["objects"]) for o in objects
                                           for t in _heads(o, not info.get("head_only"))) \
                and not ("crossing" in info["objects"] and any(o.lower_ in self.crossing_names for o in objects)) \
                and not ("detainees" in info["objects"] and any(self._counted_people(o) for o in objects)) \
                and not any(self._titled(o, info["objects"]) for o in objects):
            return None
        froms = [c for c in v.children if c.dep_ == "prep" and c.lower_ == "from"]
        if info.get("from_objects") and froms and not any(t.lemma_.lower() in info["from_objects"]
                                                          for c in froms for t in c.subtree):
            return None
        doers = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "agent")] or (
            [v.head] if v.dep_ == "acl" and v.tag_ == "VBG" else [])  # "ships operating near X"
        if info.get("subjects") and not any(t.lower_ in info["subjects"] for c in doers for t in _core(c)):
            return None
        return info

    def _counted_people(self, o: Token) -> bool:
        """People no list names, counted or given a nationality: "14 Sudanese prospectors", "nine loggers"."""
        if o.dep_ == "nsubjpass" and (o.like_num or o.lower_ in ("all", "most", "both")) \
                and not any(c.dep_ == "prep" and c.lower_ != "of" for c in o.children):
            return True  # "nine were freed", "two of the six were released": people counted, named before
        return o.tag_ == "NNS" and o.lower_.endswith(("ers", "ors", "ists", "ants", "ees", "men")) and any(
            c.dep_ == "nummod" or c.dep_ == "amod" and c.i in self.m.country_at for c in o.children)

    def _called_person(self, c: Token) -> bool:
        """A titled name the parser made a predicate ("called Foreign Minister A B", as if "called him a liar"):
        the person called, when the verb has no object of its own."""
        return c.dep_ == "oprd" and c.head.lemma_ == "call" and not any(s.dep_ == "dobj" for s in c.head.children) \
            and (e := self.m.entity_at(c.i)) is not None and e.label == "Person"

    def _titled(self, o: Token, words: list[str]) -> bool:
        """Whether an object names a person whose title is one of these words ("recalled Volkov", the
        ambassador)."""
        person = self.m.entity_at(o.i)
        return person is not None and person.label == "Person" and any(
            w in words for title, _ in person.roles if title for w in title.lower().split())

    def _forces_sent(self, v: Token, objects: list[Token]) -> list[Entity]:
        """Who moved forces told in a passive with no agent: "Sudanese troops were moved into Abyei" (theirs),
        "the navy said two boats had been sent to the river" (the navy's)."""
        owners = [w for o in objects for w in (o, *of_objects(o))]  # "two frigates of the Hellenic Navy"
        return [e for o in owners for e in self.m.resolve(o) if e.label == "Institution"] or [
            b for e in self._speakers_above(v, None) for b in self.p.bodies_of(e) if b.kind != "media"][:1]

    def _unnamed_force(self, v: Token) -> list[Entity]:
        """Whose are men a verb's subject names by what they are, not whose: "gendarmes arrested 14 people, the
        Interior Ministry said" (the reporting state's gendarmerie), "officers had arrested 23 suspects, a police
        spokesman said" (the spokesman's force)."""
        subject = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subject is None or (men := singular(subject)) not in FORCE_MEN or any(
                c.dep_ in ("amod", "compound", "poss") or c.dep_ == "det" and c.lower_ != "the"
                for c in subject.children):
            return []
        # who reports them, else whose act their clause is joined to ("X closed the crossing, and gendarmes ...")
        branch = FORCE_MEN[men]
        kinds = ("military", "police") if branch is None else (branch_kind(branch),)  # as armed_force makes them
        for speaker in self._speakers_above(v, None) or (self.p.own_subject(v.head) if v.dep_ == "conj" else []):
            bodies = [b for b in self.p.bodies_of(speaker) if b.kind in kinds]  # "the army ..., and police ...":
            if bodies:  # the police of the army's state
                return bodies[:1]
            if branch and (forces := self.m.forces_of(self.p._governments_of(speaker), branch)):
                return forces[:1]
        return []

    def _we_agreed_with(self, v: Token, actors: list[Entity]) -> tuple[list[Entity], list[Entity]] | None:
        """Who 'we' agreed with in an official's transcript turn: the parties of the contact his turn told last
        ("I met Minister B. We agreed ...": A and B), else his state and the other state the story names."""
        we = next((c for c in v.children if c.dep_ == "nsubj" and c.lower_ == "we"), None)
        speaker = self.p._turn_speaker(we) if we is not None else None
        if speaker is None:
            return None
        own = [speaker, *self.p._governments_of(speaker)]
        turn = next(t for t in self.s.turns if t.start <= we.idx < t.end)
        met = next((e for e in reversed(self._so_far) if e.type in self.contact and e.start >= turn.start
                    and any(a in own for a in e.actors) and e.targets), None)
        if met is not None:
            return list(met.actors), list(met.targets)
        others = self.p.other_government(v, actors, counterpart=True) if actors else []
        return (actors, others) if others else None

    def _speakers_above(self, n: Token, verb: Token | None) -> list[Entity]:
        """Who reports the clause a token is in ("Kenya said a truce had been declared": Kenya)."""
        for a in n.ancestors:
            if a.pos_ == "VERB" and a.lemma_ in self.s.lexicon and a != verb:
                return self.p.own_subject(a)
        return []

    def _together(self, info: dict) -> bool:
        """Whether 'they' may name two parties just named: for contacts, mutual acts and truces."""
        return info["type"] in self.contact or bool(info.get("mutual")) or info["cameo"].startswith(JOINT_ROOTS)

    def _titles_next_object(self, o: Token, objects: list[Token]) -> bool:
        """An object that only describes the person named right after it, parsed as a second object
        ("met [his Somali counterpart] [Abdi Yusuf]")."""
        return any(p.left_edge.i == o.right_edge.i + 1 and (e := self.m.entity_at(p.i)) is not None
                   and e.label == "Person" for p in objects if p.i != o.i)

    def _framing_clause(self, n: Token, info: dict) -> Token | None:
        """The clause a contact happened around: "During a meeting with X, Y said", "In a call with X, Y
        asked" (the meeting took place; Y met X). None for any other noun."""
        prep = n.head
        if info["type"] not in self.contact or n.dep_ != "pobj" or prep.lower_ not in (
                "during", "in", "at", "after", "following") or prep.head.pos_ not in ("VERB", "AUX"):
            return None
        if not any(c.dep_ == "prep" and c.lower_ == "with" for c in n.children) \
                and not self._between_parties(n, ("between",)):
            return None
        return prep.head

    def _mutual(self, info: dict, actors: list[Entity], trigger: Token, verb: Token | None,
                rule: str) -> list[Happened]:
        """One event per party, each with the others as targets ("A and B exchanged prisoners")."""
        return [self._make(info, [a], [b for b in actors if b is not a], trigger, verb, rule) for a in actors]

    def _non_grata(self, t: Token) -> Happened | None:
        """'declared X persona non grata', however the parser reads the Latin: an expulsion of X by the subject
        of 'declared', aimed at X's state and X."""
        declared = next((v for v in reversed(self.doc[max(t.sent.start, t.i - 30):t.i]) if v.lemma_ == "declare"
                         and v.pos_ in ("VERB", "AUX")), None)
        if declared is None or self._negated(declared) or self._hypothetical(declared):
            return None
        persona = next((x.i for x in self.doc[declared.i + 1:t.i] if x.lower_ in ("persona", "personae")), t.i)
        named = self.doc[declared.i + 1:persona]  # the envoys declared, as phrases
        heads = [x for x in named if not (named.start <= x.head.i < named.end) and x.pos_ in ("NOUN", "PROPN")]
        actors = self.p.own_subject(declared)
        if not actors or not heads:
            return None
        info = {"type": "expulsion of diplomats", "cameo": "161", "needs": "object"}
        return self._make(info, actors, self.p.whose_envoys(heads), declared, declared, "event_verb:declare")

    def _being_there(self, v: Token) -> Happened | None:
        """A person who 'was in' another country's city on a named day, or 'is in' it today, visited it: "I was in
        Juba on Friday" (a commissioner's briefing), "the envoy is in Maputo today"."""
        subject = next((c for c in v.children if c.dep_ == "nsubj"), None)
        where = [o for c in v.children if c.dep_ == "prep" and c.lower_ == "in" for o in c.children
                 if o.dep_ == "pobj" and o.i in self.m.country_at and not self.m.country_at[o.i][0].venue]
        day = self.s.date_of(v)
        if subject is None or not where or self._negated(v) or self._hypothetical(v) or day is None \
                or v.tag_ != "VBD" and day != self.s.article_date:
            return None  # "was in Juba on Friday", "is in Maputo today"
        people = [e for e in self.p.own_subject(v) if e.label == "Person"]
        country = self.m.country_at[where[0].i][0]
        if len(people) != 1 or country.name in self.p.countries_of(people[0]):
            return None  # a minister at home is no visitor
        place = self.m.entity_at(where[0].i)
        return self._make(self.motion_event, people, [self.m.registry.government(country, count=False)], v, v,
                          "event_motion:be_in", [place] if place is not None and place.label == "Place" else [])

    def _motion(self, v: Token) -> list[Happened] | None:
        if v.tag_ == "VBG" and (v.dep_ == "acl" or v.dep_ == "conj" and v.head.dep_ == "acl"):
            return None  # "closed to all aircraft coming from or going to Algeria": a kind of traffic, no trip
        prep = self.motion[v.lemma_]
        dests = [o for c in v.children if c.dep_ in ("prep", "dative") and c.lower_ == prep for o in c.children
                 if o.dep_ == "pobj"]  # "sent a delegation to Cairo" ('to' parsed as a dative)
        dests += [o for d in dests if d.i not in self.m.country_at and self.m.entity_at(d.i) is None
                  for c in d.children if c.dep_ == "prep" and c.lower_ in ("in", "at")
                  for o in c.children if o.dep_ == "pobj"]  # "sent observers to the talks in Nairobi"
        passive = any(c.dep_ == "auxpass" for h in ((v, v.head) if v.dep_ == "conj" else (v,)) for c in h.children)
        sent = {w for c in v.children if c.dep_ == "dobj" or passive and c.dep_ == "nsubjpass" for t in _heads(c)
                for w in (t.lower_, t.lemma_.lower())}  # "sent troops", "troops were sent"
        info = next((m for m in self.motion_objects if sent & set(m["objects"])), self.motion_event)
        if not dests and info is self.motion_event or self._hypothetical(v) or self._negated(v):
            return None  # aid or troops sent count without a destination; a trip needs one
        if v.dep_ == "xcomp" and v.head.lemma_ == "agree":
            return None  # "agreed to send a joint survey team": still to come; the agreement is the event
        named = [t for c in v.children if c.dep_ in ("dobj", "nsubjpass") for t in _heads(c)
                 if self.m.entity_at(t.i) is not None]
        if info is self.motion_event and sent and not sent & (TRAVELLERS | self.m.title_words) and not named:
            return None  # "sent a protest note to Belgrade", "sent buses to Salloum": a thing sent is no trip; envoys
            # or observers sent are
        targets, places = [], []
        for d in dests:
            if d.i in self.m.country_at and not self.m.country_at[d.i][0].venue:
                targets.append(self.m.registry.government(self.m.country_at[d.i][0], count=False))
            elif d.lower_ == "capital" and any(c.lower_ == "the" for c in d.children) and (
                    home := self.m.home or (self.m.dominant[0] if self.m.dominant else None)) is not None:
                targets.append(self.m.registry.government(home, count=False))  # the dateline's, or the story's
            entity = self.m.entity_at(d.i)
            if entity is not None and entity.label == "Place":
                places.append(entity)
        if not targets and not places and info is self.motion_event:
            return None  # a trip to nowhere named is no visit; troops sent 'to the frontier' are deployed
        if info is self.motion_event and self._things_travel(v):
            return None  # "most of its exports go to China", "it goes to Beijing": things travel, no one visits
        actors = self.p.own_subject(v) or self.p.accused(v)
        if not actors and dests and not self.p.named_subject(v) and not passive:
            actors = self.p.recent_actor(v.i)  # "then headed to Cairo": the last government seen acting
        if not actors and passive and info["cameo"].startswith("15"):
            actors = self._forces_sent(v, [c for c in v.children if c.dep_ == "nsubjpass"])
        if not actors:
            return None
        if not targets and not places and dests:
            targets = self.p.other_government(v, actors, counterpart=True)  # "sent troops to the frontier"
        if info is self.motion_event:  # "travelled to Lima for talks with her counterpart, A B": A B too
            purposes = [o for c in v.children if c.dep_ == "prep" and c.lower_ == "for" for o in objects_of(c)]
            hosts = [e for o in purposes for e in self.p.prep_targets(list(o.children), True)
                     if e.label == "Person" and e not in targets]
            if len(targets) == 1:
                self.p.speak_for(hosts, targets)  # the host of a trip to his country: one side
            targets += hosts
        # each of several actors travels or sends ("X and Y have both sent observers to Z")
        return [self._make(info, [a], targets or places, v, v, f"event_motion:{v.lemma_}", places) for a in actors]

    def _things_travel(self, v: Token) -> bool:
        """Whether a verb of travel has a thing for its subject: 'it', a share of something ('most of its exports',
        'all of it'), or a common noun naming no one, no traveller and no official ('the cargo')."""
        subject = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subject is None:
            return False
        if subject.lower_ in ("it", "all", "most", "much"):
            return True
        return subject.pos_ in ("NOUN", "ADJ", "DET") and not self.m.resolve(subject) \
            and not _said(subject, [*TRAVELLERS, *self.m.title_words])

    def _noun(self, n: Token, info: dict) -> Happened | list[Happened] | None:
        if self._meeting_agreed(n):
            return None  # "agreed to hold talks in May": the agreement, the talks still to come
        if n.dep_ == "pobj" and n.head.lower_ == "for" and n.head.head.lemma_ in self.motion \
                and not any(c.dep_ == "prep" and c.lower_ == "with" for c in n.children):
            return None  # "arrived in Kabul for talks": the visit's purpose, no talks of their own yet
        if info.get("bare") and any(c.dep_ == "prep" and c.lower_ == "of" or c.lower_ == "next" for c in n.children):
            return None  # "a new round of talks" is the talks'; "the next round" is to come
        compounds = info.get("compounds")
        if compounds and not any(c.lower_ in compounds for c in n.children if c.dep_ in ("compound", "amod")) \
                and not any(c.lemma_ in compounds for c in n.children if c.dep_ == "acl") \
                and not (n.dep_ == "dobj" and n.head.lemma_ in info.get("verb_types", {})) \
                and not self._between_parties(n, info.get("or_preps", ())) and not self._by_forces(n, info):
            return None  # "a phone call", "a call between the two ministers", "a note protesting X"; not "a call
            # for calm"
        of = of_objects(n)
        if info.get("objects") and not any(_said(t, info["objects"]) for o in of for t in _heads(o)):
            return None  # "the release of two fishermen", not "the release of a report"
        verb = self._light_verb(n, info.get("with_verbs", ()))
        changed = None
        if n.dep_ in ("dobj", "nsubjpass", "nsubj"):  # "called off the talks": the verb with its particle first
            particle = next((c.lower_ for c in n.head.children if c.dep_ == "prt"), None)
            types = info.get("verb_types", {})
            changed = types.get(f"{n.head.lemma_} {particle}") or types.get(n.head.lemma_)
        if changed is not None:  # "suspended the talks" halts them
            info, verb = {**info, **changed, "needs": "verb"}, n.head
        framed = self._framing_clause(n, info)
        under = n.dep_ == "pobj" and n.head.lower_ == "under" and n.head.head.pos_ in ("VERB", "AUX")
        frame = self._frame(n)  # what something came after has happened: "after five hours of talks between A and B"
        after = frame.dep_ == "pobj" and frame.head.lower_ in ("after", "following")
        if info["needs"] == "verb" and verb is None and self._own_date(n) is None and framed is None and not under \
                and not after \
                and not ((info.get("mutual") or info.get("joint")) and self._between_parties(n, ("between",))):
            return None  # "a deal" may be only talked about; "a 2015 deal", "Tuesday's meeting", "fighting
            # between A and B" happened
        if info.get("with_verbs") and (verb is None or verb.lemma_ not in info["with_verbs"]) and not under:
            return None  # "opened fire", "came under fire", not "the fire spread"
        if verb is not None and (self._hypothetical(verb) or self._negated(verb)):
            return None
        if verb is not None and any(c.dep_ in ("oprd", "xcomp") and c.pos_ in ("NOUN", "ADJ") for c in verb.children):
            return None  # "called the truce a failure" names it, does not declare it
        modifiers = self.p.noun_modifiers(n, venue=info["type"] in self.contact)
        hosted = verb is not None and verb.lemma_ in HOSTING  # the host hosts; the parties are the talks' own
        by = self.p.noun_agents(n, verb, frame, hosted)
        if under and not by:  # "a patrol came under fire on Saturday from gunmen", 'from' hung on the verb
            by = [e for c in n.head.head.children if c.dep_ == "prep" and c.lower_ == "from"
                  for o in objects_of(c) for e in self.p.who(o)]
        if verb is not None and verb.lemma_ == "be":  # "A, who is on his first visit to X": A, whoever 'his' is
            modifiers, by = [], self.p.own_subject(verb) or by
        targets = self.p.noun_targets(n, verb, info["cameo"])
        forums = self._forums(n, info)
        targets = [e for e in targets if e not in forums]  # "a complaint with the Security Council": its forum
        if info.get("objects"):  # "the expulsion of a Chadian diplomat": Chad's
            targets += [e for e in self.p.object_targets(of) if e not in targets]
        suffered = self.p.sufferers(n, self.suffering)
        targets += [e for e in suffered if e not in targets]
        # "condemned the attack", "repelled an attack": the subject judges or suffers it, never does it
        said_of = n.dep_ == "dobj" and (n.head.lemma_ in self.judging or n.head.lemma_ in self.suffering) \
            or n.dep_ == "nsubj" and n.head.dep_ == "ccomp" and n.head.head.lemma_ in self.judging \
            and n.left_edge.i == n.head.head.i + 1  # "welcomed the truce agreed on Monday", parsed as a clause
        said_of = said_of or hosted or n.dep_ == "dobj" and any(c.dep_ == "oprd" for c in n.head.children)
        # "called Tuesday's visit a provocation": named, not done
        actors: list[Entity] = []
        if info.get("modifier_role") == "target":
            targets = modifiers + targets
            actors = by
        elif changed is not None and (halting := self.p.own_subject(n.head)):
            # "Vanuatu postponed a visit by a French Senate delegation": Vanuatu halts it, aimed at the visitors
            actors = halting
            targets += [e for e in modifiers + by if e not in targets and e not in halting]
        else:
            actors = modifiers + by
        if not actors and framed is not None:
            actors = self.p.own_subject(framed)
        if not actors and verb is not None and not hosted:
            actors = self.p.accused(verb)  # "accused X of opening fire", "of launching an offensive"
        if not actors and verb is not None and n.dep_ in ("dobj", "pobj", "attr") and not hosted:
            actors = self.p.own_subject(verb, self._together(info), info["cameo"].startswith("11"))
        elif not actors and n.dep_ == "dobj" and n.head.pos_ == "VERB" and not said_of:
            actors = self.p.own_subject(n.head)  # "Pakistan and India honour a 2003 ceasefire"
        if not actors:
            actors = self.p.signatories(n)
        if info.get("bare"):  # "the previous round ended without agreement": a round of the talks told before
            told = next((e for e in reversed(self._so_far) if e.cameo == info["cameo"]), None)
            if told is None:
                return None
            actors, targets = list(told.actors), list(told.targets)
        if not actors and verb is None and info["cameo"] == "057" and len(self._own_date(n) or "") == 4:
            actors = self.p.story_sides(n.i)  # "under the 2009 accord": the story's two sides', if it has two (a
            # day's agreement, "Tuesday's agreement", is the one told that day)
        if not actors and (info["needs"] == "actor" or verb is None):
            return None  # a dated noun with no verb ("a 1994 treaty") needs its parties named
        if not actors and not said_of and not (verb is not None and n.dep_ in ("dobj", "pobj", "attr")
                                               and self.p.named_subject(verb)):
            # "talks began on Monday": the story's two sides'; "armed gangs laid siege": somebody, not the last
            # government
            actors = self.p.story_sides(n.i) if info["cameo"] == "046" else self.p.recent_actor(n.i)
            speakers = self._speakers_above(n, verb)
            if any(a in speakers or a.country and any(a.country in self.p.countries_of(s) for s in speakers)
                   for a in actors):
                actors = []  # "Norway said talks had been held": the speaker is only telling of them
        if not actors:
            return None
        actors = [a for a in actors if a.label != "Place"]
        if info.get("joint") and len(actors) > 1 and not targets:  # "fighting between A and B": once, A's
            sides = self.p.between_sides(n)
            actors, targets = (sides[0], [e for s in sides[1:] for e in s]) if len(sides) > 1 \
                else (actors[:1], actors[1:])
        if info.get("mutual") and len(actors) > 1 and not targets:
            return self._mutual(info, actors, n, verb, f"event_noun:{self._noun_key(n)}")
        if info.get("per_actor") and len(actors) > 1:
            return [self._make(info, [a], targets or self.p.default_target(info, actors, n), n, verb,
                               f"event_noun:{self._noun_key(n)}", []) for a in actors]
        if info["type"] in self.contact and len(actors) > 1 and not targets:
            actors, targets = actors[:1], actors[1:]
        places = [e for e in targets if e.label == "Place"]
        if not targets and info["cameo"].startswith(ATTACK_CODES) and verb is not None:
            targets = self._their_posts(verb, actors)  # "opened fire on positions near Sotk"
        if not targets:
            targets = self.p.default_target(info, actors, n)
        return self._make(info, actors, targets, n, verb, f"event_noun:{self._noun_key(n)}", places)

    # --- helpers -------------------------------------------------------------------------------

    def _by_forces(self, n: Token, info: dict) -> bool:
        """Whether the verb a noun is the object of has a subject with one of the noun's 'or_subjects' ("U.S.
        forces began their annual exercises")."""
        return bool(info.get("or_subjects")) and n.dep_ == "dobj" and any(
            t.lower_ in info["or_subjects"] for c in n.head.children if c.dep_ == "nsubj" for t in _core(c))

    def _between_parties(self, n: Token, preps: tuple[str, ...] | list[str]) -> bool:
        """Whether a noun's phrase has one of these prepositions before a named person or institution."""
        return any(p.dep_ == "prep" and p.lower_ in preps and any(
            (e := self._named_at(o.i)) is not None and e.label != "Place" for o in p.subtree if o.i != p.i)
            for p in n.subtree)

    def _frame(self, n: Token) -> Token:
        """The noun that stands for an event noun in its clause: "a new round [of talks] began"."""
        if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.lemma_ in self.containers:
            return n.head.head
        amount = n.head.head if n.dep_ == "pobj" and n.head.lower_ == "in" else None
        if amount is not None and amount.pos_ == "VERB":  # "extended $3 million [in aid]", 'in' hung on the verb
            amount = next((c for c in amount.children if c.dep_ == "dobj"), amount)
        if amount is not None and (amount.ent_type_ == "MONEY" or amount.like_num or amount.pos_ == "NUM"
                                   or any(c.dep_ == "nummod" for c in amount.children)):
            return amount  # "announced 12 million euros in aid"
        return n

    def _forums(self, t: Token, info: dict) -> set[Entity]:
        """International organisations a trigger's 'forum_preps' name: where a complaint is brought, not whom it is
        aimed at."""
        return {e for c in t.children if c.dep_ == "prep" and c.lower_ in info.get("forum_preps", ())
                for o in objects_of(c) for e in self.m.resolve(o) if e.kind == "international_org"}

    def _light_verb(self, n: Token, own: tuple[str, ...] | list[str] = ()) -> Token | None:
        """The verb that makes an event noun happen ("held talks"): a light verb of all nouns, or one of the
        noun's own ('with_verbs': "brought a case")."""
        n = self._frame(n)
        h = n.head
        if n.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") and h.pos_ in ("VERB", "AUX") and (
                h.lemma_ in self.light or h.lemma_ in own
                or h.lemma_ == "break" and any(c.lower_ == "out" for c in h.children)):
            return h  # "held talks", "fighting broke out"
        if n.dep_ == "pobj" and h.dep_ == "prep" and h.lower_ in ("to", "on") and h.head.pos_ == "VERB" \
                and h.head.lemma_ in self.light:
            return h.head  # "agreed to a ceasefire"
        if n.dep_ == "pobj" and h.lower_ == "on" and h.head.lemma_ == "be" \
                and self.nouns.get(self._noun_key(n), {}).get("cameo") == "042":
            return h.head  # "who is on his first visit to India"
        if n.dep_ == "pobj" and h.lower_ == "for" and h.head.pos_ == "VERB" and h.head.lemma_ in self.gathering:
            return h.head  # "sat down on Monday for talks"
        if n.dep_ == "pobj" and h.lower_ == "in" and h.head.pos_ == "VERB" and (
                h.head.lemma_ == "participate" or h.head.lemma_ == "take" and any(
                    c.dep_ == "dobj" and c.lower_ == "part" for c in h.head.children)):
            return h.head  # "took part in joint exercises", "participated in the talks"
        if n.dep_ == "pobj" and h.lower_ in ("in", "during") and h.head.pos_ == "VERB" \
                and self.nouns.get(self._noun_key(n), {}).get("type") in self.contact:
            return h.head  # "raised the matter with X in a telephone call"
        for c in n.children:
            if c.dep_ == "acl" and c.lemma_ in self.light:
                return c
        return None

    def _make(self, info: dict, actors: list[Entity], targets: list[Entity], trigger: Token,
              verb: Token | None, rule: str, places: list[Entity] | None = None) -> Happened:
        if info.get("armed_group") and actors and all(a.kind == "armed_group" for a in actors):
            info = {**info, **info["armed_group"]}
        tokens = [trigger] + ([verb] if verb is not None else [])
        clause = verb if verb is not None else trigger
        start = min(min(t.left_edge.i for t in tokens), trigger.i)
        end = max(t.right_edge.i for t in tokens)
        if clause.pos_ in ("VERB", "AUX") and clause.dep_ not in ("ROOT",) and clause.i != trigger.i:
            start = min(start, clause.left_edge.i)
        while start < trigger.i and (self.doc[start].idx < self.s.body_start or self.doc[start].is_space):
            start += 1  # never reach back into a headline or dateline
        span = self.doc[start:end + 1]
        date = self._when(trigger, verb)
        sent = self.m.sent(trigger.i)
        targets = [t for t in dict.fromkeys(targets) if t not in actors]
        if any(t.label != "Place" for t in targets):  # "attacked army barracks at Kutum": the army; Kutum is where
            places = [*(places or []), *(t for t in targets if t.label == "Place" and t not in (places or []))]
            targets = [t for t in targets if t.label != "Place"]
        return Happened(info["type"], info["cameo"], list(dict.fromkeys(actors)), targets, places or [],
                        span.start_char, span.end_char, (sent.start_char, sent.end_char), rule, date, trigger.i,
                        {"clause": clause.i, "conj_head": trigger.head.i if trigger.dep_ == "conj" else None})
