"""Event rules of the thirty-sixth session, on short texts of our own with invented people."""

from __future__ import annotations

from test_rules_events21 import DATE, events

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


def test_a_call_the_parser_read_as_a_titles_modifier_is_still_a_call(extractor: Extractor) -> None:
    """'..., Hamid Salem al-Nuaimi, telephoned Defence Minister Abdi Warsame ...': the parser hung 'telephoned' on the
    title as a modifier; the call is still the subject's, aimed at the name the title opens."""
    found = events(extractor, "Cash row\n\nMOGADISHU - Somalia protested on Monday.\n\nA Somali official said the "
                              "UAE's minister of state for defence affairs, Hamid Salem al-Nuaimi, telephoned Defence "
                              "Minister Abdi Nur Warsame late on Sunday.\n", "04")
    assert ("041", ["Hamid Salem al-Nuaimi"], ["Abdi Nur Warsame"]) in found, found


def test_a_summons_the_parser_read_as_a_titles_modifier_is_dated_by_the_sentence(extractor: Extractor) -> None:
    """'Yesterday, First Vice Foreign Minister A summoned Chinese Ambassador B to the ministry': the parser made
    B the sentence's root and 'summoned' its modifier; 'to the ministry' is where, not whom, and 'Yesterday' dates
    the summons."""
    doc = extractor.extract("Sea row\n\nSEOUL - South Korea protested on Tuesday.\n\nThe coast guard sent two ships "
                            "to the area on Saturday, and our vessels remained on station until the Chinese ships "
                            "withdrew on Sunday afternoon.\n\nYesterday, First Vice Foreign Minister Yoon Seo-jin "
                            "summoned Chinese Ambassador Fang Weidong to the ministry and lodged a strong protest.\n",
                            date=DATE)
    names = {n.id: n.properties.get("name") for n in doc.nodes}
    summons = [(n.properties.get("date"), sorted(names[r.end] for r in doc.relationships
                                                 if r.start == n.id and r.type == "TARGET"))
               for n in doc.nodes if n.label == "Event" and n.properties["cameo"] == "114"]
    assert any(date == "2026-03-10" and "Chinese government" in targets for date, targets in summons), summons


def test_later_in_the_day_and_that_evening_date_an_event_by_the_day_named_before(extractor: Extractor) -> None:
    """'Later in the day, Tokyo summoned ...', '... that evening': the day named just before, as 'the same day'
    already was."""
    for when in ("Later in the day, Tokyo summoned the Russian ambassador.",
                 "Tokyo summoned the Russian ambassador that evening."):
        doc = extractor.extract("Islands row\n\nTOKYO - Japan protested on Tuesday.\n\nRussian jets crossed into "
                                f"Japanese airspace on Monday, the ministry said. {when}\n", date=DATE)
        dates = [n.properties.get("date") for n in doc.nodes if n.label == "Event" and n.properties["cameo"] == "114"]
        assert dates == ["2026-03-09"], (when, dates)
