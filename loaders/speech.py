"""Statements: direct quotes with their speaker, reported speech after a reporting verb, briefing turns.

Each finder returns ``Said`` records in parser-text offsets; the extractor turns them into nodes.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from itertools import accumulate

from spacy.tokens import Doc, Span, Token

from dipgraph.loaders.act_forms import being_asked, declares_status
from dipgraph.loaders.briefing import turn_statements
from dipgraph.loaders.clause_dates import VEHICLES, ClauseDates
from dipgraph.loaders.dates import find_dates
from dipgraph.loaders.entities import Entity
from dipgraph.loaders.gazetteer import Gazetteer
from dipgraph.loaders.mentions import Mentions
from dipgraph.loaders.readouts import Readouts, answers_a_charge, passive
from dipgraph.loaders.said import Said, trim
from dipgraph.loaders.speakers import SpeakerFinder, misparsed_finite
from dipgraph.loaders.speech_acts import ActReader, cameo, has_subject, judges, particle_children
from dipgraph.loaders.text import Quote, Turn

# Verbs that only report a clause ("said that ..."); with a plain object they are not a statement.
CLAUSE_ONLY = {"say", "tell", "add", "state", "note", "observe", "remark", "believe", "hope", "predict", "explain",
               "argue", "insist", "maintain", "claim", "contend", "stress", "emphasize", "emphasise", "reiterate",
               "suggest", "acknowledge", "admit", "indicate", "confirm", "announce", "declare", "report", "comment",
               "write", "post", "tweet"}
# Verbs that can introduce a quote besides the reporting lexicon ("called it a 'fresh start'").
QUOTE_VERBS = {"call", "read", "describe", "term", "dub", "label", "write", "tweet", "post", "quote"}
_MISLEMMATISED = {"hoped": "hope", "hopes": "hope"}  # the lemmatiser reads 'hoped' as 'hop'
_MODALS = {"will", "would", "shall", "should", "must", "could", "can", "may", "might"}
_ASIDE_REACH = 80  # tokens of the clause around a parenthetical 'he said'


class Speech(SpeakerFinder, Readouts):
    """Finds statements in one parsed article."""

    def __init__(self, doc: Doc, mentions: Mentions, gaz: Gazetteer, quotes: list[Quote], turns: list[Turn],
                 article_date: str | None, body_start: int) -> None:
        self.doc, self.m, self.gaz = doc, mentions, gaz
        self.quotes = [q for q in quotes if q.start >= body_start]
        self.turns = turns
        self.lexicon = gaz.reporting["verbs"]
        self.body_start = body_start
        self.article_date = article_date
        self.text = mentions.text
        self.when = ClauseDates(doc, mentions.sent, [d for d in find_dates(self.text, article_date)
                                                     if d[0] >= body_start])
        self.date_tokens = self.when.tokens  # token index → the date its expression gives
        self.in_quote = [False] * len(doc)
        for q in self.quotes:
            if len(self.text[q.start:q.end].split()) < 2:
                continue  # a scare quote ("pause") is part of the sentence, not a statement
            for t in self.tokens(q.start, q.end):
                self.in_quote[t.i] = True
        self.acts = ActReader(mentions, gaz, self.in_quote)
        self._questions = sorted((t.start, t.end) for t in turns if t.label is None)
        self._turns = sorted((t.start, t.end) for t in turns)
        self._reported: list[Said] | None = None

    def tokens(self, start: int, end: int) -> list[Token]:
        """The tokens covering a character range."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return list(span) if span is not None else []

    def date_of(self, verb: Token, exclude: Token | None = None) -> str | None:
        """The date attached to a verb's own clause (not to a clause it reports)."""
        return self.when.of(verb, exclude)

    def said_on(self, verb: Token, exclude: Token | None = None) -> str | None:
        """When words were said: the date of the reporting verb's own clause, not of what it speaks about; a
        verb coordinated inside the clause of an earlier reporting verb ('said on Monday that ... and urged')
        was said when that verb was."""
        found = self.when.of(verb, exclude, words=True)
        if found is None and (asked := next((c for c in verb.children
                                             if c.dep_ in ("ccomp", "advcl") and being_asked(c)), None)) is not None:
            found = self.when.of(asked, words=True)  # 'X, asked about it at a news conference on Wednesday, said'
        if found is None and exclude is not None and (lead := self._lead_date(verb, exclude)) is not None:
            found = lead[0]  # 'said on Thursday it was ready to ...': the parser gave the date to the clause
        group = self.__dict__.get("_group_verbs", {})
        if found is None and (told := [group[c.i] for c in verb.children if c.i in group]):
            found = self.when.of(self.doc[told[0]], words=True)  # 'X spoke with Y on Monday, and the two agreed'
        if found is None and verb.lemma_ in QUOTE_VERBS and verb.dep_ in ("ccomp", "relcl", "pcomp") \
                and verb.head.pos_ == "VERB":
            return self.said_on(verb.head)  # "summoned the envoy on Monday to protest what it called ..."
        if found is None and verb.dep_ == "conj" and not has_subject(verb):
            path, h = [verb], verb.head
            while h.head.i != h.i and h.lemma_ not in self.lexicon:
                path.append(h)
                h = h.head
            if h.lemma_ in self.lexicon and h.i < verb.i and path[-1].dep_ == "ccomp":
                found = self.when.of(h, path[-1], words=True)
        return found

    # --- direct quotes -------------------------------------------------------------------------

    def direct(self) -> list[Said]:
        """Every direct quote of two words or more, with its speaker."""
        out: list[Said] = []
        reported = sorted(self.indirect(), key=lambda r: r.end)
        spans = sorted((r.start, r.end) for r in reported)
        span_starts, reach = [a for a, _ in spans], list(accumulate((b for _, b in spans), max))
        reported_ends = [r.end for r in reported]
        for k_q, q in enumerate(self.quotes):
            if len(self.text[q.start:q.end].split()) < 2 or self.in_question(q.start):
                continue
            if self._split_lead(q, self.quotes[k_q + 1] if k_q + 1 < len(self.quotes) else None):
                continue  # '"Beyond that," he said, "we start talking about cuts"': the words after say it
            j = bisect_right(span_starts, q.start)
            if j and reach[j - 1] + 2 >= q.end:
                continue  # part of a reported clause, which is the statement ('said X had "never ..."')
            tokens = self.tokens(q.start, q.end)
            if not tokens:
                continue
            inside = {t.i for t in tokens}
            found = self._quote_speaker(tokens, inside)
            rule = "quote_verb"
            if found is None:
                found = self._after_quote(q)
                rule = "quote_after"
            k = bisect_right(reported_ends, q.start)  # the latest statement before the quote, direct or reported
            earlier = [r for r in (out[-1:] + reported[k - 1:k] if k else out[-1:]) if r.end <= q.start]
            prev = max(earlier, key=lambda r: r.end) if earlier else None
            if found is None and prev is not None and (q.continued or self._same_paragraph(prev.end, q.start)):
                found = (prev.speakers, None, True)
                rule = "quote_continuation"
            if found is None:
                continue
            speakers, verb, pron = found
            act, cameo = self.acts.quote_act(tokens, verb, speakers)
            if act in ("assert", "comment", "criticize") and verb is not None and (
                    clause := self._quoting_clause(verb, tokens)):
                first, last, head = next((p for p in self._clause_pieces(clause) if p[0] <= tokens[0].i <= p[1]),
                                         (clause.left_edge.i, clause.right_edge.i, clause))  # the quote's piece
                inner = self.acts.reported_act(self.lexicon[verb.lemma_], head, verb, speakers,
                                               list(self.doc[first:last + 1]))
                fragment = not any(t.pos_ in ("VERB", "AUX") for t in tokens)  # 'had taken "adequate measures"'
                # hostile words stand unless the frame refuses them ('would never accept "any colonial treaty"')
                refuses = inner[0] == "reject" and head.lemma_ in self.acts.accept  # 'would "not accept ..."'
                if act == "criticize" and inner[0] == "reject" or refuses or act != "criticize" and (
                        fragment or inner[0] in ("promise", "warn", "appeal", "threaten") or act == "assert"
                        and inner[0] in ("comment", "welcome") or act == "comment" and inner[0] == "criticize"):
                    # a quoted phrase without a verb does what its clause does (here, tells a deed);
                    # 'said Poland "stands fully with" its neighbour': a stance; 'repeated that charge, saying
                    # "training camps" existed': the charge
                    # the frame commits, asks or judges ('would "study the invitation"'); negation is the quote's
                    act, cameo = inner  # 'said the US was prepared to impose sanctions on "anyone ..."'
            if act == "assert" and prev is not None and prev.kind == "indirect" and \
                    prev.act in ("criticize", "deny") and {id(e) for e in prev.speakers} == {id(e) for e in speakers} \
                    and self._same_paragraph(prev.end, q.start):
                act, cameo = prev.act, prev.cameo  # the quote bears out the accusation or denial just reported
            elif act == "assert" and prev is not None and prev.kind == "indirect" and prev.act == "reject" and \
                    any(self.acts.same_side(e, who) for e in prev.speakers for who in speakers) and \
                    self._same_paragraph(prev.end, q.start):
                act, cameo = "deny", "016"  # 'Ankara rejected the charge. "The ship is in our waters," its spokeswoman
                # said': the quote denies what was rejected
            sent = self.m.sent(tokens[0].i)
            date = self.said_on(verb) if verb is not None else None
            if rule == "quote_continuation" and prev is not None:
                date = prev.date
            out.append(Said(speakers, q.start, q.end, "direct", act, cameo, rule, (sent.start_char, sent.end_char),
                            date, verb.i if verb is not None else None, pron))
        return out

    def _split_lead(self, q: Quote, after: Quote | None) -> bool:
        """A few verbless words opening a quote that an attribution splits ('"Beyond that," he said, "we ..."')."""
        said = self.text[q.start:q.end].strip()
        if after is None or not said.endswith(",") or len(said.split()) > 3 or after.start - q.end > 40 \
                or "." in self.text[q.end:after.start]:
            return False
        return not any(t.pos_ in ("VERB", "AUX") for t in self.tokens(q.start, q.end))

    def _quoting_clause(self, verb: Token, tokens: list[Token]) -> Token | None:
        """The reported clause a quote ends, when the clause begins before it ('said X was ready to "..."')."""
        if verb.lemma_ not in self.lexicon:
            return None
        if verb.dep_ == "parataxis" and has_subject(verb.head) and verb.head.left_edge.i < tokens[0].i \
                <= verb.head.right_edge.i and verb.head.pos_ in ("VERB", "AUX"):
            return verb.head  # 'The work, she told a briefing, was part of the "engineering arrangement"'
        return next((c for c in verb.children if (c.dep_ in ("ccomp", "xcomp") or c.dep_ == "conj" and c.i > verb.i
                                                   and verb.lemma_ in CLAUSE_ONLY)  # ('X said A, and its units had
                     and has_subject(c) and c.left_edge.i < tokens[0].i <= c.right_edge.i), None)  # taken "..."')

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
        # 'Addis Ababa, she added, would never accept "..."': the parenthetical speech verb of a verb on the way
        chains = [[a for v in chain for a in (v, *(c for c in v.children if c.dep_ == "parataxis" and c.pos_ == "VERB"
                                                   and c.lemma_ in CLAUSE_ONLY and has_subject(c)))]
                  for chain in chains]
        first = next((t for t in tokens if not t.is_punct), None)
        reports = [v for chain in chains for v in chain if v.lemma_ in self.lexicon or v.lemma_ in QUOTE_VERBS]
        if first is not None and first in roots and first.pos_ == "VERB" and not reports and any(
                c.dep_ == "nsubj" and c.i not in inside for c in first.children):
            found, pron = self.speakers(first)  # 'Holloway "reaffirmed that ..."': the quote opens on her verb
            if found:
                return found, first, pron
        # A quote hung under a reporting verb whose speaker is unknown is that speaker's, not the words of
        # whoever does something on the way ('an official said artillery had fired and that the army's
        # response had been "measured"' is not the army's)
        speech_only = any(v.pos_ == "VERB" and v.lemma_ in self.lexicon for v in reports)
        for want_speech in (True,) if speech_only else (True, False):
            for chain in chains:
                for v in chain:
                    if v.pos_ not in ("VERB", "AUX"):
                        continue
                    if want_speech and v.lemma_ not in self.lexicon and v.lemma_ not in QUOTE_VERBS:
                        continue
                    found, pron = self.speakers(v)
                    if found and v.lemma_ in self.lexicon and self._inside_report(v) and not self._relayed(v) and (
                            teller := self._teller(v)) is not None and (told := self.speakers(teller))[0]:
                        found, pron = told  # 'X said Kabul welcomed "the efforts of Qatar"': X's words
                    if found:
                        return found, self._acting_verb(v, chain, found), pron
        return None

    def _teller(self, v: Token) -> Token | None:
        """The reporting verb whose clause holds another reporting verb ('said' in 'X said Kabul welcomed ...')."""
        h = v
        while h.head.i != h.i:
            if h.dep_ == "ccomp" and h.head.lemma_ in self.lexicon:
                return h.head
            h = h.head
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
        before = self.tokens(start, q.start)
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
        for t in self.tokens(start, end):
            if t.text in (".", "!", "?") and not self.in_quote[t.i] and not _abbreviated(t, self.gaz.honorifics):
                break
            out.append(t)
        return out

    def _same_paragraph(self, prev_end: int, start: int) -> bool:
        between = self.text[prev_end:start]
        return "\n\n" not in between and len(between) < 300

    def not_said(self, v: Token) -> bool:
        """A reporting verb that reports nothing: negated ('did not say'), failed or declined ('failed to agree')."""
        if any(c.dep_ == "neg" for c in v.children):
            return True
        if any(c.dep_ == "xcomp" and c.lemma_ in ("name", "identify", "quote") and any(
                d.dep_ == "neg" for d in c.children) for c in v.children):
            return True  # 'an official, who asked not to be named, said ...'
        return v.dep_ == "xcomp" and v.head.lemma_ in self.gaz.reporting["not_said_heads"]

    def in_turn(self, char: int) -> bool:
        """Whether a character lies in a turn of a transcript (an official's turn is stated sentence by sentence)."""
        return _inside(self._turns, char)

    def in_question(self, char: int) -> bool:
        """Whether a character lies in a reporter's question of a transcript."""
        return _inside(self._questions, char)

    # --- reported speech -----------------------------------------------------------------------

    def indirect(self) -> list[Said]:
        """Reported speech: a reporting verb with a speaker and a clause or object (found once, then kept)."""
        if self._reported is None:
            self._reported = self._indirect()
        return list(self._reported)

    def _indirect(self) -> list[Said]:
        out: list[Said] = []
        second: set[int] = set()  # reporting verbs already told as a speaker's second act (_second_act)
        for v in self.doc:
            lemma = _MISLEMMATISED.get(v.lower_, v.lemma_)
            if v.pos_ != "VERB" or lemma not in self.lexicon or self.in_quote[v.i] or v.idx < self.body_start \
                    or v.i in second:
                continue
            if self.in_turn(v.idx) and not self._told_in_turn(v) or self.not_said(v):
                continue
            if v.tag_ == "VBN" and v.dep_ in ("advcl", "acl") and not misparsed_finite(v) and not any(
                    c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "agent") for c in v.children):
                continue  # "Asked about the sanctions, the spokesman said ...": he was asked, he did not ask
            info = self.lexicon[lemma]
            if info.get("finite") and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
                continue  # "called Lavrov to express concern": the purpose of a call
            particle = info.get("particle")
            preps = particle_children(v, particle) if particle else []
            pressed = info.get("object_infinitive") and _object_infinitive(v)  # 'pressed both sides to ...'
            if particle and not preps and not judges(v) and not pressed:
                continue  # 'called the vote a sham' judges; 'called his counterpart' is a call
            if declares_status(v) or being_asked(v):
                continue  # 'declared the envoy persona non grata': a deed, no words; 'X, asked about it, said
            speakers, pron = self.speakers(v)
            if not speakers:
                continue
            clauses = [c for c in v.children if c.dep_ == "ccomp" and not any(
                m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in c.children)
                and (v.dep_ != "relcl" or has_subject(c))] if not particle else []
            # ('a gesture officials had hoped would ease tensions': the clause's subject is the gesture told of)
            if (charge := answers_a_charge(v)) is not None:  # '..., a charge Lima denies': that phrase
                said = self._said(speakers, (charge.left_edge.i, max(v.i, v.right_edge.i - 1), v), v, info, [], pron)
                if said is not None:
                    said.rule += ":charge"  # an answer to the charge just told (links read it so)
                    out.append(said)
                continue
            if not clauses and not particle:  # "said in a statement that ...": the parser hangs the clause on the noun
                clauses = [c for p in v.children if p.dep_ == "prep" for n in p.children
                           if n.dep_ == "pobj" and n.lemma_ in VEHICLES for c in n.children
                           if c.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that"
                                                                 for m in c.children)]
            pieces: list[tuple[int, int, Token]] = []
            joined: set[int] = set()
            aside = self._parenthetical(v) if not clauses else None
            if aside is not None:  # ('The dam, he said, was X, and his government was ready to ...': two)
                clauses, pieces = [aside[2]], [aside]
                pieces += [p for c in aside[2].children if c.dep_ == "conj" and c.i > aside[1] and has_subject(c)
                           and c.pos_ in ("VERB", "AUX") for p in self._clause_pieces(c)]
                joined = {p[2].i for p in pieces[1:]}  # one account when they do the same thing
            for c in clauses if aside is None else []:
                between = self.doc[c.right_edge.i:v.i]  # the clause's own last token may be the comma
                lead = [t for t in self.doc[self.m.sent(c.i).start:c.left_edge.i] if t.idx >= self.body_start]
                dashed = any(t.text in ("–", "—") for t in self.doc[c.left_edge.i:v.i])
                if c.i < v.i and (dashed or any(not (t.is_punct or t.is_space) for t in lead)
                                  or any(t.pos_ == "VERB" or t.text in (".", "!", "?") for t in between[1:])
                                  or not any(t.text in (",", "”", '"', "’") for t in between)):
                    continue  # a fronted clause must lead straight to its verb ("..., he said")
                found = [(max(s, v.i + 1) if c.i > v.i else s, e, h) for s, e, h in self._clause_pieces(c)]
                if pieces and found and c.i > v.i and not has_subject(c):  # one clause parsed as two
                    pieces[-1] = (pieces[-1][0], found[0][1], pieces[-1][2])
                    found = found[1:]
                pieces += found
            if self._inside_report(v) and not self._relayed(v) and not self._agreed_by_others(v, speakers) \
                    and not self._own_aside(v, speakers) or passive(v) and not self._passive_act(v, info) or any(
                    c.dep_ == "mark" and c.lower_ in ("until", "if", "unless", "whether") for c in v.children):
                continue  # reported content of an outer statement ("said Washington would prefer ...")
            if any(self._relayed(c) for c in clauses):
                continue  # a readout ("X urged ..., the ministry said") is X's statement, not the ministry's
            if not clauses and (lemma not in CLAUSE_ONLY or info.get("infinitive") and _object_infinitive(v, False)):
                objs = [c for c in v.children if c.lower_ != "according" and c.dep_ in (
                    "dobj", "prep", "xcomp", "attr", "prt", "dative", "oprd", "agent")
                        or (c.dep_ == "advcl" and any(a.lower_ == "to" for a in c.children))]
                if not objs and info["act"] not in ("assert", "comment"):  # 'rejected the charge hours later':
                    objs = [c for c in v.children if c.dep_ in ("advmod", "npadvmod") and c.i > v.i and any(
                        t.dep_ == "det" and t.head.dep_ == "compound" for t in c.subtree)]  # the object made a time
                if objs:
                    end = max(o.right_edge.i for o in objs)
                    pieces.append((v.i, end, v))
            acts = []  # (piece, its reporting verb, the verb's lexicon entry, clauses, particles)
            for piece in pieces:
                then = self._second_act(piece, v)
                if then is None:
                    acts.append((piece, v, info, clauses, preps))
                    continue
                second.add(then.i)
                more = self.lexicon[then.lemma_]
                acts += [((piece[0], then.i - 2, piece[2]), v, info, clauses, preps),
                         ((then.i, then.right_edge.i, then), then, more, [],
                          particle_children(then, more["particle"]) if more.get("particle") else [])]
            for piece, verb, entry, told, parts in acts:
                said = self._said(speakers, piece, verb, entry, told, pron, parts)
                if said is None and out and out[-1].verb == verb.i and _and_that(piece[2]):
                    last = trim(self.doc[piece[0]:piece[1] + 1])  # '..., and that X had taken "measures"'
                    out[-1].end = max(out[-1].end, last.end_char if last is not None else out[-1].end)
                if said is None:
                    continue
                if out and out[-1].verb == verb.i and out[-1].act == said.act and (_and_that(piece[2])
                                                                                    or piece[2].i in joined):
                    out[-1].end = said.end  # 'said A, and that B' doing the same thing is one account
                else:
                    out.append(said)
        return out

    def _said(self, speakers: list[Entity], piece: tuple[int, int, Token], v: Token, info: dict,
              clauses: list[Token], pron: bool, preps: list[Token] | None = None) -> Said | None:
        """The reported statement of one piece (first token, last token, head) of what a reporting verb says."""
        start, end, head = piece
        while start <= end and self.doc[start].idx < self.body_start:
            start += 1
        if clauses and start == clauses[0].left_edge.i and (lead := self._lead_date(v, clauses[0])) is not None:
            start = lead[1]  # 'said on Thursday it was ready': the statement is 'it was ready'

        asides = [t.left_edge.i for t in self.doc[start:end + 1] if t.dep_ == "relcl" and t.pos_ == "VERB"
                  and t.left_edge.i > start and t.right_edge.i >= end - 1 and t.i != v.i  # (one ending the clause)
                  and t.lemma_ in self.lexicon and has_subject(t) and self._own_aside(t, self.speakers(t)[0])]
        end = min(asides, default=end + 1) - 1  # '..., which he blamed on smugglers' is said apart
        end = self._colon_cut(start, end)
        span = trim(self.doc[start:end + 1]) if start <= end else None
        if span is None or self._mostly_quoted(span):
            return None
        act, code = self.acts.reported_act(info, head, v, speakers, list(span))
        if act == "promise" and head.i != v.i and self.acts.pledged_together(head, speakers) \
                and self._agreed_by_others(head, self.speakers(head)[0]):
            act, code = "assert", cameo("assert")  # 'the ministry said the two ministers had agreed to ...': each
            # minister's own promise is a statement apart (``_agreed_by_others``); the teller's account asserts
        rule = f"reported:{v.lemma_}" + (f"_{preps[0].lower_}" if preps else "") + (":clause" * bool(clauses))
        sent = self.m.sent(v.i)
        return Said(speakers, span.start_char, span.end_char, "indirect", act, code, rule,
                    (sent.start_char, sent.end_char), self.said_on(v, clauses[0] if clauses else None), v.i, pron)

    def _second_act(self, piece: tuple[int, int, Token], v: Token) -> Token | None:
        """A second reporting verb the parser hung inside what the first reports ('said the talks had failed and
        called on both sides to ...', 'urged X to guarantee a trial and called on Y to ...'): a past verb with no
        subject of its own joined to a word it cannot share a subject with (a participle, an infinitive, a noun),
        right after 'and'. It is the speaker's next act, told apart."""
        start, end, _ = piece
        for t in self.doc[start:end + 1]:
            if t.i > v.i and t.dep_ == "conj" and t.tag_ == "VBD" and t.pos_ == "VERB" and t.lemma_ in self.lexicon \
                    and not has_subject(t) and not self.in_quote[t.i] and t.left_edge.i == t.i \
                    and self.doc[t.i - 1].lower_ == "and" and (t.head.tag_ in ("VBN", "VBG", "VB") or
                                                                t.head.pos_ not in ("VERB", "AUX")) \
                    and not (self.lexicon[t.lemma_].get("particle") and not particle_children(
                        t, self.lexicon[t.lemma_]["particle"])):
                return t
        return None

    def _told_in_turn(self, v: Token) -> bool:
        """A body's words an official relays in a relative clause of a turn ('The ministry sent us a note, in which
        it said the boats were in its waters'): that body's statement, besides the official's sentence."""
        return v.dep_ == "relcl" and any(c.dep_ == "ccomp" for c in v.children) and bool(
            found := self.speakers(v)[0]) and all(e.label == "Institution" for e in found)

    def _parenthetical(self, v: Token) -> tuple[int, int, Token] | None:
        """'Russia, he said, had ...' / '..., the ministry said, and ...': the clause around a reporting
        verb set off by commas is its statement (up to the verb when the verb follows the clause's verb)."""
        head = v.head
        if v.dep_ != "parataxis" or head.pos_ not in ("VERB", "AUX") or v.lemma_ not in CLAUSE_ONLY and any(
                c.dep_ in ("dobj", "ccomp", "xcomp", "prep") for c in v.children):  # ('Russia, she warned, would')
            return None
        words = [t.i for t in v.subtree if not t.is_punct and t.dep_ != "cc"]
        commas = [t.i for t in v.subtree if t.text == "," and t.i < v.i]
        if commas and any(c.dep_ == "nsubj" and c.i > commas[-1] for c in v.children):
            words = [i for i in words if i > commas[-1]]  # ('The United States, spokesman X said, ...': the
            # parser hung the clause's subject on the verb too)
        left, right = min(words), max(words)
        if left == 0 or self.doc[left - 1].text not in (",", "—", "–") or right + 1 >= len(self.doc) \
                or self.doc[right + 1].text not in (",", ".", "—", "–"):
            return None
        if head.i < v.i:
            found = head.left_edge.i, left - 1, head
        else:
            later = [c.left_edge.i for c in head.children if c.i > v.i and c.dep_ == "conj" and has_subject(c)]
            # ('X, she said, had reinforced its posts, but only "to protect ...": one clause)
            found = head.left_edge.i, (min(later) - 1 if later else head.right_edge.i), head
        return found if found[1] - found[0] < _ASIDE_REACH else None  # a clause, not a run-on paragraph

    def _relayed(self, v: Token) -> bool:
        """A named person's words relayed by another speaker ('the State Department said Holloway had urged ...'):
        a reporting verb inside another's clause whose subject is a person, not the speaker's own side."""
        if v.lemma_ not in self.lexicon or v.pos_ != "VERB" or not self._inside_report(v):
            return False
        subjects = [c for c in v.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
        return bool(subjects) and all(e.label == "Person" for c in subjects for e in self.m.resolve(c)) \
            and any(self.m.resolve(c) for c in subjects)

    def _inside_report(self, v: Token) -> bool:
        """A reporting verb with its own subject inside another reporting verb's clause."""
        if not any(c.dep_ == "nsubj" for c in v.children):
            return False
        h = v
        while h.head.i != h.i:
            if h.dep_ == "ccomp" and h.head.lemma_ in self.lexicon:
                # 'Moldova has demanded their withdrawal; Moscow says ...': a clause parted from the verb by a
                # semicolon is no content of it; 'X accused Y of ..., a charge Y denies': the charge is X's own
                return not (h.i < h.head.i and any(t.text == ";" for t in self.doc[h.right_edge.i:h.head.i])) \
                    and answers_a_charge(h.head) is None
            h = h.head
        return False

    def _clause_pieces(self, clause: Token) -> list[tuple[int, int, Token]]:
        # 'said (that) A, and that B' is one account; 'A, but that B' or 'A and B' are two statements
        conj = [c for c in clause.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                and any(x.dep_ in ("nsubj", "nsubjpass", "expl") for x in c.children)]
        cut = [c for c in clause.children if c.dep_ in ("advcl", "conj") and c.lemma_ in self.lexicon
               and c.i > clause.i and not any(x.dep_ == "nsubj" for x in c.children)]
        # "insisted that A, and the minister said B": B is the minister's statement, not the first speaker's
        cut += [c for c in conj if c.lemma_ in CLAUSE_ONLY and c.pos_ == "VERB" and c.i > clause.i
                and any(x.dep_ == "nsubj" and x.pos_ == "PROPN" for x in c.children)]
        conj = [c for c in conj if c not in cut]
        # "supported the talks and would ..." is two statements; "was open to talks but would not ..." is one
        but = any(x.dep_ == "cc" and x.lower_ == "but" for x in clause.children)
        if not but and not any(x.dep_ in ("aux", "auxpass") for x in clause.children):
            conj += [c for c in clause.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > clause.i
                     and not has_subject(c) and any(x.dep_ == "aux" and x.lower_ in _MODALS for x in c.children)]
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

    # --- dashes and briefing turns ----------------------------------------------------------------

    def briefing(self, label_speaker: Callable[[str], Entity], article_date: str | None) -> list[Said]:
        """Each sentence of an official's turn in a transcript is a statement by that official, made that day;
        someone else's words relayed in a turn ('She urged ...') are that person's, made when the text says."""
        return [Said([speaker], start, end, "direct", act, code, "briefing_turn", sentence,
                     date if relayed else article_date)
                for speaker, start, end, act, code, sentence, relayed, date in turn_statements(self, label_speaker)]

def _abbreviated(stop: Token, honorifics: set[str]) -> bool:
    """A full stop that ends an abbreviated rank or title ('its spokesman, Brig. Gen. X, said'), not a sentence."""
    before = stop.doc[stop.i - 1] if stop.i else None
    return stop.text == "." and before is not None and not before.whitespace_ and before.lower_ in honorifics


def _and_that(clause: Token) -> bool:
    """'..., and that B': a clause of its own 'that' coordinated by 'and' with the one before."""
    return clause.dep_ == "conj" and _marked_that(clause) and any(
        x.dep_ == "cc" and x.lower_ == "and" and x.i < clause.i for x in clause.head.children)


def _marked_that(clause: Token) -> bool:
    """Whether a clause opens on its own 'that'."""
    return any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)


def _object_infinitive(verb: Token, with_object: bool = True) -> bool:
    """'pressed both sides to return to talks' (an object, then an infinitive), 'claimed to have killed ...'."""
    infinitive = any(c.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                     for c in verb.children)
    return infinitive and (not with_object or any(c.dep_ == "dobj" for c in verb.children))


def _inside(spans: list[tuple[int, int]], char: int) -> bool:
    """Whether a character lies in one of some sorted, non-overlapping (start, end) spans."""
    k = bisect_right(spans, (char, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= char < spans[k][1]
