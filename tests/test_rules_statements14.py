"""Statement rules of the thirty-sixth session, on short texts of our own with invented people."""

from __future__ import annotations

from test_rules_statements13 import acts

from dipgraph.loaders.extract import Extractor


def test_a_party_said_to_be_ready_to_act_promises_unless_it_is_known_to_be_another_side(
        extractor: Extractor) -> None:
    """'said the Forum was ready to help', 'said Russia was ready to mediate': readiness told by a speaker whose own
    side the text does not tie to the party is an offer (promise), as the sets code 'ready to' (76 of 93); a speaker
    of a known side telling another side's readiness asserts it."""
    found = acts(extractor, "Sea row\n\nSUVA - Talks stalled on Monday.\n\nMere Tuilagi, who chairs the talks, "
                            "said the Forum was ready to help both countries find a peaceful settlement.\n\nJapanese "
                            "Foreign Minister Taro Sato said China was ready to resume talks.\n")
    assert found.get("the Forum was ready to help both countries find a peaceful settlement") == "promise", found
    assert found.get("China was ready to resume talks") == "assert", found


def test_a_step_still_to_come_said_not_taken_asserts(extractor: Extractor) -> None:
    """'No decision has been taken', 'No date has been set', 'no meeting had been scheduled': a plain fact about a
    step still to come, no deed denied (the guide's 'there is no ... as a plain fact'); 'No shots were fired' and
    'no land had been taken' still deny."""
    found = acts(extractor, "Camp row\n\nKIGALI - Talks stalled on Monday.\n\nMinister Jean Habimana told reporters: "
                            "\"No decision has been taken on financing.\"\n\nHabimana told reporters: \"No shots were "
                            "fired at the camp.\"\n")
    assert found.get("No decision has been taken on financing.") == "assert", found
    assert found.get("No shots were fired at the camp.") == "deny", found


def test_cannot_do_one_thing_and_another_charges_bad_faith(extractor: Extractor) -> None:
    """'Belmark cannot talk of peace on Monday and shell our villages on Friday': two deeds held to be
    incompatible criticize, whoever the subject is; 'cannot' with one deed does not."""
    found = acts(extractor, "Border row\n\nARLON - Talks stalled on Monday.\n\nMinister Jan Peeters told reporters: "
                            "\"Belmark cannot talk of peace on Monday and close the crossing on Friday.\"\n\nPeeters "
                            "told reporters: \"We cannot say more today.\"\n")
    assert found.get("Belmark cannot talk of peace on Monday and close the crossing on Friday.") == "criticize", found
    assert found.get("We cannot say more today.") != "criticize", found


def test_refusing_to_be_lectured_rejects(extractor: Extractor) -> None:
    """'We will not be lectured about X', 'would not take lessons', 'need no lessons from anybody', 'will not be
    blackmailed': refusing another side's lecture or pressure rejects it (a cue no longer lost to 'will not be', which
    refuses nothing in 'will not be indifferent')."""
    found = acts(extractor, "Fish row\n\nREYKJAVIK - Talks stalled on Monday.\n\nMinister Jon Sigurdsson told "
                            "reporters: \"We will not be lectured about quotas by those who overfish.\"\n\nSigurdsson "
                            "said Iceland would \"not take lessons\" on fishing from anyone.\n")
    assert found.get("We will not be lectured about quotas by those who overfish.") == "reject", found
    assert found.get("Iceland would \"not take lessons\" on fishing from anyone") == "reject", found
