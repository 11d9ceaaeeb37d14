"""When a clause happened: the article's date expressions, attached to the verbs whose clauses they date."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from dipgraph.loaders.speech_acts import TIME_NOUNS

DOCUMENTS = {"statement", "communique", "communiqué", "declaration", "release", "letter", "note"}
# What carries words, and so dates them: 'denied it in a message posted on Tuesday night'.
VEHICLES = DOCUMENTS | {"message", "post", "interview", "address", "speech", "briefing", "conference", "remarks",
                        "video", "broadcast", "readout", "tweet", "appearance"}
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


class ClauseDates:
    """The dates of one parsed article, by token, and the date of any verb's clause."""

    def __init__(self, doc: Doc, sent: Callable[[int], Span], found: list[tuple[int, int, str]]) -> None:
        self.doc, self.sent = doc, sent
        self.tokens: dict[int, str] = {}
        for start, end, value in found:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                for t in span:
                    self.tokens[t.i] = value
        # the date tokens by the verb of their clause, in the order above: a verb's own dates are looked up, not
        # searched for (a long paragraph has thousands of verbs and dates)
        self._by_clause: dict[int, list[int]] = {}
        for i in self.tokens:
            if (cv := clause_verb(doc[i])) is not None:
                self._by_clause.setdefault(cv.i, []).append(i)

    def of(self, verb: Token, exclude: Token | None = None, words: bool = False) -> str | None:
        """The date attached to a verb's own clause (not to a clause it reports). With ``words``, the verb
        says something: a date of what it speaks about ('welcomed the release on Tuesday of ...', 'promised
        officers by July') does not date the speaking."""
        inner = {t.i for t in exclude.subtree} if exclude is not None else set()
        own = self._by_clause.get(verb.i, [])
        if verb.i + 1 < len(self.doc) and _participle_next(self.doc[verb.i + 1], verb):
            order = list(self.tokens)  # "began [talking] on Monday": the participle's dates are the verb's too
            own = sorted(own + self._by_clause.get(verb.i + 1, []), key=order.index)
        for i in own:
            if i in inner or words and _about(self.doc[i], verb):
                continue
            return self.tokens[i]
        found = self._misattached(verb) or self._relative(verb) or self._vehicle(verb) or self._day_named_before(verb)
        if found is None and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            found = self.of(verb.head, exclude=verb)  # "said on Monday that ..., but warned that ..."
        if found is None and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and not any(
                t.ent_type_ in ("DATE", "TIME") for t in verb.subtree):
            found = self._fronted(verb.head)  # "In April, X detained six fishermen, and Y summoned the envoy"
        if found is None and verb.dep_ in ("xcomp", "advcl") and verb.head.pos_ == "VERB" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            found = self.of(verb.head, exclude=verb)  # "summoned the envoy on Monday to demand ...": its purpose
        if found is None and verb.dep_ == "pcomp" and verb.head.lower_ == "by" and verb.head.head.pos_ == "VERB":
            found = self.of(verb.head.head, exclude=verb)  # "responded on Monday by closing the crossing": the means
        if found is None and verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ == "VERB" and not any(
                c.dep_ in ("mark", "nsubj") for c in verb.children):
            found = self.of(verb.head, exclude=verb)  # "sanctioned two senators on Tuesday, accusing them of ..."
        return found

    def _fronted(self, verb: Token) -> str | None:
        """A date set before a verb's subject, at the head of its sentence ('In late August, X halted ...'): it
        dates the clauses joined to the verb too."""
        subject = next((c.left_edge.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            return None
        days = [i for i in self._by_clause.get(verb.i, []) if i < subject]
        return self.tokens[days[0]] if days else None

    def _misattached(self, verb: Token) -> str | None:
        """A date the parser gave to a reporting clause set after the verb's own ('X telephoned Y on Wednesday
        morning, the presidency said'): before that clause's subject, it is the verb's."""
        for c in verb.children:
            subject = next((s.left_edge.i for s in c.children if s.dep_ == "nsubj"), None)
            if c.dep_ == "parataxis" and c.i > verb.i and subject is not None:
                days = [i for i in self._by_clause.get(c.i, []) if verb.i < i < subject]
                if days:
                    return self.tokens[days[0]]
        return None

    def _vehicle(self, verb: Token) -> str | None:
        """The date of what carried the words: 'denied it in a message posted on Wednesday night', 'said in an
        interview broadcast on Sunday'."""
        heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]  # 'denied responsibility in a message'
        for prep in (c for h in heads for c in h.children):
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "during", "at"):
                continue
            for noun in prep.children:
                if noun.dep_ == "pobj" and noun.lemma_ in VEHICLES:
                    said = {t.i for c in noun.children if any(m.dep_ == "mark" and m.lower_ == "that"
                                                              for m in c.children) for t in c.subtree}
                    # ('said in a statement that X had refused in 1987 ...': what it says is not when)
                    dates = {self.tokens[t.i] for t in noun.subtree if t.i in self.tokens and t.i not in said}
                    if len(dates) == 1:
                        return dates.pop()
        return None

    def _day_named_before(self, verb: Token) -> str | None:
        """'Hours later, the ministry summoned ...', '... the same day', 'the next day': the last day named
        before, in this sentence or the one before, or the day after it."""
        # 'hours later' is that day; 'five days later', that many days after ('days later' says no day)
        after = [(c, 0 if n.lemma_ in ("hour", "minute") else _count(n)) for c in verb.children
                 if c.dep_ == "advmod" and c.lower_ == "later"
                 for n in c.children if n.dep_ == "npadvmod" and n.lemma_ in ("hour", "minute", "day")]
        later = [c for c, days in after if days is not None]
        shift = next((days for _, days in after if days is not None), 0)
        if not later:  # 'Later in the day', 'earlier in the day': that day ('in the day' on either word)
            later = [c for c in verb.children if c.dep_ == "advmod" and c.lower_ in ("later", "earlier") and any(
                p.dep_ == "prep" and p.lower_ == "in" and any(o.lemma_ == "day" for o in p.children)
                for p in (*c.children, *verb.children))]
        if not later:  # 'the same day', 'that evening', 'on the next day'
            later = [c for c in verb.children if c.dep_ in ("npadvmod", "advmod") and c.lemma_ in _DAY_PARTS and any(
                d.lower_ in _SAME_DAY for d in c.children)] or [
                o for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" for o in c.children
                if o.dep_ == "pobj" and o.lemma_ == "day" and any(d.lower_ in _SAME_DAY for d in o.children)]
            shift = max((_SAME_DAY[d.lower_] for c in later for d in c.children if d.lower_ in _SAME_DAY), default=0)
        if not later:
            return None
        sent = self.sent(verb.i)
        start = self.sent(sent.start - 1).start if sent.start > 0 else sent.start
        days = [v for i, v in sorted(self.tokens.items()) if start <= i < later[0].i and len(v) == 10]
        return (date.fromisoformat(days[-1]) + timedelta(days=shift)).isoformat() if days else None

    def _relative(self, verb: Token) -> str | None:
        """'a day after X happened': the date of the clause it hangs on, shifted by the stated days."""
        marks = [c.lower_ for c in verb.children if c.dep_ in ("mark", "prep")]
        days = [c for c in verb.children if c.dep_ == "npadvmod" and c.lemma_ in ("day", "week")]
        if not days or not ({"after", "before"} & set(marks)) or verb.head.i == verb.i:
            return None
        count = _count(days[0])
        base = self.of(verb.head) or next(
            (v for i, v in self.tokens.items() if self.sent(verb.i).start <= i < self.sent(verb.i).end
             and not verb.left_edge.i <= i <= verb.right_edge.i), None)
        if count is None or base is None or len(base) != 10:
            return None
        step = count * (7 if days[0].lemma_ == "week" else 1) * (-1 if "after" in marks else 1)
        return (date.fromisoformat(base) + timedelta(days=step)).isoformat()


_DEADLINES = {"by", "before", "until", "till"}
_SAME_DAY = {"same": 0, "that": 0, "next": 1, "following": 1, "previous": -1}  # 'the same day', 'the next day'
_DAY_PARTS = {"day", "morning", "afternoon", "evening", "night"}  # 'the same day', 'that evening'
# Whom words are said to: a date the parser hangs on them still dates the speaking ('told reporters on Monday').
_AUDIENCES = {"reporter", "journalist", "lawmaker", "parliament", "legislator", "audience", "crowd", "supporter",
              "delegate", "counterpart", "press"}


def _count(noun: Token) -> int | None:
    """How many of a time noun: 'five days', 'a day', '3 weeks'."""
    return next((_NUMBERS.get(c.lower_) or (int(c.text) if c.text.isdigit() else None)
                 for c in noun.children if c.dep_ in ("nummod", "det")), None)


def _about(date_token: Token, verb: Token) -> bool:
    """A date inside what a verb speaks about: a deadline ('by July') or a date hung on a noun of its object
    ('the release on Tuesday of four officers'), not on the verb, its time nouns, vehicles or audience."""
    if date_token.dep_ == "prep" and date_token.lower_ in _DEADLINES:
        return True  # the expression's own 'by' ('by July')
    h = date_token
    while h.i != verb.i and h.head.i != h.i:
        if h.dep_ == "pobj" and h.head.lower_ in _DEADLINES:
            return True
        h = h.head
        carrier = h.lemma_ in VEHICLES and h.dep_ == "pobj" and h.head.lower_ in ("in", "at", "during", "through")
        if h.i != verb.i and h.pos_ == "NOUN" and h.lemma_ not in TIME_NOUNS | _AUDIENCES and not carrier \
                and h.i != date_token.i:
            return True  # 'a statement on Thursday' carries the words; 'the release on Monday' is spoken about
        if h.pos_ in ("VERB", "AUX"):
            return False
    return False


def _participle_next(cv: Token, verb: Token) -> bool:
    """A participle right after a verb that the parser made a clause of its own: 'accused [neighbouring] Chad on
    Thursday of ...' (a modifier of the object), 'began [talking] on Monday'."""
    return cv.dep_ == "xcomp" and cv.tag_ == "VBG" and cv.head.i == verb.i and cv.i == verb.i + 1


def clause_verb(t: Token) -> Token | None:
    """The nearest verb above a token (the clause it belongs to). A date that modifies a common noun
    ('a 2015 agreement') dates that noun, not the clause: it belongs to none."""
    if t.dep_ in ("nummod", "compound", "amod", "poss") and t.head.pos_ == "NOUN" and t.head.lemma_ not in TIME_NOUNS:
        return None
    h = t
    while h.head.i != h.i:
        h = h.head
        if h.pos_ in ("VERB", "AUX"):
            return h
    return h if h.pos_ in ("VERB", "AUX") else None
