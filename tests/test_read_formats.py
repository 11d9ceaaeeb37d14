"""Articles as scrapers and datasets deliver them: JSON records with their own field names, pages with dates in
their linked data. Each gives the same text, title and date as the plain article would."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dipgraph.loaders.html import page_text
from dipgraph.loaders.read import read_articles

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
