"""Event rules learnt from the opened blind sets fresh20-31, on short texts of our own with invented people."""

from __future__ import annotations

from dipgraph.loaders.extract import Extractor
from tests.test_rules_events_context import S, events, pairs


def test_a_recalled_high_commissioner_is_a_recalled_envoy(extractor: Extractor) -> None:
    found = events(extractor, "Botswana recalled its High Commissioner to Namibia on Monday.")
    assert pairs(found, "recall of ambassador") == {(S("Botswanan government"), S("Namibian government"))}


def test_companies_and_contingents_deployed_are_troops(extractor: Extractor) -> None:
    found = events(extractor, "Zambia deployed two companies of soldiers to the border with Malawi on Monday.")
    assert pairs(found, "military posture") == {(S("Zambian government"), S("Malawian government"))}


def test_a_suspended_agreement_is_a_treaty_suspended(extractor: Extractor) -> None:
    found = events(extractor, "Moldova suspended its fishing agreement with Ukraine on Monday.")
    assert pairs(found, "reduce relations (treaty suspended)") == {(S("Moldovan government"),
                                                                    S("Ukrainian government"))}
