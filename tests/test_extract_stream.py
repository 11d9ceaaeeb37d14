"""Streamed extraction (nlp.pipe, chunks, worker processes) gives what article-by-article extraction gives.

A failing article in the middle of a stream is named, stops the stream (or with skip_errors
is reported and passed over), and never takes the articles around it down with it.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import pickle
import select
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dipgraph import api
from dipgraph.cli import app
from dipgraph.errors import DipgraphError, InputError
from dipgraph.graph.document import GraphDocument
from dipgraph.loaders.extract import Extractor
from dipgraph.loaders.read import Article

GOLD = Path(__file__).parent / "gold"
PLACES = [("Ruritania", "Strelsau"), ("Freedonia", "Fredonia City"), ("Sylvania", "Sylvan"), ("Norway", "Oslo"),
          ("Kenya", "Nairobi"), ("Chile", "Santiago"), ("Japan", "Tokyo")]
ACTS = ["denied reports of a ceasefire breach", "called for an immediate pause in the fighting",
        "warned that sanctions would follow", "welcomed the agreement reached on Monday"]
TOO_LONG = "Envoys meet\n\n" + "The envoy said talks would go on. " * 31_000  # past the parser's 1,000,000 characters
JOBS = [pytest.param(1, id="jobs=1"), pytest.param(2, id="jobs=2")]


def short_article(i: int) -> Article:
    """A small article of its own: different country, speaker and act for each number."""
    country, capital = PLACES[i % len(PLACES)]
    speaker = f"Minister Alva Tormund{i}"
    text = (f"{country} hosts talks, round {i}\n\n"
            f"{capital.upper()}, 12 March 2021 — The foreign minister of {country}, {speaker}, met her "
            f"counterpart on Friday. “We welcome the talks,” Tormund{i} said, adding that both sides would "
            f"meet again. The ministry {ACTS[i % len(ACTS)]}.\n")
    return Article(text, f"stream/article-{i:02d}.txt", date="2021-03-12")


def stream(count: int, bad: dict[int, str] | None = None, graph_at: int | None = None,
           graph: GraphDocument | None = None) -> list[Article | api.Extracted]:
    """Short articles, some replaced by failing texts, and optionally a ready graph document among them."""
    items: list[Article | api.Extracted] = []
    for i in range(count):
        article = short_article(i)
        if bad and i in bad:
            article = Article(bad[i], article.path, date=article.date)
        items.append(article)
    if graph_at is not None and graph is not None:
        items.insert(graph_at, api.Extracted("stream/ready.json", graph))
    return items


def one_by_one(extractor: Extractor, items: list[Article | api.Extracted]) -> list[tuple[str, dict]]:
    """What extracting each article on its own gives: (source, document) for every item that extracts."""
    out = []
    for item in items:
        if isinstance(item, api.Extracted):
            out.append((item.source, item.document.to_dict()))
        elif item.text.strip() and len(item.text) < 1_000_000:
            out.append((item.path, extractor.extract(item.text, **item.metadata()).to_dict()))
    return out


def streamed(items: list[Article | api.Extracted], jobs: int, **options) -> list[tuple[str, dict]]:
    return [(e.source, e.document.to_dict()) for e in api.extract_articles(items, jobs=jobs, **options)]


@pytest.mark.parametrize("jobs", JOBS)
def test_streamed_extraction_equals_article_by_article(extractor: Extractor, tiny_document: GraphDocument,
                                                      jobs: int) -> None:
    gold = list(api.read_inputs(sorted(GOLD.glob("*.txt")), date="2021-04-07"))
    items = [*gold, *stream(2 * api.CHUNK + 3, graph_at=api.CHUNK - 1, graph=tiny_document)]
    expected = one_by_one(extractor, items)
    assert streamed(items, jobs) == expected
    assert len(expected) == len(items) and expected[len(gold) + api.CHUNK - 1][0] == "stream/ready.json"


@pytest.mark.parametrize("jobs", JOBS)
def test_failing_articles_mid_stream_are_named_and_the_others_extracted(
    extractor: Extractor, tiny_document: GraphDocument, jobs: int
) -> None:
    # One fails in the rules (no text to build from), one in the parse itself (nlp.pipe refuses the batch).
    items = stream(api.CHUNK + 6, bad={5: " \n ", 12: TOO_LONG}, graph_at=3, graph=tiny_document)
    report = api.LoadReport()
    assert streamed(items, jobs, skip_errors=True, report=report) == one_by_one(extractor, items)
    assert report.failed == [
        ("stream/article-05.txt", "stream/article-05.txt: empty text"),
        ("stream/article-12.txt", "stream/article-12.txt: article too long to parse "
                                  "(1,054,013 characters; the parser's limit is 1,000,000)"),
    ]


@pytest.mark.parametrize("jobs", JOBS)
@pytest.mark.parametrize("text, reason", [(" \n ", "empty text"), (TOO_LONG, "article too long to parse")],
                         ids=["fails-in-rules", "fails-in-parse"])
def test_without_skip_errors_a_failing_article_stops_the_stream_by_name(
    extractor: Extractor, jobs: int, text: str, reason: str
) -> None:
    items = stream(api.CHUNK + 4, bad={9: text})
    done: list[str] = []
    with pytest.raises(DipgraphError) as raised:
        for extracted in api.extract_articles(items, jobs=jobs):
            done.append(extracted.source)
    assert str(raised.value).startswith(f"stream/article-09.txt: {reason}")
    assert done == [f"stream/article-{i:02d}.txt" for i in range(9)]


@pytest.mark.parametrize("jobs", JOBS)
def test_an_endless_stream_is_read_a_chunk_at_a_time(extractor: Extractor, jobs: int) -> None:
    pulled = 0

    def endless() -> Iterator[Article]:
        nonlocal pulled
        for i in itertools.count():
            pulled += 1
            yield short_article(i)

    extracted = api.extract_articles(endless(), jobs=jobs)
    first = [next(extracted).source for _ in range(3)]
    extracted.close()
    assert first == [f"stream/article-{i:02d}.txt" for i in range(3)]
    assert pulled <= api.CHUNK * (1 if jobs == 1 else 2 * jobs)  # a chunk here; two per worker


@pytest.mark.parametrize("jobs", JOBS)
def test_cli_load_names_an_article_it_cannot_extract(extractor: Extractor, tmp_path: Path, jobs: int) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, i in (("a.txt", 1), ("c.txt", 2)):
        (folder / name).write_text(short_article(i).text, encoding="utf-8")
    (folder / "b-long.txt").write_text(TOO_LONG, encoding="utf-8")
    long_one = folder / "b-long.txt"
    db = str(tmp_path / "store.db")
    runner = CliRunner()
    stopped = runner.invoke(app, ["load", str(folder), "--store", db, "--jobs", str(jobs)])
    assert stopped.exit_code == 1, stopped.output
    [error] = [line for line in stopped.stderr.splitlines() if line.startswith("Error:")]
    assert error.startswith(f"Error: {long_one}: article too long to parse (1,054,013 characters")
    assert "1 article(s) before it were loaded" in error
    went_on = runner.invoke(app, ["load", str(folder), "--store", db, "--jobs", str(jobs), "--skip-errors"])
    assert went_on.exit_code == 0, went_on.output
    assert "Loaded 2 article(s)" in went_on.stdout and "1 article(s) failed" in went_on.stdout
    assert f"failed {long_one}: article too long to parse" in went_on.stdout


LOOPS = "A rule never finishes on this article."
# The role rule made to loop for ever on an article holding LOOPS (as a bug in a rule might): source text, so that
# the fixture and a real process (which cannot share a monkeypatch) patch the same rule
LOOPING_RULE = f"""
def looping(real):
    def find_roles(mentions):
        while {LOOPS!r} in mentions.doc.text:
            pass
        return real(mentions)
    return find_roles
"""
# A driver that patches the rule, then runs the CLI: a real process, with its own signals
LOOPING_CLI = LOOPING_RULE + """
import sys
from dipgraph.cli import app
from dipgraph.loaders import extract
extract.find_roles = looping(extract.find_roles)
sys.argv[0] = "dipgraph"
app()
"""


@pytest.fixture
def looping_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    """The looping role rule in this process, with a 1 s limit."""
    from dipgraph.loaders import extract

    namespace: dict = {}
    exec(LOOPING_RULE, namespace)  # noqa: S102  (the test's own source text)
    monkeypatch.setattr(extract, "find_roles", namespace["looping"](extract.find_roles))
    monkeypatch.setenv("DIPGRAPH_TIME_LIMIT", "1")


def test_an_article_whose_rules_never_finish_is_named_and_the_others_extracted(
    extractor: Extractor, looping_rule: None
) -> None:
    items = stream(5, bad={2: f"Talks in Oslo\n\n{LOOPS} The minister met her counterpart on Friday.\n"})
    report = api.LoadReport()
    got = streamed(items, 1, skip_errors=True, report=report)
    assert [source for source, _ in got] == [f"stream/article-{i:02d}.txt" for i in (0, 1, 3, 4)]
    assert report.failed == [("stream/article-02.txt", "stream/article-02.txt: extraction stopped after 1 s "
                                                       "(a rule did not finish; please report this article)")]


def test_a_load_whose_rules_never_finish_on_one_article_stops_by_name_in_a_real_process(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(short_article(1).text, encoding="utf-8")
    (folder / "b.txt").write_text(f"Talks in Oslo\n\n{LOOPS} The minister met her counterpart on Friday.\n",
                                  encoding="utf-8")
    env = {**os.environ, "DIPGRAPH_TIME_LIMIT": "1"}
    db = str(tmp_path / "store.db")
    command = [sys.executable, "-c", LOOPING_CLI, "load", str(folder), "--store", db]
    stopped = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)
    assert stopped.returncode == 1 and "Traceback" not in stopped.stderr, stopped.stderr
    [error] = [line for line in stopped.stderr.splitlines() if line.startswith("Error:")]
    assert error.startswith(f"Error: {folder / 'b.txt'}: extraction stopped after 1 s (a rule did not finish")
    went_on = subprocess.run([*command, "--skip-errors"], capture_output=True, text=True, env=env, timeout=300)
    assert went_on.returncode == 0 and "Traceback" not in went_on.stderr, went_on.stderr
    assert "Loaded 1 article(s)" in went_on.stdout
    assert f"failed {folder / 'b.txt'}: extraction stopped" in went_on.stdout


@pytest.mark.parametrize("jobs", JOBS)
def test_an_unreadable_input_stops_the_stream_after_the_articles_before_it(extractor: Extractor, jobs: int) -> None:
    def reading() -> Iterator[Article]:
        yield from (short_article(i) for i in range(3))
        raise InputError("stream/broken.txt: not text (a PDF file)")

    done: list[str] = []
    with pytest.raises(InputError, match=r"^stream/broken\.txt: not text"):
        for extracted in api.extract_articles(reading(), jobs=jobs):
            done.append(extracted.source)
    assert done == [f"stream/article-{i:02d}.txt" for i in range(3)]


def test_a_worker_killed_mid_stream_fails_its_articles_by_name(extractor: Extractor) -> None:
    items = stream(5 * api.CHUNK)
    report = api.LoadReport()
    before = {p.pid for p in multiprocessing.active_children()}
    extracted = api.extract_articles(items, jobs=2, skip_errors=True, report=report)
    done = [next(extracted).source]
    for worker in multiprocessing.active_children():  # the pool's worker processes, killed as the OOM killer would
        if worker.pid not in before:
            os.kill(worker.pid, signal.SIGKILL)
    done += [e.source for e in extracted]
    failed = [source for source, _ in report.failed]
    assert failed, "no article failed after the workers were killed"
    assert done == sorted(done) and sorted(done + failed) == [a.path for a in items]
    for source, reason in report.failed:
        assert reason.startswith(f"{source}: extraction failed (BrokenProcessPool: "), reason


def test_a_worker_sends_back_only_a_file_name_which_a_pipe_delivers_whole(
    extractor: Extractor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A worker killed halfway through sending a large result through the pool's pipe would
    # leave the pool's reader waiting forever: the outcomes go through a file instead.
    monkeypatch.setattr(api, "_WORKER", extractor)
    monkeypatch.setattr(api, "_OUTBOX", tmp_path)
    articles = [short_article(i) for i in range(api.CHUNK)]
    articles[3] = Article(articles[3].text * 40, articles[3].path, date=articles[3].date)  # a long one
    sent = api._extract_chunk([(a.text, a.metadata()) for a in articles])
    assert len(pickle.dumps(sent)) < select.PIPE_BUF // 4, "the message must fit one atomic pipe write"
    assert list(tmp_path.iterdir()) == [Path(sent)]
    assert [d.to_dict() for d in api._collect(sent)] == [d for _, d in one_by_one(extractor, articles)]
    assert list(tmp_path.iterdir()) == []


def test_a_script_without_a_main_guard_is_told_what_to_do(tmp_path: Path) -> None:
    # Worker processes are spawned and import the calling script again: without the guard they fail at once.
    script = tmp_path / "unguarded.py"
    script.write_text("from dipgraph import api\nfrom dipgraph.loaders.read import Article\n"
                      "items = [Article('Kenya met Sudan on Monday.', f'a{i}.txt') for i in range(20)]\n"
                      "print(len(list(api.extract_articles(items, jobs=2))))\n")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert done.returncode != 0
    # The error is the script's last word; multiprocessing's resource tracker (a process of its own) may
    # still warn about the failed workers' semaphores after it, in any order, so those lines are set aside.
    ours = [line for line in done.stderr.splitlines() if "resource_tracker" not in line]
    assert 'must start from `if __name__ == "__main__":`' in ours[-1]
