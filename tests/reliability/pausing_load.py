"""Run `dipgraph load` with a pause inside the write of one article, for kill tests.

    python pausing_load.py N dipgraph-arguments...

Writes happen as usual through the real store, except that the N-th article's write
stops halfway through its batches (its transaction open), prints PAUSED and sleeps,
so the test can SIGKILL the process at exactly that moment. Nothing else is changed.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from typing import Any

from dipgraph.graph import cypher, embedded, neo4j_store

PAUSE_AT = int(sys.argv[1])
_written = 0


class _PausingPlan(list):
    """The batches of one write; iterating stops halfway if this is the write to pause in."""

    pause = False

    def __iter__(self) -> Iterator[Any]:
        for number, batch in enumerate(super().__iter__()):
            if self.pause and number == max(1, len(self) // 2):
                print("PAUSED", flush=True)
                time.sleep(600)
            yield batch


def _plan(doc: Any, batch_size: int = 5000) -> list[Any]:
    global _written
    _written += 1
    batches = _PausingPlan(cypher.plan(doc, batch_size))
    batches.pause = _written == PAUSE_AT
    return batches


embedded.plan = _plan
neo4j_store.plan = _plan

if __name__ == "__main__":
    from dipgraph.cli import app

    app(sys.argv[2:], prog_name="dipgraph")
