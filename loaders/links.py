"""Links between statements and events: RESPONDS_TO (a reaction) and CONTRADICTS (opposite claims)."""

from __future__ import annotations

from spacy.tokens import Doc

from dipgraph.loaders.entities import Entity
from dipgraph.loaders.events import Happened
from dipgraph.loaders.mentions import Mentions
from dipgraph.loaders.speech import Said

REACTIONS = {"reject", "welcome", "criticize", "deny"}
PROPOSALS = {"appeal", "promise", "assert"}
# Nouns that point back to something someone proposed or did ("rejected the measure"); event nouns such
# as "the truce" are matched by event type instead.
ANAPHORIC = {"measure", "proposal", "plan", "call", "move", "decision", "offer", "idea", "announcement",
             "demand", "initiative", "request", "appeal", "suggestion", "step", "statement", "remarks",
             "comments", "claim", "claims", "ultimatum"}
CONTRADICTION_VERBS = {"contradict", "conflict", "dispute", "undercut", "undermine"}


def _sides(speaker: Entity, roles: dict[str, set[str]]) -> set[str]:
    return {speaker.key} | roles.get(speaker.key, set())


def responds_to(doc: Doc, said: list[tuple[Said, Entity]], events: list[Happened]) -> list[tuple[int, str, int]]:
    """(statement index, 'statement'|'event', target index) for reactions to an earlier appeal or event.

    A reaction ('rejected the measure') whose object is a word that points back answers the most recent
    earlier proposal by someone else; a reaction whose sentence names an earlier event's trigger answers that event.
    """
    out = []
    for k, (s, speaker) in enumerate(said):
        if s.act not in REACTIONS:
            continue
        verb = doc[s.verb] if s.verb is not None else None
        objects = [c for c in verb.children if c.dep_ in ("dobj", "prep")] if verb is not None else []
        anaphoric = any(t.lemma_ in ANAPHORIC and any(d.lower_ in ("the", "this", "that") for d in t.children)
                        for o in objects for t in o.subtree)
        if anaphoric:
            earlier = [(p.start, "statement", j) for j, (p, who) in enumerate(said)
                       if p.start < s.start and p.act in PROPOSALS and who is not speaker and p.kind == "indirect"]
            earlier += [(e.start, "event", j) for j, e in enumerate(events)
                        if e.start < s.start and speaker not in e.actors]
            if earlier:
                _, kind, j = max(earlier, key=lambda c: c[0])
                out.append((k, kind, j))
                continue
        sent_tokens = doc.char_span(*s.sentence, alignment_mode="expand")
        lemmas = {t.lemma_.lower() for t in sent_tokens} if sent_tokens is not None else set()
        for j, e in reversed(list(enumerate(events))):
            if e.start >= s.start:
                continue
            trig = doc[e.trigger]
            words = {trig.lemma_.lower()} | {c.lemma_.lower() for c in trig.children if c.dep_ == "compound"}
            words -= {"order", "deal", "call"}
            if words & lemmas:
                out.append((k, "event", j))
                break
    return out


def contradicts(doc: Doc, mentions: Mentions, said: list[tuple[Said, Entity]],
                roles: dict[str, set[str]]) -> list[tuple[int, int]]:
    """(statement, statement) pairs where the article says one side's line contradicts another's."""
    out = []
    for t in doc:
        if t.lemma_ not in CONTRADICTION_VERBS or t.pos_ != "VERB":
            continue
        subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
        obj = [c for c in t.children if c.dep_ in ("dobj", "prep", "ccomp", "attr", "agent")]
        left = _institutions(mentions, subj)
        right = _institutions(mentions, obj)
        if not left or not right:
            continue
        for i, (a, who_a) in enumerate(said):
            if not _sides(who_a, roles) & left or a.act not in ("assert", "deny"):
                continue
            for j, (_b, who_b) in enumerate(said):
                if i != j and _sides(who_b, roles) & right and not _sides(who_b, roles) & left:
                    out.append((i, j))
    return out + denials(doc, said, set(out))


def denials(doc: Doc, said: list[tuple[Said, Entity]], known: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """A denial contradicts another speaker's assertion about the same thing (two content words shared)."""
    words = [_content(doc, s) for s, _ in said]
    out = []
    for i, (d, who_d) in enumerate(said):
        if d.act != "deny":
            continue
        for j, (a, who_a) in enumerate(said):
            if a.act == "assert" and who_a is not who_d and (i, j) not in known and len(words[i] & words[j]) >= 2:
                out.append((i, j))
    return out


def _content(doc: Doc, s: Said) -> set[str]:
    span = doc.char_span(s.start, s.end, alignment_mode="expand")
    if span is None:
        return set()
    return {t.lemma_.lower() for t in span if t.pos_ in ("NOUN", "PROPN", "VERB") and not t.is_stop}


def _institutions(mentions: Mentions, roots) -> set[str]:
    keys = set()
    for r in roots:
        for t in r.subtree:
            e = mentions.entity_at(t.i)
            if e is not None and e.label == "Institution":
                keys.add(e.key)
    return keys
