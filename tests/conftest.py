"""Fixtures that read like the domain: stores (both backends), sample articles, loaded stores."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from dipgraph.graph.document import GraphDocument, Node, Relationship
from dipgraph.graph.model import make_id
from dipgraph.graph.store import Store, open_store

if TYPE_CHECKING:
    from dipgraph.loaders.extract import Extractor

HERE = Path(__file__).parent
GOLD = HERE / "gold"
SAMPLE = HERE.parent / "dipgraph" / "samples" / "mesop-2016-10-26-aleppo-pause.txt"
STORES = ["embedded", "neo4j"]

# neo4j_server (session) and neo4j_store (emptied per test) run against a real Neo4j: see .ci/neo4j.sh.
pytest_plugins = ["neo4j_fixture"]


@pytest.fixture
def embedded_store(tmp_path: Path) -> Iterator[Store]:
    """An empty embedded store in a temporary folder."""
    with open_store(tmp_path / "test.db") as store:
        yield store


@pytest.fixture(params=STORES)
def fresh_store(request: pytest.FixtureRequest) -> Store:
    """An empty store of each kind: the contract suite runs against both."""
    return request.getfixturevalue(f"{request.param}_store")


RULE_TESTS = ("test_rules_", "test_extract_rules", "test_extract_gold")  # they pin what the rules alone do


@pytest.fixture(scope="session")
def shipped_extractor() -> Extractor:
    """The extractor as shipped (rules and the learned act model), with spaCy loaded once for the whole session."""
    from dipgraph.loaders.extract import Extractor

    return Extractor()


@pytest.fixture(scope="session")
def rules_extractor() -> Extractor:
    """The rules alone, without the learned act model."""
    from dipgraph.loaders.extract import Extractor

    return Extractor(learned_acts=False)


@pytest.fixture(scope="module")
def extractor(request: pytest.FixtureRequest) -> Extractor:
    """The shipped extractor; in the rules' unit tests (RULE_TESTS modules), the rules alone."""
    rules = request.module.__name__.rpartition(".")[2].startswith(RULE_TESTS)
    return request.getfixturevalue("rules_extractor" if rules else "shipped_extractor")


@pytest.fixture
def sample_article() -> Path:
    """The bundled reference article (Russia's Aleppo bombing pause, 26 Oct 2016)."""
    return SAMPLE


@pytest.fixture(scope="session")
def sample_document(shipped_extractor: Extractor) -> GraphDocument:
    """The sample article's graph document, extracted once per test session with the shared extractor."""
    from dipgraph.loaders.read import read_articles

    [article] = read_articles(SAMPLE)
    return shipped_extractor.extract(article.text, **article.metadata())


@pytest.fixture
def loaded_store(fresh_store: Store, sample_document: GraphDocument) -> Store:
    """A store of each kind holding the sample article."""
    fresh_store.write(sample_document, str(SAMPLE))
    return fresh_store


@pytest.fixture
def tiny_document() -> GraphDocument:
    """A hand-made document: a minister's call to a counterpart and a statement about it."""
    kerry, lavrov = make_id("Person", "Ana Example"), make_id("Person", "Boris Sample")
    ministry = make_id("Institution", "Ruritanian Foreign Ministry")
    article = make_id("Article", "tiny")
    call, said = make_id("Event", "tiny", 10), make_id("Statement", "tiny", 40)
    return GraphDocument(
        [
            Node(article, "Article", {"title": "Tiny", "date": "2020-01-02", "sha256": "tiny"}),
            Node(kerry, "Person", {"name": "Ana Example", "aliases": ["Example"]}),
            Node(lavrov, "Person", {"name": "Boris Sample", "aliases": ["Sample", "Mr. Sample"]}),
            Node(ministry, "Institution", {"name": "Ruritanian Foreign Ministry", "kind": "ministry",
                                           "country": "Ruritania", "aliases": []}),
            Node(call, "Event", {"type": "telephone call", "cameo": "041", "date": "2020-01-01",
                                 "text": "Example called Sample", "start": 10, "end": 31}),
            Node(said, "Statement", {"text": "We welcome the call", "kind": "direct", "act": "welcome",
                                     "cameo": "051", "date": "2020-01-02", "start": 40, "end": 59}),
        ],
        [
            Relationship("HOLDS_ROLE", lavrov, ministry, {"title": "Foreign Minister"}),
            Relationship("ACTOR", call, kerry),
            Relationship("TARGET", call, lavrov),
            Relationship("STATED", lavrov, said),
            Relationship("RESPONDS_TO", said, call),
            Relationship("REPORTED_IN", said, article),
            Relationship("REPORTED_IN", call, article),
            Relationship("MENTIONS", article, kerry, {"count": 1}),
        ],
    )
