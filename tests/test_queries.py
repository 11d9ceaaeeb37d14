"""The saved-query runner: header parsing, parameter binding, errors, query folders, dialects,
and the Cypher semantics the two stores must share (bounded chains, cycles, ties, case)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dipgraph.errors import ParameterError, QueryError
from dipgraph.graph.document import GraphDocument, Node, Relationship
from dipgraph.graph.model import make_id
from dipgraph.graph.store import Store
from dipgraph.queries import runner
from dipgraph.queries.runner import Param, bind, coerce, find_query, load_library, parse_query, run_query

HEADER = """// name: said-by
// description: What someone said.
// param: who (string, example "Ana"): the speaker
// param: since (date, default "0001-01-01", example "2020-01-01"): earliest date
// param: depth (int, default 2, min 1, max 5): how far
// param: acts (list, default ["deny", "reject"]): acts to keep
// param: ratio (float, default 0.5): a share
// param: strict (bool, default false): exact only
// A comment line after the params is not part of the header or the body.
MATCH (p:Person)-[:STATED]->(s:Statement)
WHERE p.name = $who AND s.date >= $since AND s.act IN $acts AND $depth > 0 AND $ratio > 0 AND NOT $strict
RETURN p.name AS speaker, s.text AS text
"""


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.cypher"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def said_by(tmp_path: Path) -> runner.SavedQuery:
    return parse_query(write(tmp_path, "said-by", HEADER))


def test_header_is_parsed_into_typed_params(said_by: runner.SavedQuery) -> None:
    assert said_by.name == "said-by" and said_by.description == "What someone said."
    assert [(p.name, p.type, p.required, p.default) for p in said_by.params] == [
        ("who", "string", True, None), ("since", "date", False, "0001-01-01"), ("depth", "int", False, 2),
        ("acts", "list", False, ["deny", "reject"]), ("ratio", "float", False, 0.5), ("strict", "bool", False, False),
    ]
    assert said_by.params[2].min == 1 and said_by.params[2].max == 5
    assert said_by.example_params() == {"who": "Ana", "since": "2020-01-01"}
    assert said_by.cypher("neo4j") == said_by.cypher("ladybug")
    assert said_by.cypher("neo4j").startswith("MATCH (p:Person)")
    assert said_by.to_dict()["params"][0] == {
        "name": "who", "type": "string", "required": True, "default": None, "example": "Ana",
        "description": "the speaker"}


def test_bind_types_values_from_the_command_line(said_by: runner.SavedQuery) -> None:
    bound = bind(said_by, {"who": "Ana", "since": "2016-10", "depth": "3", "acts": "deny, appeal",
                           "ratio": "0.25", "strict": "yes"})
    assert bound == {"who": "Ana", "since": "2016-10", "depth": 3, "acts": ["deny", "appeal"], "ratio": 0.25,
                     "strict": True}
    assert bind(said_by, {"who": "Ana"})["acts"] == ["deny", "reject"]  # defaults fill the rest


@pytest.mark.parametrize(("given", "message"), [
    ({}, "query 'said-by' needs parameter 'who' (string), e.g. -p who=Ana"),
    ({"who": "Ana", "wh": "x"}, "query 'said-by' has no parameter 'wh'; did you mean 'who'? (it takes: who, since,"),
    ({"who": "Ana", "since": "last week"}, "parameter 'since' must be a date (YYYY-MM-DD, YYYY-MM or YYYY), got"),
    ({"who": "Ana", "since": "2016-02-30"}, "parameter 'since' must be a date"),
    ({"who": "Ana", "depth": "two"}, "parameter 'depth' must be a whole number, got 'two'"),
    ({"who": "Ana", "depth": "2.5"}, "parameter 'depth' must be a whole number"),
    ({"who": "Ana", "depth": "9"}, "parameter 'depth' must be at most 5, got 9"),
    ({"who": "Ana", "depth": "0"}, "parameter 'depth' must be at least 1, got 0"),
    ({"who": "Ana", "ratio": "half"}, "parameter 'ratio' must be a number"),
    ({"who": "Ana", "strict": "maybe"}, "parameter 'strict' must be true or false"),
])
def test_bad_parameters_are_one_clear_line(said_by: runner.SavedQuery, given: dict, message: str) -> None:
    with pytest.raises(ParameterError) as caught:
        bind(said_by, given)
    assert str(caught.value).startswith(message)
    assert "\n" not in str(caught.value)


def test_coerce_refuses_booleans_as_numbers() -> None:
    with pytest.raises(ParameterError):
        coerce(Param("n", "int"), True)
    assert coerce(Param("n", "int"), 3.0) == 3
    assert coerce(Param("d", "date"), "2016") == "2016"
    assert coerce(Param("l", "list"), ["a", 1]) == ["a", "1"]


@pytest.mark.parametrize(("text", "message"), [
    ("// name: x\n// param: who (str): the speaker\nRETURN $who", "unknown parameter type 'str'"),
    ("// name: x\n// param: who string: the speaker\nRETURN $who", "bad param line"),
    ("// name: x\n// param: who (string, default 'Ana'): s\nRETURN $who", "the default value must be JSON"),
    ("// name: x\n// param: n (int, default \"many\"): s\nRETURN $n", "default value does not fit"),
    ("// name: x\n// param: n (int, example 2.5): s\nRETURN $n", "example value does not fit"),
    ("// name: x\n// param: s (string, min 1): s\nRETURN $s", "min needs a number and an int or float"),
    ("// name: x\n// param: a (int): s\n// param: a (int): t\nRETURN $a", "parameter 'a' is declared twice"),
    ("// name: x\nMATCH (p) WHERE p.name = $who RETURN p", "uses $who, which has no '// param:' line"),
    ("// name: x\nMATCH (p) SET p.x = 1 RETURN p", "saved queries are read-only, and this one has SET"),
    ("// name: x\n// only comments\n", "saved query has no Cypher body"),
    ("// name: two words\nRETURN 1", "must be letters, digits"),
    ("// name: x\n// dialect: neo4j\nRETURN 1", "no '// dialect: ladybug' section"),
    ("// name: x\n// dialect: memgraph\nRETURN 1", "unknown dialect 'memgraph'"),
    ("// name: x\nRETURN 1\n// dialect: neo4j\nRETURN 2\n// dialect: ladybug\nRETURN 3", "Cypher before the first"),
])
def test_bad_headers_name_the_file_and_problem(tmp_path: Path, text: str, message: str) -> None:
    path = write(tmp_path, "bad", text)
    with pytest.raises(QueryError) as caught:
        parse_query(path)
    assert str(path) in str(caught.value) and message in str(caught.value)


def test_a_dollar_inside_a_string_or_comment_is_not_a_parameter(tmp_path: Path) -> None:
    query = parse_query(write(tmp_path, "money", "// name: money\nRETURN '$5' AS price // $not_a_param\n"))
    assert query.params == []


def test_dialect_sections_pick_the_store_variant(tmp_path: Path) -> None:
    query = parse_query(write(tmp_path, "labels", (
        "// name: labels\n// description: d\n// dialect: neo4j\nMATCH (n) RETURN labels(n)[0] AS l\n"
        "// dialect: ladybug\nMATCH (n) RETURN label(n) AS l\n")))
    assert query.cypher("neo4j") == "MATCH (n) RETURN labels(n)[0] AS l"
    assert query.cypher("ladybug") == "MATCH (n) RETURN label(n) AS l"
    assert query.to_dict()["dialects"] == ["ladybug", "neo4j"]


def test_builtin_library_is_complete_and_documented() -> None:
    library = load_library()
    assert len(library) >= 18
    for query in library.values():
        assert query.description, query.name
        assert query.path.name == f"{query.name}.cypher"
        for param in query.params:
            assert param.description, f"{query.name}.{param.name}"
            assert param.required or param.default is not None or param.type == "string"
            assert not param.required or param.example is not None, f"{query.name}.{param.name} has no example"
        bind(query, query.example_params())  # every example binds


def test_unknown_query_suggests_close_names() -> None:
    library = load_library()
    with pytest.raises(QueryError, match=r"unknown query 'denial'; did you mean 'denials'\?"):
        find_query("denial", library)
    with pytest.raises(QueryError, match=r"unknown query 'zzz'; see 'dipgraph queries'"):
        find_query("zzz", library)


def test_extra_folders_add_queries_from_option_and_environment(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "mine", "my-query", "// name: my-query\n// description: mine\nRETURN 1 AS one")
    write(tmp_path / "team", "team-query", "// name: team-query\n// description: team\nRETURN 2 AS two")
    monkeypatch.setenv(runner.QUERIES_ENV, str(tmp_path / "team"))
    library = load_library([tmp_path / "mine"])
    assert {"my-query", "team-query", "statements-by-person"} <= set(library)
    monkeypatch.setenv(runner.QUERIES_ENV, str(tmp_path / "missing"))
    with pytest.raises(QueryError, match=r"missing: queries folder does not exist \(from DIPGRAPH_QUERIES\)"):
        load_library()


def test_a_colliding_name_is_reported_with_both_files(tmp_path: Path) -> None:
    mine = write(tmp_path / "mine", "denials", "// name: denials\n// description: mine\nRETURN 1 AS one")
    with pytest.raises(QueryError) as caught:
        load_library([tmp_path / "mine"])
    message = str(caught.value)
    assert "saved query 'denials' is defined twice" in message
    assert str(runner.BUILTIN_DIR / "denials.cypher") in message and str(mine) in message
    # Two files in one folder declaring the same name collide too.
    write(tmp_path / "twins", "a", "// name: twin\nRETURN 1 AS one")
    write(tmp_path / "twins", "b", "// name: twin\nRETURN 2 AS two")
    with pytest.raises(QueryError, match="'twin' is defined twice"):
        load_library([tmp_path / "twins"])


def test_the_same_folder_twice_is_not_a_collision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "mine", "my-query", "// name: my-query\nRETURN 1 AS one")
    monkeypatch.setenv(runner.QUERIES_ENV, str(tmp_path / "mine"))
    assert "my-query" in load_library([tmp_path / "mine"])


def test_run_cypher_refuses_writes_and_empty_queries(embedded_store: Store) -> None:
    with pytest.raises(QueryError, match="read-only, and this one has CREATE"):
        runner.run_cypher(embedded_store, "CREATE (p:Person {id: 'x'})")
    with pytest.raises(QueryError, match="empty"):
        runner.run_cypher(embedded_store, "  ")
    assert embedded_store.counts()["Person"] == 0


def test_guess_types_ad_hoc_parameters() -> None:
    assert [runner.guess(v) for v in ("5", "2.5", "true", "[1, 2]", "John Kerry", "2016-10-01", '"x"')] == [
        5, 2.5, True, [1, 2], "John Kerry", "2016-10-01", '"x"']


# A hand-made graph for semantics the sample articles do not exercise.
def person(name: str, *aliases: str) -> Node:
    return Node(make_id("Person", name), "Person", {"name": name, "aliases": list(aliases)})


def statement(key: str, act: str, text: str, start: int) -> Node:
    return Node(make_id("Statement", "chain", key), "Statement",
                {"text": text, "act": act, "kind": "indirect", "start": start, "end": start + len(text)})


@pytest.fixture
def chain_document() -> GraphDocument:
    """A → B → C → D response chain with a loop back (B also responds to D), and two equally short
    routes from Ana to Dan (both hold roles at two ministries)."""
    ana, bo, cy, dan = person("Ana Example", "Ana"), person("Bo Sample"), person("Cy Other"), person("Dan Fourth")
    ministries = [Node(make_id("Institution", name), "Institution", {"name": name, "kind": "ministry"})
                  for name in ("Ministry of Examples", "Ministry of Samples")]
    a, b = statement("a", "appeal", "please stop", 10), statement("b", "reject", "no", 20)
    c, d = statement("c", "criticize", "shame", 30), statement("d", "deny", "never said", 40)
    rels = [Relationship("STATED", p.id, s.id) for p, s in ((ana, a), (bo, b), (cy, c), (dan, d))]
    rels += [Relationship("RESPONDS_TO", x.id, y.id) for x, y in ((b, a), (c, b), (d, c), (b, d))]
    rels += [Relationship("CONTRADICTS", d.id, a.id)]
    rels += [Relationship("HOLDS_ROLE", p.id, m.id, {"title": "adviser"}) for p in (ana, dan) for m in ministries]
    return GraphDocument([ana, bo, cy, dan, a, b, c, d, *ministries], rels)


def test_response_chains_stop_at_the_depth_and_survive_cycles(fresh_store: Store,
                                                              chain_document: GraphDocument) -> None:
    fresh_store.write(chain_document)
    rows = run_query(fresh_store, "response-chains", speaker="ana", depth=2).records()
    assert [(r["depth"], r["responder"], r["response"]) for r in rows] == [(1, "Bo Sample", "no"),
                                                                         (2, "Cy Other", "shame")]
    rows = run_query(fresh_store, "response-chains", speaker="Ana", depth=5).records()
    # D is three steps away; the loop B → D → C → B does not repeat rows or make D nearer.
    assert [(r["depth"], r["responder"]) for r in rows] == [(1, "Bo Sample"), (2, "Cy Other"), (3, "Dan Fourth")]


def test_shortest_paths_list_every_tie_in_the_same_order(fresh_store: Store,
                                                          chain_document: GraphDocument) -> None:
    fresh_store.write(chain_document)
    rows = run_query(fresh_store, "shortest-path", **{"from": "ANA", "to": "fourth"}).records()
    assert [r["hops"] for r in rows] == [2, 2]  # through either ministry
    ids = [">".join(n.id for n in r["path"].nodes) for r in rows]
    assert ids == sorted(ids)
    assert {r["path"].nodes[1].properties["name"] for r in rows} == {"Ministry of Examples", "Ministry of Samples"}
    rows = run_query(fresh_store, "shortest-path", **{"from": "Bo Sample", "to": "Dan Fourth"}).records()
    assert [r["hops"] for r in rows] == [3]  # Bo -STATED-> b -RESPONDS_TO-> d <-STATED- Dan
    assert run_query(fresh_store, "shortest-path", **{"from": "Ana", "to": "Dan", "max_hops": 1}).rows == []


def test_names_match_any_case_alias_or_surname(fresh_store: Store, chain_document: GraphDocument) -> None:
    fresh_store.write(chain_document)
    for spelling in ("Ana Example", "ana example", "ANA", "example"):
        rows = run_query(fresh_store, "appeals-and-rejections", speaker=spelling).records()
        assert [(r["appeal"], r["rejected_by"]) for r in rows] == [("please stop", "Bo Sample")]
    rows = run_query(fresh_store, "denials", speaker="FOURTH").records()
    # What a denial denies: the statement it contradicts and the one it responds to, not its own answers.
    assert [(r["denial"], r["against"], r["denied"]) for r in rows] == [
        ("never said", "Ana Example", "please stop"), ("never said", "Cy Other", "shame")]
    assert run_query(fresh_store, "appeals-and-rejections", speaker="ample").rows == []  # no partial words


def test_paths_render_as_arrows_with_short_quoted_statements() -> None:
    from dipgraph.graph.document import Path as GraphPath
    from dipgraph.graph.store import Result
    from dipgraph.output import chain, render

    kerry, lavrov = person("John Example"), person("Sergei Sample")
    call = Node(make_id("Event", "x"), "Event", {"type": "telephone call", "text": "Example called Sample"})
    said = statement("s", "appeal", "We call on all parties to stop the shelling of the city at once, today.", 1)
    path = GraphPath([kerry, call, lavrov, said], [
        Relationship("ACTOR", call.id, kerry.id), Relationship("TARGET", call.id, lavrov.id),
        Relationship("STATED", lavrov.id, said.id)])
    assert chain(path) == ("John Example <-ACTOR- telephone call -TARGET-> Sergei Sample -STATED-> "
                           "“We call on all parties to stop the shelling of the city at…”")
    result = Result(["hops", "path", "_graph"], [[3, path, [path]]])
    assert render(result, "csv").splitlines()[0] == "hops,path"
    assert list(json.loads(render(result, "json"))[0]) == ["hops", "path"]
    assert render(result, "markdown").splitlines()[0] == "| hops | path |"


_VALUES = {
    "string": st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=20),
    "int": st.integers(-10**6, 10**6),
    "float": st.floats(-1e6, 1e6, allow_nan=False),
    "bool": st.booleans(),
    "date": st.dates().map(lambda d: d.isoformat()),
    "list": st.lists(st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=8)
                     .filter(lambda s: s == s.strip() and "," not in s), max_size=4),
}


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_any_header_value_round_trips(tmp_path_factory: pytest.TempPathFactory, data: st.DataObject) -> None:
    kind = data.draw(st.sampled_from(sorted(_VALUES)))
    default, example = data.draw(_VALUES[kind]), data.draw(_VALUES[kind])
    header = (f"// name: q\n// param: v ({kind}, default {json.dumps(default)}, example {json.dumps(example)}): "
              f"a value\nRETURN $v AS v\n")
    query = parse_query(write(tmp_path_factory.mktemp("h"), "q", header))
    [param] = query.params
    assert (param.type, param.default, param.example) == (kind, default, example)
    # What the command line passes (text) binds to the same value as the header's JSON.
    text = ",".join(example) if kind == "list" else json.dumps(example) if kind in ("bool", "float") else str(example)
    if kind != "list" or example:
        assert bind(query, {"v": text})["v"] == example
