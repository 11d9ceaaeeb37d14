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
_FIRST_PERSON = {"i", "we"}
_NOBODY = {"nobody", "none", "noone", "no-one"}
_MODALS = {"will", "would", "shall", "should", "must", "could", "can", "may", "might"}
_OUR = {"our", "my"}
_PRONOUN_LABEL = {"he": ("Person", "m"), "she": ("Person", "f"), "it": ("Institution", None)}
_COPULAS = {"be", "represent", "remain", "constitute", "seem", "look", "become", "mark"}


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
        self._turns = [(t.start, t.end) for t in turns]
        self._reported: list[Said] | None = None

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
        if not subjects and verb.dep_ == "acl" and verb.tag_ == "VBD" and verb.head.dep_ == "ROOT":
            subjects = [verb.head]  # "Its spokeswoman, X, called on ...": a finite verb parsed as the noun's modifier
        for c in subjects:
            if c.lower_ in _PRONOUN_LABEL and (found := self._pronoun_subject(c)):
                return found, True
            sides = [o for p in c.children if p.dep_ == "prep" and p.lower_ in ("on", "from") for o in p.children
                     if o.dep_ == "pobj" and any(d.lower_ in ("both", "two") for d in o.children)]
            found = (self.m.resolve(sides[0]) if sides else []) or self.m.resolve(c)  # "officials on both sides"
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
                participle = verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(
                    c.dep_ == "mark" for c in verb.children)  # "went further, warning that ..."
                if fallback is None and (verb.dep_ in ("xcomp", "conj") or participle) \
                        and head.pos_ in ("VERB", "AUX"):
                    fallback = self.speakers(head)
                if head.head.i == head.i:
                    break
                head = head.head
            return fallback or ([], False)
        return [], False

    def _pronoun_subject(self, pron: Token) -> list[Entity]:
        """'he'/'she': the nearest person who is a subject earlier in the sentence, else in the sentence
        before (of a gender that does not contradict the pronoun's); 'it': the same with an institution."""
        label, gender = _PRONOUN_LABEL[pron.lower_]
        sent = self.m.sent(pron.i)
        earlier = list(reversed(range(sent.start, pron.i)))
        k = sent.start - 1
        while k >= 0 and self.doc[k].is_space:  # the sentence before, across a paragraph break
            k -= 1
        if k >= 0:
            before = self.m.sent(k)
            earlier += list(reversed(range(before.start, before.end)))
        for i in earlier:
            t = self.doc[i]
            if t.dep_ not in ("nsubj", "nsubjpass") or t.lower_ in _PRONOUN_LABEL:
                continue
            for e in self.m.resolve(t, conj=False):
                if e.label == label and (gender is None or self.m.gender(e) in (None, gender)):
                    return [e]
        return []

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
        inside_reports = [(r.start, r.end) for r in self.indirect()]
        for q in self.quotes:
            if len(self.text[q.start:q.end].split()) < 2 or self.in_question(q.start):
                continue
            if any(s <= q.start and q.end <= e + 2 for s, e in inside_reports):
                continue  # part of a reported clause, which is the statement ('said X had "never ..."')
            tokens = self._tokens(q.start, q.end)
            if not tokens:
                continue
            inside = {t.i for t in tokens}
            found = self._quote_speaker(tokens, inside)
            rule = "quote_verb"
            if found is None:
                found = self._after_quote(q)
                rule = "quote_after"
            earlier = [r for r in out + self.indirect() if r.end <= q.start]
            prev = max(earlier, key=lambda r: r.end) if earlier else None
            if found is None and prev is not None and (q.continued or self._same_paragraph(prev.end, q.start)):
                found = (prev.speakers, None, True)
                rule = "quote_continuation"
            if found is None:
                continue
            speakers, verb, pron = found
            act, cameo = self.quote_act(tokens, verb)
            if act == "assert" and prev is not None and prev.act in ("criticize", "deny") and \
                    {id(e) for e in prev.speakers} == {id(e) for e in speakers} and \
                    self._same_paragraph(prev.end, q.start):
                act, cameo = prev.act, prev.cameo  # the quote bears out the accusation or denial just reported
            sent = self.m.sent(tokens[0].i)
            date = self.date_of(verb, None) if verb is not None else None
            if rule == "quote_continuation" and prev is not None:
                date = prev.date
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
        first = next((t for t in tokens if not t.is_punct), None)
        if first is not None and first in roots and first.pos_ == "VERB" and any(
                c.dep_ == "nsubj" and c.i not in inside for c in first.children):
            found, pron = self.speakers(first)  # 'Whitfield "reaffirmed that ..."': the quote opens on her verb
            if found:
                return found, first, pron
        for want_speech in (True, False):
            for chain in chains:
                for v in chain:
                    if v.pos_ not in ("VERB", "AUX"):
                        continue
                    if want_speech and v.lemma_ not in self.lexicon and v.lemma_ not in QUOTE_VERBS:
                        continue
                    found, pron = self.speakers(v)
                    if found:
                        return found, self._acting_verb(v, chain, found), pron
        return None

    def _acting_verb(self, v: Token, chain: list[Token], speakers: list[Entity]) -> Token:
        """'condemned what it called "..."': the verb above a naming verb that says what the speaker does."""
        if v.lemma_ not in QUOTE_VERBS:
            return v
        for u in chain[chain.index(v) + 1:]:
            act = self.lexicon.get(u.lemma_, {}).get("act")
            if u.pos_ == "VERB" and act not in (None, "assert", "comment") and not self.lexicon[u.lemma_].get(
                    "particle") and {id(e) for e in self.speakers(u)[0]} == {id(e) for e in speakers}:
                return u
        return v

    def _after_quote(self, q: Quote) -> tuple[list[Entity], Token, bool] | None:
        """Attribution in the words right after the quote ('..., Dujarric said') or just before it ('X said:').

        Both windows stay in the quote's sentence and paragraph: a quote ending in a full stop has no
        attribution after it (unless a lowercase word goes on), and the words before it count only from the
        last sentence end.
        """
        closed = self.text[q.start:q.end].rstrip()
        after = self.text[q.end + 1:q.end + 3].lstrip()
        windows = []
        if not closed.endswith(".") or after[:1].islower():  # '"The talks are over." the minister said
            stop = self.text.find("\n", q.end)
            windows.append(self._sentence_tokens(q.end, min(q.end + 120, stop if stop >= 0 else len(self.text))))
        start = max(0, q.start - 160, self.text.rfind("\n", 0, q.start) + 1)
        lead = self.text[:start].rstrip()
        if lead.endswith(":") and not self.text[start:q.start].strip(" \"“‘«'"):  # 'X said:' ends the paragraph before
            start = max(0, len(lead) - 160, self.text.rfind("\n", 0, len(lead)) + 1)
        before = self._tokens(start, q.start)
        ends = [k for k, t in enumerate(before) if t.text in (".", "!", "?") and not self.in_quote[t.i]]
        windows.append(before[ends[-1] + 1:] if ends else before)
        for tokens in windows:
            for t in tokens:
                if self.in_quote[t.i] or t.pos_ != "VERB":
                    continue
                if t.lemma_ in self.lexicon or t.lemma_ in QUOTE_VERBS:
                    found, pron = self.speakers(t)
                    if found:
                        return found, t, pron
        return None

    def _sentence_tokens(self, start: int, end: int) -> list[Token]:
        """Tokens from a character offset up to the first full stop, question or exclamation mark."""
        out = []
        for t in self._tokens(start, end):
            if t.text in (".", "!", "?") and not self.in_quote[t.i]:
                break
            out.append(t)
        return out

    def _same_paragraph(self, prev_end: int, start: int) -> bool:
        between = self.text[prev_end:start]
        return "\n\n" not in between and len(between) < 300

    def _not_said(self, v: Token) -> bool:
        """A reporting verb that reports nothing: negated ('did not say'), failed or declined ('failed to agree')."""
        if any(c.dep_ == "neg" for c in v.children):
            return True
        return v.dep_ == "xcomp" and v.head.lemma_ in self.gaz.reporting["not_said_heads"]

    def in_turn(self, char: int) -> bool:
        """Whether a character lies in a turn of a transcript (an official's turn is stated sentence by sentence)."""
        return any(s <= char < e for s, e in self._turns)

    def in_question(self, char: int) -> bool:
        """Whether a character lies in a reporter's question of a transcript."""
        return any(s <= char < e for s, e in self._questions)

    def quote_act(self, tokens: list[Token], verb: Token | None) -> tuple[str, str]:
        """The act of a direct quote: words in it, then the verb that introduces it, then its form."""
        cue = self.cue_act(tokens)
        if cue is not None:
            return cue, _cameo(cue)
        if verb is not None and (frame := self._object_frame(verb)) is not None:
            return frame, _cameo(frame)  # 'X "expressed full support for the deal"'
        if verb is not None and verb.lemma_ in self.lexicon:
            info = self.lexicon[verb.lemma_]
            particle = info.get("particle")
            if particle and not _particle_children(verb, particle):
                info = {"act": "assert"}
            if info["act"] not in ("assert", "comment"):
                return info["act"], info["cameo"]
        own = self._own_act(tokens)
        if own is not None:
            return own, _cameo(own)
        modals = [t for t in tokens if t.dep_ == "aux" and t.lower_ in self.gaz.reporting["appeal_modals"]]
        if any(c.dep_ == "nsubj" and c.lower_ in _NOBODY for t in modals for c in t.head.children):
            return "comment", "012"  # "Nobody should mistake that for peace": a judgement, not an appeal
        if modals:
            return "appeal", "02"  # "The fighting must stop now."
        has_verb = any(t.pos_ in ("VERB", "AUX") for t in tokens)
        evaluative = any(t.dep_ == "acomp" for t in tokens)
        believes = any(t.pos_ == "VERB" and self.lexicon.get(t.lemma_, {}).get("act") == "comment"
                       and _has_subject(t) for t in tokens)  # "the Secretary believes a deal is within reach"
        if not has_verb or evaluative or believes or self._first_person_view(tokens):
            return "comment", "012"
        return "assert", "010"

    def _first_person_view(self, tokens: list[Token]) -> bool:
        """Words whose main verb has a first-person subject and tells no past deed ('I don't want to ...',
        'we think ...'; but 'I met the minister' reports a fact)."""
        inside = {t.i for t in tokens}
        roots = [t for t in tokens if (t.head.i not in inside or t.head.i == t.i) and t.pos_ in ("VERB", "AUX")]
        return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _FIRST_PERSON and r.tag_ != "VBD"
                   for r in roots for c in r.children)

    def cue_act(self, tokens: list[Token]) -> str | None:
        """The act a cue word or phrase marks in these words ('false' deny, 'we will' promise), if any."""
        text = " ".join(t.lower_ for t in tokens)
        for act, cues in self.cues.items():
            if any(re.search(rf"\b{re.escape(c)}\b", text) for c in cues):
                return act
        return None

    def _own_act(self, tokens: list[Token]) -> str | None:
        """The speaker's own act in first-person words: the main verb's lexicon act ('We encourage ...'),
        a denial of the speaker's own deed ('I did not meet ...'), a warning of what will follow a
        condition ('If the attacks continue, they will pay')."""
        inside = {t.i for t in tokens}
        for root in (t for t in tokens if t.head.i not in inside or t.head.i == t.i):
            if root.pos_ not in ("VERB", "AUX"):
                continue
            subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
            first = any(c.lower_ in _FIRST_PERSON for s in subjects for c in s.subtree)
            negated = any(c.dep_ == "neg" for c in root.children)
            ours = first or any(c.lower_ in _OUR and c.dep_ == "poss" for s in subjects for c in s.children)
            if ours and not negated and any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in root.children):
                return "promise"  # "Our teams will meet again"
            if first and root.lemma_ in self.lexicon and not negated:
                info = self.lexicon[root.lemma_]
                if info["act"] not in ("assert", "comment") and not info.get("particle"):
                    return info["act"]
            if first and negated and root.pos_ == "VERB" and any(
                    c.dep_ == "aux" and c.lemma_ in ("do", "have") and c.tag_ in ("VBD", "VBN") for c in root.children):
                return "deny"  # "I did not meet them": the speaker denies a deed of their own
            conditional = any(c.dep_ == "advcl" and any(m.lower_ == "if" for m in c.children) for c in root.children)
            if conditional and not first and subjects and any(c.lower_ in _FUTURE for c in root.children):
                return "warn"
        return None

    # --- reported speech -----------------------------------------------------------------------

    def indirect(self) -> list[Said]:
        """Reported speech: a reporting verb with a speaker and a clause or object (found once, then kept)."""
        if self._reported is None:
            self._reported = self._indirect()
        return list(self._reported)

    def _indirect(self) -> list[Said]:
        out: list[Said] = []
        for v in self.doc:
            if v.pos_ != "VERB" or v.lemma_ not in self.lexicon or self.in_quote[v.i] or v.idx < self.body_start:
                continue
            if self.in_turn(v.idx) or self._not_said(v):
                continue
            info = self.lexicon[v.lemma_]
            particle = info.get("particle")
            preps = _particle_children(v, particle) if particle else []
            if particle and not preps:
                continue
            speakers, pron = self.speakers(v)
            if not speakers:
                continue
            clauses = [c for c in v.children if c.dep_ == "ccomp" and not any(
                m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in c.children)] if not particle else []
            pieces: list[tuple[int, int, Token]] = []
            aside = self._parenthetical(v) if not clauses else None
            if aside is not None:
                clauses, pieces = [aside[2]], [aside]
            for c in clauses if aside is None else []:
                between = self.doc[c.right_edge.i:v.i]  # the clause's own last token may be the comma
                lead = [t for t in self.doc[self.m.sent(c.i).start:c.left_edge.i] if t.idx >= self.body_start]
                dashed = any(t.text in ("–", "—") for t in self.doc[c.left_edge.i:v.i])
                if c.i < v.i and (dashed or any(not (t.is_punct or t.is_space) for t in lead)
                                  or any(t.pos_ == "VERB" or t.text in (".", "!", "?") for t in between)
                                  or not any(t.text in (",", "”", '"', "’") for t in between)):
                    continue  # a fronted clause must lead straight to its verb ("..., he said")
                found = [(max(s, v.i + 1) if c.i > v.i else s, e, h) for s, e, h in self._clause_pieces(c)]
                if pieces and found and c.i > v.i and not _has_subject(c):  # one clause parsed as two
                    pieces[-1] = (pieces[-1][0], found[0][1], pieces[-1][2])
                    found = found[1:]
                pieces += found
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
                end = self._colon_cut(start, end)
                span = _trim(self.doc[start:end + 1]) if start <= end else None
                if span is None or self._mostly_quoted(span):
                    continue
                act, cameo = self._act(info, head, v, speakers, list(span))
                rule = f"reported:{v.lemma_}" + (f"_{preps[0].lower_}" if preps else "") + (":clause" * bool(clauses))
                out.append(Said(speakers, span.start_char, span.end_char, "indirect", act, cameo, rule,
                                (sent.start_char, sent.end_char), date, v.i, pron))
        return out

    def _parenthetical(self, v: Token) -> tuple[int, int, Token] | None:
        """'Russia, he said, had ...' / '..., the ministry said, and ...': the clause around a reporting
        verb set off by commas is its statement (up to the verb when the verb follows the clause's verb)."""
        head = v.head
        if v.dep_ != "parataxis" or head.pos_ not in ("VERB", "AUX") or v.lemma_ not in CLAUSE_ONLY:
            return None
        words = [t.i for t in v.subtree if not t.is_punct and t.dep_ != "cc"]
        left, right = min(words), max(words)
        if left == 0 or self.doc[left - 1].text not in (",", "—", "–") or right + 1 >= len(self.doc) \
                or self.doc[right + 1].text not in (",", ".", "—", "–"):
            return None
        if head.i < v.i:
            return head.left_edge.i, left - 1, head
        later = [c.left_edge.i for c in head.children if c.i > v.i and c.dep_ == "conj" and not _has_subject(c)]
        return head.left_edge.i, (min(later) - 1 if later else head.right_edge.i), head

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
        if not any(x.dep_ in ("aux", "auxpass") for x in clause.children):  # "supported the talks and would ..."
            conj += [c for c in clause.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > clause.i
                     and not _has_subject(c) and any(x.dep_ == "aux" and x.lower_ in _MODALS for x in c.children)]
        pieces = []
        end = clause.right_edge.i
        if conj or cut:
            end = min(c.left_edge.i for c in conj + cut) - 1
        pieces.append((clause.left_edge.i, end, clause))
        for c in conj:
            pieces += self._clause_pieces(c)
        return pieces

    def _colon_cut(self, start: int, end: int) -> int:
        """A reported clause ends at a colon or dash that opens a direct quote ('said aid was due: "..."')."""
        for i in range(start, end):
            if self.doc[i].text in (":", "—", "–") and not self.in_quote[i] and self.in_quote[min(i + 2, end)]:
                return i - 1
        return end

    def _mostly_quoted(self, span: Span) -> bool:
        quoted = sum(1 for t in span if self.in_quote[t.i])
        return quoted > 0.5 * len(span)

    def _object_frame(self, head: Token) -> str | None:
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

    def _own_plan(self, head: Token, speakers: list[Entity]) -> bool:
        """A reported clause about what the speaker's own side will do or hopes to do."""
        intent = self.gaz.reporting["intent_verbs"]
        intends = (head.lemma_ in intent or head.lower_ in intent) and any(c.dep_ == "xcomp" for c in head.children)
        future = any(c.dep_ == "aux" and c.lower_ in _FUTURE | {"would"} for c in head.children)
        if not (intends or future) or any(c.dep_ in ("neg", "auxpass") for c in head.children):
            return False
        return self._own_subject(head, speakers)

    def _own_subject(self, head: Token, speakers: list[Entity]) -> bool:
        """The clause's subject is the speaker's own side ('X said he ...', 'the ministry said it ...',
        'X said his government ...')."""
        nsubj = [c for c in head.children if c.dep_ == "nsubj"]
        if any(c.lower_ in ("he", "she", "i", "we", "it") for c in nsubj):  # "X said he hoped to ...": X himself
            return True
        if any(p.dep_ == "poss" and p.lower_ in ("his", "her", "its", "our", "my") for c in nsubj for p in c.children):
            return True
        subjects = [e for c in nsubj for e in self.m.resolve(c)]
        return bool(subjects) and all(any(self._same_side(e, who) for who in speakers) for e in subjects)

    def _same_side(self, e: Entity, who: Entity) -> bool:
        """An entity is the speaker, the speaker's government, or the country in the speaker's title."""
        if e is who or e.key == who.parent or (who.parent and e.parent == who.parent):
            return True
        if e.kind != "government" or not e.country:
            return False
        if who.label == "Institution":
            return who.country == e.country
        titles = [m.start for m in self.m.mentions if m.entity is who]
        return any(c.name == e.country for start in titles for c in self.m.countries_between(max(0, start - 4), start))

    def _act(self, info: dict, head: Token, verb: Token, speakers: list[Entity] | None = None,
             words: list[Token] | None = None) -> tuple[str, str]:
        """The act of reported speech: the reporting verb's, unless the reported clause says more."""
        reported = head.i != verb.i
        negated = reported and any(c.dep_ == "neg" or c.lower_ in ("never",) for c in head.children)
        if negated and head.lemma_ in self.accept:
            return "reject", "12"
        if negated and info.get("negated"):
            if any(c.dep_ == "aux" and c.lower_ in _FUTURE | {"would"} for c in head.children):
                return "reject", "12"  # "said Asmara would not discuss the border": a refusal
            return info["negated"], _cameo(info["negated"])
        if info.get("future") and any(c.lower_ in _FUTURE for c in head.children):
            return info["future"], _cameo(info["future"])
        if reported and info["act"] in ("assert", "comment"):
            act = self._clause_act(head, words or list(head.subtree), speakers or [])
            if act is not None:
                return act, _cameo(act)
        return info["act"], info["cameo"]

    def _clause_act(self, head: Token, words: list[Token], speakers: list[Entity]) -> str | None:
        """What a clause reported with 'say' itself does: urge, deny, promise, warn, judge, protest."""
        if any(c.dep_ == "aux" and c.lower_ in self.gaz.reporting["appeal_modals"] for c in head.children):
            return "appeal"  # "said the crossings must reopen"
        if any(t.lower_ in self.cues["deny"] for t in words):
            return "deny"  # "said the claims were baseless"
        if (cue := self.cue_act(words)) in ("deny", "promise", "warn", "criticize"):
            return cue  # "said Kyiv was ready for ...", "said X would 'hold accountable' ..."
        if head.lemma_ in _COPULAS and any(
                self.in_quote[t.i] for c in head.children if c.dep_ in ("attr", "acomp", "dobj") for t in c.subtree):
            return "comment"  # "said the talks were a 'useful step'": the speaker's words judge
        if (frame := self._object_frame(head)) is not None:
            return frame  # "said the envoy had conveyed the strongest protest"
        if speakers and self._own_plan(head, speakers):
            return "promise"  # "said Japan would deliver ...", "said he hoped to present ..."
        stance = self.gaz.reporting["stance_verbs"].get(head.lemma_)
        if stance and speakers and self._own_subject(head, speakers):
            return stance  # "said it supported the talks"
        inner = self.lexicon.get(head.lemma_)
        if inner and inner["act"] == "comment" and self._own_subject(head, speakers):
            return "comment"  # "said it hoped the meeting would ..."
        return "appeal" if inner and inner["act"] == "appeal" else None  # "said X would prefer"

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

        Left out: greetings and other sentences under four words without an act cue ('It's false.' stays),
        stage directions in parentheses, and first-person sentences that manage the briefing.
        """
        out = []
        asked: set[str] = set()
        for turn in self.turns:
            if turn.label is None:
                asked = {t.lemma_.lower() for t in self._tokens(turn.start, turn.end) if t.pos_ == "NOUN"}
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
                while end > start and self.text[end - 1].isspace():
                    end -= 1
                said = self.text[start:end]
                cue = self.cue_act(list(sent))
                if end <= start or (len(words) < 4 and cue is None) or (said.startswith("(") and said.endswith(")")):
                    continue
                if cue is None and self._procedural(sent):
                    continue
                for part in _that_clauses(sent, start, end):
                    act, cameo = self.quote_act(list(part), None)
                    if act in ("assert", "comment") and _denies_premise(sent, asked):
                        act, cameo = "deny", "016"
                    out.append(Said([speaker], part.start_char, part.end_char if part.end < sent.end else end,
                                    "direct", act, cameo, "briefing_turn", (start, end), article_date))
        return out

    def _procedural(self, sent: Span) -> bool:
        """'I have two things at the top', 'Let's go to other topics', 'Joining us today is ...': a sentence
        that runs the briefing: built on a procedural verb, in the first person or introducing a guest,
        and naming nobody (an introduction names the guest)."""
        root = sent.root
        procedural = set(self.gaz.reporting["procedural_verbs"])
        if any(c.dep_ == "csubj" and c.lemma_ in procedural for c in root.children):
            return True  # "Joining us today is ..."
        if root.lemma_ not in procedural:
            return False
        if any(c.dep_ == "dobj" and c.lower_ in ("us", "me") for c in root.children):
            return True  # an introduction: "Joining us today is ..."
        subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
        first = root.lemma_ == "let" or any(c.lower_ in _FIRST_PERSON for c in subjects)
        return first and not self.m.mentions_between(sent.start, sent.end)


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


def _that_clauses(sent: Span, start: int, end: int) -> list[Span]:
    """A transcript sentence split where a second 'that' clause is coordinated ('... is that A, and that B'):
    each clause is a statement of its own."""
    cuts = [c for c in sent if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and _has_subject(c)
            and any(m.dep_ == "mark" and m.lower_ == "that" and m.i == c.left_edge.i for m in c.children)]
    doc, parts, lo = sent.doc, [], sent.start
    for c in cuts:
        hi = c.left_edge.i
        while hi > lo and (doc[hi - 1].is_punct or doc[hi - 1].dep_ == "cc"):
            hi -= 1
        parts.append(doc[lo:hi])
        lo = c.left_edge.i + 1
    parts.append(doc[lo:sent.end])
    return [p for p in parts if len(p) and p.start_char >= start and p.start_char < end]


def _denies_premise(sent: Span, asked: set[str]) -> bool:
    """'There is no ban.' in answer to a question about a ban: the answer denies what was asked about."""
    root = sent.root
    if root.lemma_ != "be" or not any(c.dep_ == "expl" for c in root.children):
        return False
    return any(c.dep_ == "attr" and c.lemma_.lower() in asked and any(d.lower_ == "no" for d in c.children)
               for c in root.children)


def _particles(particle: str | list[str]) -> list[str]:
    return [particle] if isinstance(particle, str) else particle


def _particle_children(verb: Token, particle: str | list[str]) -> list[Token]:
    """The verb's particle ('ruled it out') or preposition right after it ('called on', not 'called X on Monday')."""
    return [c for c in verb.children if c.lower_ in _particles(particle)
            and (c.dep_ == "prt" or (c.dep_ == "prep" and c.i == verb.i + 1 and not any(
                o.ent_type_ in ("DATE", "TIME") or o.lemma_ in TIME_NOUNS for o in c.children)))]


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children)


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
