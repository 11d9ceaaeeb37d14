"""Statement rules of the twenty-third session, on short texts of our own about invented officials."""

from __future__ import annotations

import pytest

from dipgraph.loaders.extract import Extractor
from tests.test_rules_statements8 import briefing, stated


@pytest.mark.parametrize("line", [
    "That is all we have time for today.",
    "That is all for my opening remarks.",
    "That's all for today.",
    "Minister, the floor is yours.",
    "I now give the floor to Deputy Minister Ilse Brandt.",
    "The next briefing will be held on Thursday.",
    "Let me begin with the incident on Sunday at the Keln crossing near the lake.",
])
def test_lines_that_run_the_briefing_are_no_statements(extractor: Extractor, line: str) -> None:
    doc = extractor.extract(briefing(f"We condemn the seizure of the boat. {line}"), date="2026-03-04")
    assert [act for _who, act in stated(doc, "condemn the seizure")] == ["criticize"]
    assert stated(doc, line.rstrip(".")) == []
