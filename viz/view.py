"""Render a graph document as one self-contained, offline HTML page drawn with vis-network.

Everything the page needs is inlined: vis-network, the page script and style, and the graph
as JSON. Article and query text is untrusted: the template escapes every value it shows, the
JSON is escaped so it cannot end its script element, and the page script puts text on the
page only as text nodes. A Content-Security-Policy allows only the page's own scripts (by
hash) and forbids every network load.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from collections import Counter, defaultdict
from datetime import UTC, datetime
from functools import cache
from importlib import resources
from pathlib import Path
from string import Template
from typing import Any

from dipgraph.errors import InputError
from dipgraph.graph.document import GraphDocument, Node, Relationship
from dipgraph.viz import layout
from dipgraph.viz.rows import without_dangling
from dipgraph.viz.style import DASHED_EDGES, QUIET_EDGES, QUIET_PULL, STATEMENT_EDGES, legend, shorten

_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def render_view(
    doc: GraphDocument, *, title: str, subtitle: str = "", made: datetime | None = None
) -> str:
    """The complete HTML of an interactive view of `doc`, headed by `title` and `subtitle`."""
    doc = without_dangling(doc.merged())
    data = view_data(doc)
    made = made or datetime.now(UTC)
    summary = _summary(doc)
    vis_js, app_js = _asset("vis-network.min.js"), _asset("view.js")
    return Template(_asset("view.html")).substitute(
        csp=_csp(vis_js, app_js),
        title=html.escape(title),
        subtitle=html.escape(subtitle),
        summary=html.escape(summary),
        made=html.escape(made.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")),
        css=_asset("view.css"),
        data=script_json(data),
        vis_js=vis_js,
        app_js=app_js,
    )


def _summary(doc: GraphDocument) -> str:
    if not doc.nodes:
        return "Empty view: nothing matched"
    counts = Counter(node.label for node in doc.nodes).most_common()
    labels = ", ".join(f"{n} {label}" for label, n in counts)
    return f"{len(doc.nodes)} nodes ({labels}), {len(doc.relationships)} relationships"


def write_view(doc: GraphDocument, path: str | Path, *, title: str, subtitle: str = "") -> Path:
    """Write the view of `doc` to `path` (UTF-8) and return the path."""
    path = Path(path)
    page = render_view(doc, title=title, subtitle=subtitle)
    try:
        path.write_text(page, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{path}: cannot write the view ({exc.strerror or exc})") from None
    return path


def script_json(value: Any) -> str:
    """JSON that is safe inside a <script> element: no `<`, `>`, `&` or JS line separators."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return re.sub("[<>&\u2028\u2029]", lambda m: _JSON_ESCAPES[m.group()], text)


@cache
def _asset(name: str) -> str:
    text = resources.files("dipgraph.viz").joinpath("assets", name).read_text(encoding="utf-8")
    if name.endswith(".js") and re.search(r"</script|<!--", text, re.IGNORECASE):
        raise ValueError(f"asset {name} cannot be inlined in a script element")
    return text


def _csp(*scripts: str) -> str:
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() + "'" for s in scripts
    )
    return (
        f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; img-src data:; "
        "font-src 'none'; connect-src 'none'; form-action 'none'; base-uri 'none'"
    )


def view_data(doc: GraphDocument) -> dict[str, Any]:
    """The JSON the page script draws: nodes with positions, sizes and tooltips; edges; styles."""
    nodes = {node.id: node for node in doc.nodes}
    graph = layout.graph_of(
        list(nodes),
        [(r.start, r.end) for r in doc.relationships],
        [QUIET_PULL if r.type in QUIET_EDGES else 1.0 for r in doc.relationships],
    )
    where = layout.positions(graph)
    size = layout.sizes(graph)
    out_rels: dict[str, list[Relationship]] = defaultdict(list)
    in_rels: dict[str, list[Relationship]] = defaultdict(list)
    for rel in doc.relationships:
        out_rels[rel.start].append(rel)
        in_rels[rel.end].append(rel)
    context = _Context(nodes, out_rels, in_rels)
    node_rows = []
    for node in doc.nodes:
        lo, hi = _date_range(node.properties.get("date"))
        x, y = where[node.id]
        node_rows.append({
            "id": node.id,
            "label": node.label,
            "text": _node_text(node),
            "search": " ".join([node.caption(), *_strings(node.properties.get("aliases"))]).lower(),
            "act": node.properties.get("act") if node.label == "Statement" else None,
            "date_lo": lo,
            "date_hi": hi,
            "x": x,
            "y": y,
            "size": round(size[node.id], 1),
            "tip": context.node_tip(node),
        })
    edge_rows = []
    for i, rel in enumerate(doc.relationships):
        statement = rel.end if rel.type == "STATED" else rel.start
        act = None
        if rel.type in STATEMENT_EDGES:
            act = str(nodes[statement].properties.get("act") or "")
        edge_rows.append({
            "id": f"e{i}",
            "from": rel.start,
            "to": rel.end,
            "type": rel.type,
            "act": act,
            "dashed": rel.type in DASHED_EDGES,
            "quiet": rel.type in QUIET_EDGES,
            "rows": context.edge_rows(rel),
        })
    return {"nodes": node_rows, "edges": edge_rows, "styles": legend()}


def _node_text(node: Node) -> str:
    if node.label == "Statement":
        return "“" + shorten(node.caption(), 40) + "”"
    if node.label == "Event":
        when = node.properties.get("date")
        return shorten(node.caption(), 30) + (f" ({when})" if when else "")
    return shorten(node.caption(), 40)


def _strings(value: Any) -> list[str]:
    if value is None:
        return []
    return [str(v) for v in value] if isinstance(value, (list, tuple)) else [str(value)]


_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def _date_range(value: Any) -> tuple[str | None, str | None]:
    """First and last ISO day a date value covers ("2016" covers the whole year)."""
    match = _DATE.match(str(value)) if value is not None else None
    if not match:
        return None, None
    year, month, day = match.groups()
    if day:
        return (f"{year}-{month}-{day}",) * 2
    if month:
        return f"{year}-{month}-01", f"{year}-{month}-31"
    return f"{year}-01-01", f"{year}-12-31"


class _Context:
    """Tooltip text for nodes and edges, drawn from their neighbourhood."""

    def __init__(self, nodes: dict[str, Node], out_rels: dict, in_rels: dict) -> None:
        self.nodes, self.out_rels, self.in_rels = nodes, out_rels, in_rels

    def _ends(self, node: Node, rel_type: str, outgoing: bool = True) -> list[Node]:
        rels = (self.out_rels if outgoing else self.in_rels).get(node.id, [])
        return [self.nodes[r.end if outgoing else r.start] for r in rels if r.type == rel_type]

    def _names(self, node: Node, rel_type: str, outgoing: bool = True) -> str:
        return "; ".join(n.caption() for n in self._ends(node, rel_type, outgoing))

    def _articles(self, node: Node) -> str:
        found = []
        for article in self._ends(node, "REPORTED_IN"):
            date = article.properties.get("date")
            found.append(article.caption() + (f" ({date})" if date else ""))
        return "; ".join(found)

    def roles(self, person: Node) -> str:
        """A person's titles and the institutions they hold them at."""
        found = []
        for rel in self.out_rels.get(person.id, []):
            if rel.type == "HOLDS_ROLE":
                title = rel.properties.get("title")
                place = self.nodes[rel.end].caption()
                found.append(f"{title}, {place}" if title else place)
        return "; ".join(found)

    def node_tip(self, node: Node) -> dict[str, Any]:
        """A heading and key/value rows describing a node."""
        p = node.properties
        if node.label == "Statement":
            heading = "Statement" + (f" ({p['act']})" if p.get("act") else "")
            rows = [
                ("Text", p.get("text")),
                ("Speaker", self._names(node, "STATED", outgoing=False)),
                ("Act", p.get("act")),
                # the learned act model overruled the rules: show both, so a reader can judge
                ("Rules' act", p.get("rules_act") if p.get("rules_act") not in (None, p.get("act")) else None),
                ("Kind", p.get("kind")),
                ("CAMEO", p.get("cameo")),
                ("Date", p.get("date")),
                ("About", self._names(node, "ABOUT")),
                ("Responds to", "; ".join(shorten(n.caption(), 80) for n in self._ends(node, "RESPONDS_TO"))),
                ("Sentence", p.get("sentence")),
                ("Article", self._articles(node)),
            ]
        elif node.label == "Event":
            heading = node.caption()
            rows = [
                ("Type", p.get("type")),
                ("Date", p.get("date")),
                ("Text", p.get("text")),
                ("Actor", self._names(node, "ACTOR")),
                ("Target", self._names(node, "TARGET")),
                ("Where", self._names(node, "LOCATED_IN")),
                ("CAMEO", p.get("cameo")),
                ("Sentence", p.get("sentence")),
                ("Article", self._articles(node)),
            ]
        elif node.label == "Person":
            heading = node.caption()
            rows = [
                ("Roles", self.roles(node)),
                ("Also known as", "; ".join(_strings(p.get("aliases")))),
                ("Statements", str(len(self._ends(node, "STATED"))) if self._ends(node, "STATED") else ""),
            ]
        elif node.label in ("Institution", "Place"):
            heading = node.caption()
            rows = [
                ("Kind", p.get("kind")),
                ("Country", p.get("country")),
                ("Part of", self._names(node, "PART_OF")),
                ("People", "; ".join(n.caption() for n in self._ends(node, "HOLDS_ROLE", outgoing=False))),
                ("Also known as", "; ".join(_strings(p.get("aliases")))),
            ]
        elif node.label == "Article":
            heading = node.caption()
            rows = [("Date", p.get("date")), ("Source", p.get("source")), ("File", p.get("path"))]
        else:
            heading = node.caption()
            rows = [(key, "; ".join(_strings(value))) for key, value in sorted(p.items())]
        if node.label != "Statement":  # a statement's heading already says what it is
            rows.insert(0, ("Label", node.label))
        return {"heading": heading, "rows": [[k, str(v)] for k, v in rows if v not in (None, "")]}

    @staticmethod
    def edge_rows(rel: Relationship) -> list[list[str]]:
        """A relationship's own properties as rows (the page adds its type, ends and act)."""
        rows = [(key.capitalize(), value) for key, value in sorted(rel.properties.items())]
        return [[k, str(v)] for k, v in rows if v not in (None, "")]
