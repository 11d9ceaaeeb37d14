"""The held-out and unseen gold files match their articles: spans exist, names are declared, dates are ISO."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from dipgraph.loaders.read import HTML_SUFFIXES, JSONL_SUFFIXES, read_articles

HERE = Path(__file__).parent
GOLD_DIRS = [HERE / "heldout" / "gold", HERE / "unseen" / "gold", HERE / "gold", *sorted(HERE.glob("fresh*/gold")),
             *sorted(HERE.glob("agreement/fresh*"))]  # second annotations of blind sets' articles
GOLD_FILES = sorted(p for d in GOLD_DIRS for p in d.glob("*.gold.json"))
ACTS = {"assert", "comment", "deny", "reject", "appeal", "welcome", "criticize", "promise", "warn", "threaten"}
ISO = re.compile(r"\d{4}-\d{2}(-\d{2})?$")


def article_text(gold_path: Path, gold: dict) -> str:
    """The text the benchmark gives the extractor for this gold file."""
    path = gold_path.parent / gold["article"]
    if path.suffix.lower() in HTML_SUFFIXES | JSONL_SUFFIXES:  # a page or a one-record JSON-lines file
        return read_articles(path)[0].text
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.name)
def test_gold_matches_its_article(gold_path: Path) -> None:
    """Every statement and event text is in the article; speakers, actors, targets and roles are declared."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = article_text(gold_path, gold)
    names = {e["name"] for e in gold["people"] + gold["institutions"] + gold.get("places", [])}
    institutions = {e["name"] for e in gold["institutions"]}
    ids = [s["id"] for s in gold["statements"] if "id" in s]
    assert len(ids) == len(set(ids))
    for s in gold["statements"]:
        assert s["text"] in text, s["text"]
        assert s["speaker"] in names, s["speaker"]
        assert s["act"] in ACTS, s["act"]
        assert s.get("date") is None or ISO.match(s["date"]), s["date"]
        for link in ("responds_to", "contradicts"):
            # the samples also link to events by description; every other set links statement ids
            if link in s and gold_path.parent != HERE / "gold":
                assert s[link] in ids, s[link]
    for e in gold["events"]:
        assert e["text"] in text, e["text"]
        assert e["actor"] in names and (e["target"] is None or e["target"] in names), e
        assert e.get("when") is None or ISO.match(e["when"]), e["when"]
    for p in gold["people"]:
        for role in p["roles"]:
            assert role["institution"] in institutions, role


def test_heldout_set_has_five_articles_of_other_conflicts() -> None:
    """The held-out set is separate from the sample articles the rules were written on."""
    heldout = [p for p in GOLD_FILES if "heldout" in p.parts]
    samples = [p for p in GOLD_FILES if not {"heldout", "unseen"} & set(p.parts)]
    assert len(heldout) == 5
    assert not {p.name for p in heldout} & {p.name for p in samples}


def test_unseen_set_has_five_articles_apart_from_the_others() -> None:
    """The sealed unseen set shares no article with the held-out or sample sets."""
    unseen = [p for p in GOLD_FILES if "unseen" in p.parts]
    others = [p for p in GOLD_FILES if "unseen" not in p.parts]
    assert len(unseen) == 5
    assert not {p.name for p in unseen} & {p.name for p in others}
