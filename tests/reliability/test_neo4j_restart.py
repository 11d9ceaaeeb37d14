"""Neo4j restarted in the middle of a load, for real, on a second server of the module's own.

The shared test server (7687) is never touched: this module starts tests/neo4j-server on
a free port with its own data folder and password, stops it (SIGTERM, or SIGKILL) while
`dipgraph load` runs in a subprocess, and starts it again on the same data folder.
The loader must ride out the restart (the driver retries each article's transaction), or,
when the server stays down longer than DIPGRAPH_NEO4J_RETRY_SECONDS, stop with one clean
error line; either way every article is whole or absent and a re-run gives the clean graph.

Run with -s to see the measured figures (restart, loader wait, retries).
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import pytest
from bolt_proxy import CommitCuttingProxy
from neo4j import GraphDatabase
from reliability_helpers import REPO, dipgraph_command, no_traceback
from synthetic_docs import check_atomic, clean_load, documents_folder, make_documents, snapshot
from typer.testing import CliRunner

from dipgraph.cli import app
from dipgraph.graph.document import GraphDocument
from dipgraph.graph.neo4j_store import RETRY_ENV, Neo4jStore

HERE = Path(__file__).parent
START_SH = REPO / "tests" / "neo4j-server" / "start.sh"
PASSWORD = "restart-test-secret"
# Small, and quick to start on a 2-core machine next to the shared server (C1 compiler only).
JAVA_OPTS = "-Xms64m -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1"
START_TIMEOUT = 180.0
COUNT = 40  # articles: ~0.1 s each to write, so a load outlasts the moment a test stops the server
RETRIED = "Transaction failed and will be retried"  # the driver's warning, shown with -v


def free_port() -> int:
    """A TCP port nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class OwnServer:
    """A Neo4j server this module starts, stops and restarts on one data folder."""

    home: Path
    port: int = field(default_factory=free_port)
    proc: subprocess.Popen[bytes] | None = None
    starts: int = 0

    @property
    def uri(self) -> str:
        return f"bolt://127.0.0.1:{self.port}"

    @property
    def log(self) -> Path:
        return self.home.parent / f"neo4j-{self.starts}.log"

    def start(self) -> float:
        """Start the server on its data folder; return the seconds until it printed READY."""
        assert self.proc is None or self.proc.poll() is not None, "already running"
        self.starts += 1
        env = {**os.environ, "NEO4J_PASSWORD": PASSWORD, "JAVA_OPTS": JAVA_OPTS}
        began = time.monotonic()
        with open(self.log, "wb") as log:
            self.proc = subprocess.Popen(
                [str(START_SH), "--home", str(self.home), "--port", str(self.port), "--pagecache-mb", "32"],
                stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=True)
        while b"NEO4J READY" not in self.log.read_bytes():
            if self.proc.poll() is not None or time.monotonic() - began > START_TIMEOUT:
                self.kill()
                pytest.fail(f"own Neo4j did not start; {self.log}:\n{self.log.read_text()[-3000:]}")
            time.sleep(0.1)
        return time.monotonic() - began

    def stop(self, sig: signal.Signals = signal.SIGTERM) -> float:
        """Send the server a signal; return the seconds until the process was gone."""
        assert self.proc is not None and self.proc.poll() is None, "not running"
        began = time.monotonic()
        self.proc.send_signal(sig)
        self.proc.wait(timeout=90)
        return time.monotonic() - began

    def kill(self) -> None:
        """Make sure the server is gone, whatever state a test left it in (its data is thrown away)."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=30)

    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def store(self) -> Neo4jStore:
        """A store on this server (the caller closes it)."""
        return Neo4jStore(self.uri, user="neo4j", password=PASSWORD)

    def articles(self) -> int:
        """How many articles are committed: what other sessions can see."""
        with GraphDatabase.driver(self.uri, auth=("neo4j", PASSWORD), connection_timeout=5) as driver:
            records, _, _ = driver.execute_query("MATCH (a:Article) RETURN count(a) AS n")
            return int(records[0]["n"])


@pytest.fixture(scope="module")
def own_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OwnServer]:
    """A second Neo4j server for this module only, stopped at the end even when a test fails."""
    server = OwnServer(tmp_path_factory.mktemp("own-neo4j") / "home")
    try:
        seconds = server.start()
        print(f"\nown Neo4j on {server.uri}: first start {seconds:.1f} s")
        yield server
    finally:
        server.kill()


@pytest.fixture
def server(own_server: OwnServer) -> OwnServer:
    """The module's server, running and empty."""
    if not own_server.running():
        own_server.start()
    with own_server.store() as store:
        store.clear()
    return own_server


@pytest.fixture(scope="module")
def docs() -> list[GraphDocument]:
    return make_documents(COUNT, statements=40, seed=11)


@pytest.fixture(scope="module")
def folder(docs: list[GraphDocument], tmp_path_factory: pytest.TempPathFactory) -> Path:
    return documents_folder(docs, tmp_path_factory, "restart-docs")


@pytest.fixture(scope="module")
def clean(folder: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Any], list[Any]]:
    """The graph an uninterrupted load gives (both stores give the same)."""
    return clean_load(folder, tmp_path_factory)


def loader_env(retry: float | None = None) -> dict[str, str]:
    """The environment without the shared server's settings (the loader names its server itself)."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("NEO4J_") and k not in ("DIPGRAPH_STORE", RETRY_ENV)}
    if retry is not None:
        env[RETRY_ENV] = str(retry)
    return env


def login(server: OwnServer) -> list[str]:
    return ["--uri", server.uri, "--user", "neo4j", "--password", PASSWORD]


def start_paused_loader(server: OwnServer, folder: Path, pause_at: int, stderr: IO[str],
                        retry: float | None = None) -> subprocess.Popen[str]:
    """`dipgraph load` that stops inside article `pause_at`'s transaction until a line on stdin."""
    proc = subprocess.Popen(
        [sys.executable, str(HERE / "pausing_load.py"), f"{pause_at}+resume", "load", str(folder), *login(server)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=stderr, text=True, cwd=REPO, env=loader_env(retry))
    assert proc.stdout is not None
    for line in proc.stdout:
        if "PAUSED" in line:
            return proc
    proc.wait(timeout=30)
    stderr.seek(0)
    raise AssertionError(f"the loader never paused (exit {proc.returncode}): {stderr.read()[-3000:]}")


def resume(proc: subprocess.Popen[str]) -> None:
    assert proc.stdin is not None
    proc.stdin.write("go on\n")
    proc.stdin.close()


def finish(proc: subprocess.Popen[str], stderr: IO[str], timeout: float = 240) -> tuple[int, str, str]:
    """Wait for the loader; its exit code, stdout and stderr."""
    out = proc.stdout.read() if proc.stdout else ""
    code = proc.wait(timeout=timeout)
    stderr.seek(0)
    return code, out, stderr.read()


def errors_in(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("Error:")]


def test_server_stopped_during_a_write_and_restarted_the_load_completes(
    server: OwnServer, docs: list[GraphDocument], folder: Path, clean: tuple[list[Any], list[Any]],
    tmp_path: Path,
) -> None:
    with open(tmp_path / "loader.err", "w+") as stderr:
        proc = start_paused_loader(server, folder, pause_at=4, stderr=stderr)
        try:
            assert server.articles() == 3  # article 4's transaction is open, invisible
            stopped = server.stop(signal.SIGTERM)  # a clean shutdown: it ends the open transaction
            began = time.monotonic()
            resume(proc)  # the loader finds the server gone and retries
            started = server.start()
            code, out, err = finish(proc, stderr)
        finally:
            proc.kill()
    waited = time.monotonic() - began
    assert code == 0, err[-3000:]
    assert err == ""  # ridden out quietly: the driver's own connection errors only show with -v
    assert f"Loaded {COUNT} article(s)" in out
    with server.store() as store:
        assert check_atomic(store, docs) == COUNT
        assert snapshot(store) == clean
    print(f"\nSIGTERM during a write: server stopped in {stopped:.1f} s, started again in {started:.1f} s; "
          f"loader done {waited:.1f} s after the server went")


def test_server_killed_mid_load_and_restarted_the_load_completes(
    server: OwnServer, docs: list[GraphDocument], folder: Path, clean: tuple[list[Any], list[Any]],
    tmp_path: Path,
) -> None:
    with open(tmp_path / "loader.err", "w+") as stderr:
        proc = subprocess.Popen(dipgraph_command("-v", "load", str(folder), *login(server)),
                                stdout=subprocess.PIPE, stderr=stderr, text=True, cwd=REPO, env=loader_env())
        try:
            deadline = time.monotonic() + 120
            while (committed := server.articles()) < 3:  # evidence, not a sleep: the loader is writing
                assert proc.poll() is None and time.monotonic() < deadline, "the loader stopped early"
                time.sleep(0.05)
            killed = server.stop(signal.SIGKILL)  # anywhere: inside a write, a commit, between articles
            began = time.monotonic()
            assert proc.poll() is None, "the load ended before the server was killed: use more articles"
            started = server.start()  # recovers from its transaction log
            code, out, err = finish(proc, stderr)
        finally:
            proc.kill()
    waited = time.monotonic() - began
    assert code == 0, err[-3000:]
    no_traceback(err)
    assert not errors_in(err)
    retries = err.count(RETRIED)
    assert retries >= 1, err[-3000:]
    with server.store() as store:
        assert check_atomic(store, docs) == COUNT
        assert snapshot(store) == clean
    print(f"\nSIGKILL after {committed} articles: server gone in {killed:.2f} s, started again (with recovery) "
          f"in {started:.1f} s; loader done {waited:.1f} s after the kill, {retries} driver retries")


def test_server_down_longer_than_the_retry_window_stops_the_load_cleanly(
    server: OwnServer, docs: list[GraphDocument], folder: Path, clean: tuple[list[Any], list[Any]],
    tmp_path: Path,
) -> None:
    with open(tmp_path / "loader.err", "w+") as stderr:
        proc = start_paused_loader(server, folder, pause_at=6, stderr=stderr, retry=3)
        try:
            server.stop(signal.SIGKILL)
            began = time.monotonic()
            resume(proc)
            code, out, err = finish(proc, stderr, timeout=60)
        finally:
            proc.kill()
    waited = time.monotonic() - began
    assert code == 3, err[-3000:]
    [line] = err.splitlines()  # nothing but dipgraph's one line (no driver log, no traceback)
    assert line.startswith(f"Error: {server.uri}: write failed and was retried for 3 s ({RETRY_ENV}), "
                           "nothing was written: no Neo4j server answers (connection refused)"), line
    assert "5 article(s) before it were loaded; running the load again completes it" in line, line
    assert 3 <= waited < 30
    started = server.start()
    with server.store() as store:
        assert check_atomic(store, docs) == 5  # article 6 died with its transaction: absent, not partial
    done = subprocess.run(dipgraph_command("load", str(folder), *login(server)), capture_output=True, text=True,
                          timeout=180, cwd=REPO, env=loader_env(), stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr
    with server.store() as store:
        assert check_atomic(store, docs) == COUNT
        assert snapshot(store) == clean
    print(f"\nserver down past a 3 s retry window: loader stopped {waited:.1f} s after the kill; "
          f"server started again in {started:.1f} s; re-run completed it")


def test_a_commit_whose_answer_is_lost_is_written_again(
    server: OwnServer, docs: list[GraphDocument], folder: Path, clean: tuple[list[Any], list[Any]],
    tmp_path: Path,
) -> None:
    # The connection breaks after the server committed an article but before the loader heard
    # so: the driver cannot retry (it cannot know), the store writes the article again (MERGE).
    proxy = CommitCuttingProxy(server.port)
    via_proxy = ["--uri", f"bolt://127.0.0.1:{proxy.port}", "--user", "neo4j", "--password", PASSWORD]
    try:
        with open(tmp_path / "loader.err", "w+") as stderr:
            proc = subprocess.Popen(dipgraph_command("-v", "load", str(folder), *via_proxy),
                                    stdout=subprocess.PIPE, stderr=stderr, text=True, cwd=REPO, env=loader_env())
            try:
                deadline = time.monotonic() + 120
                while server.articles() < 2:
                    assert proc.poll() is None and time.monotonic() < deadline, "the loader stopped early"
                    time.sleep(0.05)
                proxy.arm()
                code, out, err = finish(proc, stderr)
            finally:
                proc.kill()
    finally:
        proxy.close()
    assert proxy.cut.is_set(), "no COMMIT went through the proxy after it was armed"
    assert code == 0, err[-3000:]
    no_traceback(err)
    assert not errors_in(err)
    assert err.count("the connection broke while committing; writing the article again") == 1, err[-3000:]
    with server.store() as store:
        assert check_atomic(store, docs) == COUNT
        assert snapshot(store) == clean


@pytest.mark.parametrize("value", ["soon", "-5", "nan", "inf"])
def test_a_bad_retry_window_is_a_clear_error(folder: Path, value: str) -> None:
    result = CliRunner().invoke(app, ["load", str(folder), "--store", "bolt://127.0.0.1:1", "--password", "x"],
                                env={RETRY_ENV: value})
    assert result.exit_code == 3
    assert result.stderr.strip().splitlines() == [
        f"Error: {RETRY_ENV}={value!r}: expected a number of seconds, 0 or more"]
