"""Statement rules of the thirty-first session, on short texts of our own with invented people."""

from __future__ import annotations

from dipgraph.loaders.extract import Extractor

BRIEFING = (
    "Ministry of Foreign Affairs of Norland\nRegular press briefing\n12 March 2026\n\n"
    "SPOKESPERSON HALVORSEN: Good afternoon. I have two announcements, and then Director-General Ruud will join me "
    "for your questions. I have with me Mr. Anders Ruud, Director-General for Consular Affairs, who led our team to "
    "Kestria last week. Please keep them short.\n\n"
    "Norland has recalled its ambassador from Kestria for consultations.\n\n"
    "QUESTION: Will the crossing reopen?\n\n"
    "DIRECTOR-GENERAL RUUD: If I may add: the crossing will stay closed until the two detained fishermen are "
    "released. If I may add one point. Our consul visited them on Tuesday.\n\n"
    "SPOKESPERSON HALVORSEN: That concludes today's briefing.\n"
)


def dated(extractor: Extractor, text: str) -> list[tuple[str, str | None]]:
    """(text, date) of every statement extracted from a text."""
    doc = extractor.extract(text, date="2026-03-12")
    return [(n.properties["text"], n.properties.get("date")) for n in doc.nodes if n.label == "Statement"]


def texts(extractor: Extractor, text: str) -> list[str]:
    """The text of every statement extracted from a text."""
    return [said for said, _date in dated(extractor, text)]


def test_a_briefings_running_order_is_no_statement(extractor: Extractor) -> None:
    """'I have two announcements, and then X will join me', 'I have with me Mr. X', 'Please keep them short',
    'That concludes today's briefing': how the spokesperson runs the briefing, not what the ministry says."""
    found = texts(extractor, BRIEFING)
    for words in ("two announcements", "I have with me", "keep them short", "concludes", "If I may add one point"):
        assert not [t for t in found if words in t], (words, found)


def test_what_follows_if_i_may_add_is_the_statement(extractor: Extractor) -> None:
    """'If I may add: the crossing will stay closed ...': the words after the lead-in are the statement, and the
    sentences that say something stay."""
    found = texts(extractor, BRIEFING)
    assert any(t.startswith("the crossing will stay closed") for t in found), found
    assert any("recalled its ambassador" in t for t in found), found
    assert any("Our consul visited them" in t for t in found), found


def test_asked_about_set_off_by_commas_is_no_statement_and_dates_the_answer(extractor: Extractor) -> None:
    """'Spokeswoman X, asked about the summons at a briefing on Wednesday, said ...': she was asked, which says
    nothing of hers; what she said is the statement, said on the day she was asked."""
    text = ("KESTRIA CITY, March 12, 2026 (Wire) - Norland summoned Kestria's ambassador on Monday. Foreign Ministry "
            "spokeswoman Ilse Varga, asked about the summons at a news briefing on Wednesday, said the islands "
            "were Kestrian territory.\n")
    found = dated(extractor, text)
    assert not [t for t, _d in found if t.startswith("asked about")], found
    assert ("the islands were Kestrian territory", "2026-03-11") in found, found


def test_an_official_asking_about_something_still_speaks(extractor: Extractor) -> None:
    """Guards the change: 'The minister asked about the fate of the detained fishermen', no commas around it, is
    the minister's question."""
    text = ("KESTRIA CITY, March 12, 2026 (Wire) - Foreign Minister Ilse Varga met Norland's ambassador on Monday. "
            "Varga asked about the fate of the detained fishermen.\n")
    assert [t for t, _d in dated(extractor, text) if t.startswith("asked about")], dated(extractor, text)
