"""Read articles from files: plain text, HTML, JSON lines, folders of them.

Every problem with an input becomes an InputError naming the file (and line)
and what is wrong, so a batch load can report it in one line.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date as Date
from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path

from dipgraph.errors import InputError

log = logging.getLogger(__name__)

MAX_BYTES = 5_000_000
TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
DOCUMENT_SUFFIXES = {".json"}
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | DOCUMENT_SUFFIXES

_MAGIC = {
    b"%PDF": "a PDF file",
    b"PK\x03\x04": "a zip archive (or office document)",
    b"\x89PNG": "a PNG image",
    b"GIF8": "a GIF image",
    b"\xff\xd8\xff": "a JPEG image",
    b"\x1f\x8b": "a gzip archive",
    b"\x7fELF": "an executable",
}


@dataclass
class Article:
    """One article's text and metadata, ready for extraction."""

    text: str
    path: str
    title: str | None = None
    date: str | None = None
    source: str | None = None
    date_origin: str = "none"  # where the date came from: option, metadata, text, none

    @property
    def sha256(self) -> str:
        """Hash of the text: the article's identity, whatever file it came from."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def metadata(self) -> dict[str, str | None]:
        """Keyword arguments for the extractor."""
        return {"title": self.title, "date": self.date, "source": self.source, "path": self.path,
                "sha256": self.sha256}


def expand(paths: list[str | os.PathLike[str]]) -> Iterator[Path]:
    """Every input file named by the paths, folders walked in sorted order.

    Raises InputError for a path that does not exist; inside folders, hidden
    files and files of unknown types are passed over, symlink loops are refused.
    """
    for raw in paths:
        path = Path(raw)
        if not path.exists() and not path.is_symlink():
            raise InputError(f"{path}: no such file or folder")
        if path.is_dir():
            yield from _walk(path)
        else:
            yield path


def _walk(folder: Path) -> Iterator[Path]:
    seen: set[tuple[int, int]] = set()
    for root, dirs, files in os.walk(folder, followlinks=True, onerror=_walk_error):
        stat = os.stat(root)
        if (stat.st_dev, stat.st_ino) in seen:
            dirs[:] = []
            log.warning("%s: symlink loop, not followed", root)
            continue
        seen.add((stat.st_dev, stat.st_ino))
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = Path(root, name)
            if not name.startswith(".") and path.suffix.lower() in ARTICLE_SUFFIXES:
                yield path


def _walk_error(exc: OSError) -> None:
    raise InputError(f"{exc.filename}: cannot read folder ({exc.strerror})")


def read_bytes(path: Path, max_bytes: int = MAX_BYTES) -> bytes:
    """The file's bytes, refusing unreadable, oversized and binary files."""
    try:
        if path.is_dir():
            raise InputError(f"{path}: is a folder")
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(f"{path}: file too large ({size:,} bytes; the limit is {max_bytes:,})")
        data = path.read_bytes()
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise InputError(f"{path}: not text ({what})")
    if b"\x00" in data[:4096]:
        raise InputError(f"{path}: not text (binary data)")
    return data


def decode(data: bytes, path: Path) -> str:
    """Decode UTF-8 (with or without BOM), falling back to cp1252 with a warning."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 and not a known 8-bit encoding") from None
    log.warning("%s: not UTF-8; decoded as cp1252 (Windows-1252/Latin-1)", path)
    return text


def read_articles(path: Path, *, max_bytes: int = MAX_BYTES, skip_errors: bool = False) -> list[Article]:
    """The articles in one text, HTML or JSON-lines file."""
    text = decode(read_bytes(path, max_bytes), path)
    if not text.strip():
        raise InputError(f"{path}: empty file" if not text else f"{path}: only whitespace")
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        return _jsonl(text, path, skip_errors)
    if suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and _looks_like_html(text)):
        return [_html(text, path)]
    return [_plain(text, path)]


def _plain(text: str, path: Path) -> Article:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    title = next((line.strip() for line in text.splitlines() if line.strip()), None)
    found = find_date(text[:600])
    return Article(text, str(path), title, found, None, "text" if found else "none")


def _jsonl(text: str, path: Path, skip_errors: bool) -> list[Article]:
    articles = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ValueError("not a JSON object")
            body = record.get("text") or record.get("body") or record.get("content")
            if not isinstance(body, str) or not body.strip():
                raise ValueError("no 'text' field")
            given = record.get("date")
            when = normalise_date(str(given)) if given else None
            if given and when is None:
                raise ValueError(f"unparseable date {str(given)[:40]!r}")
            found = when or find_date(body[:600])
            origin = "metadata" if when else ("text" if found else "none")
            title = record.get("title")
            title = str(title) if title else next((x.strip() for x in body.splitlines() if x.strip()), None)
            source = record.get("source") or record.get("url")
            articles.append(Article(body, f"{path}:{number}", title, found, source and str(source), origin))
        except ValueError as exc:
            message = f"{path}:{number}: bad JSON line ({str(exc).splitlines()[0][:80]})"
            if not skip_errors:
                raise InputError(message) from None
            log.warning("skipped %s", message)
    if not articles:
        raise InputError(f"{path}: no articles in JSON lines file")
    return articles


class _TextOfHTML(HTMLParser):
    """Collects an HTML page's article text, leaving scripts, styles and page furniture out."""

    _SKIP = {"script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
             "svg", "iframe", "button", "select"}
    _BLOCK = {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "section",
              "article", "tr", "pre", "figcaption", "time"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title = ""
        self.h1 = ""
        self.meta_date: str | None = None
        self._skip = 0
        self._in: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag == "meta":
            key = (values.get("property") or values.get("name") or values.get("itemprop") or "").lower()
            if key in {"article:published_time", "date", "pubdate", "datepublished", "dc.date"}:
                self.meta_date = self.meta_date or values.get("content")
        elif tag == "time" and values.get("datetime"):
            self.meta_date = self.meta_date or values["datetime"]
        if tag in self._SKIP:
            self._skip += 1
        if tag in self._BLOCK:
            self.parts.append("\n\n" if tag in {"p", "div", "h1", "h2", "h3", "blockquote"} else "\n")
        self._in.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self._skip:
            self._skip -= 1
        if tag in self._BLOCK:
            self.parts.append("\n")
        if tag in self._in:
            while self._in and self._in.pop() != tag:
                pass

    def handle_data(self, data: str) -> None:
        current = self._in[-1] if self._in else ""
        if current == "title":
            self.title += data
        elif self._skip == 0:
            if current == "h1":
                self.h1 += data
            self.parts.append(data)


def _html(text: str, path: Path) -> Article:
    parser = _TextOfHTML()
    parser.feed(text)
    parser.close()
    lines = [" ".join(line.split()) for line in "".join(parser.parts).split("\n")]
    body = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    if not body:
        raise InputError(f"{path}: HTML page has no article text")
    title = " ".join((parser.h1 or parser.title).split()) or None
    if title and not body.startswith(title):
        body = f"{title}\n\n{body}"
    given = normalise_date(parser.meta_date) if parser.meta_date else None
    found = given or find_date(body[:600])
    origin = "metadata" if given else ("text" if found else "none")
    return Article(body, str(path), title, found, None, origin)


def _looks_like_html(text: str) -> bool:
    head = text[:1000].lower()
    return "<html" in head or "<!doctype html" in head


_MONTHS = {m.lower(): i for i, m in enumerate(
    ["January", "February", "March", "April", "May", "June", "July", "August", "September",
     "October", "November", "December"], 1)}
_MONTHS.update({k[:3]: v for k, v in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_MON = r"(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE_PATTERNS = [
    re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"),
    re.compile(rf"\b(?P<d>[0-3]?\d)\s+{_MON}\s+(?P<y>(?:19|20)\d\d)\b", re.I),
    re.compile(rf"\b{_MON}\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b", re.I),
]


def find_date(text: str) -> str | None:
    """The first full calendar date written in a text (ISO), or None."""
    for found in sorted(
        (m for p in _DATE_PATTERNS for m in p.finditer(text)), key=lambda m: m.start()
    ):
        iso = _iso(found)
        if iso:
            return iso
    return None


def normalise_date(value: str) -> str | None:
    """An ISO date (YYYY-MM-DD or YYYY-MM) from a metadata value, or None if unparseable."""
    value = value.strip()
    if re.fullmatch(r"(19|20)\d\d-[01]\d", value):
        return value
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        return find_date(value)


def _iso(match: re.Match[str]) -> str | None:
    groups = match.groupdict()
    month = int(groups["m"]) if groups.get("m") else _MONTHS.get(groups["mon"].lower().rstrip("."))
    try:
        return Date(int(groups["y"]), int(month or 0), int(groups["d"])).isoformat()
    except ValueError:
        return None
