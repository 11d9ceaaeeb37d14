"""Store failures: disk full mid-load, a store locked by another process, unwritable paths,
Neo4j unreachable or refusing the login. Each gives a clear error and loses no article.
"""

from __future__ import annotations

import logging
import os
import resource
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from reliability_helpers import REPO, dipgraph_command, no_traceback, run_dipgraph
from synthetic_docs import check_atomic, clean_load, documents_folder, make_documents, snapshot
from typer.testing import CliRunner

from dipgraph.cli import app
from dipgraph.graph.disk_space import checkpoint_reserve
from dipgraph.graph.store import Store, open_store

runner = CliRunner()
COUNT = 12
MANY = 36


@pytest.fixture(scope="module")
def docs() -> list[Any]:
    return make_documents(COUNT, statements=40, seed=3)


@pytest.fixture(scope="module")
def folder(docs: list[Any], tmp_path_factory: pytest.TempPathFactory) -> Path:
    return documents_folder(docs, tmp_path_factory, "fault-docs")


def one_error_line(stderr: str) -> str:
    no_traceback(stderr)
    errors = [line for line in stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1, stderr
    return errors[0]


@pytest.fixture(scope="module")
def many_docs() -> list[Any]:
    # Enough articles that a load stops part-way on the disks below, whatever the reserve.
    return make_documents(MANY, statements=40, seed=5)


@pytest.fixture(scope="module")
def many_folder(many_docs: list[Any], tmp_path_factory: pytest.TempPathFactory) -> Path:
    return documents_folder(many_docs, tmp_path_factory, "many-docs")


@pytest.fixture(scope="module")
def clean_graph(many_folder: Path, tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The graph a clean load of `many_folder` gives."""
    return clean_load(many_folder, tmp_path_factory)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 64 MB tmpfs of the test's own, mounted under /tmp: a disk that really fills up (ENOSPC)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", str(mount)],
                          capture_output=True, text=True)
    if done.returncode:
        pytest.fail(f"cannot mount a tmpfs at {mount}: {done.stderr.strip() or done.returncode} "
                    "(the disk-full tests mount a small file system; run them as root, as CI does)")
    try:
        yield mount
    finally:
        if subprocess.run(["umount", str(mount)], capture_output=True).returncode:
            subprocess.run(["umount", "--lazy", str(mount)], check=True)


def fill(disk: Path, leave: int) -> Path:
    """Fill a disk with one file until `leave` bytes are free on it; return the file."""
    filler = disk / "filler.bin"
    free = _free(disk)
    with filler.open("wb") as out:
        os.posix_fallocate(out.fileno(), 0, free - leave)
    assert abs(_free(disk) - leave) < 64 * 1024, (_free(disk), leave)
    return filler


def _free(disk: Path) -> int:
    stats = os.statvfs(disk)
    return stats.f_bavail * stats.f_frsize


def files(folder: Path) -> dict[str, bytes]:
    """Every non-empty file in a folder with its bytes past the first page (to show a load changed nothing)."""
    # LadybugDB rewrites a store's header page on every writable open and leaves an empty shadow
    # file: neither is the data.
    return {p.name: p.read_bytes()[4096:] for p in sorted(folder.iterdir()) if p.is_file() and p.stat().st_size}


def refused_cleanly(run: subprocess.CompletedProcess[str]) -> str:
    """Assert a command stopped with exit code 3 and one error line, no abort; return the line."""
    assert run.returncode == 3, f"exit {run.returncode}: {run.stderr[-3000:]}"
    assert "terminate called" not in run.stderr, run.stderr
    return one_error_line(run.stderr)


def reopen_without_recovery(db: Path, caplog: pytest.LogCaptureFixture) -> Store:
    """Open a store read-only, asserting its log needed no recovery (nothing was torn)."""
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="dipgraph.graph.embedded"):
        store = open_store(db, read_only=True)
    assert not [r for r in caplog.records if "torn" in r.getMessage()], caplog.text
    return store


def test_disk_full_mid_load_stops_cleanly_and_keeps_every_committed_article(
        many_docs: list[Any], many_folder: Path, clean_graph: Any, small_disk: Path,
        caplog: pytest.LogCaptureFixture) -> None:
    db = small_disk / "store.db"
    filler = fill(small_disk, leave=checkpoint_reserve(0, 0) + 3_000_000)  # room for a few articles
    full = run_dipgraph("load", str(many_folder), "--store", str(db))
    line = refused_cleanly(full)
    assert line.startswith(f"Error: {db}: not enough free disk space to write the next article: "), line
    assert f"free in {small_disk}," in line and "free some space" in line, line
    assert "article(s) before it were loaded" in line, line
    with reopen_without_recovery(db, caplog) as store:
        assert 0 < check_atomic(store, many_docs) < MANY
    filler.unlink()  # space freed: the same load completes the store
    done = run_dipgraph("load", str(many_folder), "--store", str(db))
    assert done.returncode == 0, done.stderr
    with open_store(db, read_only=True) as store:
        assert snapshot(store) == clean_graph


def test_a_file_size_limit_mid_load_stops_cleanly_and_keeps_every_committed_article(
        many_docs: list[Any], many_folder: Path, clean_graph: Any, tmp_path: Path,
        caplog: pytest.LogCaptureFixture) -> None:
    db = tmp_path / "limited.db"
    limit = checkpoint_reserve(0, 0) + 3_000_000

    def small_files() -> None:  # writes past the limit fail with EFBIG (ulimit -f)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    full = subprocess.run(dipgraph_command("load", str(many_folder), "--store", str(db)), preexec_fn=small_files,
                          capture_output=True, text=True, timeout=300, cwd=REPO, stdin=subprocess.DEVNULL)
    line = refused_cleanly(full)
    assert line.startswith(f"Error: {db}: cannot write the next article: the store's files may grow to "), line
    assert "file-size limit" in line and "(ulimit -f)" in line, line
    with reopen_without_recovery(db, caplog) as store:
        assert 0 < check_atomic(store, many_docs) < MANY
    done = run_dipgraph("load", str(many_folder), "--store", str(db))
    assert done.returncode == 0, done.stderr
    with open_store(db, read_only=True) as store:
        assert snapshot(store) == clean_graph


def test_a_full_disk_at_start_is_refused_and_the_store_left_unchanged(folder: Path, small_disk: Path) -> None:
    db = small_disk / "store.db"
    assert run_dipgraph("load", str(folder / "doc-0000.json"), "--store", str(db)).returncode == 0
    fill(small_disk, leave=checkpoint_reserve(0, 0) // 2)
    with open_store(db, read_only=True) as store:
        graph = snapshot(store)
    before = files(small_disk)
    line = refused_cleanly(run_dipgraph("load", str(folder), "--store", str(db)))
    assert line.startswith(f"Error: {db}: not enough free disk space to write the next article: "), line
    assert "loaded" not in line, line
    assert files(small_disk) == before
    summary = run_dipgraph("summary", "--store", str(db))  # reading a store on a full disk still works
    assert summary.returncode == 0, summary.stderr
    new = small_disk / "new.db"  # a new store on the full disk is not even created
    line = refused_cleanly(run_dipgraph("load", str(folder), "--store", str(new)))
    assert line.startswith(f"Error: {new}: not enough free disk space to create the store: "), line
    assert files(small_disk) == before
    with open_store(db, read_only=True) as store:
        assert snapshot(store) == graph


def test_a_bulk_copy_load_on_a_small_disk_stops_cleanly(many_folder: Path, small_disk: Path) -> None:
    db = small_disk / "bulk.db"
    fill(small_disk, leave=checkpoint_reserve(0, 0) + 400_000)  # room to create the store, not for its rows
    line = refused_cleanly(run_dipgraph("load", str(many_folder), "--bulk", "--store", str(db)))
    assert line.startswith(f"Error: {db}: bulk load stopped after "), line
    assert "so the store is partial; delete it and load again" in line, line
    assert "not enough free disk space to bulk load the next chunk" in line, line


@pytest.mark.parametrize("value", ["lots", "-1", "nan"])
def test_a_bad_disk_reserve_setting_is_a_clear_error(folder: Path, tmp_path: Path, value: str) -> None:
    result = runner.invoke(app, ["load", str(folder / "doc-0000.json"), "--store", str(tmp_path / "s.db")],
                           env={"DIPGRAPH_DISK_RESERVE_MB": value})
    assert result.exit_code == 3, result.output
    [line] = result.stderr.strip().splitlines()
    assert line == f"Error: DIPGRAPH_DISK_RESERVE_MB={value!r}: expected a number of megabytes, 0 or more"


# A write that fails although the guard let it through (another process filled the disk in
# between): the error is clean, the process ends normally, the next open recovers every commit.
UNGUARDED_LOAD = """
import sys
sys.path.insert(0, {here!r})
from synthetic_docs import make_documents
from dipgraph.errors import StoreError
from dipgraph.graph.store import open_store
with open_store({db!r}) as store:
    store._guard = None  # what a disk filled by someone else looks like to the store
    for doc in make_documents({count}, statements=40, seed=5):
        try:
            store.write(doc)
        except StoreError as exc:
            print(exc)
            break
"""


def test_a_write_failing_past_the_guard_is_a_clean_error_not_an_abort(
        many_docs: list[Any], small_disk: Path, caplog: pytest.LogCaptureFixture) -> None:
    db = small_disk / "store.db"
    filler = fill(small_disk, leave=1_500_000)  # the log fills the disk after a dozen articles
    script = UNGUARDED_LOAD.format(here=str(Path(__file__).parent), db=str(db), count=MANY)
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300, cwd=REPO,
                         env={**os.environ, "DIPGRAPH_DISK_RESERVE_MB": "0"})
    assert run.returncode == 0, run.stderr[-3000:]  # no SIGABRT from LadybugDB's destructor
    no_traceback(run.stderr)
    assert run.stdout.startswith(f"{db}: writing the store failed (0.0 MB free in {small_disk}): LadybugDB "
                                 f"could not write {db}.wal; if the disk is full, free some space"), run.stdout
    filler.unlink()
    with open_store(db) as store:  # recovers the committed transactions from the torn log
        assert 0 < check_atomic(store, many_docs) < MANY


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
