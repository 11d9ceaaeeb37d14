"""Failures during a load: SIGKILL mid-write on both stores, re-runs, any order, two loaders at once.

Every article must be wholly in the store or absent after a kill, and re-running the
load must give exactly the graph a clean load gives (same nodes, relationships, values).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from reliability_helpers import REPO, Target, dipgraph_command, no_traceback, run_dipgraph
from synthetic_docs import check_atomic, clean_load, documents_folder, make_documents, snapshot

from dipgraph import api
from dipgraph.graph.document import GraphDocument
from dipgraph.graph.store import open_store

HERE = Path(__file__).parent
COUNT = 10


@pytest.fixture(scope="module")
def docs() -> list[GraphDocument]:
    """The articles every test here loads (as graph documents: no extraction, real writes)."""
    return make_documents(COUNT, statements=25)


@pytest.fixture(scope="module")
def folder(docs: list[GraphDocument], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of the documents as .json files, loaded in name order."""
    return documents_folder(docs, tmp_path_factory, "docs")


@pytest.fixture(scope="module")
def clean(folder: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Any], list[Any]]:
    """The graph a clean, uninterrupted load of the folder gives (both stores give the same)."""
    return clean_load(folder, tmp_path_factory)


def _wait_for_line(proc: subprocess.Popen[str], stream: Any, marker: str, timeout: float = 90) -> list[str]:
    deadline = time.monotonic() + timeout
    seen = []
    while time.monotonic() < deadline:
        line = stream.readline()
        if not line:
            break
        seen.append(line)
        if marker in line:
            return seen
    proc.kill()
    raise AssertionError(f"no {marker!r} from the loader; it printed: {''.join(seen)[-2000:]} "
                         f"{proc.stderr.read()[-2000:] if proc.stderr else ''}")


def test_killed_inside_a_write_then_rerun_gives_the_clean_graph(
    target: Target, docs: list[GraphDocument], folder: Path, clean: tuple[list[Any], list[Any]]
) -> None:
    for pause_at in (3, 7):  # killed twice, at different articles, before a run completes
        proc = subprocess.Popen(
            [sys.executable, str(HERE / "pausing_load.py"), str(pause_at), "load", str(folder), *target.args],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO)
        _wait_for_line(proc, proc.stdout, "PAUSED")
        if target.kind == "neo4j":  # the open transaction is invisible to others meanwhile
            with target.open() as store:
                assert check_atomic(store, docs) == pause_at - 1
        proc.send_signal(signal.SIGKILL)
        assert proc.wait(timeout=30) == -signal.SIGKILL
        proc.stdout.close()
        proc.stderr.close()
        with target.open() as store:  # the embedded store recovers from its write-ahead log here
            assert check_atomic(store, docs) == pause_at - 1
    done = run_dipgraph("load", str(folder), *target.args)
    assert done.returncode == 0, done.stderr
    no_traceback(done.stderr)
    with target.open() as store:
        assert check_atomic(store, docs) == COUNT
        assert snapshot(store) == clean


def test_killed_at_a_random_moment_then_rerun_gives_the_clean_graph(
    target: Target, docs: list[GraphDocument], folder: Path, clean: tuple[list[Any], list[Any]]
) -> None:
    rng = random.Random(f"kill-{target.kind}")
    after, delay = rng.randrange(2, COUNT - 4), rng.uniform(0, 0.15)
    proc = subprocess.Popen(dipgraph_command("-v", "load", str(folder), *target.args),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO)
    loaded = 0
    while loaded < after:
        loaded += sum("loaded" in line for line in _wait_for_line(proc, proc.stderr, "loaded"))
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    assert proc.wait(timeout=30) == -signal.SIGKILL
    proc.stdout.close()
    proc.stderr.close()
    with target.open() as store:
        assert after <= check_atomic(store, docs) < COUNT
    done = run_dipgraph("load", str(folder), *target.args)
    assert done.returncode == 0, done.stderr
    with target.open() as store:
        assert snapshot(store) == clean


def test_loading_in_any_order_and_twice_gives_the_same_graph(
    target: Target, folder: Path, clean: tuple[list[Any], list[Any]]
) -> None:
    files = sorted(folder.glob("*.json"))
    half = len(files) // 2
    orders = [list(reversed(files)), files[half:] + files[::3] + files[:half]]
    for order in orders:
        with target.open() as store:
            store.clear()
            api.load(store, order)
            assert snapshot(store) == clean, f"order {[f.name for f in order]}"


def test_two_processes_loading_at_once_into_neo4j_give_the_clean_graph(
    neo4j_server: Any, folder: Path, clean: tuple[list[Any], list[Any]]
) -> None:
    with neo4j_server.store() as store:
        store.clear()
    login = ["--store", neo4j_server.uri, "--user", neo4j_server.user, "--password", neo4j_server.password]
    files = [str(f) for f in sorted(folder.glob("*.json"))]
    procs = [subprocess.Popen(dipgraph_command("load", *order, *login), stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, cwd=REPO)
             for order in (files, files[::-1])]
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        no_traceback(err)
    with neo4j_server.store() as store:
        assert snapshot(store) == clean
        store.clear()


def test_articles_killed_mid_load_and_rerun_in_new_processes_give_the_clean_graph(tmp_path: Path) -> None:
    # Real articles through the real extractor: a re-run in a new process (another hash seed)
    # must extract the same ids and values, or resuming would duplicate or change the graph.
    articles = sorted((REPO / "tests" / "gold").glob("*.txt"))
    db = tmp_path / "articles.db"
    proc = subprocess.Popen(dipgraph_command("-v", "load", *map(str, articles), "--store", str(db)),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO,
                            env={**os.environ, "PYTHONHASHSEED": "1"})
    _wait_for_line(proc, proc.stderr, "loaded", timeout=240)
    proc.send_signal(signal.SIGKILL)
    assert proc.wait(timeout=30) == -signal.SIGKILL
    proc.stdout.close()
    proc.stderr.close()
    for seed in ("2", "3"):  # resume, then load everything once more
        done = run_dipgraph("load", *map(str, articles), "--store", str(db), env={"PYTHONHASHSEED": seed},
                            timeout=240)
        assert done.returncode == 0, done.stderr
    with open_store(tmp_path / "clean.db") as store:
        api.load(store, articles)
        clean = snapshot(store)
    with open_store(db) as store:
        assert snapshot(store) == clean
