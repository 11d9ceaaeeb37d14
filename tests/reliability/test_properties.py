"""Property-based tests: random bytes, text and graph documents thrown at the reader, loader and stores.

Whatever comes in, the outcome is one of two: it loads, or it fails with a dipgraph error
(one line naming the input) and the store is exactly as it was.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from synthetic_docs import snapshot

from dipgraph import api
from dipgraph.errors import DipgraphError, InputError
from dipgraph.graph.document import GraphDocument, Node, Relationship
from dipgraph.graph.model import LABELS, REL_TYPES
from dipgraph.graph.store import Store, open_store
from dipgraph.loaders.read import Article

SUFFIXES = [".txt", ".html", ".jsonl", ".json", ".md", ""]
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
SLOW = settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

# Text as scraped pages have it: any character, with markup, JSON and quote characters made likely.
messy_text = st.text(
    alphabet=st.one_of(st.characters(codec="utf-8"), st.sampled_from(list("<>{}[]\"'`“”«»\\/:,\n\t\r\x00\ufeff"))),
    max_size=400,
)


def read_all(path: Path) -> list[Article | api.Extracted]:
    return list(api.read_inputs(api.input_files([path], skip_errors=True), max_bytes=10_000))


def check_read(path: Path) -> None:
    try:
        items = read_all(path)
    except InputError as exc:
        message = str(exc)
        assert message.startswith(str(path)) and "\n" not in message, message
        return
    assert items
    for item in items:
        if isinstance(item, Article):
            assert any(ch.isalnum() for ch in item.text)
            item.text.encode("utf-8")  # storable and hashable
            assert item.date is None or len(item.date) in (7, 10)


@FAST
@given(data=st.binary(max_size=2000), suffix=st.sampled_from(SUFFIXES))
def test_random_bytes_are_read_or_refused_in_one_line(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"input{suffix}"
    path.write_bytes(data)
    check_read(path)


@FAST
@given(text=messy_text, suffix=st.sampled_from(SUFFIXES),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]))
def test_random_text_in_any_encoding_is_read_or_refused(tmp_path: Path, text: str, suffix: str, encoding: str) -> None:
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8")
    path = tmp_path / f"input{suffix}"
    path.write_bytes(data)
    check_read(path)


@FAST
@given(lines=st.lists(st.one_of(
    st.fixed_dictionaries({"text": messy_text}, optional={"date": messy_text, "title": messy_text,
                                                           "source": st.integers()}),
    st.recursive(st.none() | st.booleans() | st.integers() | messy_text,
                 lambda inner: st.lists(inner, max_size=3) | st.dictionaries(messy_text, inner, max_size=3),
                 max_leaves=8),
), min_size=1, max_size=5))
def test_random_json_lines_are_read_line_by_line(tmp_path: Path, lines: list[Any]) -> None:
    import json

    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    report = api.LoadReport()
    try:
        articles = list(api.read_inputs([path], skip_errors=True, report=report))
    except InputError as exc:  # skipping never raises: only through the report
        raise AssertionError(f"raised with skip_errors: {exc}") from None
    good = [i for i in articles if isinstance(i, Article)]
    assert len(good) + len(report.skipped) >= 1
    for article in good:
        article.text.encode("utf-8")


# Graph documents: labels, types and property names from the model mixed with junk, values of any type.
names = st.one_of(st.sampled_from(sorted(LABELS)), st.sampled_from(["", "Person)", "`x`", "Label; DROP"]))
keys = st.one_of(st.sampled_from(sorted({p for label in LABELS.values() for p in label.properties})), messy_text)
values = st.one_of(st.none(), st.booleans(), st.integers(min_value=-(2**70), max_value=2**70),
                   st.floats(allow_nan=True), messy_text, st.lists(messy_text, max_size=3),
                   st.lists(st.integers(), max_size=2))
ids = st.sampled_from([f"n:{i}" for i in range(6)] + ["", "') DETACH DELETE n //"])
documents = st.builds(
    GraphDocument,
    st.lists(st.builds(Node, ids, names, st.dictionaries(keys, values, max_size=4)), max_size=8),
    st.lists(st.builds(Relationship, st.one_of(st.sampled_from(sorted(REL_TYPES)), messy_text), ids, ids,
                       st.dictionaries(keys, values, max_size=2)), max_size=8),
)


def _write_or_refuse(store: Store, doc: GraphDocument) -> None:
    before = snapshot(store)
    try:
        store.write(doc)
    except DipgraphError as exc:
        assert "\n" not in str(exc).strip()
        assert snapshot(store) == before, "a failed write changed the store"
        return
    kept, _ = _valid(doc)
    # Ids are unique per label (real ids start with their label): key by both.
    stored = {(n.label, n.id): n.properties for n in (row[0] for row in store.read("MATCH (n) RETURN n").rows)}
    for node in kept.nodes:
        props = stored[(node.label, node.id)]
        for key, value in node.properties.items():
            if value is not None and value == value:  # NaN never equals itself
                assert props.get(key) == value, (node.id, key, value, props.get(key))


def _valid(doc: GraphDocument) -> tuple[GraphDocument, list[str]]:
    from dipgraph.graph.document import validate

    typed, _ = validate(doc)  # as Store.write does: type-check, fold duplicates, check again
    return validate(typed.merged())


@SLOW
@given(doc=documents)
def test_random_graph_documents_are_written_whole_or_refused_on_both_stores(
    tmp_path_factory: Any, neo4j_server: Any, doc: GraphDocument
) -> None:
    embedded = _embedded(tmp_path_factory)
    _write_or_refuse(embedded, doc)
    with neo4j_server.store() as store:
        _write_or_refuse(store, doc)


_STORES: dict[str, Store] = {}


def _embedded(tmp_path_factory: Any) -> Store:
    # One store for all examples: examples pile up, which is part of the point.
    if "embedded" not in _STORES:
        _STORES["embedded"] = open_store(tmp_path_factory.mktemp("hypothesis") / "store.db")
    return _STORES["embedded"]


@SLOW
@given(text=messy_text.filter(lambda t: any(ch.isalpha() for ch in t)), suffix=st.sampled_from([".txt", ".html"]))
def test_random_articles_load_or_leave_the_store_unchanged(tmp_path_factory: Any, text: str, suffix: str) -> None:
    store = _embedded(tmp_path_factory)
    folder = tmp_path_factory.mktemp("article")
    path = folder / f"article{suffix}"
    path.write_text("Talks in Geneva\n\n" + text, encoding="utf-8")
    before = snapshot(store)
    try:
        report = api.load(store, [path])
    except DipgraphError as exc:
        assert str(exc).startswith(str(path)) and "\n" not in str(exc)
        assert snapshot(store) == before
        return
    assert report.loaded == [str(path)]
    [article] = read_all(path)
    assert isinstance(article, Article)
    found = store.read("MATCH (a:Article) WHERE a.sha256 = $s RETURN count(a)", {"s": article.sha256}).rows
    assert found == [[1]]
