"""Query benchmark: p50/p95 latency of every saved query on a generated graph, both stores.

Each query runs with its header's example parameters (names from real coverage,
mostly absent from a generated graph: an index lookup that finds nothing) and,
when it takes an entity, with entities of the generated graph: a typical one
(popularity rank 300 of the cast) and the hub (rank 1, in about a tenth of all
statements). The target (p95 ≤ 100 ms) applies to one- and two-hop entity
queries with a typical entity; hub and whole-graph figures are printed as they are.

    python benchmarks/query_latency.py --nodes 1000000 --stores embedded neo4j
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from generate import graph_documents, make_world, read_jsonl, write_jsonl
from load import NEO4J_PASSWORD, NEO4J_URI, NEO4J_USER, documents

from dipgraph.errors import QueryError
from dipgraph.graph.bulk import bulk_load
from dipgraph.graph.store import Store, open_store
from dipgraph.queries.runner import SavedQuery, bind, load_library

# Parameter names that take an entity, and which of the cast fills them.
_PEOPLE = {"person", "speaker", "name", "from"}
_ENTITY_PARAMS = _PEOPLE | {"to", "institution", "country", "subject", "role", "article"}
# Queries that are not one- or two-hop entity queries (paths, chains, a job title shared by
# a tenth of the cast): printed without the latency target.
_MULTI_HOP = {"neighbourhood", "shortest-path", "response-chains", "statements-by-role"}
TARGET_MS = 100.0


def cast_params(query: SavedQuery, rank: int, graph: Path, seed: int = 7) -> dict[str, Any] | None:
    """Parameters naming entities of the generated graph at a popularity rank; None if none apply."""
    names = {p.name for p in query.params}
    if not names & _ENTITY_PARAMS:
        return None
    world = make_world(seed)
    person, other = world.people[rank], world.people[rank + 1]
    institution = world.institutions[rank % len(world.institutions)]
    place = world.places[rank % len(world.places)]
    values = {"person": person.props["name"], "speaker": person.props["name"], "name": person.props["name"],
              "from": person.props["name"], "to": other.props["name"], "institution": institution.props["name"],
              "country": institution.props["country"], "subject": place.props["name"], "role": person.title}
    if "article" in names:
        values["article"] = next(read_jsonl(graph))["nodes"][0]["properties"]["title"]
    return {k: v for k, v in values.items() if k in names}


def finishes(store: Store, cypher: str, params: dict[str, Any], seconds: float) -> bool:
    """Run the query once with a time limit (also the warm-up); False if it did not finish in time."""
    if store.dialect == "ladybug":
        conn = store._conn  # type: ignore[attr-defined]
        conn.set_query_timeout(int(seconds * 1000))
        try:
            store.read(cypher, params)
        except QueryError as exc:
            if "interrupt" in str(exc).lower() or "timeout" in str(exc).lower():
                return False
            raise
        finally:
            conn.set_query_timeout(0)
        return True
    import neo4j
    from neo4j.exceptions import ClientError

    with store._driver.session(database=store.database, default_access_mode=neo4j.READ_ACCESS) as session:  # type: ignore[attr-defined]
        try:
            session.run(neo4j.Query(cypher, timeout=seconds), params).consume()
        except ClientError as exc:
            if "TimedOut" in (exc.code or "") or "timed out" in str(exc).lower():
                return False
            raise
    return True


def timed(store: Store, cypher: str, params: dict[str, Any], runs: int, budget: float) -> tuple[int, list[float]]:
    """Rows returned and each run's milliseconds (fewer runs if the budget in seconds runs out)."""
    times: list[float] = []
    rows = 0
    spent = 0.0
    for _ in range(runs):
        started = time.perf_counter()
        rows = len(store.read(cypher, params).rows)
        elapsed = time.perf_counter() - started
        times.append(elapsed * 1000)
        spent += elapsed
        if spent > budget:
            break
    return rows, times


def p95(values: list[float]) -> float:
    """The 95th percentile (nearest rank) of a small sample."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(0.95 * len(ordered)) - 1))]


def loaded_store(kind: str, graph: Path, folder: Path, reuse: Path | None) -> Store:
    """A store holding the graph: loaded now, or reused if it already holds data."""
    if kind == "embedded":
        path = reuse or folder / "query-bench.db"
        store = open_store(path)
    else:
        store = open_store(NEO4J_URI, user=NEO4J_USER, password=NEO4J_PASSWORD)
    if reuse is not None and kind == "embedded" and any(store.counts().values()):
        return store
    if kind == "neo4j" and reuse is not None and any(store.counts().values()):
        return store
    if kind == "neo4j":
        store.clear()
    started = time.perf_counter()
    report = bulk_load(store, documents(graph))
    print(f"{kind}: loaded {report.documents} documents ({report.method}) in {time.perf_counter() - started:.1f} s")
    return store


def main(argv: list[str] | None = None) -> None:
    """Command line; see the module docstring."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--nodes", type=int, default=1_000_000, help="graph size (distinct nodes)")
    parser.add_argument("--stores", nargs="+", default=["embedded", "neo4j"], choices=["embedded", "neo4j"])
    parser.add_argument("--graph", type=Path, help="reuse this generated graph JSONL")
    parser.add_argument("--reuse", type=Path, help="embedded store path to reuse if loaded (and keep Neo4j's data)")
    parser.add_argument("--runs", type=int, default=20, help="runs per query (after one warm-up)")
    parser.add_argument("--budget", type=float, default=10.0,
                        help="seconds per query and store: a single run longer than this is cut off as a timeout")
    parser.add_argument("--only", nargs="*", help="only these saved queries")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="dipgraph-queries-"))
    try:
        graph = args.graph
        if graph is None:
            graph = folder / "graph.jsonl"
            write_jsonl(graph_documents(args.nodes), graph)
        stores = {kind: loaded_store(kind, graph, folder, args.reuse) for kind in args.stores}
        try:
            report(stores, graph, args)
        finally:
            for store in stores.values():
                store.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def report(stores: dict[str, Store], graph: Path, args: argparse.Namespace) -> None:
    """Run every saved query with each parameter set on each store and print the table."""
    library = load_library()
    header = f"{'query':<33} {'params':<8}" + "".join(
        f" {kind + ' rows':>13} {'p50 ms':>8} {'p95 ms':>8}" for kind in stores) + "  target"
    print(header)
    missed = []
    for name in sorted(library):
        if args.only and name not in args.only:
            continue
        query = library[name]
        sets = {"example": query.example_params()}
        for label, rank in (("typical", 300), ("hub", 0)):
            cast = cast_params(query, rank, graph)
            if cast is not None:
                sets[label] = cast
        for label, given in sets.items():
            line = f"{name:<33} {label:<8}"
            worst = 0.0
            for store in stores.values():
                cypher = query.cypher(store.dialect)
                params = bind(query, given)
                if not finishes(store, cypher, params, args.budget):  # also the warm-up
                    worst = float("inf")
                    line += f" {'-':>13} {'> ' + format(args.budget, '.0f') + ' s':>8} {'timeout':>8}"
                    continue
                rows, times = timed(store, cypher, params, args.runs, args.budget)
                worst = max(worst, p95(times))
                line += f" {rows:>13} {statistics.median(times):8.1f} {p95(times):8.1f}"
            targeted = label == "typical" and name not in _MULTI_HOP
            if targeted:
                line += "  met" if worst <= TARGET_MS else "  MISSED"
                if worst > TARGET_MS:
                    missed.append(name)
            print(line, flush=True)
    print(f"p95 ≤ {TARGET_MS:.0f} ms for one- and two-hop entity queries (typical entity): "
          + ("met by all" if not missed else f"MISSED by {', '.join(missed)}"))


if __name__ == "__main__":
    main()
