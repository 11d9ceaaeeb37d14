"""Store failures: disk full mid-load, a store locked by another process, unwritable paths,
Neo4j unreachable or refusing the login. Each gives a clear error and loses no article.
"""

from __future__ import annotations

import resource
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from reliability_helpers import REPO, dipgraph_command, no_traceback, run_dipgraph
from synthetic_docs import check_atomic, make_documents, snapshot, write_documents
from typer.testing import CliRunner

from dipgraph import api
from dipgraph.cli import app
from dipgraph.graph.store import open_store

runner = CliRunner()
COUNT = 12


@pytest.fixture(scope="module")
def docs() -> list[Any]:
    return make_documents(COUNT, statements=40, seed=3)


@pytest.fixture(scope="module")
def folder(docs: list[Any], tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("fault-docs")
    write_documents(docs, path)
    return path


def one_error_line(stderr: str) -> str:
    no_traceback(stderr)
    errors = [line for line in stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1, stderr
    return errors[0]


def test_disk_full_mid_load_keeps_every_committed_article(docs: list[Any], folder: Path, tmp_path: Path) -> None:
    db = tmp_path / "full.db"

    def small_disk() -> None:  # writes past 1 MB fail (EFBIG), as on a full disk
        resource.setrlimit(resource.RLIMIT_FSIZE, (1_000_000, 1_000_000))

    full = subprocess.run(dipgraph_command("load", str(folder), "--store", str(db)), preexec_fn=small_disk,
                          capture_output=True, text=True, timeout=300, cwd=REPO)
    # LadybugDB 0.22 aborts the process on a failed log write (C++ terminate): no Python error is
    # possible then. Either way, what was committed must survive and the rest must be absent.
    assert full.returncode in (3, -signal.SIGABRT), full.stderr
    if full.returncode == 3:
        one_error_line(full.stderr)
    with open_store(db) as store:  # recovers the committed transactions from the torn log
        assert 0 < check_atomic(store, docs) < COUNT
    with open_store(tmp_path / "clean.db") as store:
        api.load(store, [folder])
        clean = snapshot(store)
    done = run_dipgraph("load", str(folder), "--store", str(db))
    assert done.returncode == 0, done.stderr
    with open_store(db) as store:
        assert snapshot(store) == clean


def test_a_store_in_use_by_another_process_is_a_clear_error(folder: Path, tmp_path: Path) -> None:
    db = tmp_path / "busy.db"
    holder = subprocess.Popen(
        [sys.executable, "-c", f"from dipgraph.graph.store import open_store\ns = open_store({str(db)!r})\n"
                               "print('open', flush=True)\nimport time; time.sleep(120)"],
        stdout=subprocess.PIPE, text=True, cwd=REPO)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        busy = run_dipgraph("load", str(folder), "--store", str(db))
        assert busy.returncode == 3
        line = one_error_line(busy.stderr)
        assert line == f"Error: {db}: the store is in use by another process (PID {holder.pid}); wait for it to finish"
    finally:
        holder.kill()
        holder.wait()
    assert run_dipgraph("load", str(folder), "--store", str(db)).returncode == 0


@pytest.mark.parametrize("where, reason", [
    ("/sys/dipgraph-test.db", "Permission denied"),  # a read-only file system, even for root
    ("{tmp}/a-file.txt/store.db", "Not a directory"),
    ("{tmp}/no/such/folder/store.db", "does not exist"),
])
def test_an_unwritable_store_path_is_a_clear_error(folder: Path, tmp_path: Path, where: str, reason: str) -> None:
    (tmp_path / "a-file.txt").write_text("not a folder")
    path = where.format(tmp=tmp_path)
    result = runner.invoke(app, ["load", str(folder / "doc-0000.json"), "--store", path])
    assert result.exit_code == 3, result.output
    [line] = result.stderr.strip().splitlines()
    assert line.startswith(f"Error: {path}") and reason in line, line


def test_neo4j_unreachable_is_a_clear_error(folder: Path) -> None:
    start = time.monotonic()
    result = runner.invoke(app, ["load", str(folder), "--store", "bolt://127.0.0.1:1", "--password", "x"])
    assert result.exit_code == 3
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("Error: bolt://127.0.0.1:1: no Neo4j server answers (connection refused)"), line
    assert time.monotonic() - start < 30


def test_neo4j_wrong_credentials_are_a_clear_error(neo4j_server: Any, folder: Path) -> None:
    # A user that does not exist: wrong passwords for the real user would lock it out for a while.
    with neo4j_server.store() as store:
        before = store.counts()
    result = runner.invoke(app, ["load", str(folder), "--store", neo4j_server.uri,
                                 "--user", "dipgraph-intruder", "--password", "wrong"])
    assert result.exit_code == 3
    [line] = result.stderr.strip().splitlines()
    assert "Neo4j refused the login of user 'dipgraph-intruder'" in line, line
    with neo4j_server.store() as store:
        assert store.counts() == before
