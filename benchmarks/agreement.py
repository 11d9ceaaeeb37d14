"""How far two annotators agree: a second annotation scored against the first, as the extractor is scored.

The quality benchmark's figures for the extractor need a yardstick: on the same articles, how close does a second
careful annotator, following the same guide, come to the first? This script turns each second annotation into the
graph document an extractor would have produced (people with their aliases and roles, institutions, statements
with speaker, act and date, events with actor, CAMEO code, target and date, and the links between statements) and
scores it against the first annotation with the quality benchmark's own scorer. With ``--extractor`` it prints
the extractor's scores on the same articles beside it.

    python benchmarks/agreement.py FIRST_GOLD_DIR SECOND_GOLD_DIR [--extractor] [--rules-only]

An article counts when both folders hold a gold file for it (the same ``article`` file). Precision and recall swap
when the two annotations swap; F1 barely moves (matching is greedy, one to one).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from extraction_quality import KINDS, _act_training_sets, extract_gold, overall, score_article, summed

from dipgraph.graph.document import GraphDocument, Node, Relationship
from dipgraph.loaders.extract import Extractor

ENTITY_LABELS = {"people": "Person", "institutions": "Institution", "places": "Place"}


def as_document(gold: dict[str, Any]) -> GraphDocument:
    """The graph document an extractor would produce if it found exactly what this annotation codes."""
    doc = GraphDocument()
    ids: dict[str, str] = {}
    for key, label in ENTITY_LABELS.items():
        for k, e in enumerate(gold.get(key, [])):
            ids.setdefault(e["name"], f"{label}:{k}")
            props = {"name": e["name"], "aliases": list(e.get("aliases") or [])}
            props.update({p: e[p] for p in ("kind", "country") if e.get(p)})
            doc.nodes.append(Node(f"{label}:{k}", label, props))
    for k, person in enumerate(gold.get("people", [])):
        for role in person.get("roles", []):
            if role["institution"] in ids:
                doc.relationships.append(Relationship("HOLDS_ROLE", f"Person:{k}", ids[role["institution"]],
                                                      {"title": role["title"]}))
    statement_ids = {}
    for k, s in enumerate(gold.get("statements", [])):
        node = f"Statement:{k}"
        statement_ids[s.get("id", node)] = node
        doc.nodes.append(Node(node, "Statement", {"text": s["text"], "act": s.get("act"), "date": s.get("date"),
                                                  "kind": s.get("kind"), "cameo": s.get("cameo")}))
        if s["speaker"] in ids:
            doc.relationships.append(Relationship("STATED", ids[s["speaker"]], node))
    for s in gold.get("statements", []):
        for field, rel in (("responds_to", "RESPONDS_TO"), ("contradicts", "CONTRADICTS")):
            if s.get(field) in statement_ids and s.get("id") in statement_ids:
                doc.relationships.append(Relationship(rel, statement_ids[s["id"]], statement_ids[s[field]]))
    for k, e in enumerate(gold.get("events", [])):
        node = f"Event:{k}"
        doc.nodes.append(Node(node, "Event", {"text": e["text"], "type": e.get("type") or "", "cameo": e.get("cameo"),
                                              "date": e.get("when")}))
        for field, rel in (("actor", "ACTOR"), ("target", "TARGET")):
            if e.get(field) in ids:
                doc.relationships.append(Relationship(rel, node, ids[e[field]]))
    return doc


def pairs(first: Path, second: Path) -> list[tuple[Path, dict[str, Any], dict[str, Any]]]:
    """The articles both folders annotate: (first gold file, first annotation, second annotation)."""
    def by_article(folder: Path) -> dict[Path, tuple[Path, dict[str, Any]]]:
        out = {}
        for path in sorted(folder.glob("*.gold.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            article = path.parent / (gold.get("article") or path.name.replace(".gold.json", ".txt"))
            out[article.resolve()] = (path, gold)
        return out

    a, b = by_article(first), by_article(second)
    return [(a[k][0], a[k][1], b[k][1]) for k in a if k in b]


def main(argv: list[str] | None = None) -> int:
    """Print the agreement table; always exits 0 (the scores are the result)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("first", help="the gold folder scored against (the first annotation)")
    parser.add_argument("second", help="the second annotation of some of the same articles")
    parser.add_argument("--extractor", action="store_true", help="also score the extractor on the same articles")
    parser.add_argument("--rules-only", action="store_true", help="with --extractor: without the learned act model")
    args = parser.parse_args(argv)
    both = pairs(Path(args.first), Path(args.second))
    if not both:
        print(f"error: no article is annotated in both {args.first} and {args.second}", file=sys.stderr)
        return 2
    columns = {"second annotator": summed([score_article(a, as_document(b)) for _, a, b in both])}
    if args.extractor:
        if not args.rules_only and Path(args.first).resolve() in _act_training_sets():
            print(f"note: the act model was trained on {args.first} and knows its acts; --rules-only measures the "
                  "rules", file=sys.stderr)
        extractor = Extractor(learned_acts=not args.rules_only)
        columns["extractor"] = summed([score_article(a, extract_gold(path, a, extractor)[1]) for path, a, _ in both])
    print(f"{len(both)} articles annotated twice ({args.first} against {args.second}): F1 (precision/recall)")
    print(f"{'kind':<14}" + "".join(f"{name:>24}" for name in columns))
    for kind in (*KINDS, "links"):
        print(f"{kind:<14}" + "".join(f"{s[kind].f1:>10.3f} ({s[kind].precision:.2f}/{s[kind].recall:.2f})"
                                      for s in columns.values()))
    print(f"{'overall F1':<14}" + "".join(f"{overall(s):>24.3f}" for s in columns.values()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
