"""Statement rules of the thirty-third session, on short texts of our own with invented people."""

from __future__ import annotations

from dipgraph.loaders.extract import Extractor


def dated(extractor: Extractor, text: str) -> dict[str, str | None]:
    """The date of every statement extracted from a text, by its text."""
    doc = extractor.extract(text, date="2026-05-19")
    return {n.properties["text"]: n.properties.get("date") for n in doc.nodes if n.label == "Statement"}


def test_a_year_in_what_a_statement_says_does_not_date_it(extractor: Extractor) -> None:
    """'The ministry said in a statement that the talks had failed when Chile refused to sign in 2019': 2019 is
    told in the statement, not when it was made (a day of the words that carry it still dates it)."""
    found = dated(extractor, "Talks row\n\nLIMA — Peru protested to Chile on Monday.\n\nThe Peruvian Foreign "
                             "Ministry said in a statement that the talks had failed when Chile refused to sign in "
                             "2019.\n")
    assert found.get("the talks had failed when Chile refused to sign in 2019") not in (None, "2019"), found


def test_the_day_of_the_statement_itself_still_dates_it(extractor: Extractor) -> None:
    """Guards a case next to the change: 'said in a statement issued on Wednesday that ...' is Wednesday's."""
    found = dated(extractor, "Talks row\n\nLIMA — Peru protested to Chile on Monday.\n\nThe Peruvian Foreign "
                             "Ministry said in a statement issued on Wednesday that the talks had failed.\n")
    assert found.get("the talks had failed") == "2026-05-13", found
