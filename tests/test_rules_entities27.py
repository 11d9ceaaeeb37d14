"""Role rules of the thirty-fifth session, on short texts of our own with invented people."""

from __future__ import annotations

from test_rules_entities25 import roles_of

from dipgraph.loaders.extract import Extractor


def test_an_ambassador_summoned_by_one_side_is_the_other_sides(extractor: Extractor) -> None:
    """'The Togolese Foreign Ministry said it had summoned Ambassador X', datelined in Ghana's capital: the envoy is
    Ghana's, the side that did not summon him, not the side other than the dateline's."""
    roles = roles_of(extractor, "Border row\n\nACCRA - Togo summoned Ghana's ambassador on Thursday over the "
                                "closure of a border post.\n\nGhanaian Foreign Minister Ama Owusu said the closure was "
                                "temporary.\n\nThe Togolese Foreign Ministry said it had summoned Ambassador Kofi "
                                "Asante to convey its deep disappointment.\n")
    assert ("Kofi Asante", "Ambassador", "Ghanaian government") in roles, roles
