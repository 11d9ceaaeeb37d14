"""Speech acts: what a statement does (assert, comment, deny, appeal, promise, welcome, criticize, warn, ...).

The act comes from cue words in the statement, its reporting verb, and what the reported clause itself
does; the lexicon, cues and frames are data in ``data/reporting_verbs.json``. What a clause reported with
'say' itself does is read by ``ClauseActs`` (clause_acts.py), mixed into ``ActReader``.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from dipgraph.graph.model import ACTS
from dipgraph.loaders.act_forms import (
    FIRST_PERSON,
    FUTURE,
    MEETINGS,
    bids_others,
    but_clause,
    declines_to_judge,
    denies_any,
    disclaims_doing,
    excessive,
    first_person_subject,
    has_subject,
    hypothetical,
    judges,
    nobody_did,
    nothing_negotiable,
    perfect,
    refused_until,
    renews_charge,
    restraint_pledged,
    roots_of,
    treaty_upheld,
    warns_if_persisting,
)
from dipgraph.loaders.clause_acts import COERCIVE, COPULAS, FORCE_NOUNS, SHOWING, VOICED, ClauseActs
from dipgraph.loaders.entities import Entity
from dipgraph.loaders.gazetteer import Gazetteer
from dipgraph.loaders.mentions import Mentions

TIME_NOUNS = {"morning", "afternoon", "evening", "night", "day", "week", "weekend", "month", "year", "time", "hour"}
_NOBODY = {"nobody", "none", "noone", "no-one"}
_OUR = {"our", "my"}
_ANYONE = {"anyone", "anybody", "whoever"}
_TRAVEL = {"travel", "visit", "leave", "arrive", "go", "fly", "head", "represent"}


def double_standard(v: Token) -> bool:
    """'X cannot say A and do B', 'we cannot sit at one table and act as if ...': two deeds held to be
    incompatible, a charge of bad faith (the second a verb of the same clause, with no subject of its own)."""
    return v.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ in ("can", "ca") for c in v.children) \
        and any(c.dep_ == "neg" for c in v.children) \
        and any(c.dep_ == "conj" and c.pos_ == "VERB" and not any(d.dep_ in ("nsubj", "nsubjpass") for d in c.children)
                for c in v.children)


class ActReader(ClauseActs):
    """Reads the speech act of quotes and reported clauses in one parsed article."""

    def __init__(self, mentions: Mentions, gaz: Gazetteer, in_quote: list[bool]) -> None:
        self.m, self.gaz, self.in_quote = mentions, gaz, in_quote
        self.lexicon = gaz.reporting["verbs"]
        self.cues = gaz.reporting["quote_cues"]
        self.accept = set(gaz.reporting["accept_verbs"])
        self._starts: dict[str, list[int]] | None = None  # where each entity is mentioned, built on first use

    def quote_act(self, tokens: list[Token], verb: Token | None,
                  speakers: list[Entity] | None = None) -> tuple[str, str]:
        """The act of a direct quote (``_quote_act``); a warning of what the speaker's own side will do threatens."""
        act, code = self._quote_act(tokens, verb, speakers)
        if act == "warn" and any(self._own_threat(r, speakers) for r in roots_of(tokens, conj=True)):
            return "threaten", cameo("threaten")  # 'If it happens again, we will draw the conclusions'
        return act, code

    def _quote_act(self, tokens: list[Token], verb: Token | None,
                   speakers: list[Entity] | None = None) -> tuple[str, str]:
        """The act of a direct quote: words in it, then the verb that introduces it, then its form."""
        # the speaker's own verb says it before any cue in what follows ('We have asked them to stop the
        # terrorist attacks', 'We have asked ..., and I am hopeful we will have an answer')
        if (told := self._lead_in_clause(tokens)) is not None:
            return self._quote_act(told, verb, speakers)  # 'I should add that ...': what is added says it
        if warns_if_persisting(tokens):
            return "warn", cameo("warn")  # 'If this happens again, we will act': before any cue in it
        if self.claims_territory(tokens):
            return "assert", cameo("assert")  # 'The reef is part of our national territory': a claim
            # of sovereignty told as fact, whatever judgement follows it
        if (done := self._verb_on_phrase(tokens, verb)) is not None:
            return done, cameo(done)  # 'rejected "any interference in the rulings of its courts"'
        if restraint_pledged(tokens) or any(treaty_upheld(t) for t in tokens if t.dep_ == "ccomp"):
            return "promise", cameo("promise")  # 'We have no intention of recalling our ambassador', '"reaffirmed
            # that Article IV of the treaty extends to ..."'
        if any(self.pledged_together(t, speakers) for t in roots_of(tokens)):
            return "promise", cameo("promise")  # '"The two ministers agreed that ...," the spokesperson said'
        if disclaims_doing(tokens) and not any(self.lexicon.get(r.lemma_, {}).get("act") == "appeal"
                                               for r in roots_of(tokens, conj=True)[1:]):
            return "assert", cameo("assert")  # 'We are not asking for sanctions' (but 'We are not closing doors.
            # We are asking Belmark to ...' asks)
        cue = declines_to_judge(tokens) or self._first_person_act(tokens, speakers) or nobody_did(tokens) \
            or self.no_such_deed(tokens) \
            or nothing_negotiable(tokens) or bids_others(tokens) or self._own_force(tokens) \
            or self.cue_act(tokens, performative_only=True) or self.cue_act(tokens)
        if cue == "criticize" and hypothetical(tokens):
            cue = "warn"  # 'any attempt to alter the line is unacceptable': a warning against what may come
        if cue is not None:
            return cue, cameo(cue)
        if verb is not None and (frame := self.object_frame(verb)) is not None:
            return frame, cameo(frame)  # 'X "expressed full support for the deal"'
        if (stand := self._stance_taken(tokens, verb)) is not None:
            return stand, cameo(stand)  # 'The Union stands with Norland', 'stood "shoulder to shoulder with X"'
        if verb is not None and (renews_charge(verb) or judges(verb) and self._protested(verb)):
            return "criticize", cameo("criticize")  # 'repeated that charge, saying "training camps" existed', 'to
            # protest what it called "degrading treatment"'
        inside = {t.i for t in tokens}
        if any(self.wish_for_others(h) for t in tokens if t.head.i not in inside
               for h in (t.head, *([t.head.head] if t.head.dep_ == "dobj" else []))):
            return "appeal", "02"  # 'China hoped "the two neighbours will resolve their differences"'
        if verb is not None and verb.lemma_ in self.lexicon:
            info = self.lexicon[verb.lemma_]
            particle = info.get("particle")
            if particle and not particle_children(verb, particle):
                info = {"act": "assert"}
            if info["act"] not in ("assert", "comment"):
                return info["act"], info["cameo"]
        own = self._own_act(tokens)
        if own is not None:
            return own, cameo(own)
        if self.denies_label(tokens) or self.denies_existence(tokens) or denies_any(tokens, self.lexicon):
            return "deny", cameo("deny")  # 'This is not a punishment of citizens': a charge's name refused;
            # 'There is no territorial issue to be resolved': what the other side says is there, said not to be
        if self.labels_hostile(tokens) or self.charges_deed(tokens, speakers or []):
            return "criticize", cameo("criticize")  # 'This law is a direct attack on the constitution, and it cannot
            # stand': what the words call it says it before what follows; 'their launches violate the resolutions'
        modals = [t for t in tokens if t.dep_ == "aux" and t.lower_ in self.gaz.reporting["appeal_modals"]]
        if any(c.dep_ == "nsubj" and c.lower_ in _NOBODY for t in modals for c in t.head.children):
            return "comment", "012"  # "Nobody should mistake that for peace": a judgement, not an appeal
        if modals:
            return "appeal", "02"  # "The fighting must stop now."
        if any(t.lemma_ == "can" and (any(c.dep_ == "neg" for c in t.head.children) or t.i + 1 < len(t.doc)
                                      and t.nbor().dep_ == "neg")  # ('cannot once again be': 'not' on 'again')
               and not any(c.dep_ == "nsubj" and (c.lower_ in FIRST_PERSON or any(p.lower_ in _OUR for p in c.children))
                           for c in t.head.children)  # (not 'our trucks cannot reach the town': a fact)
               for t in tokens if t.dep_ == "aux"):
            return "comment", "012"  # "Hunger cannot be used as a weapon": a judgement of what may not be
        if any(t.lemma_ in ("be", "become") and t.dep_ in ("ROOT", "ccomp") and not first_person_subject(t)
               and {"aux", "neg"} <= {c.dep_ for c in t.children}
               and any(c.dep_ == "aux" and c.lower_ in FUTURE for c in t.children) for t in tokens):
            return "comment", "012"  # "The valley will not again become a battlefield": a judgement of what will be
        if (ready := self._ready(tokens)) is not None:
            return ready, cameo(ready)  # '"ready to engage with both sides"'
        has_verb = any(t.pos_ in ("VERB", "AUX") for t in tokens)
        inside = {t.i for t in tokens}
        evaluative = any(t.dep_ == "acomp" and not plain_proof(t) for t in tokens) or any(
            self._judged_occasion(t) for t in tokens) or any(
            # "Food security is not a bargaining chip"
            t.lemma_ == "be" and (t.head.i not in inside or t.head.i == t.i) and {"neg", "attr"} <= {
                c.dep_ for c in t.children} and not any(c.dep_ == "expl" or c.dep_ == "attr" and c.lemma_ == "party"
                                                         for c in t.children) for t in tokens)
        # ('Chad is not a party to this war': a fact of who fights or signed, not a judgement)
        believes = any(t.pos_ == "VERB" and (self.lexicon.get(t.lemma_, {}).get("act") == "comment" or t.lemma_ in
                                             SHOWING and any(c.dep_ == "ccomp" for c in t.children))
                       and has_subject(t) and not (t.tag_ == "VBD" and (not first_person_subject(t)
                                                                         or t.lemma_ in VOICED))
                       for t in tokens)  # "the Secretary believes ...", "Today's swap shows that" (but 'the
        # minister expressed his thanks', 'he explained our position' tell what another did, and 'we explained the
        # Government's position' what the speaker's side did)
        labels = tokens if not has_verb else [t for x in tokens if x.dep_ in ("attr", "acomp", "oprd")
                                              for t in x.subtree]  # what the words call something, not its name
        if (not has_verb or evaluative) and self.hostile(labels) or not has_verb and excessive(labels):
            return "criticize", cameo("criticize")  # 'called the closure "a hybrid attack on ordinary people"'
        if not has_verb or evaluative or believes or self._first_person_view(tokens):
            return "comment", "012"
        if verb is not None and verb.lemma_ in _DESCRIBING and verb.i < tokens[0].i and any(
                c.dep_ == "prep" and c.lower_ == "as" for x in (verb, *(d for d in verb.children if d.dep_ == "dobj"))
                for c in x.children):
            return "comment", "012"  # 'described the opening as "a concrete result that people can touch"'
        if self._side_threat(tokens, speakers):
            return "threaten", cameo("threaten")
        if any(every_one_will(r) for r in roots_of(tokens, conj=True)):
            return "promise", cameo("promise")  # 'Every claim will be heard', 'Nobody will be turned back'
        return "assert", "010"

    def _side_threat(self, tokens: list[Token], speakers: list[Entity] | None) -> bool:
        """Whether a quote's plain future threatens: what awaits anyone who acts ('Anyone who crosses the line will be
        arrested', 'Whoever fires on our boats will find us waiting'), force the speaker's side will use ('Norland
        will defend every metre of its coast'), a measure kept until the other side yields ('The tariffs will stay
        until Belmark pays'); not in a quote that first tells what was done, nor a trip or a deliberation."""
        for root in roots_of(tokens, conj=True):
            if root.tag_ == "VBD":
                return False  # 'We met them yesterday. The talks will resume in May': a briefing's account
            subject = future_subject(root)
            if subject is None or root.pos_ not in ("VERB", "AUX") or any(c.lower_ == "longer" for c in root.children) \
                    or root.lemma_ in _TRAVEL | {"decide", *self.gaz.reporting["deliberation_verbs"]}:
                continue
            if awaits_anyone(root, attempts=False):  # (a quote's 'any application will be handled' tells a procedure)
                return True
            others = [e for e in self.m.resolve(subject) if not any(self.same_side(e, who) for who in speakers or [])]
            if not others and (root.lemma_ in COERCIVE and any(c.dep_ == "dobj" for c in root.children) or any(
                    c.dep_ == "advcl" and any(m.lower_ in ("until", "unless") for m in c.children)
                    for c in root.children)):
                return True
        return False

    def claims_territory(self, words: list[Token]) -> bool:
        """'X is Peruvian territory', 'X is part of our national territory', 'X is Chilean': a place said to be a
        country's (not 'X is not ...', nor a judgement of a deed)."""
        inside = {t.i for t in words}
        for t in words:
            if t.lemma_ not in COPULAS or (t.head.i in inside and t.head.i != t.i and t.dep_ != "conj") or any(
                    c.dep_ == "neg" for c in t.children):
                continue
            subjects = [c for c in t.children if c.dep_ == "nsubj"] or ([t.head] if t.dep_ == "conj" else [])
            if not any(c.pos_ == "PROPN" or any(d.pos_ == "PROPN" for d in c.subtree) for c in subjects):
                continue  # (the islands named, not 'this', 'the strike')
            for c in t.children:
                if c.dep_ == "attr" and c.lemma_ in _TERRITORY:
                    return True
                if c.dep_ == "attr" and c.lemma_ == "part" and any(
                        o.lemma_ in _TERRITORY for p in c.children if p.dep_ == "prep" for o in p.children):
                    return True  # 'part of the territory of Peru'
                if c.dep_ == "acomp" and self.gaz.country(c.text) is not None:
                    return True  # 'is Chilean'
        return False

    def _verb_on_phrase(self, tokens: list[Token], verb: Token | None) -> str | None:
        """A quoted phrase that is the object of a verb of rejecting, condemning, welcoming ...: the verb says
        what is done with it, whatever words the phrase holds ('rejected "any interference in its courts"')."""
        if verb is None or any(t.pos_ in ("VERB", "AUX") for t in tokens):
            return None
        info = self.lexicon.get(verb.lemma_)
        if not info or info["act"] in ("assert", "comment") or info.get("particle") or not any(
                t.head.i == verb.i and t.dep_ == "dobj" for t in tokens):
            return None
        return info["act"]

    def _lead_in_clause(self, tokens: list[Token]) -> list[Token] | None:
        """The clause after a speaker's own modal lead-in ('I should add that ...', 'I must say that ...',
        'We would stress that ...'): the modal bids the speaker tell, it asks nobody to act."""
        inside = {t.i for t in tokens}
        for root in (t for t in tokens if t.head.i not in inside or t.head.i == t.i):
            if root.lemma_ in TELLING | _STRESSING | {"confirm"} and first_person_subject(root) and any(
                    c.dep_ == "aux" and (c.lower_ in self.gaz.reporting["appeal_modals"] or c.lower_ == "can")
                    for c in root.children):  # (or 'I can confirm that ...', 'I can tell you that ...')
                told = [c for c in root.children if c.dep_ == "ccomp" and c.i in inside]
                if told:
                    return [t for t in told[0].subtree if t.i in inside]
        return None

    def _first_person_view(self, tokens: list[Token]) -> bool:
        """Words whose main verb has a first-person subject and tells no past deed ('I don't want to ...',
        'we think ...'; but 'I met the minister' and 'we have allowed the convoys' report facts)."""
        inside = {t.i for t in tokens}
        roots = [t for t in tokens if (t.head.i not in inside or t.head.i == t.i) and t.pos_ in ("VERB", "AUX")]
        roots = [r for r in roots if not any(  # 'I want to flag that ...', 'We also remember that in May ...':
            x.dep_ == "xcomp" and x.lemma_ in TELLING for x in r.children) and not (  # a lead-in to a fact
            r.lemma_ in ("remember", "recall") and any(x.dep_ == "ccomp" for x in r.children))]
        return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in FIRST_PERSON and r.tag_ != "VBD"
                   and not perfect(r) and not self._doing(r) for r in roots for c in r.children)

    def _doing(self, verb: Token) -> bool:
        """'We are patrolling our waters', 'we are preparing a complaint': a deed the speaker's side is doing now,
        told as a fact (not a view it holds: 'we are studying the proposal', 'we are following closely')."""
        return verb.tag_ == "VBG" and verb.pos_ == "VERB" and any(
            c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children) and verb.lemma_ not in (
            _WATCHING | set(self.gaz.reporting["deliberation_verbs"]) | {"go", "wait", "say"}) and \
            self.lexicon.get(verb.lemma_, {}).get("act") in (None, "assert")

    def wish_for_others(self, verb: Token) -> bool:
        """'hoped the two neighbours will resolve their differences': a hope that named others act is an appeal
        to them ('hoped the meeting would help' is not)."""
        if verb.lemma_ not in _WISHES and verb.lower_ not in self.gaz.reporting["intent_verbs"]:
            return False
        if verb.lemma_ in _BIDDING and not any(c.dep_ == "neg" for c in verb.children) and any(
                a.dep_ == "acl" and any(x.dep_ == "aux" and x.lower_ == "to" for x in a.children)
                for c in verb.children if c.dep_ == "dobj" and c.lower_ not in ("us", "me") for a in c.children):
            return True  # 'expected any arrangement to "preserve the base's capability"' (parsed as a modifier)
        for clause in (c for c in verb.children if c.dep_ == "ccomp"):
            if verb.lemma_ in _BIDDING and not any(c.dep_ == "neg" for c in verb.children) and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) and any(
                    c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in FIRST_PERSON | {"us", "me", "ourselves"}
                    for c in clause.children):
                return True  # 'expected Armenia to amend its constitution', 'expected the truce to be respected'
            subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.lower_ not in FIRST_PERSON]
            if any(c.dep_ == "aux" and c.lower_ in FUTURE | {"would"} for c in clause.children) and any(
                    any(d.lower_ in ("two", "both") for d in c.children)  # "the two neighbours", "both sides"
                    or any(e.label in ("Person", "Institution") for e in self.m.resolve(c)) for c in subjects):
                return True
        return False

    def _first_person_act(self, tokens: list[Token], speakers: list[Entity] | None = None) -> str | None:
        """The act of the speaker's own verb ('We have asked ...', 'We reject ...', 'We thank ...'; 'The Council
        calls for ...', 'The Government has decided to ...' in its spokesperson's words) or of a denial of the
        speaker's own deed ('We did not start this'), before any cue word in what follows."""
        roots = roots_of(tokens, conj=True)  # "..., and we thank"
        for root in roots:
            if root.pos_ != "VERB" or not any(c.dep_ == "nsubj" and (c.lower_ in FIRST_PERSON or self._ours(
                    c, speakers)) for c in root.children):
                continue
            negated = any(c.dep_ == "neg" for c in root.children)
            if not negated and root.tag_ != "VBD" and (act := self._own_verb_act(root)) is not None:
                return act  # ('We asked for this in October' tells a past request)
            if not negated and root.lemma_ == "agree" and any(c.dep_ in ("xcomp", "ccomp") for c in root.children):
                return "promise"  # 'We agreed to stay in close contact', 'We agreed that ... will': a party's pledge
            named = [c for c in root.children if c.dep_ == "nsubj" and c.lower_ not in FIRST_PERSON]
            if not negated and named and any(c.dep_ == "aux" and c.lower_ in FUTURE for c in root.children) \
                    and root.lemma_ not in COERCIVE | set(self.gaz.reporting["deliberation_verbs"]):
                return "promise"  # 'The Armed Forces will continue their operations against terrorist groups', in
                # their spokesman's words: the side's own pledge, whatever it names
            if negated and any(c.dep_ == "aux" and c.lemma_ == "do" and c.tag_ == "VBD" for c in root.children):
                return "deny"
            if negated and root.lemma_ in self.accept and root.lemma_ != "allow":
                return "reject"  # 'We do not accept that account' ('we will not allow ...' warns)
        return None

    def _own_verb_act(self, root: Token) -> str | None:
        """What the speaker's side does with its own verb: the lexicon's act ('we urge', 'calls for'), a decision
        to act ('has decided to extend aid') promises, going on asking ('we continue to ask') asks."""
        info = self.lexicon.get(root.lemma_)
        if info and info["act"] not in ("assert", "comment") and (
                not info.get("particle") or particle_children(root, info["particle"])):
            return info["act"]
        if root.tag_ in ("VBZ", "VBP") and (stance := self.stance(root)) is not None and not any(
                c.dep_ == "conj" and any(a.dep_ == "aux" and a.lower_ in FUTURE for a in c.children)
                for c in root.children):  # ('... supports the talks and will continue to': the pledge says it)
            return stance  # 'The Union fully supports the decision', 'We stand with Norland': a stand taken now
        deeds = [x for x in root.children if x.dep_ == "xcomp" and x.pos_ == "VERB"]
        if root.lemma_ in _DECIDING and deeds:
            return "promise"
        if root.lemma_ in ("want", "wish", "like", "need", "expect") and deeds and deeds[0].lemma_ == "see" and any(
                c.dep_ in ("dobj", "ccomp") for c in deeds[0].children):
            return "appeal"  # 'This time we want to see action, not assurances', 'We now need to see that reflected'
        if root.lemma_ in ("want", "wish", "like") and deeds and (info := self.lexicon.get(deeds[0].lemma_)) and \
                info["act"] not in ("assert", "comment") and not info.get("particle"):
            return info["act"]  # 'I want to thank the government', 'we wish to condemn ...': the act wished is done
        if root.lemma_ in ("continue", "keep"):
            acts = [self.lexicon[d.lemma_]["act"] for x in deeds for d in (x, *x.conjuncts)
                    if d.lemma_ in self.lexicon and not self.lexicon[d.lemma_].get("particle")]
            return next((a for a in acts if a not in ("assert", "comment")), None)
        return None

    def stance(self, verb: Token) -> str | None:
        """The act of a stance verb ('supports', 'opposes') or phrase ('stands with'), if the verb is one."""
        return self.gaz.reporting["stance_verbs"].get(verb.lemma_) or next(
            (act for prep, act in self.gaz.reporting["stance_phrases"].get(verb.lemma_, {}).items()
             if any(t.dep_ == "prep" and t.lower_ == prep and t.i - verb.i <= 5 and not any(
                 x.pos_ in ("VERB", "AUX") for x in verb.doc[verb.i + 1:t.i]) for t in verb.subtree
                 if t.i > verb.i)), None)  # "stands with", "stood firmly with", "stands shoulder to shoulder with"

    def _stance_taken(self, tokens: list[Token], verb: Token | None) -> str | None:
        """'The European Union stands with Norland', 'Ostria has stood by Westmark in every crisis', 'the
        alliance stood "shoulder to shoulder with Y"': a stance phrase or verb as the words' main verb (or, for words
        without a verb, as the verb that introduces them) takes that stance, whoever stands (not 'will not stand
        by while ...', nor 'would stand by X', a pledge)."""
        inside = {t.i for t in tokens}
        roots = [t for t in tokens if (t.head.i not in inside or t.head.i == t.i) and t.pos_ == "VERB"]
        roots += [c for r in roots for c in r.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i in inside]
        if not any(t.pos_ in ("VERB", "AUX") for t in tokens) and verb is not None:
            roots = [verb]
        for root in roots:
            if any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in FUTURE | {"would", "should", "must", "can"}
                   for c in root.children) or root.lemma_ not in self.gaz.reporting["stance_phrases"]:
                continue
            if (act := self.stance(root)) is not None:
                return act
        return None

    def _ours(self, subject: Token, speakers: list[Entity] | None) -> bool:
        """A named subject on the speaker's own side ('The Council', 'the Government' in its spokesperson's words)."""
        if not speakers or subject.pos_ == "PRON":
            return False
        found = self.m.resolve(subject)
        if not found:  # 'The Council calls for ...' in its chair's words: an unnamed body of one's own
            return subject.pos_ in ("NOUN", "PROPN") and [d.lower_ for d in subject.children] == ["the"] and \
                self.gaz.head_nouns.get(subject.lemma_.lower()) in ("government", "agency", "military")
        home = self.m.home_party if self.m.turns and all(not who.roles for who in speakers) else None
        return all(any(self.same_side(e, who) for who in speakers) or home is not None and e.country == home.name
                   and e.kind in _STATE_BODIES | {"government"} for e in found)  # a transcript's official

    @staticmethod
    def _judged_occasion(t: Token) -> bool:
        """'It was a frank conversation', 'This was a useful meeting': what an occasion was like, a comment."""
        return t.dep_ == "attr" and t.head.lemma_ == "be" and t.head.tag_ == "VBD" and t.lemma_ in MEETINGS and any(
            c.dep_ == "nsubj" and c.lower_ in ("it", "this", "that") for c in t.head.children) and any(
            c.dep_ == "amod" and c.pos_ == "ADJ" and c.ent_type_ != "ORDINAL" and not any(ch.isdigit() for ch in c.text)
            for c in t.children)  # (not 'This will be the first meeting': a fact)

    def _protested(self, verb: Token) -> bool:
        """Whether a judging verb names what a protest is against ('summoned the envoy to protest (against) what
        it called X'): the words are the protest's, which criticizes (the guide's 8 of 10)."""
        for up in verb.ancestors:
            if up.pos_ == "VERB":
                return self.lexicon.get(up.lemma_, {}).get("act") == "criticize" and up.lemma_ != verb.lemma_
            if up.dep_ not in ("prep", "pobj", "pcomp", "dobj"):
                return False
        return False

    def pledged_together(self, head: Token, speakers: list[Entity] | None) -> bool:
        """'the two ministers agreed to set up a working group', 'both sides agreed that ...', told by one of the
        story's two sides: an agreement its own side made, so its pledge (a third party's telling asserts)."""
        if head.lemma_ != "agree" or any(c.dep_ == "neg" for c in head.children) \
                or not any(c.dep_ in ("xcomp", "ccomp") for c in head.children) or len(self.m.main) < 2:
            return False
        subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if subject is None or not (subject.lower_ in ("they", "both", "two") or any(
                c.lower_ in ("both", "two") and c.dep_ in ("det", "predet", "nummod", "amod")
                for c in subject.children)):
            return False
        sides = {c.name for c in self.m.main[:2]}
        return any(b.country in sides for who in speakers or [] for b in self.m.registry.bodies_of(who))

    def _ready(self, tokens: list[Token]) -> str | None:
        """'ready to engage', 'prepared to impose': readiness to act is a promise, or a warning when the act
        coerces."""
        readiness = self.gaz.reporting["readiness_words"]
        for t in tokens:
            if t.lower_ in readiness and t.dep_ in ("acomp", "ROOT", "amod") or t.lower_ in readiness and \
                    t.i == tokens[0].i:
                deeds = [x for x in t.children if x.dep_ == "xcomp" and x.pos_ == "VERB"]
                if deeds:
                    return "warn" if any(x.lemma_ in COERCIVE for x in deeds) else "promise"
        return None

    def cue_act(self, tokens: list[Token], performative_only: bool = False) -> str | None:
        """The act a cue word or phrase marks in these words ('false' deny, 'we will' promise), if any."""
        # quote marks never part a cue phrase: 'remained "fully committed" to'
        text = _UNJUDGED.sub(" ", _HYPHENS.sub("-", " ".join(t.lower_ for t in tokens if not t.is_quote)))
        # (a hyphenated word is one cue again: 'one-sided', 'non-negotiable')
        # The speaker's own performative ('we urge', 'we will') says what the words do before any
        # judgement in them ('We urge them to stop their provocations' is an appeal).
        for act, cues in self.cues.items():
            if any(c.startswith(("we ", "i ")) and c in text
                   and re.search(rf"\b{re.escape(c)}\b(?!\s+(?:not|never)\b)", text) for c in cues):
                return act
        if performative_only:
            return None
        # Otherwise the longest cue phrase says it ('will not be the first to' over 'will not'), and a cue
        # the words negate says nothing ('would not pay the price', 'is not a violation').
        found = [(len(c.split()), -k, act) for k, (act, cues) in enumerate(self.cues.items()) for c in cues
                 if not c.startswith(("we ", "i ")) and c in text and re.search(_NOT + rf"\b{re.escape(c)}\b" + (
                     r"(?!\s+(?:again\s+)?(?:be|become)\b)" if c.endswith(("not", "never", "n't", "n’t")) else ""),
                                   text)]
        # ('will not be indifferent' refuses nothing: a refusal is of a deed)
        if found:
            return max(found)[2]
        roots = roots_of(tokens)
        if any(t.lemma_ in _WATCHING and t.tag_ in ("VBG", "VBP", "VBZ") and any(c.lower_ == "closely"
                                                                                 for c in t.children) for t in roots):
            return "comment"  # 'was following the negotiations very closely', whatever is followed (the main
            # verb, going on: not 'it had monitored closely', a deed told)
        if any(double_standard(t) for t in roots):
            return "criticize"  # 'Belmark cannot talk of peace on Monday and close the crossing on Friday'
        return None

    def _own_act(self, tokens: list[Token]) -> str | None:
        """The speaker's own act in first-person words: the main verb's lexicon act ('We encourage ...'),
        a denial of the speaker's own deed ('I did not meet ...'), a warning of what will follow a
        condition ('If the attacks continue, they will pay')."""
        for root in roots_of(tokens):
            if root.pos_ not in ("VERB", "AUX"):
                continue
            subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
            first = any(c.lower_ in FIRST_PERSON for s in subjects for c in s.subtree)
            negated = any(c.dep_ == "neg" for c in root.children)
            ours = first or any(c.lower_ in _OUR and c.dep_ == "poss" for s in subjects for c in s.children)
            if ours and not negated and any(c.dep_ == "aux" and c.lower_ in FUTURE for c in root.children):
                return "promise"  # "Our teams will meet again"
            if first and root.lemma_ in self.lexicon and not negated and root.tag_ != "VBD":
                info = self.lexicon[root.lemma_]
                if info["act"] not in ("assert", "comment") and not info.get("particle"):
                    return info["act"]
            if ours and negated and root.pos_ == "VERB" and any(
                    c.dep_ == "aux" and c.lemma_ in ("do", "have") and c.tag_ in ("VBD", "VBN") for c in root.children):
                return "deny"  # "I did not meet them", "Our air force did not strike": a deed of the speaker's side
            conditional = any(c.dep_ == "advcl" and any(m.lower_ == "if" for m in c.children) for c in root.children)
            if conditional and {"would", "have"} <= {c.lower_ for c in root.children if c.dep_ == "aux"} \
                    and not first:
                return "criticize"  # "If Lima wanted to stop this, it would have stopped weeks ago": blame
            if conditional and not first and subjects and any(c.lower_ in FUTURE for c in root.children):
                return "warn"
            if refused_until(root):
                return "reject"
        return None

    def no_such_deed(self, words: list[Token]) -> str | None:
        """'There was no violation', 'There has been no incursion': a charge's deed said not to have been
        denies it (not 'There was no contact', which tells a fact)."""
        charges = set(self.gaz.reporting["hostile_nouns"]) | {c for c in self.cues["criticize"] if " " not in c}
        for t in words:
            if t.dep_ == "attr" and t.head.lemma_ == "be" and any(c.dep_ == "expl" for c in t.head.children) \
                    and any(d.dep_ == "det" and d.lower_ == "no" for d in t.children) \
                    and (t.head.tag_ == "VBD" or perfect(t.head)) and t.lemma_.lower() in charges:
                return "deny"
        return None

    def denies_existence(self, words: list[Token]) -> bool:
        """'There is no territorial issue', 'There has been no conversation at that level', '..., and there is no
        backlog on our side': the words' main clause says a thing is not there, a denial (not 'there can be no talks
        while ...', a refusal; nor 'there is no other way', a judgement; nor such a clause told inside another)."""
        inside = {t.i for t in words}

        def main(v: Token) -> bool:
            return v.head.i not in inside or v.head.i == v.i

        for t in words:
            be = t.head
            if t.dep_ != "attr" or be.lemma_ != "be" or not any(c.dep_ == "expl" for c in be.children) or not (
                    main(be) or be.dep_ == "conj" and main(be.head)):
                continue
            if any(d.dep_ == "det" and d.lower_ == "no" for d in t.children) and not any(
                    c.dep_ == "aux" and c.lemma_ != "have" for c in be.children) and not any(
                    d.lower_ in ("other", "alternative") for d in t.children) and t.lemma_ not in _CONTACTS:
                return True
        return False

    def denies_label(self, words: list[Token]) -> bool:
        """'This is not a punishment of citizens', 'That is not bloc confrontation': the name of a charge refused."""
        inside = {t.i for t in words}
        return any(t.lemma_ == "be" and (t.head.i not in inside or t.head.i == t.i) and any(
            c.dep_ == "neg" for c in t.children) and not any(c.dep_ == "expl" for c in t.children) and self.hostile(
            [c for c in t.children if c.dep_ == "attr"]) for t in words)

    def labels_hostile(self, words: list[Token]) -> bool:
        """'X is a direct attack on ...', 'it amounts to an invasion': a clause that calls something an attack, an
        invasion ... (not 'it is not an attack', 'there is no blockade', nor 'the fourth such attack', a count)."""
        return any(t.lemma_ in COPULAS | {"amount"} and not any(c.dep_ in ("neg", "expl") or c.dep_ == "attr" and any(
            d.lower_ == "no" for d in c.children) for c in t.children) and self.hostile(
            [w for c in t.children if c.dep_ in ("attr", "acomp") or c.dep_ == "prep" and t.lemma_ == "amount"
             for w in c.subtree if w.i <= c.i and not any(d.lower_ == "the" or d.tag_ == "JJ" and d.like_num
                                                          or d.dep_ == "nummod" for d in w.children)])
                   for t in words if t.pos_ in ("AUX", "VERB"))

    def charges_deed(self, words: list[Token], speakers: list[Entity]) -> bool:
        """'The launches violate the resolutions', 'the crew had ignored repeated warnings', '..., and it violates
        resolution 31/49': the words' main verb charges another side with a hostile deed (not 'did not violate',
        'threatened no one', 'would undermine', 'threatened to strike', a passive, nor the speaker's side's own)."""
        verbs = self.gaz.reporting["hostile_verbs"]
        roots = roots_of(words, conj=True)
        if any(c.dep_ == "nsubj" and (c.lower_ in FIRST_PERSON or any(p.lower_ in _OUR for p in c.children))
               for r in roots for c in r.children):
            return False  # 'Our personnel acted with restraint. The crew ignored repeated orders': an account of an
            # encounter that tells the speaker's side's own deeds too
        for r in roots:
            if r.lemma_ not in verbs or r.pos_ != "VERB" or any(
                    c.dep_ in ("neg", "nsubjpass", "auxpass", "xcomp") or c.dep_ == "aux" and c.lower_ not in (
                        "has", "have", "had", "is", "are", "was", "were") or c.dep_ == "dobj" and (
                        c.lower_ in ("nobody", "nothing", "none") or any(d.lower_ == "no" for d in c.children))
                    for c in r.children):
                continue
            subjects = [c for c in r.children if c.dep_ == "nsubj"]
            if not subjects and r.dep_ == "conj":
                subjects = [c for c in r.head.children if c.dep_ == "nsubj"]
            if speakers and subjects and self._own_subject(r if any(c.dep_ == "nsubj" for c in r.children)
                                                          else r.head, speakers):
                continue
            return True
        return False

    def hostile(self, words: list[Token]) -> bool:
        """Words that label something an attack, an invasion, an abduction ...: a judgement that criticizes."""
        nouns = self.gaz.reporting["hostile_nouns"]
        return any(t.lemma_.lower() in nouns and t.pos_ in ("NOUN", "PROPN") for t in words)

    def _own_force(self, tokens: list[Token]) -> str | None:
        """'Our operations will continue until ...', 'we will strike back': force the speaker's side says it
        will go on using warns."""
        inside = {t.i for t in tokens}
        roots = [t for t in tokens if (t.head.i not in inside or t.head.i == t.i) and t.pos_ == "VERB"]
        roots += [c for r in roots for c in r.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i in inside]
        for root in roots:  # ('We do not want war, but we will defend every inch of our land')
            if not any(c.dep_ == "aux" and c.lower_ in FUTURE for c in root.children) or any(
                    c.dep_ == "neg" for c in root.children):
                continue
            subjects = [c for c in root.children if c.dep_ == "nsubj"]
            ours = [c for c in subjects if c.lower_ == "we" or any(p.lower_ in _OUR for p in c.children)]
            if ours and (root.lemma_ in COERCIVE or any(c.lemma_ in FORCE_NOUNS for c in ours)):
                return "warn"
        return None

    def object_frame(self, head: Token) -> str | None:
        """The act of conveying a protest, gratitude, ...: from the noun the verb conveys."""
        frames = self.gaz.reporting["object_frames"]
        if head.lemma_ not in frames["verbs"]:
            return None
        nouns = [c for c in head.children if c.dep_ == "dobj"]
        nouns += [t for c in nouns for t in c.subtree if t.dep_ == "appos"]  # 'conveyed "the strongest protest"'
        for c in head.children:  # a quoted object may be parsed loosely
            if c.dep_ in ("dobj", "dative", "prep", "attr", "npadvmod", "oprd"):
                nouns += [t for t in c.subtree if t.pos_ == "NOUN"]
        return next((frames["nouns"][n.lemma_] for n in nouns if n.lemma_ in frames["nouns"]), None)

    def same_side(self, e: Entity, who: Entity) -> bool:
        """An entity is the speaker, the speaker's government, or the country in the speaker's title."""
        if e is who or e.key == who.parent or (who.parent and e.parent == who.parent):
            return True
        if e.label == "Person":  # 'Japan's security chief would travel': a person serving the speaker's side
            bodies = [b for _title, key in e.roles if (b := self.m.registry.get(key)) is not None]
            return any(g.kind == "government" and self.same_side(g, who)
                       for b in bodies if (g := self.m.registry.get(b.parent) or b) is not None)
        if e.label == "Institution" and e.kind != "government" and any(
                e.key in (key, (b.parent if (b := self.m.registry.get(key)) is not None else None))
                for _title, key in who.roles):
            return True  # 'the commission's president said ECOWAS was ready ...'
        if e.label == "Institution" and e.kind in _STATE_BODIES and e.country and any(
                b is not None and b.kind in _STATE_BODIES | {"government"} and b.country == e.country
                for _title, key in who.roles for b in [self.m.registry.get(key)]):
            return True  # 'the Coast Guard did not board any vessel', in the words of the country's spokesman
        if e.kind != "government" or not e.country:
            return False
        if who.label == "Institution":
            return who.country == e.country
        for _title, key in who.roles:  # "Daniel Porter, the U.S. special envoy, said the United States ..."
            inst = self.m.registry.get(key)
            if inst is not None and (inst.key == e.key or inst.parent == e.key or inst.country == e.country):
                return True
        if self._starts is None:
            self._starts = {}
            for m in self.m.mentions:
                self._starts.setdefault(m.entity.key, []).append(m.start)
        titles = self._starts.get(who.key, [])
        return any(c.name == e.country for start in titles for c in self.m.countries_between(max(0, start - 4), start))

    def reported_act(self, info: dict, head: Token, verb: Token, speakers: list[Entity] | None = None,
                     words: list[Token] | None = None) -> tuple[str, str]:
        """The act of reported speech (``_reported_act``); a warning of what the speaker's own side will do
        threatens ('warned that Tehran could suspend the flights', 'said Moscow would take every measure')."""
        act, code = self._reported_act(info, head, verb, speakers, words)
        if act == "warn" and head.i != verb.i and (self._own_threat(head, speakers) or awaits_anyone(head)):
            return "threaten", cameo("threaten")  # 'warned that anyone caught fishing there would be arrested'
        return act, code

    def _own_threat(self, head: Token, speakers: list[Entity] | None) -> bool:
        """Whether a clause tells what the speaker's own side will or may do ('we will ask', 'Tehran could
        suspend'): the guide's threat, where a warning is of what others will suffer or do."""
        if not speakers or not any(c.dep_ == "aux" and c.lower_ in FUTURE | {"would", "could", "may", "might"}
                                   for c in head.children) or any(c.dep_ == "neg" for c in head.children):
            return False  # ('we will not allow ...': a line drawn, which the guide calls a warning)
        subjects = [c for c in head.children if c.dep_ == "nsubj"]
        return bool(subjects) and all(c.lower_ in FIRST_PERSON or self._ours(c, speakers) for c in subjects) \
            or self._own_subject(head, speakers)

    def _reported_act(self, info: dict, head: Token, verb: Token, speakers: list[Entity] | None = None,
                      words: list[Token] | None = None) -> tuple[str, str]:
        """The act of reported speech: the reporting verb's, unless the reported clause says more."""
        reported = head.i != verb.i
        if info["act"] == "appeal" and verb.lemma_ == "remind" and any(
                c.dep_ == "dobj" and c.lemma_ in _THE_PRESS for c in verb.children):
            info = self.lexicon["say"]  # 'reminded reporters that the talks began in 2019' asks nothing of them
        if renews_charge(verb):
            return "criticize", cameo("criticize")  # 'repeated that charge, saying the camps existed'
        if info["act"] == "promise" and any(c.dep_ == "xcomp" and c.lemma_ in _REPRISALS for c in verb.children):
            return "threaten", cameo("threaten")  # "vowed to retaliate", "pledged to punish those responsible"
        if reported and info["act"] == "promise" and verb.lemma_ in self.accept and head.dep_ == "ccomp" and not any(
                c.dep_ == "aux" and c.lower_ in FUTURE | {"would", "should", "must"} for c in head.children):
            return "assert", cameo("assert")  # "agreed that there was no military solution": a view, no pledge
        if reported and self.pledged_together(head, speakers):
            return "promise", cameo("promise")  # 'the ministry said the two ministers had agreed to meet again'
        if reported and verb.lemma_ == "agree" and head.dep_ == "ccomp":
            return "promise", cameo("promise")  # 'agreed that the case should not be allowed to undermine trade':
            # what is agreed to be done or kept from being done is pledged, whatever its negation
        if reported and restraint_pledged(words or list(head.subtree)):
            return "promise", cameo("promise")  # 'said Mexico had no intention of breaking relations'
        if reported and (turn := but_clause(head)) is not None:
            return self._reported_act(info, turn, verb, speakers, words)  # "was open to talks but would not ..."
        if not reported and (frame := self.object_frame(verb)) is not None:
            return frame, cameo(frame)  # "the EU expressed deep concern over the escalation"
        if not reported and info.get("infinitive_act") and any(
                c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in verb.children):
            return info["infinitive_act"], cameo(info["infinitive_act"])  # 'hoped to put a draft before them'
        if not reported and (judges(verb) or info["act"] in ("assert", "comment")):
            named = [c for c in verb.children if c.dep_ == "oprd"] if judges(verb) else []
            judged = (self.cue_act(named) if named else None) or self.cue_act(words or list(verb.subtree))
            # "called the vote a sham", "described it as a crime"; the noun it is called says it first
            # ("called it a fabrication meant to hide an aggression" denies)
            if judged in ("criticize", "deny", "welcome", "threaten", "warn"):
                return judged, cameo(judged)
            if judges(verb):
                return ("criticize", cameo("criticize")) if self.hostile(named) or excessive(named) \
                    or self._protested(verb) else ("comment", "012")  # ('called the response "far too timid"':
                # found wanting)
        negated = reported and any(c.dep_ == "neg" or c.lower_ in ("never",) for c in head.children) or (
            reported and head.lemma_ == "have" and any(  # "insisted it had no troops there"
                c.dep_ in ("dobj", "attr") and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
                for c in head.children))
        if reported and info["act"] in ("assert", "comment") and warns_if_persisting(list(head.subtree)):
            return "warn", cameo("warn")  # "said the drills would continue as long as the provocations continue"
        if negated and head.lemma_ == "hesitate":
            return "warn", cameo("warn")  # "would not hesitate to defend itself"
        if negated and head.lemma_ in _REPRISALS | {"escalate"} and any(
                c.dep_ == "aux" and c.lower_ in FUTURE | {"would"} for c in head.children):
            return "promise", cameo("promise")  # "said Rwanda would not retaliate": restraint pledged
        refusal = self.cue_act(words or list(head.subtree)) if negated else None
        if refusal in ("threaten", "warn", "reject", "comment"):  # ('was not in a position to say': a comment)
            return refusal, cameo(refusal)  # "would not rule out closing its crossings again", "would not allow
            # X to ...", "was not a subject for bargaining": the negated phrase says more than the negation
        if negated and head.lemma_ in self.accept:
            return "reject", "12"
        if negated and head.lemma_ in _LEARNING:
            return "assert", cameo("assert")  # 'said it had not yet received a request', 'had not been informed of
            # the operation in advance': what the side was not told is a fact it tells, no charge denied
        if negated and info.get("negated") and head.pos_ == "VERB" and head.lemma_ not in ("have", "be") and any(
                c.dep_ == "aux" and c.lower_ in ("does", "do") for c in head.children):
            return "comment", "012"  # "said the process does not depend on one commander": a view, not a denial
        if negated and info.get("negated") and any(c.dep_ == "aux" and c.lower_ in ("can", "could")
                                                   for c in head.children) and not any(
                c.dep_ == "nsubj" and (c.lower_ in FIRST_PERSON or any(p.lower_ in _OUR for p in c.children))
                for c in head.children):  # (not 'our trucks cannot reach the valley': a fact)
            return "comment", "012"  # "said it could not remain a prisoner of geography": what may not be
        if negated and info.get("negated"):
            if any(c.dep_ == "aux" and c.lower_ in FUTURE | {"would"} for c in head.children):
                if any(c.dep_ in ("advcl", "prep") and any(m.lower_ in _UNTIL for m in [c, *c.children])
                       for c in head.children) and not any(
                        e.kind == "government" for c in head.children if c.dep_ == "nsubj" for e in self.m.resolve(c)):
                    return "threaten", cameo("threaten")  # "the group would not surrender its weapons while ..."
                    # (a government's refusal on a condition stays a refusal: "would not resume flows until ...")
                return "reject", "12"  # "said Asmara would not discuss the border": a refusal
            return info["negated"], cameo(info["negated"])
        if info.get("future") and any(c.lower_ in FUTURE for c in head.children):
            return info["future"], cameo(info["future"])
        if reported and info["act"] in ("assert", "comment"):
            act = self._clause_act(head, words or list(head.subtree), speakers or [])
            if act is not None:
                return act, cameo(act)
        return info["act"], info["cameo"]


# A cue word that names what is fought against is no judgement: 'counter-terrorism', 'anti-aggression'.
_NOT = r"(?<!\bnot )(?<!\bnot a )(?<!\bnot an )(?<!\bnever )(?<!n't )(?<!n’t )"
_HYPHENS = re.compile(r"(?<=\w) - (?=\w)")
_UNJUDGED = re.compile(r"\b(?:counter|anti)\s*-\s*\w+")


_WISHES = {"hope", "wish", "expect", "want"}
_CONTACTS = MEETINGS | {"contact", "conversation", "call", "meeting", "exchange"}  # 'There has been no contact
# since May' tells a fact of who met whom
_TERRITORY = {"territory", "soil", "land", "lands"}  # what a place is said to be of a country
_DESCRIBING = {"describe", "characterise", "characterize", "portray", "depict", "see", "regard", "view"}
_BIDDING = {"expect", "want", "wish"}  # ... X to do it: another side bid to act (not "hope")
_UNTIL = {"while", "until", "unless", "till"}  # a refusal on a condition threatens
_REPRISALS = {"retaliate", "avenge", "punish", "strike", "hit", "attack", "respond"}  # vowed to ...: a threat
TELLING = {"flag", "note", "say", "inform", "stress", "highlight", "mention", "update", "add", "announce",
            "underline", "point", "share", "report", "tell"}
_THE_PRESS = {"reporter", "journalist", "correspondent", "audience", "press", "media", "viewer", "reader"}
_STATE_BODIES = {"ministry", "military", "police", "agency", "embassy"}  # a country's own organs
_STRESSING = {"stress", "emphasise", "emphasize", "repeat", "reiterate", "admit", "confess", "recall", "remind"}
_WATCHING = {"follow", "monitor", "watch"}  # ... closely: a comment on what goes on
_DECIDING = {"decide", "resolve", "intend"}  # the speaker's side decided to act: it promises
_LEARNING = {"receive", "inform", "notify", "consult", "brief", "hear"}  # how a side learns of something


def plain_proof(word: Token) -> bool:
    """'The evidence is clear', 'The pictures are clear', 'The judgment is clear': what proves the speaker's case
    said to be plain tells the facts (an assert), no judgement of a deed."""
    return word.lower_ in ("clear", "solid", "unambiguous", "conclusive") and any(
        c.dep_ == "nsubj" and c.lemma_ in _PROOFS for c in word.head.children)


_PROOFS = {"evidence", "picture", "image", "video", "footage", "coordinate", "data", "record", "fact", "judgment",
           "judgement", "ruling", "award", "science", "map", "treaty", "law"}


def future_subject(head: Token, modals: set[str] = FUTURE) -> Token | None:
    """The subject of a plain future clause ('X will ...'; with ``modals`` also 'X would ...'), or None for a clause
    that is none: negated, a copula ('will be a grave mistake'), or with no subject."""
    if head.lemma_ == "be" or not any(c.dep_ == "aux" and c.lower_ in modals for c in head.children) or any(
            c.dep_ == "neg" for c in head.children):
        return None
    return next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")), None)


def every_one_will(head: Token) -> bool:
    """Whether a future clause pledges what will be done for every one or no one of some people or things: 'Every
    claim will be heard', 'Nobody will be turned back at the border', 'Not a single day of training will be lost'
    (not 'Nobody will cross this border until ...', a measure held over others)."""
    if any(c.dep_ == "advcl" for c in head.children) or head.lemma_ in ("allow", "permit", "tolerate"):
        return False  # ('Nobody will be allowed to keep weapons': a line drawn, a warning)
    subject = future_subject(head)
    return subject is not None and (subject.lower_ in _NOBODY | {"nothing", "everyone", "everybody"} or any(
        d.dep_ == "det" and d.lower_ in ("every", "each", "no") or d.lower_ == "single" for d in subject.children))


def awaits_anyone(head: Token, attempts: bool = True) -> bool:
    """Whether a future clause tells what awaits whoever acts: 'anyone caught crossing would be detained',
    'Whoever fires on our boats will find us waiting', 'boats caught poaching would be seized', and with attempts,
    what awaits any attempt ('any attempt to board our boats would be repelled'; not 'any attack would end
    the talks', a consequence warned of)."""
    subject = future_subject(head, FUTURE | {"would"})  # (not 'any violation would be a grave mistake': a judgement)
    return subject is not None and (subject.lower_ in _ANYONE or any(
        c.lower_ in _ANYONE for c in subject.children) or any(
        c.dep_ == "acl" and c.lemma_ in ("catch", "find") for c in subject.children) or attempts and subject.lemma_ in (
        "attempt", "move") and any(d.dep_ == "det" and d.lower_ == "any" for d in subject.children))


def particles(particle: str | list[str]) -> list[str]:
    """A verb's particle or particles as a list (the lexicon gives one or several)."""
    return [particle] if isinstance(particle, str) else particle


def particle_children(verb: Token, particle: str | list[str]) -> list[Token]:
    """The verb's particle ('ruled it out') or preposition right after it ('called on', not 'called X on Monday')."""
    return [c for c in verb.children if c.lower_ in particles(particle)
            and (c.dep_ == "prt" or (c.dep_ == "prep" and c.i == verb.i + 1 and not any(
                o.ent_type_ in ("DATE", "TIME") or o.lemma_ in TIME_NOUNS for o in c.children)))]


def cameo(act: str) -> str:
    """The CAMEO code of an act."""
    return ACTS.get(act, "010")
