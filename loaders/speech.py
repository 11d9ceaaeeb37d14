"""Statements: direct quotes with their speaker, reported speech after a reporting verb, briefing turns.

Each finder returns ``Said`` records in parser-text offsets; the extractor turns them into nodes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from dipgraph.loaders.dates import find_dates
from dipgraph.loaders.entities import Entity
from dipgraph.loaders.gazetteer import Gazetteer
from dipgraph.loaders.mentions import Mentions
from dipgraph.loaders.text import Quote, Turn

# Verbs that only report a clause ("said that ..."); with a plain object they are not a statement.
CLAUSE_ONLY = {"say", "tell", "add", "state", "note", "observe", "remark", "believe", "hope", "predict", "explain",
               "argue", "insist", "maintain", "claim", "contend", "stress", "emphasize", "emphasise", "reiterate",
               "suggest", "acknowledge", "admit", "indicate", "confirm", "announce", "declare", "report", "comment"}
# Verbs that can introduce a quote besides the reporting lexicon ("called it a 'fresh start'").
QUOTE_VERBS = {"call", "read", "describe", "term", "dub", "label", "write", "tweet", "post", "quote"}
_DASH_CLAIM = re.compile(r"\s*[—–]\s*([^—–\n]{10,300}?)\s*(?:[—–]|\n|$)")
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_FUTURE = {"will", "'ll", "’ll", "shall"}
_NEG = {"not", "n't", "n’t", "never", "no"}


@dataclass
class Said:
    """A statement found in the text, before it becomes a node."""

    speakers: list[Entity]
    start: int
    end: int
    kind: str  # direct | indirect
    act: str
    cameo: str
    rule: str
    sentence: tuple[int, int]
    date: str | None = None
    verb: int | None = None  # token index of the reporting verb
    pronoun: bool = False  # speaker found through a pronoun or continuation
    about: list[Entity] = field(default_factory=list)


class Speech:
    """Finds statements in one parsed article."""

    def __init__(self, doc: Doc, mentions: Mentions, gaz: Gazetteer, quotes: list[Quote], turns: list[Turn],
                 article_date: str | None, body_start: int) -> None:
        self.doc, self.m, self.gaz = doc, mentions, gaz
        self.quotes = [q for q in quotes if q.start >= body_start]
        self.turns = turns
        self.lexicon = gaz.reporting["verbs"]
        self.cues = gaz.reporting["quote_cues"]
        self.accept = set(gaz.reporting["accept_verbs"])
        self.body_start = body_start
        self.article_date = article_date
        self.text = mentions.text
        self.dates = [d for d in find_dates(self.text, article_date) if d[0] >= body_start]
        self.date_tokens: dict[int, str] = {}
        for s, e, value in self.dates:
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is not None:
                for t in span:
                    self.date_tokens[t.i] = value
        self.in_quote = [False] * len(doc)
        for q in self.quotes:
            if len(self.text[q.start:q.end].split()) < 2:
                continue  # a scare quote ("pause") is part of the sentence, not a statement
            for t in self._tokens(q.start, q.end):
                self.in_quote[t.i] = True
        self._questions = [(t.start, t.end) for t in turns if t.label is None]

    def _tokens(self, start: int, end: int) -> list[Token]:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return list(span) if span is not None else []

    # --- speakers ------------------------------------------------------------------------------

    def speakers(self, verb: Token) -> tuple[list[Entity], bool]:
        """Who performs a verb (people and institutions only): its subject, an inherited one, 'from' X."""
        found, pron = self._speakers(verb)
        return [e for e in found if e.label != "Place"], pron

    def _speakers(self, verb: Token) -> tuple[list[Entity], bool]:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
        for c in subjects:
            found = self.m.resolve(c)
            pron = c.lower_ in ("he", "she", "it", "they", "which", "who")
            if found:
                return found, pron
            for p in c.children:  # "a statement from the prime minister's office"
                if p.dep_ == "prep" and p.lower_ == "from":
                    return [e for o in p.children for e in self.m.resolve(o)], False
        if subjects:
            return [], False
        for c in verb.children:
            if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in ("from", "according")):
                objs = [o for o in c.subtree if o.dep_ == "pobj"]
                if objs:
                    return self.m.resolve(objs[0]), False
            if c.dep_ == "dobj" and c.lower_ in ("statement", "communique", "communiqué"):
                found = self.m.resolve(c)
                if found:
                    return found, False
        if verb.dep_ in ("advcl", "xcomp", "conj", "ccomp", "pcomp") and verb.head.i != verb.i:
            head = verb.head
            fallback: tuple[list[Entity], bool] | None = None
            while True:
                if head.lemma_ in self.lexicon:
                    found = self.speakers(head)
                    if found[0]:
                        return found
                if fallback is None and verb.dep_ in ("xcomp", "conj") and head.pos_ in ("VERB", "AUX"):
                    fallback = self.speakers(head)
                if head.head.i == head.i:
                    break
                head = head.head
            return fallback or ([], False)
        return [], False

    def date_of(self, verb: Token, exclude: Token | None = None) -> str | None:
        """The date attached to a verb's own clause (not to a clause it reports)."""
        inner = {t.i for t in exclude.subtree} if exclude is not None else set()
        for i, value in self.date_tokens.items():
            if i in inner:
                continue
            t = self.doc[i]
            if (cv := _clause_verb(t)) is not None and cv.i == verb.i:
                return value
        return self._relative_date(verb)

    def _relative_date(self, verb: Token) -> str | None:
        """'a day after X happened': the date of the clause it hangs on, shifted by the stated days."""
        marks = [c.lower_ for c in verb.children if c.dep_ in ("mark", "prep")]
        days = [c for c in verb.children if c.dep_ == "npadvmod" and c.lemma_ in ("day", "week")]
        if not days or not ({"after", "before"} & set(marks)) or verb.head.i == verb.i:
            return None
        count = next((_NUMBERS.get(c.lower_) or (int(c.text) if c.text.isdigit() else None)
                      for c in days[0].children if c.dep_ in ("nummod", "det")), None)
        base = self.date_of(verb.head) or next(
            (v for i, v in self.date_tokens.items() if self.m.sent(verb.i).start <= i < self.m.sent(verb.i).end
             and not verb.left_edge.i <= i <= verb.right_edge.i), None)
        if count is None or base is None or len(base) != 10:
            return None
        step = count * (7 if days[0].lemma_ == "week" else 1) * (-1 if "after" in marks else 1)
        return (date.fromisoformat(base) + timedelta(days=step)).isoformat()

    # --- direct quotes -------------------------------------------------------------------------

    def direct(self) -> list[Said]:
        """Every direct quote of two words or more, with its speaker."""
        out: list[Said] = []
        for q in self.quotes:
            if len(self.text[q.start:q.end].split()) < 2 or self.in_question(q.start):
                continue
            tokens = self._tokens(q.start, q.end)
            if not tokens:
                continue
            inside = {t.i for t in tokens}
            found = self._quote_speaker(tokens, inside)
            rule = "quote_verb"
            if found is None:
                found = self._after_quote(q)
                rule = "quote_after"
            if found is None and out and (q.continued or self._same_paragraph(out[-1].end, q.start)):
                prev = out[-1]
                found = (prev.speakers, None, True)
                rule = "quote_continuation"
            if found is None:
                continue
            speakers, verb, pron = found
            act, cameo = self.quote_act(tokens, verb)
            sent = self.m.sent(tokens[0].i)
            date = self.date_of(verb, None) if verb is not None else None
            if rule == "quote_continuation":
                date = out[-1].date
            out.append(Said(speakers, q.start, q.end, "direct", act, cameo, rule, (sent.start_char, sent.end_char),
                            date, verb.i if verb is not None else None, pron))
        return out

    def _quote_speaker(self, tokens: list[Token], inside: set[int]) -> tuple[list[Entity], Token, bool] | None:
        roots = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
        chains = []
        for r in roots:
            chain, h = [], r
            while h.head.i != h.i:
                h = h.head
                if h.i not in inside:
                    chain.append(h)
            chains.append(chain)
        for want_speech in (True, False):
            for chain in chains:
                for v in chain:
                    if v.pos_ not in ("VERB", "AUX"):
                        continue
                    if want_speech and v.lemma_ not in self.lexicon and v.lemma_ not in QUOTE_VERBS:
                        continue
                    found, pron = self.speakers(v)
                    if found:
                        return found, v, pron
        return None

    def _after_quote(self, q: Quote) -> tuple[list[Entity], Token, bool] | None:
        """Attribution in the words right after the quote ('..., Dujarric said') or just before it ('X said:')."""
        for start, end in ((q.end, min(len(self.text), q.end + 120)), (max(0, q.start - 160), q.start)):
            for t in self._tokens(start, end):
                if self.in_quote[t.i] or t.pos_ != "VERB":
                    continue
                if t.lemma_ in self.lexicon or t.lemma_ in QUOTE_VERBS:
                    found, pron = self.speakers(t)
                    if found:
                        return found, t, pron
        return None

    def _same_paragraph(self, prev_end: int, start: int) -> bool:
        between = self.text[prev_end:start]
        return "\n\n" not in between and len(between) < 300

    def in_question(self, char: int) -> bool:
        """Whether a character lies in a reporter's question of a transcript."""
        return any(s <= char < e for s, e in self._questions)

    def quote_act(self, tokens: list[Token], verb: Token | None) -> tuple[str, str]:
        """The act of a direct quote: words in it, then the verb that introduces it, then its form."""
        text = " ".join(t.lower_ for t in tokens)
        for act, cues in self.cues.items():
            if any(re.search(rf"\b{re.escape(c)}\b", text) for c in cues):
                return act, _cameo(act)
        if verb is not None and verb.lemma_ in self.lexicon:
            info = self.lexicon[verb.lemma_]
            particle = info.get("particle")
            if particle and not any(c.lower_ == particle for c in verb.children):
                info = {"act": "assert"}
            if info["act"] not in ("assert", "comment"):
                return info["act"], info["cameo"]
        if any(t.dep_ == "aux" and t.lower_ in self.gaz.reporting["appeal_modals"] for t in tokens):
            return "appeal", "02"  # "The fighting must stop now."
        has_verb = any(t.pos_ in ("VERB", "AUX") for t in tokens)
        first_person = any(t.lower_ in ("i", "we", "me", "us", "our", "my") for t in tokens)
        evaluative = any(t.dep_ == "acomp" for t in tokens)
        if not has_verb or first_person or evaluative:
            return "comment", "012"
        return "assert", "010"

    # --- reported speech -----------------------------------------------------------------------

    def indirect(self) -> list[Said]:
        """Reported speech: a reporting verb with a speaker and a clause or object."""
        out: list[Said] = []
        for v in self.doc:
            if v.pos_ != "VERB" or v.lemma_ not in self.lexicon or self.in_quote[v.i] or v.idx < self.body_start:
                continue
            if self.in_question(v.idx):
                continue
            info = self.lexicon[v.lemma_]
            particle = info.get("particle")
            preps = [c for c in v.children if c.dep_ in ("prep", "prt") and c.lower_ == particle] if particle else []
            if particle and not preps:
                continue
            speakers, pron = self.speakers(v)
            if not speakers:
                continue
            clauses = [c for c in v.children if c.dep_ == "ccomp"] if not particle else []
            pieces: list[tuple[int, int, Token]] = []
            for c in clauses:
                between = self.doc[c.right_edge.i:v.i]  # the clause's own last token may be the comma
                lead = [t for t in self.doc[self.m.sent(c.i).start:c.left_edge.i] if t.idx >= self.body_start]
                dashed = any(t.text in ("–", "—") for t in self.doc[c.left_edge.i:v.i])
                if c.i < v.i and (dashed or any(not (t.is_punct or t.is_space) for t in lead)
                                  or any(t.pos_ == "VERB" or t.text in (".", "!", "?") for t in between)
                                  or not any(t.text in (",", "”", '"', "’") for t in between)):
                    continue  # a fronted clause must lead straight to its verb ("..., he said")
                pieces += [(max(s, v.i + 1) if c.i > v.i else s, e, h) for s, e, h in self._clause_pieces(c)]
            if self._inside_report(v) or any(c.dep_ in ("auxpass", "nsubjpass") for c in v.children) or any(
                    c.dep_ == "mark" and c.lower_ in ("until", "if", "unless", "whether") for c in v.children):
                continue  # reported content of an outer statement ("said Washington would prefer ...")
            if not clauses and v.lemma_ not in CLAUSE_ONLY:
                objs = [c for c in v.children if c.dep_ in ("dobj", "prep", "xcomp", "attr", "prt", "dative")
                        or (c.dep_ == "advcl" and any(a.lower_ == "to" for a in c.children))]
                if objs:
                    end = max(o.right_edge.i for o in objs)
                    pieces.append((v.i, end, v))
            sent = self.m.sent(v.i)
            date = self.date_of(v, clauses[0] if clauses else None)
            for start, end, head in pieces:
                while start <= end and self.doc[start].idx < self.body_start:
                    start += 1
                span = self._before_quote(self.doc[start:end + 1]) if start <= end else None
                span = _trim(span) if span is not None else None
                if span is None or self._mostly_quoted(span):
                    continue
                act, cameo = self._act(info, head, v)
                rule = f"reported:{v.lemma_}" + (f"_{particle}" if particle else "") + (":clause" if clauses else "")
                out.append(Said(speakers, span.start_char, span.end_char, "indirect", act, cameo, rule,
                                (sent.start_char, sent.end_char), date, v.i, pron))
        return out

    def _inside_report(self, v: Token) -> bool:
        """A reporting verb with its own subject inside another reporting verb's clause."""
        if not any(c.dep_ == "nsubj" for c in v.children):
            return False
        h = v
        while h.head.i != h.i:
            if h.dep_ == "ccomp" and h.head.lemma_ in self.lexicon:
                return True
            h = h.head
        return False

    def according_to(self) -> list[Said]:
        """'According to X, <clause>': the clause is X's statement."""
        out = []
        for t in self.doc:
            if t.lower_ != "according" or t.idx < self.body_start or self.in_quote[t.i]:
                continue
            objs = [o for c in t.children if c.lower_ == "to" for o in c.children if o.dep_ == "pobj"]
            speakers = [e for o in objs for e in self.m.resolve(o) if e.label != "Place"]
            head = t.head
            if not speakers or head.i == t.i or head.pos_ not in ("VERB", "AUX"):
                continue
            skip = {x.i for x in t.subtree}
            kept = [x.i for x in head.subtree if x.i not in skip]
            span = _trim(self.doc[min(kept):max(kept) + 1]) if kept else None
            if span is None or any(x.i in skip for x in span):
                span = _trim(self.doc[t.right_edge.i + 1:head.right_edge.i + 1]) if t.i < head.i else None
            if span is None or self._mostly_quoted(span):
                continue
            act = "deny" if any(x.dep_ == "neg" for x in head.children) else "assert"
            sent = self.m.sent(t.i)
            out.append(Said(speakers, span.start_char, span.end_char, "indirect", act, _cameo(act), "according_to",
                            (sent.start_char, sent.end_char), self.date_of(head), head.i))
        return out

    def _clause_pieces(self, clause: Token) -> list[tuple[int, int, Token]]:
        conj = [c for c in clause.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                and any(x.dep_ in ("nsubj", "nsubjpass", "expl") for x in c.children)]
        cut = [c for c in clause.children if c.dep_ in ("advcl", "conj") and c.lemma_ in self.lexicon
               and c.i > clause.i and not any(x.dep_ == "nsubj" for x in c.children)]
        pieces = []
        end = clause.right_edge.i
        if conj or cut:
            end = min(c.left_edge.i for c in conj + cut) - 1
        pieces.append((clause.left_edge.i, end, clause))
        for c in conj:
            pieces += self._clause_pieces(c)
        return pieces

    def _before_quote(self, span: Span) -> Span | None:
        """A reported clause cut where a direct quote begins; None when what is left is no complete clause."""
        quoted = [t.i for t in span if self.in_quote[t.i]]
        if not quoted or quoted[0] == span.start:
            return span
        end = quoted[0]
        while end > span.start and (self.doc[end - 1].is_punct or self.doc[end - 1].is_space):
            end -= 1
        if end - span.start < 2 or self.doc[end - 1].pos_ in ("AUX", "DET", "ADP", "CCONJ", "SCONJ", "PART") \
                or not any(t.pos_ in ("VERB", "AUX") for t in self.doc[span.start:end]):
            return None
        return self.doc[span.start:end]

    def _mostly_quoted(self, span: Span) -> bool:
        quoted = sum(1 for t in span if self.in_quote[t.i])
        return quoted > 0.5 * len(span)

    def _act(self, info: dict, head: Token, verb: Token) -> tuple[str, str]:
        negated = any(c.dep_ == "neg" or c.lower_ in ("never",) for c in head.children) and head.i != verb.i
        if negated and head.lemma_ in self.accept:
            return "reject", "12"
        if negated and info.get("negated"):
            return info["negated"], _cameo(info["negated"])
        if info.get("future") and any(c.lower_ in _FUTURE for c in head.children):
            return info["future"], _cameo(info["future"])
        if info["act"] in ("assert", "comment") and head.i != verb.i and any(
                c.dep_ == "aux" and c.lower_ in self.gaz.reporting["appeal_modals"] for c in head.children):
            return "appeal", "02"  # "said the crossings must reopen"
        if info["act"] in ("assert", "comment") and head.i != verb.i and any(
                t.lower_ in self.cues["deny"] for t in head.subtree):
            return "deny", "016"  # "said the claims were baseless"
        inner = self.lexicon.get(head.lemma_) if head.i != verb.i else None
        if inner and info["act"] in ("assert", "comment") and inner["act"] == "appeal":  # "said X would prefer"
            return inner["act"], inner["cameo"]
        return info["act"], info["cameo"]

    # --- dashes and briefing turns ----------------------------------------------------------------

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
            tokens = self._tokens(start, end)
            verbs = [t for t in tokens if t.pos_ in ("VERB", "AUX") and t.dep_ != "aux"]
            if not verbs:
                continue
            neg = any(t.dep_ == "neg" for t in tokens)
            act = "deny" if neg else "assert"
            sent = self.m.sent(tokens[0].i)
            out.append(Said([mention.entity], start, end, "indirect", act, _cameo(act), "dash_attribution",
                            (sent.start_char, sent.end_char)))
        return out

    def briefing(self, label_speaker, article_date: str | None) -> list[Said]:
        """Each sentence of an official's turn in a transcript is a statement by that official, made that day.

        Greetings and other sentences under four words are left out.
        """
        out = []
        for turn in self.turns:
            if turn.label is None:
                continue
            speaker = label_speaker(turn.label)
            tokens = self._tokens(turn.start, turn.end)
            seen: set[int] = set()
            for t in tokens:
                sent = self.m.sent(t.i)
                if sent.start in seen:
                    continue
                seen.add(sent.start)
                words = [w for w in sent if not (w.is_punct or w.is_space)]
                start, end = max(sent.start_char, turn.start), min(sent.end_char, turn.end)
                if len(words) < 4 or end <= start:
                    continue
                while end > start and self.text[end - 1].isspace():
                    end -= 1
                act, cameo = self.quote_act(list(sent), None)
                out.append(Said([speaker], start, end, "direct", act, cameo, "briefing_turn", (start, end),
                                article_date))
        return out


TIME_NOUNS = {"morning", "afternoon", "evening", "night", "day", "week", "weekend", "month", "year", "time", "hour"}


def _clause_verb(t: Token) -> Token | None:
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


def _trim(span: Span) -> Span | None:
    """A clause without its leading 'that'/punctuation and trailing punctuation."""
    doc = span.doc
    s, e = span.start, span.end
    while s < e and (doc[s].dep_ == "mark" or doc[s].is_punct or doc[s].is_space):
        s += 1
    while e > s and (doc[e - 1].is_punct or doc[e - 1].is_space or doc[e - 1].dep_ == "cc"):
        e -= 1
    return doc[s:e] if e > s else None


def _cameo(act: str) -> str:
    from dipgraph.graph.model import ACTS

    return ACTS.get(act, "010")
