"""Fixtures for the reliability suite: both stores as a CLI sees them, and subprocess helpers."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from neo4j_fixture import Neo4jServer

from dipgraph.graph.store import Store, open_store


@dataclass
class Target:
    """A store to load into, by name (embedded or neo4j): its CLI options and a way to open it."""

    kind: str
    args: list[str]
    opener: Callable[[], Store]

    def open(self) -> Store:
        """A new connection to the store (the caller closes it)."""
        return self.opener()


@pytest.fixture(params=["embedded", "neo4j"])
def target(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Target]:
    """An empty store of each kind, named the way the command line names it."""
    if request.param == "embedded":
        path = tmp_path / "target.db"
        yield Target("embedded", ["--store", str(path)], lambda: open_store(path))
        return
    server: Neo4jServer = request.getfixturevalue("neo4j_server")
    with server.store() as store:
        store.clear()
    args = ["--store", server.uri, "--user", server.user, "--password", server.password]
    if server.database:
        args += ["--database", server.database]
    yield Target("neo4j", args, server.store)
    with server.store() as store:
        store.clear()
