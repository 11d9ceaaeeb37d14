"""Views in headless Chromium, offline: they draw every node, filter, show tooltips as text, run no injected script."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from browser import Browser
from selenium.webdriver.common.by import By
from viz_documents import PAYLOADS, gold_document, injection_document

from dipgraph.graph.document import GraphDocument, Node, Relationship
from dipgraph.viz.rows import without_dangling
from dipgraph.viz.synthetic import synthetic_document
from dipgraph.viz.view import write_view

INJECTION_TITLE = "Injection <script>document.title='pwned'</script>"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """One offline headless Chromium shared by this module's tests."""
    with Browser() as chromium:
        yield chromium


@pytest.fixture
def sample_view(tmp_path: Path, browser: Browser) -> dict:
    """The sample article's annotated graph, opened in the browser."""
    path = write_view(gold_document(), tmp_path / "sample.html", title="Aleppo bombing pause",
                      subtitle="Who said what in one article")
    return browser.open(path)


def drawn(browser: Browser, nodes: int, edges: int) -> dict:
    """Wait until the network has redrawn with these counts, and return the page state."""
    browser.wait_for(f"var s = window.__dipgraphView; return s.nodes === {nodes} && s.edges === {edges}", 10)
    return browser.state()


def test_sample_view_draws_every_node_and_edge_offline(browser: Browser, sample_view: dict):
    doc = gold_document().merged()
    assert (sample_view["nodes"], sample_view["edges"]) == (len(doc.nodes), len(doc.relationships))
    assert sample_view["errors"] == [] and sample_view["violations"] == 0
    assert browser.remote_requests() == []
    assert browser.console_errors() == []
    assert browser.run("return document.querySelector('h1').textContent") == "Aleppo bombing pause"
    assert browser.screenshot("sample-view.png").stat().st_size > 20_000


def test_search_shows_matches_and_their_neighbours(browser: Browser, sample_view: dict):
    doc = gold_document().merged()
    kerry = next(n.id for n in doc.nodes if n.properties.get("name") == "John Kerry")
    around = {kerry} | {r.end for r in doc.relationships if r.start == kerry} | {
        r.start for r in doc.relationships if r.end == kerry}
    inside = [r for r in doc.relationships if r.start in around and r.end in around]
    browser.driver.find_element(By.ID, "search").send_keys("kerry")
    state = drawn(browser, len(around), len(inside))
    assert (state["shownNodes"], state["shownEdges"]) == (len(around), len(inside))
    browser.driver.find_element(By.ID, "reset").click()
    drawn(browser, len(doc.nodes), len(doc.relationships))


def test_label_act_and_date_filters_hide_nodes(browser: Browser, sample_view: dict):
    doc = gold_document().merged()
    total = len(doc.nodes)

    def shown_without(hidden: set[str]) -> None:
        edges = [r for r in doc.relationships if r.start not in hidden and r.end not in hidden]
        drawn(browser, total - len(hidden), len(edges))

    statements = {n.id for n in doc.nodes if n.label == "Statement"}
    browser.driver.find_element(By.CSS_SELECTOR, "#label-filters input[value='Statement']").click()
    shown_without(statements)
    browser.driver.find_element(By.ID, "reset").click()
    denials = {n.id for n in doc.nodes if n.properties.get("act") == "deny"}
    browser.driver.find_element(By.CSS_SELECTOR, "#act-filters input[value='deny']").click()
    shown_without(denials)
    browser.driver.find_element(By.ID, "reset").click()
    # Events before 20 October 2016 (the September strikes, the 18 October pause, the August siege) go.
    early = {n.id for n in doc.nodes if n.label == "Event" and str(n.properties.get("date", "9")) < "2016-10-20"}
    assert len(early) == 3
    browser.run("var d = document.getElementById('date-from'); d.value = '2016-10-20';"
                "d.dispatchEvent(new Event('change'));")
    shown_without(early)


def test_tooltips_give_statement_text_speaker_and_sentence(browser: Browser, sample_view: dict):
    doc = gold_document().merged()
    statement = next(n for n in doc.nodes if str(n.properties.get("text", "")).startswith("rejected the measure"))
    text = browser.hover(statement.id)
    assert statement.properties["text"] in text
    assert "reject" in text and statement.properties["sentence"] in text


def test_injection_article_runs_no_script(browser: Browser, tmp_path: Path):
    doc = injection_document()
    path = write_view(doc, tmp_path / "injection.html", title=INJECTION_TITLE, subtitle=PAYLOADS[1])
    state = browser.open(path)
    assert (state["nodes"], state["edges"]) == (len(doc.nodes), len(doc.relationships))
    for node, shown in (("person:1", PAYLOADS[1]), ("statement:0", f"We deny {PAYLOADS[0]}"),
                        ("institution:3", f"Ministry {PAYLOADS[3]}")):
        assert shown in browser.hover(node)
    browser.run("var net = window.__dipgraphNetwork; net.selectNodes(['statement:1']);"
                "net.body.emitter.emit('click', {nodes: ['statement:1'], edges: []});")
    assert PAYLOADS[1] in browser.run("return document.getElementById('details-body').textContent")
    browser.driver.find_element(By.ID, "search").send_keys("<img")
    browser.wait_for("return window.__dipgraphView.shownNodes < window.__dipgraphView.totalNodes")
    page = browser.run(
        "return {pwned: typeof window.__pwned, title: document.title,"
        " elements: document.querySelectorAll('img, iframe, svg, a, object, embed').length,"
        " scripts: document.scripts.length,"
        " tipTags: Array.from(document.querySelectorAll('#tooltip *, #details-body *'),"
        "   function (e) { return e.tagName.toLowerCase(); })}")
    assert page["pwned"] == "undefined"
    assert page["title"] == INJECTION_TITLE
    assert page["elements"] == 0 and page["scripts"] == 3
    assert set(page["tipTags"]) <= {"div", "h3", "dl", "dt", "dd"}
    state = browser.state()
    assert state["errors"] == [] and state["violations"] == 0
    assert browser.remote_requests() == []


def test_five_thousand_node_view_opens_and_draws(browser: Browser, tmp_path: Path):
    doc = synthetic_document(5000)
    path = write_view(doc, tmp_path / "big.html", title="5,000 nodes")
    state = browser.open(path, timeout=120)
    assert (state["nodes"], state["edges"]) == (5000, len(doc.relationships))
    assert state["readyMs"] < 30_000 and state["errors"] == []
    assert browser.remote_requests() == []
    person = "person:421"
    around = {person} | {r.end for r in doc.relationships if r.start == person} | {
        r.start for r in doc.relationships if r.end == person}
    inside = [r for r in doc.relationships if r.start in around and r.end in around]
    browser.driver.find_element(By.ID, "search").send_keys("person 421")
    drawn(browser, len(around), len(inside))
    browser.screenshot("synthetic-5000.png")


def test_extracted_sample_article_view(browser: Browser, sample_document: GraphDocument, tmp_path: Path):
    doc = without_dangling(sample_document.merged())
    state = browser.open(write_view(doc, tmp_path / "article.html", title="Sample article"))
    assert (state["nodes"], state["edges"]) == (len(doc.nodes), len(doc.relationships))
    assert state["errors"] == [] and state["violations"] == 0 and browser.remote_requests() == []
    person = next(n for n in doc.nodes if n.label == "Person")
    assert person.caption() in browser.hover(person.id)
    browser.screenshot("sample-article.png")


def test_empty_and_unfamiliar_documents_still_draw(browser: Browser, tmp_path: Path):
    empty = browser.open(write_view(GraphDocument(), tmp_path / "empty.html", title="Nothing found"))
    assert (empty["nodes"], empty["edges"], empty["errors"]) == (0, 0, [])
    odd = GraphDocument(
        [Node("x:1", "Thing", {"colour": "<b>blue</b>"}), Node("x:2", "Person", {}),
         Node("x:3", "Statement", {"text": "Hm.", "act": "shrug"}), Node("x:4", "__proto__", {"act": "constructor"})],
        [Relationship("WEIRD", "x:1", "x:2"), Relationship("STATED", "x:2", "x:3"),
         Relationship("RESPONDS_TO", "x:3", "x:3"), Relationship("<img src=x>", "x:4", "x:1")],
    )
    state = browser.open(write_view(odd, tmp_path / "odd.html", title="Unfamiliar labels"))
    assert (state["nodes"], state["edges"], state["errors"]) == (4, 4, [])
    assert browser.remote_requests() == []
    assert "<b>blue</b>" in browser.hover("x:1")
    assert browser.run("return document.querySelector('#act-filters input').value") == "other"
