"""Pytest fixtures for a real Neo4j server (import them from tests/conftest.py).

The server is found through NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD (defaults:
bolt://127.0.0.1:7687, neo4j, dipgraph-test, which is what ``bash .ci/neo4j.sh`` starts).
A missing server fails the tests that need it, loudly: Neo4j tests are never skipped.

Several test runs may share one server (each test empties the database), so a test
session holds an exclusive lock per server while it uses it (a POSIX record lock: per
process, so a second import of this module in the same run cannot deadlock).
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from neo4j import GraphDatabase
from neo4j.exceptions import AuthError, Neo4jError, ServiceUnavailable

from dipgraph.graph.neo4j_store import Neo4jStore

DEFAULT_URI = "bolt://127.0.0.1:7687"
DEFAULT_USER = "neo4j"
DEFAULT_PASSWORD = "dipgraph-test"  # the test server's password, set by .ci/neo4j.sh
CONNECT_WAIT = float(os.environ.get("NEO4J_TEST_WAIT", "30"))  # seconds to wait for Bolt
LOCK_WAIT = 600.0  # seconds to wait for another test run to release the server


@dataclass(frozen=True)
class Neo4jServer:
    """Where the test server answers and how to log in."""

    uri: str
    user: str
    password: str
    database: str | None = None

    def store(self) -> Neo4jStore:
        """A new store on this server (the caller closes it)."""
        return Neo4jStore(self.uri, user=self.user, password=self.password, database=self.database)


def neo4j_settings() -> Neo4jServer:
    """The server the environment names, with the test defaults."""
    return Neo4jServer(
        os.environ.get("NEO4J_URI") or DEFAULT_URI,
        os.environ.get("NEO4J_USERNAME") or DEFAULT_USER,
        os.environ.get("NEO4J_PASSWORD") or DEFAULT_PASSWORD,
        os.environ.get("NEO4J_DATABASE") or None,
    )


def _wait_for(server: Neo4jServer) -> None:
    deadline = time.monotonic() + CONNECT_WAIT
    while True:
        try:
            with GraphDatabase.driver(
                server.uri, auth=(server.user, server.password), connection_timeout=5
            ) as driver:
                driver.verify_connectivity()
            return
        except AuthError:
            pytest.fail(
                f"Neo4j at {server.uri} refused user {server.user!r}: set NEO4J_USERNAME/NEO4J_PASSWORD "
                f"to the server's (the test server started by .ci/neo4j.sh uses {DEFAULT_PASSWORD!r})",
                pytrace=False,
            )
        except (ServiceUnavailable, Neo4jError, OSError) as exc:
            if time.monotonic() > deadline:
                pytest.fail(
                    f"no Neo4j answers at {server.uri} after {CONNECT_WAIT:.0f} s ({type(exc).__name__}); "
                    "start the test server with 'bash .ci/neo4j.sh' or set NEO4J_URI",
                    pytrace=False,
                )
            time.sleep(1)


def _lock(server: Neo4jServer) -> int:
    key = hashlib.sha1(server.uri.encode()).hexdigest()[:12]
    fd = os.open(Path("/tmp") / f"dipgraph-neo4j-tests-{key}.lock", os.O_CREAT | os.O_RDWR, 0o666)
    deadline = time.monotonic() + LOCK_WAIT
    while True:
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return fd
        except OSError:  # EAGAIN/EACCES: another run holds it
            if time.monotonic() > deadline:
                os.close(fd)
                pytest.fail(f"another test run kept {server.uri} busy for {LOCK_WAIT:.0f} s", pytrace=False)
            time.sleep(0.5)


@pytest.fixture(scope="session")
def neo4j_server() -> Iterator[Neo4jServer]:
    """The running Neo4j test server, reserved for this test session; fails if none answers."""
    server = neo4j_settings()
    _wait_for(server)
    fd = _lock(server)
    try:
        yield server
    finally:
        fcntl.lockf(fd, fcntl.LOCK_UN)
        os.close(fd)


@pytest.fixture
def neo4j_store(neo4j_server: Neo4jServer) -> Iterator[Neo4jStore]:
    """An emptied Neo4j store on the test server, closed after the test."""
    store = neo4j_server.store()
    store.clear()
    try:
        yield store
    finally:
        store.close()
