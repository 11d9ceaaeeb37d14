"""People, institutions and roles: rules of the sixth session, each on short invented sentences (not from any
sample or dev article)."""

from __future__ import annotations

from test_rules_entities import institutions, people  # the same helpers as the first sets of entity rules
from test_rules_entities2 import extract, roles

from dipgraph.loaders.extract import Extractor

BRIEFING = """Ministry of Foreign Affairs
Weekly Press Briefing

SPOKESPERSON LUNDQVIST: Good morning. The minister will travel to Lima on Monday.

QUESTION: Thank you. Oskar Fennimore, Baltic Wire Service, Riga. Will the minister meet the Peruvian president?

SPOKESPERSON LUNDQVIST: The programme is not final.

Q: Tove Arnesen, Nordstrand Radio. Is the trade deal ready?

SPOKESPERSON LUNDQVIST: Talks continue, and Minister Halvard Brekke will report to parliament.
"""


def test_a_reporter_introducing_a_question_is_no_person_nor_their_outlet_an_institution(
        extractor: Extractor) -> None:
    doc = extract(extractor, BRIEFING)
    assert not {"Oskar Fennimore", "Tove Arnesen", "Baltic Wire Service", "Nordstrand Radio"} & people(doc)
    assert not {"Baltic Wire Service", "Nordstrand Radio"} & set(institutions(doc))
    assert "Halvard Brekke" in people(doc)


def test_an_honorific_of_address_is_no_part_of_the_name(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nJAKARTA — Ibu Sari Wulandari, the ministry's director for consular "
                             "affairs, said 12 citizens were freed. Pak Budi Santika thanked her. Brig. Gen. Aron "
                             "Feld said the army was ready. Honourable Grace Atieno spoke next.")
    assert {"Sari Wulandari", "Budi Santika", "Aron Feld", "Grace Atieno"} <= people(doc)
    assert not {"Ibu Sari Wulandari", "Pak Budi Santika", "Brig", "Honourable Grace Atieno"} & people(doc)
    assert "Ibu Sari Wulandari" not in institutions(doc)


def test_an_embassy_named_with_its_post_is_an_institution_of_its_own(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nOfficials from the Embassy of Peru in Chile visited the crew. The Bolivian "
                             "Consulate General in Arica said it was ready to help, and the Chilean embassy said "
                             "nothing.")
    found = institutions(doc)
    assert {"Peruvian Embassy in Chile", "Bolivian Consulate General in Arica"} <= set(found)
    assert found["Peruvian Embassy in Chile"]["country"] == "Peru"
    assert "Chilean Embassy" not in found  # a lower-case embassy with no post speaks for its government


def test_our_embassy_in_a_briefing_is_the_speaker_s_country_s(extractor: Extractor) -> None:
    doc = extract(extractor, "Ministry of Foreign Affairs of Chile\nPress Briefing\n\nSPOKESPERSON ROJAS: Chile "
                             "thanks Peru. Chile will help. On Friday our embassy in Lima received 12 Chilean "
                             "citizens.\n\nQ: Will Chile send a plane?\n\nSPOKESPERSON ROJAS: Chile has not decided.")
    assert "Chilean Embassy in Lima" in institutions(doc)


def test_a_bare_ministry_is_the_country_its_paragraph_is_about(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nThe Peruvian Foreign Ministry said talks would go on.\n\nBolivia rejected "
                             "the plan. Foreign Ministry spokeswoman Rosa Quispe called it a provocation.\n\n"
                             "In Santiago, Foreign Ministry spokesman Tomas Vidal said Chile was ready to help.")
    assert ("Rosa Quispe", "spokeswoman", "Bolivian Foreign Ministry") in roles(doc)
    assert ("Tomas Vidal", "spokesman", "Chilean Foreign Ministry") in roles(doc)


def test_its_ministry_s_spokesman_speaks_for_that_ministry(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nThe junta in Naypyitaw gave another account. Its Defence Ministry "
                             "spokesman, Colonel Min Thant, said the troops had been attacked first.")
    assert ("Min Thant", "spokesman", "Burmese Defense Ministry") in {
        (p, t, i.replace("Defence", "Defense")) for p, t, i in roles(doc)}


def test_a_bare_minister_is_the_dateline_party_s_not_the_last_ministry_s(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nLIMA — Peru has closed its border with Chile. The Chilean Foreign Ministry "
                             "said on Monday it had protested.\n\nChile, it said, would not yield.\n\nForeign "
                             "Minister Ana Torres told lawmakers the matter was closed.")
    assert ("Ana Torres", "Foreign Minister", "Peruvian Foreign Ministry") in roles(doc)


def test_a_bare_ministry_in_a_story_datelined_at_a_venue_is_its_paragraph_s_country(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nOSLO — Chile and Peru resumed talks in the Norwegian capital. Peru says "
                             "Chile owes it water; Chile says Peru broke the deal.\n\nPeru rejected the Chilean "
                             "figures. The figures were false, Foreign Ministry spokeswoman Rosa Quispe said.")
    assert ("Rosa Quispe", "spokeswoman", "Peruvian Foreign Ministry") in roles(doc)


def test_ambassador_after_a_post_is_a_form_of_address_and_the_post_the_role(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nThe African Union named its envoy. The Chair of the Peace and Security "
                             "Council, Ambassador Ama Boateng, said the council would meet on Friday.")
    found = roles(doc)
    assert any(p == "Ama Boateng" and t == "Chair" and i == "Peace and Security Council" for p, t, i in found)
    assert not any(p == "Ama Boateng" and t == "Ambassador" for p, t, i in found)


def test_a_bare_minister_in_a_briefing_is_the_briefing_country_s(extractor: Extractor) -> None:
    doc = extract(extractor, "Ministry of Foreign Affairs of Chile\nWeekly Briefing\n\nSPOKESPERSON ROJAS: Chile "
                             "thanks Peru. The Peruvian Foreign Ministry sent us a note on Monday.\n\nForeign "
                             "Minister Ana Torres will visit Lima on Friday.\n\nQ: Will Chile sign?\n\n"
                             "SPOKESPERSON ROJAS: Chile has not decided.")
    assert ("Ana Torres", "Foreign Minister", "Chilean Foreign Ministry") in roles(doc)


def test_a_time_zone_after_a_time_is_no_body(extractor: Extractor) -> None:
    doc = extract(extractor, "Press Conference\nModerator: Grace Achieng, Spokesperson to the Chairperson of the "
                             "AU Commission\n11:05 a.m. EAT\n\nSPOKESPERSON ACHIENG: Good morning, colleagues. Kenya "
                             "will send aid.\n\nQ: When?\n\nSPOKESPERSON ACHIENG: On Monday, Kenya said.")
    assert "EAT" not in institutions(doc)


def test_britain_s_defence_ministry_is_the_ministry_of_defence(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nBritain's Defence Ministry said two jets had returned safely.")
    assert "British Ministry of Defence" in institutions(doc)


def test_names_that_are_places_are_no_people(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nThe boats, all from the southern state of Rio Verde Sul, were held. In "
                             "Campina, Rio Verde Sul Governor Ana Lobo wrote to the president. Troops landed on Isla "
                             "Calero on Friday, near the Line of Mutual Restraint.")
    found = people(doc)
    assert "Ana Lobo" in found
    assert not {"Rio Verde Sul", "Isla Calero", "Mutual Restraint"} & found


def test_an_initial_before_a_surname_stays_first(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nK. Ramanathan, president of the Coastal Boatmen's Union, said the strike "
                             "would go on.")
    assert "K. Ramanathan" in people(doc)


def test_well_known_forces_and_groups_by_their_names(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nThe SPLA-IO said its fighters held the town. Chinese army units moved "
                             "closer, and the PLA said it would respond.")
    found = institutions(doc)
    assert {"Sudan People's Liberation Movement-in-Opposition", "People's Liberation Army"} <= set(found)
    assert "Chinese Army" not in found
    assert "SPLA-IO" not in people(doc)


def test_a_name_before_militias_or_a_mechanism_names_a_body(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nOfficials accused Kigali of arming a breakaway faction and the Mahoro "
                             "militias fighting federal forces in the north. The issue came up at the Joint Border "
                             "Verification Mechanism on Thursday.")
    found = institutions(doc)
    assert found["Mahoro"]["kind"] == "armed_group"
    assert "Joint Border Verification Mechanism" in found


def test_a_transcript_header_gives_its_speakers_their_posts(extractor: Extractor) -> None:
    doc = extract(extractor, "Press Conference by Press Secretary LINDGREN Maja\nTuesday, 3 March 2026\nPress Room, "
                             "Ministry of Foreign Affairs, Stockholm\n\nPRESS SECRETARY LINDGREN: Good afternoon. "
                             "Sweden will send aid to Chad.\n\nQ: When?\n\nPRESS SECRETARY LINDGREN: Sweden will "
                             "send it on Monday, and Minister Berg will travel to Chad.")
    found = roles(doc)
    assert ("Maja Lindgren", "Press Secretary", "Swedish Foreign Ministry") in found


def test_a_post_of_a_portfolio_is_that_ministry_s_and_the_sentence_s_place_says_whose(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nSTOCKHOLM — Foreign Minister Lars Berg will visit Chile. In Santiago he "
                             "will hold talks with Secretary of Foreign Affairs Ana Ruiz. Minister Berg will also "
                             "meet Chile's president.")
    found = roles(doc)
    assert ("Ana Ruiz", "Secretary of Foreign Affairs", "Chilean Foreign Ministry") in found
    assert ("Lars Berg", "Foreign Minister", "Swedish Foreign Ministry") in found
    assert not any(p == "Lars Berg" and t == "Minister" for p, t, _ in found)  # the bare title adds nothing


def test_navy_spokesman_in_a_story_naming_one_navy_is_that_navy_s(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nThe Chilean Navy seized two trawlers from Peru on Sunday. The crews were "
                             "taken to Arica, navy spokesman Commander Luis Pardo said.")
    assert ("Luis Pardo", "spokesman", "Chilean Navy") in roles(doc)


def test_a_possessive_inside_a_body_s_name_stays(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nThat account was rejected by the Coastal Trawler Owners’ and Fishermen’s "
                             "Association, which called a strike. Ana Ruiz, president of the Valparaiso Boatmen’s "
                             "Association, said the boats were in Chilean waters.")
    assert any("Boatmen’s Association" in name for name in institutions(doc))
    assert not any("BoatmenAssociation" in name for name in institutions(doc))


def test_a_post_on_a_place_and_a_country_s_authorities(extractor: Extractor) -> None:
    doc = extract(extractor, "Minutes\n\nSPOKESPERSON ROJAS: Chile thanks Peru. The minister met the ASEAN Special "
                             "Envoy on Myanmar, Ambassador Mya Win, and we call on the Myanmar authorities to act."
                             "\n\nQ: When?\n\nSPOKESPERSON ROJAS: Chile will say on Monday.")
    assert any(p == "Mya Win" and t == "Special Envoy" and i == "ASEAN" for p, t, i in roles(doc))
    assert any("Myanmar authorities" in props["aliases"] for props in institutions(doc).values())


def test_a_minister_of_a_portfolio_is_that_ministry_s(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nAna Ruiz, Peru's minister of mines and energy, arrived on Monday. The "
                             "council met the Minister of Foreign Affairs and International Cooperation of Chile, "
                             "Luis Vera, on Tuesday.")
    found = roles(doc)
    assert any(p == "Ana Ruiz" and i == "Peruvian Mines and Energy Ministry" for p, _, i in found)
    assert any(p == "Luis Vera" and i == "Chilean Foreign Ministry" for p, _, i in found)
    assert not any("International Cooperation" in name for name in institutions(doc))


def test_a_permanent_representative_of_a_country_and_a_region_s_chief_minister(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nThe council met Grace Mwale, Permanent Representative of the United "
                             "Republic of Tanzania, on Monday. The boats came from the northern state of Rio Verde. "
                             "Rio Verde Chief Minister Ana Lobo wrote to the president.")
    found = roles(doc)
    assert ("Grace Mwale", "Permanent Representative", "Tanzanian government") in found
    assert ("Ana Lobo", "Chief Minister", "Rio Verde government") in found
    doc = extract(extractor, "Headline\n\nThe fishermen, all from the southern Indian state of Kerala Pradesh, were "
                             "held. In Kochi, Kerala Pradesh Chief Minister Meena Nair wrote to the Prime Minister.")
    assert "Kerala Pradesh" not in people(doc)


def test_a_spokesman_named_after_an_abbreviated_rank_and_a_mission_s_full_name(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nThe Chilean Army said the border was calm. \"We will not be provoked,\" "
                             "its spokesman, Brig. Gen. Pablo Ortiz, told reporters. The United Nations Interim Force "
                             "in Lebanon said one of its towers was hit.")
    assert ("Pablo Ortiz", "spokesman", "Chilean Army") in roles(doc)
    assert "United Nations Interim Force" not in institutions(doc)
    assert "UNIFIL" in institutions(doc)


def test_de_facto_rulers_are_their_country_s_government(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nThe Taliban administration in Kabul rejected the claim. The Taliban "
                             "government has long denied the charge. In Sukhumi, the de facto authorities said the "
                             "crossing would stay shut.")
    found = institutions(doc)
    assert "Taliban" not in found
    assert {"The Taliban administration", "The Taliban government"} <= set(found["Afghan government"]["aliases"])
    abkhaz = next(props for name, props in found.items() if props.get("country") == "Abkhazia")
    assert "Abkhaz de facto authorities" in abkhaz["aliases"]


def test_a_military_government_is_its_country_s_government(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nBANGKOK — Thailand's military government and the rebels agreed a truce on "
                             "Monday. Colonel Anan Chai, a spokesman for the military government, said the army "
                             "would hold its fire.")
    found = institutions(doc)
    assert "Thailand military government" in found["Thai government"]["aliases"]
    assert ("Anan Chai", "spokesman", "Thai government") in roles(doc)


def test_a_ministry_after_its_is_the_country_its_sentence_is_about(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nKUNMING — The Chinese Foreign Ministry said the talks went well.\n\n"
                             "Reaction was cautious. Chile, which chairs the group this year, welcomed the truce, its "
                             "Department of Foreign Affairs said.")
    assert "Chilean Foreign Ministry" in institutions(doc)


def test_an_appositive_name_after_an_owner_s_title_and_a_summoned_ambassador(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nTOKYO — The talks were chaired by Wen Haoyu, the ministry's special envoy "
                             "for Asian affairs. Japan later summoned Ambassador LIU Weiming and demanded that China "
                             "withdraw its ships.")
    assert "Wen Haoyu" in people(doc)
    assert "Wen Haoyu" not in institutions(doc)
    person = next(p for p in people(doc) if "Weiming" in p)
    assert (person, "Ambassador", "Chinese government") in roles(doc)
    assert any("Liu Weiming" in props.get("aliases", []) or name == "Liu Weiming"
               for name, props in {n.properties["name"]: n.properties for n in doc.nodes
                                   if n.label == "Person"}.items())


def test_a_head_of_government_opening_a_sentence_is_the_dateline_party_s(extractor: Extractor) -> None:
    # (Peru has a prime minister; Ecuador, whose president heads the government, has none)
    doc = extract(extractor, "Headline\n\nLIMA — Ecuadorian troops crossed into Peru, Ecuador said, and Ecuador's "
                             "army said Ecuador would hold the ridge. Ecuador rejected talks.\n\n\"We will not "
                             "yield.\"\n\nPrime Minister Ana Vera, speaking at a cabinet meeting, struck a similar "
                             "note.")
    assert ("Ana Vera", "Prime Minister", "Peruvian government") in roles(doc)


def test_a_director_of_a_ministry_s_unit_holds_a_role_in_the_ministry(extractor: Extractor) -> None:
    doc = extract(extractor, "WEEKLY PRESS BRIEFING\nMinistry of Foreign Affairs of Chile\nSantiago, 5 March 2026\n\n"
                             "Spokesperson: Eva Rojas\n\nSPOKESPERSON ROJAS: Good morning. We have two items. On "
                             "Monday, Director-General of the Andean and Pacific Affairs Bureau Luis Vera lodged a "
                             "protest with Peru, and Ana Soto, our Director for the Protection of Chilean Citizens, "
                             "will travel to Lima.\n\nQ: When?\n\nSPOKESPERSON ROJAS: Chile will say on Monday.")
    found = roles(doc)
    assert not {"Andean and Pacific Affairs Bureau", "Protection of Chilean Citizens"} & set(institutions(doc))
    assert any(p == "Luis Vera" and t.startswith("Director-General") and i == "Chilean Foreign Ministry"
               for p, t, i in found)
    assert any(p == "Ana Soto" and t == "Director" and i == "Chilean Foreign Ministry" for p, t, i in found)


def test_a_company_tagged_a_person_and_a_dam_tagged_a_body(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nIts Athens-based manager, Marlow Bulk Management, said one sailor was "
                             "missing.")
    assert institutions(doc)["Marlow Bulk Management"]["kind"] == "company"
    doc = extract(extractor, "Headline\n\nThe dam, the Mambilla Hydropower Dam, is full.")
    assert "Mambilla Hydropower Dam" not in institutions(doc)


def test_a_country_s_police_named_with_a_style_and_a_named_border_police(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nWe thank the Chilean National Police for their help. Ten men are being "
                             "questioned by the police. Two officers of Peru's Border Police were seized on Friday.")
    found = institutions(doc)
    assert "Chilean National Police" in found
    assert "Chilean Police" not in found
    assert "Peruvian Border Police" in found


def test_military_commands_and_numbered_units(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nThe delegation was led by Lieutenant General Ravi Menon, commander of the "
                             "Leh-based 14 Corps, and the other side by Major General Li Jun. In a statement, a "
                             "spokesman for the PLA's Southern Theater Command, Senior Colonel Wu Qian, said its "
                             "forces were ready.")
    found = roles(doc)
    assert ("Ravi Menon", "commander", "14 Corps") in found
    assert ("Wu Qian", "spokesman", "Southern Theater Command") in found
    assert "Senior Colonel Wu Qian" not in people(doc)


def test_a_portfolio_minister_is_the_country_his_paragraph_is_about(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nOSLO — Chile, Peru and Bolivia resumed talks in the Norwegian capital. "
                             "Peru says Chile owes it water.\n\nBolivia, caught between its neighbours, brought its "
                             "own grievances. Mining Minister Ana Quispe said the river had been diverted.")
    assert "Bolivian Mining Ministry" in institutions(doc)
    assert not {"Norwegian Mining Ministry", "Chilean Mining Ministry"} & set(institutions(doc))


def test_an_organisation_s_mission_named_again_by_a_common_noun(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nThe European Union Monitoring Mission in Moldova confirmed the report. "
                             "The talks, co-chaired by the EU mission and the OSCE, ended without agreement.")
    found = institutions(doc)
    assert "EU mission" in found["European Union Monitoring Mission in Moldova"]["aliases"]
    assert "European Union" not in found


def test_a_post_s_field_before_its_title(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nTomas Vidal, a foreign policy aide to Chile's president, struck a harsher "
                             "tone on Monday.")
    assert ("Tomas Vidal", "foreign policy aide", "Chilean government") in roles(doc)


def test_a_name_before_a_media_noun_is_an_outlet(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nAl-Hamadi, speaking to the group's Al-Rashad television after the meeting, "
                             "said talks would go on. A presenter on the Nova Strana channel said so too. Officials "
                             "told state television the same.")
    found = institutions(doc)
    assert found["Al-Rashad"]["kind"] == "media"
    assert found["Nova Strana"]["kind"] == "media"
    assert not any("state" in name.lower() for name in found)
