"""Event rules of the thirty-sixth session, on short texts of our own with invented people."""

from __future__ import annotations

from test_rules_events21 import events

from dipgraph.loaders.extract import Extractor


def test_ministers_of_three_countries_meeting_is_the_first_named_ministrys(extractor: Extractor) -> None:
    """'Defence ministers of A, B and C met': a thing done together by ministries whose countries the subject names
    in a row is the first-named's, with the others as targets (two events, not one per ordered pair)."""
    found = events(extractor, "Force row\n\nNIAMEY - Interior ministers of Chad, Mali and Niger met in Niamey on "
                              "Saturday to discuss a joint force, Niger's state television reported.\n", "04")
    assert sorted(found) == [("044", ["Chadian Interior Ministry"], ["Malian Interior Ministry"]),
                             ("044", ["Chadian Interior Ministry"], ["Nigerien Interior Ministry"])], found
