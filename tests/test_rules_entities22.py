"""Roles: rules of the twenty-ninth session, on short texts of our own."""

from __future__ import annotations

from test_rules_roles_links import roles_of

from dipgraph.loaders.extract import Extractor

DATE = "2024-03-20"


def test_a_portfolio_written_as_a_list_is_one_ministry(extractor: Extractor) -> None:
    """'Minister of Lands, Water, Fisheries and Rural Affairs': a portfolio no list has, written with commas, is
    still one ministry of that name, not a bare minister of the government."""
    doc = extractor.extract("Drought talks\n\nWINDHOEK — Namibia's Minister of Lands, Water, Fisheries and Rural "
                            "Affairs, Hendrina Nangolo, said on Tuesday that the river treaty must be reviewed.",
                            date=DATE)
    assert roles_of(doc, "Hendrina Nangolo") == {
        ("Minister of Lands, Water, Fisheries and Rural Affairs",
         "Namibian Lands, Water, Fisheries and Rural Affairs Ministry")}, roles_of(doc, "Hendrina Nangolo")


def test_a_portfolio_of_two_words_is_still_one_ministry(extractor: Extractor) -> None:
    """Guards a case next to the change: 'Minister of Water and Energy' was read before it."""
    doc = extractor.extract("Drought talks\n\nWINDHOEK — Namibia's Minister of Water and Energy, Hendrina "
                            "Nangolo, said on Tuesday that the river treaty must be reviewed.", date=DATE)
    assert roles_of(doc, "Hendrina Nangolo") == {
        ("Minister of Water and Energy", "Namibian Water and Energy Ministry")}, roles_of(doc, "Hendrina Nangolo")
