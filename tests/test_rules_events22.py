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


def test_agreeing_to_do_something_that_names_an_event_is_an_agreement(extractor: Extractor) -> None:
    """'A and B agreed to increase releases of water': what was agreed names an event (a release) still to come;
    the agreement is the event (057, the first-named's). A truce agreed to is the event itself, no agreement."""
    found = events(extractor, "Drought row\n\nLISBON - Portugal and Spain agreed on Tuesday to increase releases of "
                              "water into the Tagus from Spanish reservoirs.\n", "05")
    assert found == [("057", ["Portuguese government"], ["Spanish government"])], found
    found = events(extractor, "Border row\n\nLISBON - Portugal and Spain agreed on Tuesday to restore the ceasefire "
                              "along the river.\n", "05")
    assert found == [], found
