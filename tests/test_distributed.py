"""Loads past one process: extraction on a Dask LocalCluster and bulk loads equal a plain load."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from dask.distributed import Client, LocalCluster
from typer.testing import CliRunner

from dipgraph import api
from dipgraph.cli import app
from dipgraph.distributed import load_bulk, load_with_dask
from dipgraph.graph.store import Store, open_store

GOLD = Path(__file__).parent / "gold"


@pytest.fixture(scope="module")
def dask_client() -> Iterator[Client]:
    """A two-worker LocalCluster of processes, as `--dask local` starts, shared by this module."""
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        yield client


@pytest.fixture(scope="module")
def articles() -> list[Path]:
    """Three real articles, one of them twice (a rerun must add nothing)."""
    files = sorted(GOLD.glob("*.txt"))
    return [*files, files[0]]


def contents(store: Store) -> tuple[list, list]:
    """Every node with its properties and every relationship, in a comparable order."""
    nodes = sorted(json.dumps(n.to_dict(), sort_keys=True) for [n] in store.read("MATCH (n) RETURN n").rows)
    rels = sorted(repr(row) for row in store.read(
        "MATCH (a)-[r]->(b) RETURN a.id, label(r), b.id, r.title, r.count").rows)
    return nodes, rels


@pytest.fixture(scope="module")
def plain(tmp_path_factory: pytest.TempPathFactory, articles: list[Path]) -> tuple[list, list]:
    """What a plain `dipgraph load` of the articles leaves in an embedded store."""
    with open_store(tmp_path_factory.mktemp("plain") / "plain.db") as store:
        api.load(store, articles, date="2021-04-07")
        return contents(store)


def test_dask_load_equals_plain_load(tmp_path: Path, articles: list[Path], dask_client: Client,
                                     plain: tuple[list, list]) -> None:
    with open_store(tmp_path / "dask.db") as store:
        report = load_with_dask(store, articles, client=dask_client, date="2021-04-07", batch_rows=50)
        assert report.loaded == [str(a) for a in articles]
        assert contents(store) == plain
        assert plain[0] and plain[1]


def test_dask_load_into_a_loaded_store_changes_nothing(tmp_path: Path, articles: list[Path],
                                                       dask_client: Client, plain: tuple[list, list]) -> None:
    with open_store(tmp_path / "twice.db") as store:
        load_with_dask(store, articles, client=dask_client, date="2021-04-07")
        load_with_dask(store, articles[:2], client=dask_client, date="2021-04-07")
        assert contents(store) == plain


@pytest.mark.parametrize("empty", [True, False], ids=["copy-into-empty", "merge-into-loaded"])
def test_bulk_load_equals_plain_load(tmp_path: Path, articles: list[Path], dask_client: Client,
                                     plain: tuple[list, list], empty: bool) -> None:
    with open_store(tmp_path / "bulk.db") as store:
        if not empty:
            api.load(store, articles[:1], date="2021-04-07")
        load_bulk(store, articles, date="2021-04-07")
        assert contents(store) == plain


def test_cli_load_with_a_dask_scheduler_address(tmp_path: Path, articles: list[Path], dask_client: Client,
                                                plain: tuple[list, list]) -> None:
    db = tmp_path / "cli.db"
    address = dask_client.scheduler.address
    result = CliRunner().invoke(app, ["load", *map(str, articles), "--date", "2021-04-07", "--dask", address,
                                      "--store", str(db)])
    assert result.exit_code == 0, result.output
    assert f"Loaded {len(articles)} article(s)" in result.output
    with open_store(db) as store:
        assert contents(store) == plain


def test_cli_bulk_load_with_dask(tmp_path: Path, articles: list[Path], dask_client: Client,
                                 plain: tuple[list, list]) -> None:
    db = tmp_path / "bulk-cli.db"
    result = CliRunner().invoke(app, ["load", *map(str, articles), "--date", "2021-04-07", "--bulk",
                                      "--dask", dask_client.scheduler.address, "--store", str(db)])
    assert result.exit_code == 0, result.output
    with open_store(db) as store:
        assert contents(store) == plain


def test_unreachable_scheduler_is_a_one_line_error(tmp_path: Path, articles: list[Path]) -> None:
    result = CliRunner().invoke(app, ["load", str(articles[0]), "--dask", "tcp://127.0.0.1:9",
                                      "--store", str(tmp_path / "x.db")])
    assert result.exit_code != 0
    assert "no Dask scheduler answers at 'tcp://127.0.0.1:9'" in result.output


def test_copy_bulk_load_refuses_a_store_with_data(tmp_path: Path, articles: list[Path]) -> None:
    from dipgraph.errors import StoreError
    from dipgraph.graph.bulk import bulk_load

    with open_store(tmp_path / "full.db") as store:
        api.load(store, articles[:1], date="2021-04-07")
        doc = next(api.extract(articles[1:2], date="2021-04-07")).document
        with pytest.raises(StoreError, match="COPY bulk loads need an empty embedded store"):
            bulk_load(store, [doc], copy=True)
        assert bulk_load(store, [doc]).method == "merge"


def test_dask_extraction_names_a_failing_article_and_extracts_the_others(dask_client: Client,
                                                                        articles: list[Path]) -> None:
    from dipgraph.distributed import extract_with_dask
    from dipgraph.errors import DipgraphError
    from dipgraph.loaders.read import Article

    good = list(api.read_inputs(articles[:3], date="2021-04-07"))
    items = [good[0], Article(" \n ", "broken.txt"), *good[1:]]
    report = api.LoadReport()
    done = list(extract_with_dask(dask_client, items, skip_errors=True, report=report))
    assert [d.source for d in done] == [a.path for a in good]
    assert report.failed == [("broken.txt", "broken.txt: empty text")]
    expected = [d.document.to_dict() for d in api.extract_articles(good)]
    assert [d.document.to_dict() for d in done] == expected
    with pytest.raises(DipgraphError, match="^broken.txt: empty text$"):
        list(extract_with_dask(dask_client, items))
