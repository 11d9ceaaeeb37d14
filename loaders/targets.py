"""Who is hit in an event: objects, owners, prepositions, places, and the state a move is aimed at.

A mixin of ``Parties`` (parties.py), which finds who acts; both work on the parse around a trigger
and on what the article said before.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Token

from dipgraph.loaders.entities import Entity
from dipgraph.loaders.names import OFFICIALS

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from dipgraph.loaders.mentions import Mentions

# CAMEO roots of what is given to someone (cooperation, aid): the verb's 'to' names who gets it
GIVING = ("06", "07")
# what an army holds: an attack on a country's positions, posts or convoys is aimed at its army
MILITARY_POSTS = ("position", "post", "outpost", "base", "barracks", "barrack", "convoy", "patrol", "garrison",
                  "trench", "bunker", "unit")
# who leads a state: 'the President' met on a trip is the host country's
LEADERS = ("president", "king", "emir", "sultan", "premier")
ATTACK_CODES = ("18", "19")  # CAMEO roots of assaults and fights: their targets may be places
# CAMEO roots of moves one state aims at another: protest, threaten, show force, reduce relations
AIMED_ROOTS = ("11", "13", "15", "16")  # not 12 (mostly a proposal or treaty is rejected), nor 17 (people are arrested)
# Nouns for the people who act for a party ("the delegations of X and Y"), besides job titles
DELEGATES = {"delegation", "delegate", "official", "representative", "envoy", "negotiator", "diplomat", "head",
             "leader", "chief", "minister", "president", "counterpart"}
# Nouns for the people who fight for a party ("fighters of the X coalition", "members of the group")
FIGHTERS = {"fighter", "rebel", "militant", "member", "gunman", "insurgent", "militiaman", "soldier", "unit"}
# Craft a force sends ("a helicopter of the Russian armed forces", "two ships of the Chinese navy")
CRAFT = {"helicopter", "jet", "aircraft", "plane", "warplane", "bomber", "drone", "ship", "vessel", "boat", "warship",
         "destroyer", "frigate", "corvette", "submarine", "cutter"}


def finite_modifier(v: Token) -> bool:
    """A finite verb the parser took for a noun's modifier ("The rebels [fired missiles]", "X, [telephoned Defence
    Minister] Y"): the noun (or the name it opens) is its object and the noun's subject is its subject."""
    return v.dep_ == "amod" and v.tag_ in ("VBD", "VBZ", "VBP", "VBN") and v.head.pos_ in ("NOUN", "PROPN") \
        and v.i < v.head.i and any(c.dep_ == "nsubj" and c.i < v.i for c in v.children)


def name_head(t: Token) -> Token:
    """The last word of the name a word opens ('Defence' in 'Defence Minister Abdi Warsame': 'Warsame')."""
    while t.dep_ == "compound" and t.head.i > t.i and t.head.pos_ == "PROPN":
        t = t.head
    return t


def manner_of(v: Token) -> Token | None:
    """The head a verb under 'by' tells the manner of ("retaliated by banning": 'retaliated'), else None."""
    return v.head.head if v.dep_ == "pcomp" and v.head.lower_ == "by" else None


def singular(t: Token) -> str:
    """A noun's lemma in lower case, also when a capital made the tagger take it for a name ('Delegations')."""
    lemma = t.lemma_.lower()
    return lemma[:-1] if t.pos_ == "PROPN" and lemma.endswith("s") and not lemma.endswith("ss") else lemma


def objects_of(prep: Token) -> list[Token]:
    """The objects of a preposition."""
    return [o for o in prep.children if o.dep_ == "pobj"]


def of_objects(t: Token) -> list[Token]:
    """What a noun is 'of' ("the first secretary of the Belarusian embassy": the embassy)."""
    return [x for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for x in objects_of(p)]


PAIR_WINDOW = 200  # tokens looked back for the two parties 'the two sides' refers to (a bound on run-on text)
PLACE_NOUNS = {"capital", "city", "town", "port", "province", "region", "village", "resort", "island", "state"}


def _and_again(heads: list[Token]) -> list[Token]:
    """These tokens and every preposition repeated after one of them: "with A (in X) and with B"."""
    again = [p for c in heads if c.dep_ == "prep" for p in c.subtree
             if p.dep_ == "conj" and p.pos_ == "ADP" and p.lower_ == c.lower_]
    again += [p for c in heads if c.dep_ == "prep" for s in c.head.children if s.dep_ == "prep" and s.i != c.i
              and _when_or_where(s) for p in s.children
              if p.dep_ == "conj" and p.pos_ == "ADP" and p.lower_ == c.lower_]  # "with A on Monday and with B"
    return list(dict.fromkeys([*heads, *again]))


def temporal(prep: Token) -> bool:
    """A preposition introducing a time ('on Friday'), not a verb particle ('call on', 'call for')."""
    return any(o.ent_type_ in ("DATE", "TIME") for o in prep.children if o.dep_ == "pobj")


def _when_or_where(prep: Token) -> bool:
    """A preposition saying when or where ("on Tuesday", "in Rabat"), on which the parser may hang the next
    party's phrase."""
    return prep.lower_ in ("in", "at") or temporal(prep)


def _backers(t: Token) -> bool:
    """A country named as a side's sponsor, not its owner: "pro-Russian forces"."""
    return t.i >= 2 and t.doc[t.i - 1].text == "-" and t.doc[t.i - 2].lower_ == "pro" or t.lower_.startswith("pro-")


SIDING = {"solidarity", "support", "behalf", "defence", "defense", "sympathy", "coordination", "concert"}


def _on_whose_side(t: Token) -> bool:
    """A country named as whom an act supports ("closed the border in solidarity with Baku", "in support of
    Kyiv", "on behalf of Mali"): an ally, never the one the act is aimed at."""
    prep = t.head
    return prep.lower_ in ("with", "of") and prep.i > 0 and t.doc[prep.i - 1].lemma_ in SIDING  # however attached


def _where(t: Token) -> bool:
    """A name saying where something happens: the object of 'in' or 'at' ("in Addis Ababa", "in the
    Ethiopian capital", "in Kunming, China"), but not a modifier of something else ("in the Israel-Hamas
    conflict")."""
    while t.dep_ in ("compound", "amod", "appos", "poss", "nmod") and t.head.i != t.i \
            and (t.head.pos_ == "PROPN" or t.head.lemma_ in PLACE_NOUNS):
        t = t.head
    return t.dep_ == "pobj" and t.head.lower_ in ("in", "at")


class Targets:
    """The targets around event triggers (mixed into ``Parties``)."""

    m: Mentions
    doc: Doc
    offer: set[str]
    focal_place: Entity | None
    _person_countries: dict[str, set[str]]
    pair: Callable[..., list[Entity] | None]
    _turn_speaker: Callable[[Token], Entity | None]
    _addressee: Callable[[Token], Entity | None]
    _governments_of: Callable[[Entity], list[Entity]]
    side_of: Callable[[Entity], list[Entity]]
    stands_for: dict[str, str]  # an envoy or counterpart named, and the government the phrase naming him names
    who: Callable[[Token], list[Entity]]

    def owners(self, n: Token, pronouns: bool = True) -> list[Entity]:
        """Who an unnamed object belongs to: "China's ambassador", "two RSF commanders" (and, with
        ``pronouns``, "its envoy")."""
        ours = [c for c in n.children if c.dep_ == "poss" and c.lower_ == "our"]
        if ours and (speaker := self._turn_speaker(ours[0])) is not None:
            return self._governments_of(speaker)  # "fired on our positions", in an official's turn: his state
        yours = [c for c in n.children if c.dep_ == "poss" and c.lower_ == "your"]
        if yours and (official := self._addressee(yours[0])) is not None:  # "summoned your ambassador", asked of
            home = self.m.home_party  # an official: his state, else the state whose briefing it is
            return self._governments_of(official) or ([self.m.registry.government(home)] if home else [])
        mods = [c for c in n.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
        mods += [g for c in mods if c.dep_ == "compound" and not self.m.resolve(c) for g in c.children
                 if g.dep_ in ("poss", "compound", "amod", "nmod")]  # "ELN weapons depots": the depots' owner
        return [e for c in mods if (pronouns or c.pos_ != "PRON") and not _backers(c)
                for e in self.m.resolve(c) if e.label != "Place"]

    def whose_envoys(self, objects: list[Token]) -> list[Entity]:
        """Whose envoys these objects are: their owner ("Cambodia's chargé d'affaires, X"), else the first country
        their phrase names ("Russian Ambassador X"); then the envoy, when the phrase names him."""
        states = [g for o in objects for e in [x for h in (o, *of_objects(o)) for x in self.owners(h, pronouns=False)
                                               if x.label != "Person"][:1] or [
            self.m.registry.government(self.m.country_at[t.i][0], count=False) for t in o.subtree
            if t.i in self.m.country_at][:1] for g in self.side_of(e)]
        # "two members of our embassy in X": the speaker's state; "the first secretary of X's embassy": X
        envoys = self.envoys_named(objects)
        self.speak_for(envoys, states)
        return states + envoys

    def speak_for(self, people: list[Entity], states: list[Entity]) -> None:
        """Record that these people, named in the phrase that names the first of these states, stand for it: one
        side of an event with it."""
        for person in people:
            for state in states[:1]:
                self.stands_for[person.key] = state.key

    def envoys_named(self, objects: list[Token]) -> list[Entity]:
        """The people an envoy's phrase names ("Vietnam's ambassador, A B", "Iraqi Ambassador A B", "a delegation
        led by A B"), not those of any other phrase hung on it ("the ambassador in the country A B governs")."""
        found = [self.m.entity_at(t.i) for o in objects for t in (o, *o.children)
                 if t.i == o.i or t.dep_ in ("appos", "compound")]
        found += [self.m.entity_at(x.i) for o in objects for c in o.children if c.dep_ == "acl"
                  and c.lemma_ in ("lead", "head") for a in c.children if a.dep_ == "agent"
                  for x in objects_of(a)]  # "the Iranian delegation, led by Deputy Minister A B'
        return [e for e in dict.fromkeys(found) if e is not None and e.label == "Person"]

    def _named_by(self, o: Token, hit: bool) -> list[Entity]:
        """Who a target phrase names, else whose people it names ("sanctions on three RSF commanders"),
        or for an attack (``hit``) whose anything ("strikes on RSF positions"); never a talk's subject
        ("talks on Iran's nuclear programme")."""
        found = self.m.resolve(o)
        people = singular(o) in DELEGATES or singular(o) in self.m.title_words \
            or o.lemma_ in self.m.gaz.government_nouns
        if not found and hit and singular(o) in MILITARY_POSTS and not any(c.lower_ == "our" for c in o.children):
            # "fired on Azerbaijani positions": its army's ("our positions", in an official's words: his state's)
            return [self.army_of(e) for e in self.owners(o, pronouns=False)] or self.the_army([o])
        found = found or (self.owners(o, pronouns=False) if hit or people else [])
        return found or (self.the_army([o]) if hit else [])

    def army_of(self, e: Entity) -> Entity:
        """A government's army (a country's posts and positions are its army's); anyone else as is."""
        return (self.m.forces_of([e], "Army", count=False) or [e])[0]

    def the_army(self, objects: list[Token]) -> list[Entity]:
        """The army an attack's object belongs to when it names no country ("overran army positions",
        "ambushed an army convoy"): the army the story means (``story_army``)."""
        military = any(c.lower_ in ("army", "military") and c.dep_ in ("compound", "amod", "nmod") and c.i < o.i
                       for o in objects for c in o.subtree)  # "an army supply convoy"
        return [army] if military and (army := self.m.story_army()) is not None else []

    def object_targets(self, objects: list[Token], between: bool = True, preps: tuple[str, ...] = ()) -> list[Entity]:
        """Who a verb's objects name: the object itself, else whom it is 'of', 'between' ("mediated talks
        between X and Y") or one of ``preps`` ("cut ties with X"), else where an envoy is 'from' or 'to',
        else its owner ("its envoy from Madrid", "China's ambassador")."""
        targets: list[Entity] = []
        whose = ("of", "between", *preps) if between else ("of", *preps)
        for c in objects:
            targets += self.pair(c) or self.m.resolve(c) \
                or [e for p in c.children if p.dep_ == "prep" and p.lower_ in whose
                    for o in p.children for e in self.m.resolve(o)] \
                or [e for p in c.children if p.dep_ == "prep" and p.lower_ in ("from", "to")
                    and c.lower_ in self.m.title_words for o in p.children for e in self.m.resolve(o)] \
                or self.owners(c) or self._the_leader_there(c) or [  # "struck one of its convoys": whose convoys
                    e for o in (of_objects(c) if c.pos_ == "NUM" else []) for e in self.owners(o)]
        return targets

    def counterparts(self, v: Token, actors: list[Entity]) -> list[Entity]:
        """'his Kuwaiti counterpart', named elsewhere in the story: the one person of that country who holds an
        actor's title."""
        titles = {title.lower() for a in actors if a.label == "Person" for title, _ in a.roles if title}
        found: list[Entity] = []
        for o in v.subtree:
            if o.lemma_ != "counterpart" or o.dep_ not in ("pobj", "dobj") or not titles:
                continue
            named = [x for c in o.children for x in (c, *(d for d in c.children if d.dep_ == "conj"))]
            for country in dict.fromkeys(self.m.country_at[c.i][0].name for c in named if c.i in self.m.country_at):
                # "his Saudi and Emirati counterparts": each country's
                people = [e for e in self.m.registry.of_label("Person") if e not in actors
                          and any(title and title.lower() in titles for title, _ in e.roles)
                          and country in self.countries_of(e)]
                if len(people) == 1:
                    found += people
                    self.speak_for(people, self._governments_of(people[0]))
        return found

    def _the_leader_there(self, c: Token) -> list[Entity]:
        """'the President', 'the Prime Minister' met with no name nor country: the leader of the country named
        last, in this sentence or the one before ("I was in Juba on Friday ... I met the President")."""
        if c.lower_ not in LEADERS or not any(d.lower_ == "the" for d in c.children) \
                or any(d.dep_ in ("compound", "amod", "poss") for d in c.children):
            return []
        country = self.m.country_just_named(c.i)
        return [self.m.registry.government(country, count=False)] if country is not None else []

    def prep_targets(self, heads: list[Token], contact: bool, hit: bool = False) -> list[Entity]:
        """Who a verb's prepositions point at ("with", "against", "at" ...); for a contact, every person
        named in a 'with' phrase ("with minister A and minister B", however parsed); for an attack (``hit``),
        whose the thing hit is ("fired on our positions")."""
        targets: list[Entity] = []
        for c in _and_again(heads):
            if c.dep_ in ("prep", "conj") and c.lower_ in ("with", "from", "on", "against", "to", "at", "into",
                                                            "between") and not (contact and c.lower_ == "at"):
                for o in objects_of(c):
                    if _on_whose_side(o):
                        continue  # "in solidarity with Baku": an ally
                    found = self.who(o) if c.lower_ == "between" else self._named_by(o, True) if hit \
                        else self.m.resolve(o)
                    if not found and contact and c.lower_ == "with" and o.tag_ == "NNS" and singular(o) in DELEGATES:
                        found = self.owners(o, pronouns=False)  # "with her Polish and Lithuanian counterparts"
                    targets += found
                    if contact and c.lower_ == "with":
                        people = [e for t in o.subtree if (e := self.m.entity_at(t.i)) is not None
                                  and e.label == "Person" and e not in targets]
                        if not people and (o.lower_ in self.m.title_words or o.lemma_ in OFFICIALS) \
                                and self.doc[o.right_edge.i + 1:o.right_edge.i + 2].text == ",":
                            people = self._named_after(o.right_edge.i + 1)  # "with her Greek counterpart, A B,"
                            # "with the Somali foreign minister, A B": one side
                            self.speak_for(people, [e for e in targets if e.label != "Person"][-1:])
                        targets += people
                if contact and c.lower_ == "with" and not objects_of(c):  # its object parsed elsewhere
                    targets += [e for e in self._named_after(c.i) if e not in targets]
        return targets

    def _named_after(self, i: int) -> list[Entity]:
        """The person named right after token i, up to the next punctuation ("with [Minister A], the ...")."""
        for t in self.doc[i + 1:min(i + 12, len(self.doc))]:
            if t.is_punct:
                break
            if (e := self.m.entity_at(t.i)) is not None and e.label == "Person":
                return [e]
        return []

    def noun_targets(self, n: Token, verb: Token | None, cameo: str) -> list[Entity]:
        """Who an event noun is aimed at ("attacks on X", "talks with Y"); for an attack that is a verb's
        object, the verb's target too ("launched drones at X", "condemned airstrikes on X")."""
        hit = cameo.startswith(ATTACK_CODES)
        preps = ("on", "against", "with", "to", "over", "around", "near", "off", "at") + (("of",) if hit else ())
        told_in = verb is not None and n.dep_ == "pobj" and n.head.head.i == verb.i  # "raised it with X in a call"
        hosts = [verb] if verb is not None and (verb.dep_ == "acl" and verb.head.i == n.i or told_in) else []
        if told_in:  # "raised the issue with X in a call", 'with' hung on the issue
            hosts += [c for c in verb.children if c.dep_ == "dobj"]
        own = _and_again([c for c in n.children if c.dep_ == "prep"] + [  # "an agreement signed with Colombo"
            c for h in hosts for c in h.children if c.dep_ == "prep" and c.lower_ == "with"])
        targets = [e for c in own if c.lower_ in preps  # "the invasion of X" too
                   for o in objects_of(c) for e in self._named_by(o, hit)]
        targets += [e for c in own if c.lower_ == "with" and not objects_of(c)
                    for e in self._named_after(c.i) if e not in targets]  # its object parsed elsewhere
        if n.dep_ == "nsubj" and n.head.lemma_ in self.offer:
            targets += self.offered_to(n.head)
        head = n.head if n.dep_ == "dobj" and n.head.pos_ == "VERB" else None  # "condemned airstrikes on X"
        if head is not None and cameo.startswith(ATTACK_CODES) and head.lemma_ not in ("blame", "attribute"):
            preps = [c for c in head.children if c.dep_ == "prep"]
            preps += [p for w in preps if w.lower_ == "with" for o in objects_of(w) for p in o.children
                      if p.dep_ == "prep"]  # "opened fire with mortars on X"
            targets += [e for c in preps if c.lower_ in ("at", "on", "against", "into")
                        for o in objects_of(c) for e in self._named_by(o, True)]
        elif head is not None and verb is not None and verb.i == head.i and not targets:  # "imposed sanctions on X"
            targets += [e for c in head.children if c.dep_ == "prep" and c.lower_ in ("on", "against", "with")
                        for o in objects_of(c) for e in self._named_by(o, hit)]
            targets += [e for e in self.prep_targets(list(head.children), True) if e not in targets
                        and any(c.dep_ == "prep" and c.lower_ == "with" for c in head.children)]
        if not targets and verb is not None and not hit:  # "handed Peru's envoy, A B, a note": Peru and A B
            targets += [e for c in verb.children if c.dep_ == "dative" for e in self.whose_envoys([c])
                        if e.label != "Place"]
        if not targets and verb is not None and cameo.startswith(GIVING):  # "extend aid of $3 million to Bangladesh"
            targets += [e for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                        for o in objects_of(c) for e in self.m.resolve(o) if e.label != "Place"]
        return targets

    def offered_to(self, v: Token) -> list[Entity]:
        """Whom a verb of offering is addressed to: "proposed a truce to X", "offered X a deal",
        "presented X with a plan"."""
        heads = [v, *(c for c in v.children if c.dep_ == "dobj")]  # "a plan to X" however attached
        found = [e for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "to"
                 for o in objects_of(c) for e in self.m.resolve(o)]
        with_thing = any(c.dep_ == "prep" and c.lower_ == "with" for c in v.children)
        found += [e for c in v.children if c.dep_ == "dative" or c.dep_ == "dobj" and with_thing
                  for e in self.m.resolve(c)]
        return [e for e in found if e.label != "Place"]

    def places_hit(self, v: Token) -> list[Entity]:
        """The place an attack hits when its object names none: "struck port infrastructure in Odesa"."""
        scope = [t for c in v.children if c.dep_ in ("dobj", "nsubjpass", "prep")
                 and c.lower_ not in ("from", "since", "for") for t in c.subtree]
        return [e for e in dict.fromkeys(self.m.entity_at(t.i) for t in scope)
                if e is not None and e.label == "Place" and e.kind != "country"][:1]

    def other_government(self, v: Token, actors: list[Entity], hit: bool = False,
                         counterpart: bool = False, deal: bool = False) -> list[Entity]:
        """The first government the sentence names besides the actors and their own countries; a capital
        naming a treaty or a process ("the Paris agreement", "the Minsk format") names no government, nor,
        unless the event is an attack (``hit``: "struck targets in Lebanon"), a place where it happened
        ("signed a pact in Addis Ababa"). With ``counterpart`` (a move aimed at another state: a closure,
        a recall, a show of force), a sentence naming none gives the country the article names most
        besides the actors' own, when theirs is one of the three it names most. So does a ``deal`` one party
        made ("France signed the agreement in 2019"), unless that country is where the sentence has it made."""
        named = [t for t in self.m.sent(v.i) if t.i in self.m.country_at
                 and not (self.m.country_at[t.i][1] == "capital" and t.dep_ in ("compound", "nmod")
                          and t.head.pos_ == "NOUN")
                 and (hit or not _where(t)) and not _on_whose_side(t)]
        own = {c for a in actors for c in self.countries_of(a)}  # "Mali's army", "Mali's president": no target
        for country in self.m.countries_in(named):
            gov = self.m.registry.government(country, count=False)
            if gov not in actors and not country.venue and country.name not in own:
                return [gov]
        other = next((c for c in self.m.dominant if c.name not in own), None)
        if deal and other is not None and any(t.i in self.m.country_at and _where(t)
                                              and self.m.country_at[t.i][0].name == other.name
                                              for t in self.m.sent(v.i)):
            return []  # "signed a pact in Addis Ababa": where, not with whom
        if (counterpart or deal) and other is not None and any(c.name in own for c in self.m.dominant[:3]):
            gov = self.m.registry.government(other, count=False)
            return [gov] if gov not in actors else []
        return []

    def countries_of(self, e: Entity) -> set[str]:
        """The country an institution belongs to, or the countries named in a person's titles ("Indian
        Prime Minister A", "Kenya's president, B")."""
        if e.label == "Institution":
            return {e.country} if e.country else set()
        if e.key not in self._person_countries:
            found: set[str] = set()
            for m in self.m.mentions:
                if m.entity is e:
                    head = self.doc[m.end - 1]
                    found |= {c.name for c in self.m.countries_between(head.left_edge.i, m.start)}
            if not found:  # "State Department spokesman Tom Booth": his institution's country
                found = {inst.country for _, key in e.roles if (inst := self.m.registry.get(key)) is not None
                         and inst.country}
            self._person_countries[e.key] = found
        return self._person_countries[e.key]

    def default_target(self, info: dict, actors: list[Entity], n: Token) -> list[Entity]:
        """The target of an event that names none: where an attack, siege or truce happens; the other
        government of a sanction, a protest or a deal made by one party."""
        if info["cameo"].startswith(("19", "18", "08")):
            place = self.place_nearby(n)
            return [place] if place is not None else []
        aimed = info["cameo"].startswith(AIMED_ROOTS)
        if (aimed or info["cameo"].startswith(("04", "05", "12"))) and (len(actors) == 1 or info.get("per_actor")):
            return self.other_government(n, actors, counterpart=aimed,  # two parties acting together: between them
                                         deal=info["cameo"].startswith("05"))
        return []

    def place_nearby(self, n: Token) -> Entity | None:
        """Where an attack, siege or truce with no stated target happens: a place named in its sentence,
        or else in the next sentence of the same paragraph (which often says who suffers it), or else
        the place the article is mostly about."""
        sent = self.m.sent(n.i)
        spans = [sent]
        if sent.end < len(self.doc):
            after = self.m.sent(sent.end)
            if "\n\n" not in self.m.text[sent.end_char:after.start_char] and not self.doc[sent.end].is_space:
                spans.append(after)
        for span in spans:
            for mention in self.m.mentions_between(span.start, span.end):
                if mention.entity.label == "Place" and mention.entity.kind != "country":
                    return mention.entity
        return self.focal_place
