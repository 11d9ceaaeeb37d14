"""A statement as the finders hand it on: speakers, span, act and provenance, before it becomes a node."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span

from dipgraph.loaders.entities import Entity


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
    overruled: str | None = None  # the rules' act, where the learned act model replaced it


def trim(span: Span) -> Span | None:
    """A clause without its leading 'that'/punctuation and trailing punctuation."""
    doc = span.doc
    s, e = span.start, span.end
    while s < e and (doc[s].dep_ == "mark" or doc[s].is_punct or doc[s].is_space):
        s += 1
    while e > s and (doc[e - 1].is_punct or doc[e - 1].is_space or doc[e - 1].dep_ == "cc"):
        e -= 1
    return doc[s:e] if e > s else None
