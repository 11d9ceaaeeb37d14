"""Statement rules, fifth set: acts and attribution learnt from blind sets (warnings on a condition that goes on,
...); on short texts of our own about invented officials."""

from __future__ import annotations

import pytest
from test_rules_speech import by, statements  # the same helpers as the first set of statement rules

from dipgraph.loaders.extract import Extractor

# --- a consequence if another side goes on: a warning ----------------------------------------------------


@pytest.mark.parametrize(("text", "words", "act"), [
    ('"If the shelling happens again, we will take every step open to us," Defence Minister Tomas Varga said.\n',
     "every step open", "threaten"),  # the speaker's own side will act: a threat
    ('"We are prepared to take further measures if the blockade continues," Foreign Minister Ilse Brandt said.\n',
     "further measures", "warn"),
    ("Foreign Minister Ilse Brandt said the patrols would go on as long as the incursions continued.\n",
     "patrols would go on", "warn"),
    ('"I have the mandate, and I will use it if I have to," the envoy, Ana Vidal, said.\n',
     "I will use it", "threaten"),
    # not a warning: staying for as long as it takes, an offer on a condition
    ('"Our ships will stay in the strait for as long as it takes," Defence Minister Tomas Varga said.\n',
     "for as long as", "promise"),
    ('"We are ready to host both delegations in Lisbon if they think it would help," Foreign Minister Ilse Brandt '
     "said.\n", "ready to host", "promise"),
])
def test_a_consequence_of_going_on_warns(extractor: Extractor, text: str, words: str, act: str) -> None:
    assert [a for _who, a in by(statements(extractor, text), words)] == [act]


# --- transcript turns: who runs the event says nothing of its own ------------------------------------------


def test_the_moderators_turns_and_closing_formulae_are_no_statements(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Press conference by Foreign Minister Ilse Brandt of Norland\n\n"
        "MODERATOR: Good morning. The Minister will make a statement, then we will take your questions. "
        "Please state your name and your outlet.\n\n"
        "MINISTER BRANDT: Norland has recalled its ambassador from Kestria for consultations. "
        "We condemn the seizure of the fishing boat.\n\n"
        "QUESTION: Will the border stay open?\n\n"
        "MINISTER BRANDT: The border stays open. That is all the time we have.\n\n"
        "MODERATOR: Thank you. This press conference is over.\n"))
    assert by(found, "recalled its ambassador") == [("Ilse Brandt", "assert")]
    assert [who for who, _act in by(found, "border stays open")] == ["Ilse Brandt"]
    assert not [who for who, _act, _text in found if who != "Ilse Brandt"]
    assert not by(found, "state your name") and not by(found, "all the time") and not by(found, "is over")


# --- a deed told with a declaring verb; words an official is bid to say ----------------------------------


def test_declaring_someone_persona_non_grata_is_a_deed_not_words(extractor: Extractor) -> None:
    found = statements(extractor, "Kestria declared two Norland diplomats persona non grata on Monday. Foreign "
                                  "Minister Ilse Brandt said the decision was unfounded.\n")
    assert not by(found, "persona non grata")
    assert [who for who, _act in by(found, "unfounded")] == ["Ilse Brandt"]


def test_a_deed_and_a_bidden_message_in_a_turn_are_the_officials(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Briefing by the spokesperson of the Norland Foreign Ministry, Lena Horvat\n\n"
        "SPOKESPERSON HORVAT: This morning Norland declared the Kestrian military attaché persona non grata. "
        "Minister Ilse Brandt has asked me to say clearly that Norland does not want an escalation.\n\n"
        "QUESTION: Will you recall your ambassador?\n\nSPOKESPERSON HORVAT: Not at this stage.\n"))
    assert [who for who, _act in by(found, "persona non grata")] == ["Lena Horvat"]
    assert [who for who, _act in by(found, "asked me to say")] == ["Lena Horvat"]


# --- what a naming verb calls something: a breach criticizes, a step forward welcomes ----------------------


@pytest.mark.parametrize(("text", "words", "act"), [
    ('Foreign Minister Ilse Brandt called the resolution "one-sided" on Monday.\n', "one-sided", "criticize"),
    ('Foreign Minister Ilse Brandt called the overflight "a breach of trust" on Monday.\n', "breach of trust",
     "criticize"),
    ('The envoy, Ana Vidal, described the truce as "a real step forward" on Monday.\n', "step forward", "welcome"),
    ('Kestria called the sentence "unacceptably light" on Monday.\n', "unacceptably light", "criticize"),
    ('"The islands are non-negotiable," Foreign Minister Ilse Brandt said.\n', "non-negotiable", "reject"),
])
def test_what_a_naming_verb_calls_something_gives_the_act(extractor: Extractor, text: str, words: str,
                                                          act: str) -> None:
    assert [a for _who, a in by(statements(extractor, text), words)] == [act]


# --- a speaker's own modal lead-in tells, it does not ask ------------------------------------------------


@pytest.mark.parametrize(("words", "act"), [
    ("should add that", "assert"),
    ("must say that", "comment"),
    ("We must stop", "appeal"),
])
def test_a_modal_lead_in_tells_the_clause_after_it(extractor: Extractor, words: str, act: str) -> None:
    found = statements(extractor, (
        "Briefing by the spokesperson of the Norland Foreign Ministry, Lena Horvat\n\n"
        "SPOKESPERSON HORVAT: I should add that these decisions were taken in full agreement with our partners. "
        "I must say that the talks were useful.\n\nQUESTION: Will you recall your ambassador?\n\n"
        "SPOKESPERSON HORVAT: We must stop the shelling of the border villages.\n"))
    assert by(found, words) == [("Lena Horvat", act)]


# --- a stand the speaker's side takes now ----------------------------------------------------------------


@pytest.mark.parametrize(("text", "words", "act"), [
    ('"We fully support the envoy\'s decision," Foreign Minister Ilse Brandt said.\n', "fully support", "welcome"),
    ('"We stand with the people of the valley," Foreign Minister Ilse Brandt said.\n', "stand with", "welcome"),
    ('"We support the talks and will continue to fund the mission," Foreign Minister Ilse Brandt said.\n',
     "support the talks", "promise"),
])
def test_a_stand_taken_now_gives_the_stance_act(extractor: Extractor, text: str, words: str, act: str) -> None:
    assert [a for _who, a in by(statements(extractor, text), words)] == [act]


# --- a charge's deed said not to have been: a denial -------------------------------------------------------


@pytest.mark.parametrize(("text", "words", "act"), [
    ('"There was no incursion and there was no attack on the post," Defence Minister Tomas Varga said.\n',
     "no incursion", "deny"),
    ("Defence Minister Tomas Varga said there had been no provocation by Norland troops.\n", "no provocation",
     "deny"),
])
def test_no_such_deed_denies_it(extractor: Extractor, text: str, words: str, act: str) -> None:
    assert [a for _who, a in by(statements(extractor, text), words)] == [act]


def test_no_contact_tells_a_fact(extractor: Extractor) -> None:
    found = statements(extractor, '"There has been no contact with the Kestrian side since May," Defence Minister '
                                  "Tomas Varga said.\n")
    assert [a for _who, a in by(found, "no contact")] != ["deny"]


# --- a bare 'let' bidding another side act demands ----------------------------------------------------------


@pytest.mark.parametrize(("text", "words", "act"), [
    ('"If Kestria has proof, let it show the proof," Foreign Minister Ilse Brandt said.\n', "show the proof",
     "appeal"),
    ('"Let me be clear: the talks go on," Foreign Minister Ilse Brandt said.\n', "talks go on", "comment"),
])
def test_a_bare_let_bidding_others_demands(extractor: Extractor, text: str, words: str, act: str) -> None:
    assert [a for _who, a in by(statements(extractor, text), words)] == [act]
