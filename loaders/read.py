"""Read articles from files: plain text, HTML, JSON lines, folders of them.

Every problem with an input becomes an InputError naming the file (and line)
and what is wrong, so a batch load can report it in one line. Nothing here
hangs on a FIFO, follows a symlink loop, or reads more than the size limit.
"""

from __future__ import annotations

import errno
import hashlib
import json
import logging
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from datetime import date as Date
from pathlib import Path
from typing import Any

from dipgraph.errors import InputError
from dipgraph.loaders.html import page_text

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
    b"PK\x05\x06": "an empty zip archive",
    b"\x89PNG": "a PNG image",
    b"GIF8": "a GIF image",
    b"\xff\xd8\xff": "a JPEG image",
    b"II*\x00": "a TIFF image",
    b"MM\x00*": "a TIFF image",
    b"\x1f\x8b": "a gzip archive",
    b"BZh": "a bzip2 archive",
    b"\xfd7zXZ\x00": "an xz archive",
    b"7z\xbc\xaf\x27\x1c": "a 7-zip archive",
    b"Rar!": "a RAR archive",
    b"\x28\xb5\x2f\xfd": "a zstd archive",
    b"\xd0\xcf\x11\xe0": "an old Office document (.doc/.xls)",
    b"{\\rtf": "an RTF document (save it as plain text)",
    b"SQLite format 3\x00": "an SQLite database",
    b"\x7fELF": "an executable",
    b"MZ": "a Windows executable",
    b"\x00asm": "a WebAssembly module",
    b"ID3": "an MP3 file",
    b"OggS": "an Ogg media file",
}
_SNIFF = 4096  # bytes looked at for binary data
_SAMPLE = 200_000  # characters looked at for control characters
# Control characters (other than tab, newlines, form feed) mean binary data or a wrong decoding.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_SURROGATE = re.compile("[\ud800-\udfff]")  # lone surrogates (from JSON escapes) cannot be stored


class BadInput(type(Path())):  # type: ignore[misc]
    """A path found while walking folders that cannot be read; reading it raises its reason."""

    reason = ""

    def with_reason(self, reason: str) -> BadInput:
        """The same path, remembering why it cannot be read."""
        self.reason = reason
        return self


@dataclass
class Article:
    """One article's text and metadata, ready for extraction."""

    text: str
    path: str
    title: str | None = None
    date: str | None = None
    source: str | None = None
    date_origin: str = "none"  # where the date came from: option, metadata, text, none
    notes: list[str] = field(default_factory=list)  # warnings about this input (encoding, date)

    @property
    def sha256(self) -> str:
        """Hash of the text: the article's identity, whatever file it came from."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def metadata(self) -> dict[str, str | None]:
        """Keyword arguments for the extractor."""
        return {"title": self.title, "date": self.date, "source": self.source, "path": self.path,
                "sha256": self.sha256}


def expand(paths: list[str | os.PathLike[str]], *, skip_errors: bool = False) -> Iterator[Path]:
    """Every input file named by the paths, folders walked in sorted order.

    A path that does not exist, an unreadable folder and a symlink loop raise InputError;
    with ``skip_errors`` they are yielded as BadInput paths instead, so that reading them
    reports the problem in its place in the batch. Inside folders, hidden files and
    files of unknown types are passed over.
    """
    for raw in paths:
        if isinstance(raw, BadInput):
            yield raw
            continue
        path = Path(raw)
        try:
            missing = not path.exists() and not path.is_symlink()
            folder = path.is_dir()
        except (OSError, ValueError) as exc:  # a name too long, a NUL byte in it
            yield _bad(path, f"not a usable path ({exc})", skip_errors)
            continue
        if missing:
            yield _bad(path, "no such file or folder", skip_errors)
        elif folder:
            yield from _walk(path, skip_errors)
        else:
            yield path


def _bad(path: Path, reason: str, skip_errors: bool) -> BadInput:
    if not skip_errors:
        raise InputError(f"{path}: {reason}")
    return BadInput(path).with_reason(reason)


def _walk(folder: Path, skip_errors: bool) -> Iterator[Path]:
    problems: list[OSError] = []
    seen: set[tuple[int, int]] = set()
    for root, dirs, files in os.walk(folder, followlinks=True, onerror=problems.append):
        yield from _folder_problems(problems, skip_errors)
        info = os.stat(root)
        if (info.st_dev, info.st_ino) in seen:
            dirs[:] = []
            real, parent = os.path.realpath(root), os.path.realpath(os.path.dirname(root))
            if parent == real or parent.startswith(real.rstrip(os.sep) + os.sep):
                yield _bad(Path(root), f"symlink loop (points back to {real})", skip_errors)
            else:
                log.info("%s: already read through another path", root)
            continue
        seen.add((info.st_dev, info.st_ino))
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = Path(root, name)
            if not name.startswith(".") and path.suffix.lower() in ARTICLE_SUFFIXES:
                yield path
    yield from _folder_problems(problems, skip_errors)


def _folder_problems(problems: list[OSError], skip_errors: bool) -> Iterator[BadInput]:
    while problems:
        exc = problems.pop(0)
        yield _bad(Path(exc.filename or "."), f"cannot read folder ({exc.strerror or exc})", skip_errors)


def read_bytes(path: Path, max_bytes: int = MAX_BYTES) -> bytes:
    """The file's bytes, refusing missing, unreadable, special, oversized and binary files."""
    if isinstance(path, BadInput):
        raise InputError(f"{path}: {path.reason}")
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise InputError(f"{path}: is a folder")
        if not stat.S_ISREG(info.st_mode):
            raise InputError(f"{path}: not a regular file (a pipe, socket or device)")
        if info.st_size > max_bytes:
            raise InputError(f"{path}: file too large ({info.st_size:,} bytes; the limit is {max_bytes:,},"
                             " see --max-size)")
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)  # the file may grow after stat
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: {_os_reason(path, exc)}") from None
    except ValueError as exc:  # a NUL byte in the name
        raise InputError(f"{path}: not a usable path ({exc})") from None
    if len(data) > max_bytes:
        raise InputError(f"{path}: file too large (over the limit of {max_bytes:,} bytes, see --max-size)")
    what = _binary_kind(data)
    if what:
        raise InputError(f"{path}: not text ({what})")
    return data


def _os_reason(path: Path, exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "symlink loop"
    if exc.errno == errno.ENOENT and path.is_symlink():
        return f"broken symlink (points to {os.readlink(path)})"
    if exc.errno == errno.ENOENT:
        return "no such file or folder"
    return f"cannot read ({exc.strerror or exc})"


def _binary_kind(data: bytes) -> str | None:
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            return what
    if data[4:8] == b"ftyp":
        return "an MP4/QuickTime media file"
    if data[:4] == b"RIFF":
        return "a RIFF media file (WAV, AVI or WebP)"
    head = data[:_SNIFF]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None  # UTF-16 with a byte-order mark: text with NUL bytes
    if b"\x00" in head:
        return "binary data"
    return None


def decode(data: bytes, path: Path, notes: list[str] | None = None) -> str:
    """Decode UTF-8 (with or without BOM) or BOM-marked UTF-16, else cp1252 with a warning.

    Text that decodes but is full of control characters is refused as binary data.
    """
    encoding = "utf-16" if data.startswith((b"\xff\xfe", b"\xfe\xff")) else "utf-8-sig"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        if encoding == "utf-16":
            raise InputError(f"{path}: broken UTF-16 text") from None
        text = _decode_8bit(data, path, notes)
    if _controls(text):
        raise InputError(f"{path}: not text (binary data or control characters)")
    return text.lstrip("\ufeff")


def _decode_8bit(data: bytes, path: Path, notes: list[str] | None) -> str:
    # Latin-1 text is cp1252 text (cp1252 only adds printable characters in 0x80-0x9F);
    # bytes cp1252 leaves undefined are not text in either.
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise InputError(f"{path}: not text in a known encoding (neither UTF-8 nor cp1252/Latin-1)") from None
    if not _controls(text):
        note = "not UTF-8; decoded as cp1252 (Windows-1252/Latin-1)"
        log.warning("%s: %s", path, note)
        if notes is not None:
            notes.append(note)
    return text


def _controls(text: str) -> bool:
    """True when more than 1% of the sample (and at least 3 characters) are control characters."""
    sample = text[:_SAMPLE]
    count = len(_CONTROL.findall(sample))
    return count >= 3 and count > len(sample) / 100


def without_surrogates(text: str) -> str:
    """The text with lone surrogates (from JSON escapes such as \\ud800) replaced by U+FFFD."""
    return _SURROGATE.sub("\ufffd", text)


def clean_text(text: str) -> str:
    """Text safe to store and hash: lone surrogates replaced, NUL and other control characters dropped."""
    return _CONTROL.sub("", without_surrogates(text))


def _check_words(text: str, path: str) -> None:
    if not text.strip():
        raise InputError(f"{path}: empty file" if not text else f"{path}: only whitespace")
    if not any(ch.isalnum() for ch in text):
        raise InputError(f"{path}: no words (only punctuation, symbols or invisible characters)")


def read_articles(
    path: str | Path, *, max_bytes: int = MAX_BYTES, skip_errors: bool = False,
    skipped: list[tuple[str, str]] | None = None,
) -> list[Article]:
    """The articles in one text, HTML or JSON-lines file (a path or a string naming one).

    With ``skip_errors``, bad lines of a JSON-lines file are passed over and listed in ``skipped``.
    """
    path = path if isinstance(path, Path) else Path(path)  # a BadInput (a Path) keeps the reason it carries
    notes: list[str] = []
    text = clean_text(decode(read_bytes(path, max_bytes), path, notes))
    _check_words(text, str(path))
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        articles = _jsonl(text, path, skip_errors, skipped)
    elif suffix in HTML_SUFFIXES or _looks_like_html(text):
        articles = [_html(text, path)]
    else:
        articles = [_plain(text, path)]
    for article in articles:
        article.notes[:0] = notes
    return articles


def _plain(text: str, path: Path) -> Article:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    title = next((line.strip() for line in text.splitlines() if line.strip()), None)
    found = find_date(text[:600])
    return Article(text, str(path), title, found, None, "text" if found else "none")


def _jsonl(text: str, path: Path, skip_errors: bool, skipped: list[tuple[str, str]] | None) -> list[Article]:
    articles = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            articles.append(_record(line, where))
        except (ValueError, RecursionError) as exc:
            reason = "nested too deeply" if isinstance(exc, RecursionError) else str(exc).splitlines()[0][:80]
            message = f"{where}: bad JSON line ({reason})"
            if not skip_errors:
                raise InputError(message) from None
            log.warning("skipped %s", message)
            if skipped is not None:
                skipped.append((where, message))
    if not articles:
        raise InputError(f"{path}: no articles in JSON lines file")
    return articles


# The names news datasets and scrapers give a record's fields, in order of preference (case ignored).
_TEXT_FIELDS = ("text", "body", "content", "article", "article_text", "full_text", "fulltext", "story",
                "maintext", "articlebody")
_DATE_FIELDS = ("date", "published", "published_at", "publishedat", "publish_date", "published_date",
                "date_published", "datepublished", "pubdate", "pub_date", "datetime", "timestamp", "created_at")
_TITLE_FIELDS = ("title", "headline", "name")
_SOURCE_FIELDS = ("source", "url", "link", "publisher", "source_domain")


def _field(record: dict[str, Any], names: tuple[str, ...]) -> Any:
    """The first of the named fields a record has with a value, whatever the case of its key."""
    keys = {str(k).lower(): k for k in record}
    return next((record[keys[n]] for n in names if n in keys and record[keys[n]] not in (None, "")), None)


def _epoch_date(stamp: float) -> str | None:
    """The UTC day of a Unix timestamp in seconds or milliseconds, or None if implausible."""
    if not 1e8 < stamp < 1e14:  # seconds or milliseconds since 1973 and before 2286; a float division may overflow
        return None
    seconds = stamp / 1000 if stamp > 1e11 else stamp
    if not 1e8 < seconds < 1e10:
        return None
    return normalise_date(datetime.fromtimestamp(seconds, tz=UTC).date().isoformat())


def _record(line: str, where: str) -> Article:
    record = json.loads(line)
    if not isinstance(record, dict):
        raise ValueError("not a JSON object")
    body = _field(record, _TEXT_FIELDS)
    if not isinstance(body, str) or not body.strip():
        raise ValueError("no 'text' field")
    body = clean_text(body.replace("\r\n", "\n").replace("\r", "\n"))
    if not any(ch.isalnum() for ch in body):
        raise ValueError("the text has no words")
    notes: list[str] = []
    given = _field(record, _DATE_FIELDS)
    when = _epoch_date(given) if isinstance(given, int | float) else normalise_date(str(given)) if given else None
    found = when or find_date(body[:600])
    if given and when is None:
        fallback = f"the date in the text, {found}" if found else "no date"
        note = f"date {clean_text(str(given))[:40]!r} not understood; using {fallback}"
        log.warning("%s: %s", where, note)
        notes.append(note)
    origin = "metadata" if when else ("text" if found else "none")
    title = _field(record, _TITLE_FIELDS)
    title = clean_text(title) if isinstance(title, str) and title.strip() else next(
        (x.strip() for x in body.splitlines() if x.strip()), None)
    source = _field(record, _SOURCE_FIELDS)
    if isinstance(source, dict):  # '"source": {"name": "Daily Wire", "url": ...}'
        source = source.get("name") or source.get("url")
    source = source if isinstance(source, str | int | float) and not isinstance(source, bool) else None
    return Article(body, where, title, found, clean_text(str(source)) if source else None, origin, notes)


def _html(text: str, path: Path) -> Article:
    body, title, meta_date = page_text(text)
    body = clean_text(body)
    if not any(ch.isalnum() for ch in body):
        raise InputError(f"{path}: HTML page has no article text")
    if title and not body.startswith(title):
        body = f"{title}\n\n{body}"
    notes: list[str] = []
    given = normalise_date(meta_date) if meta_date else None
    found = given or find_date(body[:600])
    if meta_date and given is None:
        fallback = f"the date in the text, {found}" if found else "no date"
        notes.append(f"page date {meta_date[:40]!r} not understood; using {fallback}")
        log.warning("%s: %s", path, notes[-1])
    origin = "metadata" if given else ("text" if found else "none")
    return Article(body, str(path), title, found, None, origin, notes)


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:1000].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<html" in head and "<body" in text[:20000].lower())


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
_FIRST_YEAR = 1900  # older "dates" in news metadata are placeholders (0001-01-01, 1970-01-01 is kept)


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
    """An ISO date (YYYY-MM-DD or YYYY-MM) from a metadata value, or None if unparseable or implausible."""
    value = value.strip()[:100]
    if re.fullmatch(r"(19|20)\d\d-(0[1-9]|1[0-2])", value):
        return value
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        return find_date(value)
    if not _FIRST_YEAR <= parsed.year <= Date.today().year + 1:
        return None
    return parsed.isoformat()


def _iso(match: re.Match[str]) -> str | None:
    groups = match.groupdict()
    month = int(groups["m"]) if groups.get("m") else _MONTHS.get(groups["mon"].lower().rstrip("."))
    try:
        return Date(int(groups["y"]), int(month or 0), int(groups["d"])).isoformat()
    except ValueError:
        return None
