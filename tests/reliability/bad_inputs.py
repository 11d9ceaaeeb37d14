"""A corpus of bad, odd and hostile input files, generated on the fly (no binary blobs in git).

Each case says what a reader must do with the file: refuse it with a reason (a fragment
of the one-line message) or read it, possibly with a warning.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import random
import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

ARTICLE = (
    "Envoys meet in Geneva\n\n"
    "GENEVA, 12 March 2021 — The foreign minister of Ruritania met her counterpart on Friday. "
    "\"We welcome the talks,\" the minister said, adding that both sides would meet again.\n"
)


@dataclass(frozen=True)
class Case:
    """One input file and what reading it must do."""

    name: str
    path: Path
    refused: str | None = None  # a fragment of the one-line reason, or None if it reads
    warning: str | None = None  # a fragment of a warning it must carry when it reads

    def __str__(self) -> str:
        return self.name


def png_bytes() -> bytes:
    """A real 1x1 PNG image."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00")) \
        + chunk(b"IEND", b"")


def pdf_bytes() -> bytes:
    """A minimal one-page PDF whose page says the article text (readers must not take it as text)."""
    return (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            b"3 0 obj << /Type /Page /Parent 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")


def zip_bytes() -> bytes:
    """A zip archive holding a text article."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("article.txt", ARTICLE)
    return buffer.getvalue()


HTML_PAGE = """<!DOCTYPE html>
<html><head><title>Envoys meet | Example News</title>
<meta property="article:published_time" content="2021-03-12T09:30:00Z">
<style>body { color: red; } .secret-style {}</style>
<script>var secretScript = 1; alert("script ran");</script>
<script type="application/ld+json">{"@type": "NewsArticle", "secretJsonLd": true}</script>
</head><body>
<nav><a href="/">Home</a> <a href="/world">secret-nav World</a></nav>
<header>secret-header Example News</header>
<article><h1>Envoys meet in Geneva</h1>
<p onclick="secretHandler()">The foreign minister of Ruritania met her counterpart on Friday.</p>
<!-- secret-comment -->
<p>&ldquo;We welcome the talks,&rdquo; the minister said &amp; added &lt;more&gt; later.</p>
<script>document.write("secret-inline-script")</script>
<noscript>secret-noscript</noscript>
<iframe src="https://ads.invalid">secret-iframe</iframe>
<form><input value="secret-form"><button>secret-button</button></form>
</article>
<aside>secret-aside Related stories</aside>
<footer>secret-footer (c) Example</footer>
</body></html>
"""


def build(folder: Path) -> list[Case]:
    """Write every case into the folder and return them."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(11)
    cases: list[Case] = []

    def add(name: str, data: bytes | str, refused: str | None = None, warning: str | None = None) -> None:
        path = folder / name
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        cases.append(Case(name, path, refused, warning))

    add("empty.txt", b"", "empty file")
    add("whitespace.txt", " \n\t\r\n   \n", "only whitespace")
    add("bom-only.txt", b"\xef\xbb\xbf", "empty file")
    add("invisible.txt", "\u200b\u200b … — “” \u200d\n", "no words")
    add("scan.pdf", pdf_bytes(), "not text (a PDF file)")
    add("photo.png", png_bytes(), "not text (a PNG image)")
    add("archive.zip", zip_bytes(), "not text (a zip archive")
    add("disguised-png.txt", png_bytes(), "not text (a PNG image)")
    add("disguised-gzip.jsonl", gzip.compress(ARTICLE.encode()), "not text (a gzip archive)")
    add("disguised-pdf.html", pdf_bytes(), "not text (a PDF file)")
    add("noise.txt", bytes(rng.randrange(256) for _ in range(5000)), "not text")
    add("nul-in-text.txt", ARTICLE.encode() + b"\x00\x00" + ARTICLE.encode(), "not text (binary data)")
    add("control-chars.txt", "".join(chr(rng.randrange(1, 9)) + "ab" for _ in range(400)), "not text")
    add("cp1252.txt", ARTICLE.replace("We welcome", "Café “déjà vu” — we welcome").encode("cp1252"),
        warning="decoded as cp1252")
    add("latin1.txt", ("Réunion à Genève, ½ année, señor Núñez. " + ARTICLE.replace("—", "-")).encode("latin-1"),
        warning="decoded as cp1252")
    add("undecodable.txt", b"abc \x81\x8d\x8f\x90\x9d " * 20 + b"words", "not text in a known encoding")
    add("utf16.txt", ARTICLE.encode("utf-16"))
    add("utf8-bom.txt", b"\xef\xbb\xbf" + ARTICLE.encode())
    add("page.html", HTML_PAGE)
    add("page-saved-as.txt", HTML_PAGE)
    add("only-scripts.html", "<html><head><script>alert(1)</script></head><body><script>x()</script></body></html>",
        "HTML page has no article text")
    add("unclosed-script.html", "<html><body><p>Intro</p><script>var a = '</p><p>not text", None)
    add("feed.jsonl", "\n".join([
        json.dumps({"text": ARTICLE, "date": "2021-03-12", "title": "Good one"}),
        json.dumps({"text": ARTICLE.replace("Ruritania", "Freedonia"), "date": "2021-03-13"}),
        '{"text": "broken line, missing the closing brace"',
        json.dumps({"text": ARTICLE.replace("Ruritania", "Sylvania")}),
    ]), "feed.jsonl:3: bad JSON line")
    add("not-objects.jsonl", "[1, 2]\n\"text\"\n", "not-objects.jsonl:1: bad JSON line")
    add("deep.jsonl", '{"text": "deep", "extra": ' + "[" * 5_000 + "]" * 5_000 + "}\n",
        "deep.jsonl:1: bad JSON line (nested too deeply)")
    add("no-text-field.jsonl", json.dumps({"title": "x", "body": 5}) + "\n", "no-text-field.jsonl:1: bad JSON line")
    add("surrogates.jsonl", '{"text": "Minister \\ud800 said \\u0000 hello to the \\udfff envoy"}\n',
        warning="no article date")
    add("bad-date.jsonl", json.dumps({"text": ARTICLE, "date": "the Tuesday after next"}) + "\n",
        warning="not understood; using the date in the text, 2021-03-12")
    add("placeholder-date.jsonl", json.dumps({"text": "The envoy spoke.", "date": "0001-01-01"}) + "\n",
        warning="not understood; using no date")
    add("no-date.txt", "The envoy said talks would go on.\n", warning="no article date found")
    add("bad-document.json", '{"nodes": [', "not a JSON graph document")
    add("deep-document.json", "[" * 5_000, "not a JSON graph document")
    add("wrong-shape.json", json.dumps({"nodes": "lots"}), "not a graph document")
    add("big.txt", ARTICLE * 400, "file too large")  # refused with the small limit the tests use
    os.mkfifo(folder / "pipe.txt")
    cases.append(Case("pipe.txt", folder / "pipe.txt", "not a regular file"))
    os.symlink("nowhere.txt", folder / "dangling.txt")
    cases.append(Case("dangling.txt", folder / "dangling.txt", "broken symlink"))
    os.symlink("self-loop.txt", folder / "self-loop.txt")
    cases.append(Case("self-loop.txt", folder / "self-loop.txt", "symlink loop"))
    cases.append(Case("missing.txt", folder / "missing.txt", "no such file or folder"))
    return cases


SMALL_LIMIT = 20_000  # bytes: big.txt is over it, every other case under it
