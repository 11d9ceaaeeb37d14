"""Extraction benchmark: dipgraph's extraction against spaCy's bare parse, and --jobs 2 against 1.

Same generated articles, same run; wall seconds, and CPU seconds (this process and its
worker processes), which hardly depend on what else a shared machine is running:
  1. bare spaCy: ``nlp.pipe`` over the texts (the model the extractor uses, same batch size);
  2. dipgraph rules: ``Extractor.extract`` article by article, then ``Extractor.extract_many``
     streaming the same texts through nlp.pipe (model already loaded, like 1): the difference
     to 1 is what dipgraph adds on top of the parse (target ≤ 50 %), the two rows show what
     streaming gains;
  3. ``dipgraph extract`` end to end (``api.extract``: reading, model loading, extraction
     streamed in chunks through ``extract_each``) with jobs=1 and jobs=2.

    python benchmarks/extraction_speed.py --count 1000
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import spacy
from generate import articles, write_jsonl

from dipgraph import api
from dipgraph.loaders.act_model import clear_shipped_model
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
    times: dict[str, tuple[float, float]] = {}
    clock = _clock()
    for _ in nlp.pipe(texts, batch_size=BATCH):
        pass
    times["1 bare spaCy nlp.pipe"] = clock()

    extractor = Extractor()
    metas = [{"title": r["title"], "date": r["date"]} for r in records]
    clock = _clock()
    for text, meta in zip(texts, metas, strict=True):
        extractor.extract(text, **meta)
    times["2 dipgraph rules, one by one (extract)"] = clock()
    clock = _clock()
    found = 0
    for doc in extractor.extract_many(zip(texts, metas, strict=True)):
        found += sum(1 for n in doc.nodes if n.label == "Statement")
    times["2 dipgraph rules, streamed (extract_many)"] = clock()

    for jobs in (1, 2):
        language.cache_clear()  # end to end includes loading the models, as a fresh `dipgraph extract` does
        clear_shipped_model()
        clock = _clock()
        done = sum(1 for _ in api.extract([corpus], jobs=jobs))
        times[f"3 dipgraph extract, jobs={jobs} (end to end)"] = clock()
        if done != count:
            raise SystemExit(f"jobs={jobs} extracted {done} articles, not {count}")

    print(f"(model load {load_s:.1f} s, not counted in rows 1-2; {found} statements found)")
    print(f"{'way':<42} {'seconds':>8} {'CPU s':>7} {'articles/s':>11} {'words/s':>9}")
    for name, (seconds, cpu) in times.items():
        print(f"{name:<42} {seconds:8.1f} {cpu:7.1f} {count / seconds:11.1f} {words / seconds:9.0f}")
    bare = times["1 bare spaCy nlp.pipe"][0]
    one, streamed = (times[f"2 dipgraph rules, {w}"][0] for w in ("one by one (extract)", "streamed (extract_many)"))
    overhead = streamed / bare - 1
    print(f"rules on top of the bare parse: {overhead:+.0%} (target ≤ +50%: {'met' if overhead <= 0.5 else 'MISSED'})")
    print(f"streamed against one by one: {one / streamed:.2f}× faster")
    ends = [times[f"3 dipgraph extract, jobs={jobs} (end to end)"][0] for jobs in (1, 2)]
    print(f"jobs=2 against jobs=1: {ends[0] / ends[1]:.2f}× faster")


def _clock() -> Callable[[], tuple[float, float]]:
    """Start timing; the returned function gives the wall and CPU seconds (this process and its workers) since."""
    def cpu() -> float:
        me, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        return me.ru_utime + me.ru_stime + workers.ru_utime + workers.ru_stime

    wall, used = time.perf_counter(), cpu()
    return lambda: (time.perf_counter() - wall, cpu() - used)

if __name__ == "__main__":
    main()
