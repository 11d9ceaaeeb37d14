"""Names, institutions and roles: rules of the twenty-sixth session, on short texts of our own."""

from __future__ import annotations

from test_rules_entities import institutions
from test_rules_entities2 import extract

from dipgraph.loaders.extract import Extractor

SUMMONS = ("Aid worker held\n\nThe arrest has strained ties between the two countries.\n\nTehran's response came "
           "quickly. Foreign Ministry spokesman Hamid Sadeghi called the protest political.\n\n"
           "The Foreign Ministry in Brussels summoned Iran's ambassador last week.")


def _actors(doc) -> set[tuple[str, str]]:
    nodes = {n.id: n for n in doc.nodes}
    return {(nodes[r.start].properties["type"], nodes[r.end].properties["name"])
            for r in doc.relationships if r.type == "ACTOR"}


def test_a_ministry_in_a_capital_is_that_country_s(extractor: Extractor) -> None:
    """'The Foreign Ministry in Brussels' is Belgium's, though the last foreign ministry named was Iran's."""
    doc = extract(extractor, SUMMONS)
    assert "Belgian Foreign Ministry" in institutions(doc)
    assert any(actor == "Belgian Foreign Ministry" for _, actor in _actors(doc))


def test_a_ministry_in_a_place_that_is_no_capital_keeps_its_side(extractor: Extractor) -> None:
    """Guards a case next to the change: 'in Antwerp' is no capital, so the ministry stays the one named before."""
    doc = extract(extractor, SUMMONS.replace("in Brussels", "in Antwerp"))
    assert "Belgian Foreign Ministry" not in institutions(doc)
