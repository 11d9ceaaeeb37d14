"""`dipgraph queries` and `dipgraph query` through typer's CliRunner: listings, every output format,
files, limits, extra query folders, ad-hoc Cypher, views, and one-line errors with exit codes."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dipgraph.cli import app
from dipgraph.graph.document import GraphDocument
from dipgraph.graph.store import open_store
from dipgraph.queries.runner import load_library

cli = CliRunner()
KIRBY = ["query", "statements-by-person", "-p", "person=kirby"]


def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = cli.invoke(app, list(args), env=env)
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, sample_document: GraphDocument) -> str:
    """An embedded store holding the sample article (closed, so the CLI can open it)."""
    path = tmp_path_factory.mktemp("cli") / "sample.db"
    with open_store(path) as store:
        store.write(sample_document)
    return str(path)


def test_queries_json_lists_names_descriptions_and_params() -> None:
    code, out, _ = run("queries", "--format", "json")
    assert code == 0
    listed = json.loads(out)
    assert [q["name"] for q in listed] == sorted(load_library())
    by_name = {q["name"]: q for q in listed}
    person = by_name["statements-by-person"]
    assert person["description"].startswith("What a person said")
    assert [(p["name"], p["type"], p["required"]) for p in person["params"]] == [
        ("person", "string", True), ("since", "date", False), ("until", "date", False)]
    assert person["params"][0]["example"] == "Kirby" and person["params"][2]["default"] == "9999-12-31"
    assert {"name": "depth", "type": "int", "required": False, "default": 3, "example": None, "min": 1, "max": 5,
            "description": "how many responses deep to follow"} in by_name["response-chains"]["params"]


def test_queries_table_and_one_query_in_full() -> None:
    code, out, _ = run("queries")
    assert code == 0 and "who-talked-to-whom" in out and "appeals-and-rejections" in out
    code, out, _ = run("queries", "shortest-path")
    assert code == 0
    assert "max_hops (int, default 4, from 1 to 6)" in out
    assert "example: dipgraph query shortest-path -p from=Konashenkov -p to=Ryabkov" in out


def test_query_table_is_the_default(db: str) -> None:
    code, out, err = run(*KIRBY, "--store", db)
    assert code == 0
    assert "John Kirby" in out and "speaker" in out and "welcome" in out
    assert "3 row(s)" in err


def test_query_json_and_jsonl(db: str) -> None:
    code, out, _ = run(*KIRBY, "--store", db, "--format", "json")
    assert code == 0
    rows = json.loads(out)
    assert [r["act"] for r in rows] == ["welcome", "appeal", "comment"]
    assert set(rows[0]) == {"speaker", "date", "act", "kind", "statement", "article"}
    code, out, _ = run(*KIRBY, "--store", db, "--format", "jsonl")
    assert [json.loads(line) for line in out.splitlines()] == rows


def test_query_csv_and_markdown(db: str) -> None:
    code, out, _ = run(*KIRBY, "--store", db, "--format", "csv")
    assert code == 0
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == ["speaker", "date", "act", "kind", "statement", "article"]
    assert [r[2] for r in rows[1:]] == ["welcome", "appeal", "comment"]
    code, out, _ = run(*KIRBY, "--store", db, "--format", "markdown")
    lines = out.splitlines()
    assert lines[0] == "| speaker | date | act | kind | statement | article |"
    assert lines[1] == "|---|---|---|---|---|---|" and len(lines) == 5
    assert lines[2].startswith("| John Kirby | 2016-10-25 | welcome | direct | We obviously welcome")


def test_csv_neutralises_formulas_and_markdown_escapes_pipes(db: str) -> None:
    cypher = "RETURN '=HYPERLINK(\"x\")' AS cell, 'a|b' AS piped, '-2' AS minus"
    code, out, _ = run("query", "--cypher", cypher, "--store", db, "--format", "csv")
    assert code == 0
    assert list(csv.reader(io.StringIO(out))) == [["cell", "piped", "minus"], ["'=HYPERLINK(\"x\")", "a|b", "'-2"]]
    code, out, _ = run("query", "--cypher", cypher, "--store", db, "--format", "markdown")
    assert out.splitlines()[2] == '| =HYPERLINK("x") | a\\|b | -2 |'


def test_paths_and_nodes_render_readably(db: str) -> None:
    code, out, _ = run("query", "shortest-path", "-p", "from=Konashenkov", "-p", "to=Ryabkov", "--store", db,
                       "--format", "csv")
    assert code == 0
    [header, *rows] = list(csv.reader(io.StringIO(out)))
    assert header == ["hops", "path"] and rows
    assert all(r[1].startswith("Igor Konashenkov -STATED-> “") and r[1].endswith("<-STATED- Sergei Ryabkov")
               for r in rows)
    code, out, _ = run("query", "--cypher", "MATCH (p:Person {name: $n}) RETURN p", "-p", "n=John Kirby",
                       "--store", db, "--format", "csv")
    assert out.splitlines() == ["p", "John Kirby"]
    code, out, _ = run("query", "--cypher", "MATCH (p:Person {name: $n}) RETURN p", "-p", "n=John Kirby",
                       "--store", db, "--format", "json")
    assert json.loads(out)[0]["p"]["properties"]["name"] == "John Kirby"  # JSON keeps the whole node


def test_output_file_and_limit(db: str, tmp_path: Path) -> None:
    target = tmp_path / "kirby.csv"
    code, out, err = run(*KIRBY, "--store", db, "--format", "csv", "--output", str(target), "--limit", "1")
    assert code == 0 and out == ""
    assert target.read_text(encoding="utf-8").splitlines()[1].startswith("John Kirby,2016-10-25,welcome")
    assert len(target.read_text(encoding="utf-8").splitlines()) == 2
    code, _, err = run(*KIRBY, "--store", db, "--limit", "2")
    assert code == 0 and "2 row(s) of 3" in err


def test_ad_hoc_cypher_with_typed_parameters(db: str) -> None:
    code, out, _ = run("query", "--cypher",
                       "MATCH (s:Statement) WHERE s.act = $act RETURN count(s) AS n, $n + 1 AS next",
                       "-p", "act=deny", "-p", "n=41", "--store", db, "--format", "json")
    assert code == 0
    [row] = json.loads(out)
    assert row["next"] == 42 and row["n"] >= 3


def test_extra_query_folders_from_option_and_environment(db: str, tmp_path: Path) -> None:
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "spokesmen.cypher").write_text(
        "// name: spokesmen\n// description: People with a spokesman role.\n"
        "// param: title (string, default \"spokesman\"): title word\n"
        "MATCH (p:Person)-[h:HOLDS_ROLE]->(i) WHERE h.title CONTAINS $title\n"
        "RETURN p.name AS person, i.name AS institution ORDER BY person, institution\n", encoding="utf-8")
    code, out, _ = run("query", "spokesmen", "--queries-dir", str(mine), "--store", db, "--format", "json")
    assert code == 0
    assert {"person": "John Kirby", "institution": "US State Department"} in json.loads(out)
    code, out, _ = run("query", "spokesmen", "--store", db, "--format", "json", env={"DIPGRAPH_QUERIES": str(mine)})
    assert code == 0 and "Igor Konashenkov" in out
    code, out, _ = run("queries", "--format", "json", env={"DIPGRAPH_QUERIES": str(mine)})
    assert "spokesmen" in [q["name"] for q in json.loads(out)]


def test_a_colliding_query_is_reported(db: str, tmp_path: Path) -> None:
    (tmp_path / "denials.cypher").write_text("// name: denials\nRETURN 1 AS one\n", encoding="utf-8")
    code, out, err = run("queries", "--queries-dir", str(tmp_path))
    assert code == 4
    assert "saved query 'denials' is defined twice" in err and str(tmp_path / "denials.cypher") in err


def test_view_of_a_query_result(db: str, tmp_path: Path) -> None:
    target = tmp_path / "contradictions.html"
    code, _, _ = run("query", "contradictions", "--store", db, "--view", str(target), "--format", "json")
    assert code == 0
    html = target.read_text(encoding="utf-8")
    assert "Igor Konashenkov" in html and "Sergei Ryabkov" in html


@pytest.mark.parametrize(("args", "code", "message"), [
    (["query", "contradiction"], 4, "unknown query 'contradiction'; did you mean 'contradictions'"),
    (["query", "statements-by-person"], 5, "needs parameter 'person' (string), e.g. -p person=Kirby"),
    (["query", "statements-by-person", "-p", "person=x", "-p", "persn=y"], 5,
     "has no parameter 'persn'; did you mean 'person'?"),
    (["query", "statements-by-person", "-p", "person=x", "-p", "since=yesterday"], 5,
     "parameter 'since' must be a date"),
    (["query", "response-chains", "-p", "depth=deep"], 5, "parameter 'depth' must be a whole number, got 'deep'"),
    (["query", "statements-by-person", "-p", "person"], 5, "parameter 'person' is not key=value"),
    (["query", "--cypher", "MATCH (n) DETACH DELETE n"], 4, "refused: queries are read-only, and this one has DETACH"),
    (["query", "--cypher", "MATCH (n RETURN n"], 4, ""),
    (["query"], 2, "give a saved query name or --cypher"),
    (["query", "denials", "--format", "xml"], 2, "unknown format 'xml'"),
    (["query", "denials", "--limit", "-1"], 2, "--limit must be 0 or more"),
])
def test_errors_are_one_line_with_an_exit_code(db: str, args: list[str], code: int, message: str) -> None:
    got, out, err = run(*args, "--store", db)
    assert got == code
    assert err.startswith("Error: ") and message in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_unknown_query_is_reported_without_a_store(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "x.db"
    code, _, err = run("query", "denialz", "--store", str(missing))
    assert code == 4 and "did you mean 'denials'" in err
    assert not missing.parent.exists()
