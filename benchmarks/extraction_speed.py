"""Extraction benchmark: dipgraph's extraction against spaCy's bare parse, and --jobs 2 against 1.

Same generated articles, same run:
  1. bare spaCy: ``nlp.pipe`` over the texts (the model the extractor uses, same batch size);
  2. dipgraph rules: ``Extractor.extract_many`` over the same texts (model already loaded,
     like 1), so the difference is what dipgraph adds on top of the parse (target ≤ 50 %);
  3. ``dipgraph extract`` end to end (``api.extract``: reading, model loading, extraction
     streamed in chunks through ``extract_each``) with jobs=1 and jobs=2.

    python benchmarks/extraction_speed.py --count 1000
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
import time
from pathlib import Path

import spacy
from generate import articles, write_jsonl

from dipgraph import api
from dipgraph.loaders.extract import BATCH, MODEL, Extractor, language


def main(argv: list[str] | None = None) -> None:
    """Command line; see the module docstring."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=1000, help="generated articles")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="dipgraph-extract-"))
    try:
        run(args.count, args.seed, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def run(count: int, seed: int, folder: Path) -> None:
    """Time each way over the same articles and print the table."""
    corpus = folder / "articles.jsonl"
    write_jsonl(articles(count, seed), corpus)
    records = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines()]
    texts = [r["text"] for r in records]
    words = sum(len(t.split()) for t in texts)
    print(f"{count} generated articles, {words} words ({words // max(count, 1)} per article)")

    started = time.perf_counter()
    nlp = spacy.load(MODEL)
    load_s = time.perf_counter() - started
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=BATCH):
        pass
    bare = time.perf_counter() - started

    extractor = Extractor()
    started = time.perf_counter()
    found = 0
    for doc in extractor.extract_many((r["text"], {"title": r["title"], "date": r["date"]}) for r in records):
        found += sum(1 for n in doc.nodes if n.label == "Statement")
    rules = time.perf_counter() - started

    ends = {}
    for jobs in (1, 2):
        language.cache_clear()  # end to end includes loading the model, as a fresh `dipgraph extract` does
        started = time.perf_counter()
        done = sum(1 for _ in api.extract([corpus], jobs=jobs))
        ends[jobs] = time.perf_counter() - started
        if done != count:
            raise SystemExit(f"jobs={jobs} extracted {done} articles, not {count}")

    print(f"(model load {load_s:.1f} s, not counted in rows 1-2; {found} statements found)")
    print(f"{'way':<38} {'seconds':>8} {'articles/s':>11} {'words/s':>9}")
    rows = [("1 bare spaCy nlp.pipe", bare), ("2 dipgraph rules (extract_many)", rules),
            ("3 dipgraph extract, jobs=1 (end to end)", ends[1]), ("3 dipgraph extract, jobs=2 (end to end)", ends[2])]
    for name, seconds in rows:
        print(f"{name:<38} {seconds:8.1f} {count / seconds:11.1f} {words / seconds:9.0f}")
    overhead = rules / bare - 1
    print(f"rules on top of the bare parse: {overhead:+.0%} (target ≤ +50%: {'met' if overhead <= 0.5 else 'MISSED'})")
    print(f"jobs=2 against jobs=1: {ends[1] / ends[2]:.2f}× faster")


if __name__ == "__main__":
    main()
