"""Every saved query, run with its header's example parameters over the three sample articles,
on the embedded store and on a real Neo4j: the rows are checked, and both stores return the same rows.

The articles go through the real extractor (the two VOA articles carry no date in their text,
so the gold file's date is given, as an analyst would with --date).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from neo4j_fixture import Neo4jServer

from dipgraph import api
from dipgraph.graph.document import GraphDocument, Node, Relationship
from dipgraph.graph.document import Path as GraphPath
from dipgraph.graph.model import REL_TYPES
from dipgraph.graph.store import Result, Store, open_store
from dipgraph.output import plain, text, visible
from dipgraph.queries.runner import load_library, run_query

GOLD = Path(__file__).parent / "gold"
LIBRARY = load_library()
MESOP = "MESOP “RUSSIAN TACTICS”: Putin Changes Course, Says Aleppo Bombing Pause to Continue"
# Queries that feed views: their rows are graph elements with no order; compared as multisets.
VIEW_QUERIES = {"article-graph", "neighbourhood", "whole-graph"}

Records = list[dict[str, Any]]


@pytest.fixture(scope="module")
def sample_documents() -> list[tuple[str, GraphDocument]]:
    """The three sample articles, extracted with their gold dates."""
    docs = []
    for article in sorted(GOLD.glob("*.txt")):
        date = json.loads((GOLD / f"{article.stem}.gold.json").read_text(encoding="utf-8"))["date"]
        docs.append((str(article), next(api.extract([article], date=date)).document))
    return docs


@pytest.fixture(scope="module")
def sample_stores(
    tmp_path_factory: pytest.TempPathFactory, neo4j_server: Neo4jServer,
    sample_documents: list[tuple[str, GraphDocument]],
) -> Iterator[dict[str, Store]]:
    """Both stores holding the three sample articles, loaded once for this module."""
    embedded = open_store(tmp_path_factory.mktemp("sample") / "sample.db")
    neo4j = neo4j_server.store()
    neo4j.clear()
    try:
        for store in (embedded, neo4j):
            for source, doc in sample_documents:
                store.write(doc, source)
        yield {"embedded": embedded, "neo4j": neo4j}
    finally:
        embedded.close()
        neo4j.close()


def canonical(row: list[Any]) -> str:
    """A row as sorted-key JSON: the same graph elements compare equal whatever the property order."""
    return json.dumps(plain(row), sort_keys=True, ensure_ascii=False)


def records(result: Result) -> Records:
    """Rows as dicts, nodes and paths turned into the text an analyst reads."""
    return [{k: text(v) if isinstance(v, Node | GraphPath | Relationship) else v for k, v in row.items()}
            for row in result.records()]


def column(rows: Records, name: str) -> list[Any]:
    return [row[name] for row in rows]


def only(rows: Records, **match: Any) -> Records:
    return [row for row in rows if all(row[k] == v for k, v in match.items())]


def statements(store: Store) -> list[tuple[str, str, str]]:
    """(speaker name, statement id, act) for every statement: one-hop reads to check aggregates against."""
    rows = store.read("MATCH (sp)-[:STATED]->(s:Statement) RETURN sp.name, s.id, coalesce(s.act, '')").rows
    return [tuple(row) for row in rows]


def countries(store: Store) -> dict[str, set[str]]:
    """Each speaker's governments' countries: its own, its ministry's government's, its roles' (two hops at most)."""
    kinds = {"government", "ministry", "agency", "military"}
    state = {i: c for i, kind, c in store.read(
        "MATCH (i:Institution) RETURN i.name, i.kind, i.country").rows if kind in kinds and c}
    up: dict[str, set[str]] = {}
    for a, b in store.read("MATCH (a)-[:HOLDS_ROLE|PART_OF]->(b:Institution) RETURN a.name, b.name").rows:
        up.setdefault(a, set()).add(b)
    names = {name for name, _, _ in statements(store)}
    reach = {n: {n} | up.get(n, set()) | {g for m in up.get(n, set()) for g in up.get(m, set())} for n in names}
    return {n: {state[i] for i in found if i in state} for n, found in reach.items()}


KONASHENKOV_DENIALS = {
    "Warplanes have not flown over Aleppo since October 18",
    "Moscow had never restarted attacking",
    "Russian and Syrian warplanes had not even approached Aleppo for eight days",
}
RYABKOV = "Nothing of what has been required in the past three days took place, so now the issue of " \
          "renewing the humanitarian pause is irrelevant."
KERRY_APPEAL = "called for a suspension of military overflights of Aleppo"
REJECTION = "rejected the measure as an infringement of Syrian sovereignty"


def check_statements_by_person(rows: Records, store: Store) -> None:
    assert set(column(rows, "speaker")) == {"John Kirby"}
    assert column(rows, "act") == ["welcome", "appeal", "comment"]
    assert set(column(rows, "date")) == {"2016-10-25"}  # "yesterday", resolved against 26 Oct
    assert rows[0]["statement"].startswith("We obviously welcome any reduction in the violence")
    assert rows[0]["kind"] == "direct" and rows[1]["kind"] == "indirect"
    assert set(column(rows, "article")) == {MESOP}


def check_statements_by_institution(rows: Records, store: Store) -> None:
    assert set(column(rows, "institution")) == {"Russian Defense Ministry"}
    assert rows[0]["speaker"] == "Russian Defense Ministry" and rows[0]["date"] == "2016-10-25"
    assert rows[0]["statement"].startswith("the pause would continue")
    spokesman = only(rows, speaker="Igor Konashenkov")  # an official speaks for the ministry
    assert set(column(spokesman, "statement")) == KONASHENKOV_DENIALS
    assert set(column(spokesman, "act")) == {"deny"}
    assert column(rows, "date") == sorted(column(rows, "date"))


def check_who_spoke_about(rows: Records, store: Store) -> None:
    speakers = Counter(column(rows, "speaker"))
    assert speakers["Igor Konashenkov"] == 2 and speakers["John Kerry"] == 1
    assert "Local Coordination Committees" in speakers and "Russian government" in speakers
    assert all("aleppo" in row["statement"].lower() for row in rows)
    assert only(rows, speaker="John Kerry")[0]["statement"] == KERRY_APPEAL


def check_contradictions(rows: Records, store: Store) -> None:
    assert set(column(rows, "contradicted_speaker")) == {"Sergei Ryabkov"}
    assert set(column(rows, "contradicted_statement")) == {RYABKOV}
    assert set(column(only(rows, speaker="Igor Konashenkov"), "statement")) == KONASHENKOV_DENIALS
    assert column(only(rows, speaker="Russian Defense Ministry"), "act") == ["assert"]


def check_contradictions_within_government(rows: Records, store: Store) -> None:
    assert set(column(rows, "country")) == {"Russia"}
    pairs = {(row["speaker"], row["contradicted_speaker"]) for row in rows}
    assert pairs == {("Igor Konashenkov", "Sergei Ryabkov"), ("Russian Defense Ministry", "Sergei Ryabkov")}


def check_response_chains(rows: Records, store: Store) -> None:
    assert set(column(rows, "origin")) == {KERRY_APPEAL}
    assert column(rows, "responder") == ["Russian government", "Syrian government"]
    assert set(column(rows, "act")) == {"reject"} and set(column(rows, "depth")) == {1}
    assert set(column(rows, "response")) == {REJECTION}


def check_who_talked_to_whom(rows: Records, store: Store) -> None:
    [call] = rows
    assert (call["actor"], call["contact"], call["target"]) == ("John Kerry", "telephone call", "Sergei Lavrov")
    assert call["date"] == "2016-10-26"  # undated in the text: the article's date
    assert call["text"].startswith("Kerry called Russian Foreign Minister Sergei Lavrov")


def check_actor_timeline(rows: Records, store: Store) -> None:
    assert set(column(rows, "actor")) == {"Russian government"}
    assert column(rows, "date") == sorted(column(rows, "date"))
    did = only(rows, role="did")
    assert [(r["date"], r["what"]) for r in did] == [
        ("2016-08", "siege"), ("2016-09-19", "military action"), ("2016-10-18", "ceasefire"),
        ("2016-10-23", "military action")]
    assert all(any("Aleppo" in c for c in r["counterparts"]) for r in did)  # Aleppo, or east Aleppo for the siege
    said = only(rows, role="said")
    assert "reject" in column(said, "what") and REJECTION in column(said, "text")


def check_officials_by_institution(rows: Records, store: Store) -> None:
    assert {(r["institution"], r["title"], r["person"]) for r in rows} == {
        ("Russian Defense Ministry", "spokesman", "Igor Konashenkov"),
        ("Russian Defense Ministry", "official", "Sergei Rudskoi"),
        ("Russian Foreign Ministry", "Deputy Foreign Minister", "Sergei Ryabkov"),
        ("Russian Foreign Ministry", "Foreign Minister", "Sergei Lavrov"),
    }
    assert only(rows, person="Igor Konashenkov")[0]["statements"] == 3
    assert only(rows, person="Sergei Lavrov")[0]["statements"] == 0
    assert set(column(rows, "country")) == {"Russia"}


def check_most_active_speakers(rows: Records, store: Store) -> None:
    said = Counter(name for name, _, _ in statements(store))
    ranked = sorted(said.items(), key=lambda item: (-item[1], item[0]))[:5]
    assert [(r["speaker"], r["statements"]) for r in rows] == ranked
    top = {r["speaker"]: r for r in rows if r["statements"] == 3}
    assert {"Igor Konashenkov", "John Kirby", "Ned Price"} <= set(top)
    assert top["Igor Konashenkov"]["denials"] == 3 and top["Igor Konashenkov"]["acts"] == 1
    assert top["John Kirby"]["kind"] == "person" and top["John Kirby"]["articles"] == 1


def check_co_mentioned_people(rows: Records, store: Store) -> None:
    assert set(column(rows, "person")) == {"John Kerry"}
    assert {"Sergei Lavrov", "John Kirby", "Igor Konashenkov", "Sergei Ryabkov"} <= set(column(rows, "co_mentioned"))
    assert not {"Ned Price", "Benjamin Netanyahu"} & set(column(rows, "co_mentioned"))  # other articles
    assert set(column(rows, "articles")) == {1} and set(column(rows, "latest_article_date")) == {"2016-10-26"}


def check_acts_per_speaker(rows: Records, store: Store) -> None:
    assert rows == [{"speaker": "Igor Konashenkov", "act": "deny", "statements": 3}]


def check_acts_per_government(rows: Records, store: Store) -> None:
    acts = {r["act"]: r["statements"] for r in rows}
    assert set(column(rows, "country")) == {"United States"}
    assert acts["welcome"] >= 1 and acts["appeal"] >= 2  # Kirby's welcome; Kerry's and Kirby's appeals
    us = {sid: act for name, sid, act in statements(store) if "United States" in countries(store).get(name, set())}
    assert acts == dict(Counter(us.values()))


def check_shortest_path(rows: Records, store: Store) -> None:
    assert len(rows) == 3 and set(column(rows, "hops")) == {3}
    for row in rows:
        assert row["path"].startswith("Igor Konashenkov -STATED-> “")
        assert "-CONTRADICTS-> “Nothing of what has been required" in row["path"]
        assert row["path"].endswith("<-STATED- Sergei Ryabkov")


def check_statements_by_role(rows: Records, store: Store) -> None:
    assert Counter(column(rows, "speaker")) == {
        "John Kirby": 3, "Igor Konashenkov": 3, "Ned Price": 3, "Stephane Dujarric": 2}
    assert all("spokesman" in title.lower() for title in column(rows, "title"))
    assert only(rows, speaker="Ned Price")[0]["institution"] == "US State Department"
    assert column(rows, "date") == sorted(column(rows, "date"))


def check_denials(rows: Records, store: Store) -> None:
    assert set(column(rows, "speaker")) == {"Igor Konashenkov"}
    assert set(column(rows, "denial")) == KONASHENKOV_DENIALS
    against = {(r["denial"], r["against"]) for r in rows}
    assert ("Moscow had never restarted attacking", "Sergei Ryabkov") in against
    assert ("Moscow had never restarted attacking", "Russian government") in against  # the resumed attacks
    assert RYABKOV in column(rows, "denied")


def check_act_overrides(rows: Records, store: Store) -> None:
    """Every statement whose act the model made 'assert' over another act of the rules, and nothing else."""
    every = store.read("MATCH (s:Statement) RETURN s.text AS text, s.act AS act, s.rules_act AS rules_act").rows
    overruled = sorted((text, rules) for text, act, rules in every if act == "assert" != rules)
    assert overruled and sorted((r["statement"], r["rules_act"]) for r in rows) == overruled
    assert all(r["act"] == "assert" and r["sentence"] and r["article"] and r["speaker"] for r in rows)


def check_appeals_and_rejections(rows: Records, store: Store) -> None:
    assert set(column(rows, "appellant")) == {"John Kerry"}
    assert set(column(rows, "appeal")) == {KERRY_APPEAL}
    assert column(rows, "rejected_by") == ["Russian government", "Syrian government"]
    assert set(column(rows, "rejection")) == {REJECTION}


def check_articles_mentioning(rows: Records, store: Store) -> None:
    [row] = [r for r in rows if r["entity"] == "Aleppo"]  # "east Aleppo" is a place of its own
    assert row["entity"] == "Aleppo" and row["article"] == MESOP and row["date"] == "2016-10-26"
    assert row["mentions"] >= 1 and row["statements"] >= 13 and row["events"] >= 4
    assert row["path"].endswith("mesop-2016-10-26-aleppo-pause.txt")


def check_article_graph(rows: Records, store: Store) -> None:
    assert set(column(rows, "a")) == {MESOP}
    assert {"John Kerry", "Sergei Lavrov", "Igor Konashenkov"} <= set(column(rows, "y"))
    assert {"REPORTED_IN", "STATED", "ACTOR", "TARGET", "CONTRADICTS"} <= set(column(rows, "r"))


def check_neighbourhood(rows: Records, store: Store) -> None:
    paths = column(rows, "p")
    assert all(p.startswith("John Kerry ") for p in paths)
    assert "John Kerry <-ACTOR- telephone call -TARGET-> Sergei Lavrov" in paths  # the call, two hops
    assert any(p.startswith(f"John Kerry -STATED-> “{KERRY_APPEAL}”") for p in paths)


def check_whole_graph(rows: Records, store: Store) -> None:
    counts = store.counts()
    assert Counter(column(rows, "r")) == {k: v for k, v in counts.items() if k in REL_TYPES and v}
    assert {"Igor Konashenkov", "John Kirby", "Ned Price", "Benjamin Netanyahu"} <= set(column(rows, "a"))


CHECKS: dict[str, Callable[[Records, Store], None]] = {
    name.removeprefix("check_").replace("_", "-"): check
    for name, check in dict(globals()).items() if name.startswith("check_")
}


def test_every_saved_query_has_a_check() -> None:
    assert sorted(CHECKS) == sorted(LIBRARY)
    assert len(LIBRARY) >= 18


def elements(result: Result) -> tuple[set[str], set[tuple]]:
    """The node ids and relationship keys anywhere in a result: what a view of it draws."""
    nodes: set[str] = set()
    rels: set[tuple] = set()

    def walk(value: Any) -> None:
        if isinstance(value, Node):
            nodes.add(value.id)
        elif isinstance(value, Relationship):
            rels.add(value.key())
        elif isinstance(value, GraphPath):
            for item in (*value.nodes, *value.relationships):
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(result.rows)
    return nodes, rels


@pytest.mark.parametrize("name", sorted(LIBRARY))
def test_saved_query_example_on_both_stores(name: str, sample_stores: dict[str, Store]) -> None:
    query = LIBRARY[name]
    results = {kind: run_query(store, name, **query.example_params()) for kind, store in sample_stores.items()}
    embedded, neo4j = results["embedded"], results["neo4j"]
    assert embedded.columns == neo4j.columns
    assert embedded.rows, f"{name}: the header's example finds nothing in the sample articles"
    if name in VIEW_QUERIES:
        assert sorted(map(canonical, embedded.rows)) == sorted(map(canonical, neo4j.rows))
    else:  # what is printed: the same rows in the same order; what a view draws: the same graph
        assert visible(embedded).rows == visible(neo4j).rows
        assert elements(embedded) == elements(neo4j)
    CHECKS[name](records(embedded), sample_stores["embedded"])


def test_view_only_columns_carry_the_graph_behind_the_rows(sample_stores: dict[str, Store]) -> None:
    result = run_query(sample_stores["embedded"], "contradictions", speaker="Ryabkov")
    assert "_graph" in result.columns and "_graph" not in visible(result).columns
    nodes, rels = elements(result)
    assert {key[0] for key in rels} == {"STATED", "CONTRADICTS"}
    assert {n.split(":")[0] for n in nodes} == {"person", "institution", "statement"}  # speakers and statements


DEFAULTS_ONLY = sorted(name for name, q in LIBRARY.items() if all(not p.required for p in q.params))


@pytest.mark.parametrize("name", DEFAULTS_ONLY)
def test_saved_query_defaults_on_both_stores(name: str, sample_stores: dict[str, Store]) -> None:
    """With no parameters (every chain start, all contradictions…): optional parts that find nothing stay empty."""
    embedded, neo4j = (run_query(store, name) for store in sample_stores.values())
    if name in VIEW_QUERIES:
        assert sorted(map(canonical, embedded.rows)) == sorted(map(canonical, neo4j.rows))
    else:
        assert visible(embedded).rows == visible(neo4j).rows
        assert elements(embedded) == elements(neo4j)
    assert embedded.rows


def test_appeals_nobody_rejected_are_listed(sample_stores: dict[str, Store]) -> None:
    for store in sample_stores.values():
        rows = records(run_query(store, "appeals-and-rejections"))
        kirby = only(rows, appellant="John Kirby")
        assert kirby and {r["rejected_by"] for r in kirby} == {None}
        assert {r["rejected_by"] for r in only(rows, appellant="John Kerry")} == {"Russian government",
                                                                                   "Syrian government"}
