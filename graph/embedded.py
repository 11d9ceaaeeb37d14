"""The embedded store: LadybugDB on disk, no server."""

from __future__ import annotations

import ctypes
import logging
import re
from pathlib import Path
from typing import Any

import ladybug

from dipgraph.errors import QueryError, StoreError
from dipgraph.graph.cypher import Batch, plan, stored_lists, unite_lists, write_clause
from dipgraph.graph.disk_space import DiskGuard, room
from dipgraph.graph.document import GraphDocument, Node, Relationship
from dipgraph.graph.document import Path as GraphPath
from dipgraph.graph.model import FLOAT, INT, LABELS, REL_TYPES, STRING, STRING_LIST
from dipgraph.graph.store import Result, Store

log = logging.getLogger(__name__)

_TYPES = {STRING: "STRING", INT: "INT64", FLOAT: "DOUBLE", STRING_LIST: "STRING[]"}


def schema_ddl() -> list[str]:
    """CREATE statements for every label and relationship type of the model."""
    ddl = []
    for label in LABELS.values():
        cols = "".join(f", `{p}` {_TYPES[k]}" for p, k in label.properties.items())
        ddl.append(f"CREATE NODE TABLE IF NOT EXISTS {label.name}(id STRING{cols}, PRIMARY KEY(id))")
    for rel in REL_TYPES.values():
        pairs = ", ".join(f"FROM {s} TO {e}" for s in rel.starts for e in rel.ends)
        cols = "".join(f", `{p}` {_TYPES[k]}" for p, k in rel.properties.items())
        ddl.append(f"CREATE REL TABLE IF NOT EXISTS {rel.name}({pairs}{cols})")
    return ddl


class EmbeddedStore(Store):
    """A LadybugDB database at a path; the schema is created on first use."""

    dialect = "ladybug"

    def __init__(self, path: str | Path, read_only: bool = False) -> None:
        self.location = str(path)
        target = Path(path)
        if not read_only and not target.parent.exists():
            raise StoreError(f"{path}: folder {target.parent} does not exist")
        if read_only and not target.exists():
            raise StoreError(f"{path}: no such store (load something into it first)")
        self._guard = None if read_only else DiskGuard(target)
        self._broken = False
        if self._guard and not target.exists():
            self._guard.check_create()
        self._db, self._conn = _open(target, read_only)
        if not read_only:
            for statement in schema_ddl():
                self._execute(statement)
            self._add_new_properties()
        self._tables: dict[int, str] | None = None

    def _add_new_properties(self) -> None:
        """Give a store written by an older dipgraph the properties the model has gained since: CREATE ... IF NOT
        EXISTS leaves an existing table as it was, so each missing column is added (empty on the old rows), at the
        end of its table (bulk COPY names its columns for that reason). Opening a store for writing does this, which
        every command but a read-only open does; a read-only open of an old store leaves it as it is."""
        for name, properties in [*((label.name, label.properties) for label in LABELS.values()),
                                 *((rel.name, rel.properties) for rel in REL_TYPES.values())]:
            have = {row[1] for row in self._execute(f"CALL table_info('{name}') RETURN *").get_all()}
            for prop, kind in properties.items():
                if prop not in have:
                    log.info("%s: adding the property %s.%s", self.location, name, prop)
                    self._execute(f"ALTER TABLE {name} ADD `{prop}` {_TYPES[kind]}")

    def _execute(self, cypher: str, params: dict[str, Any] | None = None) -> Any:
        try:
            return self._conn.execute(cypher, params or {})
        except RuntimeError as exc:
            message = _first_line(exc)
            if "IO exception" in message or "checkpoint failed" in message:
                # The disk filled up under the guard (another process, a low estimate).
                self._broken = True
                raise StoreError(f"{self.location}: writing the store failed ({room(Path(self.location))}): "
                                 f"{_write_failure(message)}; if the disk is full, free some space, then run "
                                 "the load again") from None
            raise StoreError(f"{self.location}: {message}") from None

    def _write(self, doc: GraphDocument) -> None:
        if self._guard:
            self._guard.check_write(doc)
        self._execute("BEGIN TRANSACTION")
        try:
            for batch in plan(doc):
                self._execute(batch.cypher, {"rows": self._rows(batch)})
        except BaseException:
            self._rollback()
            raise
        self._execute("COMMIT")

    def _rollback(self) -> None:
        # A failed statement may already have ended the transaction; the original error matters.
        try:
            self._conn.execute("ROLLBACK")
        except RuntimeError as exc:
            log.debug("rollback: %s", exc)

    def _rows(self, batch: Batch) -> list[dict[str, Any]]:
        if not batch.lists:
            return batch.rows
        ids = [r["id"] for r in batch.rows]
        result = self._execute(stored_lists(batch.label or "", batch.lists), {"ids": ids})
        cols = result.get_column_names()
        stored = {row[0]: dict(zip(cols, row, strict=True)) for row in result.get_all()}
        return unite_lists(batch, stored)

    def write_raw(self, cypher: str, params: dict[str, Any] | None = None, *, room: int = 0) -> None:
        """Run one write statement outside the per-article path (bulk COPY), after checking that the
        disk has `room` bytes for it besides LadybugDB's checkpoint reserve. The caller builds the
        statement from the model only: values always go in `params`."""
        if self._guard:
            self._guard.check_bytes(room, "bulk load the next chunk")
        self._execute(cypher, params)

    def read(self, cypher: str, params: dict[str, Any] | None = None) -> Result:
        """Run a read-only query; write clauses are refused before anything runs."""
        clause = write_clause(cypher)
        if clause:
            raise QueryError(f"refused: queries are read-only, and this one has {clause}")
        try:
            result = self._conn.execute(cypher, params or {})
        except RuntimeError as exc:
            raise QueryError(_first_line(exc)) from None
        columns = result.get_column_names()
        raw = result.get_all()
        ids = self._internal_ids(raw)
        rows = [[self._convert(v, ids) for v in row] for row in raw]
        return Result(columns, rows)

    def clear(self) -> None:
        """Delete all nodes and relationships."""
        for label in LABELS:
            self._execute(f"MATCH (n:{label}) DETACH DELETE n")

    def close(self) -> None:
        """Close the connection and the database (after a failed disk write, leave them open)."""
        if self._broken:
            _abandon(self._db, self._conn)
            return
        self._conn.close()
        self._db.close()

    # Values come back as dicts keyed _ID/_LABEL (nodes), _SRC/_DST (relationships),
    # _NODES/_RELS (paths); relationships name their ends by internal id only.
    def _internal_ids(self, raw: list[list[Any]]) -> dict[tuple[int, int], str]:
        ids: dict[tuple[int, int], str] = {}
        wanted: set[tuple[int, int]] = set()

        def walk(value: Any) -> None:
            if isinstance(value, dict):
                if value.get("_SRC") is not None and value.get("_DST") is not None:
                    wanted.update((_key(value["_SRC"]), _key(value["_DST"])))
                elif value.get("_ID") is not None and "id" in value:
                    ids[_key(value["_ID"])] = value["id"]
                for v in value.values():
                    walk(v)
            elif isinstance(value, list):
                for v in value:
                    walk(v)

        for row in raw:
            walk(row)
        missing: dict[int, list[int]] = {}
        for table, offset in wanted - set(ids):
            missing.setdefault(table, []).append(offset)
        tables = self._table_names() if missing else {}
        for table, offsets in missing.items():
            label = tables.get(table)
            if label in LABELS:  # one scan per table, not one query per node
                found = self._conn.execute(
                    f"MATCH (n:{label}) WHERE offset(id(n)) IN $offsets RETURN offset(id(n)), n.id",
                    {"offsets": offsets},
                ).get_all()
                ids.update({(table, int(offset)): node_id for offset, node_id in found})
        return ids

    def _table_names(self) -> dict[int, str]:
        if self._tables is None:
            rows = self._conn.execute("CALL show_tables() RETURN *").get_all()
            self._tables = {int(r[0]): r[1] for r in rows}
        return self._tables

    def _convert(self, value: Any, ids: dict[tuple[int, int], str]) -> Any:
        if isinstance(value, list):
            return [self._convert(v, ids) for v in value]
        if not isinstance(value, dict):
            return value
        if "_NODES" in value and "_RELS" in value:
            nodes = [n for n in (self._convert(n, ids) for n in value["_NODES"] or []) if n is not None]
            rels = [r for r in (self._convert(r, ids) for r in value["_RELS"] or []) if r is not None]
            return GraphPath(nodes, rels) if nodes else None  # an OPTIONAL MATCH path that found nothing
        if "_SRC" in value:
            if value["_SRC"] is None or value.get("_LABEL") is None:
                return None
            props = {k: v for k, v in value.items() if not k.startswith("_") and v is not None}
            return Relationship(
                value["_LABEL"], ids.get(_key(value["_SRC"]), ""), ids.get(_key(value["_DST"]), ""), props
            )
        if "_LABEL" in value and "_ID" in value:
            if value["_ID"] is None or value.get("_LABEL") is None:
                return None
            props = {k: v for k, v in value.items() if not k.startswith("_") and k != "id" and v is not None}
            return Node(value.get("id", ""), value["_LABEL"], props)
        return {k: self._convert(v, ids) for k, v in value.items()}


def _open(target: Path, read_only: bool) -> tuple[ladybug.Database, ladybug.Connection]:
    """Open the database, recovering the committed transactions when the log ends in a torn write."""
    try:
        db = ladybug.Database(str(target), read_only=read_only)
        return db, ladybug.Connection(db)
    except RuntimeError as exc:
        message = _first_line(exc)
    if "Lock is held" in message or "Could not set lock" in message:
        holder = re.search(r"PID \d+", message)
        raise StoreError(f"{target}: the store is in use by another process"
                         f"{f' ({holder.group()})' if holder else ''}; wait for it to finish")
    if "WAL" not in message or read_only:
        raise StoreError(f"{target}: cannot open embedded store ({message})")
    # A process that died while writing its log (disk full, power cut) leaves a torn last record;
    # every transaction committed before it is intact and is replayed, the torn one is dropped.
    log.warning("%s: the write-ahead log ends in a torn write (%s); recovering the committed "
                "transactions before it", target, message)
    try:
        db = ladybug.Database(str(target), throw_on_wal_replay_failure=False)
        return db, ladybug.Connection(db)
    except RuntimeError as exc:
        raise StoreError(f"{target}: cannot open embedded store ({_first_line(exc)})") from None


def _write_failure(message: str) -> str:
    """LadybugDB's write error in a few words (its errno text is often wrong: "Error: Success")."""
    written = re.search(r"Cannot write to file\. path: (\S+)", message)
    if "checkpoint failed" in message:
        return "its checkpoint failed after the commit (the article is in the log and is kept)"
    return f"LadybugDB could not write {written.group(1)}" if written else message


def _abandon(*handles: object) -> None:
    """Keep handles alive until the process ends, so LadybugDB never runs their destructors.

    After a failed log write LadybugDB 0.22 still holds the unwritten log page; closing the
    database retries the write in a destructor and a second failure is a C++ terminate
    (SIGABRT). Left open, the process exits normally; the next open recovers every committed
    transaction from the log (see _open).
    """
    log.warning("the store's files are left as they are; the next open recovers the committed articles")
    for handle in handles:
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(handle))


def _key(internal: dict[str, int]) -> tuple[int, int]:
    return (int(internal["table"]), int(internal["offset"]))


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
