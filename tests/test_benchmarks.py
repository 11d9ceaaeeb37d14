"""Every benchmark script runs at a tiny size and prints its figures, so none can rot.

No timing is asserted (machines here are noisy); what is checked is that each script
finishes, prints the rows and ratios it promises, and that the generator is seeded,
valid against the model and streams what it says.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from dipgraph.graph.document import GraphDocument, validate
from dipgraph.loaders.read import read_articles
from dipgraph.queries.runner import load_library

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"

# Each script and the arguments that make it tiny; a new script must be added here.
TINY = {
    "generate.py": ["graph", "--nodes", "300"],
    "load.py": ["--nodes", "400", "--sample", "4"],
    "query_latency.py": ["--nodes", "400", "--runs", "2"],
    "extraction_speed.py": ["--count", "4"],
    "extraction_quality.py": [],
    "act_model.py": ["tests/gold", "tests/heldout/gold"],
    "agreement.py": ["tests/heldout/gold", "tests/heldout/gold", "--extractor"],
    "view_render.py": ["--sizes", "40", "--repeat", "1"],
}


def run(script: str, *args: str, env: dict[str, str] | None = None) -> str:
    """Run a benchmark script as a user would; its output, failing the test on a non-zero exit."""
    done = subprocess.run([sys.executable, str(BENCHMARKS / script), *args], capture_output=True, text=True,
                          timeout=900, env={**os.environ, **(env or {})}, check=False)
    assert done.returncode == 0, f"{script} exited {done.returncode}:\n{done.stdout}\n{done.stderr}"
    return done.stdout


def neo4j_env(server) -> dict[str, str]:
    """The variables that point a benchmark at the test server."""
    return {"NEO4J_URI": server.uri, "NEO4J_USERNAME": server.user, "NEO4J_PASSWORD": server.password}


def test_every_benchmark_script_has_a_tiny_run() -> None:
    scripts = {p.name for p in BENCHMARKS.glob("*.py")}
    assert scripts == set(TINY), "add the new benchmark script to TINY with arguments that make it tiny"


def test_generated_graph_is_seeded_valid_and_reaches_its_size(tmp_path: Path) -> None:
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    out = run("generate.py", "graph", "--nodes", "300", "--out", str(first))
    run("generate.py", "graph", "--nodes", "300", "--out", str(second))
    assert first.read_bytes() == second.read_bytes()
    assert "distinct nodes" in out
    ids: set[str] = set()
    for line in first.read_text(encoding="utf-8").splitlines():
        doc = GraphDocument.from_dict(json.loads(line))
        clean, problems = validate(doc)
        assert problems == []
        assert {n.label for n in clean.nodes} >= {"Article", "Statement", "Person"}
        ids.update(n.id for n in clean.nodes)
    assert len(ids) >= 300
    other = tmp_path / "c.jsonl"
    run("generate.py", "graph", "--nodes", "300", "--seed", "8", "--out", str(other))
    assert other.read_bytes() != first.read_bytes()


def test_generated_articles_are_readable_articles(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl"
    out = run("generate.py", "articles", "--count", "3", "--out", str(path))
    assert "wrote 3 articles" in out
    articles = read_articles(path)
    assert len(articles) == 3
    assert all(a.date and a.title and len(a.text.split()) > 100 for a in articles)


def test_load_benchmark_compares_methods_on_both_stores(neo4j_server, tmp_path: Path) -> None:
    out = run("load.py", *TINY["load.py"], env=neo4j_env(neo4j_server))
    for store in ("embedded", "neo4j"):
        assert f"{store:<9} naive, 1 query/row, tx/doc" in out
        assert f"{store:<9} bulk MERGE (UNWIND/chunk)" in out
        assert f"{store:<9} batched/naive (" in out
    assert "bulk COPY (empty store)" in out
    full = [line for line in out.splitlines() if line.startswith(("embedded  copy", "neo4j     merge"))]
    assert len(full) == 2, out


def test_query_benchmark_times_every_saved_query(neo4j_server) -> None:
    out = run("query_latency.py", *TINY["query_latency.py"], env=neo4j_env(neo4j_server))
    for name in load_library():
        assert f"\n{name} " in out, f"{name} missing from:\n{out}"
    assert "p95 ≤ 100 ms" in out


def test_extraction_benchmark_prints_overhead_and_jobs_ratio() -> None:
    out = run("extraction_speed.py", *TINY["extraction_speed.py"])
    assert "1 bare spaCy nlp.pipe" in out
    assert "rules on top of the bare parse" in out
    assert "streamed against one by one" in out and "jobs=2 against jobs=1" in out


@pytest.mark.parametrize("script", ["extraction_quality.py", "view_render.py", "act_model.py", "agreement.py"])
def test_other_benchmarks_run_tiny(script: str) -> None:
    assert run(script, *TINY[script]).strip()


def test_agreement_is_perfect_for_the_same_annotation_and_counts_each_difference(tmp_path: Path) -> None:
    heldout = Path(__file__).parent / "heldout" / "gold"
    source = sorted(heldout.glob("*.gold.json"))[0]
    gold = json.loads(source.read_text(encoding="utf-8"))
    gold["article"] = str((heldout / gold["article"]).resolve())
    second = json.loads(json.dumps(gold))
    second["statements"][0]["act"] = "threaten" if second["statements"][0]["act"] != "threaten" else "deny"
    second["events"] = second["events"][1:]
    (tmp_path / "same").mkdir()
    (tmp_path / "same" / source.name).write_text(json.dumps(gold), encoding="utf-8")
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / source.name).write_text(json.dumps(second), encoding="utf-8")

    same = run("agreement.py", str(tmp_path / "same"), str(tmp_path / "same"))
    assert "1 articles annotated twice" in same
    assert all(line.split()[1] == "1.000" for line in same.splitlines()[2:10]), same
    other = run("agreement.py", str(tmp_path / "same"), str(tmp_path / "other"))
    rows = {line.split()[0]: line.split()[1:] for line in other.splitlines()[2:]}
    n_events, n_statements = len(gold["events"]), len(gold["statements"])
    assert rows["people"][0] == "1.000" and rows["statements"][0] == "1.000"
    assert float(rows["acts"][0]) == pytest.approx(1 - 1 / n_statements, abs=0.001)
    assert float(rows["events"][0]) == pytest.approx(2 * (n_events - 1) / (2 * n_events - 1), abs=0.001)


def test_quality_counts_why_each_missed_fact_was_missed() -> None:
    from dipgraph.graph.document import Node, Relationship

    sys.path.insert(0, str(BENCHMARKS))
    try:
        import extraction_quality as bench
    finally:
        sys.path.remove(str(BENCHMARKS))
    gold = {
        "people": [{"name": "Ida Marsh", "aliases": ["Marsh"],
                    "roles": [{"title": "Foreign Minister", "institution": "Norland Foreign Ministry"}]},
                   {"name": "Ole Vik", "aliases": ["Vik"], "roles": []}],
        "institutions": [{"name": "Norland Foreign Ministry"}, {"name": "Norland government"},
                         {"name": "Kestrian government"}],
        "statements": [{"speaker": "Ida Marsh", "text": "the crossing would reopen next week", "act": "promise"},
                       {"speaker": "Ole Vik", "text": "the talks had been useful", "act": "comment"}],
        "events": [{"actor": "Norland government", "type": "meeting", "cameo": "040", "target": "Kestrian government",
                    "text": "met in Velda on Monday"},
                   {"actor": "Norland government", "type": "protest", "cameo": "111", "target": "Kestrian government",
                    "text": "summoned the Kestrian envoy"}],
    }
    nodes = [Node("p1", "Person", {"name": "Ida Marsh"}), Node("p2", "Person", {"name": "Ole Vik"}),
             Node("i1", "Institution", {"name": "Norland Defence Ministry"}),
             Node("i2", "Institution", {"name": "Norland government"}),
             Node("i3", "Institution", {"name": "Kestrian government"}),
             Node("s1", "Statement", {"text": "the crossing would reopen next week", "act": "promise"}),
             Node("e1", "Event", {"type": "meeting", "cameo": "040", "text": "met in Velda on Monday"})]
    rels = [Relationship("HOLDS_ROLE", "p1", "i1", {"title": "Foreign Minister"}),
            Relationship("STATED", "p2", "s1"),  # Marsh's words, given to Vik
            Relationship("ACTOR", "e1", "i3"), Relationship("TARGET", "e1", "i2")]  # the parties swapped
    scores = bench.score_article(gold, GraphDocument(nodes, rels))
    assert scores["roles"].why == {"other institution": 1}
    assert scores["statements"].why == {"text found, other speaker": 1, "not found": 1}
    assert scores["events"].why == {"other actor": 1, "no event on its words": 1}


def test_quality_prints_why_facts_were_missed() -> None:
    out = run("extraction_quality.py", "tests/heldout/gold", "--rules-only", "--why")
    assert "why gold facts were missed:" in out
    assert all(f"  {kind} (" in out for kind in ("roles", "statements", "events"))
