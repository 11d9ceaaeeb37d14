"""Who acts in an event: subjects, agents, owners, signatories, the two sides (who is hit: targets.py).

``Events`` (events.py) decides whether a trigger is an event and of what type; ``Parties`` decides
who takes part in it, from the parse around the trigger and from what the article said before.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from spacy.tokens import Token

from dipgraph.loaders.entities import Entity
from dipgraph.loaders.mentions import Mentions
from dipgraph.loaders.speech import Speech
from dipgraph.loaders.targets import (  # noqa: F401  (AIMED_ROOTS, ATTACK_CODES, finite_modifier: for events.py)
    AIMED_ROOTS,
    ATTACK_CODES,
    CRAFT,
    DELEGATES,
    FIGHTERS,
    PAIR_WINDOW,
    Targets,
    _where,
    finite_modifier,
    manner_of,
    objects_of,
    of_objects,
    singular,
)

# verbs that make their object do what their 'to' clause says: it was done ("forced Kenya to close the border")
CAUSATIVES = ("prompt", "force", "compel", "lead", "cause", "drive", "spur", "oblige")

# nouns that name two states, never two people ("the two countries", "both governments")
STATE_NOUNS = ("country", "government", "nation", "state", "capital", "neighbour", "neighbor")


# verbs whose object helped the parties rather than being one ("thanked Qatar for hosting the talks")
THANKING = ("thank", "praise", "commend", "salute", "hail", "credit", "acknowledge", "appreciate")


class Parties(Targets):
    """The actors and targets around event triggers in one parsed article."""

    def __init__(self, speech: Speech, label_speaker: Callable[[str], Entity] | None = None) -> None:
        self.s = speech
        self.label_speaker = label_speaker  # who speaks a transcript turn, from its label ("MS. ADEBAYO")
        self.m: Mentions = speech.m
        self.doc = speech.doc
        self.offer = set(speech.gaz.events["offer_verbs"])
        pairs = speech.gaz.events["pair_nouns"]
        self.pair_people, self.pair_parties = set(pairs["people"]), set(pairs["parties"])
        places = Counter(e.key for m in self.m.mentions if (e := m.entity).label == "Place" and e.kind != "country")
        focal = [k for k, _ in places.most_common() if not self._capital(self.m.registry.get(k))]
        self.focal_place = self.m.registry.get(focal[0]) if focal else None  # a capital stands for its government
        self._person_countries: dict[str, set[str]] = {}
        self.stands_for: dict[str, str] = {}
        self._acting: list[tuple[int, Entity]] = []  # institutions seen acting, in text order
        for t in self.doc:
            if t.dep_ in ("nsubj",) and t.head.pos_ in ("VERB", "AUX"):
                for e in self.m.resolve(t):
                    if e.label == "Institution" and e.kind in ("government", "armed_group", "ministry"):
                        self._acting.append((t.i, e))

    def _capital(self, place: Entity | None) -> bool:
        """Whether a place is a country's capital or seat of government."""
        hit = self.m.gaz.country(place.name) if place is not None else None
        return hit is not None and hit.how in ("capital", "seat")

    # --- who acts ------------------------------------------------------------------------------

    def own_subject(self, v: Token, together: bool = False, body: bool = False) -> list[Entity]:
        """The subject of a verb, or of the verb it depends on (xcomp, conj), never a reporting verb's.
        A verb with a subject of its own never borrows one ("after Chinese ships fired ..."). With
        ``together`` (a contact or a mutual event), 'they' may name the two parties just named. With ``body``
        (a diplomatic protest), an official's 'we' is the body the official speaks for, not the state."""
        own = any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)
        if v.dep_ == "advcl" and v.head.lemma_ in self.s.lexicon and not own:  # "..., X said, killing 31": not X
            told = next((c for c in v.head.children if c.dep_ == "ccomp"), None)  # but who did what X told
            accused = [e for c in v.head.children if c.dep_ == "dobj" for e in self.m.resolve(c)]
            return self.own_subject(told) if told is not None else accused  # "accused Y of shelling it, killing"
        if v.dep_ == "xcomp" and not own and v.head.lemma_ in CAUSATIVES:  # "prompted Belgrade to put its army
            return [e for c in v.head.children if c.dep_ == "dobj"  # on alert": Belgrade did
                    for e in self.m.resolve(c) if e.label != "Place"]
        between = v.doc[v.head.i + 1:v.i] if v.dep_ == "conj" else []
        borrow = v.dep_ in ("xcomp", "conj", "advcl") and not own and not (
            any(t.dep_ == "mark" for t in between) and not any(t.dep_ == "cc" for t in between))
        # not "X summoned ... after shells fired from Y struck a village", parsed as X's second verb with no 'and'
        hosts = (v, v.head) if borrow or finite_modifier(v) else (v,)
        if (manner := manner_of(v)) is not None and manner.pos_ == "VERB" and not own:
            hosts = (v, manner)  # "Minsk retaliated by banning Lithuanian trucks": Minsk banned them
        if borrow and v.dep_ == "conj" and v.head.dep_ == "xcomp":
            hosts += (v.head.head,)  # "ordered the envoy to leave and recalled its own", parsed as 'leave and recalled'
        for h in hosts:
            heads = []
            for c in h.children:
                if c.dep_ == "nsubj" and c.lower_ == "i" and (speaker := self._turn_speaker(c)) is not None:
                    return [speaker]  # "I met the minister" in an official's turn of a transcript
                me = next((x for x in c.children if x.dep_ == "conj" and x.lower_ == "i"), None)
                if c.dep_ == "nsubj" and me is not None and (speaker := self._turn_speaker(me)) is not None:
                    others = [e for e in self.m.resolve(c) if e.label != "Place" and e is not speaker]
                    if others and all(e.label == "Person" for e in others) \
                            and not self.countries_of(speaker) & {x for e in others for x in self.countries_of(e)}:
                        return [speaker, *others]  # "Minister X and I signed": two sides, the one speaking first;
                        # not "the Prime Minister and I received X", one side
                if c.dep_ == "nsubj" and c.lower_ == "we" and (speaker := self._turn_speaker(c)) is not None:
                    # "We have expelled two diplomats": the official's state; "we summoned the envoy": the ministry
                    return body and self.bodies_of(speaker)[:1] or self._governments_of(speaker)
                if c.dep_ == "nsubj" and c.lower_ in ("which", "who", "that") and h.dep_ == "relcl":
                    heads.append(self.m.antecedent(h))  # "X and Y, which have mediated": both
                elif c.dep_ == "nsubj" and c.i > h.i and any(x.dep_ == "nsubj" and x.i < h.i for x in h.children):
                    continue  # "X summoned [Y's envoy]" parsed as a second subject: Y's envoy is the object
                elif c.dep_ in ("nsubj", "agent"):
                    heads.append(c if c.dep_ == "nsubj" else next(c.children, c))
            if not heads and h.dep_ == "acl" and (h.tag_ == "VBG" or h.head.dep_ == "appos" and self._pair_noun(h.head)
                                          and not any(c.dep_ == "agent" for c in h.children)):
                heads.append(h.head)  # "aircraft operating around the island": the aircraft operate; "a treaty
                # the two countries signed", parsed as 'a treaty, the two countries, signed': the countries sign
                if h.head.dep_ == "conj":  # "27 Chinese aircraft and nine navy ships operating ...": all of them
                    heads.append(h.head.head)
            for head in heads:  # "the two leaders", "both delegations", "they" (met)
                if (found := self.pair(head, together)) is not None:
                    return found
                if found := self._their_government(head):
                    return found
            # "The (army-backed) government [and the Houthis] signed ...", told by no one: the story's government
            bare = [g for head in heads for g in self.m.story_government(head)
                    if not self.m.resolve(head, conj=False) and not self._reporters(head)]
            # Who the subject names; else whose it is ("Hamas fighters", "Houthi rebels")
            for resolve in (self.of_parties, self.m.resolve, self.owners, self.whose):
                # every subject: "A and B held talks" is sometimes parsed as two subjects
                named = [e for head in heads for e in resolve(head) if e.label != "Place"]
                if found := list(dict.fromkeys(bare + named if named and resolve == self.m.resolve else named)):
                    return found
            for head in heads:  # "the government had lodged a protest", told by its spokesman: his government
                if (head.lemma_.lower() in ("government", "cabinet", "authority", "ministry")
                        or self.m.bare_leader(head)) and (found := self._reporters(head)):
                    return found
            if bare:
                return bare
        first = v
        while first.dep_ == "conj" and not own:  # "... to suspend the treaty and to freeze trade": the same decision
            first = first.head
        if first.dep_ == "acl" and first.head.lemma_ in ("decision", "move"):  # "Chad's decision to recall its envoy"
            return self.owners(first.head)
        if v.dep_ == "ROOT" and not own and v.i > 0 and self.doc[v.i - 1].lower_ == ",":
            return self._fronted_subject(v)
        return []

    def _fronted_subject(self, v: Token) -> list[Entity]:
        """The subject the parser hung on a fronted place ("In Adre, UNHCR's representative, A B, met C"): the
        last person or body named before the comma that precedes the verb, in its sentence."""
        named = [m.entity for m in self.m.mentions_between(self.m.sent(v.i).start, v.i - 1)
                 if m.entity.label in ("Person", "Institution")]
        return named[-1:]

    def _their_government(self, head: Token) -> list[Entity]:
        """'her government', said of a person: the government of that person's country; 'his ministry': the
        ministry he holds a post in, else his government."""
        if head.lemma_ not in ("government", "administration", "cabinet", "country", "ministry"):
            return []
        people = [e for c in head.children if c.dep_ == "poss" and c.pos_ == "PRON"
                  for e in self.m.resolve(c) if e.label == "Person"]
        if people and head.lemma_ == "ministry" and (ministries := [b for b in self.bodies_of(people[0])
                                                                     if b.kind == "ministry"]):
            return ministries[:1]
        return self._governments_of(people[0]) if people else []

    def _reporters(self, t: Token) -> list[Entity]:
        """The government of whoever reports the clause a token is in ("Tanaka said the government had ..."), or
        speaks the transcript turn it is in; for "the ministry", the ministry he speaks for."""
        speaker = self._turn_speaker(t)
        for a in t.ancestors:  # never the token's own verb ("the two governments agreed to ..."): its subject
            if a.pos_ == "VERB" and a.lemma_ in self.s.lexicon and a.i != t.head.i:
                speaker = next(iter(self.own_subject(a)), None)
                break
        if speaker is None:
            return []
        if t.lemma_.lower() == "ministry":
            return [b for b in self.bodies_of(speaker) if b.kind == "ministry"][:1]
        return self._governments_of(speaker)

    def bodies_of(self, e: Entity) -> list[Entity]:
        """The bodies a speaker speaks for (``Registry.bodies_of``)."""
        return self.m.registry.bodies_of(e)

    def side_of(self, e: Entity) -> list[Entity]:
        """The party a person or body stands for in what is done to its people: its state's government, but an
        armed group for itself ('freed 30 Houthi fighters', 'received a Houthi delegation')."""
        return [e] if e.kind == "armed_group" else self._governments_of(e) or [e]

    def _governments_of(self, e: Entity) -> list[Entity]:
        """The government of the country a person or institution belongs to (none when it is not one)."""
        return [self.m.registry.government(c.country, count=False)
                for name in sorted(self.countries_of(e))[:1] if (c := self.m.gaz.country(name)) is not None]

    def of_parties(self, t: Token) -> list[Entity]:
        """The parties officials or fighters are 'of': "the foreign ministers of Chile and Peru" (each
        country's foreign ministry), "the leaders of X and Y" (their governments or groups), "fighters of X", "a
        helicopter of the X armed forces"."""
        noun = singular(t)
        if t.pos_ not in ("NOUN", "PROPN") or t.i in self.m.by_token \
                or not (noun in DELEGATES or noun in FIGHTERS or noun in CRAFT or noun in self.m.title_words):
            return []
        if any(c.dep_ == "appos" and (c.head.i == t.i or c.head.head.head.i == t.i)
               and (e := self.m.entity_at(c.i)) is not None and e.label == "Person" for c in t.subtree):
            return []  # "the president of the commission, A B," is A B (however the parser hangs the name)
        words = [c.lower_ for c in t.children if c.dep_ in ("amod", "compound") and c.i not in self.m.country_at]
        hint = self.m.title_hint(" ".join([*words, noun])) if noun == "minister" else None
        found: list[Entity] = []
        for p in t.children:
            if p.dep_ != "prep" or p.lower_ != "of":
                continue
            for o in objects_of(p):
                if o.lemma_ in ("state", "government") and not self.m.resolve(o):  # "heads of state of X"
                    o = next((x for q in o.children if q.dep_ == "prep" and q.lower_ == "of"
                              for x in objects_of(q)), o)
                for x in [o, *(c for c in o.subtree if c.dep_ == "conj")]:
                    country = self.m.country_at.get(x.i)  # even a country hosting talks is a party here
                    if country is not None and hint and hint.startswith("ministry:"):
                        found.append(self.m.registry.ministry(country[0], hint.split(":", 1)[1]))
                    elif country is not None:
                        found.append(self.m.registry.government(country[0]))
                    else:
                        found += [e for e in self.m.resolve(x, conj=False) if e.label != "Place"]
        if found:  # "delegations of X and Y" parsed as "[delegations of X] and Y"
            found += [e for c in t.children if c.dep_ == "conj" for e in self.m.resolve(c) if e.label != "Place"]
        return list(dict.fromkeys(found))

    def whose(self, t: Token) -> list[Entity]:
        """'whose government' in a clause about someone: the government of the country named with them
        ("Turkish Foreign Minister A, whose government hosted the talks")."""
        clause = t.head
        if not any(c.lower_ == "whose" for c in t.children) or clause.dep_ != "relcl" \
                or not (t.lemma_ in self.m.gaz.government_nouns or t.lemma_ in ("country", "nation", "state")):
            return []
        someone = clause.head
        outside = [x for x in someone.subtree if not clause.left_edge.i <= x.i <= clause.right_edge.i]
        countries = [c for c in self.m.countries_in(outside) if not c.venue]
        if countries:
            return [self.m.registry.government(countries[0])]
        return [e for e in self.m.resolve(someone, conj=False) if e.label == "Institution"]

    def pair(self, t: Token, together: bool = False) -> list[Entity] | None:
        """The two parties 'the two leaders', 'both sides' (or, ``together``, 'they') refer to: the two
        people, or two governments or armed groups, named before it in its sentence, or else also in the
        one or two sentences before, when exactly two are named there. None when this cannot tell (the
        mentions' own resolution may); no one when the two named are others ("X and Y urged both
        parties to ...")."""
        if (t.lower_ == "they" or t.lower_ in ("two", "both") and t.dep_ in ("nsubj", "nsubjpass")) and together:
            people_first = True  # "they", "the two" (met), "both" (signed)
        elif self._pair_noun(t) or together and self._plural_pair(t):
            people_first = t.lemma_ in self.pair_people
        else:
            return None
        hi = t.left_edge.i
        lo = max(self.m.sent(t.i).start, hi - PAIR_WINDOW)
        own = self._own_clause_subjects(t) if t.lower_ != "they" else set()  # 'they' often is that subject
        for _ in range(3):
            named = [x for x in self.doc[lo:hi] if self._pair_noun(x)]
            if named and (t.lower_ == "they" or named[-1].i < self.m.sent(t.i).start
                          and (named[-1].lemma_ in self.pair_people) == (t.lemma_ in self.pair_people)):
                return self.pair(named[-1]) or []  # "the two delegations met, where they agreed": the same two
            if named and named[-1].i >= self.m.sent(t.i).start:
                return []
            people, parties = self._named_between(lo, hi, own)
            if people_first and len(people) == 1:  # "B said the two ministers had agreed", A named before: B and A
                people = [*self._speaker_of_the_two(own, people[0]), *people]
            if len(people) > 2 or len(parties) > 2:
                break  # more than two named: the two the story is about, if it tells
            states = t.lemma_ in STATE_NOUNS  # "the two countries" are never two people
            if people_first and len(people) < 2 and len(parties) == 2 and t.lower_ != "they" \
                    and (titled := self._two_of_the_story(t)):
                return titled  # "the two foreign ministers spoke", two governments named nearby: the two so titled
            for group in (people, parties) if people_first else (parties,) if states else (parties, people):
                if len(group) == 2:
                    return self._in_story_order(group)
            while lo > 0 and self.doc[lo - 1].is_space:
                lo -= 1  # a paragraph break is no sentence
            if lo == 0 or self.doc[lo - 1].idx < self.s.body_start:
                break
            lo = max(self.m.sent(lo - 1).start, hi - PAIR_WINDOW)
        return self._two_of_the_story(t) if t.lower_ != "they" else None

    def _speaker_of_the_two(self, own: set[int], other: Entity) -> list[Entity]:
        """The one person whose clause holds 'the two' (its speaker, skipped as no party), when that person is of
        another country than the one other person named: the speaker is then one of the two."""
        speakers = list(dict.fromkeys(m.entity for m in self.m.mentions
                                      if m.start in own and m.entity.label == "Person"))
        if len(speakers) != 1 or speakers[0] is other:
            return []
        mine, theirs = self.countries_of(speakers[0]), self.countries_of(other)
        return speakers if mine and theirs and not mine & theirs else []

    def _in_story_order(self, parties: list[Entity]) -> list[Entity]:
        """Two parties in the order the article first names them: the first acts, the other is its target."""
        first = {}
        for m in self.m.mentions:
            first.setdefault(m.entity.key, m.start)
        return sorted(parties, key=lambda e: first.get(e.key, len(self.doc)))

    def _two_of_the_story(self, t: Token) -> list[Entity] | None:
        """'The two ministers' named further back: the last two people of two countries titled so; 'the two
        countries': the two governments seen acting most before it, when no third acts as often."""
        if t.lemma_ in self.pair_people:
            titled: list[Entity] = []
            anyone = t.lemma_ in ("man", "woman")  # "the two men": any two people, of two countries
            for m in reversed(self.m.mentions):
                e = m.entity
                if m.start < t.i and e.label == "Person" and e not in titled \
                        and (anyone and self.countries_of(e)
                             or any(title and t.lemma_ in title.lower().split() for title, _ in e.roles)) \
                        and not (titled and self.countries_of(e) & self.countries_of(titled[0])):
                    titled.append(e)  # the last two so titled, of two countries: "the two ministers spoke"
            return titled[:2][::-1] if len(titled) >= 2 else None
        if t.lemma_ in STATE_NOUNS or t.lemma_ == "side":
            return self.story_sides(t.i, ("government",)) or None
        return None

    def story_sides(self, before: int, kinds: tuple[str, ...] = ("government", "armed_group")) -> list[Entity]:
        """The two parties a story is about, seen acting most before a token when no third acts as often, in the
        order the story first shows them acting."""
        acting = Counter(e.key for i, e in self._acting if i < before and e.kind in kinds).most_common(3)
        if len(acting) < 2 or len(acting) > 2 and acting[1][1] == acting[2][1]:
            return []
        two = {key for key, _ in acting[:2]}
        return list(dict.fromkeys(e for i, e in self._acting if i < before and e.key in two))

    def _pair_noun(self, t: Token) -> bool:
        """'the two sides', 'both leaders', 'their two governments'; not 'two men', who are new to the story."""
        return (t.lemma_ in self.pair_people or t.lemma_ in self.pair_parties) and (any(
            c.lower_ == "both" and c.dep_ in ("det", "predet", "amod") for c in t.children) or any(
            c.lower_ == "two" and c.dep_ in ("nummod", "amod") for c in t.children) and any(
            c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in t.children))

    def _plural_pair(self, t: Token) -> bool:
        """'the envoys', 'the ministers', 'their foreign ministers' (agreed, met, spoke): a plural of a pair noun
        with no party of its own."""
        mods = list(t.children)
        return t.tag_ == "NNS" and (t.lemma_ in self.pair_people or t.lemma_ in self.pair_parties) \
            and bool(mods) and mods[0].lower_ in ("the", "their") and all(
                c.dep_ in ("amod", "compound") and c.i not in self.m.country_at and not self.m.resolve(c)
                for c in mods[1:])

    def _own_clause_subjects(self, t: Token) -> set[int]:
        """The tokens of whoever acts in the clauses around a token ("Russia, which brokered a truce between
        the two countries": Russia is not one of the two)."""
        skip: set[int] = set()
        for a in [t, *t.ancestors]:
            for c in a.children:
                if c.dep_ in ("nsubj", "nsubjpass") and not c.i <= t.i <= c.right_edge.i:
                    skip.update(range(c.left_edge.i, c.right_edge.i + 1))
            if a.dep_ == "relcl":
                skip.update(x.i for x in a.head.subtree if not a.left_edge.i <= x.i <= a.right_edge.i)
            if a.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in a.children):
                break  # "A called B, and the two agreed": the clause before is no clause around it
        return skip

    def _named_between(self, lo: int, hi: int, skip: set[int] | None = None) -> tuple[list[Entity], list[Entity]]:
        """The people, and the governments or armed groups, named from token lo up to hi (but not in
        ``skip``); a country named as where something happens ('in Oslo') is no party."""
        skip = (skip or set()) | self._thanked(lo, hi)
        people: list[Entity] = []
        parties: list[Entity] = []
        for mention in self.m.mentions_between(lo, hi):
            if mention.start in skip:
                continue
            e = mention.entity
            if e.label == "Person" and e not in people:
                people.append(e)
            elif e.label == "Institution" and e.kind in ("government", "armed_group") and e not in parties:
                parties.append(e)
        for i in range(lo, hi):
            if i in self.m.country_at and i not in skip and not _where(self.doc[i]):
                country = self.m.country_at[i][0]
                gov = self.m.registry.government(country, count=False)
                if not country.venue and gov not in parties:
                    parties.append(gov)
        return people, parties

    def _thanked(self, lo: int, hi: int) -> set[int]:
        """The tokens of whoever is thanked or praised between lo and hi ("we thank Saudi Arabia for facilitating
        the talks"): a helper of the two sides, not one of them."""
        return {t.i for v in self.doc[lo:hi] if v.pos_ == "VERB" and v.lemma_ in THANKING
                for o in v.children if o.dep_ == "dobj" for t in o.subtree}

    def named_subject(self, v: Token) -> bool:
        """Whether a verb has a subject written as a noun (not a pronoun), resolved or not."""
        return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN") for c in v.children)

    def accused(self, v: Token) -> list[Entity]:
        """Who is accused, blamed, thanked or praised for doing it: "Kyiv accused Moscow of shelling the
        plant" (an alleged event, the accuser's statement says so), "thanked Qatar for hosting the talks"."""
        prep = v.head
        judge = prep.head
        if v.dep_ != "pcomp" or not (prep.lower_ == "of" and judge.lemma_ in ("accuse", "blame", "suspect", "convict")
                                     or prep.lower_ == "for" and judge.lemma_ in self.s.lexicon):
            return []
        return [e for c in judge.children if c.dep_ == "dobj" for e in self.m.resolve(c) if e.label != "Place"]

    def blamed_on(self, n: Token) -> list[Entity]:
        """Who is said to have done it: "a bombing that the army blamed on the rebels", "an attack attributed
        to X", "an attack claimed by X"."""
        found: list[Entity] = []
        claim = n.head.head.head if n.dep_ == "pobj" and n.head.lower_ == "for" \
            and n.head.head.lemma_ == "responsibility" else n.head if n.dep_ == "dobj" else None
        if claim is not None and claim.lemma_ in ("claim", "admit", "accept", "acknowledge"):
            found += self.own_subject(claim)  # "X claimed (responsibility for) the attack"
        if n.dep_ == "dobj" and n.head.lemma_ in ("blame", "attribute"):  # "Kenya blamed the attack on the rebels"
            found += [e for p in n.head.children if p.dep_ == "prep" and p.lower_ in ("on", "to")
                      for o in objects_of(p) for e in self.who(o)]
            last = [p for p in n.children if p.dep_ == "prep"][-1:]  # the parser hangs it on the noun
            found += [e for p in last if p.lower_ in ("on", "to") and not found for o in objects_of(p)
                      for e in self.who(o) if e.label == "Person" or e.kind == "armed_group"]
        for c in n.children:
            if c.dep_ not in ("relcl", "acl") or c.lemma_ not in ("blame", "attribute", "claim"):
                continue
            for p in c.children:
                if (p.dep_ == "prep" and p.lower_ in ("on", "to")) or p.dep_ == "agent" and c.lemma_ == "claim":
                    found += [e for o in objects_of(p) for e in self.m.resolve(o)]
        return found

    def noun_modifiers(self, n: Token, venue: bool = False) -> list[Entity]:
        """Who an event noun's modifiers name ("Russian airstrikes", "Hamas's attack"); with ``venue`` (talks,
        meetings), a capital before the noun says where, not who ("the Ankara talks")."""
        return [e for c in n.children if c.dep_ in ("poss", "amod", "compound", "nmod")
                and not (venue and c.dep_ in ("compound", "nmod") and self.m.country_at.get(c.i, (None, ""))[1]
                         == "capital") for e in (c.dep_ == "poss" and self.pair(c) or self.m.resolve(c))]
        # "the two countries' 2010 agreement": theirs

    def noun_agents(self, n: Token, verb: Token | None, frame: Token | None = None,
                    hosted: bool = False) -> list[Entity]:
        """Who an event noun says carried it out: 'by', 'from' or 'between' phrases, the party it is
        blamed on, the agent of its participle ("hostages taken by Hamas", but not "talks hosted by X").
        ``frame`` is the noun that stands for it in its clause ("a new round of talks began")."""
        frame = frame if frame is not None else n
        by = [e for c in n.children if c.dep_ == "prep" and c.lower_ in ("by", "from")
              for o in objects_of(c) for e in self.who(o)]
        by += self.blamed_on(n)
        if verb is not None and (verb.dep_ == "acl" and verb.head.i == n.i or frame.dep_ == "nsubjpass"
                                 and frame.head.i == verb.i) and not hosted:  # "hostages taken by X",
            by += [e for a in verb.children if a.dep_ == "agent"  # "sanctions were imposed on Y by X"
                   for o in objects_of(a) for e in self.m.resolve(o)]
        heads = [n, *(c for c in n.children if c.dep_ == "acl")]
        if verb is not None and frame.dep_ in ("nsubj", "nsubjpass"):  # "talks resumed in Doha between X and Y"
            heads.append(verb)
        return by + [e for e in self._between(heads) if e not in by]

    def _between(self, heads: list[Token]) -> list[Entity]:
        """The parties 'between' names on these tokens, or on a place or channel they are 'in', 'at' or 'over'
        (the parser often hangs it there: "talks in Doha between X and Y", "a call over the hotline between")."""
        preps = [c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "between"]
        preps += [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in ("in", "at", "over", "via")
                  for p in c.subtree if p.dep_ == "prep" and p.lower_ == "between"]
        found: list[Entity] = []
        for p in preps:
            found += [e for o in objects_of(p) for e in self.who(o) if e not in found]
        return found

    def between_sides(self, n: Token) -> list[list[Entity]]:
        """The sides a 'between' phrase on a noun names, each object one side ("fighting between the M23 and
        Congolese and Burundian forces": the M23, and the two armies together)."""
        preps = [c for c in n.children if c.dep_ == "prep" and c.lower_ == "between"]
        objects = [o for p in preps for o in objects_of(p)]
        objects += [c for o in objects for c in o.children if c.dep_ == "conj"]
        return [side for o in objects if (side := [e for e in self.pair(o) or self.m.resolve(o, conj=False)
                                                   or self.owners(o) if e.label != "Place"])]

    def who(self, t: Token) -> list[Entity]:
        """Who a noun phrase names ("the two neighbours" too), else whose it is ("Boko Haram fighters")."""
        pair = self.pair(t)
        return pair if pair is not None else self.m.resolve(t) or self.owners(t)

    def sufferers(self, n: Token, verbs: set[str]) -> list[Entity]:
        """Who an attack is aimed at when the clause tells of it from their side: the subject of a verb
        of fending off ("troops repelled an attack") or of coming 'under' it ("the town came under fire")."""
        if n.dep_ == "dobj" and n.head.lemma_ in verbs:
            verb = n.head
        elif n.dep_ == "pobj" and n.head.lower_ == "under" and n.head.head.pos_ in ("VERB", "AUX"):
            verb = n.head.head
        else:
            return []
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        found = self.own_subject(verb) or [e for c in subjects for e in self.m.resolve(c)] or [
            e for c in subjects for o in of_objects(c) for e in self.m.resolve(o)]  # "a patrol of the UN force"
        if not found and verb.dep_ == "pcomp" and verb.head.head.pos_ in ("VERB", "AUX"):
            found = self.own_subject(verb.head.head)  # "troops returned fire after coming under attack"
        return found

    def signatories(self, n: Token) -> list[Entity]:
        """The parties of an agreement named as 'the signatories/parties/members of' it, with whatever
        they are coordinated with ('the two sides and the other signatories of a 2015 agreement')."""
        prep = n.head
        if n.dep_ != "pobj" or prep.lower_ != "of" or prep.head.lemma_ not in ("signatory", "party", "member"):
            return []
        group = prep.head
        while group.dep_ == "conj":
            group = group.head
        found: list[Entity] = []
        for t in [group, *[c for c in group.subtree if c.dep_ == "conj" and c.head.i == group.i]]:
            found += [e for e in self.m.resolve(t, conj=False) if e.label != "Place" and e not in found]
        return found

    def recent_actor(self, before: int) -> list[Entity]:
        """The last government or armed group seen acting before a token."""
        for i, e in reversed(self._acting):
            if i < before and e.kind in ("government", "armed_group"):
                return [e]
        return []

    def _addressee(self, t: Token) -> Entity | None:
        """The official a reporter's question is put to: the speaker of the next official's turn."""
        if self.label_speaker is None or not self.s.in_question(t.idx):
            return None
        label = next((turn.label for turn in self.s.turns if turn.start > t.idx and turn.label), None)
        return self.label_speaker(label) if label else None

    def _turn_speaker(self, t: Token) -> Entity | None:
        """The official whose transcript turn a token is in (None in a question or outside turns)."""
        if self.label_speaker is None:
            return None
        for turn in self.s.turns:
            if turn.start <= t.idx < turn.end:
                return self.label_speaker(turn.label) if turn.label else None
        return None
