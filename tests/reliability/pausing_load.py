"""Run `dipgraph load` with a pause inside the write of one article, for kill and restart tests.

    python pausing_load.py N dipgraph-arguments...
    python pausing_load.py N+resume dipgraph-arguments...

Writes happen as usual through the real store, except that the first attempt at the N-th
article's write stops halfway through its batches (its transaction open) and prints PAUSED.
Then it sleeps, so a kill test can SIGKILL the process at exactly that moment; or, with
``+resume``, it waits for a line on stdin and goes on (a retried attempt, after a Neo4j
restart, runs straight through). Nothing else is changed.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from typing import Any

from dipgraph.graph import cypher, embedded, neo4j_store

PAUSE_AT, _, MODE = sys.argv[1].partition("+")
_planned = 0


class _PausingPlan(list):
    """The batches of one write; the first pass stops halfway if this is the write to pause in."""

    pause = False

    def __iter__(self) -> Iterator[Any]:
        for number, batch in enumerate(super().__iter__()):
            if self.pause and number == max(1, len(self) // 2):
                self.pause = False  # only once: a retry runs through
                print("PAUSED", flush=True)
                if MODE == "resume":
                    sys.stdin.readline()
                else:
                    time.sleep(600)
            yield batch


def _plan(doc: Any, batch_size: int = 5000) -> list[Any]:
    global _planned
    _planned += 1
    batches = _PausingPlan(cypher.plan(doc, batch_size))
    batches.pause = _planned == int(PAUSE_AT)
    return batches


embedded.plan = _plan
neo4j_store.plan = _plan

if __name__ == "__main__":
    from dipgraph.cli import app

    app(sys.argv[2:], prog_name="dipgraph")
