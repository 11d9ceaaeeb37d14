"""Run `dipgraph load` that pauses inside the write of one article until told to go on, for restart tests.

    python resumable_load.py N dipgraph-arguments...

Writes go through the real Neo4j store, except that the first attempt at the N-th
article's write stops halfway through its batches (its transaction open), prints PAUSED
and waits for a line on stdin before going on. A retried attempt (after the server came
back) runs straight through. Nothing else is changed.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Any

from dipgraph.graph import cypher, neo4j_store

PAUSE_AT = int(sys.argv[1])
_planned = 0


class _PausingPlan(list):
    """The batches of one write; the first pass stops halfway if this is the write to pause in."""

    pause = False

    def __iter__(self) -> Iterator[Any]:
        for number, batch in enumerate(super().__iter__()):
            if self.pause and number == max(1, len(self) // 2):
                self.pause = False  # only once: the driver's retry must run through
                print("PAUSED", flush=True)
                sys.stdin.readline()
            yield batch


def _plan(doc: Any, batch_size: int = 5000) -> list[Any]:
    global _planned
    _planned += 1
    batches = _PausingPlan(cypher.plan(doc, batch_size))
    batches.pause = _planned == PAUSE_AT
    return batches


neo4j_store.plan = _plan

if __name__ == "__main__":
    from dipgraph.cli import app

    app(sys.argv[2:], prog_name="dipgraph")
