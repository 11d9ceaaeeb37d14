"""Who says or does something: the subject of a verb, resolved through pronouns, documents and frames.

Part of Speech (a mixin): it uses the parsed document, the mentions and the reporting lexicon.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from dipgraph.loaders.act_forms import has_subject, perfect
from dipgraph.loaders.clause_dates import DOCUMENTS, clause_verb
from dipgraph.loaders.entities import Entity

if TYPE_CHECKING:
    from dipgraph.loaders.mentions import Mentions

_POSSESSIVES = {"his", "her", "its", "their"}
_BODY_NOUNS = {"ministry", "office", "department", "presidency", "army", "military", "navy", "commission",
               "agency", "mission", "council", "embassy", "police", "command"}
_ISSUING = {"issue", "release", "publish", "send", "post", "put", "adopt", "sign", "deliver"}
_PRONOUN_REACH = 200  # tokens a pronoun looks back for its subject (bounded on run-on text)
PRONOUN_LABEL = {"he": ("Person", "m"), "she": ("Person", "f"), "it": ("Institution", None)}


class SpeakerFinder:
    """The speaker of a verb: mixed into Speech, whose state (doc, mentions, lexicon) it uses."""

    doc: Doc
    m: Mentions
    lexicon: dict
    in_quote: list[bool]

    def speakers(self, verb: Token) -> tuple[list[Entity], bool]:
        """Who performs a verb (people and institutions only): its subject, an inherited one, 'from' X."""
        found, pron = self._known_speakers(verb)
        return [e for e in found if e.label != "Place"], pron

    def _known_speakers(self, verb: Token) -> tuple[list[Entity], bool]:
        """_speakers, found once a verb: finders look back at earlier verbs ('the ministry added')."""
        cache: dict[int, tuple[list[Entity], bool]] = self.__dict__.setdefault("_speaker_cache", {})
        if verb.i not in cache:
            # while a verb's speaker is being found, a finder that comes back to it ('Urging calm, the ministry
            # said': the ministry is the body that spoke just before, and that is this verb) finds no one
            cache[verb.i] = ([], False)
            cache[verb.i] = self._speakers(verb)
        return cache[verb.i]

    def _issuer(self, noun: Token) -> list[Entity]:
        """Who issued 'the statement' that says something: the subject of the last verb before it that
        issued, released or published a statement ('The ministry issued a statement. The statement said ...')."""
        for t in reversed(self.doc[max(noun.i - 120, 0):noun.i]):
            if t.lemma_ in DOCUMENTS and t.dep_ == "dobj" and t.head.lemma_ in _ISSUING:
                return self.speakers(t.head)[0]
            if t.lemma_ in DOCUMENTS:  # "according to a joint statement issued by the two armies"
                agents = [o for a in t.children if a.dep_ == "acl" and a.lemma_ in _ISSUING for b in a.children
                          if b.dep_ == "agent" for o in b.children if o.dep_ == "pobj"]
                if agents:
                    return [e for e in self.m.resolve(agents[0]) if e.label != "Place"]
        return []

    def _speakers(self, verb: Token) -> tuple[list[Entity], bool]:
        if quoted := _quoted_as_saying(verb):  # 'a readout quoted X as saying ...': X
            found = [e for e in self.m.resolve(quoted) if e.label != "Place"]
            if found:
                return found, False
        subjects = [self.after_comma(c) for c in verb.children if c.dep_ in ("nsubj", "csubj")]
        commas = [t.i for t in self.doc[subjects[0].i:verb.i] if t.text == ","] if len(subjects) > 1 else []
        if commas and any(c.i > commas[-1] for c in subjects):  # 'The United States, spokesman X said, remained
            subjects = [c for c in subjects if c.i > commas[-1]]  # ...': the parser gave 'said' both subjects
        if not subjects and misparsed_finite(verb):
            subjects = [verb.head]  # "Its spokeswoman, X, called on ...": a finite verb parsed as the noun's modifier
        if not subjects and verb.dep_ == "ROOT":
            subjects = _fronted_appositive(verb)  # "In Hargeisa, the foreign minister, X, welcomed ..."
        if not subjects and verb.dep_ == "ROOT" and verb.lemma_ in self.lexicon and (
                named := _name_before(verb)) is not None and (
                found := [e for e in self.m.resolve(named) if e.label in ("Person", "Institution")]):
            return found, False  # '"...," Mwangi told reporters', 'X, asked about the summons, said ...'
        for c in subjects:
            if c.lower_ in PRONOUN_LABEL and (found := self._pronoun_subject(c)):
                return found, True
            if found := self.group(c) or self._they(c):
                return found, True
            if (found := self._named_in_apposition(c)) or (found := self._titled_in_the_name(c)):
                return found, False
            if (found := self._fronted_possessor(c)) or (found := self._same_body(c)):
                return found, False
            if found := self.body_of_unnamed(c):
                return found, False  # 'A senior official at the Energy Ministry said ...': the ministry
            if (earlier := self._same_unnamed(c)) is not None:
                return self.speakers(earlier)  # 'A U.N. official said ... . X was expected to ..., the official said'
            sides = [o for p in c.children if p.dep_ == "prep" and p.lower_ in ("on", "from") for o in p.children
                     if o.dep_ == "pobj" and any(d.lower_ in ("both", "two") for d in o.children)
                     and (c.lower_ in self.m.gaz.government_nouns or c.lemma_ in self.m.gaz.government_nouns)]
            # "officials on both sides" speak for the two sides; "residents on both sides" for nobody
            found = (self.m.resolve(sides[0]) if sides else []) or self.m.resolve(c)  # "officials on both sides"
            if not found and c.dep_ == "appos" and c.head.dep_ in ("nsubj", "nsubjpass"):
                found = self.m.resolve(c.head)  # '"...," Ana Vega, the UN's Special Representative, told ...'
            pron = c.lower_ in ("he", "she", "it", "they", "which", "who")
            if found:
                return found, pron
            for p in c.children:  # "a statement from the prime minister's office"
                if p.dep_ == "prep" and p.lower_ == "from":
                    return [e for o in p.children for e in self.m.resolve(o)], False

            if c.lemma_ in DOCUMENTS and (issuer := [e for d in c.children if d.dep_ in ("compound", "poss", "nmod")
                                                     for e in self.m.resolve(d) if e.label != "Place"]):
                return issuer, False  # 'A JNIM statement claimed ...', 'the Kremlin's statement said ...'
            if c.lemma_ in DOCUMENTS and (issuer := self._issuer(c)):
                return issuer, False
            if (each := self._each_side(c)) or (each := self._surname(c)) or (each := self._both_officials(c)) \
                    or (each := self._the_government(c)) or (each := self.last_named_body(c)):
                return each, False
        if subjects:
            return [], False
        if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and any(
                c.lower_ == "according" for c in verb.children) and (shared := self._shared_subject(verb)):
            return shared, False  # 'X and Y spoke on Monday and agreed to ..., according to a statement from the
            # ministry': X and Y agreed; the statement tells it (according_to)
        for c in verb.children:
            if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in ("from", "according")):
                objs = [o for o in c.subtree if o.dep_ == "pobj"]
                if objs and (found := self.m.resolve(objs[0])):  # not 'according to a readout': climb on
                    return found, False
            if c.dep_ == "dobj" and c.lower_ in ("statement", "communique", "communiqué"):
                found = self.m.resolve(c)
                if found:
                    return found, False
        if verb.dep_ == "conj" and (said := self._after_relative(verb)) is not None:
            return self.speakers(said)  # '..., according to the movement, which called it X and vowed to ...'
        if (said := self._back_to_the_teller(verb)) is not None:
            return self.speakers(said)  # 'X said the office had "noted with concern" the attack, and called on ...'
        if (verb.dep_ == "conj" or verb.dep_ == "advcl" and verb.tag_ == "VBG" and self.lexicon.get(
                verb.lemma_, {}).get("act") not in (None, "assert", "comment")) and (doer := self._readout_doer(verb)):
            return doer, False  # 'X spoke with Y, his office said, and told him that ...', '..., urging both to
        if verb.dep_ in ("advcl", "xcomp", "conj", "ccomp", "pcomp", "dep") and verb.head.i != verb.i:
            head = verb.head
            fallback: tuple[list[Entity], bool] | None = None
            reported = False  # climbed out of a fronted reported clause: its reporter is not who acts in it
            while True:
                if reported and fallback and fallback[0] and head.i > verb.i:
                    return fallback  # "X telephoned Y and invited both to Ankara, his ministry said": X invited
                if head.lemma_ in self.lexicon:
                    found = self.speakers(head)
                    if found[0]:
                        return found
                participle = verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(
                    c.dep_ == "mark" for c in verb.children)  # "went further, warning that ..."
                garbled = verb.dep_ == "dep" and verb.tag_ == "VBD"  # a finite verb the parser left unattached
                if fallback is None and (verb.dep_ in ("xcomp", "conj") or participle or garbled) \
                        and head.pos_ in ("VERB", "AUX"):
                    fallback = self.speakers(head)
                    if fallback[0] and head.dep_ == "conj" and has_subject(head):
                        return fallback  # "X accused Y, and Z repeated that charge, saying ...": Z says it
                    if fallback[0] and participle and head.dep_ == "ccomp" and has_subject(head) and all(
                            e.label == "Person" for e in fallback[0]):
                        return fallback  # 'the ministry said Minister X had handed the envoy a note, describing
                        # the ruling as ...': X, who handed it
                if head.head.i == head.i:
                    break
                reported = reported or head.dep_ == "ccomp"
                head = head.head
            return fallback or ([], False)
        return [], False

    def _shared_subject(self, verb: Token) -> list[Entity]:
        """The people or bodies a verb's conjunct head has as its subject ('A and B spoke ... and agreed')."""
        for c in verb.head.children:
            if c.dep_ == "nsubj":
                c = self.after_comma(c)
                found = self.group(c) or self._named_in_apposition(c) or self.m.resolve(c)
                return [e for e in found if e.label in ("Person", "Institution")]
        return []

    def _readout_doer(self, verb: Token) -> list[Entity]:
        """Who does a verb the parser coordinated with a readout's 'said' ('X spoke with Y, his office said, and
        told him ...'): the subject of the clause the readout tells, when that clause comes first."""
        head = verb.head
        if has_subject(verb) or head.lemma_ not in self.lexicon or head.i > verb.i:
            return []
        told = told_before(head, head.i)
        subjects = [s for c in told[:1] for s in c.children if s.dep_ == "nsubj"]
        return [e for s in subjects for e in self.m.resolve(s) if e.label == "Person"]

    def body_of_unnamed(self, subject: Token) -> list[Entity]:
        """'a senior official at the Energy Ministry', 'a diplomat with the EU mission', 'a source in the
        ministry': an official left unnamed speaks for the one body named with the post (not for a capital)."""
        if subject.lemma_ not in UNNAMED_OFFICIALS or subject.pos_ != "NOUN" or any(
                (e := self.m.by_token.get(t.i)) is not None and e.label == "Person" for t in subject.subtree) \
                or self.after_comma(subject) is not subject:
            return []  # ('A State Department spokeswoman, X, said': X)
        bodies = [e for p in subject.children if p.dep_ == "prep" and p.lower_ in ("at", "in", "with", "within")
                  for o in p.children if o.dep_ == "pobj" and o.i not in self.m.country_at  # ('a diplomat in Athens'
                  for e in self.m.resolve(o, conj=False) if e.label == "Institution"]  # is no one's voice)
        bodies += [e for c in subject.children if c.dep_ in ("nmod", "compound") and c.i not in self.m.country_at
                   and (e := self.m.by_token.get(c.i)) is not None and e.label == "Institution"
                   and e.kind != "government"]  # 'a British Ministry of Defence spokesperson': the ministry
        return bodies if len(bodies) == 1 else []

    def _same_unnamed(self, subject: Token) -> Token | None:
        """'the official' after 'A U.N. official ... said': the verb that unnamed official spoke with before."""
        if subject.lemma_ not in UNNAMED_OFFICIALS or [d.lower_ for d in subject.children if d.dep_ == "det"] != [
                "the"] or len(list(subject.children)) > 1:
            return None
        for t in reversed(self.doc[max(0, subject.i - _PRONOUN_REACH):subject.i]):
            if t.lemma_ == subject.lemma_ and t.dep_ == "nsubj" and t.head.lemma_ in self.lexicon and any(
                    d.dep_ == "det" and d.lower_ in ("a", "an") for d in t.children):
                return t.head
        return None

    def _back_to_the_teller(self, verb: Token) -> Token | None:
        """A reporting verb in the past the parser coordinated with the pluperfect verb of what was said ('X said
        the office had noted the attack, and called on both sides to ...'): the tense says it goes with 'said'."""
        head = verb.head
        if verb.dep_ != "conj" or verb.tag_ != "VBD" or has_subject(verb) or verb.lemma_ not in self.lexicon \
                or not perfect(head) or head.dep_ != "ccomp" or head.head.tag_ != "VBD" \
                or head.head.lemma_ not in self.lexicon or not any(a.lower_ == "had" for a in head.children):
            return None
        return head.head

    def _after_relative(self, verb: Token) -> Token | None:
        """A verb the parser coordinated with a far clause though it follows a relative clause of speech
        ('..., which called the strike X and vowed to retaliate'): that relative clause's verb."""
        for t in reversed(self.doc[verb.head.i + 1:verb.i]):
            if t.dep_ == "relcl" and t.pos_ == "VERB" and (t.lemma_ in self.lexicon or t.lemma_ == "call") \
                    and all(x.is_punct or x.dep_ == "cc" for x in self.doc[t.right_edge.i + 1:verb.i]) \
                    and any(c.dep_ == "nsubj" for c in t.children):
                return t
        return None

    def group(self, subject: Token) -> list[Entity]:
        """'the two agreed', 'The three condemned', 'the two ministers': the people who spoke, met or talked
        together in the latest clause naming that many of them ('X spoke with Y and then with Z'), else, for
        a title ('the two ministers'), the last that many people named with it."""
        number = _count(subject)
        if number is None:
            return []
        noun = subject.lemma_.lower() if subject.pos_ == "NOUN" else None
        body = noun in _BODY_NOUNS
        if noun is not None and noun not in self.m.title_words and noun not in _GROUP_NOUNS and not body:
            return []  # 'the two sides', 'both countries': parties, not people (Mentions reads them)
        sent = self.m.sent(subject.i)
        start = self.m.sent(sent.start - 1).start if sent.start > 0 else sent.start
        for v in reversed(self.doc[max(start, subject.i - _PRONOUN_REACH):subject.i]):
            if v.pos_ != "VERB" or v.i == subject.head.i:
                continue
            people = [e for e in self._together(v) if e.label == "Person" or noun is None]
            if body:  # 'according to both ministries': the ministry each of them serves in
                people = [b for p in people for _t, key in p.roles[:1] if (b := self.m.registry.get(key)) is not None
                          and noun in b.name.lower()]
            if len(people) == number:
                self.__dict__.setdefault("_group_verbs", {})[subject.i] = v.i
                return people
        met: list[Entity] = []  # 'where I met X, and in Y on Monday, where I met Z. Both told me ...'
        for v in reversed(self.doc[max(start, subject.i - _PRONOUN_REACH):subject.i]):
            if v.pos_ == "VERB" and v.lemma_ in _MEETING:
                met += [e for e in self._together(v) if e.label == "Person" and e not in met]
        if noun is None and len(met) == number:
            return met[::-1]
        if noun is None or noun in _GROUP_NOUNS or body:
            return []
        titled: list[Entity] = []
        for m in reversed(self.m.mentions_between(max(0, subject.i - 400), subject.i)):
            if m.entity.label == "Person" and m.entity not in titled and any(
                    noun in (title or "").lower() for title, _key in m.entity.roles):
                titled.append(m.entity)
        return titled[:number][::-1] if len(titled) >= number else []

    def _named_in_apposition(self, subject: Token) -> list[Entity]:
        """'the chief negotiators, X and Y, had agreed ...': the people a plural subject names in apposition."""
        if subject.tag_ != "NNS":
            return []
        people = self._people_in_apposition(subject)
        return people if len(people) >= 2 else []

    def _titled_in_the_name(self, subject: Token) -> list[Entity]:
        """'The Council of Europe's Secretary General, X, urged ...', parsed as the Council urging with 'of Europe's
        Secretary General' hung on it: the person named in apposition to the title that ends the 'of' phrase."""
        titles = [o for p in subject.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                  if o.dep_ == "pobj" and o.lower_ in self.m.title_words and any(c.dep_ == "poss" for c in o.children)]
        return list(dict.fromkeys(e for o in titles for e in self._people_in_apposition(o)))

    def _people_in_apposition(self, t: Token) -> list[Entity]:
        """The people named in apposition to a token, each once, in text order."""
        return list(dict.fromkeys(m.entity for a in t.children if a.dep_ == "appos"
                                  for m in self.m.mentions_between(a.left_edge.i, a.right_edge.i + 1)
                                  if m.entity.label == "Person"))

    def _they(self, subject: Token) -> list[Entity]:
        """'The two delegations met in Havana, where they agreed to ...': 'they' in a clause hung on another
        clause is that clause's subject, when it names two or more parties."""
        if subject.lower_ != "they":
            return []
        if subject.head.dep_ not in ("relcl", "advcl", "conj"):
            return self._those_who_talked(subject)
        h = clause_verb(subject.head) or self.m.sent(subject.i).root
        subjects = [c for c in h.children if c.dep_ == "nsubj" and c.lower_ != "they"]
        found = [e for c in subjects for e in self.m.resolve(c) if e.label != "Place"]
        if len(found) < 2:
            return []
        self.__dict__.setdefault("_group_verbs", {})[subject.i] = h.i  # their words date from that clause
        return found

    def _those_who_talked(self, subject: Token) -> list[Entity]:
        """'X spoke by telephone with Y. It was a frank conversation. They agreed that ...': 'they' opening a
        sentence is the two or more people who last talked together, in that sentence or the two before."""
        sent = self.m.sent(subject.i)
        start = sent.start
        for _ in range(2):
            if start > 0:
                start = self.m.sent(start - 1).start
        for v in reversed(self.doc[start:subject.i]):
            if v.pos_ == "VERB" and v.lemma_ in _MEETING | _TALKING and v.i != subject.head.i:
                people = [e for e in self._together(v) if e.label == "Person"]
                if len(people) >= 2:
                    return people
        return []

    def _together(self, verb: Token) -> list[Entity]:
        """Who does something together in one clause: its subject with the names coordinated with it and the
        people it was 'with' ('X spoke with Y and then with Z', 'X and Y met')."""
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects:
            return []
        found = [e for c in subjects for e in self.m.resolve(c)]
        if verb.lemma_ in _MEETING:  # 'X met Y', 'where I met Y' (the speaker of a turn says 'I')
            found += [e for c in verb.children if c.dep_ == "dobj" for e in self.m.resolve(c)]
        preps = [p for h in [verb, *(c for c in verb.children if c.dep_ == "conj")]  # '..., and then with Z'
                 for p in h.children if p.dep_ == "prep" and p.lower_ == "with"]
        if verb.dep_ == "ccomp":  # '..., and then with Z, her ministry said': the parser hangs it on 'said'
            preps += [p for p in verb.head.children if p.dep_ == "prep" and p.lower_ == "with"
                      and verb.i < p.i < verb.head.i]
        preps += [q for p in verb.children if p.dep_ in ("prep", "agent") and p.lower_ in ("by", "on", "in", "over")
                  for o in p.children if o.dep_ == "pobj" for q in o.children
                  if q.dep_ == "prep" and q.lower_ == "with"]  # 'spoke by telephone with Y', 'in a call with Y'
        preps += [q for p in preps for q in p.children if q.dep_ == "conj" and q.lower_ == "with"]
        preps += [q for p in list(preps) for c in p.children if c.dep_ == "pobj"
                  for q in c.children if q.dep_ in ("prep", "conj") and q.lower_ == "with"]
        found += [e for p in preps for o in p.children if o.dep_ == "pobj" for e in self.m.resolve(o)]
        return [e for e in dict.fromkeys(found) if e.label != "Place"]

    def after_comma(self, subject: Token) -> Token:
        """'..., with Cambodian Foreign Minister Y, the foreign ministry said': the parser may make the last
        name of the clause the subject and the speaker its appositive; the speaker of a verb that follows its
        clause is the phrase after the last comma before the verb."""
        verb = subject.head
        if subject.i > verb.i or verb.i - subject.i > _PRONOUN_REACH:
            return subject
        commas = [t.i for t in self.doc[subject.i + 1:verb.i] if t.text == ","]
        if not commas:
            return subject
        later = [c for c in subject.children if c.dep_ == "appos" and commas[0] < c.i < verb.i]
        clause = any(c.dep_ == "ccomp" and c.i < subject.i for c in verb.children)
        return later[-1] if later and clause else subject

    def _fronted_possessor(self, subject: Token) -> list[Entity]:
        """'X telephoned Y and his counterpart, his ministry said', 'Chile accepted, a spokesman for its foreign
        ministry said': 'his'/'its' in a speaker after its clause is that clause's subject, whose ministry or
        office speaks."""
        verb = subject.head.head if subject.dep_ == "appos" else subject.head  # (', Y, the ministry said': after
        clause = told_before(verb, subject.i)  # the comma, the parser's appositive)
        nouns = [subject] + [o for p in subject.children if p.dep_ == "prep" and p.lower_ in ("for", "of")
                             for o in p.children if o.dep_ == "pobj"]
        owned = [n for n in nouns if any(c.dep_ == "poss" and c.lower_ in _POSSESSIVES for c in n.children)]
        seats = [o for p in subject.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children
                 if o.dep_ == "pobj" and o.i in self.m.country_at]  # 'the ministry in Nicosia'
        the = not owned and subject.lemma_ in _BODY_NOUNS and [c.lower_ for c in subject.children
                                                               if not (c.dep_ == "prep" and seats)] == ["the"]
        if not clause or not owned and not the:
            return []
        owners = [e for c in clause[0].children if c.dep_ in ("nsubj", "nsubjpass") for e in self.m.resolve(c)]
        if len(owners) != 1 or the and owners[0].label != "Person":
            return []  # 'X spoke with Y, the ministry said': the ministry X serves in
        owner, noun = owners[0], (owned or [subject])[0]
        if owner.label == "Person":  # 'his ministry': the ministry he serves in ('his office': he, if none)
            bodies = [b for _title, key in owner.roles if (b := self.m.registry.get(key)) is not None and (
                not seats or b.country == self.m.country_at[seats[0].i][0].name)]
            found = [b for b in bodies if noun.lemma_ in b.name.lower()][:1]
            if found or noun.lemma_ != "office" or the or self.m.resolve(subject):
                return found
            return [owner]  # 'X held talks, his office said': no office of his is named, X speaks
        branch = _BRANCHES.get(noun.lemma_)
        if branch and owner.kind == "government" and (forces := self.m.forces_of([owner], branch)):
            return forces  # 'Uganda has moved a battalion to the border, its army said': Uganda's army
        country = self.m.gaz.country(owner.country) if owner.kind == "government" and owner.country else None
        if country is None or noun.lemma_ != "ministry":
            return []
        words = " ".join(t.lower_ for t in noun.subtree if t.dep_ in ("amod", "compound")) + " minister"
        hint = self.m.title_hint(words)  # 'its foreign ministry': the ministry of its foreign minister
        return [self.m.registry.ministry(country.country, hint.split(":", 1)[1])] \
            if hint and hint.startswith("ministry:") else []

    def _same_body(self, subject: Token) -> list[Entity]:
        """'..., his ministry said. A delegation would travel on Thursday, the ministry added.': 'the ministry'
        is the body of that kind that spoke in the sentence before or this one."""
        if subject.pos_ != "NOUN" or subject.lemma_ not in _BODY_NOUNS or not any(
                c.lower_ == "the" for c in subject.children) or len(list(subject.children)) > 1:
            return []
        sent = self.m.sent(subject.i)
        k = sent.start - 1
        while k >= 0 and self.doc[k].is_space:
            k -= 1
        start = max(self.m.sent(k).start if k >= 0 else sent.start, subject.i - _PRONOUN_REACH)
        for v in reversed(self.doc[start:subject.i]):
            if v.pos_ == "VERB" and v.lemma_ in self.lexicon and v.i != subject.head.i:
                bodies = [e for e in self._known_speakers(v)[0] if e.label == "Institution"
                          and subject.lemma_ in e.name.lower()]
                if bodies:
                    return bodies[:1]
        return []

    def last_named_body(self, noun: Token) -> list[Entity]:
        """'the mission said', 'according to the mission': the body of that kind named last, within the
        paragraphs just before ('... under the supervision of the UN mission (UNMIX) ..., the mission said')."""
        words = [c.lower_ for c in noun.children if c.dep_ in ("amod", "compound")]  # 'the regional government'
        if noun.pos_ != "NOUN" or not (noun.lemma_ in _BODY_NOUNS or noun.lemma_ == "government" and words) or [
                c.lower_ for c in noun.children if c.dep_ not in ("amod", "compound")] != ["the"]:
            return []
        for m in reversed(self.m.mentions_between(max(0, noun.i - 2 * _PRONOUN_REACH), noun.i)):
            name = m.entity.name.lower().split()
            if m.entity.label == "Institution" and noun.lemma_ in name and all(w in name for w in words):
                return [m.entity]
        return []

    def _both_officials(self, subject: Token) -> list[Entity]:
        """'Thai and Cambodian troops exchanged fire overnight, officials said': unnamed officials after a
        clause whose subject names two or more countries speak for each of their governments."""
        if subject.lemma_ != "official" or subject.tag_ != "NNS" or any(
                c.dep_ in ("amod", "compound", "poss", "prep", "nmod", "det") for c in subject.children):
            return []
        clause = [c for c in subject.head.children if c.dep_ == "ccomp" and c.i < subject.i]
        doers = [t for c in clause[:1] for s in c.children if s.dep_ in ("nsubj", "nsubjpass") for t in s.subtree]
        countries = self.m.countries_in(doers)
        return [self.m.registry.government(c) for c in countries] if len(countries) >= 2 else []

    def _the_government(self, subject: Token) -> list[Entity]:
        """'The government said ...', 'The cabinet asked ...' with no country at hand: the government of the
        story's dateline country."""
        if subject.lemma_ not in ("government", "cabinet") or [c.lower_ for c in subject.children] != ["the"] \
                or self.m.home is None or getattr(self.m.home, "venue", False):
            return []  # (a story datelined where talks are held is not about that country's government)
        return [self.m.registry.government(self.m.home)]

    def _each_side(self, subject: Token) -> list[Entity]:
        """'each side accused the other': the two sides last named together."""
        if subject.lemma_ in ("side", "party", "country", "government") and any(
                c.lower_ == "each" for c in subject.children):
            return [e for e in self.m._pair(subject) if e.label != "Place"]
        return []

    def _surname(self, subject: Token) -> list[Entity]:
        """A capitalised subject that is the surname of a person already named ('Ortega said'), whatever tag
        the parser gave it."""
        if not subject.text[:1].isupper() or subject.i == self.m.sent(subject.i).start:
            return []
        return [p for p in self.m.registry.of_label("Person")
                if len(p.name.split()) > 1 and p.name.split()[-1] == subject.text][:1]

    def _told_of(self, subject: Token) -> bool:
        """A subject inside what a reporting verb before it says, however deep ('said the organisation was ready
        to help the two countries set up a commission': the organisation, the two countries)."""
        h = subject.head
        while h.head.i != h.i:
            if h.dep_ == "ccomp" and h.head.lemma_ in self.lexicon and h.head.i < subject.i:
                return True
            h = h.head
        return False

    def _pronoun_subject(self, pron: Token) -> list[Entity]:
        """'he'/'she': the nearest person who is a subject earlier in the sentence, else in the sentence
        before (of a gender that does not contradict the pronoun's); 'it': the same with an institution.
        Sentences of a quote the pronoun ends are passed over ('X told the council ... . "We are ... . Our ...,"
        he said': X)."""
        label, gender = PRONOUN_LABEL[pron.lower_]
        sent = self.m.sent(pron.i)
        earlier = list(reversed(range(sent.start, pron.i)))
        k = sent.start - 1
        for _ in range(3):
            while k >= 0 and (self.doc[k].is_space or not any(t.is_alpha for t in self.m.sent(k))):
                k = min(k, self.m.sent(k).start) - 1  # the sentence before, across a paragraph break or a closing
                # quote mark split off as a sentence of its own
            if k < 0:
                break
            before = self.m.sent(k)
            earlier += list(reversed(range(before.start, before.end)))
            if 2 * sum(self.in_quote[i] for i in range(before.start, before.end)) <= len(before):
                break
            k = before.start - 1
        for i in earlier[:_PRONOUN_REACH]:
            t = self.doc[i]
            if t.dep_ == "ROOT" and t.pos_ == "VERB" and not has_subject(t) and (
                    found := [e for e in self._known_speakers(t)[0] if e.label == label]):
                return found[:1]  # 'At a ceremony in X, the head of ..., Y, welcomed ... "...," he said': the
                # doer found for a verb the parser left without a subject ('In X, Minister Y struck a note ...')
            if t.dep_ not in ("nsubj", "nsubjpass") or t.lower_ in PRONOUN_LABEL:
                continue
            t = self.after_comma(t)  # ('"...," the ministry's undersecretary, X, said ... . He accused ...': X, the
            # speaker the verb itself is given)
            if self._told_of(t):
                continue  # who acts in what someone said ('the office said aircraft had killed ... . It called
                # for ...': the office; 'said it was ready to help the two countries set up ...') is not who
                # speaks next
            if label == "Person" and (body := self.body_of_unnamed(t)):
                return body  # 'A senior official at the ministry said ... "...," he said': the ministry speaks
            named = [e for a in t.children if a.dep_ == "appos" for e in self.m.resolve(a, conj=False)]
            for e in self.m.resolve(t, conj=False) + named:  # ('Chile's envoy, X, told the council ...'): X
                if e.label == label and (gender is None or self.m.gender(e) in (None, gender)):
                    return [e]
        return []


_BRANCHES = {"army": "Army", "military": "Army", "navy": "Navy"}  # 'its army said': that country's force
UNNAMED_OFFICIALS = {"official", "diplomat", "source", "spokesman", "spokeswoman", "spokesperson", "adviser",
                     "advisor", "aide", "officer"}
_NUMBERS = {"two": 2, "three": 3, "four": 4, "both": 2}
_MEETING = {"meet", "host", "receive", "call", "phone", "telephone", "visit", "brief"}
_TALKING = {"speak", "talk"}
_GROUP_NOUNS = {"man", "men", "woman", "women", "leader", "official", "diplomat", "negotiator", "counterpart"}


def _count(subject: Token) -> int | None:
    """How many people a subject like 'the two', 'The three', 'both men', 'the two ministers' counts."""
    if subject.lower_ in _NUMBERS and subject.pos_ in ("NUM", "DET", "PRON", "NOUN"):
        return _NUMBERS[subject.lower_] if any(c.lower_ == "the" for c in subject.children) \
            or subject.lower_ == "both" else None
    if subject.pos_ != "NOUN" or subject.tag_ != "NNS":
        return None
    numbers = [_NUMBERS[c.lower_] for c in subject.children if c.lower_ in _NUMBERS and c.dep_ in ("nummod", "det",
                                                                                                "predet")]
    return numbers[0] if len(numbers) == 1 and len(list(subject.children)) <= 2 else None


def misparsed_finite(verb: Token) -> bool:
    """A finite verb the parser made a modifier of its subject: "Its spokeswoman, X, called on ...", "Russia,
    which has bases in both countries, called on ..." (the noun is left as the sentence's root)."""
    if verb.dep_ != "acl" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return False
    return verb.tag_ == "VBD" and _apposed_root(verb.head) or verb.tag_ == "VBN" and verb.head.dep_ == "ROOT" \
        and any(c.dep_ == "relcl" for c in verb.head.children)


def _apposed_root(t: Token) -> bool:
    """The sentence's root, or a name set in apposition to it ('The EU's foreign policy chief, X, ...')."""
    while t.dep_ == "appos":
        t = t.head
    return t.dep_ == "ROOT"


def _quoted_as_saying(verb: Token) -> Token | None:
    """Who 'saying' is told of in 'quoted X as saying ...', 'cited X as saying ...', 'X was quoted as saying': X."""
    prep = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or prep.lower_ != "as":
        return None
    if prep.head.lemma_ in ("quote", "cite") and (quoted := [c for c in prep.head.children if c.dep_ == "nsubjpass"]):
        return quoted[0]  # 'X was quoted as telling his counterpart ...': X
    # (the parser may hang 'as' on the noun before the verb, or make 'quoted' an adjective: the name right
    # before 'as' is who is quoted)
    quoting = any(t.lemma_ in ("quote", "cite") and t.tag_ in ("VBD", "VBN", "VBZ", "VBP")
                  for t in verb.doc[max(prep.i - 8, 0):prep.i - 1])
    named = verb.doc[prep.i - 1] if prep.i else None
    return named if quoting and named is not None and named.pos_ in ("PROPN", "NOUN") else None


def told_before(verb: Token, before: int) -> list[Token]:
    """The clause a reporting verb tells when the clause comes first: its complement, or the clause the parser
    made it an aside of ('X spoke with Y, her ministry said' parses 'said' as a parataxis of 'spoke')."""
    clause = [c for c in verb.children if c.dep_ == "ccomp" and c.i < before]
    if not clause and verb.dep_ == "parataxis" and verb.head.i < before and verb.head.pos_ in ("VERB", "AUX"):
        clause = [verb.head]
    return clause


def _name_before(verb: Token) -> Token | None:
    """The name right before a reporting verb the parser left without a subject, having hung the speaker
    elsewhere ('"...," Mwangi told reporters', '..., the president's office, the Palace, said'), past a participle
    phrase set off by commas ('X, asked about the summons at a briefing, said ...')."""
    doc, sent = verb.doc, verb.sent
    i = verb.i - 1
    while i >= sent.start and doc[i].is_punct and doc[i].text in (",", ")"):
        i -= 1
    if doc[verb.i - 1].text == ",":
        comma = next((k for k in range(i, sent.start, -1) if doc[k].text == ","), None)
        if comma is not None and doc[comma + 1].tag_ in ("VBN", "VBG", "VBD") and doc[comma + 1].i < i:
            i = comma - 1  # a participle phrase between the speaker and the verb
    if i < sent.start or doc[i].pos_ not in ("PROPN", "NOUN"):
        return None
    return doc[i]


def _fronted_appositive(verb: Token) -> list[Token]:
    """A verb left without a subject because the parser hung it, as an appositive, on a fronted place
    ('In Hargeisa, Somaliland's foreign minister, X, welcomed ...'): that appositive."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i < verb.i):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            found = [a for a in obj.children if a.dep_ == "appos" and a.i < verb.i]
            # ('In a statement posted on Weibo, a spokesman for X, Y, said': hung on the last noun of the phrase)
            found = found or [a for a in obj.subtree if a.dep_ == "appos" and a.i < verb.i and a.pos_ == "NOUN"
                              and a.head.pos_ == "PROPN"]
            named = [b for a in found[:1] for b in a.head.children if b.dep_ == "appos" and b.pos_ == "PROPN"
                     and a.i < b.i < verb.i and verb.doc[b.i + 1].text == ","]
            # ('At a ceremony in X, the head of the delegation, Minister Y, welcomed': the name next to the verb)
            if found:
                return named[-1:] or found[:1]
    return []
