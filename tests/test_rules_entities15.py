"""Names, institutions and roles: rules of the twenty-second session, on short texts of our own."""

from __future__ import annotations

from test_rules_entities2 import extract

from dipgraph.loaders.extract import Extractor


def test_a_ship_named_after_a_described_vessel_noun_is_no_person(extractor: Extractor) -> None:
    text = ("Baltic news\n\nCOPENHAGEN (Reuters) - The tanker, the Panama-flagged Nordlys Ranger, was boarded on "
            "Tuesday by inspectors. A navy corvette had followed the Nordlys Ranger from the Gulf of Finland, "
            "the ministry said.\n")
    people = {n.properties["name"] for n in extract(extractor, text).nodes if n.label == "Person"}
    assert not any("Ranger" in p for p in people)


def test_a_ship_flagged_or_registered_somewhere_is_no_person(extractor: Extractor) -> None:
    text = ("Arctic news\n\nOSLO (Reuters) - The Murmansk-registered Polar Dawn was stopped on Tuesday about 40 "
            "miles off the coast. The Norwegian Coast Guard said Polar Dawn had been fishing without a licence.\n")
    people = {n.properties["name"] for n in extract(extractor, text).nodes if n.label == "Person"}
    assert not any("Dawn" in p for p in people)
