"""Each extraction rule on short sentences of our own, from conflicts other than the sample articles."""

from __future__ import annotations

import pytest

from dipgraph.errors import InputError
from dipgraph.graph.document import GraphDocument
from dipgraph.graph.model import make_id
from dipgraph.loaders.dates import find_dates, parse_date
from dipgraph.loaders.extract import Extractor
from dipgraph.loaders.text import dateline_end, find_quotes, find_turns, prepare, title_and_body, unwrap

DATE = "2024-03-20"  # a Wednesday



class Found:
    """What came out of one short text, by the names an analyst uses."""

    def __init__(self, doc: GraphDocument) -> None:
        self.doc = doc
        self.nodes = {n.id: n for n in doc.nodes}

    def out(self, start: str, rel: str) -> list:
        return [self.nodes[r.end] for r in self.doc.relationships if r.start == start and r.type == rel]

    def names(self, nodes) -> set[str]:
        return {n.properties["name"] for n in nodes}

    def entity(self, label: str, name: str):
        return self.nodes.get(make_id(label, name))

    def statements(self) -> list[tuple[str, dict]]:
        return [(self.nodes[r.start].properties["name"], self.nodes[r.end].properties)
                for r in self.doc.relationships if r.type == "STATED"]

    def events(self) -> list[tuple[str, set[str], set[str], dict]]:
        return [(n.properties["type"], self.names(self.out(n.id, "ACTOR")), self.names(self.out(n.id, "TARGET")),
                 n.properties) for n in self.doc.nodes if n.label == "Event"]

    def dyads(self, cameo: bool = False) -> set[tuple[str, ...]]:
        """Each event as (type, [CAMEO code,] actors, targets), names joined by commas."""
        return {(e[0], *((e[3]["cameo"],) if cameo else ()), ",".join(sorted(e[1])), ",".join(sorted(e[2])))
                for e in self.events()}

    def roles(self) -> set[tuple[str, str, str]]:
        return {(self.nodes[r.start].properties["name"], r.properties["title"], self.nodes[r.end].properties["name"])
                for r in self.doc.relationships if r.type == "HOLDS_ROLE"}


def run(extractor: Extractor, body: str) -> Found:
    return Found(extractor.extract("Headline\n\n" + body, date=DATE))


# --- pure text steps ---------------------------------------------------------------------------------

def test_glued_quote_gets_a_space_and_offsets_map_back() -> None:
    text = "He left the place.”She said no."
    clean, index = prepare(text)
    assert clean == "He left the place.” She said no."
    at = clean.index("She")
    assert text[index[at]:index[at] + 3] == "She"


def test_quotes_in_every_style() -> None:
    text = ('He said "we stay" and «nous restons» and ‘we go’.\n\n'
            '“We will fight on.\n\n“We will never give up,” she added. It’s the country’s call.')
    quotes = [text[q.start:q.end] for q in find_quotes(text)]
    assert quotes == ["we stay", "nous restons", "we go", "We will fight on.", "We will never give up,"]
    assert find_quotes(text)[-1].continued
    single = "'We will win,' she said. The rebels' lines held. He said 'no' and 'We are ready.'"
    assert [single[q.start:q.end] for q in find_quotes(single)] == ["We will win,", "We are ready."]


@pytest.mark.parametrize("text", [
    "Ruritania and Freedonia swapped 40 prisoners on Friday.\n\nThe exchange was brokered by Norway.",
    "STRELSAU, Ruritania (AP) — Ruritania and Freedonia swapped prisoners.\n\nThe exchange was brokered.",
])
def test_a_story_without_headline_keeps_its_first_sentence(text: str) -> None:
    assert title_and_body(text) == (None, 0)


def test_a_title_given_apart_from_the_text_leaves_the_first_line_to_the_story(extractor: Extractor) -> None:
    text = "By Anna Berg\n\nChile and Peru swapped 40 prisoners on Friday.\n\nNorway brokered it."
    assert text[title_and_body(text, "Envoys swap prisoners")[1]:].startswith("Chile and")
    assert title_and_body("Envoys swap prisoners\n\nThey did.", "Envoys  swap prisoners") == (
        "Envoys swap prisoners", 23)
    doc = extractor.extract(text, title="Envoys swap prisoners", date="2024-03-20")
    assert {n.properties["type"] for n in doc.nodes if n.label == "Event"} >= {"prisoner exchange"}
    assert not [n for n in doc.nodes if n.label == "Person"], "a byline is no person of the story"


WRAPPED_STORY = (
    "Chile and Peru agree on fishing truce\nBy Ana Rojas\n\n"
    "LIMA, 4 March 2024 — Chilean Foreign Minister Ramona Vidal met her Peruvian counterpart in Lima on Monday, "
    "and the two governments signed a fishing agreement that ends a decade-long dispute over cease-fire lines "
    "at sea.\n\n“This is a good day for both our peoples,” Vidal told reporters after the talks, adding that "
    "the navies of both countries would hold joint patrols.\n\n"
    "MR. ALVAREZ: Thank you.\nQ: One question.\n- first item\n- second item\n"
)


def test_hard_wrapped_lines_are_joined_and_every_other_break_kept() -> None:
    import textwrap

    wrapped = "\n\n".join(p if "\n" in p else textwrap.fill(p, 60) for p in WRAPPED_STORY.split("\n\n"))
    assert wrapped.count("\n") > WRAPPED_STORY.count("\n") + 4
    text, at = unwrap(wrapped)
    assert text == WRAPPED_STORY  # 'decade-' / 'long' joined without a space
    assert all(wrapped[i] == c or (c, wrapped[i]) == (" ", "\n") for c, i in zip(text, at, strict=True))
    assert unwrap(WRAPPED_STORY) == (WRAPPED_STORY, list(range(len(WRAPPED_STORY))))


def test_a_hard_wrapped_story_gives_what_the_same_story_in_paragraphs_gives(extractor: Extractor) -> None:
    import textwrap

    wrapped = "\n\n".join(p if "\n" in p else textwrap.fill(p, 60) for p in WRAPPED_STORY.split("\n\n"))

    def facts(text: str) -> tuple:
        doc = extractor.extract(text, date="2024-03-04")
        return tuple(sorted((n.label, n.properties.get("name") or n.properties.get("type") or "",
                             "".join(n.properties.get("text", "").split())) for n in doc.nodes if n.label != "Article"))

    assert facts(wrapped) == facts(WRAPPED_STORY)


def test_title_byline_and_dateline() -> None:
    text = "Talks resume in Geneva\nBy Staff Reporter\n\nGENEVA, 3 March 2022 – Envoys met."
    title, body = title_and_body(text)
    assert title == "Talks resume in Geneva"
    assert text[body:].lstrip().startswith("GENEVA")
    assert parse_date(text) == "2022-03-03"
    assert text[dateline_end(text, body):] == "Envoys met."
    assert dateline_end("Russia has said – that", 0) == 0


def test_relative_dates_resolve_against_the_article_date() -> None:
    text = "on Monday yesterday since January 5 in late February last Wednesday"
    found = {text[s:e]: v for s, e, v in find_dates(text, DATE)}
    assert found == {"Monday": "2024-03-18", "yesterday": "2024-03-19", "January 5": "2024-01-05",
                     "in late February": "2024-02", "last Wednesday": "2024-03-13"}
    assert find_dates("on December 30", DATE)[0][2] == "2023-12-30"  # a later month is last year's


@pytest.mark.parametrize(("phrase", "value"), [
    ("three days ago", "2024-03-17"), ("two weeks ago", "2024-03-06"), ("a month ago", "2024-02"),
    ("two years ago", "2022"), ("on the 14th", "2024-03-14"), ("on the 28th", "2024-02-28"),
    ("the 25th of March", "2023-03-25"), ("overnight", DATE), ("this afternoon", DATE),
    ("over the weekend", "2024-03"), ("last weekend", "2024-03"),
])
def test_counted_back_days_of_the_month_and_times_of_today(phrase: str, value: str) -> None:
    assert [v for _, _, v in find_dates(phrase, DATE)] == [value]


@pytest.mark.parametrize("phrase", ["the 21st century", "the 10th round of talks", "the 5th anniversary"])
def test_ordinals_that_are_no_day(phrase: str) -> None:
    assert find_dates(phrase, DATE) == []


def test_an_event_noun_tagged_as_an_adjective_is_still_an_event(extractor: Extractor) -> None:
    found = run(extractor, "Chad's army launched an offensive three days ago.")  # 'offensive' tagged ADJ
    assert [(e[0], e[1], e[3]["date"]) for e in found.events()] == [("military action", {"Chadian Army"},
                                                                      "2024-03-17")]


def test_a_weekday_before_a_time_of_day_still_dates_the_clause(extractor: Extractor) -> None:
    found = run(extractor, "Envoy Lise Berg told reporters on Monday evening that the 2015 treaty was void.")
    assert [s["date"] for _, s in found.statements()] == ["2024-03-18"]


def test_named_and_relative_periods() -> None:
    text = "last week, since last November, next month, this month, last year, next May, last March"
    assert [(text[s:e], v) for s, e, v in find_dates(text, DATE)] == [
        ("last week", "2024-03"), ("last November", "2023-11"), ("next month", "2024-04"), ("this month", "2024-03"),
        ("last year", "2023"), ("next May", "2024-05"), ("last March", "2023-03")]
    assert find_dates("last week", "2024-03-02")[0][2] == "2024-02"  # the month the week mostly fell in


def test_a_coordinated_reporting_verb_shares_the_first_ones_date(extractor: Extractor) -> None:
    found = run(extractor, "Kenya's foreign ministry said on Wednesday that the talks would resume on Friday, "
                           "but warned that any attack would end them.")
    assert sorted((s["act"], s["date"]) for _, s in found.statements()) == [
        ("assert", "2024-03-20"), ("warn", "2024-03-20")]


def test_years_alone_after_a_preposition() -> None:
    text = "It left the pact in 2019, will return by 2030 and was founded in late 1994, not in 20189 or 2014-15."
    found = {text[s:e]: v for s, e, v in find_dates(text, DATE)}
    assert found == {"in 2019": "2019", "by 2030": "2030", "in late 1994": "1994"}
    assert find_dates("in June 2018", DATE)[0][2] == "2018-06"  # the month wins over the year alone
    text = "the 2015 nuclear deal, a 2018 summit, a 2000 strong force, the 2000 troops"
    assert [(text[s:e], v) for s, e, v in find_dates(text, DATE)] == [("2015", "2015"), ("2018", "2018")]


def test_briefing_turns() -> None:
    text = "MR. PATEL: Good afternoon.\n\nQ: Will you meet them?\n\nMR. PATEL: We will.\n\nMS. SINGH: Thank you."
    turns = find_turns(text)
    assert [t.label for t in turns] == ["MR. PATEL", None, "MR. PATEL", "MS. SINGH"]
    assert find_turns("Mr. Smith: hello.") == []


# --- people, roles, institutions ------------------------------------------------------------------------

def test_roles_from_compounds_possessives_and_appositions(extractor: Extractor) -> None:
    found = run(extractor, "Ukrainian Foreign Minister Dmytro Kuleba spoke on Monday. "
                           "Olena Kovalenko, Ukraine's Deputy Defence Minister, told reporters the line held. "
                           "Chinese Foreign Ministry spokesman Wang Wenbin said Beijing was ready.")
    assert ("Dmytro Kuleba", "Foreign Minister", "Ukrainian Foreign Ministry") in found.roles()
    assert ("Wang Wenbin", "spokesman", "Chinese Foreign Ministry") in found.roles()
    kovalenko = {(t, i) for p, t, i in found.roles() if p == "Olena Kovalenko"}
    assert kovalenko == {("Deputy Defence Minister", "Ukrainian Defense Ministry")}
    ministry = found.entity("Institution", "Chinese Foreign Ministry")
    assert found.names(found.out(ministry.id, "PART_OF")) == {"Chinese government"}


def test_surface_forms_merge_into_one_person(extractor: Extractor) -> None:
    found = run(extractor, "Mevlut Cavusoglu arrived in Ankara. Later Mr. Cavusoglu said talks went well, "
                           "and Cavusoglu left.")
    people = [n for n in found.doc.nodes if n.label == "Person"]
    assert [p.properties["name"] for p in people] == ["Mevlut Cavusoglu"]
    assert "Cavusoglu" in people[0].properties["aliases"]


def test_name_particles_stay_in_the_name(extractor: Extractor) -> None:
    found = run(extractor, "Sudan's army chief Abdel Fattah al-Burhan met with Saudi officials in Jeddah on Saturday.")
    assert ("Abdel Fattah al-Burhan", "army chief", "Sudanese Armed Forces") in found.roles()
    meetings = [e for e in found.events() if e[0] == "meeting"]
    assert meetings and meetings[0][1] == {"Abdel Fattah al-Burhan"} and meetings[0][2] == {"Saudi government"}
    assert meetings[0][3]["date"] == "2024-03-16"


def test_metonymy_capitals_and_seats_speak_for_governments(extractor: Extractor) -> None:
    found = run(extractor, "Kyiv rejected the proposal as a trap. The Kremlin denied that its forces had shelled "
                           "the plant. Diplomats travelled to Kyiv.")
    speakers = {name: s["act"] for name, s in found.statements()}
    assert speakers == {"Ukrainian government": "reject", "Russian government": "deny"}
    kyiv_place = found.entity("Place", "Kyiv")
    assert kyiv_place is not None  # a destination stays a place


def test_organisations_and_armed_groups(extractor: Extractor) -> None:
    found = run(extractor, "Yemen's Houthis launched an attack on a commercial ship on Tuesday, the Pentagon said.")
    houthis = found.entity("Institution", "Houthis")
    assert houthis.properties["kind"] == "armed_group" and houthis.properties["country"] == "Yemen"
    [(speaker, statement)] = found.statements()
    assert speaker == "US Defense Department" and statement["act"] == "assert"
    attacks = [e for e in found.events() if e[0] == "military action"]
    assert attacks and attacks[0][1] == {"Houthis"} and attacks[0][3]["date"] == "2024-03-19"


# --- statements -------------------------------------------------------------------------------------------

def test_direct_quote_after_said_with_title_subject(extractor: Extractor) -> None:
    found = run(extractor, '"We will not negotiate under fire," said Ukrainian President Volodymyr Zelenskyy.')
    [(speaker, s)] = found.statements()
    assert speaker == "Volodymyr Zelenskyy" and s["kind"] == "direct" and s["act"] == "reject"
    assert s["rule"] == "quote_verb"
    assert ("Volodymyr Zelenskyy", "President", "Ukrainian government") in found.roles()


def test_expressed_concern_denied_troops_and_performatives(extractor: Extractor) -> None:
    found = run(extractor, "The EU expressed deep concern over the escalation. Qatar voiced support for the talks. "
                           "Rwanda's government insisted it had no troops in Burundi. Kenya called Uganda to express "
                           "concern. “We urge the Somali side to stop its provocations,” Kenya's foreign ministry "
                           "said. Beijing called the visit “a dangerous provocation”.")
    acts = sorted((name, s["act"]) for name, s in found.statements())
    assert acts == [("Chinese government", "criticize"), ("European Union", "criticize"),
                    ("Kenyan Foreign Ministry", "appeal"), ("Qatari government", "welcome"),
                    ("Rwandan government", "deny")]  # the call's purpose is no statement


def test_pronoun_and_reported_speech_acts(extractor: Extractor) -> None:
    found = run(extractor, "Chinese Foreign Ministry spokesman Wang Wenbin urged Washington to stop arming Taiwan. "
                           "He warned that Beijing would take resolute measures.")
    acts = {s["act"] for name, s in found.statements() if name == "Wang Wenbin"}
    assert acts == {"appeal", "threaten"}  # what his own side will do: a threat (tests/ANNOTATION.md)


def test_colon_quote_and_glued_quote(extractor: Extractor) -> None:
    found = run(extractor, "On Monday the envoy Lise Berg said, “The corridor is open.”She said more aid was due: "
                           "“We need fuel and we need it now.”")
    texts = {s["text"]: (name, s["date"]) for name, s in found.statements()}
    assert texts["The corridor is open."] == ("Lise Berg", "2024-03-18")
    assert texts["We need fuel and we need it now."][0] == "Lise Berg"
    assert texts["more aid was due"] == ("Lise Berg", "2024-03-18")  # date carried over through 'she'


def test_denial_by_negated_claim(extractor: Extractor) -> None:
    found = run(extractor, "Army spokesman Yahya Saree insisted that the drones had not targeted civilians.")
    [(speaker, s)] = found.statements()
    assert speaker == "Yahya Saree" and s["act"] == "deny"


BRIEFING = """Department Press Briefing - March 4, 2021

Ned Price, Department Spokesperson
Washington, DC

MR PRICE: Good afternoon. Today the Secretary spoke with Foreign Minister Dmytro Kuleba of Ukraine. We condemn \
the attacks on civilians in the strongest terms.

QUESTION: Thanks, Ned. Do you condemn the strike, and will you impose sanctions on Russia?

MR PRICE: We have been very clear. We urge Moscow to withdraw its forces. We are prepared to return to talks in Vienna.
"""


def test_briefing_turns_belong_to_the_official_and_questions_to_nobody(extractor: Extractor) -> None:
    found = Found(extractor.extract(BRIEFING))
    statements = found.statements()
    assert {name for name, _ in statements} == {"Ned Price"}
    assert all(s["rule"] == "briefing_turn" and s["date"] == "2021-03-04" for _, s in statements)
    assert not any("sanctions" in s["text"] for _, s in statements)
    acts = {s["text"]: s["act"] for _, s in statements}
    assert acts["We condemn the attacks on civilians in the strongest terms."] == "criticize"
    assert acts["We urge Moscow to withdraw its forces."] == "appeal"
    assert acts["We are prepared to return to talks in Vienna."] == "promise"
    assert "Good afternoon." not in acts
    assert ("Dmytro Kuleba", "Foreign Minister", "Ukrainian Foreign Ministry") in found.roles()
    assert "Ned" in found.entity("Person", "Ned Price").properties["aliases"]


NAMED_BRIEFING = (
    "Daily briefing, 12 March 2024\n\n"
    "Daily news conference with Chief Spokesperson Karin Holt and Spokesperson Marco Ferri\n\n"
    "Karin Holt: Good afternoon. Commissioner Ilse Brandt will travel to Chisinau on Thursday.\n\n"
    "Question: On Georgia, will the Union impose sanctions after the crackdown?\n\n"
    "Marco Ferri: We strongly condemn the violence against peaceful protesters in Tbilisi.\n\n"
    "Daily Herald: Has the minister met her Armenian counterpart?\n\n"
    "Marco Ferri: We welcome the progress made in the talks.\n\n"
    "Karin Holt: I have nothing to add on that.\n"
)


def test_transcript_labels_written_as_names_and_outlets_asking(extractor: Extractor) -> None:
    turns = find_turns(NAMED_BRIEFING)
    assert [t.label for t in turns] == ["Karin Holt", None, "Marco Ferri", None, "Marco Ferri", "Karin Holt"]
    assert NAMED_BRIEFING[turns[3].start:].startswith("Has the minister")  # 'Daily Herald' only asks
    found = Found(extractor.extract(NAMED_BRIEFING))
    acts = {s["text"]: (name, s["act"]) for name, s in found.statements()}
    assert acts["We strongly condemn the violence against peaceful protesters in Tbilisi."] == (
        "Marco Ferri", "criticize")  # the label opens the parser's sentence: the statement is the rest
    assert acts["We welcome the progress made in the talks."] == ("Marco Ferri", "welcome")
    assert "Good afternoon." not in acts
    assert not any("sanctions" in text or "counterpart" in text for text in acts)
    assert found.entity("Institution", "Karin Holt") is None, "a speaker's label is no organisation"


@pytest.mark.parametrize("text", [
    "Related Coverage: Talks in Geneva\n\nThe envoys met.\n\nRead More: Sanctions on Ruritania\n",
    "Update: the talks resumed.\n\nNote: times are local.\n",
])
def test_a_story_with_a_few_labelled_lines_is_no_transcript(text: str) -> None:
    assert find_turns(text) == []


def test_a_label_that_is_only_a_title_is_the_person_given_that_title(extractor: Extractor) -> None:
    text = ("Noon briefing, 14 November 2024\n\nA transcript of the briefing by Rafael Mendes, Spokesperson for "
            "the Secretary-General.\n\nSpokesperson: The Secretary-General strongly condemns the attack on "
            "the convoy.\n\nQuestion: Any response from the rebels?\n\nSpokesperson: Not that I am aware of.\n")
    assert {name for name, _ in Found(extractor.extract(text)).statements()} == {"Rafael Mendes"}


def test_he_and_she_find_a_person_of_their_gender(extractor: Extractor) -> None:
    found = run(extractor, "Foreign Minister Annalena Baerbock met Sergey Lavrov in Geneva. She said the talks had "
                           "been difficult. He said Moscow would not retreat. Spokeswoman Grace Okafor met "
                           "Mr. Ndlovu. He said the vote was fair. She said the count was slow.")
    said = {s["text"]: name for name, s in found.statements()}
    assert said == {"the talks had been difficult": "Annalena Baerbock", "Moscow would not retreat": "Sergey Lavrov",
                    "the vote was fair": "Ndlovu", "the count was slow": "Grace Okafor"}


# --- events and links -----------------------------------------------------------------------------------

def test_call_and_visit_events(extractor: Extractor) -> None:
    found = run(extractor, "Dmytro Kuleba met Mevlut Cavusoglu. Kuleba called Cavusoglu on Friday to discuss grain. "
                           "Britain's Foreign Secretary David Cameron visited Kyiv yesterday. "
                           "Kuleba called for calm.")
    kinds = {(e[0], frozenset(e[1]), frozenset(e[2]), e[3]["date"]) for e in found.events()}
    assert ("telephone call", frozenset({"Dmytro Kuleba"}), frozenset({"Mevlut Cavusoglu"}), "2024-03-15") in kinds
    assert ("visit", frozenset({"David Cameron"}), frozenset({"Ukrainian government"}), "2024-03-19") in kinds
    assert sum(1 for k in kinds if k[0] == "telephone call") == 1  # "called for" is an appeal, not a call


def test_sanctions_and_reaction(extractor: Extractor) -> None:
    found = run(extractor, "The European Union imposed sanctions on Iran on Friday. Tehran condemned the move.")
    [(kind, actors, targets, props)] = found.events()
    assert (kind, actors, targets, props["date"]) == ("sanction", {"European Union"}, {"Iranian government"},
                                                     "2024-03-15")
    condemn = next(n for n in found.doc.nodes if n.label == "Statement")
    assert [r.end for r in found.doc.relationships if r.type == "RESPONDS_TO" and r.start == condemn.id] == \
        [next(n.id for n in found.doc.nodes if n.label == "Event")]


def test_ceasefire_with_two_actors_and_month_date(extractor: Extractor) -> None:
    found = run(extractor, "Turkey and Russia agreed a ceasefire in Idlib in early March.")
    ceasefires = [e for e in found.events() if e[0] == "ceasefire"]
    # done together: the first-named party's, with the other as target (one event per pair, as event data are coded)
    assert [(c[1], c[2]) for c in ceasefires] == [({"Turkish government"}, {"Russian government"})]
    assert ceasefires[0][3]["date"] == "2024-03"


def test_an_ongoing_event_is_dated_when_it_is_reported(extractor: Extractor) -> None:
    found = run(extractor, "Kenya's foreign ministry said on Monday that a Kenyan delegation was travelling to Addis "
                           "Ababa for mediation talks. Sudan is sending envoys to Riyadh. "
                           "A Somali team was heading to Nairobi. A football squad was heading to Lagos.")
    visits = {(frozenset(e[1]), frozenset(e[2])): e[3].get("date") for e in found.events() if e[0] == "visit"}
    assert visits == {
        (frozenset({"Kenyan government"}), frozenset({"Ethiopian government"})): "2024-03-18",  # the day it was said
        (frozenset({"Sudanese government"}), frozenset({"Saudi government"})): DATE,  # present tense: the article's day
        (frozenset({"Somali government"}), frozenset({"Kenyan government"})): None,  # narrated past: no guess
    }  # and a squad of no known country is nobody's visit (not the last government seen acting)


def test_a_siege_without_a_target_is_where_the_next_sentence_says(extractor: Extractor) -> None:
    found = run(extractor, "Fighting was reported near Goma. Goma was calm later. "
                           "Ethiopia and Eritrea are maintaining a siege imposed in early May. "
                           "Residents in Mekelle report shortages of water.\n\n"
                           "Ethiopia is maintaining a blockade.\n\nShortages were reported in Adigrat.")
    sieges = {(frozenset(e[1]), frozenset(e[2]), e[3].get("date")) for e in found.events() if e[0] == "siege"}
    assert sieges == {
        (frozenset({"Ethiopian government"}), frozenset({"Mekelle"}), "2023-05"),  # each besieges it
        (frozenset({"Eritrean government"}), frozenset({"Mekelle"}), "2023-05"),
        # no place in its paragraph: the place the article names most (never across a paragraph break)
        (frozenset({"Ethiopian government"}), frozenset({"Goma"}), DATE),
    }


def test_a_dated_event_noun_happened_even_without_a_verb(extractor: Extractor) -> None:
    found = run(extractor, "Pakistan and India honour a 2003 ceasefire in Kashmir. Both sides discussed a deal. "
                           "Envoys spoke of talks in Doha, as signatories of a 1994 treaty met.")
    events = {(e[0], frozenset(e[1]), e[3].get("date")) for e in found.events()}
    assert ("ceasefire", frozenset({"Pakistani government"}), "2003") in events  # with India as its target
    assert not [e for e in events if e[0] == "agreement" and e[2] is None]  # "a deal" may never happen
    assert all(e[2] != "1994" for e in events if e[0] != "agreement")  # the year dates the treaty only
    assert ("agreement", frozenset({"Qatari government"}), "1994") not in events  # its parties are not named
    parties = run(extractor, "Serbia and Kosovo met in Brussels. The two sides and other signatories of a 2013 "
                             "agreement want it revived.")
    assert {(e[0], frozenset(e[1]), frozenset(e[2])) for e in parties.events()} == {
        ("meeting", frozenset({"Serbian government"}), frozenset({"Kosovar government"})),  # met, with no object
        ("agreement", frozenset({"Serbian government"}), frozenset({"Kosovar government"}))}  # once, first named


def test_exchanges_summons_halted_talks_and_struck_places(extractor: Extractor) -> None:
    found = run(extractor, "Armenia and Azerbaijan exchanged 40 detainees on Thursday. The two armies exchanged fire "
                           "near Tavush. Kenya summoned Somalia's ambassador on Monday. Israeli jets struck a depot "
                           "in Tyre. Serbia suspended talks with Kosovo. Washington urged both governments to sign "
                           "the treaty. The US welcomed the deal reached between Chad and Niger.")
    events = {(e[0], frozenset(e[1]), frozenset(e[2])) for e in found.events()}
    assert events == {
        ("prisoner exchange", frozenset({"Armenian government"}), frozenset({"Azerbaijani government"})),
        ("prisoner exchange", frozenset({"Azerbaijani government"}), frozenset({"Armenian government"})),
        ("protest (ambassador summoned)", frozenset({"Kenyan government"}), frozenset({"Somali government"})),
        ("military action", frozenset({"Israeli government"}), frozenset({"Tyre"})),
        ("halt negotiations", frozenset({"Serbian government"}), frozenset({"Kosovar government"})),
        ("agreement", frozenset({"Chadian government"}), frozenset({"Nigerien government"})),  # first named
        ("military action", frozenset({"Armenian Army"}), frozenset({"Azerbaijani Army"})),
        ("military action", frozenset({"Azerbaijani Army"}), frozenset({"Armenian Army"})),
    }  # an exchange of fire is fighting by each army, not a swap; no treaty only urged; the welcomer is no party


def test_a_verb_with_its_own_subject_never_borrows_the_main_clause_subject(extractor: Extractor) -> None:
    found = run(extractor, "Manila protested after Chinese warships fired missiles at a Philippine boat.")
    assert not [e for e in found.events() if "Philippine government" in e[1]]


def test_i_in_an_officials_turn_is_that_official(extractor: Extractor) -> None:
    text = ("Department Press Briefing\n\nMS. OKAFOR: Good afternoon. I met Kenyan Foreign Minister Amos Wekesa on "
            "Monday.\n\nQUESTION: Did I hear that you met the Egyptian foreign minister?\n\nMS. OKAFOR: I did not "
            "meet him.\n")
    found = Found(extractor.extract(text, date=DATE))
    assert [(e[0], e[1], e[2], e[3]["date"]) for e in found.events()] == [
        ("meeting", {"Okafor"}, {"Amos Wekesa"}, "2024-03-18")]  # not the reporter's question, not the denial


def test_a_guerrilla_bombing_and_a_passive_trip(extractor: Extractor) -> None:
    found = run(extractor, "Hamas claimed a bombing in Hebron on Monday. Israeli jets bombed Rafah. Egypt said the "
                           "wounded had been handed over at the border and would be flown to Cairo.")
    assert {(e[0], e[3]["cameo"], frozenset(e[1])) for e in found.events()} == {
        ("bombing", "183", frozenset({"Hamas"})), ("military action", "195", frozenset({"Israeli government"}))}


def test_receptions_recalls_seizures_deployments_collapses_and_accusations(extractor: Extractor) -> None:
    found = run(extractor, "Kenyan President William Ruto received Ethiopian Prime Minister Abiy Ahmed in Nairobi. "
                           "Algeria recalled its ambassador from Madrid. Iran seized a tanker in the Gulf. "
                           "Pakistan deployed troops to the border. Talks between Chad and Niger collapsed. "
                           "Ukraine accused Russia of shelling Kherson. Kenya received a letter from Uganda.")
    events = {(e[0], e[3]["cameo"], frozenset(e[1]), frozenset(e[2])) for e in found.events()}
    assert events >= {
        ("host visit", "043", frozenset({"William Ruto"}), frozenset({"Abiy Ahmed"})),
        ("recall of ambassador", "161", frozenset({"Algerian government"}), frozenset({"Spanish government"})),
        ("seizure", "171", frozenset({"Iranian government"}), frozenset()),
        ("military posture", "154", frozenset({"Pakistani government"}), frozenset()),
        ("military action", "190", frozenset({"Russian government"}), frozenset({"Kherson"})),  # alleged
    }
    assert {e[0] for e in events if e[0] == "halt negotiations"} == {"halt negotiations"}
    assert not [e for e in events if e[0] == "host visit" and "Ugandan government" in e[3]]  # a letter is no visit


def test_clashes_captures_drills_pacts_and_fighters_of_a_group(extractor: Extractor) -> None:
    found = run(extractor, "Kenya and Uganda clashed over the border. The two leaders held a phone call on Sunday. "
                           "Hamas fighters captured the town of Sderot. China conducted military drills around "
                           "Taiwan. Serbia and Hungary signed a memorandum of understanding on energy.")
    events = {(e[0], frozenset(e[1]), frozenset(e[2])) for e in found.events()}
    assert events == {
        ("military action", frozenset({"Kenyan government"}), frozenset({"Ugandan government"})),
        ("telephone call", frozenset({"Kenyan government"}), frozenset({"Ugandan government"})),  # the two leaders
        ("occupation of territory", frozenset({"Hamas"}), frozenset({"Sderot"})),
        ("military posture", frozenset({"Chinese government"}), frozenset({"Taiwanese government"})),
        ("agreement", frozenset({"Serbian government"}), frozenset({"Hungarian government"})),  # one, not each
    }  # a clash, like a pact signed together, is the first-named party's, with the other as target


def test_contacts_framed_hosted_and_received(extractor: Extractor) -> None:
    found = run(extractor, "Foreign Minister Ana Silva met with her Chilean counterpart on Monday. In a phone call "
                           "with Emmanuel Macron, Volodymyr Zelensky asked for more air defence. Qatar hosted talks "
                           "between Rwanda and Burundi in Doha. Egypt's president received a phone call from the "
                           "Ethiopian prime minister.")
    events = {(e[0], frozenset(e[1]), frozenset(e[2])) for e in found.events()}
    assert events >= {
        ("meeting", frozenset({"Ana Silva"}), frozenset({"Chilean government"})),
        ("telephone call", frozenset({"Volodymyr Zelensky"}), frozenset({"Emmanuel Macron"})),
        ("host visit", frozenset({"Qatari government"}), frozenset()),
        ("negotiation", frozenset({"Rwandan government"}), frozenset({"Burundian government"})),
        ("telephone call", frozenset({"Ethiopian government"}), frozenset({"Egyptian government"})),
    }


def test_launched_drones_brokered_truces_and_killings(extractor: Extractor) -> None:
    found = run(extractor, "Russia launched 40 drones at Ukraine overnight. The truce, brokered by Egypt, collapsed "
                           "on Friday. Israel killed a senior Hezbollah commander in Beirut on Tuesday. The blast "
                           "killed 20 people.")
    events = {(e[0], e[3]["cameo"], frozenset(e[1]), frozenset(e[2])) for e in found.events()}
    assert events == {
        ("military action", "195", frozenset({"Russian government"}), frozenset({"Ukrainian government"})),
        ("mediation", "045", frozenset({"Egyptian government"}), frozenset()),
        ("military action", "190", frozenset({"Israeli government"}), frozenset({"Hezbollah"})),
    }  # a blast is nobody's act
    victims = run(extractor, "Russia launched Iranian-made drones at Ukraine. The deal would free Israeli hostages "
                             "taken October 7 by Hamas. Israeli hostages taken by Hamas were freed.")
    assert {(e[0], frozenset(e[1]), frozenset(e[2])) for e in victims.events()} == {
        ("military action", frozenset({"Russian government"}), frozenset({"Ukrainian government"})),
        ("hostage-taking", frozenset({"Hamas"}), frozenset({"Israeli government"})),
        ("release of prisoners", frozenset({"Hamas"}), frozenset({"Israeli government"}))}  # a victim never acts;
    # who held them frees them


def test_leaders_named_in_apposition_meet_and_troops_exchange_fire(extractor: Extractor) -> None:
    found = run(extractor, "Azerbaijan's president Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan met in "
                           "Brussels on Monday. Indian and Pakistani troops exchanged fire along the border.")
    assert {(e[0], frozenset(e[1]), frozenset(e[2])) for e in found.events()} == {
        ("meeting", frozenset({"Ilham Aliyev"}), frozenset({"Nikol Pashinyan"})),
        ("military action", frozenset({"Indian Army"}), frozenset({"Pakistani Army"})),  # troops: their armies
        ("military action", frozenset({"Pakistani Army"}), frozenset({"Indian Army"}))}


def test_negotiators_of_two_countries_and_a_treaty_named_after_a_capital(extractor: Extractor) -> None:
    found = run(extractor, "Egyptian and Ethiopian negotiators met last week in Cairo. The United States withdrew "
                           "from the Paris agreement in 2020.")
    assert {(e[0], frozenset(e[1]), frozenset(e[2]), e[3]["date"]) for e in found.events()} == {
        ("meeting", frozenset({"Egyptian government"}), frozenset({"Ethiopian government"}), "2024-03"),
        ("withdrawal from agreement", frozenset({"US government"}), frozenset(), "2020")}  # Paris names no party


def test_an_official_named_only_by_country_and_title(extractor: Extractor) -> None:
    found = run(extractor, "Venezuela's foreign minister met his Guyanese counterpart in Brasilia. A senior Qatari "
                           "diplomat said the talks were close to a deal.")
    assert [(e[0], e[1], e[2]) for e in found.events()] == [
        ("meeting", {"Venezuelan Foreign Ministry"}, {"Guyanese government"})]
    assert [name for name, _ in found.statements()] == ["Qatari government"]


def test_a_call_with_two_officials_is_one_call_with_each(extractor: Extractor) -> None:
    found = run(extractor, "Foreign Secretary Jane Doe spoke on Monday with Kenyan Foreign Minister Amos Wekesa and "
                           "Ugandan Foreign Minister Ruth Nankabirwa.")
    assert {(e[0], frozenset(e[1]), frozenset(e[2])) for e in found.events()} == {
        ("consultation", frozenset({"Jane Doe"}), frozenset({"Amos Wekesa"})),
        ("consultation", frozenset({"Jane Doe"}), frozenset({"Ruth Nankabirwa"}))}


def test_blamed_and_claimed_attacks_and_named_truces(extractor: Extractor) -> None:
    found = run(extractor, "Peru's envoy called the ceasefire in Puno a failure. Investigators examined a bombing "
                           "that the army blamed on the Shining Path. A rocket attack claimed by Hezbollah hit Safed.")
    events = {(e[0], frozenset(e[1])) for e in found.events()}
    assert ("military action", frozenset({"Hezbollah"})) in events
    assert not [e for e in events if e[0] == "ceasefire"]  # naming a truce a failure declares nothing
    blamed = run(extractor, "Investigators examined a bombing that the army blamed on Hamas.")
    assert [e[1] for e in blamed.events()] == [{"Hamas"}]


def test_hypothetical_events_are_skipped(extractor: Extractor) -> None:
    found = run(extractor, "The rebels said they would sign a deal if the army withdrew.")
    assert not [e for e in found.events() if e[0] == "agreement"]


def test_contradiction_the_article_states(extractor: Extractor) -> None:
    found = run(extractor, "Defence Ministry spokesman Oleh Petrenko said the troops had not left the town. "
                           "The Defence Ministry's account contradicted the one given by the Foreign Ministry. "
                           "Deputy Foreign Minister Iryna Marchenko said the troops had withdrawn.\n\n"
                           "Ukraine said on Monday that the talks would go on.")
    statements = {n.properties["text"]: n.id for n in found.doc.nodes if n.label == "Statement"}
    links = {(r.start, r.end) for r in found.doc.relationships if r.type == "CONTRADICTS"}
    assert (statements["the troops had not left the town"], statements["the troops had withdrawn"]) in links


def test_overrides_merge_rename_and_fix_roles(extractor: Extractor, tmp_path) -> None:
    path = tmp_path / "overrides.json"
    path.write_text('{"aliases": {"Wang Wenbin": "Wenbin Wang"},'
                    ' "rename": {"Chinese government": "Government of China"},'
                    ' "roles": [{"person": "Wenbin Wang", "title": "spokesperson",'
                    ' "institution": "Chinese Foreign Ministry"}],'
                    ' "set": {"Chinese Foreign Ministry": {"country": "PRC"}}}')
    corrected = Extractor(overrides=path)
    found = Found(corrected.extract("Headline\n\nChinese Foreign Ministry spokesman Wang Wenbin said Beijing "
                                    "was ready.", date=DATE))
    person = found.entity("Person", "Wenbin Wang")
    assert person is not None and "Wang Wenbin" in person.properties["aliases"]
    assert found.entity("Institution", "Government of China") is not None
    assert found.roles() == {("Wenbin Wang", "spokesperson", "Chinese Foreign Ministry")}
    assert [name for name, _ in found.statements()] == ["Wenbin Wang"]
    assert found.entity("Institution", "Chinese Foreign Ministry").properties["country"] == "PRC"
    bad = tmp_path / "bad.json"
    bad.write_text('{"set": {"X": {"name": "Y"}}}')
    with pytest.raises(InputError):
        Extractor(overrides=bad)


def test_pronoun_prefers_the_last_subject(extractor: Extractor) -> None:
    found = run(extractor, "Josep Borrell called Ayman Safadi on Sunday. He said the crossings must reopen.")
    [(speaker, s)] = found.statements()
    assert speaker == "Josep Borrell" and s["act"] == "appeal"


def test_both_sides_are_the_last_two_governments(extractor: Extractor) -> None:
    found = run(extractor, "Armenia accused Azerbaijan of shelling border villages, and Azerbaijan denied it. "
                           "The two sides signaled a willingness to resume talks.")
    signals = {name for name, s in found.statements() if s["act"] == "promise"}
    assert signals == {"Armenian government", "Azerbaijani government"}


def test_government_bodies_take_the_country_named_nearby(extractor: Extractor) -> None:
    found = run(extractor, "Japanese Prime Minister Fumio Kishida told a Cabinet meeting that aid would grow.")
    cabinet = found.entity("Institution", "Japanese Cabinet")
    assert cabinet is not None
    assert found.names(found.out(cabinet.id, "PART_OF")) == {"Japanese government"}


def test_scrambled_text_still_gives_a_valid_document(extractor: Extractor) -> None:
    import random
    from pathlib import Path

    from dipgraph.graph.document import validate

    words = " ".join(p.read_text() for p in (Path(__file__).parent / "gold").glob("*.txt")).split(" ")
    words += ['"', "“", "”", "‘", "’", ":", "\n\n", "MR. KIRBY:", "Q:", "—", "al-", "'s", "He", "said", "the regime"]
    rng = random.Random(7)
    for _ in range(40):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 80))) + " x"
        doc = extractor.extract(text, date=rng.choice([None, "2020-02-29"]))
        kept, problems = validate(doc)
        assert problems == []
        assert len({n.id for n in doc.nodes}) == len(doc.nodes)
        for node in doc.nodes:
            if node.label in ("Statement", "Event"):
                assert text[node.properties["start"]:node.properties["end"]] == node.properties["text"]


def test_wire_dateline_is_not_part_of_the_story(extractor: Extractor) -> None:
    found = run(extractor, "KYIV, March 3 (Reuters) - Russian forces shelled the city of Kharkiv on Thursday, "
                           "Ukrainian officials said.")
    [(speaker, s)] = found.statements()
    assert speaker == "Ukrainian government" and s["text"].startswith("Russian forces shelled")
    [(kind, actors, targets, props)] = found.events()
    assert (kind, actors, targets, props["date"]) == ("military action", {"Russian Army"}, {"Kharkiv"},
                                                     "2024-03-14")


def test_according_to_and_title_phrases_before_a_name(extractor: Extractor) -> None:
    found = run(extractor, "According to Foreign Minister Sameh Shoukry, Egypt will host the next round. "
                           "A spokesperson for the Kremlin, Dmitry Peskov, said the talks had stalled. "
                           "A Taliban spokesman, Zabihullah Mujahid, said the claims were baseless.")
    said = {name: (s["text"], s["act"], s["rule"]) for name, s in found.statements()}
    assert said["Sameh Shoukry"] == ("Egypt will host the next round", "assert", "according_to")
    assert said["Dmitry Peskov"][:2] == ("the talks had stalled", "assert")
    assert said["Zabihullah Mujahid"][1] == "deny"
    assert {("Dmitry Peskov", "spokesperson", "Russian government"),
            ("Zabihullah Mujahid", "spokesman", "Afghan government")} <= found.roles()


def test_undated_event_takes_the_date_of_another_mention(extractor: Extractor) -> None:
    found = run(extractor, "Iranian and French negotiators held talks in Geneva. Monday's round of talks ended "
                           "without a deal.")
    talks = [e for e in found.events() if e[0] == "negotiation"]
    assert talks and talks[0][1] == {"Iranian government"} and talks[0][2] == {"French government"}
    assert talks[0][3]["date"] == "2024-03-18"


def test_lone_surnames_that_act_are_people(extractor: Extractor) -> None:
    found = run(extractor, "Minister Kvist arrived in Cairo on Monday for talks. Lena Moberg, who heads the "
                           "agency's nuclear safety division, was there too. Moberg said the plant was safe. "
                           "Warplanes have not flown over the city.")
    assert {n.properties["name"] for n in found.doc.nodes if n.label == "Person"} >= {"Kvist"}
    assert not {"Warplanes"} & {n.properties.get("name") for n in found.doc.nodes}
    visits = [e for e in found.events() if e[0] == "visit"]
    assert visits and visits[0][1] == {"Kvist"} and visits[0][2] == {"Egyptian government"}


def test_attacks_rockets_and_sanctions(extractor: Extractor) -> None:
    found = run(extractor, "Israeli airstrikes killed 20 people in Rafah on Sunday. Hezbollah fired rockets at "
                           "northern Israel. The United States imposed new sanctions on Russian banks.")
    events = {(e[0], frozenset(e[1]), frozenset(e[2]), e[3]["date"]) for e in found.events()}
    assert ("military action", frozenset({"Israeli government"}), frozenset({"Rafah"}), "2024-03-17") in events
    assert ("military action", frozenset({"Hezbollah"}), frozenset({"Israeli government"}), None) in events
    assert ("sanction", frozenset({"US government"}), frozenset({"Russian government"}), None) in events


def test_a_denial_contradicts_the_claim_it_denies(extractor: Extractor) -> None:
    found = run(extractor, "The Russian army said its troops had captured the town of Bakhmut. The Wagner Group denied "
                           "that the army had captured the town.")
    statements = {n.properties["act"]: n.id for n in found.doc.nodes if n.label == "Statement"}
    assert (statements["deny"], statements["assert"]) in {
        (r.start, r.end) for r in found.doc.relationships if r.type == "CONTRADICTS"}


def test_drones_strike_for_their_country_and_quotes_that_accuse_criticise(extractor: Extractor) -> None:
    found = run(extractor, "Russian drones attacked the port of Izmail on Sunday. Foreign Minister Dmytro Kuleba "
                           "said on Tuesday that Moscow was \u201cblackmailing the world.\u201d")
    [(kind, actors, targets, props)] = found.events()
    assert (kind, actors, targets, props["date"]) == ("military action", {"Russian government"}, {"Izmail"},
                                                     "2024-03-17")
    [(speaker, s)] = found.statements()
    assert (speaker, s["act"], s["date"]) == ("Dmytro Kuleba", "criticize", "2024-03-19")


def test_single_quotes_and_the_minister(extractor: Extractor) -> None:
    found = run(extractor, "Penny Wong arrived in Beijing on Monday. 'We want stable relations,' the minister "
                           "told reporters. The rebels' positions held.")
    [(speaker, s)] = found.statements()
    assert speaker == "Penny Wong" and s["text"] == "We want stable relations,"


def test_places_with_districts_and_countries(extractor: Extractor) -> None:
    found = run(extractor, "Shelling hit Izmail, Ukraine, overnight. Warplanes struck Aleppo on Monday. Syria's "
                           "largest city Aleppo was quiet on Tuesday, but residents in east Aleppo reported shortages.")
    places = {n.properties["name"]: (n.properties["kind"], n.properties["country"])
              for n in found.doc.nodes if n.label == "Place"}
    assert places["Izmail"][1] == "Ukraine"
    assert places["Aleppo"] == ("city", "Syria")
    assert places["east Aleppo"] == ("district", "Syria")


def test_apposition_with_an_institution_before_the_title(extractor: Extractor) -> None:
    found = run(extractor, "\u201cThe West is escalating,\u201d said Maria Zakharova, the Russian Foreign Ministry "
                           "spokeswoman. The IDF said its jets struck a depot.")
    assert ("Maria Zakharova", "spokeswoman", "Russian Foreign Ministry") in found.roles()
    idf = found.entity("Institution", "Israel Defense Forces")
    assert idf is not None and idf.properties["kind"] == "military"
    assert ("Israel Defense Forces", "assert") in {(name, s["act"]) for name, s in found.statements()}


def test_dateline_with_place_and_country_and_a_fronted_report(extractor: Extractor) -> None:
    text = ("Truce agreed\n\nJEDDAH, Saudi Arabia — Sudan's army and the paramilitary Rapid Support Forces agreed "
            "on Saturday to a seven-day ceasefire, Saudi Arabia and the United States said in a joint statement.\n\n"
            "An RSF spokesman, Mohamed al-Mukhtar, accused the army of violating previous truces. Saudi Foreign "
            "Minister Prince Faisal bin Farhan spoke by phone with Antony Blinken on Sunday.")
    found = Found(extractor.extract(text, date="2023-05-21"))
    said = {(name, s["act"]) for name, s in found.statements()}
    assert {("Saudi government", "assert"), ("US government", "assert"),
            ("Mohamed al-Mukhtar", "criticize")} <= said
    assert ("Mohamed al-Mukhtar", "spokesman", "Rapid Support Forces") in found.roles()
    calls = [e for e in found.events() if e[0] == "telephone call"]  # spoke by phone
    assert calls and calls[0][1] == {"Faisal bin Farhan"} and calls[0][2] == {"Antony Blinken"}
    ceasefire = [e for e in found.events() if e[0] == "ceasefire"]
    assert ceasefire and ceasefire[0][3]["date"] == "2023-05-20"


def test_the_two_sides_are_the_parties_that_acted_together(extractor: Extractor) -> None:
    found = run(extractor, "Sudan's army and the paramilitary Rapid Support Forces agreed on Saturday to a "
                           "ceasefire, Saudi Arabia said. It was the first agreement signed by the two sides.")
    agreements = {(frozenset(e[1]), frozenset(e[2])) for e in found.events() if e[0] == "agreement"}
    assert agreements == {(frozenset({"Sudanese Armed Forces"}), frozenset({"Rapid Support Forces"}))}


def test_odd_article_dates_do_not_break_relative_dates(extractor: Extractor) -> None:
    body = "Headline\n\n26 Oct 2016 – Envoy Lise Berg said on Tuesday that the talks would resume."
    for given, expected in (("2016-10-26T09:00:00Z", "2016-10-25"), ("2016-10", "2016-10-25"), ("soon", "2016-10-25")):
        found = Found(extractor.extract(body, date=given))
        [(_, s)] = found.statements()
        assert s["date"] == expected, given


@pytest.mark.parametrize(("body", "speaker", "act", "text"), [
    ("Polish Foreign Minister Piotr Nowak wrote on Telegram that the sanctions were overdue.", "Piotr Nowak",
     "assert", "the sanctions were overdue"),
    ("In a post on X, Chilean Foreign Minister Ana Ruiz wrote that the vote was a fraud.", "Ana Ruiz", "assert",
     "the vote was a fraud"),
    ("The Egyptian presidency welcomed the agreement.", "Egyptian government", "welcome", "welcomed the agreement"),
    ("The Chinese embassy in Manila dismissed the accusations as groundless.", "Chinese Embassy in Manila", "reject",
     "dismissed the accusations as groundless"),
    ("Officials in Kyiv said the talks would resume.", "Ukrainian government", "assert", "the talks would resume"),
    ("Hungary deplored the decision.", "Hungarian government", "criticize", "deplored the decision"),
])
def test_posts_presidencies_embassies_and_more_judgement_verbs(extractor: Extractor, body: str, speaker: str,
                                                               act: str, text: str) -> None:
    assert [(name, s["act"], s["text"]) for name, s in run(extractor, body).statements()] == [(speaker, act, text)]


@pytest.mark.parametrize("body", ["Piotr Nowak wrote a letter to the minister.",
                                  "The minister posted a video of the meeting."])
def test_writing_or_posting_something_is_no_statement(extractor: Extractor, body: str) -> None:
    assert run(extractor, body).statements() == []


def test_the_statement_says_what_its_issuer_says(extractor: Extractor) -> None:
    found = run(extractor, "Peru's foreign ministry issued a statement on Tuesday. The statement said Lima would "
                           "not accept the ruling.")
    assert [(name, s["text"]) for name, s in found.statements()] == [
        ("Peruvian Foreign Ministry", "Lima would not accept the ruling")]


def test_being_asked_is_no_statement_of_ones_own(extractor: Extractor) -> None:
    found = run(extractor, "Asked about the sanctions, Kremlin spokesman Dmitry Volkov said Moscow would respond.")
    assert [(name, s["text"]) for name, s in found.statements()] == [("Dmitry Volkov", "Moscow would respond")]


@pytest.mark.parametrize(("body", "speaker"), [
    ("The EU's foreign policy chief said the bloc would respond.", "European Union"),
    ("A senior UN official said aid was blocked.", "United Nations"),
    ("NATO's secretary-general said the alliance was united.", "NATO"),
    ("Médecins Sans Frontières said its hospital was hit.", "Doctors Without Borders"),
])
def test_an_unnamed_official_of_an_organisation_speaks_for_it(extractor: Extractor, body: str, speaker: str) -> None:
    assert [name for name, _ in run(extractor, body).statements()] == [speaker]


@pytest.mark.parametrize(("body", "person"), [
    ("Sudanese army chief Abdel Fattah al-Burhan met the envoy. Burhan said the army would not negotiate.",
     "Abdel Fattah al-Burhan"),
    ("Ukrainian President Volodymyr Zelenskyy met the envoy. Zelensky said allies must act.", "Volodymyr Zelenskyy"),
    ("Thomas Delaney, a State Department spokesman, met the envoy. Tom Delaney said Washington was patient.",
     "Thomas Delaney"),
])
def test_a_person_named_again_without_particle_in_another_spelling_or_by_nickname(
        extractor: Extractor, body: str, person: str) -> None:
    found = run(extractor, body)
    assert [n.properties["name"] for n in found.doc.nodes if n.label == "Person"] == [person]
    assert [name for name, _ in found.statements()] == [person]


def test_a_womans_surname_in_a_is_another_person(extractor: Extractor) -> None:
    found = run(extractor, "Foreign Minister Ivan Petrov met the envoy. Petrova said the talks were useful.")
    assert {n.properties["name"] for n in found.doc.nodes if n.label == "Person"} == {"Ivan Petrov", "Petrova"}


def test_a_name_after_a_title_is_a_person_whatever_the_tagger_thought(extractor: Extractor) -> None:
    found = run(extractor, "French President Emmanuel Macron and German Chancellor Olaf Scholz met in Paris.")
    assert {n.properties["name"] for n in found.doc.nodes if n.label == "Person"} == {"Emmanuel Macron",
                                                                                       "Olaf Scholz"}


@pytest.mark.parametrize(("said", "act"), [
    ("Ruiz called the election a sham.", "criticize"),
    ("Ruiz called the talks constructive.", "comment"),
    ("Ruiz described the ruling as politically motivated.", "criticize"),
    ("Ruiz said the sanctions were a mistake.", "criticize"),
    ("Ruiz said Chile would impose sanctions if the attacks continued.", "threaten"),  # her own side's act
    ("Ruiz said the rebels would pay if they attacked.", "warn"),
    ("Ruiz said Chile would send aid if asked.", "promise"),
    ("Ruiz said Chile would not hesitate to defend itself.", "warn"),
])
def test_judgements_and_conditional_threats(extractor: Extractor, said: str, act: str) -> None:
    found = run(extractor, "Chilean Foreign Minister Ana Ruiz spoke in Santiago on Monday. " + said)
    assert [(name, s["act"]) for name, s in found.statements()] == [("Ana Ruiz", act)]


def test_calling_someone_is_no_judgement(extractor: Extractor) -> None:
    found = run(extractor, "Chilean Foreign Minister Ana Ruiz called Luis Soto on Monday.")
    assert found.statements() == []


@pytest.mark.parametrize(("body", "role"), [
    ("NATO Secretary General Mark Rutte said the alliance was united.", ("Mark Rutte", "Secretary General", "NATO")),
    ("EU foreign policy chief Kaja Tamm said the bloc would respond.",
     ("Kaja Tamm", "foreign policy chief", "European Union")),
])
def test_titles_ending_in_a_rank_and_names_the_tagger_took_for_organisations(
        extractor: Extractor, body: str, role: tuple[str, str, str]) -> None:
    assert run(extractor, body).roles() == {role}


def test_a_statement_is_dated_by_what_carried_it(extractor: Extractor) -> None:
    found = run(extractor, "Hamas denied responsibility in a message posted by its military wing on Tuesday night, "
                           "and accused Israel of staging the attack. Foreign Minister Ana Ruiz said in an interview "
                           "broadcast on Sunday that talks would resume.")
    assert [(name, s["act"], s["date"]) for name, s in found.statements()] == [
        ("Hamas", "deny", "2024-03-19"), ("Hamas", "criticize", "2024-03-19"), ("Ana Ruiz", "assert", "2024-03-17")]


def test_said_in_a_statement_that_and_a_name_after_a_title_of_several_words(extractor: Extractor) -> None:
    found = run(extractor, "The junta's spokesman, Colonel Amadou Tahirou, said in a televised statement that the "
                           "ambassador had ignored an invitation. Secretary of State Marion Blake spoke with him by "
                           "phone on Saturday.")
    assert [(name, s["text"]) for name, s in found.statements()] == [
        ("Amadou Tahirou", "the ambassador had ignored an invitation")]  # the parser hangs the clause on the noun
    assert {n.properties["name"] for n in found.doc.nodes if n.label == "Person"} == {"Amadou Tahirou",
                                                                                       "Marion Blake"}


@pytest.mark.parametrize(("body", "act"), [
    ('"This is an act of contempt," Colonel Amadou Tahirou said.', "criticize"),
    ("Mali said any intervention would be considered a declaration of war.", "warn"),
    ('"All options are on the table," Colonel Amadou Tahirou said.', "warn"),
])
def test_insults_and_threats_of_war(extractor: Extractor, body: str, act: str) -> None:
    assert [s["act"] for _, s in run(extractor, body).statements()] == [act]


BRIEFING_BY_NAME = (
    "Midday briefing of 4 March 2025\n\n"
    "Daily news conference with Chief Spokesperson Anna Berg and Spokesperson Paolo Conti\n\n"
    "Anna Berg: Good afternoon and welcome to the midday. We have a full agenda, so let me go straight to Paolo. "
    "High Representative Maria Lindqvist spoke yesterday with the Armenian prime minister.\n\n"
    "Question: What did she say?\n\n"
    "Paolo Conti: No, the talks are not collapsing. She urged both sides to return to the negotiating table. "
    "We regret the decision to close the "
    "crossing. I will not go into the details of those meetings. Let me be clear: the talks are not over.\n\n"
    "Reuters: Will the Union impose sanctions?\n\n"
    "Anna Berg: I would not speculate about that. We do not comment on ongoing investigations.\n"
)


def test_a_turn_reports_others_words_as_theirs_and_leaves_out_greetings_and_refusals(extractor: Extractor) -> None:
    said = [(name, s["act"], s["text"]) for name, s in Found(extractor.extract(BRIEFING_BY_NAME)).statements()]
    assert said == [
        ("Anna Berg", "assert", "High Representative Maria Lindqvist spoke yesterday with the Armenian prime "
                                "minister."),
        ("Paolo Conti", "deny", "No, the talks are not collapsing."),
        ("Maria Lindqvist", "appeal", "She urged both sides to return to the negotiating table."),
        ("Paolo Conti", "criticize", "We regret the decision to close the crossing."),
        ("Paolo Conti", "comment", "the talks are not over."),
    ]


@pytest.mark.parametrize(("body", "role"), [
    ("Qatari Minister of State Khalid al-Khater said the talks would resume.",
     ("Khalid al-Khater", "Minister of State", "Qatari government")),  # a nationality is no portfolio
    ("Indian External Affairs Minister Meena Rao said the talks would resume.",
     ("Meena Rao", "External Affairs Minister", "Indian Ministry of External Affairs")),
    ("U.S. Treasury Secretary Janet Marsh said the sanctions would bite.",
     ("Janet Marsh", "Treasury Secretary", "US Treasury Department")),
])
def test_ministers_of_state_and_ministries_by_their_own_names(extractor: Extractor, body: str,
                                                               role: tuple[str, str, str]) -> None:
    assert run(extractor, body).roles() == {role}


@pytest.mark.parametrize(("body", "speakers"), [
    ("MONUSCO said its patrols had been attacked.", ["MONUSCO"]),
    ("The UN peacekeeping mission, MONUSCO, said its patrols had been attacked.", ["MONUSCO"]),
    ("The EU rule-of-law mission EULEX said it had access to the detainee.", ["EULEX"]),
    ("AFP reported that the talks had stalled.", []),  # a news agency reports the news
    ("Diplomats in Brussels said the talks had stalled.", []),  # diplomats posted there are not Belgium's
    ("Officials in Kyiv said the talks had stalled.", ["Ukrainian government"]),
])
def test_unknown_acronyms_that_act_or_name_a_body_and_people_posted_somewhere(
        extractor: Extractor, body: str, speakers: list[str]) -> None:
    assert [name for name, _ in run(extractor, body).statements()] == speakers


def test_a_capital_headline_or_a_transcript_label_is_no_acronym_body(extractor: Extractor) -> None:
    found = run(extractor, "RUSSIA WARNS ALLIES\n\nMR. LOPEZ: We condemn it.\n\nQ: Why?\n\nMR. LOPEZ: Because.")
    assert not [n for n in found.doc.nodes if n.label == "Institution"]



def test_the_two_armies_are_the_armies_of_the_last_two_countries_named(extractor: Extractor) -> None:
    found = run(extractor, "Chilean and Peruvian troops clashed on the border on Sunday. In a joint statement, the "
                           "two armies said they would hold their fire.")
    assert [(name, s["act"]) for name, s in found.statements()] == [("Chilean Army", "promise"),
                                                                   ("Peruvian Army", "promise")]


@pytest.mark.parametrize("body", [
    "Deputy Secretary of State Paul Brennan urged both governments to keep the hotline open, the State Department "
    "said.",
    "The State Department said Deputy Secretary of State Paul Brennan had urged both governments to keep the "
    "hotline open.",
])
def test_a_readout_of_a_named_officials_words_is_that_officials_statement(extractor: Extractor, body: str) -> None:
    assert [(name, s["act"]) for name, s in run(extractor, body).statements()] == [("Paul Brennan", "appeal")]


def test_words_of_the_speakers_own_side_stay_the_speakers(extractor: Extractor) -> None:
    found = run(extractor, "John Kirby said Washington would prefer a longer ceasefire.")
    assert [(name, s["act"]) for name, s in found.statements()] == [("John Kirby", "appeal")]


@pytest.mark.parametrize(("body", "entity"), [
    ("Jama'at Nusrat al-Islam wal-Muslimin claimed the attack.",
     ("Institution", "Jama'at Nusrat al-Islam wal-Muslimin")),
    ("Fighters from Ansar al-Sharia attacked the base.", ("Institution", "Ansar al-Sharia")),
    ("Ahmed Ansari said the talks would resume.", ("Person", "Ahmed Ansari")),
    ("M23 rebels seized Rubaya on Monday.", ("Place", "Rubaya")),  # what is seized is a place, not a person
])
def test_arabic_group_names_and_seized_towns(extractor: Extractor, body: str, entity: tuple[str, str]) -> None:
    found = run(extractor, body)
    assert entity in {(n.label, n.properties.get("name")) for n in found.doc.nodes}
    assert not [n for n in found.doc.nodes if n.label == "Person" and n.properties["name"] != "Ahmed Ansari"]


@pytest.mark.parametrize(("body", "person"), [
    ("Grace Adeyemi-Mensah, the ECOWAS commissioner for political affairs, said the bloc was ready.",
     "Grace Adeyemi-Mensah"),
    ("Jean-Pierre Habimana said Kigali was ready.", "Jean-Pierre Habimana"),
])
def test_hyphenated_given_names_and_surnames_stay_whole(extractor: Extractor, body: str, person: str) -> None:
    assert [n.properties["name"] for n in run(extractor, body).doc.nodes if n.label == "Person"] == [person]


def test_a_statement_made_for_a_dated_deed_takes_its_date(extractor: Extractor) -> None:
    found = run(extractor, "Chile summoned Peru's ambassador on Monday to demand an explanation.")
    assert [(name, s["act"], s["date"]) for name, s in found.statements()] == [
        ("Chilean government", "appeal", "2024-03-18")]


@pytest.mark.parametrize("body", [
    "The European Union said talks would resume. High Representative Maria Lind spoke with the Serbian president.",
    "Maria Lind, the EU's High Representative for Foreign Affairs, said talks would resume.",
])
def test_titles_of_international_organisations(extractor: Extractor, body: str) -> None:
    assert run(extractor, body).roles() == {("Maria Lind", "High Representative", "European Union")}


@pytest.mark.parametrize(("body", "roles"), [
    ("Congo's foreign minister, Beatrice Kasongo, and her Rwandan counterpart, Jean-Pierre Habimana, met in Doha.",
     {("Beatrice Kasongo", "foreign minister", "Congolese Foreign Ministry"),
      ("Jean-Pierre Habimana", "foreign minister", "Rwandan Foreign Ministry")}),
    ("Chilean President Ana Ruiz hosted her Peruvian counterpart, Luis Soto.",
     {("Ana Ruiz", "President", "Chilean government"), ("Luis Soto", "President", "Peruvian government")}),
])
def test_a_counterpart_holds_the_same_title_in_the_country_named(extractor: Extractor, body: str,
                                                                 roles: set[tuple[str, str, str]]) -> None:
    assert run(extractor, body).roles() == roles


def test_military_titles_belong_to_the_countrys_army(extractor: Extractor) -> None:
    found = run(extractor, "India's Director General of Military Operations, Lt. Gen. Vikram Rao, spoke with his "
                           "Pakistani counterpart. Indian troops held their positions.")
    assert ("Vikram Rao", "Director General of Military Operations", "Indian Army") in found.roles()


def test_a_word_once_named_as_a_place_is_never_a_person(extractor: Extractor) -> None:
    found = run(extractor, "Police closed the Tamsa crossing on Monday. Tamsa has been tense since the arrest. "
                           "Anna Berg said she was worried.")
    assert {(n.label, n.properties["name"]) for n in found.doc.nodes if n.label in ("Person", "Place")} == {
        ("Person", "Anna Berg"), ("Place", "Tamsa")}


@pytest.mark.parametrize(("body", "act"), [
    ("US envoy Daniel White said the United States was prepared to impose further sanctions.", "warn"),
    ("US envoy Daniel White said the United States was ready to host talks.", "promise"),
    ('"Our land is not up for negotiation," Foreign Minister Ana Ruiz said.', "reject"),
    ('"What we expect is that the detainee is treated fairly," Foreign Minister Ana Ruiz said.', "appeal"),
])
def test_readiness_to_coerce_refusals_and_expectations(extractor: Extractor, body: str, act: str) -> None:
    assert [s["act"] for _, s in run(extractor, body).statements()] == [act]


def test_foreign_office_is_the_storys_own_when_britain_is_never_named(extractor: Extractor) -> None:
    found = run(extractor, "Pakistan and India traded accusations. Foreign Office spokeswoman Saima Baloch said "
                           "Islamabad wanted peace.")
    assert found.roles() == {("Saima Baloch", "spokeswoman", "Pakistani Foreign Ministry")}


def test_a_speakers_side_comes_from_a_role_named_after_the_name(extractor: Extractor) -> None:
    found = run(extractor, "Daniel Whitcombe, the U.S. special envoy, said the United States was prepared to impose "
                           "further sanctions.")
    assert [(name, s["act"]) for name, s in found.statements()] == [("Daniel Whitcombe", "warn")]


def test_naming_oneself_is_no_judgement_and_a_withdrawal_is_promised(extractor: Extractor) -> None:
    found = run(extractor, "The M23, which calls itself part of the Congo River Alliance, said it would withdraw.")
    assert [(name, s["act"], s["text"]) for name, s in found.statements()] == [("M23", "promise", "it would withdraw")]


def test_words_said_at_a_dated_meeting_take_its_day(extractor: Extractor) -> None:
    found = run(extractor, "Brazilian Foreign Minister Luis Neto met Venezuelan President Nicolas Marquez in "
                           "Caracas on Tuesday.\n\n\"South America must remain a zone of peace,\" Neto said.\n\n"
                           "Elsewhere, the rebels clashed with troops.\n\nLater, Neto said talks would go on.")
    assert [(name, s["date"]) for name, s in found.statements()] == [("Luis Neto", "2024-03-19"), ("Luis Neto", None)]


MFA_BRIEFING = (
    "Regular press conference, May 6, 2025\n\n"
    "AFP: The Philippines says Chinese ships blocked a resupply mission. What is China's response?\n\n"
    "Lin Wei: China firmly opposes the Philippine provocation. We urge the Philippines to stop.\n\n"
    "China Daily: Foreign Minister Wang Tao met the Brazilian foreign minister yesterday. Could you share more?\n\n"
    "Lin Wei: The two ministers held in-depth talks.\n\n"
    "Reuters: Will China send an envoy to Geneva?\n\n"
    "Lin Wei: I have no information to release at the moment.\n"
)


def test_outlets_ask_and_labels_are_no_mentions(extractor: Extractor) -> None:
    found = Found(extractor.extract(MFA_BRIEFING))
    assert {name for name, _ in found.statements()} == {"Lin Wei"}  # the label's full name, not 'Wei'
    assert not [n for n in found.doc.nodes if n.label == "Institution" and "Daily" in n.properties["name"]]
    assert ("Wang Tao", "Foreign Minister", "Chinese Foreign Ministry") in found.roles()


@pytest.mark.parametrize(("body", "entity"), [
    ("Kosovo police arrested a Serbian national at the crossing.", ("Kosovar Police", "police")),
    ("KFOR reinforced its patrols around the crossing overnight.", ("KFOR", "organisation")),
    ("JNIM fighters attacked a post near the border.", ("JNIM", "armed_group")),
])
def test_police_forces_and_acronyms_of_armed_groups(extractor: Extractor, body: str, entity: tuple[str, str]) -> None:
    found = run(extractor, body)
    assert entity in {(n.properties["name"], n.properties.get("kind")) for n in found.doc.nodes
                      if n.label == "Institution"}
    if entity[1] == "police":  # found by the country's name too, as a government is
        assert "Kosovo Police" in found.entity("Institution", entity[0]).properties["aliases"]


@pytest.mark.parametrize(("body", "speaker"), [
    ("A spokesperson for the Kenyan foreign ministry said the envoy had been recalled.", "Kenyan Foreign Ministry"),
    ("A spokesman for Hamas said the group had accepted the proposal.", "Hamas"),
])
def test_an_unnamed_spokesperson_for_a_body_speaks_for_it(extractor: Extractor, body: str, speaker: str) -> None:
    assert [name for name, _ in run(extractor, body).statements()] == [speaker]


def test_a_name_written_lower_case_is_found_capitalised_at_a_sentence_start(extractor: Extractor) -> None:
    assert [name for name, _ in run(extractor, "Al-Shabaab said it had carried out the attack.").statements()] == [
        "al-Shabaab"]


@pytest.mark.parametrize("text", [
    "Kenya and Sudan agree truce\n\nNAIROBI — The ministers met on Monday.\n\nRead More: Sudan talks resume in "
    "Jeddah\n\nThe minister said the truce would hold.\n\nRead More: Ethiopia troops withdraw\n",
    "Roundup\n\nSouth Sudan: Fighting flares in Upper Nile\n\nTroops clashed.\n\nSouth Sudan: Aid blocked\n\nIt was.",
])
def test_link_lines_and_section_labels_are_no_transcript(text: str) -> None:
    assert find_turns(text) == []


@pytest.mark.parametrize(("body", "expected"), [
    ("Chad closed its border with Sudan on Monday.",
     {("border closure", "191", "Chadian government", "Sudanese government")}),
    ("Chad sent 900 troops to the frontier on Monday.",
     {("military deployment", "154", "Chadian government", "")}),  # no neighbour named: no target
    ("Kenya sent food and medicine to Somalia.",
     {("humanitarian aid", "073", "Kenyan government", "Somali government")}),
    ("The World Food Programme began flying food into the town by helicopter.",
     {("humanitarian aid", "073", "World Food Programme", "")}),
    ("Chile cut electricity links to Bolivia.", {("embargo", "163", "Chilean government", "Bolivian government")}),
    ("Malian police retook a strategic road near Gao on Monday.",
     {("occupation of territory", "192", "Malian Police", "Gao")}),
    ("A Chinese survey ship, escorted by two Chinese navy frigates, entered the strait.",
     {("military posture", "152", "Chinese Navy", "")}),
    ("Kenya's Foreign Ministry summoned Uganda's charge d'affaires, Paul Okello, on Monday.",
     {("protest (ambassador summoned)", "114", "Kenyan Foreign Ministry", "Paul Okello,Ugandan government")}),
    # the envoy and his country: one side
    ("We thank Qatar for facilitating that contact.", {("mediation", "045", "Qatari government", "")}),
    ("Chad postponed a meeting of the joint commission with Niger.",
     {("halt negotiations", "164", "Chadian government", "Nigerien government")}),
    ("Sudan's release on Tuesday of four Chadian soldiers eased tensions.",
     {("release of prisoners", "0841", "Sudanese government", "Chadian Army")}),  # soldiers: their army
    ("The expulsion of a Chadian diplomat by Sudan on Monday angered N'Djamena.",
     {("expulsion of diplomats", "161", "Sudanese government", "Chadian government")}),
    ("Chad's decision to recall its ambassador from Khartoum was criticised.",
     {("recall of ambassador", "161", "Chadian government", "Sudanese government")}),
    ("ASEAN foreign ministers held an emergency videoconference on Monday.",
     {("consultation", "040", "ASEAN", "")}),
    ("Brazil stepped up its mediation.", {("mediation", "045", "Brazilian government", "")}),
    ("The truce was agreed in a call over the hotline between Kenyan President William Ruto and Ugandan President "
     "Yoweri Museveni.", {("telephone call", "041", "William Ruto", "Yoweri Museveni"),
                          ("ceasefire", "0871", "William Ruto", "Yoweri Museveni")}),  # a call needs no 'phone'
    ("The deportation of 3,000 Haitians by Dominican authorities drew protests.",
     {("deportation", "174", "Dominican government", "")}),
])
def test_closures_deployments_aid_and_other_happenings(extractor: Extractor, body: str, expected: set) -> None:
    found = run(extractor, body)
    assert found.dyads(cameo=True) == expected


def test_a_move_aimed_at_no_state_named_is_aimed_at_the_one_the_article_is_about(extractor: Extractor) -> None:
    found = run(extractor, "Gabon accused Cameroon of arming rebels. Cameroon denied it and warned Gabon. "
                           "On Monday, Gabon closed all its crossings and recalled its ambassador.\n\n"
                           "Kenya and Gabon signed a trade pact.")
    events = found.dyads()
    assert ("border closure", "Gabonese government", "Cameroonian government") in events
    assert ("recall of ambassador", "Gabonese government", "Cameroonian government") in events
    assert ("agreement", "Kenyan government", "Gabonese government") in events  # joint: never the counterpart


def test_several_parties_joined_by_and_act_apart(extractor: Extractor) -> None:
    found = run(extractor, "Chadian police and the UN-backed Stabilisation Force retook a strategic road near Abeche "
                           "on Monday. Armed gangs laid siege to the town of Abeche.")
    assert {(e[0], ",".join(sorted(e[1]))) for e in found.events()} == {
        ("occupation of territory", "Chadian Police"), ("occupation of territory", "Stabilisation Force"),
        ("siege", "Armed gangs")}
    # gangs no one names are what the story calls them, not the last state or force named ("Russian-regime airstrikes"
    # stay one event: sample gold)


@pytest.mark.parametrize(("body", "expected"), [
    ("Chile put five warships on alert on Wednesday.", {("military alert", "Chilean government")}),
    ("Kenya put the blame on Uganda.", set()),
    ("Kenyan President William Ruto spoke by phone with Ugandan President Yoweri Museveni on Monday.",
     {("telephone call", "William Ruto")}),
    ("Two Greek fishermen were detained by Turkish gendarmes on Monday.", {("arrest", "Turkish Gendarmerie")}),
])
def test_alerts_calls_by_phone_and_gendarmes(extractor: Extractor, body: str, expected: set) -> None:
    assert {(e[0], ",".join(sorted(e[1]))) for e in run(extractor, body).events()} == expected


def test_a_coast_guard_or_air_force_named_with_its_country_is_one_body(extractor: Extractor) -> None:
    found = run(extractor, "The China Coast Guard said on Monday it had expelled the boat. On Sunday Chinese coast "
                           "guard ships fired water cannon at a Philippine supply boat. The Israeli air force struck "
                           "Gaza on Monday.")
    events = {(e[0], ",".join(sorted(e[1]))) for e in found.events()}
    assert ("coercion", "China Coast Guard") in events and ("military action", "Israeli Air Force") in events
    assert not found.entity("Institution", "Chinese Coast Guard")


def test_arriving_in_the_capital_calling_it_a_name_and_an_order_dated_in_its_clause(extractor: Extractor) -> None:
    found = Found(extractor.extract("Talks resume\n\nNIAMEY, March 20 (Agency) - Chad's foreign minister Ali Mahamat "
                                    "had arrived in the capital on Tuesday. Niger ordered Chad's ambassador to leave "
                                    "the country on Monday. He welcomed the step, calling it \"a gesture\".",
                                    date=DATE))
    assert {(e[0], ",".join(sorted(e[1])), ",".join(sorted(e[2])), e[3]["date"]) for e in found.events()} == {
        ("visit", "Ali Mahamat", "Nigerien government", "2024-03-19"),  # the dateline's capital
        ("expulsion of diplomats", "Nigerien government", "Chadian government", "2024-03-18")}  # no call


@pytest.mark.parametrize(("body", "expected"), [
    ("Rebels of the M23 group seized the town of Goma on Sunday.", {("occupation of territory", "M23", "Goma")}),
    ("Washington slapped sanctions on three Sudanese companies.",
     {("sanction", "US government", "Sudanese government")}),
    ("The EU adopted a new package of sanctions against Russia on Friday.",
     {("sanction", "European Union", "Russian government")}),
])
def test_fighters_of_a_group_and_sanctions_slapped_or_adopted(extractor: Extractor, body: str, expected: set) -> None:
    assert run(extractor, body).dyads() == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Japan lodged a protest with China over the incursion.",
     {("protest", "Japanese government", "Chinese government")}),
    ("Protests erupted in Nairobi. The farmers delivered a protest letter.", set()),
    ("Myanmar's junta released 3,000 prisoners on Monday.", {("release of prisoners", "Burmese government", "")}),
    ("Kenyan President William Ruto and Ugandan President Yoweri Museveni signed a joint declaration on Wednesday.",
     {("agreement", "William Ruto", "Yoweri Museveni")}),
])
def test_protests_lodged_juntas_and_declarations_signed(extractor: Extractor, body: str, expected: set) -> None:
    assert run(extractor, body).dyads() == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("North Korea fired two ballistic missiles into the Sea of Japan on Thursday.",
     {("missile launch", "150", "North Korean government", "")}),  # a show of force, not an attack on Japan
    ("North Korea launched a ballistic missile into the sea on Thursday.",
     {("missile launch", "150", "North Korean government", "")}),
    ("Iran fired missiles at Israel on Tuesday.",
     {("military action", "190", "Iranian government", "Israeli government")}),
])
def test_missiles_fired_into_the_sea_show_force(extractor: Extractor, body: str, expected: set) -> None:
    found = run(extractor, body)
    assert found.dyads(cameo=True) == expected


def test_a_capital_before_talks_is_where_they_are_held_not_who_holds_them(extractor: Extractor) -> None:
    found = run(extractor, "Turkey, which brokered the Ankara talks, urged restraint. The Doha talks between Kenya "
                           "and Somalia resumed on Monday. Moscow's talks with Kyiv stalled.")
    assert found.dyads() == {
        ("mediation", "Turkish government", ""), ("negotiation", "Kenyan government", "Somali government"),
        ("halt negotiations", "Russian government", "Ukrainian government")}


def test_an_object_parsed_as_a_second_subject_and_a_with_parsed_apart(extractor: Extractor) -> None:
    found = run(extractor, "Hours later, Kenya's Foreign Ministry summoned Uganda's charge d'affaires, Paul Okello, "
                           "to protest. Chilean Foreign Minister Ana Silva spoke by telephone on Thursday with Luis "
                           "Arce and with Peruvian Foreign Minister Rosa Quispe, the Chilean Foreign Ministry said.")
    assert found.dyads() >= {
        ("protest (ambassador summoned)", "Kenyan Foreign Ministry", "Paul Okello,Ugandan government"),
        ("telephone call", "Ana Silva", "Luis Arce"), ("telephone call", "Ana Silva", "Rosa Quispe")}


@pytest.mark.parametrize(("body", "expected"), [
    ("The talks, hosted by Oman, ended without agreement on Sunday.", {("host visit", "Omani government", "")}),
    ("Kenya deployed 400 police officers to Haiti in June.",
     {("military posture", "Kenyan government", "Haitian government")}),
    ("Chad and Sudan restored diplomatic relations on Monday.",
     {("restore diplomatic relations", "Chadian government", "Sudanese government")}),  # done together
])
def test_hosted_talks_police_deployed_and_ties_restored(extractor: Extractor, body: str, expected: set) -> None:
    assert run(extractor, body).dyads() == expected


def test_the_head_of_a_body_named_in_apposition_acts_and_pairs_and_rebels_are_the_ones_named(
        extractor: Extractor) -> None:
    found = run(extractor, "The president of the ECOWAS Commission, Abdoulaye Sidibe Toure, spoke by phone with "
                           "Nigerien Prime Minister Ali Lamine Zeine on Monday. Kosovo and Serbia sent negotiators. "
                           "The EU envoy, Henrik Aalto, met the two chief negotiators separately in Brussels. "
                           "The M23 said it held the hills. Congolese army drones had struck rebel positions.")
    assert found.dyads() >= {
        ("telephone call", "Abdoulaye Sidibe Toure", "Ali Lamine Zeine"),
        ("meeting", "Henrik Aalto", "Kosovar government"), ("meeting", "Henrik Aalto", "Serbian government"),
        ("military action", "Congolese Army", "M23")}


@pytest.mark.parametrize(("body", "expected"), [
    ("North Korea fired two short-range ballistic missiles on Thursday.",
     {("missile launch", "150", "North Korean government", "")}),  # fired at no one named: a show of force
    ("Russia fired cruise missiles at Kyiv overnight.", {("military action", "190", "Russian government",
                                                          "Ukrainian government")}),
    ("South Korean and U.S. forces began their annual spring exercises on Monday.",
     {("military posture", "152", "South Korean Army", ""), ("military posture", "152", "US Army", "")}),
    ("A Turkish navy frigate docked in Tripoli on the 3rd.",
     {("military deployment", "154", "Turkish Navy", "Libyan government")}),
    ("The Burmese military has cut off all roads into Mindat.", {("siege", "191", "Burmese Army", "Mindat")}),
])
def test_missile_tests_annual_drills_port_calls_and_roads_cut(extractor: Extractor, body: str, expected: set) -> None:
    found = run(extractor, body)
    assert found.dyads(cameo=True) == expected


def test_a_countrys_military_named_by_the_country_is_its_army(extractor: Extractor) -> None:
    found = run(extractor, "Monday's air strike by the Myanmar military on a crowded market killed 30 people in "
                           "Kanbalu.")
    army = [e for e in found.events() if e[0] == "military action"][0][1]
    node = found.entity("Institution", next(iter(army)))
    assert "Myanmar military" in node.properties["aliases"]


def test_an_envoy_summoned_in_the_passive_is_summoned_by_where_and_for_his_country(extractor: Extractor) -> None:
    found = run(extractor, "Moldova protested on Tuesday. Russian Ambassador Oleg Vasnetsov was summoned to the "
                           "Foreign Ministry on Tuesday.")
    assert found.dyads() == {
        ("protest (ambassador summoned)", "Moldovan Foreign Ministry", "Oleg Vasnetsov,Russian government")}


def test_a_dateline_in_capitals_inside_a_page_is_no_body(extractor: Extractor) -> None:
    text = ("Rockets land\n\nWe use cookies.\n\nRegion\n\nRabat accuses Algiers of arming the movement.\n\n"
            "RABAT — The Polisario Front fired four rockets at Moroccan army positions near Mahbes on Monday.")
    found = Found(extractor.extract(text, date=DATE))
    assert not found.entity("Institution", "RABAT")
    assert [",".join(sorted(e[1])) for e in found.events()] == ["Polisario Front"]


@pytest.mark.parametrize(("body", "expected"), [
    ("Fighting between the Sudanese army and the Rapid Support Forces has displaced 12,000 people since Friday.",
     {("military action", "Sudanese Armed Forces", "Rapid Support Forces")}),  # fighting between two: once, the
    # first-named's
    ("The RSF began withdrawing the armoured column on Tuesday.",
     {("military withdrawal", "Rapid Support Forces", "")}),
    ("Ethiopia withdrew its troops from Somalia on Monday.",
     {("military withdrawal", "Ethiopian government", "Somali government")}),
    ("The United States withdrew from the deal in 2018.", {("withdrawal from agreement", "US government", "")}),
    ("Rebels withdrew from the town of Rubaya.", set()),  # not from an agreement
    ("The RSF moved at least 60 armoured vehicles toward the front line on Monday.",
     {("military posture", "Rapid Support Forces", "")}),
])
def test_fighting_between_two_withdrawals_and_moves_of_armour(extractor: Extractor, body: str, expected: set) -> None:
    assert run(extractor, body).dyads() == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("The European Union announced 12 million euros in humanitarian aid for refugees in Algeria.",
     {("humanitarian aid", "European Union", "")}),
    ("Kenyan President William Ruto held separate meetings with Ugandan President Yoweri Museveni and with "
     "Tanzanian President Samia Suluhu Hassan.",
     {("meeting", "William Ruto", "Yoweri Museveni"), ("meeting", "William Ruto", "Samia Suluhu Hassan")}),
    ("The Treasury Department imposed sanctions last week on Sudan.",
     {("sanction", "US Treasury Department", "Sudanese government")}),  # 'on' hung on the verb
])
def test_amounts_of_aid_meetings_with_each_and_sanctions_on_the_verb(extractor: Extractor, body: str,
                                                                     expected: set) -> None:
    assert run(extractor, body).dyads() == expected


def test_the_government_in_an_officials_report_is_his_government(extractor: Extractor) -> None:
    found = run(extractor, "Japanese Chief Cabinet Secretary Yoshiro Kanda told reporters in Tokyo that the "
                           "government had lodged a protest with North Korea through its embassy in Beijing.")
    assert found.dyads() == {
        ("protest", "Japanese government", "North Korean government")}
    assert run(extractor, "The government imposed a curfew.").events() == []  # nobody's government named


def test_object_words_match_as_written_or_as_lemma(extractor: Extractor) -> None:
    found = run(extractor, "The RSF put its forces in Darfur on high alert on Monday.")
    assert [(e[0], ",".join(sorted(e[1]))) for e in found.events()] == [("military alert", "Rapid Support Forces")]


@pytest.mark.parametrize(("body", "expected"), [
    ("The two sides are due to resume formal settlement talks next week.", set()),
    ("The parties must return to the ceasefire and implement the agreement in full.", set()),
    ("Kenya is expected to sign the deal.", set()),
    ("Moldovan negotiator Ion Mandru met Transnistria's Sergei Lozan last month. The two met again in Bender on the "
     "14th, where they signed a protocol.", {("meeting", "Ion Mandru", "Sergei Lozan"),
                                             ("agreement", "Ion Mandru", "Sergei Lozan")}),
])
def test_planned_or_obliged_acts_are_no_events_and_the_two_are_the_two_named(extractor: Extractor, body: str,
                                                                              expected: set) -> None:
    assert run(extractor, body).dyads() == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Eritrean troops withdrew from the border town of Zalambessa on Friday.",
     {("military withdrawal", "Eritrean Army", "")}),
    ("China's coast guard rammed a Philippine vessel near Scarborough Shoal.",
     {("coercion", "Chinese Coast Guard", "Philippine government")}),
])
def test_troops_withdrawing_and_ships_rammed(extractor: Extractor, body: str, expected: set) -> None:
    assert run(extractor, body).dyads() == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Army spokesman Nabil Osman accused the RSF of shelling the Abu Shouk camp on Sunday, killing 14 civilians.",
     {("military action", "Rapid Support Forces", "Abu Shouk")}),  # the killing is the shelling, not the spokesman's
    ("Ethiopian troops repelled an al-Shabaab assault on their base in Baidoa on Sunday, the Ethiopian army said, "
     "killing 31 militants.", {("military action", "al-Shabaab", "Ethiopian Army"),
                               ("military action", "Ethiopian Army", "al-Shabaab")}),  # who killed: who repelled
])
def test_a_killing_after_a_report_is_the_reported_sides_not_the_reporters(extractor: Extractor, body: str,
                                                                          expected: set) -> None:
    assert run(extractor, body).dyads() == expected


def test_meetings_held_with_one_in_a_city_and_with_another(extractor: Extractor) -> None:
    found = run(extractor, "UN envoy Lotte Vandermeer held separate meetings earlier this month with Libyan Defence "
                           "Minister Omar Zliten in Tripoli and with Libyan Interior Minister Imad Trabelsi in "
                           "Benghazi.")
    assert found.dyads() == {("meeting", "Lotte Vandermeer", "Omar Zliten"),
                             ("meeting", "Lotte Vandermeer", "Imad Trabelsi")}


def test_an_event_in_a_when_clause_takes_the_date_it_hangs_on(extractor: Extractor) -> None:
    found = run(extractor, "Tensions rose sharply on Saturday, when the RSF moved at least 60 armoured vehicles from "
                           "its base toward El Fasher.")
    assert [(e[0], e[3]["date"]) for e in found.events()] == [("military posture", "2024-03-16")]


def test_sanctions_imposed_by_an_agent_in_the_passive(extractor: Extractor) -> None:
    found = run(extractor, "New sanctions were imposed on Iran by the European Union on Monday.")
    assert found.dyads() == {("sanction", "European Union", "Iranian government")}


def test_commanders_from_both_sides_are_the_two_armies_and_officials_the_two_governments(
        extractor: Extractor) -> None:
    assert run(extractor, "Thailand and Cambodia traded accusations. Military commanders from both sides met in "
                          "Chanthaburi on the 9th.").dyads() == {("meeting", "Thai Army", "Cambodian Army")}
    assert run(extractor, "Kenya and Uganda sent envoys. Officials from both sides met in Nairobi on Monday."
               ).dyads() == {("meeting", "Kenyan government", "Ugandan government")}


def test_an_unnamed_official_whose_country_qualifies_his_service(extractor: Extractor) -> None:
    found = run(extractor, "A senior Pakistani security official said the attack had been planned in Afghanistan.")
    assert [name for name, _ in found.statements()] == ["Pakistani government"]


def test_announcing_the_briefings_order_and_guests_is_no_statement(extractor: Extractor) -> None:
    text = ("Department Press Briefing\n\nMS. ORTEGA: Good afternoon. I will start with Myanmar, and then our Special "
            "Envoy will join us. We condemn the air strike on a market in Kanbalu. With us now is Naledi Khoza, the "
            "Special Envoy.\n\nQUESTION: Thanks. What about Thailand?\n\nMS. ORTEGA: We are concerned by the "
            "fighting.\n")
    found = Found(extractor.extract(text, date=DATE))
    assert [s["text"] for _, s in found.statements()] == [
        "We condemn the air strike on a market in Kanbalu.", "We are concerned by the fighting."]


def test_warships_operating_near_a_country_show_force_at_it(extractor: Extractor) -> None:
    found = run(extractor, "Taiwan said it had detected 27 Chinese warships operating around the island on Tuesday.")
    assert found.dyads() == {("military posture", "Chinese government", "Taiwanese government")}


def test_the_next_day_and_the_same_day_count_from_the_last_day_named(extractor: Extractor) -> None:
    found = run(extractor, "India expelled a Pakistani diplomat on Thursday. Pakistan expelled an Indian diplomat the "
                           "next day. Kenya recalled its envoy from Uganda on Monday, and Uganda recalled its envoy "
                           "from Kenya the same day.")
    assert sorted((",".join(e[1]), e[3]["date"]) for e in found.events()) == [
        ("Indian government", "2024-03-14"), ("Kenyan government", "2024-03-18"),
        ("Pakistani government", "2024-03-15"), ("Ugandan government", "2024-03-18")]


@pytest.mark.parametrize(("body", "act"), [
    ("The Polisario Front called the strike \"a cowardly assassination\".", "criticize"),
    ("The UN envoy called the withdrawal \"a wise decision\".", "welcome"),
    ("Russia called the expulsion \"an unfriendly step\".", "criticize"),
])
def test_what_a_speaker_calls_a_thing_judges_it(extractor: Extractor, body: str, act: str) -> None:
    assert [s["act"] for _, s in run(extractor, body).statements()] == [act]


@pytest.mark.parametrize(("body", "act"), [
    ("Kenya agreed that there was \"no military solution\" in Somalia.", "assert"),  # a view shared
    ("Kenya agreed that talks would resume in May.", "promise"),  # a plan agreed
    ("Kenya agreed to reopen the border.", "promise"),
])
def test_agreeing_that_something_is_so_is_no_pledge(extractor: Extractor, body: str, act: str) -> None:
    assert [s["act"] for _, s in run(extractor, body).statements()] == [act]


def test_an_organisation_suspending_a_members_membership(extractor: Extractor) -> None:
    assert run(extractor, "The African Union suspended Niger's membership on Tuesday.").dyads() == {
        ("membership suspended", "African Union", "Nigerien government")}


def test_we_in_an_officials_turn_is_the_officials_state(extractor: Extractor) -> None:
    text = ("Department Press Briefing\n\nState Department spokesman Tom Hale briefed reporters.\n\nMR. HALE: Good "
            "afternoon.\n\nQUESTION: Did the Secretary call Khartoum?\n\nMR. HALE: We have expelled two Sudanese "
            "diplomats. I have nothing further.\n")
    found = Found(extractor.extract(text, date=DATE))
    assert found.dyads() == {("expulsion of diplomats", "US government", "Sudanese government")}


def test_three_parties_exchanging_give_one_event_per_pair(extractor: Extractor) -> None:
    found = run(extractor, "Chad, Niger and Mali exchanged prisoners on Monday.")
    govs = ("Chadian government", "Nigerien government", "Malian government")
    assert found.dyads() == {("prisoner exchange", a, b) for a in govs for b in govs if a != b}
