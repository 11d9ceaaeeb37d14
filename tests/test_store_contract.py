"""One contract, two stores: every test here runs on the embedded store and on a real Neo4j."""

from __future__ import annotations

import pytest

from dipgraph.errors import QueryError, StoreError
from dipgraph.graph.document import GraphDocument, Node, Path, Relationship
from dipgraph.graph.model import LABELS, REL_TYPES, make_id
from dipgraph.graph.store import Store


def nonzero(counts: dict[str, int]) -> dict[str, int]:
    return {k: v for k, v in counts.items() if v}


def test_write_then_read_back(fresh_store: Store, tiny_document: GraphDocument) -> None:
    fresh_store.write(tiny_document)
    assert nonzero(fresh_store.counts()) == {
        "Article": 1, "Person": 2, "Institution": 1, "Statement": 1, "Event": 1,
        "HOLDS_ROLE": 1, "ACTOR": 1, "TARGET": 1, "STATED": 1, "RESPONDS_TO": 1, "REPORTED_IN": 2, "MENTIONS": 1,
    }
    result = fresh_store.read(
        "MATCH (p:Person)-[r:STATED]->(s:Statement) RETURN p, r, s, s.`end` AS stop, p.aliases AS aliases"
    )
    assert result.columns == ["p", "r", "s", "stop", "aliases"]
    [[person, rel, statement, stop, aliases]] = result.rows
    assert person == Node(make_id("Person", "Boris Sample"), "Person",
                          {"name": "Boris Sample", "aliases": ["Sample", "Mr. Sample"]})
    assert rel == Relationship("STATED", person.id, statement.id, {})
    assert statement.properties["text"] == "We welcome the call" and stop == 59
    assert aliases == ["Sample", "Mr. Sample"]


def test_counts_list_every_label_and_type(fresh_store: Store) -> None:
    assert set(fresh_store.counts()) == set(LABELS) | set(REL_TYPES)
    assert not nonzero(fresh_store.counts())


def test_writing_twice_changes_nothing(fresh_store: Store, tiny_document: GraphDocument) -> None:
    fresh_store.write(tiny_document)
    first = fresh_store.counts()
    rows = fresh_store.read("MATCH (n) RETURN n.id AS id, n.name AS name ORDER BY id").rows
    fresh_store.write(tiny_document)
    assert fresh_store.counts() == first
    assert fresh_store.read("MATCH (n) RETURN n.id AS id, n.name AS name ORDER BY id").rows == rows


def test_aliases_are_united_and_values_kept(fresh_store: Store, tiny_document: GraphDocument) -> None:
    fresh_store.write(tiny_document)
    person = make_id("Person", "Boris Sample")
    fresh_store.write(GraphDocument([Node(person, "Person", {"aliases": ["Boris", "Sample"]})]))
    [[name, aliases]] = fresh_store.read(
        "MATCH (p:Person {id: $id}) RETURN p.name, p.aliases", {"id": person}).rows
    assert name == "Boris Sample"  # a missing value never erases a stored one
    assert aliases == ["Sample", "Mr. Sample", "Boris"]


def test_paths_come_back_as_paths(fresh_store: Store, tiny_document: GraphDocument) -> None:
    fresh_store.write(tiny_document)
    rows = fresh_store.read(
        "MATCH p = (a:Person {name: 'Ana Example'})<-[:ACTOR]-(e:Event)-[:TARGET]->(b:Person) RETURN p").rows
    [[path]] = rows
    assert isinstance(path, Path)
    assert [n.properties["name"] if n.label == "Person" else n.label for n in path.nodes] == [
        "Ana Example", "Event", "Boris Sample"]
    assert [(r.type, r.start, r.end) for r in path.relationships] == [
        ("ACTOR", path.nodes[1].id, path.nodes[0].id), ("TARGET", path.nodes[1].id, path.nodes[2].id)]


def test_failed_write_leaves_nothing(fresh_store: Store, tiny_document: GraphDocument,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from dipgraph.graph import cypher

    real_plan = cypher.plan

    def plan_with_a_bad_batch(doc: GraphDocument, batch_size: int = 5000) -> list[cypher.Batch]:
        batches = real_plan(doc, batch_size)
        return [*batches[:3], cypher.Batch("UNWIND $rows AS r RETURN 1 / 0 AS broken", [{}]),
                *batches[3:]]

    monkeypatch.setattr(type(fresh_store).__module__ + ".plan", plan_with_a_bad_batch)
    with pytest.raises((StoreError, QueryError)):
        fresh_store.write(tiny_document)
    monkeypatch.undo()
    assert not nonzero(fresh_store.counts())


def test_invalid_parts_are_dropped_with_reasons(fresh_store: Store) -> None:
    good = make_id("Person", "Some One")
    doc = GraphDocument(
        [Node(good, "Person", {"name": "Some One", "shoe_size": 9}), Node("x", "Spaceship", {})],
        [Relationship("STATED", good, "nowhere"), Relationship("LIKES", good, good)],
    )
    summary = fresh_store.write(doc)
    assert summary.nodes == 1 and summary.relationships == 0
    assert len(summary.dropped) == 4
    assert nonzero(fresh_store.counts()) == {"Person": 1}


@pytest.mark.parametrize("cypher", [
    "MATCH (n) SET n.name = 'x'",
    "MATCH (n) DETACH DELETE n",
    "CREATE (:Person {id: 'x'})",
    "MERGE (p:Person {id: 'x'}) RETURN p",
    "MATCH (n) WITH n CALL { WITH n DELETE n } RETURN 1",
])
def test_reads_refuse_writes(fresh_store: Store, tiny_document: GraphDocument, cypher: str) -> None:
    fresh_store.write(tiny_document)
    before = fresh_store.counts()
    with pytest.raises(QueryError, match="read-only"):
        fresh_store.read(cypher)
    assert fresh_store.counts() == before


def test_hostile_values_are_stored_verbatim(fresh_store: Store) -> None:
    nasty = "O'Brien\" `x` }) MATCH (n) DETACH DELETE n // <script>alert(1)</script>"
    node = make_id("Person", nasty)
    fresh_store.write(GraphDocument([Node(node, "Person", {"name": nasty, "aliases": [nasty, "}"]})]))
    fresh_store.write(GraphDocument([Node(make_id("Person", "x"), "Person", {"name": "x"})]))
    assert fresh_store.read("MATCH (p:Person {id: $id}) RETURN p.name, p.aliases", {"id": node}).rows == [
        [nasty, [nasty, "}"]]]
    assert fresh_store.counts()["Person"] == 2


def _older_store(path) -> None:
    """An embedded store as an older dipgraph wrote it: a Statement table without rules_act and cameo, and a
    MENTIONS table without count, each with one row."""
    import ladybug

    db = ladybug.Database(str(path))
    conn = ladybug.Connection(db)
    conn.execute("CREATE NODE TABLE Article(id STRING, title STRING, PRIMARY KEY(id))")
    conn.execute("CREATE NODE TABLE Person(id STRING, name STRING, PRIMARY KEY(id))")
    conn.execute("CREATE NODE TABLE Statement(id STRING, text STRING, act STRING, PRIMARY KEY(id))")
    conn.execute("CREATE REL TABLE MENTIONS(FROM Article TO Person)")
    conn.execute("CREATE (:Statement {id: 'old', text: 'Older words', act: 'assert'})")
    conn.execute("CREATE (a:Article {id: 'a0', title: 'Old'})-[:MENTIONS]->(:Person {id: 'p0', name: 'Old Name'})")
    conn.close()
    db.close()


@pytest.mark.parametrize("bulk", [False, True], ids=["load", "bulk COPY"])
def test_an_embedded_store_from_an_older_model_gains_its_new_properties(tmp_path, tiny_document: GraphDocument,
                                                                       bulk: bool) -> None:
    """A store written before the model gained properties opens, keeps its rows, and takes the new properties in
    their own columns, by a plain load or by a COPY bulk load (whose columns are named, not positional)."""
    from dipgraph.graph.bulk import bulk_load
    from dipgraph.graph.embedded import EmbeddedStore

    path = tmp_path / "old.db"
    _older_store(path)
    statement = next(n for n in tiny_document.nodes if n.label == "Statement")
    statement.properties["rules_act"] = "comment"
    store = EmbeddedStore(path)
    try:
        if bulk:
            store.write_raw("MATCH (n) DETACH DELETE n")  # COPY needs empty tables, of the old shape
            assert bulk_load(store, [tiny_document], copy=True, chunk_rows=2).method == "copy"
        else:
            store.write(tiny_document)
        rows = store.read("MATCH (s:Statement) RETURN s.id, s.text, s.act, s.rules_act, s.cameo ORDER BY s.text").rows
        mentions = store.read("MATCH (:Article)-[m:MENTIONS]->(p:Person) RETURN p.name, m.count ORDER BY p.name").rows
    finally:
        store.close()
    new = [statement.id, "We welcome the call", "welcome", "comment", "051"]
    assert rows == ([new] if bulk else [["old", "Older words", "assert", None, None], new])
    assert mentions == ([["Ana Example", 1]] if bulk else [["Ana Example", 1], ["Old Name", None]])
