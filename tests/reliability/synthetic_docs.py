"""Deterministic graph documents for failure tests, and a way to compare whole graphs.

The documents share people and institutions (so MERGE matters), carry hostile names
(quotes, backticks, braces, Cypher comments and clauses, emoji, right-to-left text), and
are big enough that writing one takes a noticeable time (so a kill lands inside a write).
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from dipgraph.graph.document import GraphDocument, Node, Relationship
from dipgraph.graph.store import Store

HOSTILE_NAMES = [
    "O'Brien",
    'Said "Hello"',
    "Back`tick` Name",
    "Brace } Name {",
    "Slash // Comment",
    "'}) MATCH (n) DETACH DELETE n //",
    '"}) DETACH DELETE n RETURN 1 //',
    "`) CREATE (x:Evil) //",
    "$rows AS r DELETE r",
    "Robert'); DROP TABLE Person;--",
    "=HYPERLINK(\"http://example.invalid\",\"click\")",
    "Emoji 🕊️ Peace Envoy",
    "وزير الخارجية",
    "שר החוץ",
    "Back\\slash\\n Name",
]
PEOPLE = [f"Person {i} Example" for i in range(40)] + HOSTILE_NAMES
INSTITUTIONS = [f"Ministry of Things {i}" for i in range(12)] + ["Ministry of 'Quotes' \"and\" `ticks`"]


def make_documents(count: int, *, statements: int = 40, seed: int = 7) -> list[GraphDocument]:
    """`count` documents, each one article with statements, events, people and institutions."""
    docs = []
    for number in range(count):
        rng = random.Random(seed * 1000 + number)
        docs.append(_document(number, rng, statements))
    return docs


def _document(number: int, rng: random.Random, statements: int) -> GraphDocument:
    article = f"article:synthetic-{number:04d}"
    nodes = [Node(article, "Article", {"title": f"Article {number} · {rng.choice(HOSTILE_NAMES)}",
                                       "date": f"2024-01-{1 + number % 28:02d}", "sha256": f"sha-{number}",
                                       "path": f"doc-{number:04d}.json"})]
    rels: list[Relationship] = []
    people = rng.sample(PEOPLE, 8)
    institutions = rng.sample(INSTITUTIONS, 3)
    for name in people:
        pid = _pid(name)
        # Aliases depend on the person only, so the graph does not depend on load order.
        nodes.append(Node(pid, "Person", {"name": name, "aliases": [name.split()[-1]]}))
        rels.append(Relationship("MENTIONS", article, pid, {"count": 1 + len(name) % 5}))
    for name in institutions:
        nodes.append(Node(_iid(name), "Institution", {"name": name, "kind": "ministry", "aliases": []}))
    for name in people[:3]:
        rels.append(Relationship("HOLDS_ROLE", _pid(name), _iid(institutions[0]), {"title": "Spokesperson"}))
    for i in range(statements):
        sid = f"statement:synthetic-{number:04d}-{i:03d}"
        eid = f"event:synthetic-{number:04d}-{i:03d}"
        speaker = _pid(rng.choice(people))
        quote = rng.choice(HOSTILE_NAMES)
        nodes.append(Node(sid, "Statement", {"text": f"We said {quote} at {i}", "kind": "direct",
                                             "act": "assert", "cameo": "010", "date": "2024-01-02",
                                             "start": i * 10, "end": i * 10 + 9, "rule": "synthetic",
                                             "sentence": f"“{quote}”, said someone."}))
        nodes.append(Node(eid, "Event", {"type": "meeting", "cameo": "043", "text": f"met {i}",
                                         "start": i, "end": i + 3}))
        rels += [
            Relationship("STATED", speaker, sid),
            Relationship("REPORTED_IN", sid, article),
            Relationship("REPORTED_IN", eid, article),
            Relationship("ACTOR", eid, speaker),
            Relationship("TARGET", eid, _pid(rng.choice(people))),
            Relationship("RESPONDS_TO", sid, eid),
        ]
    return GraphDocument(nodes, rels)


def _pid(name: str) -> str:
    return f"person:{PEOPLE.index(name):04d}"


def _iid(name: str) -> str:
    return f"institution:{INSTITUTIONS.index(name):04d}"


def write_documents(docs: Iterable[GraphDocument], folder: Path) -> list[Path]:
    """Save documents as graph-document .json files (what `dipgraph load` reads without extraction)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number, doc in enumerate(docs):
        path = folder / f"doc-{number:04d}.json"
        path.write_text(doc.to_json(indent=None), encoding="utf-8")
        paths.append(path)
    return paths


def snapshot(store: Store, *, sort_lists: bool = False) -> tuple[list[Any], list[Any]]:
    """Every node (label, id, properties) and relationship (type, ends, properties), sorted."""
    def props(values: dict[str, Any]) -> tuple:
        items = []
        for key, value in values.items():
            if isinstance(value, list):
                value = tuple(sorted(value) if sort_lists else value)
            items.append((key, value))
        return tuple(sorted(items))

    nodes = sorted((n.label, n.id, props(n.properties)) for [n] in store.read("MATCH (n) RETURN n").rows)
    rels = sorted((r.type, a, b, props(r.properties))
                  for a, r, b in store.read("MATCH (a)-[r]->(b) RETURN a.id, r, b.id").rows)
    return nodes, rels


def check_atomic(store: Store, docs: list[GraphDocument]) -> int:
    """Assert every document is wholly in the store or its own part wholly absent; return how many are in."""
    node_ids, rel_keys = _present(store)
    owners: dict[str, int] = {}
    for doc in docs:
        for node in doc.nodes:
            owners[node.id] = owners.get(node.id, 0) + 1
    whole = 0
    for number, doc in enumerate(docs):
        own = {n.id for n in doc.nodes if owners[n.id] == 1}
        present = own & node_ids
        if present:
            missing_nodes = {n.id for n in doc.nodes} - node_ids
            missing_rels = {(r.type, r.start, r.end) for r in doc.relationships} - rel_keys
            assert not missing_nodes and not missing_rels, (
                f"document {number} is partly written: {len(missing_nodes)} nodes and "
                f"{len(missing_rels)} relationships missing")
            whole += 1
        else:
            own_rels = {(r.type, r.start, r.end) for r in doc.relationships if r.start in own or r.end in own}
            assert not own_rels & rel_keys, f"document {number} has relationships but no nodes"
    return whole


def _present(store: Store) -> tuple[set[str], set[tuple[str, str, str]]]:
    ids = {row[0] for row in store.read("MATCH (n) RETURN n.id").rows}
    rels = {(r.type, a, b) for a, r, b in store.read("MATCH (a)-[r]->(b) RETURN a.id, r, b.id").rows}
    return ids, rels


def documents_folder(docs: Iterable[GraphDocument], factory: Any, name: str) -> Path:
    """A new temporary folder (from pytest's tmp_path_factory) holding the documents as .json files."""
    path = factory.mktemp(name)
    write_documents(docs, path)
    return path


def clean_load(folder: Path, factory: Any) -> tuple[list[Any], list[Any]]:
    """The graph a clean, uninterrupted load of a folder gives (both stores give the same)."""
    from dipgraph import api
    from dipgraph.graph.store import open_store

    with open_store(factory.mktemp("clean") / "clean.db") as store:
        api.load(store, [folder])
        return snapshot(store)
