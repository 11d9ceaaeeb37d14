"""Event rules of the twenty-ninth session, on short texts of our own with invented people."""

from __future__ import annotations

from dipgraph.loaders.extract import Extractor

DATE = "2026-03-10"
BRIEFING = ("Ministry of Foreign Affairs of the Republic of Chile\nPress briefing by Spokesperson Ana Ruiz\n"
            "Santiago, 10 March 2026\n\n"
            "SPOKESPERSON RUIZ: Good morning. Yesterday we summoned the Bolivian chargé d'affaires, Mr Pedro Lagos, "
            "over the closure of the Tambo Quemado crossing. We have also sent a diplomatic note to the Bolivian "
            "Embassy.\n\n"
            "QUESTION: Will Chile take further steps?\n\n"
            "SPOKESPERSON RUIZ: On Monday we expelled two Bolivian diplomats, and we have closed the Colchane "
            "crossing to freight.\n")
BORDER = "Border row\n\nLIMA — Peru protested on Monday over the closure of the crossing. "


def events(extractor: Extractor, text: str, cameo: str = "") -> list[tuple[frozenset[str], frozenset[str]]]:
    """(actor names, target names) of each event extracted from a text whose CAMEO code starts with ``cameo``."""
    doc = extractor.extract(text, date=DATE)
    nodes = {n.id: n for n in doc.nodes}

    def names(event_id: str, rel: str) -> frozenset[str]:
        return frozenset(nodes[r.end].properties["name"] for r in doc.relationships
                         if r.start == event_id and r.type == rel)

    return [(names(n.id, "ACTOR"), names(n.id, "TARGET")) for n in doc.nodes
            if n.label == "Event" and n.properties["cameo"].startswith(cameo)]


def test_a_protest_an_official_says_we_made_is_the_body_they_speak_for(extractor: Extractor) -> None:
    """'We summoned the chargé d'affaires', 'we have sent a diplomatic note', in a foreign ministry spokesperson's
    turn: the ministry protests, not the state as a whole."""
    found = [a for a, _ in events(extractor, BRIEFING, "11")]
    assert found and all(a == {"Chilean Foreign Ministry"} for a in found), found


def test_what_else_an_official_says_we_did_is_still_the_state(extractor: Extractor) -> None:
    """Guards a case next to the change: 'we expelled two diplomats', 'we have closed the crossing' are the
    state's."""
    found = [a for root in ("16", "19") for a, _ in events(extractor, BRIEFING, root)]
    assert found and all(a == {"Chilean government"} for a in found), found


MARKET = ("Market row\n\nLOMÉ — Togolese traders said on Monday that the market at Hillacondji was still closed. "
          "Togo's government said the closure hurt Togolese families, and Togolese officials met traders in Aného.\n\n"
          "In Cotonou, Benin's government said the traders had broken customs rules. The Ministry of Foreign Affairs "
          "summoned Togo's ambassador, Kossi Amedome, on Friday.")


def test_an_envoy_summoned_at_home_by_the_story_side_is_summoned_by_the_other_side(extractor: Extractor) -> None:
    """'The Ministry of Foreign Affairs summoned Togo's ambassador' in a story datelined in Togo: a ministry
    named with no country summons a foreign envoy, so it is the story's other country's."""
    found = [a for a, _ in events(extractor, MARKET, "114")]
    assert found == [{"Beninese Foreign Ministry"}], found


def test_the_ministry_an_envoy_is_summoned_to_is_no_target(extractor: Extractor) -> None:
    """'X summoned Chilean Ambassador Y to the Foreign Ministry': where he is summoned is not whom the protest is
    aimed at; the envoy and his state are."""
    text = ("Islands row\n\nLIMA — Vice Foreign Minister Rosa Salinas summoned Chilean Ambassador Pedro Lagos to the "
            "Foreign Ministry on Tuesday morning.")
    found = [t for _, t in events(extractor, text, "114")]
    assert found == [{"Chilean government", "Pedro Lagos"}], found


ISLAND = ("Island row\n\nMORONI — Comoros accused France on Monday of blocking talks on the island. Comoros says "
          "France must leave, and Comorian officials said the talks had stalled.\n\n")


def test_a_deal_one_side_signed_is_with_the_story_other_side(extractor: Extractor) -> None:
    """'France signed the framework agreement in 2019', naming no one it was signed with: with the country the
    story names most besides France."""
    found = events(extractor, ISLAND + "France signed the framework agreement in 2019.", "05")
    assert found == [({"French government"}, {"Comorian government"})], found


def test_a_deal_signed_with_someone_named_is_still_with_them(extractor: Extractor) -> None:
    """Guards a case next to the change: 'signed the deal with Madagascar' names its other party."""
    found = events(extractor, ISLAND + "France signed a deal with Madagascar in 2019.", "05")
    assert found == [({"French government"}, {"Malagasy government"})], found


def test_an_envoy_called_to_a_ministry_is_summoned(extractor: Extractor) -> None:
    """'The Chilean ambassador was called to the Peruvian Foreign Ministry': a summons, like 'called in'."""
    found = events(extractor, BORDER + "The Chilean ambassador, Pedro Lagos, was called to the Peruvian Foreign "
                                       "Ministry on Monday.", "114")
    assert found == [({"Peruvian Foreign Ministry"}, {"Chilean government", "Pedro Lagos"})], found


def test_calling_out_to_people_is_no_summons(extractor: Extractor) -> None:
    """Guards a case next to the change: 'called to the crowd' names no body it is called to."""
    found = events(extractor, "Border row\n\nLIMA — The president called to the crowd outside the palace on Monday.")
    assert not found, found


def test_an_envoy_summoned_by_no_one_named_is_summoned_by_the_other_side(extractor: Extractor) -> None:
    """'Chile's ambassador had been summoned on Wednesday', with no agent and no ministry named: the story's
    other country summoned him."""
    found = events(extractor, BORDER + "Peruvian officials said the closure broke the treaty. Chile's ambassador, "
                                       "Pedro Lagos, had been summoned on Wednesday, the ministry said.", "114")
    assert found == [({"Peruvian government"}, {"Chilean government", "Pedro Lagos"})], found


def test_travel_to_a_town_no_state_is_named_for_is_no_visit(extractor: Extractor) -> None:
    """'The minister travelled to Tacna on Monday to meet the truckers', a town in her own country: travel, not a
    visit to anyone."""
    found = events(extractor, BORDER + "Peru's transport minister, Rosa Salinas, travelled to Tacna on Monday to "
                                       "meet the truckers.", "042")
    assert not found, found


def test_a_visit_to_another_capital_is_still_a_visit_to_its_state(extractor: Extractor) -> None:
    """Guards a case next to the change: 'travelled to Santiago' is a visit to Chile."""
    found = [t for _, t in events(extractor, BORDER + "Peru's transport minister, Rosa Salinas, travelled to "
                                                      "Santiago on Monday.", "042")]
    assert found == [{"Chilean government"}], found


def test_goods_that_go_to_a_country_are_no_visit(extractor: Extractor) -> None:
    """'Most of its exports go to China', 'nearly all of it goes to China': things travel, no one visits."""
    found = events(extractor, "Trade row\n\nULAANBAATAR — Mongolia sells coal abroad, and nearly all of it goes to "
                              "China. Most of its exports now go to China.")
    assert not found, found


def test_an_official_who_goes_to_a_capital_still_visits(extractor: Extractor) -> None:
    """Guards a case next to the change: 'Foreign Minister X went to Beijing' is a visit to China."""
    found = events(extractor, "Trade row\n\nULAANBAATAR — Foreign Minister Bat Erdene went to Beijing on Monday.")
    assert found == [({"Bat Erdene"}, {"Chinese government"})], found


def test_fighters_freed_are_freed_to_their_group(extractor: Extractor) -> None:
    """'Saudi Arabia freed 30 Houthi fighters': released fighters go back to their armed group, not to the
    government of the country the group is in."""
    found = [t for _, t in events(extractor, "Prisoner release\n\nRIYADH — Saudi Arabia said on Friday it had freed "
                                             "30 Houthi fighters held in the kingdom since the spring.", "0841")]
    assert found == [{"Houthis"}], found


def test_a_note_handed_to_a_diplomat_frees_no_one(extractor: Extractor) -> None:
    """'It had handed the diplomat, X, a note of protest', the note parsed as one more name of the diplomat: a
    document handed over, not a release of the diplomat."""
    found = events(extractor, "Border row\n\nTALLINN — Estonia protested on Monday over the buoys. The ministry said "
                              "it had handed the Russian diplomat, Pavel Zaitsev, a note of protest.", "0841")
    assert not found, found


def test_people_handed_back_are_still_released(extractor: Extractor) -> None:
    """Guards a case next to the change: 'handed two fishermen back to Russia' frees them."""
    found = events(extractor, "Border row\n\nTALLINN — Estonia handed two Russian fishermen back to Russia on Monday.")
    assert found == [({"Estonian government"}, {"Russian government"})], found


def test_a_delegation_of_an_armed_group_is_the_group(extractor: Extractor) -> None:
    """'Egypt received a Houthi delegation': hosted is the group, not the government of the country it is in, as
    for the group's fighters freed."""
    found = [t for _, t in events(extractor, "Yemen talks\n\nCAIRO — Egypt received a Houthi delegation on Monday.",
                                  "043")]
    assert found == [{"Houthis"}], found
