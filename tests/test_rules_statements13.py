"""Statement rules of the thirty-fifth session, on short texts of our own with invented people."""

from __future__ import annotations

import pytest

from dipgraph.loaders.extract import Extractor


def acts(extractor: Extractor, text: str) -> dict[str, str]:
    """The act of every statement extracted from a text, by its text."""
    doc = extractor.extract(text, date="2026-03-12")
    return {n.properties["text"]: n.properties["act"] for n in doc.nodes if n.label == "Statement"}


_CROSSING = ("Crossing row\n\nACCRA - Ghana and Togo met on Monday.\n\nGhanaian Foreign Minister Ama Owusu told "
             "reporters: ")


@pytest.mark.parametrize("quote, act", [
    ("We agreed to reopen the crossing next week.", "promise"),
    ("We agreed that the joint commission will meet in April.", "promise"),
    ("We did not agree to reopen the crossing.", "deny"),  # the rule's edge: a denial pledges nothing
])
def test_a_partys_own_we_agreed_is_a_promise(extractor: Extractor, quote: str, act: str) -> None:
    """'"We agreed to reopen the crossing," the minister said': one party's own account of what was agreed is its
    pledge, whatever the tense of 'agreed'."""
    found = acts(extractor, f"{_CROSSING}\"{quote}\"\n")
    assert found.get(quote) == act, found


def test_an_agreement_told_by_one_of_its_sides_is_its_promise(extractor: Extractor) -> None:
    """'The Ghanaian Foreign Ministry said the two ministers had agreed to set up a joint commission': told by one of
    the story's two sides, the agreement is its own pledge."""
    found = acts(extractor, "Crossing row\n\nACCRA - Ghana and Togo met on Monday over the closed crossing.\n\nThe "
                            "Ghanaian Foreign Ministry said the two ministers had agreed to set up a joint "
                            "commission.\n")
    assert found.get("the two ministers had agreed to set up a joint commission") == "promise", found


def test_an_agreement_told_by_a_third_party_is_no_promise(extractor: Extractor) -> None:
    """Guards the rule's edge: the same words told by a mediator of neither side assert."""
    found = acts(extractor, "Crossing row\n\nACCRA - Ghana and Togo met on Monday over the closed crossing.\n\nThe "
                            "Ghanaian and Togolese ministers met again on Tuesday.\n\nThe ECOWAS Commission said the "
                            "two ministers had agreed to set up a joint commission.\n")
    assert found.get("the two ministers had agreed to set up a joint commission") == "assert", found


_COMPENSATION = ("Compensation row\n\nSEOUL - South Korea protested on Monday.\n\nForeign Ministry spokesperson Han "
                 "Min-ho told reporters: ")


@pytest.mark.parametrize("quote, act", [
    ("I can confirm that the police detained two men on Tuesday.", "assert"),
    ("We explained the government's position on the compensation to the Japanese side.", "assert"),
    ("We believe the talks will succeed.", "comment"),  # the change's edge: a view in the first person
])
def test_telling_what_was_done_or_said_asserts(extractor: Extractor, quote: str, act: str) -> None:
    """'I can confirm that ...' tells a fact (no reading of events), and 'we explained our position' tells what the
    speaker's side said: both assert, not comment."""
    found = acts(extractor, f"{_COMPENSATION}\"{quote}\"\n")
    assert found.get(quote) == act, found


@pytest.mark.parametrize("clause, act", [
    ("she regretted the closure", "criticize"),
    ("she rejected the accusation", "reject"),
])
def test_a_judgement_the_speaker_makes_in_a_reported_clause_is_its_act(extractor: Extractor, clause: str,
                                                                       act: str) -> None:
    """'X said she regretted the closure': the speaker's own verb in the clause does what it says (the guide:
    regret at a named party's act criticizes)."""
    found = acts(extractor, "Closure row\n\nARUSHA - Burundi closed its border on Monday.\n\nEAC Secretary General "
                            f"Esther Wambui said on Tuesday {clause} and urged Burundi to reconsider it.\n")
    assert found.get(clause) == act, found


@pytest.mark.parametrize("sentence, text", [
    ("Egypt summoned the chargé to protest what it called the \"degrading treatment\" of its citizens.",
     "degrading treatment"),
    ("Italy summoned the ambassador to protest against what it called Malta's repeated failures to act.",
     "called Malta's repeated failures to act"),
])
def test_what_a_protest_calls_something_criticizes(extractor: Extractor, sentence: str, text: str) -> None:
    """'to protest (against) what it called X': the words are the protest's own, which criticize, whatever X is."""
    found = acts(extractor, f"Rescue row\n\nROME - The row grew on Monday.\n\n{sentence}\n")
    assert found.get(text) == "criticize", found


def test_no_one_did_it_in_the_passive_denies(extractor: Extractor) -> None:
    """'"No shots were fired," the minister said' after a charge of firing: the deed denied, as 'nobody fired' is."""
    found = acts(extractor, "Border row\n\nMALABO - Gabon accused Equatorial Guinea of firing on its boats on "
                            "Monday.\n\n\"No shots were fired,\" Defence Minister Celestino Mba said.\n")
    assert found.get("No shots were fired,") == "deny", found


_ROW = "Pilgrims row\n\nTEHRAN - Iran protested to Saudi Arabia on Monday over the treatment of pilgrims.\n\n"


@pytest.mark.parametrize("body, text, act", [
    ("Foreign Ministry spokesman Ali Rahimi warned that Tehran could suspend the flights.",
     "Tehran could suspend the flights", "threaten"),
    ("Foreign Ministry spokesman Ali Rahimi told reporters: \"If this happens again, we will take every measure.\"",
     "If this happens again, we will take every measure.", "threaten"),
    ("Foreign Ministry spokesman Ali Rahimi told reporters: \"Iran reserves the right to respond.\"",
     "Iran reserves the right to respond.", "threaten"),
    ("Foreign Ministry spokesman Ali Rahimi warned that Riyadh would face the consequences.",
     "Riyadh would face the consequences", "warn"),
    ("Foreign Ministry spokesman Ali Rahimi told reporters: \"If this happens again, we will not allow it.\"",
     "If this happens again, we will not allow it.", "warn"),
])
def test_a_warning_of_what_the_speakers_own_side_will_do_threatens(extractor: Extractor, body: str, text: str,
                                                                   act: str) -> None:
    """The guide's rule: a threat is a warning of what the speaker's own side will do ('Tehran could suspend the
    flights', 'we will take every measure'); a warning of what others will suffer stays a warning, and so does a
    line drawn ('we will not allow it')."""
    found = acts(extractor, _ROW + body + "\n")
    assert found.get(text) == act, found


@pytest.mark.parametrize("body, text, act", [
    ("The European Commission said it was following the negotiations very closely.",
     "it was following the negotiations very closely", "comment"),
    ("Foreign Minister Karin Lund told reporters: \"We met for two hours. It was a frank meeting.\"",
     "We met for two hours. It was a frank meeting.", "comment"),
    ("Foreign Minister Karin Lund told reporters: \"We met for two hours. This will be the first meeting.\"",
     "We met for two hours. This will be the first meeting.", "assert"),
])
def test_watching_closely_and_judging_an_occasion_comment(extractor: Extractor, body: str, text: str,
                                                          act: str) -> None:
    """'was following the negotiations very closely' (whatever is followed) and 'It was a frank meeting' comment;
    'This will be the first meeting' tells a fact."""
    found = acts(extractor, "Talks\n\nSTOCKHOLM - Sweden and Turkey met on Monday.\n\n" + body + "\n")
    assert found.get(text) == act, found


@pytest.mark.parametrize("quote", [
    "We do not recognise a ruling by a tribunal we never accepted.",
    "It's not on the table, and it was never on the table.",
    "The memorandum is null and void.",
])
def test_refusing_to_recognise_or_discuss_rejects(extractor: Extractor, quote: str) -> None:
    """'We do not recognise the ruling', 'It's not on the table', 'null and void': a refusal of what the other side
    put forward."""
    found = acts(extractor, "Ruling row\n\nZAGREB - Croatia and Slovenia traded notes on Monday.\n\nForeign "
                            f"Minister Tomislav Horvat told reporters: \"{quote}\"\n")
    assert found.get(quote) == "reject", found
