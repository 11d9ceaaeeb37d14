"""Event rules written in the fifth session: what is no event, what kind of event, and who acts, on short texts of
our own with invented people."""

from __future__ import annotations

import pytest

from dipgraph.loaders.extract import Extractor
from tests.test_rules_events_context import events, pairs


@pytest.mark.parametrize("body", [
    "Parliament demanded that the government suspend the talks with Armenia.",
    "Baku insisted that Yerevan withdraw its troops from the villages.",
])
def test_what_a_demand_asks_for_has_not_happened(extractor: Extractor, body: str) -> None:
    assert events(extractor, body) == []


def test_a_that_clause_told_as_fact_is_still_an_event(extractor: Extractor) -> None:
    found = events(extractor, "Baku said that Armenia withdrew its troops from the villages.")
    assert pairs(found, "military withdrawal") == {(frozenset({"Armenian government"}),
                                                    frozenset({"Azerbaijani government"}))}
