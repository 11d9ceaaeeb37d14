"""What a clause reported with 'say' itself does (urge, deny, promise, warn, judge, protest), and whether its
subject is the speaker's own side.

A mixin of ``ActReader`` (speech_acts.py), with the mentions, the reporting lexicon and cues, and the act reader's
cue, frame, stance and side readers.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from dipgraph.loaders.act_forms import (
    CHARGE_NOUNS,
    FUTURE,
    NAMING,
    OWN_BODIES,
    announced_meeting,
    first_person_subject,
    has_subject,
    hypothetical,
    nobody_did,
    perfect,
    refused_until,
    subjunctive,
    treaty_upheld,
)
from dipgraph.loaders.entities import Entity
from dipgraph.loaders.gazetteer import Gazetteer
from dipgraph.loaders.mentions import Mentions

COPULAS = {"be", "represent", "remain", "constitute", "seem", "look", "become", "mark"}
# What a side threatens to do if a condition is met ('would impose sanctions if ...').
COERCIVE = {"impose", "respond", "retaliate", "strike", "hit", "punish", "cut", "expel", "sever", "use", "act",
            "attack", "block", "close", "sanction", "target", "defend",
            "fight"}  # not 'withdraw', 'halt': those concede
_JUDGING = {"criticize", "welcome", "reject", "deny"}  # acts a speaker's own verb performs when reported ('said
# she regretted the closure')
_FIGURES = {"step", "chapter", "source", "story", "milestone", "model", "example", "precondition"}  # what a
# thing is likened to: 'a source of light for the region', 'a first step' judge it
VOICED = {"explain", "describe", "express", "voice", "note", "remark", "comment", "underline", "highlight"}
# (comment verbs that, in the past, tell what was said then: 'we explained our position')
SHOWING = {"show", "prove", "demonstrate", "illustrate", "underscore", "confirm"}  # ... that: a reading
FORCE_NOUNS = {"operation", "strike", "attack", "offensive", "campaign", "force", "troop", "army", "response"}
_PREPARING = {"prepare", "draft", "consider", "weigh", "ready", "plan", "discuss", "finalise", "finalize"}
_FILING = {"lodge", "file", "deliver", "submit", "register", "issue"}  # handing in a protest, told as done
_OWN_POSSESSORS = OWN_BODIES | {"command", "country", "government", "ministry"}  # ('the army's': whose?)
_CLOSURES = {"blockade", "siege", "shut", "closed", "sealed"}  # what stays until another side gives in


class ClauseActs:
    """The act of a reported clause and whose side its subject is (mixed into ``ActReader``)."""

    m: Mentions
    gaz: Gazetteer
    in_quote: list[bool]
    lexicon: dict
    cues: dict
    cue_act: Callable[[list[Token]], str | None]
    no_such_deed: Callable[[list[Token]], str | None]
    hostile: Callable[[list[Token]], bool]
    charges_deed: Callable[[list[Token], list[Entity]], bool]
    object_frame: Callable[[Token], str | None]
    wish_for_others: Callable[[Token], bool]
    stance: Callable[[Token], str | None]
    same_side: Callable[[Entity, Entity], bool]

    def _clause_act(self, head: Token, words: list[Token], speakers: list[Entity]) -> str | None:
        """What a clause reported with 'say' itself does: urge, deny, promise, warn, judge, protest."""
        if any(c.dep_ == "aux" and c.lower_ in self.gaz.reporting["appeal_modals"] for c in head.children):
            return "appeal"  # "said the crossings must reopen"
        if subjunctive(head):
            return "appeal"  # "insists that Armenia first remove the clause": a demand
        words = self._own_words(head, words)
        if self.claims_territory(words):
            return "assert"  # 'said the reef was part of Chile's territory'
        if any(t.lower_ in self.cues["deny"] for t in words):
            return "deny"  # "said the claims were baseless"
        if (done := nobody_did(words)) is not None:
            return done  # 'told reporters that "not a single civilian" had been harmed'
        if (done := self.no_such_deed(words)) is not None:
            return done  # 'said there had been no incursion'
        cue = self.cue_act(words)
        if cue == "criticize" and self._own_deed(head, speakers) and not any(
                t.lemma_ in NAMING and t.dep_ in ("relcl", "ccomp", "pcomp") and self.cue_act(list(t.subtree))
                == "criticize" for t in words):  # (but 'had responded to what he called a "transgression"' judges)
            cue = None  # 'said its aircraft had struck "depots of the terrorist organisation"': an account
        if cue == "criticize" and hypothetical(words):
            cue = "warn"  # "said any attempt to alter the line would be unacceptable"
        if cue in ("deny", "promise", "warn", "threaten", "criticize", "comment", "reject", "welcome"):
            return cue  # "said Kyiv was ready for ...", "said X would 'hold accountable' ...", "was following closely"
        if self.charges_deed(words, speakers):
            return "criticize"  # 'said the deportations violated "the most basic rules"'
        readiness = self.gaz.reporting["readiness_words"]
        ready = head.lower_ in readiness and not perfect(head) or any(
            c.dep_ == "acomp" and c.lower_ in readiness for c in head.children)  # ('had prepared for': a deed)
        if head.lemma_ in COPULAS and not ready and any(
                self.in_quote[t.i] for c in head.children if c.dep_ in ("attr", "acomp", "dobj") for t in c.subtree):
            labels = [t for c in head.children if c.dep_ == "attr" for t in c.subtree]
            if self.hostile(labels):
                return "criticize"  # 'said the raid was "an attack on our fishermen"'
            named = {c.lemma_ for c in head.children if c.dep_ == "attr"}
            # what a thing is named tells what it is ('said the closure was "a security measure, not a sanction"');
            # what it is called in adjectives or likened to judges ('"frank and constructive"', 'a "useful step"')
            return "assert" if named and not named & _FIGURES else "comment"
        if (frame := self.object_frame(head)) is not None and not (head.lemma_ in _FILING and head.tag_ == "VBN"):
            return frame  # "said the envoy had conveyed the strongest protest" (not "had filed a complaint": a deed)
        if head.lemma_ in SHOWING and any(c.dep_ == "ccomp" for c in head.children) and not first_person_subject(head):
            return "comment"  # "said the release showed that dialogue works": a reading of events (not 'I can
            # confirm that ...': the speaker tells it)
        conditional = any(c.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in c.children)
                          for c in head.children)
        if refused_until(head):
            return "reject"  # "said there would be no talk of restoring ties until ..."
        if self._until(head):
            return "threaten"  # "said the crossing would stay closed until Kabul gives guarantees"
        if conditional and any(c.dep_ == "aux" and c.lower_ in FUTURE | {"would"} for c in head.children) and (
                head.lemma_ in COERCIVE or not self._own_subject(head, speakers)):
            return "warn"  # "said Chile would impose sanctions if the attacks continued", "... they would pay if"
        if head.lemma_ in _PREPARING and speakers and self._own_subject(head, speakers) and any(
                t.lemma_ in ("sanction", "countermeasure", "retaliation", "reprisal") for c in head.children
                if c.dep_ == "dobj" for t in c.subtree):
            return "threaten"  # "said the bloc was preparing a new package of sanctions against ..."
        inner = self.lexicon.get(head.lemma_)
        if inner and inner["act"] == "appeal" and not inner.get("particle"):
            return "appeal"  # "said Washington would prefer ...": a wish of the speaker's side, not a plan
        if self.wish_for_others(head):
            return "appeal"  # "said China hoped the two neighbours would resolve their differences"
        if speakers and (ready and not self._other_side(head, speakers)
                         or self._own_plan(head, speakers) and self._own_subject(head, speakers)):
            deed = [x for x in head.subtree if x.dep_ == "xcomp" and x.pos_ == "VERB"] + [head]
            if any(x.lemma_ in COERCIVE for x in deed):
                return "warn"  # "said the United States was prepared to impose further sanctions"
            if head.lemma_ in self.gaz.reporting["deliberation_verbs"]:
                return "comment"  # "said he would study the invitation": a view, no commitment to act
            return "promise"  # "said Japan would deliver ...", "said he hoped to ...", "said Kyiv was ready to"
        stance = self.stance(head)
        if stance and speakers and self._own_subject(head, speakers):
            return stance  # "said it supported the talks"
        if treaty_upheld(head):
            return "promise"  # 'reiterated that Article 5 of the security treaty applies to the islands'
        if announced_meeting(head):
            return "promise"  # "said the two sides would meet again in London early next year"
        if inner and inner["act"] in _JUDGING and not inner.get("particle") and not perfect(head) \
                and self._own_subject(head, speakers):
            return inner["act"]  # "said she regretted the closure", "said it rejected the claim": the judgement made
            # (not 'said it had rejected ...': told as done before)
        if inner and inner["act"] == "comment" and self._own_subject(head, speakers) \
                and not (head.tag_ == "VBD" and head.lemma_ in VOICED):  # ('we explained our position': a deed)
            return "comment"  # "said it hoped the meeting would ..."
        return "appeal" if inner and inner["act"] == "appeal" else None  # "said X had called for"

    def _own_words(self, head: Token, words: list[Token]) -> list[Token]:
        """The words of a reported clause without someone else's words told inside it ('the two were held for
        violating the border, a charge Tbilisi rejects': the rejection is Tbilisi's, not the teller's)."""
        others = {t.i for w in words if w.i != head.i and w.pos_ == "VERB" and w.lemma_ in self.lexicon
                  and any(c.dep_ == "nsubj" for c in w.children) and w.dep_ in ("relcl", "acl", "appos")
                  for t in w.subtree}
        words = [w for w in words if w.i not in others] if others else words
        plain = [w for w in words if not w.is_quote]
        cut = next((w.i for k, w in enumerate(plain[:-2]) if w.text == "," and plain[k + 1].lower_ in ("a", "an")
                    and plain[k + 2].lemma_ in CHARGE_NOUNS), None)  # the parser may not see the relative
        return [w for w in words if w.i < cut] if cut is not None else words

    def _own_deed(self, head: Token, speakers: list[Entity]) -> bool:
        """'its aircraft had struck ...', 'its units had repelled ...': what the speaker's own side did (active)."""
        past = head.tag_ == "VBD" or perfect(head)
        return past and head.pos_ == "VERB" and not any(c.dep_ in ("auxpass", "neg") for c in head.children) \
            and bool(speakers) and self._own_subject(head, speakers)

    def _own_plan(self, head: Token, speakers: list[Entity]) -> bool:
        """A reported clause about what the speaker's own side will do or hopes to do."""
        intent = self.gaz.reporting["intent_verbs"]
        intends = (head.lemma_ in intent or head.lower_ in intent) and any(c.dep_ == "xcomp" for c in head.children)
        future = any(c.dep_ == "aux" and c.lower_ in FUTURE | {"would"} for c in head.children)
        if not (intends or future) or any(c.dep_ in ("neg", "auxpass") for c in head.children):
            return False
        return self._own_subject(head, speakers)

    def _until(self, head: Token) -> bool:
        """'would stay closed until Kabul gives guarantees', 'operations would continue until the blockade is
        lifted': force or closure that will last until another side does something (not 'until further notice')."""
        waits = [c for c in head.children if c.dep_ == "advcl" and has_subject(c)
                 and any(m.dep_ == "mark" and m.lower_ == "until" for m in c.children)]
        if not waits or not any(c.dep_ == "aux" and c.lower_ in FUTURE | {"would"} for c in head.children) \
                or any(c.dep_ == "neg" for c in head.children):
            return False
        own = [t for c in head.children if c.i != waits[0].i for t in c.subtree] + [head]
        return any(t.lemma_ in COERCIVE or t.lemma_ in FORCE_NOUNS or t.lemma_ in _CLOSURES
                   for t in own)

    def _other_side(self, head: Token, speakers: list[Entity]) -> bool:
        """The clause's subject is known to be another side than the speaker's, told by a speaker whose side is
        known: a party named that is not the speaker's own ('the minister said Belmark was ready to ...'), or people
        of no named party ('said the rebels were ready to talk'; not 'the bloc', a body the speaker may stand for)."""
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        return any(who.label == "Institution" or who.roles for who in speakers) \
            and any(self.m.resolve(c) or c.tag_ == "NNS" and c.lemma_.lower() not in OWN_BODIES
                    and not any(p.dep_ == "poss" for p in c.children) for c in subjects) \
            and not self._own_subject(head, speakers)

    def _own_subject(self, head: Token, speakers: list[Entity]) -> bool:
        """The clause's subject is the speaker's own side ('X said he ...', 'the ministry said it ...',
        'X said his government ...')."""
        nsubj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        while not nsubj and head.dep_ == "conj" and head.head.i != head.i:  # '... and supported "dialogue"'
            head = head.head
            nsubj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(c.lower_ == "it" for c in nsubj) and speakers and all(who.label == "Person" for who in speakers) \
                and not any(self.same_side(e, who) for c in nsubj for e in self.m.resolve(c) for who in speakers):
            return False  # 'the minister said it (the road) would cut the journey': a thing, not his side
        if any(c.lower_ in ("he", "she", "i", "we", "it") for c in nsubj):  # "X said he hoped to ...": X himself
            return True
        if len(speakers) > 1 and any(c.lower_ == "they" for c in nsubj):  # "the two armies said they would ..."
            return True
        if any(p.dep_ == "poss" and (p.lower_ in ("his", "her", "its", "our", "my")
                                     or p.lemma_.lower() in _OWN_POSSESSORS
                                     and [d.lower_ for d in p.children if d.dep_ == "det"] == ["the"])
               for c in nsubj for p in c.children):  # ("said the command's troops were ready to ...")
            return True
        if any(c.lemma_ in ("government", "country", "nation") and [d.lower_ for d in c.children] == ["the"]
               for c in nsubj):
            return True  # "the minister said the government would ...": the speaker's own
        if any(c.lemma_.lower() in OWN_BODIES and [d.lower_ for d in c.children if d.dep_ in ("det", "poss")]
               == ["the"] for c in nsubj) \
                and any(b is not None and b.kind != "government" for who in speakers for _t, key in who.roles
                        for b in [self.m.registry.get(key)]):
            return True  # "the bloc's spokeswoman said the bloc was preparing ...", "the Commission stands ready":
            # the body she speaks for
        subjects = [e for c in nsubj for e in self.m.resolve(c)]
        return bool(subjects) and all(any(self.same_side(e, who) for who in speakers) for e in subjects)
