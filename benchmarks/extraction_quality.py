"""Extraction quality against gold annotations: precision, recall and F1 per kind of fact.

Runs the extractor over every ``*.gold.json`` (its ``article`` path, .txt, .html or a one-record .jsonl, is
relative to the gold file; default: the ``.txt`` beside it) and compares:
people, institutions, roles (person + institution + compatible title), statements (text overlaps
the gold text and the speaker is right), acts (of matched statements), events (actor, CAMEO
root of the type, target) and dates (of matched statements and events). Names match when the
gold name or an alias equals the extracted name or an alias (ignoring case, punctuation and
U.S./US spelling). Prints a table and a single overall F1 (mean of the per-kind F1s).

``--why`` also counts why each missed role, statement and event was missed (the statement was found with
another speaker, the event with another actor, ...): counts only, so it may be run on sets nobody may read.

    python benchmarks/extraction_quality.py [GOLD_DIR] [--verbose] [--why] [--json] [--rules-only]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dipgraph.graph.document import GraphDocument
from dipgraph.graph.model import normalise
from dipgraph.loaders.extract import Extractor
from dipgraph.loaders.read import HTML_SUFFIXES, JSONL_SUFFIXES, read_articles

KINDS = ("people", "institutions", "roles", "statements", "acts", "events", "dates")
EXTRA = ("places", "links")  # reported, not part of the overall F1
_SPELLINGS = [(r"\bu s\b", "us"), (r"\bunited states of america\b", "us"), (r"\bunited states\b", "us"),
              (r"\bu n\b", "un"), (r"\bunited nations\b", "un"), (r"^the ", "")]
OVERLAP = 0.5  # share of the shorter text's words found in the other
PARTIAL = 0.25  # a missed statement that shares this much with one of its speaker's was cut differently


def fold(name: str) -> str:
    """A name folded for comparison."""
    text = normalise(name)
    for pattern, repl in _SPELLINGS:
        text = re.sub(pattern, repl, text)
    return text


@dataclass
class Score:
    """True positives, false positives and false negatives of one kind of fact."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    why: Counter[str] = field(default_factory=Counter)  # why gold facts were missed: reason -> count

    def add(self, other: Score) -> None:
        """Add another score's counts to this one."""
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn
        self.misses += other.misses
        self.why.update(other.why)

    @property
    def precision(self) -> float:
        """Share of extracted facts that are right."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """Share of gold facts that were extracted."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


class Predicted:
    """The extracted document indexed for comparison."""

    def __init__(self, doc: GraphDocument) -> None:
        self.nodes = {n.id: n for n in doc.nodes}
        self.rels = doc.relationships

    def of(self, label: str) -> list:
        """Nodes with a label."""
        return [n for n in self.nodes.values() if n.label == label]

    def out(self, node_id: str, rel: str) -> list:
        """End nodes of a node's outgoing relationships of one type."""
        return [self.nodes[r.end] for r in self.rels if r.start == node_id and r.type == rel]

    def into(self, node_id: str, rel: str) -> list:
        """Start nodes of a node's incoming relationships of one type."""
        return [self.nodes[r.start] for r in self.rels if r.end == node_id and r.type == rel]


def names_of(entity: dict[str, Any]) -> set[str]:
    """Folded name and aliases of a gold record or a node's properties."""
    return {fold(n) for n in [entity.get("name") or "", *(entity.get("aliases") or [])] if n}


def same(gold: dict[str, Any], node) -> bool:
    """A gold entity and an extracted node name the same thing."""
    if node is None:
        return False
    g, p = names_of(gold), names_of(node.properties)
    return fold(gold["name"]) in p or fold(node.properties.get("name", "")) in g


def words(text: str) -> list[str]:
    """Folded words of a text."""
    return normalise(text).split()


def overlap(a: str, b: str) -> float:
    """Share of the shorter text's words that the other text has."""
    wa, wb = set(words(a)), set(words(b))
    return len(wa & wb) / min(len(wa), len(wb)) if wa and wb else 0.0


def match(gold: list, pred: list, ok, closeness=None) -> tuple[list[tuple[Any, Any]], list, list]:
    """Greedy one-to-one matching, closest text first: (pairs, unmatched gold, unmatched predicted)."""
    pairs, free = [], list(pred)
    missed = []
    for g in gold:
        fits = [p for p in free if ok(g, p)]
        hit = max(fits, key=lambda p: closeness(g, p)) if fits and closeness else (fits[0] if fits else None)
        if hit is None:
            missed.append(g)
        else:
            free.remove(hit)
            pairs.append((g, hit))
    return pairs, missed, free


def gold_entities(gold: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """A gold file's people, institutions and places by name."""
    return {e["name"]: e for e in gold["people"] + gold["institutions"] + gold.get("places", [])}


def said_by(g: dict[str, Any], text: str, speakers: list, entities: dict[str, dict[str, Any]]) -> bool:
    """A gold statement is an extracted one (its text, its speaker nodes): overlapping text, the gold speaker among
    the speakers."""
    speaker = entities.get(g["speaker"], {"name": g["speaker"]})
    return overlap(g["text"], text) >= OVERLAP and any(same(speaker, s) for s in speakers)


def score_article(gold: dict[str, Any], doc: GraphDocument) -> dict[str, Score]:
    """Scores for one article."""
    pred = Predicted(doc)
    entities = gold_entities(gold)
    scores: dict[str, Score] = {}

    def entity_score(kind: str, gold_list: list, label: str) -> None:
        pairs, missed, extra = match(gold_list, pred.of(label), same)
        scores[kind] = Score(len(pairs), len(extra), len(missed),
                             [f"missed {kind}: {g['name']}" for g in missed]
                             + [f"extra {kind}: {p.properties['name']}" for p in extra])

    entity_score("people", gold["people"], "Person")
    entity_score("institutions", gold["institutions"], "Institution")
    if "places" in gold:  # not every gold file annotates places
        entity_score("places", gold["places"], "Place")
    else:
        scores["places"] = Score()

    gold_roles = [(p, r) for p in gold["people"] for r in p.get("roles", [])]
    pred_roles = [(pred.nodes[r.start], pred.nodes[r.end], r.properties.get("title") or "")
                  for r in pred.rels if r.type == "HOLDS_ROLE"]

    def role_ok(g, p) -> bool:
        person, role = g
        inst = entities.get(role["institution"], {"name": role["institution"]})
        t_gold, t_pred = fold(role["title"]).replace("then ", ""), fold(p[2]).replace("then ", "")
        return same(person, p[0]) and same(inst, p[1]) and (t_gold in t_pred or t_pred in t_gold)

    def role_why(g) -> str:
        person, role = g
        if any(role_ok(g, p) for p in pred_roles):
            return "taken by another gold role"
        if not any(same(person, p) for p in pred.of("Person")):
            return "person not found"
        held = [p for p in pred_roles if same(person, p[0])]
        inst = entities.get(role["institution"], {"name": role["institution"]})
        if not held:
            return "person found, no role"
        return "other title" if any(same(inst, p[1]) for p in held) else "other institution"

    pairs, missed, extra = match(gold_roles, pred_roles, role_ok)
    scores["roles"] = Score(len(pairs), len(extra), len(missed),
                            [f"missed role: {g[0]['name']} {g[1]['title']} @ {g[1]['institution']}" for g in missed]
                            + [f"extra role: {p[0].properties['name']} {p[2]} @ {p[1].properties['name']}"
                               for p in extra], Counter(role_why(g) for g in missed))

    statements = [(s, pred.into(s.id, "STATED")) for s in pred.of("Statement")]

    def statement_ok(g, p) -> bool:
        return said_by(g, p[0].properties["text"], p[1], entities)

    def statement_why(g) -> str:
        if any(statement_ok(g, p) for p in statements):
            return "taken: one extracted statement holds two gold ones"
        if any(overlap(g["text"], p[0].properties["text"]) >= OVERLAP for p in statements):
            return "text found, other speaker"
        speaker = entities.get(g["speaker"], {"name": g["speaker"]})
        if any(overlap(g["text"], p[0].properties["text"]) >= PARTIAL and any(same(speaker, s) for s in p[1])
               for p in statements):
            return "the speaker's words cut differently"
        return "not found"

    s_pairs, missed, extra = match(gold["statements"], statements, statement_ok,
                                   lambda g, p: overlap(g["text"], p[0].properties["text"]))
    scores["statements"] = Score(len(s_pairs), len(extra), len(missed),
                                 [f"missed statement: {g['speaker']}: {g['text'][:70]}" for g in missed]
                                 + [f"extra statement: {', '.join(s.properties['name'] for s in p[1])}: "
                                    f"{p[0].properties['text'][:70]}" for p in extra],
                                 Counter(statement_why(g) for g in missed))
    right_act = [(g, p) for g, p in s_pairs if g.get("act") == p[0].properties.get("act")]
    scores["acts"] = Score(len(right_act), len(s_pairs) - len(right_act), len(gold["statements"]) - len(right_act),
                           [f"act: {g['speaker']}: gold {g.get('act')} got {p[0].properties.get('act')}: "
                            f"{g['text'][:50]}" for g, p in s_pairs if (g, p) not in right_act])

    events = [(e, pred.out(e.id, "ACTOR"), pred.out(e.id, "TARGET")) for e in pred.of("Event")]

    def event_ok(g, p) -> bool:
        if (g.get("cameo") or "")[:2] != (p[0].properties.get("cameo") or "")[:2]:
            return False
        actor = entities.get(g["actor"], {"name": g["actor"]})
        if not any(same(actor, a) for a in p[1]):
            return False
        if not g.get("target"):
            return True
        target = entities.get(g["target"], {"name": g["target"]})
        return any(same(target, t) for t in p[2])

    def event_why(g) -> str:
        if any(event_ok(g, p) for p in events):
            return "taken by another gold event"
        near = [p for p in events if overlap(g["text"], p[0].properties["text"]) >= OVERLAP]
        root = (g.get("cameo") or "")[:2]
        kin = [p for p in near if (p[0].properties.get("cameo") or "")[:2] == root]
        actor = entities.get(g["actor"], {"name": g["actor"]})
        if not near:
            return "no event on its words"
        if not kin:
            return "event of another type"
        return "other target" if any(any(same(actor, a) for a in p[1]) for p in kin) else "other actor"

    e_pairs, missed, extra = match(gold["events"], events, event_ok,
                                   lambda g, p: overlap(g["text"], p[0].properties["text"]))
    scores["events"] = Score(len(e_pairs), len(extra), len(missed),
                             [f"missed event: {g['actor']} {g['type']} {g.get('target')}: {g['text'][:50]}"
                              for g in missed]
                             + [f"extra event: {','.join(a.properties['name'] for a in p[1])} "
                                f"{p[0].properties['type']} {','.join(t.properties['name'] for t in p[2])}: "
                                f"{p[0].properties['text'][:50]}" for p in extra],
                             Counter(event_why(g) for g in missed))

    dated = [(g.get("date"), p[0].properties.get("date"), g["text"]) for g, p in s_pairs] + \
            [(g.get("when"), p[0].properties.get("date"), g["text"]) for g, p in e_pairs]
    gold_dated = sum(1 for s in gold["statements"] if s.get("date")) + sum(1 for e in gold["events"] if e.get("when"))
    right = sum(1 for g, p, _ in dated if g and g == p)
    predicted = sum(1 for g, p, _ in dated if g and p)
    scores["dates"] = Score(right, predicted - right, gold_dated - right,
                            [f"date: gold {g} got {p}: {t[:50]}" for g, p, t in dated if g and g != p])
    scores["links"] = score_links(gold, pred, s_pairs)
    return scores


def score_links(gold: dict[str, Any], pred: Predicted, s_pairs: list) -> Score:
    """RESPONDS_TO and CONTRADICTS between statements, where the gold names both ends by id."""
    ids = {g["id"] for g in gold["statements"] if "id" in g}
    node_of = {g["id"]: p[0].id for g, p in s_pairs if "id" in g}
    gold_links = {("RESPONDS_TO", g["id"], g["responds_to"]) for g in gold["statements"]
                  if g.get("responds_to") in ids} | {("CONTRADICTS", g["id"], g["contradicts"])
                                                     for g in gold["statements"] if g.get("contradicts") in ids}
    if not gold_links:
        return Score()
    matched = set(node_of.values())
    pred_links = {(r.type, r.start, r.end) for r in pred.rels if r.type in ("RESPONDS_TO", "CONTRADICTS")
                  and r.start in matched and r.end in matched}
    found = set()
    for kind, a, b in gold_links:
        pa, pb = node_of.get(a), node_of.get(b)
        options = {(kind, pa, pb)} | ({(kind, pb, pa)} if kind == "CONTRADICTS" else set())
        hit = options & pred_links
        if hit:
            found |= hit
    tp = sum(1 for kind, a, b in gold_links
             if {(kind, node_of.get(a), node_of.get(b)), (kind, node_of.get(b), node_of.get(a))} & found)
    return Score(tp, len(pred_links - found), len(gold_links) - tp,
                 [f"missed link: {k} {a} -> {b}" for k, a, b in gold_links
                  if not {(k, node_of.get(a), node_of.get(b)), (k, node_of.get(b), node_of.get(a))} & found])


def extract_gold(gold_path: Path, gold: dict[str, Any], extractor: Extractor) -> tuple[Path, GraphDocument]:
    """A gold file's article, read as `dipgraph load` reads it, and what the extractor makes of it."""
    # "article" is relative to the gold file's folder: beside it, or e.g. ../corpus/x.html
    text_path = gold_path.parent / (gold.get("article") or gold_path.name.replace(".gold.json", ".txt"))
    # a saved page or a JSON-lines record: its article text, as `dipgraph load` reads it
    if text_path.suffix.lower() in HTML_SUFFIXES | JSONL_SUFFIXES:
        page = read_articles(text_path)[0]
        return text_path, extractor.extract(page.text, title=page.title, date=gold.get("date") or page.date,
                                            path=text_path.name)
    return text_path, extractor.extract(text_path.read_text(encoding="utf-8"), date=gold.get("date"),
                                        path=text_path.name)


def run(gold_dir: Path, extractor: Extractor | None = None) -> tuple[dict[str, Score], dict[str, dict[str, Score]]]:
    """Scores per article and in total for every gold file in a folder."""
    extractor = extractor or Extractor()
    per_article = {}
    for gold_path in sorted(gold_dir.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text_path, doc = extract_gold(gold_path, gold, extractor)
        per_article[text_path.name] = score_article(gold, doc)
    return summed(per_article.values()), per_article


def summed(scores: Iterable[dict[str, Score]]) -> dict[str, Score]:
    """Articles' scores added up, kind by kind."""
    total = {k: Score() for k in KINDS + EXTRA}
    for article in scores:
        for kind in total:
            total[kind].add(article[kind])
    return total


def _act_training_sets() -> set[Path]:
    """The gold folders the shipped act model was trained on (READABLE in benchmarks/act_model.py)."""
    from act_model import READABLE, ROOT  # the script beside this one

    return {(ROOT / "tests" / d).resolve() for d in READABLE}


def overall(scores: dict[str, Score]) -> float:
    """The single overall F1: mean of the per-kind F1s."""
    return sum(scores[k].f1 for k in KINDS) / len(KINDS)


def main(argv: list[str] | None = None) -> int:
    """Print the scores; always exits 0 (the scores are the result)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold_dir", nargs="?", default=str(Path(__file__).resolve().parent.parent / "tests" / "gold"))
    parser.add_argument("--verbose", action="store_true", help="list every miss and extra")
    parser.add_argument("--why", action="store_true",
                        help="count why missed roles, statements and events were missed (counts only)")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--rules-only", action="store_true",
                        help="without the learned act model (for the sets it was trained on, whose acts it knows)")
    args = parser.parse_args(argv)
    gold_dir = Path(args.gold_dir).resolve()
    if not args.rules_only and gold_dir in _act_training_sets():
        print(f"note: the act model was trained on {args.gold_dir} and knows its acts; --rules-only measures the rules",
              file=sys.stderr)
    total, per_article = run(gold_dir, Extractor(learned_acts=not args.rules_only))
    if args.json:
        print(json.dumps({"overall_f1": round(overall(total), 4), **{
            k: {"precision": round(s.precision, 4), "recall": round(s.recall, 4), "f1": round(s.f1, 4),
                "tp": s.tp, "fp": s.fp, "fn": s.fn,
                **({"missed_because": dict(s.why.most_common())} if args.why and s.why else {})}
            for k, s in total.items()}}, indent=2))
        return 0
    for name, scores in per_article.items():
        print(f"{name}: overall F1 {overall(scores):.3f}  " + "  ".join(f"{k} {s.f1:.2f}" for k, s in scores.items()))
    print()
    print(f"{'kind':<14}{'precision':>10}{'recall':>10}{'F1':>8}{'tp':>6}{'fp':>6}{'fn':>6}")
    for kind, s in total.items():
        print(f"{kind:<14}{s.precision:>10.3f}{s.recall:>10.3f}{s.f1:>8.3f}{s.tp:>6}{s.fp:>6}{s.fn:>6}")
    acts = total["acts"]
    matched = acts.tp + acts.fp
    print("(places: where the gold lists them; links: RESPONDS_TO/CONTRADICTS where the gold names both"
          " statements; neither is in the overall F1)")
    print(f"\nact accuracy (matched statements): {acts.tp / matched if matched else 1.0:.3f}")
    print(f"overall F1: {overall(total):.3f}")
    if args.why:
        print("\nwhy gold facts were missed:")
        for kind in ("roles", "statements", "events"):
            reasons = "; ".join(f"{n} {why}" for why, n in total[kind].why.most_common())
            print(f"  {kind} ({total[kind].fn}): {reasons or 'none missed'}")
    if args.verbose:
        for kind, s in total.items():
            for line in s.misses:
                print(f"  [{kind}] {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
