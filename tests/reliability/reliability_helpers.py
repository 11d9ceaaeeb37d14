"""Helpers for the reliability tests: a store as the command line names it, and running the real CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from dipgraph.graph.store import Store

REPO = Path(__file__).parent.parent.parent


@dataclass
class Target:
    """A store to load into, by name (embedded or neo4j): its CLI options and a way to open it."""

    kind: str
    args: list[str]
    opener: Callable[[], Store]

    def open(self) -> Store:
        """A new connection to the store (the caller closes it)."""
        return self.opener()


def dipgraph_command(*args: str) -> list[str]:
    """The argv of `python -m dipgraph ARGS` for a subprocess."""
    return [sys.executable, "-m", "dipgraph", *args]


def run_dipgraph(*args: str, cwd: Path | None = None, timeout: float = 120,
                 env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run the real command line in a subprocess and return what it printed and its exit code."""
    return subprocess.run(dipgraph_command(*args), capture_output=True, text=True, timeout=timeout,
                          cwd=cwd or REPO, env={**os.environ, **(env or {})}, stdin=subprocess.DEVNULL)


def no_traceback(output: str) -> None:
    """Assert a command printed no Python traceback."""
    assert "Traceback (most recent call last)" not in output, output[-3000:]
