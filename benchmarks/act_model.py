"""The learned act model against the rules: act accuracy set by set, each set judged by a model trained on the others.

Runs the extractor (rules only) over every gold set given, pairs each gold statement with the extracted statement
the quality benchmark would pair it with (overlapping text, right speaker), and records the statement's features and
the gold act. Then, for each set, trains the model on all the other sets and compares, on that set's paired
statements, the rules' act and the model's act with the gold act. ``--write`` trains on every set given and writes
the shipped model (``loaders/data/act_model.json``).

    python benchmarks/act_model.py [GOLD_DIR ...] [--cache FILE] [--write [--out FILE]] [--no-table]

With no GOLD_DIR: the sets in READABLE below (read and tuned sets, and blind sets whose blind measurements are done);
never tests/unseen.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from extraction_quality import extract_gold, gold_entities, match, overlap, said_by
from spacy.tokens import Doc

from dipgraph.loaders.act_model import MODEL_PATH, features, record, train
from dipgraph.loaders.entities import Entity
from dipgraph.loaders.extract import Extractor
from dipgraph.loaders.said import Said

ROOT = Path(__file__).resolve().parent.parent


# The sets the act model learns from: those the team has read and tuned on, and blind sets once their blind
# measurements are done (fresh20-34 joined in the tenth session, fresh35-49 in the eleventh, fresh50-67 in the
# twelfth, fresh68-73 in the thirteenth, fresh74-85 in the fourteenth, fresh86-91 in the fifteenth, fresh92-109 by
# the nineteenth, fresh110-183 in the thirty-first, fresh184-189 in the thirty-second; none read by anyone when it
# joined, and only fresh20-79 read since, for tuning). Never tests/unseen, and never a blind set still to be measured.
READABLE = ["gold", "heldout/gold", "fresh/gold", *(f"fresh{n}/gold" for n in range(2, 190))]


class _Recorder:
    """Stands in for the act model during extraction: keeps each article's statements as the rules left them, and
    their records as the model would read them then (later steps of the extraction date some statements)."""

    def __init__(self) -> None:
        self.seen: list[tuple[Doc, list[Said], dict[int, dict[str, Any]]]] = []

    def relabel(self, doc: Doc, said: list[Said]) -> None:
        """Record the statements; change nothing."""
        self.seen.append((doc, list(said), {id(s): record(doc, s) for s in said}))


class _Speaker:
    """An extracted speaker as the quality benchmark's name comparison (said_by) sees a node."""

    def __init__(self, entity: Entity) -> None:
        self.properties = {"name": entity.name, "aliases": entity.aliases}


def harvest(gold_dir: Path, extractor: Extractor) -> list[dict[str, Any]]:
    """One example per gold statement the rules found: its record and the gold act."""
    examples = []
    saved = extractor.acts
    try:
        for gold_path in sorted(gold_dir.glob("*.gold.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            recorder = _Recorder()
            extractor.acts = recorder  # type: ignore[assignment]  # records, never relabels
            extract_gold(gold_path, gold, extractor)
            doc, said, records = recorder.seen[-1]
            flat = [(s, doc.text[s.start:s.end], [_Speaker(w)]) for s in said for w in s.speakers]
            entities = gold_entities(gold)
            pairs, _, _ = match(gold["statements"], flat, lambda g, p, known=entities: said_by(g, p[1], p[2], known),
                                lambda g, p: overlap(g["text"], p[1]))
            name = str(gold_dir.relative_to(ROOT) if gold_dir.is_relative_to(ROOT) else gold_dir)
            examples += [{"set": name, "article": gold_path.name, "gold": g["act"],
                          "record": records[id(p[0])]} for g, p in pairs if g.get("act")]
    finally:
        extractor.acts = saved
    return examples


def main(argv: list[str] | None = None) -> int:
    """Print rules-vs-model act accuracy per set; optionally write the model trained on all sets."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold_dirs", nargs="*")
    parser.add_argument("--cache", help="JSON file of harvested examples: read if it exists, else written")
    parser.add_argument("--write", action="store_true", help=f"train on all sets and write {MODEL_PATH.name}")
    parser.add_argument("--out", default=str(MODEL_PATH), help="where --write writes the model")
    parser.add_argument("--no-table", action="store_true",
                        help="skip the set-by-set table (one training per set, the slow part)")
    args = parser.parse_args(argv)
    if args.no_table and not args.write:
        parser.error("--no-table leaves nothing to do without --write")
    dirs = [Path(d).resolve() for d in args.gold_dirs] or [ROOT / "tests" / d for d in READABLE]
    cache = Path(args.cache) if args.cache else None
    if cache is not None and cache.exists():
        examples = json.loads(cache.read_text(encoding="utf-8"))
    else:
        extractor = Extractor(learned_acts=False)  # never the shipped model: it may be the file being rebuilt
        examples = [e for d in dirs for e in harvest(d, extractor)]
        if cache is not None:
            cache.write_text(json.dumps(examples), encoding="utf-8")
    for e in examples:
        e["features"] = features(e["record"])
    if not examples:
        parser.error("no gold statement was found in the sets given")
    names = list(dict.fromkeys(e["set"] for e in examples))
    if not args.no_table:
        table(examples, names)
    if args.write:
        train([(e["features"], e["gold"]) for e in examples]).save(Path(args.out))
        print(f"wrote {args.out} (trained on {len(examples)} statements of {len(names)} sets)")
    return 0


def table(examples: list[dict[str, Any]], names: list[str]) -> None:
    """Act accuracy of the rules and of the model, set by set, each set judged by a model trained on the others."""
    print(f"{'set':<22}{'statements':>11}{'rules':>8}{'model':>8}")
    right_rules = right_model = 0
    for name in names:
        model = train([(e["features"], e["gold"]) for e in examples if e["set"] != name])
        held = [e for e in examples if e["set"] == name]
        rules = sum(e["record"]["act"] == e["gold"] for e in held)
        learned = sum(model.predict(e["features"], e["record"]["act"]) == e["gold"] for e in held)
        right_rules, right_model = right_rules + rules, right_model + learned
        print(f"{name:<22}{len(held):>11}{rules / len(held):>8.3f}{learned / len(held):>8.3f}")
    total = len(examples)
    print(f"{'all (each set unseen)':<22}{total:>11}{right_rules / total:>8.3f}{right_model / total:>8.3f}")


if __name__ == "__main__":
    sys.exit(main())
