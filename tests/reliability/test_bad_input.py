"""Bad input: every file in the corpus is read or refused with one line naming it and the problem.

Refused files never leave anything in the store; with --skip-errors a batch goes on and
ends with a summary of what was loaded, skipped (with reasons) and failed.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from bad_inputs import SMALL_LIMIT, Case, build
from reliability_helpers import REPO, no_traceback, run_dipgraph
from synthetic_docs import make_documents
from typer.testing import CliRunner

from dipgraph import api
from dipgraph.cli import app
from dipgraph.errors import InputError
from dipgraph.graph.store import open_store

runner = CliRunner()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[Case]:
    """The bad-input corpus, written to a fresh folder."""
    return build(tmp_path_factory.mktemp("corpus"))


def read_one(path: Path, limit: int = SMALL_LIMIT) -> tuple[list[api.Article | api.Extracted], api.LoadReport]:
    report = api.LoadReport()
    return list(api.read_inputs(api.input_files([path]), max_bytes=limit, report=report)), report


def test_every_case_is_read_or_refused_with_one_line_naming_it(corpus: list[Case]) -> None:
    problems = []
    for case in corpus:
        try:
            items, report = read_one(case.path)
        except InputError as exc:
            message = str(exc)
            if case.refused is None:
                problems.append(f"{case}: refused, should read: {message}")
            elif case.refused not in message or not message.startswith(str(case.path)) or "\n" in message:
                problems.append(f"{case}: message {message!r} does not say {case.refused!r} in one line")
            continue
        if case.refused is not None:
            problems.append(f"{case}: read, should be refused with {case.refused!r}")
        elif not items:
            problems.append(f"{case}: no articles")
        elif case.warning and not any(case.warning in w for _, w in report.warnings):
            problems.append(f"{case}: no warning {case.warning!r} in {report.warnings}")
    assert not problems, "\n".join(problems)


def test_html_gives_the_article_text_without_markup_or_scripts(corpus: list[Case]) -> None:
    for name in ("page.html", "page-saved-as.txt"):
        [article], _ = read_one(next(c.path for c in corpus if c.name == name))
        assert isinstance(article, api.Article)
        assert article.text.startswith("Envoys meet in Geneva")
        assert "“We welcome the talks,” the minister said & added <more> later." in article.text
        assert "secret" not in article.text.lower() and "<" not in article.text.replace("<more>", "")
        assert (article.date, article.date_origin) == ("2021-03-12", "metadata")


def test_decoded_text_keeps_its_accents(corpus: list[Case]) -> None:
    [cp1252], _ = read_one(next(c.path for c in corpus if c.name == "cp1252.txt"))
    [latin1], _ = read_one(next(c.path for c in corpus if c.name == "latin1.txt"))
    assert "Café “déjà vu” — we welcome" in cp1252.text
    assert latin1.text.startswith("Réunion à Genève, ½ année, señor Núñez.")


def test_json_lines_name_the_bad_line_and_skip_only_it(corpus: list[Case]) -> None:
    feed = next(c.path for c in corpus if c.name == "feed.jsonl")
    with pytest.raises(InputError, match=r"feed\.jsonl:3: bad JSON line"):
        read_one(feed)
    report = api.LoadReport()
    articles = list(api.read_inputs([feed], skip_errors=True, report=report))
    assert [a.path for a in articles] == [f"{feed}:1", f"{feed}:2", f"{feed}:4"]
    assert [s for s, _ in report.skipped] == [f"{feed}:3"]


def test_dates_fall_back_clearly_and_never_silently(corpus: list[Case]) -> None:
    def only(name: str, date: str | None = None) -> tuple[api.Article, list[str]]:
        report = api.LoadReport()
        [article] = api.read_inputs([next(c.path for c in corpus if c.name == name)], date=date, report=report)
        return article, [w for _, w in report.warnings]

    article, warnings = only("bad-date.jsonl")
    assert (article.date, article.date_origin) == ("2021-03-12", "text")
    assert warnings == ["date 'the Tuesday after next' not understood; using the date in the text, 2021-03-12"]
    article, warnings = only("placeholder-date.jsonl")
    assert article.date is None and any("'0001-01-01' not understood" in w for w in warnings)
    assert any("no article date found" in w for w in warnings)
    article, warnings = only("no-date.txt", date="2020-05-06")
    assert (article.date, article.date_origin, warnings) == ("2020-05-06", "option", [])
    article, warnings = only("feed.jsonl".replace("feed", "bad-date"), date="2020-05-06")
    assert article.date == "2020-05-06"


@pytest.mark.parametrize("bad", ["empty.txt", "scan.pdf", "photo.png", "archive.zip", "undecodable.txt",
                                 "deep.jsonl", "feed.jsonl", "pipe.txt", "self-loop.txt", "dangling.txt",
                                 "missing.txt", "big.txt", "bad-document.json", "only-scripts.html"])
def test_cli_refuses_a_bad_file_in_one_line_and_leaves_the_store_empty(
    corpus: list[Case], bad: str, tmp_path: Path
) -> None:
    case = next(c for c in corpus if c.name == bad)
    db = tmp_path / "store.db"
    result = runner.invoke(app, ["load", str(case.path), "--store", str(db), "--max-size", str(SMALL_LIMIT)])
    assert result.exit_code == 2, result.output
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit)
    [line] = result.stderr.strip().splitlines()
    assert line.startswith(f"Error: {case.path}") and case.refused in line, line
    if db.exists():
        with open_store(db) as store:
            assert not any(store.counts().values())


def test_cli_size_limit_is_configurable(tmp_path: Path) -> None:
    doc = tmp_path / "doc.json"
    doc.write_text(make_documents(1, statements=30)[0].to_json(), encoding="utf-8")
    size = doc.stat().st_size
    db = str(tmp_path / "store.db")
    refused = runner.invoke(app, ["load", str(doc), "--store", db, "--max-size", str(size - 1)])
    assert refused.exit_code == 2
    assert f"file too large ({size:,} bytes; the limit is {size - 1:,}" in refused.stderr
    assert runner.invoke(app, ["load", str(doc), "--store", db, "--max-size", str(size)]).exit_code == 0
    zero = runner.invoke(app, ["load", str(doc), "--store", db, "--max-size", "0"])
    assert zero.exit_code == 2 and "at least 1 byte" in zero.stderr


def test_a_folder_of_bad_files_with_skip_errors_ends_with_a_summary(corpus: list[Case], tmp_path: Path) -> None:
    folder = corpus[0].path.parent
    db = str(tmp_path / "store.db")
    done = run_dipgraph("load", str(folder), "--store", db, "--skip-errors", "--max-size", str(SMALL_LIMIT))
    no_traceback(done.stderr)
    assert done.returncode == 0, done.stderr
    in_folder = [c for c in corpus if c.path.suffix in (".txt", ".html", ".jsonl", ".json") and c.name != "missing.txt"]
    refused = [c for c in in_folder if c.refused]
    summary = done.stdout
    first, *lines = summary.strip().splitlines()
    skipped = [x for x in lines if x.strip().startswith("skipped ")]  # files, and bad lines of JSON-lines files
    assert len(skipped) >= len(refused)
    assert f"{len(skipped)} input(s) skipped, 0 article(s) failed, " in first, summary
    warnings = [x.strip() for x in lines if x.strip().startswith("warning ")]
    assert f" failed, {len(warnings)} warning(s)." in first, summary
    for case in [c for c in readable_cases(in_folder) if c.warning]:
        assert any(w.startswith(f"warning {case.path}") and case.warning in w for w in warnings), f"{case}: {summary}"
    for case in refused:
        assert any(x.strip().startswith(f"skipped {case.path}") and case.refused in x for x in lines), \
            f"{case}: {summary}"
    readable = readable_cases(in_folder)
    expected = len(readable) + 3  # and feed.jsonl's 3 good lines
    assert first.startswith(f"Loaded {expected} article(s)"), summary
    with open_store(db) as store:
        assert store.counts()["Article"] >= 8


def test_a_folder_without_skip_errors_stops_at_the_first_bad_file(corpus: list[Case], tmp_path: Path) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    for name in ("no-date.txt", "scan.pdf", "utf16.txt", "whitespace.txt"):
        shutil.copy(next(c.path for c in corpus if c.name == name), folder / name)
    db = str(tmp_path / "store.db")
    done = run_dipgraph("load", str(folder), "--store", db)
    assert done.returncode == 2
    no_traceback(done.stderr)
    [error] = [line for line in done.stderr.splitlines() if line.startswith("Error:")]
    assert error.startswith(f"Error: {folder / 'whitespace.txt'}: only whitespace")
    assert "2 article(s) before it were loaded" in error
    with open_store(db) as store:
        assert store.counts()["Article"] == 2


def readable_cases(cases: list[Case]) -> list[Case]:
    return [c for c in cases if not c.refused]


@pytest.fixture
def big_folder() -> Iterator[Path]:
    """Thousands of small articles with bad files among them, in a folder anyone may read."""
    folder = Path(tempfile.mkdtemp(prefix="dipgraph-many-"))
    folder.chmod(0o755)
    for i in range(3000):
        sub = folder / f"part-{i // 500}"
        sub.mkdir(exist_ok=True, mode=0o755)
        (sub / f"article-{i:05d}.txt").write_text(f"Article {i}: the envoy said talks go on.\n")
    (folder / "part-1" / "empty.txt").write_bytes(b"")
    (folder / "part-2" / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    os.mkfifo(folder / "part-3" / "pipe.txt")
    os.symlink("gone.txt", folder / "part-4" / "dangling.txt")
    os.symlink("..", folder / "part-5" / "loop")
    (folder / "part-0" / "secret.txt").write_text("The envoy's secret memo.\n")
    (folder / "part-0" / "secret.txt").chmod(0o000)
    (folder / "locked").mkdir(mode=0o000)
    (folder / "locked").chmod(0o000)
    yield folder
    (folder / "locked").chmod(0o755)
    shutil.rmtree(folder)


_READ_AS_NOBODY = """
import json, os, sys, time
from dipgraph import api
for codec in ("utf-8-sig", "utf-16", "cp1252"):  # codecs load lazily, from a folder 'nobody' cannot read
    b"ab".decode(codec)
start = time.monotonic()
if os.geteuid() == 0:  # drop to 'nobody' so that file permissions apply
    os.setgroups([]); os.setgid(65534); os.setuid(65534)
report = api.LoadReport()
articles = list(api.read_inputs(api.input_files([sys.argv[1]], skip_errors=True), skip_errors=True, report=report))
print(json.dumps({"articles": len(articles), "skipped": report.skipped, "seconds": time.monotonic() - start}))
"""


def test_thousands_of_files_with_unreadable_ones_are_read_or_skipped(big_folder: Path) -> None:
    # Root reads any file, so the reader runs as 'nobody' for permission denied to be real.
    done = subprocess.run([sys.executable, "-c", _READ_AS_NOBODY, str(big_folder)], capture_output=True,
                          text=True, timeout=300, cwd=REPO)
    assert done.returncode == 0, done.stderr
    no_traceback(done.stderr)
    result = json.loads(done.stdout)
    assert result["articles"] == 3000
    reasons = {Path(path).relative_to(big_folder).as_posix(): reason for path, reason in result["skipped"]}
    assert set(reasons) == {"locked", "part-0/secret.txt", "part-1/empty.txt", "part-2/image.txt",
                            "part-3/pipe.txt", "part-4/dangling.txt", "part-5/loop"}
    assert "cannot read folder (Permission denied)" in reasons["locked"]
    assert reasons["part-0/secret.txt"].endswith("permission denied")
    assert "symlink loop" in reasons["part-5/loop"] and "not a regular file" in reasons["part-3/pipe.txt"]
    assert result["seconds"] < 60


def test_reading_a_folder_does_not_hang_on_a_pipe(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "feed.jsonl")
    start = time.monotonic()
    with pytest.raises(InputError, match="not a regular file"):
        read_one(tmp_path / "feed.jsonl")
    assert time.monotonic() - start < 5
