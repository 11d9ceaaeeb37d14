"""Bulk loads: a stream of graph documents into a store, fast and in bounded memory.

Two paths, chosen by ``bulk_load``:

* **COPY** (embedded store, empty): the initial load of a large corpus. Nodes of
  articles, statements and events go in with ``COPY Label FROM`` Arrow tables, a
  chunk at a time; relationships are spilled to Parquet files as they stream past
  and copied at the end, once every endpoint exists. People, institutions and
  places recur across articles, so they are merged in memory (their number is
  bounded by the cast, not the corpus) and copied once.
* **Batched MERGE** (Neo4j, or an embedded store that already holds data): many
  documents merged into one large document per chunk and written with the store's
  UNWIND batches, one transaction per chunk; reruns change nothing.

Either way only one chunk of documents is in memory at a time.
"""

from __future__ import annotations

import logging
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dipgraph.errors import StoreError
from dipgraph.graph.disk_space import LOG_BYTES_PER_JSON_BYTE
from dipgraph.graph.document import GraphDocument, merge_value, validate
from dipgraph.graph.model import FLOAT, INT, LABELS, REL_TYPES, STRING_LIST
from dipgraph.graph.store import Store

log = logging.getLogger(__name__)

# Recurring nodes: merged in memory across the whole load and written once.
ENTITY_LABELS = frozenset({"Person", "Institution", "Place"})
CHUNK_ROWS = 100_000


@dataclass
class BulkReport:
    """What a bulk load did: documents, distinct rows written, rows dropped, the path taken."""

    method: str
    documents: int = 0
    skipped: int = 0  # documents whose article was already in the stream
    nodes: int = 0
    relationships: int = 0
    dropped: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"method": self.method, "documents": self.documents, "skipped": self.skipped,
                "nodes_written": self.nodes, "relationships_written": self.relationships,
                "dropped": len(self.dropped), "seconds": round(self.seconds, 2)}


def bulk_load(
    store: Store,
    documents: Iterable[GraphDocument],
    *,
    chunk_rows: int = CHUNK_ROWS,
    copy: bool | None = None,
    progress: Callable[[int], None] | None = None,
) -> BulkReport:
    """Write many documents fast: COPY into an empty embedded store, else batched MERGE.

    ``copy`` forces the choice (True fails on a non-empty or Neo4j store); ``progress``
    is called with the number of documents done after each chunk.
    """
    empty = copy is not False and store.dialect == "ladybug" and not any(store.counts().values())
    if copy and not empty:
        raise StoreError(f"{store.location}: COPY bulk loads need an empty embedded store; "
                         f"load into a new path, or leave out --bulk to MERGE")
    started = time.perf_counter()
    if empty:
        report = _CopyLoad(store, chunk_rows, progress).run(documents)
    else:
        report = _merge_load(store, documents, chunk_rows, progress)
    report.seconds = time.perf_counter() - started
    return report


def _merge_load(store: Store, documents: Iterable[GraphDocument], chunk_rows: int,
                progress: Callable[[int], None] | None) -> BulkReport:
    report = BulkReport("merge")
    chunk, rows = GraphDocument(), 0

    def flush() -> None:
        written = store.write(chunk, f"chunk ending at document {report.documents}")
        report.nodes += written.nodes
        report.relationships += written.relationships
        report.dropped += written.dropped
        if progress:
            progress(report.documents)

    for doc in documents:
        chunk.extend(doc)
        rows += len(doc.nodes) + len(doc.relationships)
        report.documents += 1
        if rows >= chunk_rows:
            flush()
            chunk, rows = GraphDocument(), 0
    if rows:
        flush()
    return report


def _arrow_type(kind: str) -> Any:
    import pyarrow as pa

    return {INT: pa.int64(), FLOAT: pa.float64(), STRING_LIST: pa.list_(pa.string())}.get(kind, pa.string())


def _node_schema(label: str) -> Any:
    import pyarrow as pa

    props = LABELS[label].properties
    return pa.schema([("id", pa.string()), *((p, _arrow_type(k)) for p, k in props.items())])


def _rel_schema(rel_type: str) -> Any:
    import pyarrow as pa

    props = REL_TYPES[rel_type].properties
    return pa.schema([("from", pa.string()), ("to", pa.string()),
                      *((p, _arrow_type(k)) for p, k in props.items())])


def _columns(names: list[str]) -> str:
    """The column list a COPY fills, by name: a store made by an older dipgraph has the properties the model has
    gained since at the end of its tables (ALTER TABLE ... ADD), not in the model's order."""
    return "(" + ", ".join(f"`{n}`" for n in names) + ")" if names else ""


class _CopyLoad:
    """One COPY bulk load into an empty embedded store (see the module docstring)."""

    def __init__(self, store: Store, chunk_rows: int, progress: Callable[[int], None] | None) -> None:
        self.store, self.chunk_rows, self.progress = store, chunk_rows, progress
        self.report = BulkReport("copy")
        self.articles: set[str] = set()  # one id per article: a repeated article is skipped whole
        self.entities: dict[str, tuple[str, dict[str, Any]]] = {}
        self.entity_rels: dict[tuple, dict[str, Any]] = {}
        self.nodes: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
        self.rels: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
        self.buffered = 0
        self.spills: dict[tuple[str, str, str], list[Path]] = defaultdict(list)

    def run(self, documents: Iterable[GraphDocument]) -> BulkReport:
        # One checkpoint at the end instead of one each time the write-ahead log fills up.
        self._execute("CALL auto_checkpoint=false")
        try:
            with tempfile.TemporaryDirectory(prefix="dipgraph-bulk-") as spill:
                self.spill_dir = Path(spill)
                for doc in documents:
                    self.add(doc)
                    if self.buffered >= self.chunk_rows:
                        self.flush()
                self.flush()
                self.finish()
            self._execute("CHECKPOINT")
        finally:
            self._execute("CALL auto_checkpoint=true")
        return self.report

    def add(self, doc: GraphDocument) -> None:
        """Sort one document's rows into the entity table, node chunks and relationship chunks."""
        source = f"document {self.report.documents + self.report.skipped + 1}"
        clean, problems = validate(doc.merged(), source)
        self.report.dropped += problems
        articles = [n.id for n in clean.nodes if n.label == "Article"]
        if articles and all(a in self.articles for a in articles):
            self.report.skipped += 1
            return
        self.articles.update(articles)
        self.report.documents += 1
        labels = {n.id: n.label for n in clean.nodes}
        for node in clean.nodes:
            if node.label in ENTITY_LABELS:
                seen = self.entities.get(node.id)
                if seen is None:
                    self.entities[node.id] = (node.label, dict(node.properties))
                else:
                    for key, value in node.properties.items():
                        seen[1][key] = merge_value(seen[1].get(key), value)
            else:
                self.nodes[node.label].setdefault(node.id, {"id": node.id, **node.properties})
                self.buffered += 1
        for rel in clean.relationships:
            start, end = labels[rel.start], labels[rel.end]
            row = {"from": rel.start, "to": rel.end, **rel.properties}
            for k in REL_TYPES[rel.type].keys:  # as the MERGE path stores them
                if row.get(k) is None:
                    row[k] = ""
            if start in ENTITY_LABELS and end in ENTITY_LABELS:
                self.entity_rels.setdefault((*rel.key(), start, end), row)
            else:
                self.rels[(rel.type, start, end)].append(row)
                self.buffered += 1

    def flush(self) -> None:
        """COPY the buffered article, statement and event nodes; spill relationships to Parquet."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        for label, rows in self.nodes.items():
            if rows:
                self._copy_nodes(label, list(rows.values()))
        for (rel_type, start, end), rows in self.rels.items():
            path = self.spill_dir / f"{rel_type}-{start}-{end}-{len(self.spills[(rel_type, start, end)])}.parquet"
            pq.write_table(pa.Table.from_pylist(rows, schema=_rel_schema(rel_type)), path)
            self.spills[(rel_type, start, end)].append(path)
        self.nodes.clear()
        self.rels.clear()
        self.buffered = 0
        if self.progress:
            self.progress(self.report.documents)

    def finish(self) -> None:
        """COPY the merged entities, then every relationship now that all endpoints exist."""
        import pyarrow as pa

        by_label: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for node_id, (label, props) in self.entities.items():
            by_label[label].append({"id": node_id, **props})
        for label, rows in by_label.items():
            self._copy_nodes(label, rows)
        self.entities.clear()
        grouped: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
        for key, row in self.entity_rels.items():
            grouped[(key[0], key[-2], key[-1])].append(row)
        for (rel_type, start, end), rows in grouped.items():
            table = pa.Table.from_pylist(rows, schema=_rel_schema(rel_type))
            columns = _columns(list(REL_TYPES[rel_type].properties))
            self._copy(f"COPY {rel_type}{columns} FROM $rows (from='{start}', to='{end}')", table, len(rows), rel=True)
        for (rel_type, start, end), paths in self.spills.items():
            rows = sum(_parquet_rows(p) for p in paths)
            pattern = str(self.spill_dir / f"{rel_type}-{start}-{end}-*.parquet")
            columns = _columns(list(REL_TYPES[rel_type].properties))
            self._copy(f"COPY {rel_type}{columns} FROM '{pattern}' (from='{start}', to='{end}')", None, rows,
                       rel=True, files=paths)

    def _copy_nodes(self, label: str, rows: list[dict[str, Any]]) -> None:
        import pyarrow as pa

        columns = _columns(["id", *LABELS[label].properties])
        self._copy(f"COPY {label}{columns} FROM $rows", pa.Table.from_pylist(rows, schema=_node_schema(label)),
                   len(rows))

    def _execute(self, cypher: str, params: dict[str, Any] | None = None, room: int = 0) -> None:
        self.store.write_raw(cypher, params, room=room)  # type: ignore[attr-defined]

    def _copy(self, cypher: str, table: Any, rows: int, rel: bool = False, files: list[Path] | None = None) -> None:
        # Labels and types here come from the model (checked by validate); the spill path is ours.
        # Room: the chunk's in-memory (or Parquet) size times the log's measured bytes per input byte.
        size = table.nbytes if table is not None else 4 * sum(p.stat().st_size for p in files or [])
        try:
            self._execute(cypher, {"rows": table} if table is not None else {}, room=LOG_BYTES_PER_JSON_BYTE * size)
        except StoreError as exc:
            raise StoreError(f"{self.store.location}: bulk load stopped after {self.report.nodes} nodes and "
                             f"{self.report.relationships} relationships, so the store is partial; delete it "
                             f"and load again (without --bulk to find a bad input): "
                             f"{str(exc).removeprefix(self.store.location + ': ')}") from None
        if rel:
            self.report.relationships += rows
        else:
            self.report.nodes += rows


def _parquet_rows(path: Path) -> int:
    import pyarrow.parquet as pq

    return pq.ParquetFile(path).metadata.num_rows
