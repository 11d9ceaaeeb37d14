"""Event rules of the twenty-sixth session, on short texts of our own with invented people."""

from __future__ import annotations

from dipgraph.loaders.extract import Extractor
from tests.test_rules_events_context import S, events, pairs

CALL = ("Libya's foreign minister, Nadir Ghallab, spoke with his Chadian counterpart, Abdel Haroun, by telephone on "
        "Wednesday evening.\n\n")


def test_an_agreement_to_convene_a_body_set_up_under_an_older_accord_is_an_agreement(extractor: Extractor) -> None:
    """What a participle says of the object ('set up under the 2018 border agreement') is not what was agreed."""
    found = events(extractor, CALL + "The two ministers agreed to convene the joint security committee set up "
                                     "under the 2018 border agreement.")
    assert (S("Nadir Ghallab"), S("Abdel Haroun")) in pairs(found, "agreement")


def test_an_agreement_to_restore_a_ceasefire_is_still_the_ceasefire(extractor: Extractor) -> None:
    """Guards a case next to the change: the event agreed to in the clause itself is the event, not the agreement."""
    found = events(extractor, CALL + "The two ministers agreed to restore the ceasefire.")
    assert not pairs(found, "agreement") and (S("Nadir Ghallab"), S("Abdel Haroun")) in pairs(found, "ceasefire")


def test_a_state_closing_a_bridge_closes_a_crossing(extractor: Extractor) -> None:
    """A bridge is one of the crossings a state closes ('closed the Ngala bridge to cattle traffic')."""
    found = events(extractor, "Niger closed the Ngala bridge to cattle traffic on Monday after the clashes.")
    assert (S("Nigerien government"), S()) in pairs(found, "border closure"), found


def test_a_bridge_closed_by_no_one_named_is_no_event(extractor: Extractor) -> None:
    """Guards a case next to the change: a closure needs its actor ('the bridge was closed for repairs')."""
    found = events(extractor, "The Ngala bridge was closed for repairs on Monday.")
    assert not pairs(found, "border closure"), found


def test_people_freed_from_a_seized_boat_go_back_to_the_boat_s_state(extractor: Extractor) -> None:
    """A release with no target of its own takes the nationality of what the seizure held ('a Samoan longliner')."""
    found = events(extractor, "The Fijian navy seized a Samoan longliner north of Lautoka on Monday.\n\n"
                              "Its crew were released on Friday.")
    assert (S("Fijian government"), S("Samoan government")) in pairs(found, "release of prisoners"), found


def test_people_freed_after_an_arrest_go_back_to_the_arrest_s_target(extractor: Extractor) -> None:
    """Guards a case next to the change: an arrest that names whose people it held gives the release its target."""
    found = events(extractor, "Fijian police detained 14 Tongan fishermen near Lautoka on Monday.\n\n"
                              "They were released on Friday.")
    assert pairs(found, "release of prisoners") == {(S("Fijian government"), S("Tongan government"))}, found


LEDE = "Australia and Timor-Leste signed a maritime boundary deal on Tuesday.\n\n"
SIGNERS = "signed in Dili by Australian Foreign Minister Catherine Holt and her Timorese counterpart, Adaljiza Magno."


def test_the_deal_signed_by_two_ministers_is_the_deal_told_before(extractor: Extractor) -> None:
    """'The deal was signed in Dili by A and B' signs the agreement the lede told: one agreement, not two."""
    found = events(extractor, LEDE + "The deal was " + SIGNERS)
    assert [(a, t) for typ, a, t, _ in found if typ == "agreement"] == [
        (S("Australian government"), S("Timorese government"))], found


def test_another_agreement_signed_by_two_ministers_is_one_more(extractor: Extractor) -> None:
    """Guards a case next to the change: an indefinite subject ('A separate fisheries agreement') is a new one."""
    found = events(extractor, LEDE + "A separate fisheries agreement was " + SIGNERS)
    assert len(pairs(found, "agreement")) == 2, found


SUMMONED = "Bangladesh summoned Myanmar's ambassador on Monday over the shelling.\n\n"


def test_a_note_an_official_hands_the_summoned_envoy_is_the_same_protest(extractor: Extractor) -> None:
    """'Foreign Secretary X handed Ambassador Y a note': X's state summoned Y, so this is the summons told again."""
    found = events(extractor, SUMMONED + "Foreign Secretary Rahim Uddin handed Ambassador Kyaw Min a note of protest.")
    assert [a for typ, a, _, _ in found if typ.startswith("protest")] == [S("Bangladeshi government")], found


def test_a_note_from_the_other_side_is_another_protest(extractor: Extractor) -> None:
    """Guards a case next to the change: the other state's official handing a note protests on its own account."""
    found = events(extractor, SUMMONED + "Myanmar's deputy foreign minister, Aung Kyaw Thein, handed Bangladesh's "
                                         "ambassador a note of protest the same day.")
    assert len([a for typ, a, _, _ in found if typ.startswith("protest")]) == 2, found


def test_an_official_summoning_the_envoy_again_in_detail_is_the_summons_told_before(extractor: Extractor) -> None:
    """'Bangladesh summoned Myanmar's ambassador. ... Foreign Secretary X summoned Myanmar's ambassador, Y, on
    Wednesday': the lede's summons told in detail, by a person of the same state; it takes the day."""
    found = events(extractor, "Bangladesh summoned Myanmar's ambassador over the shelling.\n\nForeign Secretary "
                              "Rahim Uddin summoned Myanmar's ambassador, Kyaw Min, on Wednesday.")
    summons = [(a, date) for typ, a, _, date in found if typ.startswith("protest")]
    assert summons == [(S("Bangladeshi government"), "2024-03-20")], found


def test_troops_two_states_agree_to_send_are_not_sent_yet(extractor: Extractor) -> None:
    """'Agreed to send 300 troops to the border': the agreement is the event; the sending is still to come."""
    found = events(extractor, "Liberia and Sierra Leone agreed on Tuesday to send 300 troops to the border.")
    assert [typ for typ, _, _, _ in found] == ["agreement"], found


def test_troops_a_state_decided_to_send_are_sent(extractor: Extractor) -> None:
    """Guards a case next to the change: a decision to send them is the sending ('decided to close' closes too)."""
    found = events(extractor, "Liberia decided on Tuesday to send 300 troops to the border with Guinea.")
    assert pairs(found, "military deployment") == {(S("Liberian government"), S("Guinean government"))}, found
