"""The graph model: labels, relationship types, their properties and endpoints, and ids.

This module is the contract between extraction, the stores, queries and views.
Every label and relationship type the product knows is declared here once; the
stores derive their DDL and write statements from these declarations.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field

# Property types, in the neutral vocabulary the stores translate.
STRING, INT, FLOAT, STRING_LIST = "STRING", "INT", "FLOAT", "STRING[]"


@dataclass(frozen=True)
class Label:
    """A node label with its properties (``id`` is always the key)."""

    name: str
    properties: dict[str, str]
    display: str  # property shown as the node's caption
    description: str


@dataclass(frozen=True)
class RelType:
    """A relationship type with the labels it may connect and its properties."""

    name: str
    starts: tuple[str, ...]
    ends: tuple[str, ...]
    properties: dict[str, str] = field(default_factory=dict)
    keys: tuple[str, ...] = ()  # properties that distinguish parallel relationships
    description: str = ""


# Provenance: the source sentence, character offsets in the article text, and the rule that fired.
_PROVENANCE = {"sentence": STRING, "start": INT, "end": INT, "rule": STRING}

LABELS: dict[str, Label] = {
    label.name: label
    for label in [
        Label(
            "Article",
            {"title": STRING, "date": STRING, "source": STRING, "path": STRING, "sha256": STRING},
            "title",
            "A source text: news article or briefing transcript.",
        ),
        Label("Person", {"name": STRING, "aliases": STRING_LIST}, "name", "A named person."),
        Label(
            "Institution",
            {"name": STRING, "aliases": STRING_LIST, "kind": STRING, "country": STRING},
            "name",
            "A government, ministry, agency, organisation or armed group.",
        ),
        Label(
            "Place",
            {"name": STRING, "aliases": STRING_LIST, "kind": STRING, "country": STRING},
            "name",
            "A country, region, city or district.",
        ),
        Label(
            "Statement",
            {
                "text": STRING,
                "kind": STRING,
                "act": STRING,
                "rules_act": STRING,
                "cameo": STRING,
                "date": STRING,
                **_PROVENANCE,
            },
            "text",
            "Something a person or institution said (direct quote or reported speech).",
        ),
        Label(
            "Event",
            {"type": STRING, "cameo": STRING, "date": STRING, "text": STRING, **_PROVENANCE},
            "type",
            "Something that happened: a call, meeting, visit, attack, ceasefire, siege...",
        ),
    ]
}

_SPEAKERS = ("Person", "Institution")
_ENTITIES = ("Person", "Institution", "Place")

REL_TYPES: dict[str, RelType] = {
    rel.name: rel
    for rel in [
        RelType("HOLDS_ROLE", ("Person",), ("Institution",), {"title": STRING}, ("title",),
                "A person's title at an institution."),
        RelType("PART_OF", ("Institution",), ("Institution",), description="A ministry within a government."),
        RelType("STATED", _SPEAKERS, ("Statement",), description="Who made a statement."),
        RelType("REPORTED_IN", ("Statement", "Event"), ("Article",),
                description="The article a statement or event was found in."),
        RelType("MENTIONS", ("Article",), _ENTITIES, {"count": INT}, description="Who and what an article names."),
        RelType("ACTOR", ("Event",), _SPEAKERS,
                description="Who did it (several only for one thing done apart: 'Russian-regime airstrikes')."),
        RelType("TARGET", ("Event",), _ENTITIES, description="To whom or where it was done (one party per event)."),
        RelType("LOCATED_IN", ("Event",), ("Place",), description="Where it happened."),
        RelType("ABOUT", ("Statement",), (*_ENTITIES, "Event"), description="What a statement is about."),
        RelType("RESPONDS_TO", ("Statement",), ("Statement", "Event"),
                description="A reaction to an earlier statement or event."),
        RelType("CONTRADICTS", ("Statement",), ("Statement",), description="Two statements that cannot both be true."),
    ]
}

# Statement acts with their default CAMEO codes (the extractor's lexicon refines them).
ACTS: dict[str, str] = {
    "assert": "010",
    "comment": "012",
    "deny": "016",
    "appeal": "02",
    "promise": "03",
    "welcome": "051",
    "reject": "12",
    "criticize": "111",
    "warn": "138",
    "threaten": "13",
}
STATEMENT_KINDS = ("direct", "indirect")


def normalise(text: str) -> str:
    """Fold a name for comparison: NFKC, case, punctuation and spacing."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"[’'`´]", "'", text)
    text = re.sub(r"[^\w']+", " ", text)
    return " ".join(text.split())


def make_id(label: str, *parts: object) -> str:
    """A stable id: the label and a SHA-1 of the normalised key parts."""
    key = "\x1f".join(normalise(str(p)) if isinstance(p, str) else str(p) for p in parts)
    digest = hashlib.sha1(f"{label}\x1e{key}".encode()).hexdigest()[:16]
    return f"{label.lower()}:{digest}"
