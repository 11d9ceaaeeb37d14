"""Rules that find people and institutions, each on short invented sentences (not from any sample or dev article)."""

from __future__ import annotations

from dipgraph.graph.document import GraphDocument
from dipgraph.loaders.extract import Extractor
from dipgraph.loaders.text import title_and_body

DATE = "2024-03-20"


def extract(extractor: Extractor, text: str) -> GraphDocument:
    return extractor.extract(text, date=DATE)


def people(doc: GraphDocument) -> set[str]:
    return {n.properties["name"] for n in doc.nodes if n.label == "Person"}


def institutions(doc: GraphDocument) -> dict[str, dict]:
    return {n.properties["name"]: n.properties for n in doc.nodes if n.label == "Institution"}


# --- A1: page furniture ----------------------------------------------------------------------------

def test_source_date_and_byline_lines_are_furniture() -> None:
    text = ("Envoys meet in Geneva over border dispute\n\nAlpine Desk | 4 March 2024\n\nBy Petra Lindqvist\n"
            "Monday, March 4, 2024\n\nGENEVA — Envoys met on Monday.")
    title, body = title_and_body(text)
    assert title == "Envoys meet in Geneva over border dispute"
    assert text[body:].startswith("GENEVA")


def test_a_kicker_and_a_repeated_title_come_before_the_byline() -> None:
    text = ("Ruritania halts talks\n\nRuritania\n\nRuritania halts talks\n\nBy Oskar Brandt\n\n"
            "A photo caption ends with a full stop.\n\nThe government halted talks.")
    _, body = title_and_body(text)
    assert text[body:].startswith("A photo caption")


def test_no_people_from_source_lines(extractor: Extractor) -> None:
    doc = extract(extractor, "Talks stall in Vienna\n\nDanube Wire | 2 May 2024\nBy Marta Kowal\n\n"
                             "Foreign Minister Anders Holm said the talks had stalled.")
    assert people(doc) == {"Anders Holm"}


def test_credit_lines_at_the_end_give_no_people(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nForeign Minister Ana Lopes said the talks would resume.\n\n"
                             "(Reporting by Jane Roe; Additional reporting by Karl Berg; Editing by Tom Hale)\n\n"
                             "Photo: Rui Costa/AFP")
    assert people(doc) == {"Ana Lopes"}


def test_a_transcript_header_keeps_its_speaker(extractor: Extractor) -> None:
    doc = extract(extractor, "Press Briefing – March 4, 2024\nPeter Lanford, Spokesperson\n\n"
                             "MR. LANFORD: Good afternoon. We welcome the truce.\n\nQUESTION: Any talks?\n\n"
                             "MR. LANFORD: None are planned.")
    assert "Peter Lanford" in people(doc)


# --- A2/A3: ranks, capitals inside names, hyphens and particles ---------------------------------------

def test_military_ranks_are_not_part_of_the_name(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nNavy spokesman Captain Ivo Marenko said the ships had left. "
                             "Army spokesman Brigadier General Tomas Ekwueme said troops withdrew.")
    assert {"Ivo Marenko", "Tomas Ekwueme"} <= people(doc)
    assert not any(p.startswith(("Captain", "Brigadier", "General")) for p in people(doc))


def test_a_rank_before_a_name_marks_a_person_whatever_the_tagger_says(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nField Marshal Osei Mensah met the envoys. Maj. Gen. Ana Costa also spoke.")
    assert {"Osei Mensah", "Ana Costa"} <= people(doc)


def test_a_capital_inside_a_person_name_is_not_its_government(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nCoast guard spokesman Commodore Paolo Santiago told reporters "
                             "that the boat had been rammed.")
    assert "Paolo Santiago" in people(doc)
    assert "Chilean government" not in institutions(doc)


def test_a_capital_after_an_honorific_is_a_surname(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nMr. Santiago said the talks were useful.")
    assert "Santiago" in people(doc)
    assert "Chilean government" not in institutions(doc)


def test_a_surname_after_a_comma_in_a_long_sentence_is_no_address(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nThe truce was signed in Doha on Friday by the rebel envoy, Kagame.")
    assert "Kagame" in people(doc)


def test_hyphenated_names_stay_whole(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nArmy spokesman Colonel Samir Abdel-Karim said the convoy was hit.")
    assert "Samir Abdel-Karim" in people(doc)


def test_name_particles_after_a_title(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nShe met Qatari Foreign Minister Hamad bin Salem al-Kuwari on Sunday.")
    assert "Hamad bin Salem al-Kuwari" in people(doc)


# --- A4/A5: addressed names, ships, places, names in apposition -------------------------------------

def test_a_first_name_addressed_in_a_transcript_is_not_a_new_person(extractor: Extractor) -> None:
    doc = extract(extractor, "Briefing\n\nMR. HOLLIS: Good morning. Our envoy is here.\n\n"
                             "MS. ARDEN: Thanks, Bill. The ceasefire is holding.\n\nMR. HOLLIS: Thank you.")
    assert "Bill" not in people(doc)


def test_a_first_name_opening_a_reporters_question_is_an_address(extractor: Extractor) -> None:
    doc = extract(extractor, "Briefing\n\nMR. HOLLIS: Good morning. Our envoy is here.\n\n"
                             "QUESTION: Gareth, has the envoy met the rebels in the north of the country?\n\n"
                             "MR. HOLLIS: Not yet. MS. ARDEN: Thank you.")
    assert "Gareth" not in people(doc)
    assert "MR" not in {n.properties["name"] for n in doc.nodes if n.label == "Place"}


def test_a_ship_after_a_vessel_noun_is_no_person_or_institution(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nRebels fired a missile at the tanker Marina Dawn off the coast. "
                             "The Marina Dawn was carrying fuel, the navy said.")
    assert "Marina Dawn" not in people(doc)
    assert "Marina Dawn" not in institutions(doc)


def test_sea_features_are_places_not_people(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nPatrol boats clashed near Third Point Shoal on Friday, officials said.")
    assert not any("Third Point" in p for p in people(doc))


def test_a_word_before_a_border_crossing_or_after_in_is_a_place(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nThe agency called for reopening the Zagra border crossing to convoys. "
                             "Both sides agreed to a truce in Tamsu.")
    assert not {"Zagra", "Tamsu"} & people(doc)
    places = {n.properties["name"] for n in doc.nodes if n.label == "Place"}
    assert {"Zagra", "Tamsu"} <= places


def test_a_name_in_apposition_to_a_title_is_a_person(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\n“We are leaving,” the government’s chief negotiator, Marisol Quintana "
                             "Ibarra, said on Friday. Quintana said the talks were over.")
    assert people(doc) == {"Marisol Quintana Ibarra"}


# --- B1: named bodies not in the gazetteer ----------------------------------------------------------

def test_a_capitalised_run_ending_in_a_head_noun_is_an_institution(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nMoldova's Coordination Office for the Return of Displaced Persons "
                             "said 40 families had come home.")
    found = institutions(doc)
    assert found["Moldovan Coordination Office for the Return of Displaced Persons"]["country"] == "Moldova"
    assert not people(doc)


def test_an_acronym_in_brackets_is_an_alias_not_part_of_the_name(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nThe Regional Maritime Safety Authority (RMSA) called for calm. "
                             "The RMSA said patrols would resume.")
    found = institutions(doc)
    assert "RMSA" in found["Regional Maritime Safety Authority"]["aliases"]
    assert not any("(" in name for name in found)


def test_a_name_after_a_company_noun_is_a_company(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nThe state gas company Gazmora said exports would stop.")
    assert institutions(doc)["Gazmora"]["kind"] == "company"


# --- B3-B6: ministries of any portfolio, capitals of two words, demonym governments, possessives ------

def test_a_ministry_of_any_portfolio(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nKenya's Deputy Tourism Minister Joseph Mwangi met investors. "
                             "The Ministry of Tourism said visits rose.")
    found = institutions(doc)
    assert found["Kenyan Tourism Ministry"]["kind"] == "ministry"
    assert found["Kenyan Tourism Ministry"]["country"] == "Kenya"


def test_department_of_foreign_affairs_is_the_foreign_ministry(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nThe Indonesian Department of Foreign Affairs said the envoy was summoned.")
    assert "Indonesian Foreign Ministry" in institutions(doc)


def test_a_capital_of_two_words_acting_is_its_government(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nKuala Lumpur has denied sending troops, officials said.")
    found = institutions(doc)
    assert "Kuala Lumpur" in found["Malaysian government"]["aliases"]
    assert "Kuala Lumpur" not in found


def test_the_demonym_government_anywhere_is_that_government(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nWe keep working with the Bhutanese government on the border issue.")
    assert "Bhutanese government" in institutions(doc)


def test_a_possessive_country_beats_the_last_ministry_of_that_kind(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nThe Russian Foreign Ministry said talks stalled. "
                             "The United Arab Emirates' Foreign Ministry said it had mediated again.")
    found = institutions(doc)
    assert "Emirati Foreign Ministry" in found
    assert not any("Emirates" in a for a in found["Russian Foreign Ministry"]["aliases"])


# --- B7: armies, and capitalised common nouns at a sentence's start ---------------------------------

def test_a_countrys_army_is_its_own_institution_and_the_army_refers_back(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nDelegations of Chad's army and the rebels met on Monday. "
                             "The army said it would withdraw from the town.")
    found = institutions(doc)
    assert found["Chadian Army"]["kind"] == "military"
    assert "Delegations of Chad" not in found
    speakers = {n.properties["name"] for r in doc.relationships if r.type == "STATED"
                for n in doc.nodes if n.id == r.start}
    assert speakers == {"Chadian Army"}


def test_an_army_in_the_gazetteer_keeps_its_name(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nSyria's army said it had retaken the hill.")
    assert "Syrian Arab Army" in institutions(doc)


def test_military_as_a_modifier_is_no_institution(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nA military drone struck a market, the Kenyan Health Ministry said.")
    assert not any(k["kind"] == "military" for k in institutions(doc).values())


def test_an_organisation_tagged_a_place_elsewhere_is_no_institution(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nThe rebels have besieged El Obeid since March. Food ran out in El Obeid "
                             "last week, and the siege of El Obeid goes on.")
    assert "El Obeid" not in institutions(doc)


def test_an_officials_office_is_a_government_office(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nKenya's envoy met the mediators, according to the peace commissioner’s "
                             "office.")
    found = institutions(doc)
    assert found["Kenyan Peace Commissioner's Office"]["country"] == "Kenya"



def test_the_longest_body_name_wins_with_its_place_and_acronym(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nThe United Nations Organization Support Mission in the Central African "
                             "Republic (UNOSMCA) said the convoy arrived. UNOSMCA later sent engineers.")
    found = institutions(doc)
    name = "United Nations Organization Support Mission in the Central African Republic"
    assert found[name]["kind"] == "international_org"
    assert "UNOSMCA" in found[name]["aliases"]
    assert "United Nations Organization" not in found


def test_a_possessive_inside_a_body_name(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nThe Ugandan People's Defence Force said it had moved troops.")
    assert institutions(doc)["Ugandan People's Defence Force"]["country"] == "Uganda"


def test_korean_given_names_keep_their_lower_case_part(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nSouth Korean envoy Lee Min-ho met Kim Soo-yeon in Seoul. "
                             "Lee said the talks went well.")
    assert {"Lee Min-ho", "Kim Soo-yeon"} <= people(doc)


def test_agreements_operations_and_crossings_are_no_organisations(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nThe Nahal Tzur crossing stayed shut, officials said, citing the Lake Tana "
                             "Accords. Operation Desert Falcon would continue, the army said.")
    found = institutions(doc)
    assert not any(w in name for name in found for w in ("Tzur", "Accords", "Falcon"))


def test_a_prime_ministers_office_capitalised(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nGreek Prime Minister's Office spokesman Nikos Pappas said talks resumed.")
    assert institutions(doc)["Greek Prime Minister's Office"]["kind"] == "government"


def test_general_can_start_a_body_name(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nJordan's General Intelligence Directorate said it foiled a plot.")
    assert institutions(doc)["Jordanian General Intelligence Directorate"]["country"] == "Jordan"


# --- the dateline's country -------------------------------------------------------------------------

def test_prepare_keeps_the_dateline_place_as_its_own_paragraph() -> None:
    from dipgraph.loaders.text import prepare

    text = "Talks resume\n\nNAIROBI, Kenya — Envoys met on Monday."
    clean, index = prepare(text)
    assert len(clean) == len(text)
    assert clean.startswith("Talks resume\n\nNAIROBI\n\n")
    assert clean.endswith("Envoys met on Monday.")
    assert prepare("NAIROBI, Kenya — Envoys met on Monday.")[0].split() == ["NAIROBI", "Envoys", "met", "on", "Monday."]


def test_without_a_headline_the_dateline_place_is_no_title(extractor: Extractor) -> None:
    text = ("NAIROBI, March 3 (Wire) - Kenya summoned Uganda's envoy, officials said, after Uganda's army and "
            "Ugandan police crossed the border and Uganda refused to apologise.\n\n"
            "The Foreign Ministry said the envoy had been told of its protest.")
    doc = extract(extractor, text)
    article = next(n for n in doc.nodes if n.label == "Article")
    assert article.properties["title"] is None
    assert "Kenyan Foreign Ministry" in institutions(doc)


def test_an_unqualified_ministry_belongs_to_the_datelines_country(extractor: Extractor) -> None:
    doc = extract(extractor, "Envoy summoned\n\nNAIROBI — Kenya summoned Uganda's envoy. Uganda's army and "
                             "Ugandan officials said Uganda had acted lawfully, and Uganda said it would respond. "
                             "The Foreign Ministry said the envoy had been told of its protest.")
    assert "Kenyan Foreign Ministry" in institutions(doc)


def test_and_inside_a_body_name_and_cabinet_in_a_title(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nSomalia's National Intelligence and Security Agency (NISA) deployed "
                             "officers. Interior Cabinet Secretary Amos Wekesa said the border would reopen.")
    found = institutions(doc)
    assert found["Somali National Intelligence and Security Agency"]["country"] == "Somalia"
    assert not any(v["kind"] == "government" and "Cabinet" in k for k, v in found.items())


def test_several_particles_in_an_apposed_name(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nBelgium's foreign minister, Pieter van der Berghe, said on Monday "
                             "that the deal needed safeguards.")
    assert "Pieter van der Berghe" in people(doc)


def test_a_demonym_before_a_style_word_qualifies_a_ministry(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nThe Austrian Federal Foreign Office said Vienna supported the deal.")
    found = institutions(doc)
    assert found["Austrian Foreign Ministry"]["country"] == "Austria"
    assert "British Foreign Office" not in found


def test_a_committee_chairman_in_apposition_is_a_person_not_an_organisation(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nThe Saeima's foreign affairs committee chairman, Rihards Kols, said "
                             "Riga needed more air defence systems.")
    assert "Rihards Kols" in people(doc)
    assert "Rihards Kols" not in institutions(doc)


def test_a_word_modifying_a_plant_is_a_place(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nThe operator said the Velmora plant was safe after the strike.")
    assert "Velmora" not in people(doc)


def test_the_army_and_the_military_of_a_country_are_one_institution(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nThe Kenyan military said troops would stay, army chief Joseph Kipchumba "
                             "told reporters.")
    armed = [k for k, v in institutions(doc).items() if v["kind"] == "military"]
    assert armed == ["Kenyan Army"]


# --- HTML page furniture ------------------------------------------------------------------------------

def test_html_kicker_byline_caption_and_ads_are_left_out() -> None:
    from dipgraph.loaders.html import page_text

    html = ("<html><body><article><div class='kicker'>Diplomacy</div><h1>Talks resume</h1>"
            "<div class='story-byline'>By Lena Park</div><figure><img src='a.jpg'>"
            "<figcaption>Envoy Omar Said arrives.</figcaption></figure>"
            "<div class='story-body has-ads'><p>Envoys met on Monday.</p>"
            "<div class='ad-slot'><div>Advertisement</div></div><p>They agreed to meet again.</p></div>"
            "</article></body></html>")
    text, title, _ = page_text(html)
    assert title == "Talks resume"
    assert text == "Talks resume\n\nEnvoys met on Monday.\n\nThey agreed to meet again."


def test_a_longer_name_around_a_listed_one_is_its_own_body(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nIraq's Supreme National Security Council said it was watching. "
                             "The Russian Security Council met on Friday.")
    found = institutions(doc)
    assert found["Iraqi Supreme National Security Council"]["country"] == "Iraq"
    assert found["Russian Security Council"]["country"] == "Russia"
    assert "UN Security Council" not in found


def test_a_name_in_apposition_to_a_vessel_is_a_ship(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nThe minister spoke aboard the Lumen Star, a grounded navy vessel. "
                             "Guards on the BRP Lakan said all was calm.")
    assert not {"Lumen Star", "BRP Lakan", "Lakan"} & (people(doc) | set(institutions(doc)))


def test_an_organisations_department_is_no_national_ministry(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nThe UN Department of Peace Operations said Kenya's troops would stay.")
    assert not any(v["kind"] == "ministry" for v in institutions(doc).values())
