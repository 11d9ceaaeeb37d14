"""Event rules of the thirtieth session, on short texts of our own with invented people."""

from __future__ import annotations

from dipgraph.loaders.extract import Extractor

DATE = "2026-03-11"  # a Wednesday


def dated(extractor: Extractor, text: str, cameo: str = "") -> list[tuple[str, str | None]]:
    """(CAMEO code, date) of each event extracted from a text whose code starts with ``cameo``."""
    doc = extractor.extract(text, date=DATE)
    return [(n.properties["cameo"], n.properties.get("date")) for n in doc.nodes
            if n.label == "Event" and n.properties["cameo"].startswith(cameo)]


def test_what_a_joined_clause_agrees_does_not_date_the_call(extractor: Extractor) -> None:
    """'The presidents intervened on Friday. X spoke by telephone with Y, and the two agreed that their ministers
    should meet next week': 'next week' is when the ministers meet, not when the presidents spoke, so the call
    takes the day the sentence before names."""
    text = ("Fishing row\n\nLIMA — Peru and Ecuador traded accusations over a seized trawler.\n\n"
            "The presidents intervened on Friday. President Tomás Ledano of Peru spoke by telephone with President "
            "Rubén Salcedo of Ecuador, and the two agreed that their foreign ministers should meet next week in "
            "Tumbes.\n")
    assert ("041", "2026-03-06") in dated(extractor, text, "04"), dated(extractor, text, "04")


def test_a_call_told_with_its_own_later_time_stays_undated(extractor: Extractor) -> None:
    """Guards a case next to the change: 'spoke by telephone two days later' has a time of its own the rules
    cannot read, so the day the sentence before names does not date it."""
    text = ("Fishing row\n\nLIMA — Peru and Ecuador traded accusations over a seized trawler.\n\n"
            "The presidents intervened on Friday. President Tomás Ledano of Peru spoke by telephone with President "
            "Rubén Salcedo of Ecuador two days later.\n")
    assert ("041", "2026-03-06") not in dated(extractor, text, "04"), dated(extractor, text, "04")


def test_a_date_at_the_head_of_the_sentence_dates_the_joined_clause(extractor: Extractor) -> None:
    """'In January, Chad's border guards detained six herders, and the Nigerien Foreign Ministry summoned Chad's
    chargé d'affaires': the month set before the first clause's subject dates the clause joined to it too."""
    text = ("Herders row\n\nNIAMEY — Niger and Chad signed a deal on grazing routes.\n\n"
            "The dispute had strained relations. In January, Chad's border guards detained six Nigerien herders near "
            "the lake, and the Nigerien Foreign Ministry summoned Chad's chargé d'affaires in protest.\n")
    assert ("114", "2026-01") in dated(extractor, text, "11"), dated(extractor, text, "11")


def test_a_joined_clause_with_its_own_time_keeps_it(extractor: Extractor) -> None:
    """Guards a case next to the change: 'Last Thursday, X expelled a diplomat, and Y ordered an official to leave
    the country the next day': the joined clause's own 'the next day' dates it, not the fronted day."""
    text = ("Envoys row\n\nNIAMEY — Niger and Chad traded expulsions.\n\n"
            "Last Thursday, Niger expelled a Chadian diplomat it accused of espionage, and N'Djamena ordered a "
            "Nigerien embassy official to leave the country the next day.\n")
    found = sorted(d for _, d in dated(extractor, text, "16"))
    assert found == ["2026-03-05", "2026-03-06"], found


def test_an_act_done_by_way_of_a_dated_response_takes_its_day(extractor: Extractor) -> None:
    """'Accra responded on Monday by closing the crossing': the closing is how Accra responded, so it happened
    that day."""
    text = ("Border row\n\nLOMÉ — Togo protested over a shooting at the border.\n\n"
            "Accra responded on Monday by closing the Aflao crossing to freight.\n")
    assert ("191", "2026-03-09") in dated(extractor, text, "19"), dated(extractor, text, "19")


def test_a_response_with_its_own_day_keeps_it(extractor: Extractor) -> None:
    """Guards a case next to the change: 'Accra responded by closing the crossing on Friday' is dated by its own
    day."""
    text = ("Border row\n\nLOMÉ — Togo protested over a shooting at the border.\n\n"
            "Accra responded on Monday by closing the Aflao crossing to freight on Friday.\n")
    assert [d for _, d in dated(extractor, text, "19")] == ["2026-03-06"], dated(extractor, text, "19")


FISHERMEN = ("Fishermen row\n\nBANJUL — The Gambia protested to Senegal.\n\n"
             "On March 2, Senegalese sailors detained four Gambian fishermen near the river mouth. {} the "
             "Gambian Foreign Ministry said.\n")


def test_so_many_days_later_counts_from_the_day_named_before(extractor: Extractor) -> None:
    """'On March 2, X detained four fishermen. They were released five days later': five days after the day the
    sentence before names."""
    text = FISHERMEN.format("They were released at the border post five days later after talks,")
    assert ("0841", "2026-03-07") in dated(extractor, text, "08"), dated(extractor, text, "08")


def test_days_later_with_no_count_stays_undated(extractor: Extractor) -> None:
    """Guards a case next to the change: 'days later' says no number of days, so it gives no day."""
    text = FISHERMEN.format("They were released at the border post days later after talks,")
    assert all(d is None for _, d in dated(extractor, text, "08")), dated(extractor, text, "08")


def test_on_the_same_day_is_the_day_named_before(extractor: Extractor) -> None:
    """'On Monday, X closed the crossing. On the same day Y summoned the ambassador': 'the same day' after 'on' is
    the day the sentence before names, as it is without 'on'."""
    text = ("Border row\n\nCAIRO — Egypt protested over the closure.\n\n"
            "On Monday, Sudan closed the Argeen crossing. On the same day Egypt summoned the Sudanese ambassador.\n")
    assert ("114", "2026-03-09") in dated(extractor, text, "11"), dated(extractor, text, "11")
