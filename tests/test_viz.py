"""Views without a browser: escaping, offline output, tooltips, act styling, result rows, layout."""

from __future__ import annotations

import base64
import hashlib
import json
import math
import random
import re
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pytest
from viz_documents import PAYLOADS, gold_document, injection_document

from dipgraph.errors import InputError
from dipgraph.graph.document import GraphDocument, Node, Relationship
from dipgraph.graph.document import Path as GraphPath
from dipgraph.graph.model import ACTS, LABELS
from dipgraph.viz import layout
from dipgraph.viz.rows import doc_from_rows
from dipgraph.viz.style import ACT_COLOURS, LABEL_STYLES, shorten
from dipgraph.viz.synthetic import synthetic_document
from dipgraph.viz.view import _date_range, render_view, script_json, view_data, write_view

TEMPLATE_TAGS = {
    "html", "head", "meta", "title", "style", "body", "aside", "header", "h1", "h2", "p", "br", "section",
    "label", "input", "div", "button", "noscript", "main", "script",
}


class Tags(HTMLParser):
    """Every start tag of a page with its attributes, and the text of each script and the title."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self.title = ""
        self._in: str | None = None
        self.feed(page)

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in = tag if tag in ("script", "title") else None
        if tag == "script":
            self.scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        self._in = None

    def handle_data(self, data: str) -> None:
        if self._in == "script":
            self.scripts[-1] += data
        elif self._in == "title":
            self.title += data


def test_script_json_cannot_end_its_script_element():
    value = {"text": PAYLOADS, "separators": "a\u2028b\u2029c", "amp": "&lt;"}
    text = script_json(value)
    assert not re.search("[<>&\u2028\u2029]", text)
    assert json.loads(text) == value


def test_injection_document_renders_as_text_only():
    title = "Injection <script>document.title='pwned'</script>"
    page = render_view(injection_document(), title=title, subtitle=PAYLOADS[1])
    tags = Tags(page)
    assert {tag for tag, _ in tags.tags} <= TEMPLATE_TAGS
    assert [tag for tag, _ in tags.tags].count("script") == 3
    assert [tag for tag, _ in tags.tags].count("style") == 1
    assert not any(name.startswith("on") for _, attrs in tags.tags for name in attrs)
    assert tags.title == title
    data = json.loads(tags.scripts[0])
    assert {n["id"]: n for n in data["nodes"]}["person:0"]["tip"]["heading"] == PAYLOADS[0]


def test_view_names_no_address_and_loads_nothing():
    page = render_view(gold_document(), title="Offline")
    assert "://" not in page
    tags = Tags(page)
    assert not any({"src", "href", "action", "srcset"} & set(attrs) for _, attrs in tags.tags)
    csp = next(a["content"] for t, a in tags.tags if t == "meta" and a.get("http-equiv"))
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp
    assert "'unsafe-inline'" not in csp.split("script-src")[1].split(";")[0]


def test_csp_allows_exactly_the_inlined_scripts():
    page = render_view(gold_document(), title="Hashes")
    tags = Tags(page)
    csp = next(a["content"] for t, a in tags.tags if t == "meta" and a.get("http-equiv"))
    allowed = re.findall(r"'sha256-([^']+)'", csp)
    executable = [s for (t, a), s in zip([x for x in tags.tags if x[0] == "script"], tags.scripts, strict=True)
                  if a.get("type") != "application/json"]
    assert sorted(base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() for s in executable) == sorted(allowed)


def test_statement_tooltip_tells_text_speaker_act_date_sentence_and_article():
    data = view_data(gold_document().merged())
    tips = [dict(n["tip"]["rows"]) for n in data["nodes"] if n["label"] == "Statement"]
    tip = next(t for t in tips if t["Text"].startswith("rejected the measure") and t["Speaker"] == "Syrian government")
    assert tip["Act"] == "reject"
    assert tip["Date"] == "2016-10-26"
    assert "infringement of Syrian sovereignty" in tip["Sentence"]
    assert tip["Article"].endswith("(2016-10-26)")
    assert tip["Responds to"].startswith("called for a suspension")


def test_statement_tooltip_shows_the_rules_act_only_where_the_model_overruled_it():
    doc = gold_document().merged()
    statements = [n for n in doc.nodes if n.label == "Statement"]
    statements[0].properties.update(act="assert", rules_act="promise")
    statements[1].properties.update(rules_act=statements[1].properties["act"])
    tips = {n["id"]: dict(n["tip"]["rows"]) for n in view_data(doc)["nodes"]}
    assert tips[statements[0].id]["Act"] == "assert" and tips[statements[0].id]["Rules' act"] == "promise"
    assert "Rules' act" not in tips[statements[1].id]


def test_person_tooltip_lists_roles():
    data = view_data(gold_document().merged())
    kerry = next(n for n in data["nodes"] if n["text"] == "John Kerry")
    assert dict(kerry["tip"]["rows"])["Roles"] == "Secretary of State, US State Department"
    assert "kerry" in kerry["search"]


def test_statement_edges_carry_the_statements_act():
    doc = gold_document().merged()
    data = view_data(doc)
    acts = {n["id"]: n["act"] for n in data["nodes"]}
    by_type: dict[str, list[dict]] = {}
    for edge in data["edges"]:
        by_type.setdefault(edge["type"], []).append(edge)
    assert all(e["act"] == acts[e["to"]] for e in by_type["STATED"])
    assert all(e["act"] == acts[e["from"]] for e in by_type["RESPONDS_TO"])
    assert {e["act"] for e in by_type["RESPONDS_TO"]} == {"reject", "welcome"}
    assert all(e["act"] is None for e in by_type["MENTIONS"] + by_type["HOLDS_ROLE"])


def test_relationships_to_missing_nodes_are_left_out_of_the_view():
    doc = GraphDocument([Node("person:a", "Person", {"name": "A"})],
                        [Relationship("STATED", "person:a", "statement:gone")])
    page = render_view(doc, title="Partial")
    data = json.loads(Tags(page).scripts[0])
    assert len(data["nodes"]) == 1 and data["edges"] == []


def test_write_view_reports_an_unwritable_path(tmp_path: Path):
    with pytest.raises(InputError, match="cannot write"):
        write_view(gold_document(), tmp_path / "missing" / "view.html", title="x")
    assert write_view(gold_document(), tmp_path / "view.html", title="x").stat().st_size > 600_000


def test_doc_from_rows_finds_nodes_relationships_and_paths_at_any_depth():
    a, b, c = (Node(f"person:{x}", "Person", {"name": x}) for x in "abc")
    ab = Relationship("RESPONDS_TO", a.id, b.id)
    rows = [
        [a, {"nested": [b, ("x", 1)]}, 3],
        [GraphPath([b, c], [Relationship("CONTRADICTS", b.id, c.id)]), None, ab],
        [Node("person:a", "Person", {"aliases": ["A."]}), Relationship("STATED", c.id, "statement:gone")],
    ]
    doc = doc_from_rows(rows)
    assert sorted(n.id for n in doc.nodes) == ["person:a", "person:b", "person:c"]
    assert {n.id: n for n in doc.nodes}["person:a"].properties == {"name": "a", "aliases": ["A."]}
    assert sorted(r.type for r in doc.relationships) == ["CONTRADICTS", "RESPONDS_TO"]


def test_doc_from_rows_resolves_missing_endpoints_when_it_can():
    a = Node("person:a", "Person", {"name": "A"})
    rows = [[a, Relationship("STATED", a.id, "statement:s"), Relationship("STATED", a.id, "statement:lost")]]
    asked: list[list[str]] = []

    def resolve(ids: list[str]) -> list[Node]:
        asked.append(ids)
        return [Node("statement:s", "Statement", {"text": "We welcome it."})]

    doc = doc_from_rows(rows, resolve=resolve)
    assert asked == [["statement:lost", "statement:s"]]
    assert sorted(n.id for n in doc.nodes) == ["person:a", "statement:s"]
    assert [(r.start, r.end) for r in doc.relationships] == [("person:a", "statement:s")]


def test_layout_places_every_node_apart_and_keeps_neighbours_close():
    grid = nx.grid_2d_graph(50, 40)  # 2,000 nodes: big enough for the grid solver
    graph = nx.relabel_nodes(grid, {n: f"{n[0]}.{n[1]}" for n in grid})
    pos = layout.positions(graph)
    assert set(pos) == set(graph) and pos == layout.positions(graph)
    assert len(set(pos.values())) > 0.99 * len(pos)
    edge = sum(math.dist(pos[a], pos[b]) for a, b in graph.edges()) / graph.number_of_edges()
    rng = random.Random(0)
    ids = list(pos)
    pairs = [(rng.choice(ids), rng.choice(ids)) for _ in range(5000)]
    assert edge < 0.25 * sum(math.dist(pos[a], pos[b]) for a, b in pairs) / len(pairs)


def test_components_are_packed_without_overlap():
    nodes = [f"n{i}" for i in range(40)]
    graph = layout.graph_of(nodes, [(f"n{i}", f"n{i + 1}") for i in range(0, 40, 2)])
    pos = layout.positions(graph)
    assert len(set(pos.values())) == 40


def test_size_grows_with_degree():
    graph = layout.graph_of(["hub", "a", "b", "c"], [("hub", "a"), ("hub", "b"), ("hub", "c")])
    size = layout.sizes(graph)
    assert size["hub"] == layout.MAX_SIZE and size["a"] < size["hub"]


def test_every_label_and_act_has_a_style():
    assert set(LABEL_STYLES) == set(LABELS)
    assert set(ACT_COLOURS) == set(ACTS)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2016-10-26", ("2016-10-26", "2016-10-26")), ("2016-08", ("2016-08-01", "2016-08-31")),
     ("2016", ("2016-01-01", "2016-12-31")), ("last week", (None, None)), (None, (None, None))],
)
def test_date_range(value, expected):
    assert _date_range(value) == expected


def test_shorten_cuts_at_a_word_and_marks_it():
    assert shorten("short") == "short"
    cut = shorten("The ministry said the pause would continue for another week at least", 30)
    assert cut.endswith("…") and len(cut) <= 30 and not cut[:-1].endswith(" ")


def test_provenance_pulls_less_than_who_said_what():
    doc = synthetic_document(400, seed=5)
    data = view_data(doc)
    where = {n["id"]: (n["x"], n["y"]) for n in data["nodes"]}

    def mean_length(kind: str) -> float:
        lengths = [math.dist(where[e["from"]], where[e["to"]]) for e in data["edges"] if e["type"] == kind]
        return sum(lengths) / len(lengths)

    assert mean_length("STATED") < 0.8 * mean_length("REPORTED_IN")
    assert all(e["quiet"] == (e["type"] in ("MENTIONS", "REPORTED_IN")) for e in data["edges"])


def test_heading_says_what_the_view_shows_and_when_it_was_made():
    made = datetime(2024, 7, 11, 9, 30, tzinfo=UTC)
    page = render_view(gold_document(), title="Cairo talks", subtitle="Around one person", made=made)
    assert "<h1>Cairo talks</h1>" in page and "Around one person" in page
    assert "Made 2024-07-11 09:30 UTC" in page
    assert "38 nodes (13 Statement, 8 Institution, 7 Person, 5 Event, 4 Place, 1 Article), 69 relationships" in page
