"""Graph documents for view tests: a realistic one from gold annotations, and a hostile one."""

from __future__ import annotations

import json
import re
from pathlib import Path

from dipgraph.graph.document import GraphDocument, Node, Relationship
from dipgraph.graph.model import make_id

GOLD = Path(__file__).parent / "gold"
SAMPLE_GOLD = GOLD / "mesop-2016-10-26-aleppo-pause.gold.json"


def gold_document(path: Path = SAMPLE_GOLD) -> GraphDocument:
    """The hand-annotated graph of an article (people, roles, statements, events) as a document."""
    gold = json.loads(path.read_text(encoding="utf-8"))
    text = (path.parent / gold["article"]).read_text(encoding="utf-8")
    sentences = re.split(r"(?<=[.!?”\"])\s+", " ".join(text.split()))
    article = Node(make_id("Article", gold["article"]), "Article",
                   {"title": text.strip().splitlines()[0][:120], "date": gold["date"], "path": gold["article"]})
    nodes, rels = [article], []
    by_name: dict[str, str] = {}

    def entity(label: str, item: dict) -> None:
        props = {k: item[k] for k in ("name", "aliases", "kind", "country") if item.get(k) is not None}
        node = Node(make_id(label, item["name"]), label, props)
        nodes.append(node)
        by_name[item["name"]] = node.id
        rels.append(Relationship("MENTIONS", article.id, node.id, {"count": 1}))

    for item in gold.get("institutions", []):
        entity("Institution", item)
    for item in gold.get("places", []):
        entity("Place", item)
    for item in gold.get("people", []):
        entity("Person", item)
        for role in item.get("roles", []):
            if role["institution"] in by_name:
                rels.append(Relationship("HOLDS_ROLE", by_name[item["name"]], by_name[role["institution"]],
                                         {"title": role["title"]}))
    statement_ids: dict[str, str] = {}
    for item in gold.get("statements", []):
        sentence = next((s for s in sentences if item["text"][:40] in s), "")
        node = Node(make_id("Statement", gold["article"], item["id"]), "Statement", {
            "text": item["text"], "kind": item["kind"], "act": item["act"], "cameo": item["cameo"],
            "date": item.get("date") or gold["date"], "sentence": sentence,
        })
        nodes.append(node)
        statement_ids[item["id"]] = node.id
        rels.append(Relationship("STATED", by_name[item["speaker"]], node.id))
        rels.append(Relationship("REPORTED_IN", node.id, article.id))
    for item in gold.get("statements", []):
        if item.get("responds_to") in statement_ids:
            rels.append(Relationship("RESPONDS_TO", statement_ids[item["id"]], statement_ids[item["responds_to"]]))
    for item in gold.get("events", []):
        props = {"type": item["type"], "cameo": item["cameo"], "text": item["text"]}
        if item.get("when"):
            props["date"] = item["when"]
        node = Node(make_id("Event", gold["article"], item["id"]), "Event", props)
        nodes.append(node)
        rels.append(Relationship("REPORTED_IN", node.id, article.id))
        rels.append(Relationship("ACTOR", node.id, by_name[item["actor"]]))
        if item.get("target") in by_name:
            rels.append(Relationship("TARGET", node.id, by_name[item["target"]]))
    return GraphDocument(nodes, rels)


# Each payload, if it ever ran, would set window.__pwned or change the page title.
PAYLOADS = [
    "<script>window.__pwned = 1; document.title = 'pwned'</script>",
    "<img src=x onerror=\"window.__pwned=2;document.title='pwned'\">",
    "</script><script>window.__pwned = 3</script>",
    "\"'><svg onload=window.__pwned=4>",
    "`${window.__pwned = 5}` ${document.title = 'pwned'}",
    "<iframe srcdoc=\"<script>parent.__pwned=6</script>\"></iframe>",
    "<!-- <script>window.__pwned = 7</script> -->",
    "\u2028\u2029</SCRIPT><a href=\"javascript:window.__pwned=8\">x</a>",
    "{{constructor.constructor('window.__pwned=9')()}}",
    "$title $data <style>body{display:none}</style>",
]


def injection_document() -> GraphDocument:
    """An article whose every name, title and quote is an attempt to run script in the view."""
    article = Node("article:evil", "Article", {"title": PAYLOADS[0], "date": "2020-01-01", "source": PAYLOADS[1]})
    nodes, rels = [article], []
    for i, payload in enumerate(PAYLOADS):
        person = Node(f"person:{i}", "Person", {"name": payload, "aliases": [payload[::-1]]})
        ministry = Node(f"institution:{i}", "Institution", {"name": f"Ministry {payload}", "kind": payload})
        statement = Node(f"statement:{i}", "Statement", {
            "text": f"We deny {payload}", "act": "deny" if i % 2 else payload, "kind": "direct",
            "date": "2020-01-01", "sentence": f"He said: {payload}", "cameo": payload,
        })
        nodes += [person, ministry, statement]
        rels += [
            Relationship("HOLDS_ROLE", person.id, ministry.id, {"title": payload}),
            Relationship("STATED", person.id, statement.id),
            Relationship("REPORTED_IN", statement.id, article.id),
        ]
    return GraphDocument(nodes, rels)
