"""Statement rules, eighth set: kinds of act error found across the readable sets fresh5-19 (a thing said not
to be there denies, ...); on short texts of our own about invented officials and conflicts."""

from __future__ import annotations

from dipgraph.graph.document import GraphDocument
from dipgraph.loaders.extract import Extractor


def stated(doc: GraphDocument, words: str) -> list[tuple[str, str]]:
    """(speaker, act) of every statement whose text holds the words."""
    nodes = {n.id: n for n in doc.nodes}
    return sorted((nodes[r.start].properties["name"], nodes[r.end].properties["act"]) for r in doc.relationships
                  if r.type == "STATED" and words in nodes[r.end].properties["text"])


def acts(doc: GraphDocument, words: str) -> list[str]:
    """The acts of the statements whose text holds the words."""
    return [act for _who, act in stated(doc, words)]


def briefing(turn: str, question: str = "Are your patrols crossing the river?") -> str:
    """A short transcript: a question and the spokesperson's answer."""
    return ("Press briefing by the Norland Ministry of Foreign Affairs\n\n"
            "MODERATOR: Good afternoon.\n\n"
            f"QUESTION: Lena Holt, Radio Tarn. {question}\n\n"
            f"SPOKESPERSON ANDERSEN: {turn}\n")


# --- a thing said not to be there, in the words' main clause, denies ------------------------------------------


def test_a_thing_said_not_to_be_there_is_denied(extractor: Extractor) -> None:
    doc = extractor.extract(briefing("There is no link between the two incidents. There have been no arrests of "
                                     "Kestrian fishermen this month. There has been no contact with Kestria since May. "
                                     "Our boats fished on our side, and there was no violation of any kind."),
                            date="2026-03-04")
    assert acts(doc, "no link between") == ["deny"]
    assert acts(doc, "no arrests of") == ["deny"]
    assert acts(doc, "no violation of any kind") == ["deny"]
    assert acts(doc, "no contact with Kestria") == ["assert"]  # who met whom: a fact


def test_no_other_way_and_no_talks_while_are_not_denials(extractor: Extractor) -> None:
    doc = extractor.extract(
        "Varga rules out talks\n\nTARN, May 2 (Wire) - \"The road to peace runs through the courts, and there is no "
        "other road,\" Kestrian Foreign Minister Paul Varga told reporters. \"There can be no talks while their "
        "guns are pointed at our villages,\" he said.", date="2026-05-02")
    assert acts(doc, "no other road") == ["assert"]
    assert acts(doc, "no talks while") == ["reject"]


def test_the_speaker_label_of_a_turn_is_not_part_of_its_first_sentence(extractor: Extractor) -> None:
    doc = extractor.extract(briefing("There is no connection at all. The trawler was stopped in our waters."),
                            date="2026-03-04")
    assert acts(doc, "no connection at all") == ["deny"]


# --- displeasure, objection and commitment conveyed or reaffirmed say what the statement does ---------------------


def test_a_conveyed_objection_criticizes_and_a_reaffirmed_commitment_promises(extractor: Extractor) -> None:
    doc = extractor.extract(
        "Norland protests over trawler\n\nTARN, May 2 (Wire) - Foreign Ministry spokeswoman Ingrid Solberg said the "
        "ministry had conveyed to the Kestrian ambassador Norland's \"deep displeasure\" over the seizure. Defence "
        "Minister Tomas Berg said he had conveyed Norland's strong objection to the Kestrian navy. Kestrian Foreign "
        "Minister Paul Varga reaffirmed Kestria's commitment to the 1994 fisheries treaty.", date="2026-05-02")
    assert acts(doc, "displeasure") == ["criticize"]
    assert acts(doc, "strong objection") == ["criticize"]
    assert acts(doc, "commitment to the 1994") == ["promise"]


# --- a clause whose main verb charges another side with a hostile deed criticizes ---------------------------------


def test_a_hostile_deed_charged_to_another_side_criticizes(extractor: Extractor) -> None:
    doc = extractor.extract(
        "Norland accuses Kestria over trawler\n\nTARN, May 2 (Wire) - Foreign Ministry spokeswoman Ingrid Solberg said "
        "the Kestrian trawler had ignored \"seven warnings\" from the coast guard. \"Kestria's new fishing decree "
        "is a unilateral act, and it violates the 1994 treaty,\" Solberg told reporters. \"Our crew acted with "
        "restraint. The trawler ignored repeated orders to stop,\" a coast guard spokesman, Erik Lund, said. "
        "Kestrian Foreign Minister Paul Varga said the patrols had not violated any Norland waters.",
        date="2026-05-02")
    assert acts(doc, "seven warnings") == ["criticize"]
    assert acts(doc, "violates the 1994 treaty") == ["criticize"]
    assert acts(doc, "Our crew acted with restraint") == ["assert"]  # an account of the side's own encounter
    assert acts(doc, "had not violated") == ["deny"]


# --- a deed denied for every case ('not ... any', 'nobody', 'no one') ---------------------------------------------


def test_a_deed_denied_for_anyone_denies(extractor: Extractor) -> None:
    doc = extractor.extract(briefing(
        "Norland does not arm any militia, and it never will. Our coast guard detained no one. Nobody is expelling "
        "Kestrian students. We are not accusing anyone of bad faith. "
        "Nobody wins a trade war between two neighbours."), date="2026-03-04")
    assert acts(doc, "does not arm any militia") == ["deny"]
    assert acts(doc, "detained no one") == ["deny"]
    assert acts(doc, "Nobody is expelling") == ["deny"]
    assert acts(doc, "not accusing anyone") == ["assert"]  # a speech act the speaker says it is not doing: its
    # own course told (see test_rules_statements15), no deed denied
    assert acts(doc, "Nobody wins a trade war") == ["assert"]  # a truism, no deed


# --- a stance phrase as the main verb takes that stance, whoever stands ---------------------------------------------


def test_standing_with_a_side_welcomes(extractor: Extractor) -> None:
    doc = extractor.extract(briefing(
        "The Union stands with Norland and with Kestria. Kestria has stood by Norland in every flood, from the "
        "storm of 2019 to the drought last year. We will not stand by while our fishermen are detained."),
        date="2026-03-04")
    assert acts(doc, "stands with Norland") == ["welcome"]
    assert acts(doc, "has stood by Norland") == ["welcome"]
    assert acts(doc, "will not stand by") == ["warn"]


# --- 'I want to thank ...': the act the speaker says they want to do is done --------------------------------------


def test_wanting_to_thank_thanks(extractor: Extractor) -> None:
    doc = extractor.extract(briefing(
        "The fishermen are safe. I want to thank the Chilean Navy, which has rescued eleven of our fishermen since "
        "Monday. I want to explain the position of Peru on the quota."), date="2026-03-04")
    assert acts(doc, "want to thank") == ["welcome"]
    assert acts(doc, "want to explain") == ["comment"]


# --- 'he' after '"...," the X, Name, said': the name the verb itself is given ------------------------------------


def test_he_after_a_titled_appositive_speaker_is_that_speaker(extractor: Extractor) -> None:
    doc = extractor.extract(
        "Norland and Kestria trade letters\n\nTARN, May 2 (Wire) - In a letter to the council, Norland's envoy to the "
        "UN, Ingrid Solberg, said two Kestrian jets had entered Norland airspace.\n\n\"Kestria has always respected "
        "its neighbours,\" the ministry's undersecretary for political affairs, Paul Varga, said in a statement. He "
        "accused Norland of \"seeking to internationalise\" a bilateral matter.", date="2026-05-02")
    assert stated(doc, "seeking to internationalise") == [("Paul Varga", "criticize")]


# --- 'A and B spoke ... and agreed to ..., according to X': A and B agree; X tells it ------------------------------


def test_an_agreement_told_according_to_a_statement_is_the_parties_promise(extractor: Extractor) -> None:
    doc = extractor.extract(
        "Norland and Kestria to form border team\n\nTARN, May 2 (Wire) - The two countries' defence ministers, Tomas "
        "Berg of Norland and Paul Varga of Kestria, spoke by telephone on Monday evening and agreed to set up a joint "
        "team to investigate the clash, according to a statement from the Norland Ministry of Defence.",
        date="2026-05-02")
    assert stated(doc, "agreed to set up a joint team") == [("Ministry of Defence", "assert"),
                                                            ("Paul Varga", "promise"), ("Tomas Berg", "promise")]


def test_the_two_after_spoke_by_telephone_with_are_both_callers(extractor: Extractor) -> None:
    doc = extractor.extract(
        "Presidents agree to talks\n\nLIMA, March 11 (Wire) - President Tomas Berg of Peru spoke by telephone with "
        "President Paul Varga of Ecuador, and the two agreed that their foreign ministers should meet next week, "
        "according to a statement from the Peruvian presidency.", date="2026-03-11")
    assert [who for who, act in stated(doc, "foreign ministers should meet") if act == "promise"] == [
        "Paul Varga", "Tomas Berg"]


def test_they_opening_a_sentence_after_a_call_are_the_callers(extractor: Extractor) -> None:
    doc = extractor.extract(
        "Ministers talk\n\nQUITO, March 11 (Wire) - Foreign Minister Tomas Berg of Peru spoke by telephone with "
        "Foreign Minister Paul Varga of Ecuador on Monday. It was a long call. According to the Peruvian ministry, "
        "they agreed that the dispute should not be allowed to harm trade between the two countries.",
        date="2026-03-11")
    assert [who for who, act in stated(doc, "should not be allowed") if act == "promise"] == [
        "Paul Varga", "Tomas Berg"]


# --- a judgement that finds something illegitimate, disproportionate or 'too' much criticizes ---------------------


def test_a_judgement_of_excess_or_illegitimacy_criticizes(extractor: Extractor) -> None:
    doc = extractor.extract(
        "Norland opposition attacks minister\n\nTARN, May 2 (Wire) - Opposition leader Erik Lund called the "
        "government's response \"far too timid\". Kestrian Foreign Minister Paul Varga called the expulsion "
        "\"disproportionate\" in a statement. \"The committee has been silent for far too long, but it will meet "
        "again,\" said Anna Moe, its chair.", date="2026-05-02")
    assert acts(doc, "far too timid") == ["criticize"]
    assert acts(doc, "disproportionate") == ["criticize"]


def test_not_having_been_told_is_a_fact_not_a_denial(extractor: Extractor) -> None:
    doc = extractor.extract(
        "Norland not told of raid\n\nTARN, May 2 (Wire) - The Norland Foreign Ministry said it had not yet received "
        "a request for the visit. Kestrian Foreign Minister Paul Varga said Kestria had not been informed of the "
        "operation in advance. Defence Minister Tomas Berg said Norland troops had not crossed the river.",
        date="2026-05-02")
    assert acts(doc, "not yet received a request") == ["assert"]
    assert acts(doc, "not been informed of the operation") == ["assert"]
    assert acts(doc, "had not crossed the river") == ["deny"]


def test_not_standing_by_or_staying_silent_warns(extractor: Extractor) -> None:
    doc = extractor.extract(
        "Norland warns Kestria\n\nTARN, May 2 (Wire) - \"We will not stand by while our fishermen are detained,\" "
        "Defence Minister Tomas Berg said. \"Norland will not let its border villages be shelled,\" he added. The "
        "army \"will not stay silent\" if the shelling continues, its spokesman, Erik Lund, warned.",
        date="2026-05-02")
    assert acts(doc, "will not stand by") == ["warn"]
    assert acts(doc, "will not let") == ["warn"]
    assert acts(doc, "will not stay silent") == ["warn"]


def test_no_intention_of_one_deed_pledges_restraint(extractor: Extractor) -> None:
    doc = extractor.extract(
        "Norland keeps ties\n\nTARN, May 2 (Wire) - Foreign Minister Tomas Berg said Norland had no intention of "
        "breaking relations with Kestria. \"We have no intention of invading anyone,\" Defence Minister Anna Moe "
        "said.", date="2026-05-02")
    assert acts(doc, "no intention of breaking relations") == ["promise"]
    assert acts(doc, "no intention of invading anyone") == ["deny"]


def test_wanting_to_see_and_advising_others_appeal(extractor: Extractor) -> None:
    doc = extractor.extract(briefing(
        "This time we want to see action from the Chilean Navy, not assurances. I would advise our friends in "
        "Lima not to spend their energy on a path that leads nowhere."), date="2026-03-04")
    assert acts(doc, "want to see action") == ["appeal"]
    assert acts(doc, "advise our friends") == ["appeal"]


def test_a_treaty_said_again_to_hold_is_a_pledge(extractor: Extractor) -> None:
    doc = extractor.extract(
        "Norland backs Kestria\n\nTARN, May 2 (Wire) - The Norland Foreign Ministry reiterated that Article 3 of the "
        "1994 defence treaty applies to the Tarn islands.", date="2026-05-02")
    assert acts(doc, "Article 3 of the 1994 defence treaty applies") == ["promise"]


def test_the_call_a_readout_is_of_is_no_call_answered(extractor: Extractor) -> None:
    doc = extractor.extract(
        "Norland backs Kestria\n\nTARN, May 2 (Wire) - \"We urge the Kestrian side to stop its provocations,\" "
        "Norland Foreign Ministry spokesman Erik Lund said. On Tuesday, Kestrian Foreign Minister Paul Varga spoke "
        "with his Chilean counterpart. Varga \"reaffirmed that Article 3 of the defence treaty extends to armed "
        "attacks on Kestrian vessels,\" according to a readout of the call.", date="2026-05-02")
    assert acts(doc, "reaffirmed that Article 3") == ["promise"]
    assert not [r for r in doc.relationships if r.type == "RESPONDS_TO"]


def test_handing_the_press_details_runs_the_briefing(extractor: Extractor) -> None:
    doc = extractor.extract(briefing(
        "Thank you for joining us for this weekly briefing. A couple of things at the top. My colleague Erik Lund "
        "will give you the details on the quota. Kestria has closed the river crossing at Tarn."),
        date="2026-03-04")
    assert not stated(doc, "give you the details")
    assert not stated(doc, "Thank you for joining")
    assert not stated(doc, "things at the top")
    assert stated(doc, "closed the river crossing") == [("Andersen", "assert")]
