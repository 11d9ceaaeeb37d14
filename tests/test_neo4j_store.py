"""The Neo4j store against a real server: writes, reads, constraints, refusals and errors.

Needs the test server (bash .ci/neo4j.sh); the fixtures come from tests/neo4j_fixture.py.
"""

from __future__ import annotations

import datetime
import json
import socket
from pathlib import Path as FilePath
from typing import Any

import neo4j
import pytest
from neo4j import GraphDatabase
from neo4j.exceptions import ClientError, ConstraintError
from neo4j_fixture import Neo4jServer

from dipgraph.errors import QueryError, StoreError
from dipgraph.graph.document import GraphDocument, Node, Path, Relationship
from dipgraph.graph.embedded import EmbeddedStore
from dipgraph.graph.model import LABELS, make_id
from dipgraph.graph.neo4j_store import Neo4jStore
from dipgraph.graph.store import open_store
from dipgraph.queries.runner import load_library, run_query

MINISTER = make_id("Person", "Ana Example")
COUNTERPART = make_id("Person", "Boris Sample")
MINISTRY = make_id("Institution", "Ruritanian Foreign Ministry")
CITY = make_id("Place", "Examplestadt")
ARTICLE = make_id("Article", "neo4j-store-test")
CALL = make_id("Event", "neo4j-store-test", 10)
SAID = make_id("Statement", "neo4j-store-test", 40)
DENIED = make_id("Statement", "neo4j-store-test", 80)


def document() -> GraphDocument:
    """A minister's call to a counterpart, a statement about it, and where it was reported."""
    return GraphDocument(
        [
            Node(ARTICLE, "Article", {"title": "Ministers talk", "date": "2024-05-01", "source": "test"}),
            Node(MINISTER, "Person", {"name": "Ana Example", "aliases": ["Example"]}),
            Node(COUNTERPART, "Person", {"name": "Boris Sample", "aliases": ["Sample"]}),
            Node(MINISTRY, "Institution", {"name": "Ruritanian Foreign Ministry", "kind": "ministry"}),
            Node(CITY, "Place", {"name": "Examplestadt", "kind": "city", "country": "Ruritania"}),
            Node(CALL, "Event", {"type": "call", "cameo": "040", "date": "2024-04-30", "start": 10, "end": 30}),
            Node(SAID, "Statement", {"text": "We agreed to meet again.", "kind": "direct", "act": "promise",
                                     "date": "2024-04-30", "start": 40, "end": 64}),
            Node(DENIED, "Statement", {"text": "No meeting was agreed.", "kind": "indirect", "act": "deny",
                                       "date": "2024-05-01", "start": 80, "end": 102}),
        ],
        [
            Relationship("HOLDS_ROLE", MINISTER, MINISTRY, {"title": "Foreign Minister"}),
            Relationship("ACTOR", CALL, MINISTER),
            Relationship("TARGET", CALL, COUNTERPART),
            Relationship("LOCATED_IN", CALL, CITY),
            Relationship("STATED", MINISTER, SAID),
            Relationship("ABOUT", SAID, CALL),
            Relationship("REPORTED_IN", CALL, ARTICLE),
            Relationship("REPORTED_IN", SAID, ARTICLE),
            Relationship("MENTIONS", ARTICLE, MINISTER, {"count": 2}),
            Relationship("STATED", COUNTERPART, DENIED),
            Relationship("REPORTED_IN", DENIED, ARTICLE),
            Relationship("RESPONDS_TO", DENIED, SAID),
            Relationship("CONTRADICTS", DENIED, SAID),
        ],
    )


def nonzero(counts: dict[str, int]) -> dict[str, int]:
    return {k: v for k, v in counts.items() if v}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_round_trip_returns_graph_document_types(neo4j_store: Neo4jStore) -> None:
    doc = document()
    neo4j_store.write(doc)
    got = neo4j_store.read("MATCH (n) RETURN n ORDER BY n.id")
    assert got.columns == ["n"]
    assert sorted((n.id, n.label, n.properties) for [n] in got.rows) == sorted(
        (n.id, n.label, n.properties) for n in doc.nodes
    )
    rels = neo4j_store.read("MATCH ()-[r]->() RETURN r")  # ends are not in the result
    assert sorted(r.key() for [r] in rels.rows) == sorted(r.key() for r in doc.relationships)
    [[role]] = neo4j_store.read("MATCH ()-[r:HOLDS_ROLE]->() RETURN r").rows
    assert role == Relationship("HOLDS_ROLE", MINISTER, MINISTRY, {"title": "Foreign Minister"})


def test_paths_lists_maps_and_scalars_convert_like_the_embedded_store(neo4j_store: Neo4jStore) -> None:
    neo4j_store.write(document())
    [[path]] = neo4j_store.read(
        "MATCH p = (:Person {id: $a})<-[:ACTOR]-(:Event)-[:TARGET]->(:Person) RETURN p", {"a": MINISTER}
    ).rows
    assert isinstance(path, Path)
    assert [n.id for n in path.nodes] == [MINISTER, CALL, COUNTERPART]
    assert [(r.type, r.start, r.end) for r in path.relationships] == [
        ("ACTOR", CALL, MINISTER), ("TARGET", CALL, COUNTERPART)
    ]
    row = neo4j_store.read(
        "MATCH (p:Person {id: $a}) RETURN collect(p) AS people, {n: p.name} AS m, count(*) AS c, "
        "p.aliases AS aliases, date('2024-04-30') AS d",
        {"a": MINISTER},
    ).rows[0]
    people, mapping, count, aliases, day = row
    assert people == [Node(MINISTER, "Person", {"name": "Ana Example", "aliases": ["Example"]})]
    assert mapping == {"n": "Ana Example"}
    assert count == 1 and type(count) is int
    assert aliases == ["Example"]
    assert day == datetime.date(2024, 4, 30)


def test_writing_twice_changes_nothing(neo4j_store: Neo4jStore) -> None:
    neo4j_store.write(document())
    first = neo4j_store.counts()
    snapshot = neo4j_store.read("MATCH (n) RETURN n ORDER BY n.id").rows
    neo4j_store.write(document())
    assert neo4j_store.counts() == first
    assert neo4j_store.read("MATCH (n) RETURN n ORDER BY n.id").rows == snapshot
    assert nonzero(first) == {
        "Article": 1, "Person": 2, "Institution": 1, "Place": 1, "Statement": 2, "Event": 1,
        "HOLDS_ROLE": 1, "ACTOR": 1, "TARGET": 1, "LOCATED_IN": 1, "STATED": 2, "ABOUT": 1,
        "REPORTED_IN": 3, "MENTIONS": 1, "RESPONDS_TO": 1, "CONTRADICTS": 1,
    }


def test_a_failing_document_leaves_nothing_behind(neo4j_store: Neo4jStore) -> None:
    # The article and people batches run first; the over-long id then breaks the Place batch
    # (Neo4j cannot index it), so the transaction must roll back the batches before it.
    doc = document()
    doc.nodes.append(Node("place:" + "x" * 40_000, "Place", {"name": "Too long"}))
    with pytest.raises(StoreError) as caught:
        neo4j_store.write(doc)
    message = str(caught.value)
    assert "nothing was written" in message and "\n" not in message
    assert nonzero(neo4j_store.counts()) == {}


def test_a_failing_document_keeps_what_earlier_documents_wrote(neo4j_store: Neo4jStore) -> None:
    neo4j_store.write(document())
    before = neo4j_store.counts()
    bad = GraphDocument([Node(make_id("Person", "New Person"), "Person", {"name": "New Person", "aliases": ["NP"]}),
                         Node("person:" + "y" * 40_000, "Person", {"name": "Too long"})])
    with pytest.raises(StoreError):
        neo4j_store.write(bad)
    assert neo4j_store.counts() == before


def test_alias_lists_are_united_and_never_erased(neo4j_store: Neo4jStore) -> None:
    neo4j_store.write(GraphDocument([Node(MINISTER, "Person", {"name": "Ana Example", "aliases": ["Example"]})]))
    neo4j_store.write(GraphDocument([Node(MINISTER, "Person", {"aliases": ["A. Example", "Example"]})]))
    neo4j_store.write(GraphDocument([Node(MINISTER, "Person", {"name": "Ana Example"})]))
    [[name, aliases]] = neo4j_store.read(
        "MATCH (p:Person {id: $id}) RETURN p.name, p.aliases", {"id": MINISTER}
    ).rows
    assert name == "Ana Example"
    assert aliases == ["Example", "A. Example"]


def test_every_label_has_a_uniqueness_constraint_on_id(neo4j_store: Neo4jStore, neo4j_server: Neo4jServer) -> None:
    found = {
        (c["labelsOrTypes"][0], tuple(c["properties"]))
        for c in neo4j_store.constraints()
        if c["type"] == "UNIQUENESS"
    }
    assert {(label, ("id",)) for label in LABELS} <= found
    # Opening again must not fail or add duplicates.
    with neo4j_server.store() as again:
        assert len(again.constraints()) == len(neo4j_store.constraints())
    # The server enforces them.
    with GraphDatabase.driver(neo4j_server.uri, auth=(neo4j_server.user, neo4j_server.password)) as driver:
        driver.execute_query("CREATE (:Person {id: 'person:dup'})", database_=neo4j_server.database)
        with pytest.raises(ConstraintError):
            driver.execute_query("CREATE (:Person {id: 'person:dup'})", database_=neo4j_server.database)


@pytest.mark.parametrize(
    "cypher",
    [
        "MATCH (n) SET n.name = 'x'",
        "MERGE (n:Person {id: 'x'})",
        "match (n) detach delete n",
        "CALL { CREATE (:Person {id: 'x'}) } RETURN 1",
        "MATCH (n) REMOVE n.name",
        "LOAD CSV FROM 'file:///x.csv' AS row RETURN row",
    ],
)
def test_reads_refuse_write_clauses(neo4j_store: Neo4jStore, cypher: str) -> None:
    neo4j_store.write(document())
    before = neo4j_store.read("MATCH (n) RETURN n ORDER BY n.id").rows
    with pytest.raises(QueryError, match="read-only"):
        neo4j_store.read(cypher)
    assert neo4j_store.read("MATCH (n) RETURN n ORDER BY n.id").rows == before


def test_read_transactions_cannot_write_even_past_the_clause_check(neo4j_server: Neo4jServer) -> None:
    # What read() relies on beyond write_clause(): the server refuses writes in READ mode.
    auth = (neo4j_server.user, neo4j_server.password)
    with (
        GraphDatabase.driver(neo4j_server.uri, auth=auth) as driver,
        driver.session(database=neo4j_server.database, default_access_mode=neo4j.READ_ACCESS) as session,
        pytest.raises(ClientError, match="read access mode"),
    ):
        session.execute_read(lambda tx: tx.run("CREATE (:Person {id: 'person:sneaky'})").consume())


def test_bad_queries_are_query_errors(neo4j_store: Neo4jStore) -> None:
    with pytest.raises(QueryError) as caught:
        neo4j_store.read("MATCH (n RETURN n")
    assert "\n" not in str(caught.value)
    with pytest.raises(QueryError):
        neo4j_store.read("MATCH (n:Person {id: $missing}) RETURN n")


def test_clear_deletes_everything(neo4j_store: Neo4jStore) -> None:
    neo4j_store.write(document())
    neo4j_store.clear()
    assert neo4j_store.read("MATCH (n) RETURN count(n) AS c").rows == [[0]]


def test_routing_uri_and_environment_credentials(
    neo4j_server: Neo4jServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEO4J_USERNAME", neo4j_server.user)
    monkeypatch.setenv("NEO4J_PASSWORD", neo4j_server.password)
    routed = neo4j_server.uri.replace("bolt://", "neo4j://")
    with open_store(routed) as store:
        assert isinstance(store, Neo4jStore) and store.dialect == "neo4j"
        assert store.read("RETURN 1 AS one").rows == [[1]]


def one_line_error(uri: str, **kwargs: str) -> str:
    with pytest.raises(StoreError) as caught:
        Neo4jStore(uri, **kwargs)
    message = str(caught.value)
    assert "\n" not in message and message.startswith(uri)
    return message


def test_wrong_password_is_one_clear_line(neo4j_server: Neo4jServer) -> None:
    message = one_line_error(neo4j_server.uri, user=neo4j_server.user, password="not-the-password")
    assert "refused the login" in message and "password" in message
    assert "not-the-password" not in message


def test_missing_password_is_one_clear_line(neo4j_server: Neo4jServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEO4J_PASSWORD", raising=False)
    message = one_line_error(neo4j_server.uri, user=neo4j_server.user)
    assert "no password was given" in message


def test_unreachable_port_is_one_clear_line() -> None:
    message = one_line_error(f"bolt://127.0.0.1:{free_port()}", user="neo4j", password="whatever1")
    assert "no Neo4j server answers" in message and "connection refused" in message


def test_unknown_database_is_one_clear_line(neo4j_server: Neo4jServer) -> None:
    message = one_line_error(
        neo4j_server.uri, user=neo4j_server.user, password=neo4j_server.password, database="nosuchdb"
    )
    assert "'nosuchdb' does not exist" in message


def test_tls_mismatch_is_one_clear_line(neo4j_server: Neo4jServer) -> None:
    uri = neo4j_server.uri.replace("bolt://", "bolt+s://").replace("neo4j://", "neo4j+s://")
    message = one_line_error(uri, user=neo4j_server.user, password=neo4j_server.password)
    assert "TLS" in message


def test_a_malformed_uri_is_one_clear_line() -> None:
    message = one_line_error("bolt://127.0.0.1:notaport", user="neo4j", password="whatever1")
    assert "not a usable Neo4j URI" in message


# Parameters that make each saved query find something in document(); others use their examples.
QUERY_PARAMS: dict[str, dict[str, Any]] = {
    "article-graph": {"article": "Ministers talk"},
    "neighbourhood": {"name": "Ana Example", "hops": 3},
    "statements-by-person": {"person": "example"},
    "who-talked-to-whom": {"name": "sample"},
}


def comparable(rows: list[list[Any]]) -> list[str]:
    """Rows as sortable text, nodes and paths included (row order is only fixed by ORDER BY)."""
    return sorted(json.dumps(row, sort_keys=True, default=lambda v: v.to_dict()) for row in rows)


@pytest.mark.parametrize("query", sorted(load_library()))
def test_saved_queries_return_the_same_rows_on_both_stores(
    neo4j_store: Neo4jStore, tmp_path: FilePath, query: str
) -> None:
    saved = load_library()[query]
    declared = {p.name for p in saved.params}
    ours = {k: v for k, v in QUERY_PARAMS.get(query, {}).items() if k in declared}
    params = {**saved.example_params(), **ours}
    neo4j_store.write(document())
    with EmbeddedStore(tmp_path / "parity.db") as embedded:
        embedded.write(document())
        expected = run_query(embedded, query, **params)
    got = run_query(neo4j_store, query, **params)
    assert got.columns == expected.columns
    assert comparable(got.rows) == comparable(expected.rows)
    if query in QUERY_PARAMS:
        assert got.rows, f"{query} should find something in the test document"
