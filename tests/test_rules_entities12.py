"""Institutions: rules learnt from the opened sets fresh68-79 (nineteenth session), on short invented sentences."""

from __future__ import annotations

from test_rules_entities2 import extract

from dipgraph.loaders.extract import Extractor


def _aliases(doc, name: str) -> set[str]:
    node = next(n for n in doc.nodes if n.label == "Institution" and n.properties["name"] == name)
    return {name, *node.properties.get("aliases", [])}


def test_a_ministry_is_also_named_as_its_state_styles_it(extractor: Extractor) -> None:
    # 'Singaporean Foreign Ministry' is how others write it; 'Singapore Ministry of Foreign Affairs' how Singapore does
    doc = extract(extractor, "Headline\n\nSINGAPORE — Singapore's Ministry of Foreign Affairs summoned Malaysia's "
                             "High Commissioner on Monday. The Singaporean Transport Ministry said flights ran.")
    assert {"Singapore Ministry of Foreign Affairs", "Singapore Foreign Ministry"} <= _aliases(
        doc, "Singaporean Foreign Ministry")
    assert "Singapore Transport Ministry" in _aliases(doc, "Singaporean Transport Ministry")
