"""Statement rules of the thirty-seventh session, on short texts of our own with invented people."""

from __future__ import annotations

from test_rules_statements13 import acts

from dipgraph.loaders.extract import Extractor


def test_a_plain_future_that_awaits_whoever_acts_threatens(extractor: Extractor) -> None:
    """'Anyone who crosses the line will be arrested', 'Whoever fires on our boats will find us waiting': what the
    speaker's side will do to whoever acts threatens, as does force it will use ('will defend every metre') and a
    measure kept until the other side yields; a plain future of what will happen anyway does not."""
    found = acts(extractor, "Border row\n\nARLON - Talks stalled on Monday.\n\nMinister Jan Peeters told reporters: "
                            "\"Anyone who crosses the line will be arrested.\"\n\nPeeters told reporters: \"Whoever "
                            "fires on our boats will find us waiting.\"\n\nPeeters told reporters: \"Norland will "
                            "defend every metre of its coast.\"\n\nPeeters told reporters: \"The tariffs will stay in "
                            "place until Belmark pays its debts.\"\n\nPeeters told reporters: \"The ferry will sail "
                            "on Friday.\"\n")
    assert found.get("Anyone who crosses the line will be arrested.") == "threaten", found
    assert found.get("Whoever fires on our boats will find us waiting.") == "threaten", found
    assert found.get("Norland will defend every metre of its coast.") == "threaten", found
    assert found.get("The tariffs will stay in place until Belmark pays its debts.") == "threaten", found
    assert found.get("The ferry will sail on Friday.") != "threaten", found


def test_a_future_after_an_account_of_what_was_done_or_a_trip_does_not_threaten(extractor: Extractor) -> None:
    """'We met them yesterday. Anyone who ... will ...' in a briefing tells what was done first; a trip announced
    ('A second team will travel to Kell until the talks end') and a future denied do not threaten."""
    found = acts(extractor, "Border row\n\nARLON - Talks stalled on Monday.\n\nMinister Jan Peeters told reporters: "
                            "\"A second team will travel to Kell until the talks end.\"\n\nPeeters told reporters: "
                            "\"Belmark will not defend its coast.\"\n\nPeeters told reporters: \"The minister "
                            "visited the camp yesterday. The camp will stay open until the rains end.\"\n")
    assert found.get("A second team will travel to Kell until the talks end.") != "threaten", found
    assert found.get("Belmark will not defend its coast.") != "threaten", found
    assert found.get("The minister visited the camp yesterday. The camp will stay open until the rains end.") \
        not in (None, "threaten"), found


def test_a_measure_said_to_punish_people_criticizes(extractor: Extractor) -> None:
    """'Closing the crossing punishes farmers', 'It punishes ordinary people': the words charge a measure with harm
    to people, as 'violates' charges a breach; 'We will not punish anyone' and a punishment the speaker's side
    metes out are not charges."""
    found = acts(extractor, "Border row\n\nARLON - Talks stalled on Monday.\n\nMinister Jan Peeters told reporters: "
                            "\"Closing the crossing punishes farmers on both banks.\"\n\nPeeters told reporters: "
                            "\"Our courts punish smugglers.\"\n")
    assert found.get("Closing the crossing punishes farmers on both banks.") == "criticize", found
    assert found.get("Our courts punish smugglers.") != "criticize", found


def test_a_quoted_name_for_a_measure_asserts_what_it_is_and_a_quoted_adjective_judges(extractor: Extractor) -> None:
    """'said the closure was "a security measure, not a sanction"': the quoted noun tells what a thing is (an
    assert, as the sets code such lines), a hostile one charges ('"an attack on our fishermen"'), and quoted
    adjectives judge ('"frank and constructive"' is a comment)."""
    found = acts(extractor, "Border row\n\nARLON - Talks stalled on Monday.\n\nThe Belmark Interior Ministry said "
                            "the closure was \"a security measure, not a sanction\" for now.\n\nNorland's Foreign "
                            "Ministry said the closure was \"an attack on our fishermen\" on Monday.\n\nMinister Jan "
                            "Peeters said the talks had been \"frank and constructive\" on Monday.\n")
    assert found.get('the closure was "a security measure, not a sanction" for now') == "assert", found
    assert found.get('the closure was "an attack on our fishermen" on Monday') == "criticize", found
    assert found.get('the talks had been "frank and constructive" on Monday') == "comment", found


def test_saying_whose_matter_something_is_asserts(extractor: Extractor) -> None:
    """'That is a matter for the courts', 'the quota was a matter for the islands alone': whose business a thing is
    told as a fact (an assert, as the sets mostly code it), no judgement of it."""
    found = acts(extractor, "Border row\n\nARLON - Talks stalled on Monday.\n\nMinister Jan Peeters told reporters: "
                            "\"That is a matter for the courts of Belmark.\"\n")
    assert found.get("That is a matter for the courts of Belmark.") == "assert", found


def test_what_the_speakers_side_says_it_is_not_doing_asserts(extractor: Extractor) -> None:
    """'We are not asking for sanctions', 'We are not blaming anyone': the speaker's side tells its own course, an
    assert (not a request, a denial or a comment); 'We are not going to pay' refuses what is to come, and 'We are not
    closing doors. We are asking Belmark to ...' asks."""
    found = acts(extractor, "Border row\n\nARLON - Talks stalled on Monday.\n\nMinister Jan Peeters told reporters: "
                            "\"We are not asking for sanctions.\"\n\nPeeters told reporters: \"We are not blaming "
                            "anyone.\"\n\nPeeters told reporters: \"We are not closing doors. We are asking Belmark "
                            "to reopen the crossing.\"\n")
    assert found.get("We are not asking for sanctions.") == "assert", found
    assert found.get("We are not blaming anyone.") == "assert", found
    assert found.get("We are not closing doors. We are asking Belmark to reopen the crossing.") == "appeal", found


def test_a_deed_the_speakers_side_is_doing_now_asserts(extractor: Extractor) -> None:
    """'We are patrolling our waters', 'We are preparing a complaint': what the speaker's side is doing now is told
    as a fact (an assert), not a view; 'We are studying the proposal' still weighs (a comment)."""
    found = acts(extractor, "Border row\n\nARLON - Talks stalled on Monday.\n\nMinister Jan Peeters told reporters: "
                            "\"We are preparing a complaint to the regional court.\"\n\nPeeters told reporters: \"We "
                            "are studying the proposal.\"\n")
    assert found.get("We are preparing a complaint to the regional court.") == "assert", found
    assert found.get("We are studying the proposal.") == "comment", found


def test_taking_note_comments_and_acting_without_consultation_is_a_charge(extractor: Extractor) -> None:
    """'We have taken note of the statement': a side acknowledges without judging (a comment); 'the closure had been
    decided "without any prior consultation"': a deed charged with disregard of the speaker's side (criticize)."""
    found = acts(extractor, "Border row\n\nARLON - Talks stalled on Monday.\n\nMinister Jan Peeters told reporters: "
                            "\"We have taken note of the statement from Belmark.\"\n\nThe Norland Foreign Ministry "
                            "said the dam had been built \"without any prior consultation\" with the towns "
                            "downstream.\n")
    assert found.get("We have taken note of the statement from Belmark.") == "comment", found
    assert found.get('the dam had been built "without any prior consultation" with the towns downstream') \
        == "criticize", found


def test_calling_a_deed_a_confiscation_or_its_doers_a_gang_criticizes(extractor: Extractor) -> None:
    """'It is a confiscation, carried out with soldiers at the gates', 'They are armed gangs': labels that charge
    (hostile nouns), as 'an attack' does; 'This is not a provocation' refuses the charge."""
    found = acts(extractor, "Mine row\n\nARLON - Talks stalled on Monday.\n\nMinister Jan Peeters told reporters: "
                            "\"What is happening at the mine is not a reform. It is a confiscation.\"\n\nPeeters told "
                            "reporters: \"The men at the crossing are not traders. They are armed gangs.\"\n")
    assert found.get("What is happening at the mine is not a reform. It is a confiscation.") == "criticize", found
    assert found.get("The men at the crossing are not traders. They are armed gangs.") == "criticize", found


def test_a_warning_of_what_awaits_whoever_acts_threatens(extractor: Extractor) -> None:
    """'warned that anyone who crossed would be detained', 'warned that any attempt to board its boats would be
    repelled': what the speaker's side will do to whoever acts is a threat; 'warned that closing the crossing would
    hurt traders' (what will follow, for others) and 'any violation would be a grave mistake' still warn."""
    found = acts(extractor, "Border row\n\nARLON - Talks stalled on Monday.\n\nThe Norland Interior Ministry warned "
                            "that anyone who crossed the river would be detained.\n\nThe Norland Coast Guard "
                            "warned that any attempt to board its boats would be repelled.\n\nMinister Jan Peeters "
                            "warned that closing the crossing would hurt traders.\n")
    assert found.get("anyone who crossed the river would be detained") == "threaten", found
    assert found.get("any attempt to board its boats would be repelled") == "threaten", found
    assert found.get("closing the crossing would hurt traders") == "warn", found


def test_refusing_to_be_pressured_rejects(extractor: Extractor) -> None:
    """'Norland will not be intimidated in its own waters', 'will not be pressured on this': a side refuses the
    pressure put on it (reject), as 'will not be lectured' does."""
    found = acts(extractor, "Sea row\n\nARLON - Talks stalled on Monday.\n\nMinister Jan Peeters told reporters: "
                            "\"Norland will not be pressured on a matter that is before our courts.\"\n")
    assert found.get("Norland will not be pressured on a matter that is before our courts.") == "reject", found


def test_what_will_be_done_for_every_one_or_no_one_promises(extractor: Extractor) -> None:
    """'Every claim will be heard', 'Nobody who arrives fleeing violence will be turned back': a pledge of what will be
    done for every one (or no one) of some people or things; 'Nobody will be allowed to keep weapons' draws a line
    and 'Nobody will cross this border until ...' holds a measure over others (neither promises)."""
    found = acts(extractor, "Camp row\n\nARLON - Talks stalled on Monday.\n\nMinister Jan Peeters told reporters: "
                            "\"Every claim will be heard.\"\n\nPeeters told reporters: \"Nobody who arrives fleeing "
                            "violence will be turned back.\"\n\nPeeters told reporters: \"Nobody will be allowed to "
                            "keep weapons in the camp.\"\n")
    assert found.get("Every claim will be heard.") == "promise", found
    assert found.get("Nobody who arrives fleeing violence will be turned back.") == "promise", found
    assert found.get("Nobody will be allowed to keep weapons in the camp.") != "promise", found


def test_proof_said_to_be_plain_asserts(extractor: Extractor) -> None:
    """'The evidence is clear', 'The judgment is clear, and Belmark knows it': what proves the speaker's case said to
    be plain tells the facts (an assert), where 'The situation is tense' judges (a comment)."""
    found = acts(extractor, "Border row\n\nARLON - Talks stalled on Monday.\n\nMinister Jan Peeters told reporters: "
                            "\"The judgment is clear, and Belmark knows it.\"\n\nPeeters told reporters: \"The "
                            "situation is tense.\"\n")
    assert found.get("The judgment is clear, and Belmark knows it.") == "assert", found
    assert found.get("The situation is tense.") == "comment", found
