"""Articles as scrapers and datasets deliver them: JSON records with their own field names, pages with dates in
their linked data. Each gives the same text, title and date as the plain article would."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dipgraph.loaders.extract import Extractor
from dipgraph.loaders.html import page_text
from dipgraph.loaders.read import Article, read_articles

BODY = "Chile and Peru swapped 40 prisoners on Friday, officials said."


@pytest.mark.parametrize("record", [
    {"title": "Envoys swap prisoners", "text": BODY, "date": "2024-05-03", "source": "Andes Wire"},
    {"headline": "Envoys swap prisoners", "Body": BODY, "published_at": "2024-05-03T10:00:00Z",
     "source": {"name": "Andes Wire", "url": "https://example.org"}},
    {"Headline": "Envoys swap prisoners", "article_text": BODY, "pubDate": "Fri, 03 May 2024 10:00:00 GMT",
     "publisher": "Andes Wire"},
    {"title": "Envoys swap prisoners", "content": BODY, "timestamp": 1714730400, "url": "Andes Wire"},
    {"title": "Envoys swap prisoners", "maintext": BODY, "date_published": 1714730400000, "link": "Andes Wire"},
], ids=["plain", "headline-body-published_at", "pubDate", "epoch-seconds", "epoch-milliseconds"])
def test_a_record_under_any_usual_field_names(tmp_path: Path, record: dict) -> None:
    path = tmp_path / "records.jsonl"
    path.write_text(json.dumps(record) + "\n")
    (article,) = read_articles(path)
    assert (article.text, article.title, article.date, article.date_origin, article.source) == (
        BODY, "Envoys swap prisoners", "2024-05-03", "metadata", "Andes Wire")


def test_a_record_whose_date_is_no_date_says_so(tmp_path: Path) -> None:
    path = tmp_path / "records.jsonl"
    path.write_text(json.dumps({"text": BODY, "timestamp": 12}) + "\n")
    (article,) = read_articles(path)
    assert article.date is None and article.notes == ["date '12' not understood; using no date"]


@pytest.mark.parametrize("head", [
    '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-05-03T10:00:00Z"}</script>',
    '<meta name="parsely-pub-date" content="2024-05-03">',
    '<meta property="og:published_time" content="2024-05-03T08:00:00+02:00">',
])
def test_a_page_dated_only_by_its_linked_data_or_another_meta_tag(head: str) -> None:
    text, title, date = page_text(f"<html><head>{head}</head><body><h1>Envoys</h1><p>{BODY}</p></body></html>")
    assert (text, title, date[:10]) == (f"Envoys\n\n{BODY}", "Envoys", "2024-05-03")


GOLD_ARTICLES = sorted((Path(__file__).parent / "gold").glob("*.txt"))


def _facts(extractor: Extractor, article: Article) -> set[tuple[str, str]]:
    """What an analyst sees of an article's graph: each node's label and name (or event type, statement words)."""
    doc = extractor.extract(article.text, **article.metadata())
    return {(n.label, n.properties.get("name") or n.properties.get("type")
             or "".join(n.properties.get("text", "").split())) for n in doc.nodes if n.label != "Article"}


@pytest.mark.parametrize("path", GOLD_ARTICLES, ids=lambda p: p.stem)
def test_the_same_story_hard_wrapped_as_a_page_or_a_record_gives_the_same_graph(
        extractor: Extractor, path: Path, tmp_path: Path) -> None:
    import html
    import textwrap

    text = path.read_text(encoding="utf-8")
    (plain,) = read_articles(path)
    headline, _, rest = text.lstrip().partition("\n")
    paragraphs = [p.strip() for p in rest.split("\n\n") if p.strip()]
    wrapped = tmp_path / "wrapped.txt"
    wrapped.write_text("\n\n".join(p if "\n" in p else textwrap.fill(p, 68) for p in text.split("\n\n")))
    page = tmp_path / "page.html"
    page.write_text(f"<html><head><title>{html.escape(headline)} | Site</title></head><body><nav><a>Home</a></nav>"
                    f"<h1>{html.escape(headline)}</h1><article>"
                    + "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
                    + "</article><footer>© Site</footer><script>var x = 1;</script></body></html>")
    record = tmp_path / "record.jsonl"
    record.write_text(json.dumps({"headline": headline.strip(), "body": "\n\n".join(paragraphs),
                                  "published_at": plain.date}) + "\n")
    expected = _facts(extractor, plain)
    for other in (wrapped, page, record):
        (article,) = read_articles(other)
        assert _facts(extractor, article) == expected, other.name


def test_a_date_too_large_for_any_clock_is_not_understood(tmp_path: Path) -> None:
    path = tmp_path / "records.jsonl"
    path.write_text(json.dumps({"text": BODY}) + "\n" + '{"text": "' + BODY + '", "date": ' + "9" * 400
                    + ', "title": ["a", "b"], "source": {"name": {"x": 1}}}\n')
    first, second = read_articles(path)
    assert second.date is None and second.notes[0].startswith("date '9999")
    assert (second.title, second.source) == (BODY, None)  # a list is no title, a dict no source name


@pytest.mark.parametrize("banner", [
    '<div class="cookie-banner"><p>We use cookies to improve your experience. Accept all?</p></div>',
    '<section id="gdpr-consent"><p>We use cookies to improve your experience. Accept all?</p></section>',
])
def test_a_cookie_banner_is_no_part_of_the_story(banner: str) -> None:
    body, _, _ = page_text(f"<html><body>{banner}<article><h1>Talks resume</h1>"
                           "<p>The two sides met in Doha on Monday.</p></article></body></html>")
    assert "cookies" not in body and "The two sides met in Doha on Monday." in body


def test_an_id_that_only_starts_with_a_furniture_word_keeps_the_story() -> None:
    body, _, _ = page_text('<html><body><div id="ad-free-content"><p>The two sides met in Doha on Monday.</p>'
                           "</div></body></html>")
    assert "The two sides met in Doha on Monday." in body


def test_a_path_given_as_a_string_is_read_the_same(tmp_path: Path) -> None:
    path = tmp_path / "records.jsonl"
    path.write_text(json.dumps({"title": "Envoys swap prisoners", "text": BODY, "date": "2024-05-03"}) + "\n")
    assert read_articles(str(path)) == read_articles(path)
