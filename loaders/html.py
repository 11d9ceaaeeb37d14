"""The article text of an HTML page: paragraphs and headings, without markup, scripts or page furniture."""

from __future__ import annotations

import re
from html.parser import HTMLParser


def page_text(html: str) -> tuple[str, str | None, str | None]:
    """The page's article text, its title (first h1, else <title>) and its published date as written."""
    parser = _TextOfHTML()
    parser.feed(html)
    parser.close()
    lines = [" ".join(line.split()) for line in "".join(parser.parts).split("\n")]
    body = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    title = " ".join((parser.h1 or parser.title).split()) or None
    return body, title, parser.meta_date or parser.linked_date


_FURNITURE = {"kicker", "eyebrow", "byline", "author", "dateline", "caption", "credit", "share", "sharing", "social",
              "related", "newsletter", "promo", "breadcrumb", "breadcrumbs", "advert", "advertisement", "ad", "ads",
              "cookie", "cookies", "consent", "gdpr"}
_FURNITURE_SUFFIX = _FURNITURE - {"author", "ad", "ads", "social"}  # 'story-byline', but never 'has-ads'


def _furniture_id(name: str) -> bool:
    """Whether an element's id names page furniture: a furniture word as the whole id or its last part
    ('main-byline'), or a consent notice ('cookie-banner', 'gdpr-consent'); not 'ad-free-content'."""
    name = name.lower().replace("_", "-")
    return name in _FURNITURE or name.rpartition("-")[2] in _FURNITURE_SUFFIX or name.partition("-")[0] in (
        "cookie", "cookies", "consent", "gdpr")


def _furniture_class(classes: str) -> bool:
    """Whether an element's class names page furniture: 'kicker', 'ad-slot', 'article-byline', 'cookie-banner'."""
    for c in classes.lower().split():
        head, _, _ = c.replace("_", "-").partition("-")
        tail = c.replace("_", "-").rpartition("-")[2]
        if c in _FURNITURE or head in _FURNITURE or tail in _FURNITURE_SUFFIX:
            return True
    return False


# Meta tags that give a page's publication date, by property, name or itemprop.
_DATE_KEYS = {"article:published_time", "og:published_time", "date", "pubdate", "publishdate", "publish-date",
              "datepublished", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created", "parsely-pub-date",
              "sailthru.date"}

_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}


class _TextOfHTML(HTMLParser):
    """Collects an HTML page's article text, leaving scripts, styles and page furniture out."""

    _SKIP = {"script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
             "svg", "iframe", "button", "select", "object", "embed", "canvas", "figcaption"}
    _BLOCK = {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "section",
              "article", "tr", "pre", "figcaption", "time"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title = ""
        self.h1 = ""
        self.meta_date: str | None = None
        self.linked_date: str | None = None
        self._linked_data: str | None = None
        self._skip: list[str] = []
        self._in: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag == "meta":
            key = (values.get("property") or values.get("name") or values.get("itemprop") or "").lower()
            if key in _DATE_KEYS:
                self.meta_date = self.meta_date or values.get("content")
        elif tag == "time" and values.get("datetime"):
            self.meta_date = self.meta_date or values["datetime"]
        elif tag == "script" and values.get("type", "").lower() == "application/ld+json":
            self._linked_data = ""
        furniture = _furniture_class(values.get("class", "")) or _furniture_id(values.get("id", ""))
        if tag in self._SKIP or furniture and tag not in _VOID \
                and tag not in ("h1", "article", "main", "body"):
            self._skip.append(tag)  # page furniture: kicker, byline, caption, share and ad blocks
        elif self._skip and tag == self._skip[-1] and tag not in _VOID:
            self._skip.append(tag)  # the same tag nested inside a skipped one closes first
        if tag in self._BLOCK:
            self.parts.append("\n\n" if tag in {"p", "div", "h1", "h2", "h3", "blockquote"} else "\n")
        self._in.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._linked_data is not None:  # schema.org data: '"datePublished": "2024-05-03"'
            found = re.search(r'"datePublished"\s*:\s*"([^"]{4,40})"', self._linked_data)
            self.linked_date = self.linked_date or (found.group(1) if found else None)
            self._linked_data = None
        if tag in self._skip:  # close the skipped element and anything left open inside it
            while self._skip.pop() != tag:
                pass
        if tag in self._BLOCK:
            self.parts.append("\n")
        if tag in self._in:
            while self._in and self._in.pop() != tag:
                pass

    def handle_data(self, data: str) -> None:
        if self._linked_data is not None:
            self._linked_data += data[:100_000]
            return
        current = self._in[-1] if self._in else ""
        if current == "title":
            self.title += data
        elif not self._skip:
            if current == "h1":
                self.h1 += data
            self.parts.append(data)
