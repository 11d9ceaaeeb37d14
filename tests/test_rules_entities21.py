"""Roles: rules of the twenty-eighth session, on short texts of our own."""

from __future__ import annotations

from test_rules_roles_links import roles_of

from dipgraph.loaders.extract import Extractor

DATE = "2024-03-20"
# Paraguay is named more often than Uruguay, and no dateline says whose side the story takes.
BODY = ("Uruguay summoned Paraguay's ambassador on Monday over dredging on the river. Paraguay says the works "
        "are legal, and Paraguay's engineers will continue, Paraguayan officials said.\n\n"
        "Foreign Minister Laura Benítez said the works broke the 1973 treaty.")


def test_a_bare_title_is_of_the_country_the_headline_has_acting(extractor: Extractor) -> None:
    """'Uruguay summons Paraguayan envoy': with no dateline, a minister named by title alone is of the headline's
    subject, though the story names the other country more."""
    doc = extractor.extract("Uruguay summons Paraguayan envoy over river dredging\n\n" + BODY, date=DATE)
    assert roles_of(doc, "Laura Benítez") == {("Foreign Minister", "Uruguayan Foreign Ministry")}, roles_of(
        doc, "Laura Benítez")


def test_a_headline_with_no_country_acting_leaves_the_country_named_most(extractor: Extractor) -> None:
    """Guards a case next to the change: 'Dredging row deepens' has no country acting, so the bare title is of the
    country the story names most, as before."""
    doc = extractor.extract("Dredging row deepens on the river\n\n" + BODY, date=DATE)
    assert roles_of(doc, "Laura Benítez") == {("Foreign Minister", "Paraguayan Foreign Ministry")}, roles_of(
        doc, "Laura Benítez")


def test_a_dateline_still_says_whose_side_the_story_takes(extractor: Extractor) -> None:
    """Guards a case next to the change: 'ASUNCIÓN —' makes the story Paraguay's, whatever its headline has."""
    doc = extractor.extract("Uruguay summons Paraguayan envoy over river dredging\n\nASUNCIÓN — " + BODY, date=DATE)
    assert roles_of(doc, "Laura Benítez") == {("Foreign Minister", "Paraguayan Foreign Ministry")}, roles_of(
        doc, "Laura Benítez")
