"""Event rules of the thirty-first session, on short texts of our own with invented people."""

from __future__ import annotations

import pytest

from dipgraph.loaders.extract import Extractor

DATE = "2026-03-11"  # a Wednesday


def events(extractor: Extractor, text: str, cameo: str = "") -> list[tuple[str, list[str], list[str]]]:
    """(CAMEO code, actors, targets) of each event extracted from a text whose code starts with ``cameo``."""
    doc = extractor.extract(text, date=DATE)
    names = {n.id: n.properties.get("name") for n in doc.nodes}
    out = []
    for n in doc.nodes:
        if n.label == "Event" and n.properties["cameo"].startswith(cameo):
            ends = [(r.type, names[r.end]) for r in doc.relationships if r.start == n.id]
            out.append((n.properties["cameo"], [e for t, e in ends if t == "ACTOR"],
                        [e for t, e in ends if t == "TARGET"]))
    return out


@pytest.mark.parametrize("text, actor, target", [
    # 'crossed into Bolivian airspace', as 'entered Bolivian airspace' already was
    ("LA PAZ, March 10, 2026 (Andes Wire) - Bolivia protested to Peru on Tuesday. A Peruvian Air Force fighter jet "
     "crossed into Bolivian airspace on Monday, the Foreign Ministry said.\n", "Peruvian Air Force",
     "Bolivian government"),
    # time spent in another's waters, as 'operated inside' already was
    ("ANKARA, March 10, 2026 (Anatolia Desk) - Turkey lodged a protest with Greece on Tuesday. Two Greek navy "
     "frigates spent nine hours inside Turkish territorial waters on Monday, the ministry said.\n", None,
     "Turkish government"),
    ("RIGA, March 10, 2026 (Baltic Desk) - Latvia summoned Russia's chargé d'affaires on Tuesday. Russian military "
     "drones strayed into Latvian airspace overnight, the Defence Ministry said.\n", None, "Latvian government"),
])
def test_a_forces_craft_crossing_into_or_staying_in_anothers_space_is_a_show_of_force(
        extractor: Extractor, text: str, actor: str | None, target: str) -> None:
    """A force's jet, ships or drones crossing into, spending hours in or straying into another state's airspace or
    waters: an incursion (root 15), aimed at that state."""
    found = events(extractor, text, "15")
    assert any((actor is None or actor in a) and target in t for _, a, t in found), found


def test_refugees_crossing_a_border_are_no_event(extractor: Extractor) -> None:
    """Guards the change: people who are no force crossing a border do nothing a state answers for."""
    text = ("N'DJAMENA, March 10, 2026 (Sahel Wire) - Hundreds of Sudanese refugees crossed into Chad on Monday, "
            "the UN refugee agency said.\n")
    assert events(extractor, text, "15") == []


def test_a_snap_exercise_is_a_show_of_force(extractor: Extractor) -> None:
    """'Serbia held a snap exercise of its air defence units near the boundary on Monday': an exercise called
    'snap' (or 'ground', 'combat', 'amphibious') is a military one, as a 'naval' or 'live-fire' one is."""
    text = ("BELGRADE, March 10, 2026 (Balkan Desk) - Kosovo accused Serbia of intimidation. Serbia held a snap "
            "exercise of its air defence units near the boundary on Monday.\n")
    found = events(extractor, text, "15")
    assert any("Serbian government" in a for _, a, _t in found), found


def test_the_exercise_of_a_right_is_no_event(extractor: Extractor) -> None:
    """Guards the change: 'the exercise of sovereign rights' names no drill."""
    text = ("BELGRADE, March 10, 2026 (Balkan Desk) - Serbia said the exercise of its sovereign rights over the "
            "river was not negotiable.\n")
    assert events(extractor, text, "15") == []
