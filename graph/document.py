"""The graph document: the only type that crosses package boundaries.

Extraction produces one; stores write one; views draw one. It serialises to
plain JSON: ``{"nodes": [{"id", "label", "properties"}], "relationships":
[{"type", "start", "end", "properties"}]}``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from dipgraph.errors import InputError
from dipgraph.graph.model import INT, LABELS, REL_TYPES, STRING_LIST


@dataclass
class Node:
    """A node: stable id, one label, plain properties."""

    id: str
    label: str
    properties: dict[str, Any] = field(default_factory=dict)

    def caption(self) -> str:
        """The text an analyst recognises the node by."""
        spec = LABELS.get(self.label)
        value = self.properties.get(spec.display) if spec else None
        return str(value if value is not None else self.properties.get("name") or self.id)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "label": self.label, "properties": dict(self.properties)}


@dataclass
class Relationship:
    """A directed relationship between two node ids."""

    type: str
    start: str
    end: str
    properties: dict[str, Any] = field(default_factory=dict)

    def key(self) -> tuple:
        """What makes two relationships the same one (type, ends, key properties)."""
        spec = REL_TYPES.get(self.type)
        extra = tuple(self.properties.get(k) for k in spec.keys) if spec else ()
        return (self.type, self.start, self.end, *extra)

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.type, "start": self.start, "end": self.end, "properties": dict(self.properties)}


@dataclass
class Path:
    """A path returned by a query: alternating nodes and relationships."""

    nodes: list[Node]
    relationships: list[Relationship]

    def to_dict(self) -> dict[str, Any]:
        return {
            "nodes": [n.to_dict() for n in self.nodes],
            "relationships": [r.to_dict() for r in self.relationships],
        }


@dataclass
class GraphDocument:
    """Nodes and relationships, e.g. everything extracted from one article."""

    nodes: list[Node] = field(default_factory=list)
    relationships: list[Relationship] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "nodes": [n.to_dict() for n in self.nodes],
            "relationships": [r.to_dict() for r in self.relationships],
        }

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls, data: Any, source: str = "document") -> GraphDocument:
        """Build a document from parsed JSON, raising InputError on a wrong shape."""
        if not isinstance(data, dict) or not isinstance(data.get("nodes"), list):
            raise InputError(f"{source}: not a graph document (expected an object with 'nodes')")
        try:
            nodes = [
                Node(str(n["id"]), str(n["label"]), dict(n.get("properties") or {}))
                for n in data.get("nodes", [])
            ]
            rels = [
                Relationship(str(r["type"]), str(r["start"]), str(r["end"]), dict(r.get("properties") or {}))
                for r in data.get("relationships", [])
            ]
        except (KeyError, TypeError, ValueError) as exc:
            raise InputError(f"{source}: malformed node or relationship ({exc})") from None
        return cls(nodes, rels)

    def merged(self) -> GraphDocument:
        """The same document with duplicate nodes and relationships folded together.

        Later properties fill gaps in earlier ones; alias lists are united.
        """
        nodes: dict[str, Node] = {}
        for node in self.nodes:
            seen = nodes.get(node.id)
            if seen is None:
                nodes[node.id] = Node(node.id, node.label, dict(node.properties))
                continue
            for key, value in node.properties.items():
                seen.properties[key] = merge_value(seen.properties.get(key), value)
        rels: dict[tuple, Relationship] = {}
        for rel in self.relationships:
            rels.setdefault(rel.key(), Relationship(rel.type, rel.start, rel.end, dict(rel.properties)))
        return GraphDocument(list(nodes.values()), list(rels.values()))

    def extend(self, other: GraphDocument) -> None:
        """Append another document's nodes and relationships (call merged() after)."""
        self.nodes.extend(other.nodes)
        self.relationships.extend(other.relationships)


def merge_value(old: Any, new: Any) -> Any:
    """Combine two values of one property: lists are united, a missing value is filled."""
    if isinstance(old, list) or isinstance(new, list):
        out = list(old or [])
        out += [v for v in new or [] if v not in out]
        return out
    return old if new is None else new


def validate(doc: GraphDocument, source: str = "document") -> tuple[GraphDocument, list[str]]:
    """Check a document against the model; return what is kept and why the rest was dropped.

    Unknown labels, relationship types, properties, wrongly typed values and
    relationships whose endpoints are missing or not allowed are dropped with a reason.
    """
    problems: list[str] = []
    labels: dict[str, str] = {}
    nodes: list[Node] = []
    for node in doc.nodes:
        spec = LABELS.get(node.label)
        if spec is None:
            problems.append(f"{source}: node {node.id}: unknown label {node.label!r}")
            continue
        props = {}
        for key, value in node.properties.items():
            kind = spec.properties.get(key)
            if kind is None:
                problems.append(f"{source}: node {node.id}: unknown property {node.label}.{key}")
            elif value is not None and not _fits(kind, value):
                problems.append(f"{source}: node {node.id}: {node.label}.{key} is not {kind}")
            else:
                props[key] = value
        labels[node.id] = node.label
        nodes.append(Node(node.id, node.label, props))
    rels: list[Relationship] = []
    for rel in doc.relationships:
        spec = REL_TYPES.get(rel.type)
        where = f"{source}: relationship {rel.type} {rel.start}->{rel.end}"
        if spec is None:
            problems.append(f"{where}: unknown type")
        elif rel.start not in labels or rel.end not in labels:
            problems.append(f"{where}: endpoint not in document")
        elif labels[rel.start] not in spec.starts or labels[rel.end] not in spec.ends:
            problems.append(f"{where}: {labels[rel.start]}->{labels[rel.end]} not allowed")
        else:
            props = {k: v for k, v in rel.properties.items() if k in spec.properties}
            dropped = set(rel.properties) - set(props)
            if dropped:
                problems.append(f"{where}: unknown properties {sorted(dropped)}")
            for key, value in list(props.items()):
                if value is not None and not _fits(spec.properties[key], value):
                    problems.append(f"{where}: {rel.type}.{key} is not {spec.properties[key]}")
                    del props[key]
            rels.append(Relationship(rel.type, rel.start, rel.end, props))
    return GraphDocument(nodes, rels), problems


def _fits(kind: str, value: Any) -> bool:
    if kind == STRING_LIST:
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    if kind == INT:  # both stores hold 64-bit integers; a bigger one would crash the driver
        return isinstance(value, int) and not isinstance(value, bool) and -(2**63) <= value < 2**63
    if kind == "FLOAT":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    return isinstance(value, str)
