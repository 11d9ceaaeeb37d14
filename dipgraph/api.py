"""The library functions behind every CLI command: extract, load, summarise, demo."""

from __future__ import annotations

import itertools
import json
import logging
import multiprocessing
import os
import pickle
import tempfile
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dipgraph.errors import DipgraphError, InputError
from dipgraph.graph.document import GraphDocument, Node
from dipgraph.graph.model import make_id
from dipgraph.graph.store import Result, Store
from dipgraph.loaders.read import (
    DOCUMENT_SUFFIXES,
    MAX_BYTES,
    Article,
    expand,
    read_articles,
    read_bytes,
    without_surrogates,
)
from dipgraph.queries.runner import run_query

log = logging.getLogger(__name__)

SAMPLES = Path(__file__).parent / "samples"
SAMPLE_ARTICLE = SAMPLES / "mesop-2016-10-26-aleppo-pause.txt"

Progress = Callable[[str], None]


@dataclass
class Extracted:
    """One article's graph document, with where it came from."""

    source: str
    document: GraphDocument
    article: Article | None = None


@dataclass
class LoadReport:
    """What a load did: articles loaded, inputs skipped and articles failed with reasons, rows written."""

    loaded: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # inputs that could not be read
    failed: list[tuple[str, str]] = field(default_factory=list)  # articles whose extraction failed
    warnings: list[tuple[str, str]] = field(default_factory=list)  # loaded, but with a caveat
    nodes: int = 0
    relationships: int = 0
    dropped: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "loaded": len(self.loaded),
            "skipped": [{"input": s, "reason": r} for s, r in self.skipped],
            "failed": [{"input": s, "reason": r} for s, r in self.failed],
            "warnings": [{"input": s, "warning": w} for s, w in self.warnings],
            "nodes_written": self.nodes,
            "relationships_written": self.relationships,
            "dropped": self.dropped,
        }


def input_files(paths: Iterable[str | os.PathLike[str]], *, skip_errors: bool = False) -> list[Path]:
    """Every file the paths name (folders expanded), so progress can show a total.

    Without ``skip_errors`` a missing path or unreadable folder raises InputError here,
    before anything is loaded; with it, reading that path later reports the problem.
    """
    return list(expand(list(paths), skip_errors=skip_errors))


def read_inputs(
    files: Iterable[Path],
    *,
    date: str | None = None,
    max_bytes: int = MAX_BYTES,
    skip_errors: bool = False,
    report: LoadReport | None = None,
    progress: Progress | None = None,
) -> Iterator[Article | Extracted]:
    """Articles (and ready graph documents from .json files), skipping bad inputs if asked."""
    if max_bytes < 1:
        raise InputError(f"the size limit must be at least 1 byte, not {max_bytes}")
    for path in files:
        try:
            if path.suffix.lower() in DOCUMENT_SUFFIXES:
                yield Extracted(str(path), _read_document(path, max_bytes))
                continue
            articles = read_articles(path, max_bytes=max_bytes, skip_errors=skip_errors,
                                     skipped=report.skipped if report is not None else None)
            for article in articles:
                _settle_date(article, date)
                if report is not None:
                    report.warnings += [(article.path, note) for note in article.notes]
                yield article
        except InputError as exc:
            if not skip_errors:
                raise
            log.warning("skipped %s", exc)
            if report is not None:
                report.skipped.append((str(path), str(exc)))
        finally:
            if progress:
                progress(str(path))


def _settle_date(article: Article, date: str | None) -> None:
    if date:
        if article.date and article.date != date and article.date_origin == "metadata":
            note = f"--date {date} used instead of the article's own date {article.date}"
            log.warning("%s: %s", article.path, note)
            article.notes.append(note)
        article.date, article.date_origin = date, "option"
    elif article.date is None:
        note = "no article date found; relative dates stay unresolved (give one with --date)"
        log.warning("%s: %s", article.path, note)
        article.notes.append(note)


def _read_document(path: Path, max_bytes: int) -> GraphDocument:
    try:
        data = json.loads(read_bytes(path, max_bytes).decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{path}: not a JSON graph document ({str(exc).splitlines()[0]})") from None
    except RecursionError:
        raise InputError(f"{path}: not a JSON graph document (nested too deeply)") from None
    return GraphDocument.from_dict(_valid_unicode(data), str(path))


def _valid_unicode(value: Any) -> Any:
    """The JSON value with lone surrogates (\\ud800 escapes, which no store can hold) replaced by U+FFFD."""
    if isinstance(value, str):
        return without_surrogates(value)
    if isinstance(value, list):
        return [_valid_unicode(v) for v in value]
    if isinstance(value, dict):
        return {_valid_unicode(k): _valid_unicode(v) for k, v in value.items()}
    return value


CHUNK = 16  # articles extracted together: one nlp.pipe batch here, one task for a worker process

_WORKER: Any = None
_OUTBOX = Path()


def _init_worker(overrides: str | None, outbox: str) -> None:
    global _WORKER, _OUTBOX
    from dipgraph.loaders.extract import Extractor

    _WORKER, _OUTBOX = Extractor(overrides=overrides), Path(outbox)


def _extract_chunk(articles: list[tuple[str, dict[str, Any]]]) -> str:
    """In a worker: each article's graph document, or why its extraction failed (one bad article stops nothing).

    The outcomes go to a file in the pool's outbox and only its name goes back through the
    result pipe. A worker killed while sending a large result would leave half a message in
    that pipe, and the pool's reader would wait for the rest forever; a file name is one small
    write, which a pipe delivers whole or not at all.
    """
    outcomes = [o if isinstance(o, GraphDocument) else failure_reason(o) for o in _WORKER.extract_each(articles)]
    fd, name = tempfile.mkstemp(dir=_OUTBOX, suffix=".part")
    with os.fdopen(fd, "wb") as out:
        pickle.dump(outcomes, out, protocol=pickle.HIGHEST_PROTOCOL)
    return name


def _collect(name: str) -> list[GraphDocument | str]:
    """The outcomes a worker left in the outbox, read once and removed."""
    path = Path(name)
    try:
        with path.open("rb") as stored:
            return pickle.load(stored)
    finally:
        path.unlink(missing_ok=True)


def failure_reason(exc: BaseException) -> str:
    """Why an article's extraction failed, in one line: a DipgraphError's message, else the error's type and text."""
    if isinstance(exc, DipgraphError):
        return str(exc)
    message = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else ""
    return f"extraction failed ({type(exc).__name__}{': ' + message if message else ''})"


def extract_articles(
    items: Iterable[Article | Extracted], *, jobs: int = 1, overrides: str | None = None,
    skip_errors: bool = False, report: LoadReport | None = None,
) -> Iterator[Extracted]:
    """Run extraction over articles, in this process or in `jobs` worker processes, in order.

    Articles are read and extracted a chunk at a time (through nlp.pipe), so a stream of any
    length is never held in memory; graph documents among the items pass through in place.
    An article whose extraction fails raises DipgraphError naming it, or with ``skip_errors``
    is listed in the report's ``failed`` and passed over; the others are extracted either way.
    """
    if jobs <= 1:
        yield from _extract_here(chunks(items), overrides, skip_errors, report)
        return
    with tempfile.TemporaryDirectory(prefix="dipgraph-outbox-") as outbox:
        # Spawned, not forked: a fork copies whatever locks this process's threads (a store's,
        # a driver's) hold at that moment, and a worker can wait on one of them forever.
        pool = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_init_worker, initargs=(overrides, outbox))
        started = _Started()
        try:
            # Two chunks per worker in flight: one running, one ready for when it is done.
            yield from extract_in_order(
                chunks(items), lambda articles: _Outcomes(pool.submit(_extract_chunk, articles), started),
                window=jobs * 2, skip_errors=skip_errors, report=report)
        finally:
            pool.shutdown(wait=True, cancel_futures=True)  # stopped early: drop the chunks not started


@dataclass
class _Started:
    """Whether any worker has given back a chunk yet."""

    yes: bool = False


@dataclass
class _Outcomes:
    """A worker's future whose result is the outcomes it left in the outbox."""

    future: Any
    started: _Started

    def result(self) -> list[GraphDocument | str]:
        try:
            name = self.future.result()
        except BrokenProcessPool:
            if not self.started.yes:  # no worker ever came up: the setup, not the article
                raise DipgraphError(_NO_WORKERS) from None
            raise
        self.started.yes = True
        return _collect(name)


_NO_WORKERS = ("extraction workers stopped before extracting anything (a script that extracts with jobs > 1 must "
               "start from `if __name__ == \"__main__\":`, as worker processes import it again; or use jobs=1)")


def chunks(items: Iterable[Article | Extracted], size: int = CHUNK) -> Iterator[list[Article | Extracted]]:
    """The items in lists of ``size``, read lazily: the unit of extraction work.

    If reading an item raises (a bad input), the items read before it come first as a shorter
    list, and the error is raised when the next list is asked for: errors stay in input order.
    """
    source = iter(items)
    chunk: list[Article | Extracted] = []
    while True:
        try:
            item = next(source)
        except StopIteration:
            break
        except Exception:
            if chunk:
                yield chunk
            raise
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def extract_in_order(
    work: Iterable[list[Article | Extracted]], submit: Callable[[list[tuple[str, dict[str, Any]]]], Any],
    *, window: int, skip_errors: bool = False, report: LoadReport | None = None,
) -> Iterator[Extracted]:
    """Extract chunks elsewhere and give back every item in input order, at most ``window`` chunks in flight.

    ``submit`` sends a chunk's (text, metadata) pairs to a worker and returns a future (anything
    with ``result()``) of one graph document or failure reason per article. A future that fails
    as a whole (a worker died) counts as the failure of each of its articles.
    """
    pending: deque[tuple[list[Article | Extracted], Any]] = deque()

    def oldest() -> Iterator[Extracted]:
        chunk, future = pending.popleft()
        try:
            outcomes: list[GraphDocument | str] | Exception = (
                [] if future is None else future if isinstance(future, Exception) else future.result())
        except Exception as exc:  # the worker died or the chunk could not be sent
            outcomes = exc
        yield from _settle_chunk(chunk, outcomes, skip_errors, report)

    source = iter(work)
    while True:
        try:
            chunk = next(source, None)
        except Exception:  # reading an input failed: the articles read before it come first
            while pending:
                yield from oldest()
            raise
        if chunk is None:
            break
        articles = [(i.text, i.metadata()) for i in chunk if isinstance(i, Article)]
        try:
            future = submit(articles) if articles else None
        except Exception as exc:  # no worker takes it (the pool broke when one died): its articles fail
            future = exc
        pending.append((chunk, future))
        if len(pending) >= window:
            yield from oldest()
    while pending:
        yield from oldest()


def _extract_here(work: Iterable[list[Article | Extracted]], overrides: str | None, skip_errors: bool,
                  report: LoadReport | None) -> Iterator[Extracted]:
    extractor: Any = None  # made on the first article: loading graph documents needs no model
    for chunk in work:
        articles = [(i.text, i.metadata()) for i in chunk if isinstance(i, Article)]
        if articles and extractor is None:
            from dipgraph.loaders.extract import Extractor

            extractor = Extractor(overrides=overrides)
        outcomes = extractor.extract_each(articles, batch_size=CHUNK) if articles else iter(())
        yield from _settle_chunk(chunk, outcomes, skip_errors, report)


def _settle_chunk(chunk: list[Article | Extracted], outcomes: Iterable[GraphDocument | BaseException | str]
                  | BaseException, skip_errors: bool, report: LoadReport | None) -> Iterator[Extracted]:
    """A chunk's items in order: graph documents as they are, each article with its outcome settled.

    ``outcomes`` has one per article in the chunk, or is the error that stopped the whole chunk,
    which then counts as each article's failure.
    """
    each = itertools.repeat(outcomes) if isinstance(outcomes, BaseException) else iter(outcomes)
    for item in chunk:
        if isinstance(item, Extracted):
            yield item
        elif (done := _settle(item, next(each), skip_errors, report)) is not None:
            yield done


def _settle(item: Article, outcome: GraphDocument | BaseException | str, skip_errors: bool,
            report: LoadReport | None) -> Extracted | None:
    """An article's extracted document, or its failure (a reason, or the error raised).

    A failure raises DipgraphError naming the article, or with ``skip_errors`` is listed in
    the report's ``failed`` and gives None.
    """
    if isinstance(outcome, GraphDocument):
        return Extracted(item.path, outcome, item)
    if isinstance(outcome, BaseException):
        log.debug("extraction of %s failed", item.path, exc_info=outcome)
        outcome = failure_reason(outcome)
    reason = outcome if outcome.startswith(item.path) else f"{item.path}: {outcome}"
    if not skip_errors:
        raise DipgraphError(reason)
    log.warning("failed %s", reason)
    if report is not None:
        report.failed.append((item.path, reason))
    return None


def extract(
    paths: Iterable[str | os.PathLike[str]],
    *,
    date: str | None = None,
    jobs: int = 1,
    skip_errors: bool = False,
    max_bytes: int = MAX_BYTES,
    overrides: str | None = None,
    progress: Progress | None = None,
    report: LoadReport | None = None,
) -> Iterator[Extracted]:
    """Graph documents for the articles in the given files and folders, without any store."""
    files = input_files(paths, skip_errors=skip_errors)
    articles = read_inputs(files, date=date, max_bytes=max_bytes, skip_errors=skip_errors,
                           report=report, progress=progress)
    yield from extract_articles(articles, jobs=jobs, overrides=overrides, skip_errors=skip_errors, report=report)


def load(
    store: Store,
    paths: Iterable[str | os.PathLike[str]],
    *,
    date: str | None = None,
    jobs: int = 1,
    skip_errors: bool = False,
    max_bytes: int = MAX_BYTES,
    overrides: str | None = None,
    progress: Progress | None = None,
) -> LoadReport:
    """Extract articles (or read graph documents) and write each in its own transaction.

    An article is either written whole or not at all; a load that stops (an error, a
    kill) can be run again: what was written is merged, not duplicated.
    """
    report = LoadReport()
    try:
        for item in extract(paths, date=date, jobs=jobs, skip_errors=skip_errors, max_bytes=max_bytes,
                            overrides=overrides, progress=progress, report=report):
            written = store.write(item.document, item.source)
            report.loaded.append(item.source)
            report.nodes += written.nodes
            report.relationships += written.relationships
            report.dropped += written.dropped
            log.info("loaded %s (%d nodes, %d relationships)", item.source, written.nodes, written.relationships)
    except DipgraphError as exc:
        if not report.loaded:
            raise
        # Say what is already in the store, so the analyst knows a re-run is safe.
        done = f"{len(report.loaded)} article(s) before it were loaded"
        if isinstance(exc, InputError):
            raise InputError(f"{exc} ({done}; loading them again adds no duplicates)") from None
        raise type(exc)(f"{exc} ({done}; running the load again completes it without duplicates)") from None
    return report


@dataclass
class Summary:
    """Counts per label and type, and the statements with their speakers."""

    counts: dict[str, int]
    statements: list[dict[str, Any]]
    total_statements: int

    def to_dict(self) -> dict[str, Any]:
        return {"counts": self.counts, "statements": self.statements,
                "total_statements": self.total_statements}


def summary(store: Store, limit: int = 25) -> Summary:
    """What the store holds: counts, and the first statements with speaker and act."""
    counts = store.counts()
    result = store.read(
        "MATCH (sp)-[:STATED]->(s:Statement) "
        "RETURN sp.name AS speaker, s.act AS act, s.kind AS kind, s.date AS date, s.text AS text "
        "ORDER BY coalesce(s.date, '9999'), s.start, speaker, text LIMIT $limit",
        {"limit": limit},
    )
    return Summary(counts, result.records(), counts.get("Statement", 0))


@dataclass
class ViewReport:
    """Where a view was written and how much it shows."""

    path: Path
    nodes: int
    relationships: int
    title: str


def view(
    store: Store,
    output: str | os.PathLike[str],
    *,
    query: str | None = None,
    params: dict[str, Any] | None = None,
    around: str | None = None,
    hops: int = 2,
    article: str | os.PathLike[str] | None = None,
    queries_dirs: list[str | os.PathLike[str]] | None = None,
) -> ViewReport:
    """Write an HTML view of a saved query's result, an entity's neighbourhood, an article, or everything."""
    chosen = [x for x in (query, around, article) if x]
    if len(chosen) > 1:
        raise InputError("choose one of a query, --around or --article for a view")
    if query:
        name, args = query, dict(params or {})
        title = f"Query {query}" + "".join(f" · {k}={v}" for k, v in args.items())
    elif around:
        if not 1 <= hops <= 3:
            raise InputError(f"--hops must be 1, 2 or 3, not {hops}")
        name, args, title = "neighbourhood", {"name": around, "hops": hops}, f"{around} · {hops} hops"
    elif article:
        path = Path(article)
        found = read_articles(path)
        name, args = "article-graph", {"article": make_id("Article", found[0].sha256)}
        title = f"Article {found[0].title or path.name}"
    else:
        name, args, title = "whole-graph", {}, "Whole graph"
    result = run_query(store, name, queries_dirs=queries_dirs, **args)
    if around and not result.rows:
        raise InputError(f"nothing named {around!r} in {store.location}")
    return view_result(store, result, output, title=title)


def view_result(store: Store, result: Result, output: str | os.PathLike[str], *, title: str) -> ViewReport:
    """Write an HTML view of the nodes, relationships and paths in a query result."""
    from dipgraph.viz.rows import doc_from_rows
    from dipgraph.viz.view import write_view

    def fetch(ids: list[str]) -> list[Node]:
        return [row[0] for row in store.read("UNWIND $ids AS i MATCH (n) WHERE n.id = i RETURN n", {"ids": ids}).rows]

    doc = doc_from_rows(result.rows, resolve=fetch)
    written = write_view(doc, output, title=title, subtitle=f"{store.dialect} store {store.location}")
    return ViewReport(Path(written), len(doc.nodes), len(doc.relationships), title)


def demo(store: Store, output: str | os.PathLike[str]) -> tuple[LoadReport, Summary, ViewReport]:
    """The main job on the bundled sample: load it, summarise the store, write a view of it."""
    report = load(store, [SAMPLE_ARTICLE])
    return report, summary(store), view(store, output)
