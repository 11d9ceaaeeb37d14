"""Loads past one process: extraction on a Dask cluster, and bulk writes of many articles.

Articles go out to the Dask workers, graph documents come back and are written to
the store in large batches.

Extraction is a pure function of one article, so it scales out: each Dask worker
process loads the language model once and extracts the chunks of articles it is
sent through nlp.pipe. The client reads the inputs, keeps a bounded window of chunks
in flight (so memory stays flat however long the input), takes the documents back in input
order and writes them many at a time (one transaction per batch of about
``batch_rows`` rows), so the store sees few large UNWIND writes. Needs the
``scale`` extra (``pip install 'dipgraph[scale]'``) here and dipgraph on every worker.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator
from typing import Any

from dipgraph import api
from dipgraph.errors import DipgraphError, InputError
from dipgraph.graph.bulk import bulk_load
from dipgraph.graph.document import GraphDocument
from dipgraph.graph.store import Store
from dipgraph.loaders.read import MAX_BYTES

log = logging.getLogger(__name__)

BATCH_ROWS = 20_000
_EXTRACTORS: dict[str | None, Any] = {}  # per worker process: the model is loaded once


def extract_on_worker(articles: list[tuple[str, dict[str, Any]]], overrides: str | None = None
                      ) -> list[GraphDocument | str]:
    """Run on a Dask worker: each article's graph document, or why its extraction failed."""
    extractor = _EXTRACTORS.get(overrides)
    if extractor is None:
        from dipgraph.loaders.extract import Extractor

        extractor = _EXTRACTORS[overrides] = Extractor(overrides=overrides)
    # Failures go back as reasons, reported with the article's name like api.load does.
    return [o if isinstance(o, GraphDocument) else api.failure_reason(o) for o in extractor.extract_each(articles)]


def connect(scheduler: str, workers: int | None = None) -> Any:
    """A Dask client: "local" starts a LocalCluster of worker processes here, else a scheduler address."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise InputError("--dask needs Dask: pip install 'dipgraph[scale]'") from None
    # Dask's own loggers default to INFO (cluster start and stop chatter); dipgraph's level decides.
    logging.getLogger("distributed").setLevel(max(logging.WARNING, logging.getLogger().getEffectiveLevel()))
    if scheduler == "local":
        # One thread per worker: spaCy's parse holds the GIL, processes give the parallelism.
        cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1,
                               processes=True, dashboard_address=None, silence_logs=logging.ERROR)
        return Client(cluster)
    try:
        return Client(scheduler, timeout="10s")
    except (OSError, TimeoutError, ValueError) as exc:
        raise InputError(f"no Dask scheduler answers at {scheduler!r} ({exc})") from None


def extract_with_dask(
    client: Any,
    items: Iterable[api.Article | api.Extracted],
    *,
    overrides: str | None = None,
    window: int | None = None,
    skip_errors: bool = False,
    report: api.LoadReport | None = None,
) -> Iterator[api.Extracted]:
    """Graph documents for the items, extracted on the cluster a chunk of articles per task, in input order.

    ``window`` is the number of chunks in flight (two per worker unless given).
    """
    if window is None:
        workers = len(client.scheduler_info().get("workers", {})) or 1
        window = workers * 2
    yield from api.extract_in_order(
        api.chunks(items), lambda articles: client.submit(extract_on_worker, articles, overrides, pure=False),
        window=window, skip_errors=skip_errors, report=report)


def load_with_dask(
    store: Store,
    paths: Iterable[str | os.PathLike[str]],
    scheduler: str = "local",
    *,
    date: str | None = None,
    skip_errors: bool = False,
    max_bytes: int = MAX_BYTES,
    overrides: str | None = None,
    batch_rows: int = BATCH_ROWS,
    workers: int | None = None,
    client: Any = None,
    progress: api.Progress | None = None,
) -> api.LoadReport:
    """Extract articles on a Dask cluster and write their documents to the store in batches.

    ``scheduler`` is "local" (a LocalCluster here) or a scheduler address such as
    ``tcp://10.0.0.5:8786``; an existing ``client`` can be passed instead.
    """
    report = api.LoadReport()
    files = api.input_files(paths, skip_errors=skip_errors)
    owned = client is None
    if owned:
        client = connect(scheduler, workers)
    batch, rows, sources = GraphDocument(), 0, []

    def flush() -> None:
        written = store.write(batch, f"batch of {len(sources)} article(s) ending at {sources[-1]}")
        report.loaded.extend(sources)
        report.nodes += written.nodes
        report.relationships += written.relationships
        report.dropped += written.dropped

    try:
        items = api.read_inputs(files, date=date, max_bytes=max_bytes, skip_errors=skip_errors,
                                report=report, progress=progress)
        for done in extract_with_dask(client, items, overrides=overrides, skip_errors=skip_errors, report=report):
            batch.extend(done.document)
            sources.append(done.source)
            rows += len(done.document.nodes) + len(done.document.relationships)
            if rows >= batch_rows:
                flush()
                batch, rows, sources = GraphDocument(), 0, []
        if sources:
            flush()
    except DipgraphError as exc:
        if not report.loaded:
            raise
        raise type(exc)(f"{exc} ({len(report.loaded)} article(s) before it were loaded; "
                        f"running the load again completes it without duplicates)") from None
    finally:
        if owned:
            cluster = getattr(client, "cluster", None)
            client.close()
            if cluster is not None:
                cluster.close()
    return report



def load_bulk(
    store: Store,
    paths: Iterable[str | os.PathLike[str]],
    *,
    jobs: int = 1,
    dask: str | None = None,
    date: str | None = None,
    skip_errors: bool = False,
    max_bytes: int = MAX_BYTES,
    overrides: str | None = None,
    progress: api.Progress | None = None,
) -> api.LoadReport:
    """Extract articles (here with `jobs` processes, or on a Dask cluster) and bulk-load them.

    Into an empty embedded store this is a COPY load (see graph/bulk.py); otherwise
    large batched MERGE transactions. Rows counted are distinct rows written.
    """
    report = api.LoadReport()
    files = api.input_files(paths, skip_errors=skip_errors)
    items = api.read_inputs(files, date=date, max_bytes=max_bytes, skip_errors=skip_errors,
                            report=report, progress=progress)
    client = connect(dask) if dask else None
    try:
        if client is not None:
            extracted = extract_with_dask(client, items, overrides=overrides, skip_errors=skip_errors,
                                          report=report)
        else:
            extracted = api.extract_articles(items, jobs=jobs, overrides=overrides, skip_errors=skip_errors,
                                             report=report)

        def documents() -> Iterator[GraphDocument]:
            for done in extracted:
                report.loaded.append(done.source)
                yield done.document

        written = bulk_load(store, documents())
    finally:
        if client is not None:
            cluster = getattr(client, "cluster", None)
            client.close()
            if cluster is not None:
                cluster.close()
    report.nodes, report.relationships, report.dropped = written.nodes, written.relationships, written.dropped
    return report
