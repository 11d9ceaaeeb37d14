"""The Neo4j store: a Neo4j 5 server (or cluster, or Aura) through the official driver.

Each article is written in one managed transaction (``execute_write``). When the server
goes away (a restart, a failover, a dropped connection) the driver runs the transaction
function again, with growing pauses (about 1, 2, 4, 8, 16, 32 s), for up to
``DIPGRAPH_NEO4J_RETRY_SECONDS`` seconds (default 60; the driver's own default is 30 s)
counted from the first failure. Re-running is safe: every write is a MERGE on
deterministic ids, list properties are read again and united inside each attempt, and
no attempt changes the batches planned from the document. A commit whose answer was
lost (the connection broke during COMMIT) is written again too, for the same reason.
If the server is still gone when the window ends, the write fails with a StoreError
and nothing of that article is in the store.
"""

from __future__ import annotations

import datetime
import logging
import os
import time
from typing import Any

import neo4j
from neo4j import GraphDatabase, ManagedTransaction
from neo4j import exceptions as neo4j_errors
from neo4j import graph as neo4j_graph
from neo4j import time as neo4j_time

from dipgraph.errors import QueryError, StoreError
from dipgraph.graph.cypher import Batch, plan, stored_lists, unite_lists, write_clause
from dipgraph.graph.document import GraphDocument, Node, Path, Relationship
from dipgraph.graph.model import LABELS
from dipgraph.graph.store import Result, Store, env_number

log = logging.getLogger(__name__)

USER_ENV, PASSWORD_ENV, DATABASE_ENV = "NEO4J_USERNAME", "NEO4J_PASSWORD", "NEO4J_DATABASE"
RETRY_ENV = "DIPGRAPH_NEO4J_RETRY_SECONDS"
DEFAULT_RETRY_SECONDS = 60.0  # long enough for a server restart (a Neo4j start takes ~10-30 s)
_CONNECT_TIMEOUT = 10.0  # seconds; the driver's default (30 s) is long for a typo in a port


def retry_seconds() -> float:
    """How long a write is retried while the server is unavailable: DIPGRAPH_NEO4J_RETRY_SECONDS, or 60."""
    value = env_number(RETRY_ENV, "seconds")
    return DEFAULT_RETRY_SECONDS if value is None else value


def constraint_ddl() -> list[str]:
    """One uniqueness constraint on ``id`` per label of the model (Community has only these)."""
    return [
        f"CREATE CONSTRAINT dipgraph_{label.lower()}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE"
        for label in LABELS
    ]


class Neo4jStore(Store):
    """A database on a Neo4j server; constraints are created when the store is opened."""

    dialect = "neo4j"

    def __init__(
        self, uri: str, user: str | None = None, password: str | None = None, database: str | None = None,
        retry: float | None = None,
    ) -> None:
        self.location = uri
        self.retry = retry_seconds() if retry is None else retry
        self.user = user or os.environ.get(USER_ENV) or "neo4j"
        password = password if password is not None else os.environ.get(PASSWORD_ENV)
        self.database = database or os.environ.get(DATABASE_ENV) or None
        self._has_password = password is not None
        auth = (self.user, password) if password is not None else None
        try:
            self._driver = GraphDatabase.driver(
                uri,
                auth=auth,
                connection_timeout=_CONNECT_TIMEOUT,
                max_transaction_retry_time=self.retry,
                user_agent="dipgraph",
                # Labels and types the model declares but the graph lacks yet are normal, not warnings.
                notifications_disabled_classifications=["UNRECOGNIZED"],
            )
        except (neo4j_errors.ConfigurationError, ValueError) as exc:
            raise StoreError(f"{uri}: not a usable Neo4j URI ({_first_line(exc)})") from None
        try:
            self._driver.verify_connectivity()
            self._create_constraints()
        except BaseException as exc:
            self._driver.close()
            if isinstance(exc, (neo4j_errors.Neo4jError, neo4j_errors.DriverError)):
                raise self._explain(exc) from None
            if isinstance(exc, ValueError):  # e.g. a port that is not a number
                raise StoreError(f"{uri}: not a usable Neo4j URI ({_first_line(exc)})") from None
            raise
        log.info("connected to %s (database %s)", uri, self.database or "default")

    def _session(self, access: str) -> neo4j.Session:
        return self._driver.session(database=self.database, default_access_mode=access)

    def _create_constraints(self) -> None:
        # Schema changes cannot share a transaction with data writes: one managed transaction each.
        try:
            with self._session(neo4j.WRITE_ACCESS) as session:
                for statement in constraint_ddl():
                    session.execute_write(lambda tx, s=statement: tx.run(s).consume())
        except neo4j_errors.Forbidden as exc:
            # A read-only account can still run queries; its writes will fail with their own error.
            log.warning("%s: cannot create constraints (%s)", self.location, _server_message(exc))

    def constraints(self) -> list[dict[str, Any]]:
        """The uniqueness constraints on the server: name, label and properties."""
        try:
            with self._session(neo4j.READ_ACCESS) as session:
                records = session.run(
                    "SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties "
                    "RETURN name, type, labelsOrTypes, properties"
                ).data()
        except (neo4j_errors.Neo4jError, neo4j_errors.DriverError) as exc:
            raise self._explain(exc) from None
        return records

    def _write(self, doc: GraphDocument) -> None:
        batches = plan(doc)
        attempts = 0

        def attempt(tx: ManagedTransaction) -> None:
            nonlocal attempts
            attempts += 1
            _write_batches(tx, batches)

        started = time.monotonic()
        while True:
            try:
                with self._session(neo4j.WRITE_ACCESS) as session:
                    session.execute_write(attempt)
                break
            except neo4j_errors.IncompleteCommit:
                # The commit may or may not have landed. Writing the article again is safe either
                # way (MERGE on ids, lists united), so do it while the retry window lasts.
                if time.monotonic() - started >= self.retry:
                    raise StoreError(
                        f"{self.location}: the connection broke while committing, so the write may or may not "
                        "have been applied; check the server and load again (loads are idempotent)"
                    ) from None
                log.info("%s: the connection broke while committing; writing the article again", self.location)
            except (neo4j_errors.Neo4jError, neo4j_errors.DriverError) as exc:
                doing = "write failed, nothing was written"
                if exc.is_retryable():
                    doing = f"write failed and was retried for {self.retry:g} s ({RETRY_ENV}), nothing was written"
                raise self._explain(exc, doing) from None
        elapsed = time.monotonic() - started
        if attempts > 1:  # retries that failed before the transaction began are the driver's (-v shows them)
            log.info("wrote to %s in %.1f s: the transaction ran %d times (the connection failed, then a retry "
                     "succeeded)", self.location, elapsed, attempts)
        log.debug("wrote %d nodes, %d relationships in %d batches to %s in %.2f s",
                  len(doc.nodes), len(doc.relationships), len(batches), self.location, elapsed)

    def read(self, cypher: str, params: dict[str, Any] | None = None) -> Result:
        """Run a read-only query in a read transaction; write clauses are refused before anything runs."""
        clause = write_clause(cypher)
        if clause:
            raise QueryError(f"refused: queries are read-only, and this one has {clause}")
        try:
            with self._session(neo4j.READ_ACCESS) as session:
                columns, raw, ids = session.execute_read(_read_records, cypher, params or {})
        except neo4j_errors.ClientError as exc:
            if isinstance(exc, neo4j_errors.AuthError) or _code(exc).startswith("Neo.ClientError.Database"):
                raise self._explain(exc) from None
            raise QueryError(_server_message(exc)) from None
        except (neo4j_errors.Neo4jError, neo4j_errors.DriverError) as exc:
            raise self._explain(exc, "query failed") from None
        return Result(columns, [[_convert(v, ids) for v in row] for row in raw])

    def clear(self) -> None:
        """Delete every node and relationship, in batches so a large graph fits in memory."""
        try:
            with self._session(neo4j.WRITE_ACCESS) as session:
                # CALL ... IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
                # Relationships first: DETACH DELETE of 10,000 nodes that include a hub with
                # ~100,000 relationships overflows the transaction memory pool on a million-node graph.
                session.run(
                    "MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS"
                ).consume()
                session.run(
                    "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"
                ).consume()
        except (neo4j_errors.Neo4jError, neo4j_errors.DriverError) as exc:
            raise self._explain(exc, "clear failed") from None

    def close(self) -> None:
        """Close the driver and its connections."""
        self._driver.close()

    def _explain(self, exc: BaseException, doing: str = "") -> StoreError:
        """One line saying what failed, on which URI, and what to check."""
        where = f"{self.location}: " + (f"{doing}: " if doing else "")
        message = str(exc)
        if isinstance(exc, neo4j_errors.AuthError):
            given = "" if self._has_password else " (no password was given)"
            return StoreError(
                f"{where}Neo4j refused the login of user {self.user!r}{given}; "
                f"check the user and password (--user/--password or {USER_ENV}/{PASSWORD_ENV})"
            )
        code = _code(exc)
        if code == "Neo.ClientError.Database.DatabaseNotFound":
            return StoreError(
                f"{where}database {self.database!r} does not exist on the server; check --database or "
                f"{DATABASE_ENV} (Community edition has only 'neo4j' and 'system')"
            )
        if isinstance(exc, (neo4j_errors.ServiceUnavailable, neo4j_errors.SessionExpired)):
            if "SSL" in message or "TLS" in message or "certificate" in message.lower():
                return StoreError(
                    f"{where}TLS handshake failed; check the scheme: neo4j+s:// or bolt+s:// only when the "
                    f"server has TLS on (neo4j+ssc:// for a self-signed certificate), neo4j:// or bolt:// when off"
                )
            return StoreError(
                f"{where}no Neo4j server answers ({_reason(message)}); check that the server is running "
                f"and the host and port (e.g. docker compose up -d), and whether it expects TLS"
            )
        if isinstance(exc, neo4j_errors.Neo4jError):
            return StoreError(f"{where}{_server_message(exc)}")
        return StoreError(f"{where}{_first_line(exc)}")


def _write_batches(tx: ManagedTransaction, batches: list[Batch]) -> None:
    """Run every batch of one document in one transaction; safe to re-run (the driver retries it).

    Nothing here outlives an attempt: stored lists are read again and united into new row
    dicts each time, and ``batches`` itself is never changed.
    """
    for batch in batches:
        rows = batch.rows
        if batch.lists:
            ids = [r["id"] for r in rows]
            stored = {rec["id"]: rec.data() for rec in tx.run(stored_lists(batch.label or "", batch.lists), ids=ids)}
            rows = unite_lists(batch, stored)
        tx.run(batch.cypher, rows=rows).consume()


def _read_records(
    tx: ManagedTransaction, cypher: str, params: dict[str, Any]
) -> tuple[list[str], list[list[Any]], dict[str, str]]:
    """Columns, raw rows and the ``id`` of every relationship endpoint, read in one transaction."""
    result = tx.run(cypher, params)
    raw = [list(record.values()) for record in result]
    columns = list(result.keys())
    ids: dict[str, str] = {}
    missing: set[str] = set()

    def walk(value: Any) -> None:
        if isinstance(value, neo4j_graph.Node):
            if "id" in value:
                ids[value.element_id] = value["id"]
        elif isinstance(value, neo4j_graph.Relationship):
            for end in (value.start_node, value.end_node):
                if end is not None:
                    walk(end)
                    missing.add(end.element_id)
        elif isinstance(value, neo4j_graph.Path):
            for node in value.nodes:
                walk(node)
        elif isinstance(value, list):
            for v in value:
                walk(v)
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)

    for row in raw:
        walk(row)
    # A relationship returned without its end nodes carries only their element ids.
    missing -= set(ids)
    if missing:
        found = tx.run("MATCH (n) WHERE elementId(n) IN $ids RETURN elementId(n) AS e, n.id AS id",
                       ids=sorted(missing))
        ids.update({rec["e"]: rec["id"] for rec in found if rec["id"] is not None})
    return columns, raw, ids


def _convert(value: Any, ids: dict[str, str]) -> Any:
    """A driver value as the embedded store returns it: graph-document types, native temporals."""
    if isinstance(value, list):
        return [_convert(v, ids) for v in value]
    if isinstance(value, dict):
        return {k: _convert(v, ids) for k, v in value.items()}
    if isinstance(value, neo4j_graph.Node):
        props = {k: _convert(v, ids) for k, v in value.items() if k != "id" and v is not None}
        return Node(value.get("id", ""), _label(value.labels), props)
    if isinstance(value, neo4j_graph.Relationship):
        props = {k: _convert(v, ids) for k, v in value.items() if v is not None}
        start = ids.get(value.start_node.element_id, "") if value.start_node is not None else ""
        end = ids.get(value.end_node.element_id, "") if value.end_node is not None else ""
        return Relationship(value.type, start, end, props)
    if isinstance(value, neo4j_graph.Path):
        return Path([_convert(n, ids) for n in value.nodes], [_convert(r, ids) for r in value.relationships])
    if isinstance(value, (neo4j_time.Date, neo4j_time.DateTime, neo4j_time.Time)):
        return value.to_native()  # datetime.date / datetime / time, as the embedded store returns
    if isinstance(value, neo4j_time.Duration):
        return _duration(value)
    return value


def _label(labels: frozenset[str]) -> str:
    known = sorted(label for label in labels if label in LABELS)
    return (known or sorted(labels) or [""])[0]


def _duration(value: neo4j_time.Duration) -> Any:
    # A timedelta cannot hold months; such durations stay ISO 8601 text.
    if value.months:
        return value.iso_format()
    return datetime.timedelta(days=value.days, seconds=value.seconds, microseconds=value.nanoseconds // 1000)


def _code(exc: BaseException) -> str:
    return getattr(exc, "code", None) or ""


def _server_message(exc: BaseException) -> str:
    message = getattr(exc, "message", None) or str(exc)
    return _first_line(message)


def _reason(message: str) -> str:
    """The useful part of a driver connection error (e.g. 'connection refused')."""
    lowered = message.lower()
    for marker, reason in (("refused", "connection refused"), ("dns", "host name not found"),
                           ("timed out", "connection timed out"), ("timeout", "connection timed out")):
        if marker in lowered:
            return reason
    return _first_line(message)


def _first_line(exc: object) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
