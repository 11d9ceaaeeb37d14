"""Write statements derived from the model, shared by both stores.

Labels, relationship types and property names come from graph/model.py only;
every value travels as a parameter (``UNWIND $rows``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from dipgraph.graph.document import GraphDocument, merge_value
from dipgraph.graph.model import LABELS, REL_TYPES, STRING_LIST


@dataclass
class Batch:
    """One UNWIND statement and its rows; ``lists`` names list properties to unite with stored values."""

    cypher: str
    rows: list[dict[str, Any]]
    label: str | None = None
    lists: tuple[str, ...] = ()


def _q(name: str) -> str:
    return f"`{name}`"


def node_merge(label: str, props: tuple[str, ...]) -> str:
    """MERGE nodes of one label on id and set the given properties (absent ones are left alone)."""
    if label not in LABELS or not set(props) <= set(LABELS[label].properties):
        raise ValueError(f"not in the model: {label} {props}")
    sets = ", ".join(f"n.{_q(p)} = r.{_q(p)}" for p in props)
    return f"UNWIND $rows AS r MERGE (n:{label} {{id: r.id}})" + (f" SET {sets}" if sets else "")


def rel_merge(rel_type: str, start: str, end: str, props: tuple[str, ...]) -> str:
    """MERGE relationships of one type between two labels on the type's key properties, set the rest."""
    spec = REL_TYPES[rel_type]
    if start not in spec.starts or end not in spec.ends or not set(props) <= set(spec.properties):
        raise ValueError(f"not in the model: {start}-[{rel_type} {props}]->{end}")
    keys = ", ".join(f"{_q(k)}: r.{_q(k)}" for k in spec.keys)
    keys = f" {{{keys}}}" if keys else ""
    sets = ", ".join(f"x.{_q(p)} = r.{_q(p)}" for p in props if p not in spec.keys)
    cypher = (
        f"UNWIND $rows AS r MATCH (a:{start} {{id: r.`start`}}) MATCH (b:{end} {{id: r.`end`}}) "
        f"MERGE (a)-[x:{rel_type}{keys}]->(b)"
    )
    return f"{cypher} SET {sets}" if sets else cypher


def stored_lists(label: str, names: tuple[str, ...]) -> str:
    """Read the stored list properties of some nodes, to unite them with new values."""
    cols = ", ".join(f"n.{_q(p)} AS {_q(p)}" for p in names)
    return f"UNWIND $ids AS i MATCH (n:{label} {{id: i}}) RETURN n.id AS id, {cols}"


def plan(doc: GraphDocument, batch_size: int = 5000) -> list[Batch]:
    """The batches that write a validated document: nodes by label, then relationships.

    Rows are grouped by which properties they carry, so a missing value never erases a
    stored one and every column of a batch has one type (no all-null columns).
    """
    batches: list[Batch] = []
    labels = {n.id: n.label for n in doc.nodes}
    by_shape: dict[tuple[str, tuple[str, ...]], list[dict[str, Any]]] = defaultdict(list)
    for node in doc.nodes:
        known = LABELS[node.label].properties
        row = {p: v for p, v in node.properties.items() if v is not None and p in known}
        by_shape[(node.label, tuple(sorted(row)))].append({**row, "id": node.id})
    for (label, props), rows in by_shape.items():
        kinds = LABELS[label].properties
        lists = tuple(p for p in props if kinds[p] == STRING_LIST)
        for chunk in _chunks(rows, batch_size):
            batches.append(Batch(node_merge(label, props), chunk, label, lists))
    by_rel: dict[tuple[str, str, str, tuple[str, ...]], list[dict[str, Any]]] = defaultdict(list)
    for rel in doc.relationships:
        spec = REL_TYPES[rel.type]
        row = {p: v for p, v in rel.properties.items() if v is not None and p in spec.properties}
        for k in spec.keys:  # MERGE cannot match on null
            row.setdefault(k, "")
        key = (rel.type, labels[rel.start], labels[rel.end], tuple(sorted(row)))
        by_rel[key].append({**row, "start": rel.start, "end": rel.end})
    for (rel_type, start, end, props), rows in by_rel.items():
        for chunk in _chunks(rows, batch_size):
            batches.append(Batch(rel_merge(rel_type, start, end, props), chunk))
    return batches


def unite_lists(batch: Batch, stored: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """The batch's rows with list properties united with what the store already holds."""
    rows = []
    for row in batch.rows:
        old = stored.get(row["id"])
        if old:
            row = dict(row)
            for p in batch.lists:
                row[p] = merge_value(old.get(p), row.get(p))
        rows.append(row)
    return rows


def _chunks(rows: list[dict[str, Any]], size: int) -> list[list[dict[str, Any]]]:
    return [rows[i : i + size] for i in range(0, len(rows), size)]


_WRITE_WORDS = {
    "CREATE", "MERGE", "SET", "DELETE", "DETACH", "REMOVE", "DROP", "ALTER", "COPY", "LOAD",
    "INSTALL", "ATTACH", "IMPORT", "EXPORT", "BEGIN", "COMMIT", "ROLLBACK", "CHECKPOINT", "FOREACH",
    "USE", "CALL",
}
# Procedures a read query may call (both stores' catalogue reads).
_READ_CALLS = ("CALL DB.LABELS", "CALL DB.RELATIONSHIPTYPES", "CALL SHOW_TABLES", "CALL TABLE_INFO")


def write_clause(cypher: str) -> str | None:
    """The first write clause in a query, ignoring strings, comments and quoted names; None if read-only."""
    text = re.sub(r"//[^\n]*|/\*.*?\*/", " ", cypher, flags=re.S)
    text = re.sub(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`", " ", text, flags=re.S)
    upper = " ".join(text.upper().split())
    for match in re.finditer(r"\b[A-Z_]+\b", upper):
        word = match.group()
        if word in _WRITE_WORDS:
            if word == "CALL" and upper.startswith(_READ_CALLS, match.start()):
                continue
            if word == "CALL" and upper[match.end():].lstrip().startswith("{"):
                continue  # a subquery; its own clauses are checked too
            if word == "SET" and upper[: match.start()].rstrip().endswith("ON"):
                return "ON CREATE/ON MATCH SET"
            return word
    return None
