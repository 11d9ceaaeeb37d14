"""People, institutions and roles: rules learnt from the opened blind sets fresh17-19 and checked on fresh5-16 (fixed
by kind: whose country a title is when the words next to it do not say), each on short invented sentences about
other conflicts (not from any sample or dev article)."""

from __future__ import annotations

from test_rules_entities import institutions
from test_rules_entities2 import extract

from dipgraph.loaders.extract import Extractor


def test_a_ministry_named_by_portfolio_also_has_its_formal_name(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nThe Zambian Defence Ministry said on Monday that two soldiers had been "
                             "detained. Malawi's Justice Ministry said it would not comment.")
    names = {a for e in institutions(doc).values() for a in [e["name"], *(e.get("aliases") or [])]}
    assert {"Zambian Ministry of Defense", "Malawian Ministry of Justice"} <= names
    assert "Zambian Ministry of Foreign" not in names
