"""Collect the graph elements found in query result rows into a document a view can draw."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from dipgraph.graph.document import GraphDocument, Node, Path, Relationship

log = logging.getLogger(__name__)

# Given ids of nodes a result refers to but does not contain, return those nodes (e.g. from the store).
Resolver = Callable[[list[str]], Iterable[Node]]


def doc_from_rows(rows: Iterable[Iterable[Any]], resolve: Resolver | None = None) -> GraphDocument:
    """Every Node, Relationship and Path in the rows (values may nest in lists and dicts).

    A relationship whose endpoints are not among the collected nodes is kept when
    `resolve` can supply the missing nodes, and dropped otherwise.
    """
    doc = GraphDocument()
    for row in rows:
        for value in row:
            _collect(value, doc)
    doc = doc.merged()
    known = {node.id for node in doc.nodes}
    missing = sorted({end for rel in doc.relationships for end in (rel.start, rel.end)} - known)
    if missing and resolve is not None:
        doc.nodes.extend(node for node in resolve(missing) if node.id not in known)
        doc = doc.merged()
    return without_dangling(doc)


def without_dangling(doc: GraphDocument) -> GraphDocument:
    """The document less the relationships whose start or end node it does not contain."""
    known = {node.id for node in doc.nodes}
    kept = [rel for rel in doc.relationships if rel.start in known and rel.end in known]
    if len(kept) < len(doc.relationships):
        log.info("dropped %d relationships whose endpoints are not in the document",
                 len(doc.relationships) - len(kept))
    return GraphDocument(doc.nodes, kept)


def _collect(value: Any, doc: GraphDocument) -> None:
    if isinstance(value, Node):
        doc.nodes.append(value)
    elif isinstance(value, Relationship):
        doc.relationships.append(value)
    elif isinstance(value, Path):
        doc.nodes.extend(value.nodes)
        doc.relationships.extend(value.relationships)
    elif isinstance(value, GraphDocument):
        doc.extend(value)
    elif isinstance(value, Mapping):
        for item in value.values():
            _collect(item, doc)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            _collect(item, doc)
