"""The store interface both backends implement, and how a store is chosen."""

from __future__ import annotations

import logging
import math
import os
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Any

from dipgraph.errors import StoreError
from dipgraph.graph.document import GraphDocument, validate
from dipgraph.graph.model import LABELS, REL_TYPES

log = logging.getLogger(__name__)

DEFAULT_STORE = "dipgraph.db"
STORE_ENV = "DIPGRAPH_STORE"
NEO4J_SCHEMES = ("neo4j://", "neo4j+s://", "neo4j+ssc://", "bolt://", "bolt+s://", "bolt+ssc://")


@dataclass
class Result:
    """Rows of a read query, with nodes, relationships and paths as graph-document types."""

    columns: list[str]
    rows: list[list[Any]] = field(default_factory=list)

    def records(self) -> list[dict[str, Any]]:
        """The rows as dicts keyed by column name."""
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]


@dataclass
class WriteSummary:
    """What one write sent to the store (rows, not changes: MERGE makes reruns no-ops)."""

    nodes: int = 0
    relationships: int = 0
    dropped: list[str] = field(default_factory=list)


class Store(ABC):
    """A graph store: writes graph documents atomically, answers read-only Cypher."""

    dialect: str = ""
    location: str = ""

    @abstractmethod
    def _write(self, doc: GraphDocument) -> None:
        """Write a validated, de-duplicated document in one transaction."""

    @abstractmethod
    def read(self, cypher: str, params: dict[str, Any] | None = None) -> Result:
        """Run a read-only query and return its rows."""

    @abstractmethod
    def clear(self) -> None:
        """Delete every node and relationship (the schema stays)."""

    @abstractmethod
    def close(self) -> None:
        """Release the connection or database handle."""

    def write(self, doc: GraphDocument, source: str = "document") -> WriteSummary:
        """Validate a document against the model and write it in one transaction."""
        # Values are type-checked before duplicates are folded (folding a list into a number would
        # crash), and checked again after (a duplicate id may have carried another label).
        typed, problems = validate(doc, source)
        clean, more = validate(typed.merged(), source)
        problems += more
        for problem in problems:
            log.warning("dropped: %s", problem)
        self._write(clean)
        return WriteSummary(len(clean.nodes), len(clean.relationships), problems)

    def counts(self) -> dict[str, int]:
        """Number of nodes per label and relationships per type (zeros included)."""
        out: dict[str, int] = {}
        for label in LABELS:
            out[label] = int(self.read(f"MATCH (n:{label}) RETURN count(n) AS c").rows[0][0])
        for rel in REL_TYPES:
            out[rel] = int(self.read(f"MATCH ()-[r:{rel}]->() RETURN count(r) AS c").rows[0][0])
        return out

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def env_number(name: str, unit: str) -> float | None:
    """A setting given as a number of `unit`s, 0 or more, in environment variable `name` (None if unset)."""
    raw = os.environ.get(name, "").strip()
    if not raw:
        return None
    try:
        value = float(raw)
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or value < 0:
        raise StoreError(f"{name}={raw!r}: expected a number of {unit}, 0 or more")
    return value


def is_neo4j_uri(target: str) -> bool:
    """True when a --store value names a Neo4j server rather than an embedded path."""
    return target.startswith(NEO4J_SCHEMES)


def open_store(
    target: str | os.PathLike[str] | None = None,
    *,
    user: str | None = None,
    password: str | None = None,
    database: str | None = None,
    read_only: bool = False,
) -> Store:
    """Open the store a --store value names: a neo4j:// or bolt:// URI, or an embedded path."""
    target = str(target or os.environ.get(STORE_ENV) or DEFAULT_STORE)
    if is_neo4j_uri(target):
        from dipgraph.graph.neo4j_store import Neo4jStore

        return Neo4jStore(target, user=user, password=password, database=database)
    from dipgraph.graph.embedded import EmbeddedStore

    return EmbeddedStore(target, read_only=read_only)
