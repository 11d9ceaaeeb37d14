"""Fixtures for the reliability suite: an empty store of each kind, as the command line names it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from neo4j_fixture import Neo4jServer
from reliability_helpers import Target

from dipgraph.graph.store import open_store


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
