"""When events happened: the dates of their clauses, of the things they are told with, of later mentions.

A mixin of ``Events`` (events.py), with the parse, the speech (its dates by token) and the mentions it holds.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from dipgraph.loaders.clause_dates import clause_verb
from dipgraph.loaders.dyads import Happened
from dipgraph.loaders.speech_acts import TIME_NOUNS
from dipgraph.loaders.targets import finite_modifier, name_head

if TYPE_CHECKING:
    from dipgraph.loaders.mentions import Mentions
    from dipgraph.loaders.parties import Parties
    from dipgraph.loaders.speech import Speech


# verbs whose 'to' clause is what is agreed to be done, at its own later time ("agreed to meet in May")
AGREEING = ("agree", "decide", "pledge", "promise", "undertake", "commit", "resolve", "vow")
RELATIVE_TIME = {"later", "earlier", "afterwards", "afterward", "before", "ago", "since", "previously", "then",
                 "once", "formerly"}


def what_they_call(clause: Token) -> list[Token]:
    """What a clause opening on 'what' calls the thing done to ("struck what the army described as rebel
    depots", "bombed what officials said were rebel camps"): the nouns after 'as', or the predicate nouns."""
    if clause.left_edge.lower_ != "what" or clause.left_edge.tag_ != "WP":
        return []
    return [t for t in clause.subtree if t.pos_ in ("NOUN", "PROPN") and (
        t.dep_ == "pobj" and t.head.lower_ == "as" or t.dep_ in ("attr", "oprd"))][:1]


class EventDates:
    """The dates of events (mixed into ``Events``)."""

    doc: Doc
    s: Speech
    m: Mentions
    p: Parties
    _noun_key: Callable[[Token], str]

    def _when(self, trigger: Token, verb: Token | None) -> str | None:
        """The date of an event: of its verb's clause, else of a clause it hangs on or holds, else of its noun."""
        if trigger.pos_ == "VERB":
            where = trigger.dep_ == "relcl" and trigger.head.i in self.s.date_tokens  # "on Sunday, where I met X"
            return (where and self._date_of_antecedent(trigger)) or self._date_of_misparsed(trigger) \
                or self.s.date_of(trigger) or next(
                (d for c in trigger.children if c.dep_ == "xcomp" and trigger.lemma_ not in AGREEING
                 and (d := self.s.date_of(c))), None) or next(
                (self.s.date_tokens[t.i] for c in trigger.children if c.dep_ == "ccomp" and what_they_call(c)
                 for t in c.subtree if t.i in self.s.date_tokens), None) \
                or self._date_of_antecedent(trigger) or self._date_before_purpose(trigger) \
                or self._date_of_decision(trigger)
            # "ordered the envoy to leave the country on Tuesday", "struck what it called depots on Sunday"
        if verb is not None:
            return self.s.date_of(verb) or self._own_date(trigger)
        date = self._own_date(trigger)
        if date is None and trigger.dep_ in ("nsubj", "nsubjpass", "dobj") and trigger.head.pos_ == "VERB":
            date = self.s.date_of(trigger.head)  # "Israeli airstrikes killed 20 people on Sunday"
        elif date is None and trigger.dep_ == "pobj" and trigger.head.lower_ == "under" \
                and trigger.head.head.pos_ == "VERB":
            date = self.s.date_of(trigger.head.head)  # "the town came under attack on Monday"
        return date

    def _date_of_misparsed(self, v: Token) -> str | None:
        """The date of a finite verb the parser hung on the name after it ("Yesterday, A [summoned Ambassador] B",
        with 'Yesterday' and B the sentence's root): the root's own date is the verb's."""
        head = name_head(v.head) if finite_modifier(v) else None
        if head is None or head.dep_ != "ROOT":
            return None
        return next((self.s.date_tokens[t.i] for c in head.children if c.dep_ in ("npadvmod", "advmod", "prep")
                     for t in c.subtree if t.i in self.s.date_tokens), None)

    def _to_come(self, e: Happened) -> bool:
        """Whether an event not told in the past is dated after the article: only planned ("Tomorrow, he
        travels to Pemba"); but "closed the border until April 10" happened."""
        today, clause = self.s.article_date, self.doc[e.extra.get("clause", e.trigger)]
        past = clause.tag_ in ("VBD", "VBN") or any(c.dep_ == "aux" and c.lemma_ == "have" for c in clause.children)
        ahead = any(t.lower_ in ("next", "tomorrow", "coming", "upcoming") and t.ent_type_ == "DATE"
                    for t in clause.subtree)  # "she travels to Algiers next week", dated to this month
        return bool(e.date and today and e.date > today[:len(e.date)] or ahead) and not past

    def _dates_from_later_mentions(self, events: list[Happened]) -> None:
        """An undated event takes the date of another mention of the same kind of thing in the article
        ('talks in Vienna' ... 'Tuesday's opening of talks'), when exactly one such date exists."""
        by_key: dict[str, list[Token]] = {}
        if any(e.date is None for e in events):
            for t in self.doc:
                if t.pos_ in ("NOUN", "PROPN"):
                    by_key.setdefault(self._noun_key(t), []).append(t)
        for e in events:
            if e.date is not None or self.doc[e.trigger].pos_ == "VERB":
                continue
            if len(by_key.get(self._noun_key(self.doc[e.trigger]), [])) > 50:
                continue  # a word repeated this often says nothing about one event's date
            key = self._noun_key(self.doc[e.trigger])
            dates = set()
            for t in by_key.get(key, []):
                if t.i == e.trigger:
                    continue
                owner = t.head.head if t.dep_ == "pobj" and t.head.dep_ == "prep" else None  # "opening of talks"
                scope = list(t.subtree) + (list(owner.subtree) if owner is not None and owner.pos_ == "NOUN" else [])
                dates |= {self.s.date_tokens[x.i] for x in scope if x.i in self.s.date_tokens}
            if len(dates) == 1:
                e.date = dates.pop()

    def _dates_of_what_follows(self, events: list[Happened]) -> None:
        """An undated past event told in the sentence of a dated event, or in the sentence after one done by the
        same side, or later in the paragraph of one between the same parties, happened that day ("a truce agreed
        on Monday, brokered by Qatar"; "A travelled to X on Saturday for talks with B. The two ministers agreed to
        ..."); else one right after a sentence that only names its day ("The mood changed on Sunday. A and B
        spoke ...")."""
        for e in events:
            clause = self.doc[e.extra.get("clause", e.trigger)]
            if e.date is not None or clause.tag_ not in ("VBD", "VBN"):
                continue
            # not its time: that of what it or a clause joined to it agrees ("agreed that the embassies will reopen
            # on 1 February", "called X, and the two agreed to meet next week"), nor how long it lasted ("spoke by
            # telephone for about forty minutes")
            aside = {t.i for v in [clause, *(c for c in clause.children if c.dep_ == "conj")] for c in v.children
                     if c.dep_ in ("ccomp", "xcomp") or c.dep_ == "prep" and c.lower_ == "for" for t in c.subtree}
            if any(t.lower_ in RELATIVE_TIME or t.ent_type_ in ("DATE", "TIME") for t in clause.subtree
                   if t.i not in aside):
                continue  # "spoke by phone two days later": its own time, however unread
            mine, sent = self._actor_countries(e), self.m.sent(e.trigger)
            told = [o for o in events if o.date is not None and len(o.date) == 10 and o.start < e.end
                    and (mine & self._actor_countries(o) or o.sentence == e.sentence
                         and self.doc[o.extra.get("clause", o.trigger)].tag_ in ("VBD", "VBN"))
                    and (o.sentence == e.sentence or self._just_before(self.m.sent(o.trigger), sent)
                         or self._same_pair(o, e) and "\n\n" not in self.m.text[o.end:e.start])]
            if told:
                e.date = max(told, key=lambda o: o.start).date
            elif sent.start > 0 and (day := self._day_set_before(sent, events)) is not None:
                e.date = day

    def _day_set_before(self, sent: Span, events: list[Happened]) -> str | None:
        """The one day a sentence right before names, in the same paragraph, when it tells no event of its own
        ("The mood changed on Sunday. A and B spoke by telephone ...")."""
        before = self.m.sent(sent.start - 1)
        if not self._just_before(before, sent) or any(before.start <= o.trigger < before.end for o in events):
            return None
        days = {self.s.date_tokens[t.i] for t in before if t.i in self.s.date_tokens}
        return days.pop() if len(days) == 1 and len(next(iter(days))) == 10 else None

    @staticmethod
    def _same_pair(a: Happened, b: Happened) -> bool:
        """Whether two events are between the same parties ("A called B. ... The two ministers agreed")."""
        return bool(a.targets) and set(map(id, a.actors)) == set(map(id, b.actors)) \
            and set(map(id, a.targets)) == set(map(id, b.targets))

    def _actor_countries(self, e: Happened) -> set[str]:
        """The countries of the people and bodies who do an event, or their keys when they have none."""
        return {c for x in e.actors for c in (self.p.countries_of(x) or {x.key})}

    def _just_before(self, first: Span, then: Span) -> bool:
        """Whether one sentence comes right before another."""
        return first.end <= then.start and all(t.is_space for t in self.doc[first.end:then.start])

    def _each_on_its_day(self, v: Token, events: list[Happened]) -> list[Happened]:
        """Contacts with several parties, each dated by the day named after its party ("spoke with A on
        Tuesday and with B on Wednesday"), when each is followed by one."""
        sent = self.m.sent(v.i)
        starts = [next((m.start for m in self.m.mentions_between(v.i, sent.end) if m.entity in e.targets), None)
                  for e in events]
        if None in starts or starts != sorted(starts):
            return events
        for e, start, end in zip(events, starts, [*starts[1:], sent.end], strict=True):
            days = [self.s.date_tokens[i] for i in range(start, end) if i in self.s.date_tokens]
            if days:
                e.date = days[0]
        return events

    def _date_before_purpose(self, v: Token) -> str | None:
        """A day named between a verb and its purpose, which the parser hangs on the purpose: "summoned the
        ambassador on Tuesday to protest"."""
        for c in v.children:
            if c.dep_ in ("advcl", "xcomp") and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children):
                days = [self.s.date_tokens[t.i] for t in c.subtree if t.i < c.i and t.i in self.s.date_tokens]
                if days:
                    return days[0]
        return None

    def _date_of_decision(self, v: Token) -> str | None:
        """The date of the decision or move a 'to' clause is ("the government's decision yesterday to suspend the
        treaty and to freeze trade"): the noun's own words before the clause."""
        while v.dep_ == "conj":
            v = v.head
        if v.dep_ != "acl" or v.head.lemma_ not in ("decision", "move"):
            return None
        return next((self.s.date_tokens[t.i] for c in v.head.children if c.i < v.i and c.dep_ != "acl"
                     for t in c.subtree if t.i in self.s.date_tokens), None)

    def _date_of_antecedent(self, v: Token) -> str | None:
        """The date a 'when' or 'where' clause hangs on: "on Saturday, when X moved ...", "I was in Bangkok on
        Sunday, where I met ...", or a relative clause told 'at the time'."""
        at_the_time = v.dep_ == "relcl" and any(c.dep_ == "prep" and c.lower_ == "at" and any(
            o.lemma_ == "time" and any(d.lower_ == "the" for d in o.children) for o in c.children) for c in v.children)
        if not at_the_time and (v.dep_ not in ("relcl", "advcl") or not any(c.lower_ in ("when", "where")
                                                                             for c in v.children)):
            return None  # "a move X protested at the time": the move's date
        if v.head.i in self.s.date_tokens:
            return self.s.date_tokens[v.head.i]
        owner = clause_verb(v)  # "in Bangkok ..., where": the clause of 'in'; "with the envoy, X, when they met"
        return self.s.date_of(owner) if owner is not None else None

    def _date_of_report(self, v: Token) -> str | None:
        """The date of the reporting verb whose 'that' clause tells of a past event with no date of its own ("the
        ministry said on Tuesday that it had recalled its envoy"): by then (the gold sets that date such an act date
        it so; most leave it undated)."""
        if v.pos_ not in ("VERB", "AUX") or not (v.tag_ in ("VBD", "VBN") or any(
                c.dep_ == "aux" and c.lemma_ == "have" for c in v.children)):
            return None
        t = v
        while t.dep_ in ("conj", "xcomp") and t.head.i != t.i:  # "said it had recalled ... and closed ..."
            t = t.head
        if t.dep_ != "ccomp" or t.head.pos_ != "VERB" or t.head.lemma_ not in self.s.lexicon:
            return None
        return self.s.date_of(t.head)

    def _date_if_ongoing(self, v: Token) -> str | None:
        """An undated event told in the present ('is heading', 'holds') happens when it is reported:
        on the date of the reporting verb above it, or else on the article's date. The past
        progressive counts only inside reported speech ('said the delegation was heading')."""
        aux = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
        if any(a.lemma_ == "have" or a.tag_ == "MD" for a in aux):
            return None  # perfect or modal: not simply ongoing
        be = [a for a in aux if a.lemma_ == "be"]
        present = v.tag_ in ("VBZ", "VBP") or (v.tag_ == "VBG" and any(a.tag_ in ("VBZ", "VBP") for a in be))
        past_progressive = v.tag_ == "VBG" and any(a.tag_ == "VBD" for a in be)
        if not (present or past_progressive):
            return None
        reporter = next((h for h in v.ancestors if h.pos_ == "VERB" and h.lemma_ in self.s.lexicon), None)
        if reporter is None:
            return self.s.article_date if present else None
        return self.s.date_of(reporter) or self.s.article_date

    def _own_date(self, n: Token) -> str | None:
        for t in n.subtree:
            if t.i in self.s.date_tokens:
                if t.dep_ in ("nummod", "compound", "amod", "poss") and t.head.pos_ == "NOUN" and t.head.i != n.i \
                        and t.head.lemma_ not in TIME_NOUNS:
                    continue  # "talks ... of a 2015 agreement": the year dates the agreement, not the talks
                return self.s.date_tokens[t.i]
        if n.pos_ in ("VERB", "AUX"):
            return self.s.date_of(n)
        return None
