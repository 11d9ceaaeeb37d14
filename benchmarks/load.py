"""Load benchmark: graph documents into each store, naive against batched, and a full load.

Part 1 (same documents, same run, fresh store each time): the naive way (one
MERGE query per node or relationship row), the plain `dipgraph load` path (one
transaction per document, rows batched with UNWIND) and the bulk path
(`dipgraph load --bulk`: many documents per transaction in large UNWIND batches;
on an empty embedded store, COPY FROM). Rows/s counts every document's rows
(nodes + relationships after merging the document), so all methods share one
numerator.

Part 2: the whole generated graph (--nodes) bulk-loaded into a fresh store, in a
child process so its peak RSS is the load's own.

    python benchmarks/load.py --nodes 1000000 --stores embedded neo4j
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from generate import Tally, graph_documents, read_jsonl, write_jsonl

from dipgraph.graph.bulk import bulk_load
from dipgraph.graph.cypher import plan
from dipgraph.graph.document import GraphDocument, validate
from dipgraph.graph.store import Store, open_store

NEO4J_URI = os.environ.get("NEO4J_URI", "bolt://127.0.0.1:7687")
NEO4J_USER = os.environ.get("NEO4J_USERNAME", "neo4j")
NEO4J_PASSWORD = os.environ.get("NEO4J_PASSWORD", "dipgraph-test")


def open_fresh(kind: str, folder: Path) -> Store:
    """An empty store of a kind: a new embedded path, or the Neo4j server cleared."""
    if kind == "embedded":
        path = folder / f"bench-{time.monotonic_ns()}.db"
        return open_store(path)
    store = open_store(NEO4J_URI, user=NEO4J_USER, password=NEO4J_PASSWORD)
    store.clear()
    return store


def documents(path: Path, limit: int | None = None) -> Iterator[GraphDocument]:
    """Graph documents streamed from a JSON-lines file."""
    for number, record in enumerate(read_jsonl(path)):
        if limit is not None and number >= limit:
            return
        yield GraphDocument.from_dict(record)


def document_rows(docs: list[GraphDocument]) -> int:
    """Rows the documents carry after each is merged and validated (the shared numerator)."""
    total = 0
    for doc in docs:
        clean, _ = validate(doc.merged())
        total += len(clean.nodes) + len(clean.relationships)
    return total


def naive_write(store: Store, doc: GraphDocument, autocommit: bool = False) -> None:
    """The naive way: the same MERGE statements, one query per row.

    By default the rows of one document share a transaction (the kind naive); with
    ``autocommit`` every row is its own transaction, as one-query-per-node code usually does.
    """
    clean, _ = validate(doc.merged())
    statements = [(batch.cypher, row) for batch in plan(clean) for row in batch.rows]
    if store.dialect == "ladybug":
        conn = store._conn  # type: ignore[attr-defined]
        if not autocommit:
            conn.execute("BEGIN TRANSACTION")
        for cypher, row in statements:
            conn.execute(cypher, {"rows": [row]})
        if not autocommit:
            conn.execute("COMMIT")
        return
    import neo4j

    def work(tx: Any) -> None:
        for cypher, row in statements:
            tx.run(cypher, rows=[row]).consume()

    with store._driver.session(database=store.database, default_access_mode=neo4j.WRITE_ACCESS) as session:  # type: ignore[attr-defined]
        if autocommit:
            for cypher, row in statements:
                session.run(cypher, rows=[row]).consume()
        else:
            session.execute_write(work)


NAIVE = "naive, 1 query/row, tx/doc"


def compare(kind: str, docs: list[GraphDocument], folder: Path) -> dict[str, tuple[int, float]]:
    """Rows and seconds for each method, each into a fresh store.

    Every method but the autocommit naive one writes the same documents (and must leave
    the same counts); that one is slow, so it writes the first fifth of them.
    """
    few = docs[: max(1, len(docs) // 5)]
    methods = {
        "naive, 1 query/row, autocommit": (few, lambda s, ds: [naive_write(s, d, autocommit=True) for d in ds]),
        NAIVE: (docs, lambda s, ds: [naive_write(s, d) for d in ds]),
        "plain load (UNWIND/doc)": (docs, lambda s, ds: [s.write(d) for d in ds]),
        "bulk MERGE (UNWIND/chunk)": (docs, lambda s, ds: bulk_load(s, iter(ds), copy=False)),
    }
    if kind == "embedded":
        methods["bulk COPY (empty store)"] = (docs, lambda s, ds: bulk_load(s, iter(ds), copy=True))
    # Warm-up, untimed: the server's query plans and JIT, and this process's imports, for every method.
    for _, run in methods.values():
        with open_fresh(kind, folder) as store:
            run(store, docs[:5])
    results: dict[str, tuple[int, float]] = {}
    counts = None
    for name, (subset, run) in methods.items():
        with open_fresh(kind, folder) as store:
            started = time.perf_counter()
            run(store, subset)
            results[name] = (document_rows(subset), time.perf_counter() - started)
            got = store.counts()
        if subset is docs:
            if counts is not None and got != counts:
                raise SystemExit(f"{kind}: {name} wrote {got}, not {counts} like the others")
            counts = got
    return results


def full_load(kind: str, graph: Path, folder: Path) -> dict[str, Any]:
    """Bulk-load the whole graph into a fresh store in this process; seconds, counts, peak RSS."""
    with open_fresh(kind, folder) as store:
        load_avg = os.getloadavg()[0]
        server_cpu = _server_cpu() if kind == "neo4j" else None
        started, cpu = time.perf_counter(), time.process_time()
        report = bulk_load(store, documents(graph))
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        if server_cpu is not None:
            server_cpu = (_server_cpu() or 0.0) - server_cpu
        counts = store.counts()
    return {"store": kind, "seconds": seconds, "cpu_seconds": cpu, "load_avg": load_avg, "server_cpu": server_cpu,
            "method": report.method, "documents": report.documents,
            "nodes": sum(v for k, v in counts.items() if k[0].isupper() and not k.isupper()),
            "relationships": sum(v for k, v in counts.items() if k.isupper()),
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "server_peak_rss_mb": _server_rss() if kind == "neo4j" else None}


def _server_proc() -> Path | None:
    """/proc of a local Neo4j server: NEO4J_SERVER_PID, or the one .ci/neo4j.sh started."""
    port = NEO4J_URI.rsplit(":", 1)[-1].strip("/")
    pidfile = Path(f"/tmp/dipgraph-neo4j-{port}.pid")
    try:
        pid = os.environ.get("NEO4J_SERVER_PID") or pidfile.read_text().strip()
    except OSError:
        return None
    proc = Path(f"/proc/{pid}")
    return proc if proc.exists() else None


def _server_cpu() -> float | None:
    """CPU seconds the local Neo4j server has used so far, if there is one."""
    proc = _server_proc()
    if proc is not None:
        fields = (proc / "stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return None


def _server_rss() -> float | None:
    """Peak RSS of the local Neo4j server, if there is one."""
    proc = _server_proc()
    if proc is None:
        return None
    status = (proc / "status").read_text()
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return None


def main(argv: list[str] | None = None) -> None:
    """Command line; see the module docstring."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--nodes", type=int, default=1_000_000, help="size of the full load (distinct nodes)")
    parser.add_argument("--sample", type=int, default=150, help="documents in the naive-vs-batched comparison")
    parser.add_argument("--stores", nargs="+", default=["embedded", "neo4j"], choices=["embedded", "neo4j"])
    parser.add_argument("--graph", type=Path, help="reuse this generated graph JSONL instead of generating")
    parser.add_argument("--skip-full", action="store_true", help="only the naive-vs-batched comparison")
    parser.add_argument("--full-only", help=argparse.SUPPRESS)  # child process: one store's full load
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="dipgraph-load-"))
    try:
        if args.full_only:
            print(json.dumps(full_load(args.full_only, args.graph, folder)))
            return
        run(args, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def run(args: argparse.Namespace, folder: Path) -> None:
    """Both parts of the benchmark, printing as it goes."""
    graph = args.graph
    if graph is None:
        graph = folder / "graph.jsonl"
        started, tally = time.perf_counter(), Tally()
        write_jsonl(graph_documents(args.nodes, tally=tally), graph)
        print(f"generated {tally.documents} documents: {tally.nodes} nodes, {tally.relationships} relationships "
              f"in {time.perf_counter() - started:.1f} s")
    sample = list(documents(graph, args.sample))
    rows = document_rows(sample)
    print(f"\nPart 1: {len(sample)} documents, {rows} rows, fresh store per method")
    print(f"{'store':<9} {'method':<31} {'rows':>6} {'seconds':>8} {'rows/s':>9} {'× naive':>8}")
    for kind in args.stores:
        results = compare(kind, sample, folder)
        rates = {name: n / seconds for name, (n, seconds) in results.items()}
        for name, (n, seconds) in results.items():
            print(f"{kind:<9} {name:<31} {n:>6} {seconds:8.2f} {rates[name]:9.0f} {rates[name] / rates[NAIVE]:8.1f}")
        best = max(rate for name, rate in rates.items() if name.startswith("bulk"))
        for name in (NAIVE, "naive, 1 query/row, autocommit"):
            ratio = best / rates[name]
            verdict = "met" if ratio >= 20 else "MISSED"
            print(f"{kind:<9} batched/naive ({name}): {ratio:.1f}× (target ≥ 20×: {verdict})")
    if args.skip_full:
        return
    print(f"\nPart 2: full bulk load of {graph}")
    print(f"{'store':<9} {'method':<6} {'nodes':>9} {'rels':>9} {'seconds':>8} {'rows/s':>8} {'our CPU s':>9} "
          f"{'server CPU s':>12} {'peak RSS MB':>11} {'server MB':>9} {'load avg':>8}  target")
    for kind in args.stores:
        child = subprocess.run([sys.executable, __file__, "--full-only", kind, "--graph", str(graph)],
                               capture_output=True, text=True, check=False)
        if child.returncode:
            raise SystemExit(f"{kind} full load failed:\n{child.stderr}")
        r = json.loads(child.stdout.strip().splitlines()[-1])
        limit = 120 if kind == "embedded" else 300
        total = r["nodes"] + r["relationships"]
        server = f"{r['server_peak_rss_mb']:.0f}" if r["server_peak_rss_mb"] else "-"
        server_cpu = f"{r['server_cpu']:.0f}" if r["server_cpu"] is not None else "-"
        print(f"{kind:<9} {r['method']:<6} {r['nodes']:>9} {r['relationships']:>9} {r['seconds']:8.1f} "
              f"{total / r['seconds']:8.0f} {r['cpu_seconds']:9.1f} {server_cpu:>12} {r['peak_rss_mb']:11.0f} "
              f"{server:>9} "
              f"{r['load_avg']:8.1f}  "
              f"< {limit} s: {'met' if r['seconds'] < limit else 'MISSED'}")


if __name__ == "__main__":
    main()
