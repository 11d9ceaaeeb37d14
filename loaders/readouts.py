"""Statements told in passing and by readouts: 'according to X', a readout's agreements, charges answered in
a relative clause, passive accusations, the speaker's own asides, reactions dated by what they answer.

Part of Speech (a mixin): it uses the parsed document, the mentions, the reporting lexicon and the speaker finder.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from dipgraph.loaders.clause_dates import VEHICLES
from dipgraph.loaders.entities import Entity
from dipgraph.loaders.said import Said, trim
from dipgraph.loaders.speakers import misparsed_finite
from dipgraph.loaders.speech_acts import cameo

if TYPE_CHECKING:
    from dipgraph.loaders.mentions import Mentions
    from dipgraph.loaders.speech_acts import ActReader

AGREEING = {"agree"}  # verbs by which parties commit together
_DASH_CLAIM = re.compile(r"\s*[—–]\s*([^—–\n]{10,300}?)\s*(?:[—–]|\n|$)")
# Nouns by which a reaction points back to what was said just before ('rejected the call').
_POINTED = {"call", "charge", "accusation", "allegation", "claim", "offer", "proposal", "demand", "warning",
            "report", "remark", "statement", "appeal", "request", "ultimatum", "threat", "suggestion"}
CHARGES = {"charge", "accusation", "allegation", "claim", "assertion", "account", "version", "suggestion"}


def answers_a_charge(v: Token) -> Token | None:
    """'..., a charge Lima denies', 'an accusation Ankara rejects': the charge noun a reporting verb's relative
    clause answers (the verb's object is the noun itself)."""
    if v.dep_ == "relcl" and v.head.lemma_ in CHARGES and not any(c.dep_ in ("dobj", "ccomp") for c in v.children):
        return v.head
    # the parser may make the charge the object, subject or a compound of the subject of a verb that takes
    # the sentence before it as its clause: ', a charge Lima denies'
    doc = v.doc
    return next((c for c in doc[max(v.i - 6, 1):v.i] if c.lemma_ in CHARGES and c.i >= 2 and doc[c.i - 1].lower_
                 in ("a", "an") and doc[c.i - 2].text == "," and c.head.i in (v.i, c.i + 1)), None)


def passive(v: Token) -> bool:
    """'was accused by ...', 'X, accused by ...' (not 'a step Y condemned as ...', which has its subject)."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in v.children) or v.tag_ == "VBN" and v.dep_ == "acl" \
        and not any(c.dep_ == "nsubj" for c in v.children) and not misparsed_finite(v)


class Readouts:
    """What readouts and asides say, and who says it: mixed into Speech, whose state it uses."""

    doc: Doc
    m: Mentions
    text: str
    lexicon: dict
    body_start: int
    in_quote: list[bool]
    date_tokens: dict[int, str]
    acts: ActReader
    group: Callable[[Token], list[Entity]]
    last_named_body: Callable[[Token], list[Entity]]

    def date_reactions(self, said: list[Said]) -> None:
        """'Lawmakers on Thursday demanded ... . The minister rejected the call': an undated reaction to what
        was just said, named by a word that points back to it, was made the day that was said."""
        for k, s in enumerate(said):
            if s.date is not None or s.verb is None:
                continue
            span = self.doc.char_span(s.start, s.end, alignment_mode="expand")
            verbs = [self.doc[s.verb], *(span if span is not None else [])]  # 'rejected the call', 'Cambodia
            if not any(c.dep_ == "dobj" and c.lemma_ in _POINTED and c.head.pos_ == "VERB"  # accepted the offer'
                       and any(d.lower_ in ("the", "that", "this") for d in c.children)
                       for v in verbs for c in v.children):
                continue
            before = self.m.sent(s.verb).start
            for _ in range(2):  # what it answers was said in one of the two sentences before
                before = self.m.sent(before - 1).start if before > 0 else before
            earlier = [r for r in said[:k] if r.date and r.verb is not None and before <= r.verb < s.verb
                       and not set(map(id, r.speakers)) & set(map(id, s.speakers))]
            if earlier:
                s.date = earlier[-1].date
                for r in said[k + 1:]:  # '..., saying the talks were the only road': said then too
                    if r.date is None and r.sentence == s.sentence and r.speakers == s.speakers:
                        r.date = s.date

    def _passive_act(self, v: Token, info: dict) -> bool:
        """'Belarus has been accused by Lithuania of ...': a passive reporting verb that does something (not
        'was told') is the act of whoever its 'by' names."""
        return info["act"] not in ("assert", "comment") and not info.get("particle") and any(
            c.dep_ == "agent" for c in v.children)

    def _own_aside(self, v: Token, speakers: list[Entity]) -> bool:
        """'He denied any role in the launches, which he blamed on smugglers', 'China called the drills a
        provocation, which Seoul rejected hours later': a relative clause in which someone named does something
        is a statement of its own, not content of the clause it sits in."""
        if v.dep_ != "relcl" or not speakers:
            return False
        subjects = [c for c in v.children if c.dep_ == "nsubj"]
        if not subjects or all(c.lower_ in ("which", "that", "who", "it", "they", "he", "she") for c in subjects):
            h = v  # ('which he blamed on', 'which it called'): only when the outer speaker says it again
            while h.head.i != h.i and not (h.dep_ == "ccomp" and h.head.lemma_ in self.lexicon):
                h = h.head
            return h.head.i != h.i and {id(e) for e in self.speakers(h.head)[0]} == {id(e) for e in speakers}
        return True

    def _lead_date(self, verb: Token, clause: Token) -> tuple[str, int] | None:
        """A date phrase right after a reporting verb that opens its clause without 'that' ('said on Thursday it
        was ready'): its date and the first token after it."""
        prep = self.doc[verb.i + 1] if verb.i + 1 < len(self.doc) else None
        if prep is None or prep.dep_ != "prep" or prep.head.i != clause.i or prep.i != clause.left_edge.i:
            return None
        dates = [self.date_tokens[t.i] for t in prep.subtree if t.i in self.date_tokens]
        return (dates[0], prep.right_edge.i + 1) if dates else None

    def _agreed_by_others(self, v: Token, parties: list[Entity]) -> bool:
        """'the ministry said the two had agreed to meet again': an agreement a readout tells is also a
        commitment of each party to it, when the parties are two or more people and the teller is none of them."""
        if v.lemma_ not in AGREEING or len(parties) < 2 or any(e.label != "Person" for e in parties):
            return False  # 'said the two delegations had agreed to discuss a truce': the teller's account
        h = v
        while h.head.i != h.i and not (h.dep_ == "ccomp" and h.head.lemma_ in self.lexicon):
            h = h.head
        tellers = self.speakers(h.head)[0] if h.head.i != h.i else []
        return not any(e is t for e in parties for t in tellers)  # (a party's own ministry may tell it)

    def according_to(self) -> list[Said]:
        """'According to X, <clause>': the clause is X's statement."""
        out = []
        for t in self.doc:
            if t.lower_ != "according" or t.idx < self.body_start or self.in_quote[t.i]:
                continue
            objs = [o for c in t.children if c.lower_ == "to" for o in c.children if o.dep_ == "pobj"]
            speakers = [e for o in objs for e in self.m.resolve(o) or self.group(o) or self._source(o)
                        or self.last_named_body(o) if e.label != "Place"]
            head = t.head
            while head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX") and t.i > head.i:
                head = head.head  # 'X and Y spoke on Monday and agreed to ..., according to a readout': all of it
            if not speakers or head.i == t.i or head.pos_ not in ("VERB", "AUX"):
                continue
            if any(h.lemma_ in self.lexicon and any(e.label == "Person" for c in h.children if c.dep_ == "nsubj"
                                                    for e in self.m.resolve(c)) for h in (head, *head.ancestors)):
                continue  # 'X stressed ... and said ..., according to a readout': X's own statements, told apart
            skip = {x.i for x in t.subtree}
            kept = [x.i for x in head.subtree if x.i not in skip]
            span = trim(self.doc[min(kept):max(kept) + 1]) if kept else None
            if span is None or any(x.i in skip for x in span):
                span = trim(self.doc[t.right_edge.i + 1:head.right_edge.i + 1] if t.i < head.i
                             else self.doc[head.left_edge.i:t.left_edge.i])  # '<clause>, according to X.'
                span = span if span is None or not any(x.i in skip for x in span) else None
            if span is None or self._mostly_quoted(span):
                continue
            act = "deny" if any(x.dep_ == "neg" for x in head.children) else "assert"
            sent = self.m.sent(t.i)
            out.append(Said(speakers, span.start_char, span.end_char, "indirect", act, cameo(act), "according_to",
                            (sent.start_char, sent.end_char), self.said_on(head), head.i))
        return out

    def _source(self, vehicle: Token) -> list[Entity]:
        """Who put out a readout or statement: 'a readout from X', 'X's readout', 'an X statement', 'a statement
        issued by X'."""
        if vehicle.lemma_ not in VEHICLES:
            return []
        for c in vehicle.children:
            if c.dep_ == "poss":
                return self.m.resolve(c)
            if c.dep_ in ("compound", "nmod") and (issuer := [e for e in self.m.resolve(c) if e.label != "Place"]):
                return issuer  # 'according to a UNISFA statement', 'a Kremlin readout'
            if c.dep_ == "prep" and c.lower_ in ("from", "by"):
                return [e for o in c.children if o.dep_ == "pobj" for e in self.m.resolve(o) or self.group(o)]
            if c.dep_ == "acl":  # 'a statement issued by the two armies'
                return [e for a in c.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"
                        for e in self.m.resolve(o) or self.group(o)]
        return []

    def dash_attributions(self) -> list[Said]:
        """A claim set after a speaker's name and a dash, as in summary lines: 'Name — claim –'."""
        out = []
        for mention in self.m.mentions:
            if mention.entity.label != "Person":
                continue
            end_char = self.doc[mention.end - 1].idx + len(self.doc[mention.end - 1].text)
            m = _DASH_CLAIM.match(self.text, end_char)
            if not m:
                continue
            start, end = m.start(1), m.end(1)
            tokens = self.tokens(start, end)
            verbs = [t for t in tokens if t.pos_ in ("VERB", "AUX") and t.dep_ != "aux"]
            if not verbs:
                continue
            neg = any(t.dep_ == "neg" for t in tokens)
            act = "deny" if neg else "assert"
            sent = self.m.sent(tokens[0].i)
            out.append(Said([mention.entity], start, end, "indirect", act, cameo(act), "dash_attribution",
                            (sent.start_char, sent.end_char)))
        return out
