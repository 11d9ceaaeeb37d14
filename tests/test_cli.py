"""The command line, through typer's CliRunner and through a real subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dipgraph.cli import app

runner = CliRunner()


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "cli.db")


def test_every_command_has_help_with_an_example() -> None:
    code, out, _ = run("--help")
    assert code == 0
    for command in app.registered_commands:
        name = command.name or command.callback.__name__
        code, text, _ = run(name, "--help")
        assert code == 0, name
        assert "Example:" in text, f"{name} --help has no example"


def test_extract_prints_a_graph_document(sample_article: Path) -> None:
    code, out, _ = run("extract", str(sample_article), "--format", "json")
    assert code == 0
    doc = json.loads(out)
    labels = {n["label"] for n in doc["nodes"]}
    assert {"Article", "Person", "Institution", "Statement", "Event"} <= labels
    assert any(r["type"] == "STATED" for r in doc["relationships"])


def test_extract_explain_shows_sentences_and_rules(sample_article: Path) -> None:
    code, out, _ = run("extract", str(sample_article), "--explain")
    assert code == 0
    assert "rule=" in out and "sentence:" in out


def test_extract_streams_jsonl_to_a_file_with_overrides_and_skipped_inputs(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Headline\n\nKenya summoned Somalia's ambassador on Monday.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("", encoding="utf-8")
    (tmp_path / "c.txt").write_text("Headline\n\nUganda recalled its envoy from Nairobi.\n", encoding="utf-8")
    fixes = tmp_path / "fixes.json"
    fixes.write_text(json.dumps({"rename": {"Kenyan government": "Government of Kenya"}}), encoding="utf-8")
    target = tmp_path / "out.jsonl"
    code, out, err = run("extract", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), str(tmp_path / "c.txt"),
                         "--date", "2024-03-20", "--format", "jsonl", "--skip-errors", "--overrides", str(fixes),
                         "-o", str(target))
    assert code == 0, err
    docs = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert [d["nodes"][0]["properties"]["path"].rsplit("/", 1)[-1] for d in docs] == ["a.txt", "c.txt"]
    names = {n["properties"].get("name") for n in docs[0]["nodes"]}
    assert "Government of Kenya" in names and "Kenyan government" not in names
    assert "b.txt: empty file" in err


def test_load_twice_changes_nothing(sample_article: Path, db: str) -> None:
    assert run("load", str(sample_article), "--store", db)[0] == 0
    first = json.loads(run("summary", "--store", db, "--format", "json")[1])
    assert run("load", str(sample_article), "--store", db)[0] == 0
    second = json.loads(run("summary", "--store", db, "--format", "json")[1])
    assert first == second
    assert first["counts"]["Statement"] >= 5 and first["counts"]["Person"] >= 5


def test_load_accepts_graph_documents(sample_article: Path, db: str, tmp_path: Path) -> None:
    code, out, _ = run("extract", str(sample_article))
    document = tmp_path / "doc.json"
    document.write_text(out)
    assert run("load", str(document), "--store", db)[0] == 0
    direct = tmp_path / "direct.db"
    assert run("load", str(sample_article), "--store", str(direct))[0] == 0
    counts = [json.loads(run("summary", "--store", s, "--format", "json")[1])["counts"] for s in (db, str(direct))]
    assert counts[0] == counts[1]


def test_query_formats(sample_article: Path, db: str) -> None:
    run("load", str(sample_article), "--store", db)
    code, out, _ = run("query", "statements-by-person", "-p", "person=John Kirby", "--store", db, "--format", "json")
    assert code == 0
    rows = json.loads(out)
    assert rows and all(r["speaker"] == "John Kirby" for r in rows)
    code, out, _ = run("query", "statements-by-person", "-p", "person=kirby", "--store", db, "--format", "csv")
    assert code == 0 and out.splitlines()[0].startswith("speaker,")
    code, out, _ = run("query", "--cypher", "MATCH (p:Person) RETURN p.name AS name ORDER BY name",
                       "--store", db, "--format", "jsonl")
    assert code == 0 and {"name": "John Kerry"} in [json.loads(line) for line in out.splitlines()]


def test_view_writes_a_self_contained_page(sample_article: Path, db: str, tmp_path: Path) -> None:
    run("load", str(sample_article), "--store", db)
    page = tmp_path / "view.html"
    code, out, _ = run("view", "--store", db, "-o", str(page))
    assert code == 0 and page.exists()
    html = page.read_text()
    assert "John Kirby" in html
    assert "https://" not in html and "http://" not in html.replace("http://www.w3.org", "")
    code, _, _ = run("view", "--store", db, "--around", "John Kerry", "--hops", "1", "-o", str(page))
    assert code == 0


@pytest.mark.parametrize(("args", "message"), [
    (["load", "no/such/file.txt"], "no/such/file.txt: no such file or folder"),
    (["query", "no-such-query"], "unknown query 'no-such-query'"),
    (["query", "statments-by-person"], "did you mean 'statements-by-person'"),
    (["query", "statements-by-person"], "needs parameter 'person'"),
    (["query", "statements-by-person", "-p", "person=x", "-p", "since=last week"], "must be a date"),
    (["query", "statements-by-person", "-p", "nobody=x"], "has no parameter 'nobody'"),
    (["query", "statements-by-person", "-p", "person"], "is not key=value"),
    (["query", "--cypher", "MATCH (n) DETACH DELETE n"], "read-only"),
])
def test_user_mistakes_get_one_line(args: list[str], message: str, db: str) -> None:
    code, out, err = run(*args, *(["--store", db] if args[0] == "query" else []))
    assert code != 0
    assert message in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in out + err


def test_empty_file_is_refused_and_store_unchanged(tmp_path: Path, db: str) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    code, _, err = run("load", str(empty), "--store", db)
    assert code != 0 and f"{empty}: empty file" in err
    assert json.loads(run("summary", "--store", db, "--format", "json")[1])["total_statements"] == 0


def test_subprocess_demo_runs_the_main_job(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "DIPGRAPH_"))}
    done = subprocess.run([sys.executable, "-m", "dipgraph", "demo"], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "Statements" in done.stdout and "John Kirby" in done.stdout
    assert (tmp_path / "dipgraph-view.html").stat().st_size > 10_000
    assert (tmp_path / "dipgraph.db").exists()


def test_subprocess_error_has_no_traceback(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "dipgraph", "load", "missing.txt", "--store", "x.db"],
                          cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert done.stderr.strip() == "Error: missing.txt: no such file or folder"
