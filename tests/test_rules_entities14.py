"""Names, institutions and roles: rules of the twenty-first session, on short texts of our own."""

from __future__ import annotations

import pytest
from test_rules_entities2 import extract, roles

from dipgraph.loaders.extract import Extractor


@pytest.mark.parametrize("address", ["the Honourable", "the Right Honourable", "His Excellency"])
def test_a_title_before_an_addressed_name_is_the_persons(extractor: Extractor, address: str) -> None:
    text = (f"Pacific news\n\nSUVA, March 9 (Reuters) - Fiji's Minister of Foreign Affairs, {address} Semisi "
            "Fonua, said on Monday the patrols would continue.\n")
    assert ("Semisi Fonua", "Minister of Foreign Affairs", "Fijian Foreign Ministry") in roles(extract(extractor, text))
