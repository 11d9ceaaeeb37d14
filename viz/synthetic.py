"""Synthetic graph documents shaped like a news corpus, for view tests and benchmarks."""

from __future__ import annotations

import random

from dipgraph.graph.document import GraphDocument, Node, Relationship
from dipgraph.graph.model import ACTS

_WORDS = (
    "talks", "ceasefire", "aid", "corridor", "sanctions", "envoy", "border", "summit", "truce",
    "convoy", "strikes", "negotiations", "delegation", "embassy", "minister", "proposal", "agreement",
    "withdrawal", "troops", "refugees", "humanitarian", "pause", "security", "council", "resolution",
    "monitors", "observers", "reconstruction",
)
_TITLES = ("Foreign Minister", "spokesman", "ambassador", "envoy", "President", "Defense Minister")
_EVENT_TYPES = ("meeting", "call", "visit", "attack", "ceasefire", "siege")


def synthetic_document(n_nodes: int, seed: int = 1) -> GraphDocument:
    """About `n_nodes` nodes: articles with statements and events about a shared cast of actors."""
    rng = random.Random(seed)
    n_articles = max(1, n_nodes // 12)
    people = [Node(f"person:{i}", "Person", {"name": f"Person {i}"}) for i in range(max(2, n_nodes // 9))]
    institutions = [
        Node(f"institution:{i}", "Institution", {"name": f"Ministry {i}", "kind": "ministry"})
        for i in range(max(2, n_nodes // 20))
    ]
    places = [Node(f"place:{i}", "Place", {"name": f"City {i}", "kind": "city"}) for i in range(max(2, n_nodes // 30))]
    nodes: list[Node] = [*people, *institutions, *places]
    rels: list[Relationship] = []
    for person in people:
        rels.append(Relationship("HOLDS_ROLE", person.id, rng.choice(institutions).id,
                                 {"title": rng.choice(_TITLES)}))
    speakers = people + institutions
    entities = people + institutions + places
    acts = list(ACTS)
    articles = []
    for a in range(n_articles):
        day = f"2024-{1 + a % 12:02d}-{1 + a % 28:02d}"
        article = Node(f"article:{a}", "Article", {"title": f"Report {a}: " + _phrase(rng, 4), "date": day})
        articles.append(article)
        for who in rng.sample(entities, 3):
            rels.append(Relationship("MENTIONS", article.id, who.id, {"count": rng.randint(1, 5)}))
    nodes += articles
    said: dict[str, list[Node]] = {a.id: [] for a in articles}
    k = 0
    while len(nodes) < n_nodes:
        article = articles[k % n_articles]
        day = article.properties["date"]
        k += 1
        if k % 5 == 0:
            event = Node(f"event:{k}", "Event", {"type": rng.choice(_EVENT_TYPES), "date": day,
                                                 "text": _phrase(rng, 8)})
            nodes.append(event)
            rels += [
                Relationship("REPORTED_IN", event.id, article.id),
                Relationship("ACTOR", event.id, rng.choice(speakers).id),
                Relationship("LOCATED_IN", event.id, rng.choice(places).id),
            ]
            continue
        act = rng.choice(acts)
        text = _phrase(rng, 14)
        statement = Node(f"statement:{k}", "Statement", {
            "text": text, "act": act, "cameo": ACTS[act], "kind": rng.choice(("direct", "indirect")),
            "date": day, "sentence": f"An official said {text}.",
        })
        nodes.append(statement)
        rels += [
            Relationship("STATED", rng.choice(speakers).id, statement.id),
            Relationship("REPORTED_IN", statement.id, article.id),
            Relationship("ABOUT", statement.id, rng.choice(entities).id),
        ]
        earlier = said[article.id]
        if earlier and rng.random() < 0.3:
            kind = "CONTRADICTS" if rng.random() < 0.3 else "RESPONDS_TO"
            rels.append(Relationship(kind, statement.id, rng.choice(earlier).id))
        earlier.append(statement)
    return GraphDocument(nodes, rels)


def _phrase(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(words))
