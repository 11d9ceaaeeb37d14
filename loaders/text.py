"""Plain-text steps before parsing: repairing glued quotes, finding quotes, titles, datelines, speaker turns.

All functions here are pure and work on character offsets of the original article text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dipgraph.loaders.dates import parse_date

OPENERS = {"“": "”", "«": "»", "„": "“", '"': '"', "‘": "’"}
_SINGLE_CLOSE = re.compile(r"'(?![A-Za-z])")
_GLUED = re.compile(r"([.!?,;:][”’\"»])(?=[A-Z])")
@dataclass(frozen=True)
class Quote:
    """A direct quote: offsets of its content (inside the marks) in the original text."""

    start: int
    end: int
    continued: bool = False  # an unclosed quote picked up again in the next paragraph


@dataclass(frozen=True)
class Turn:
    """A turn in a briefing transcript: speaker label (None for a question) and text span."""

    label: str | None
    start: int
    end: int


def prepare(text: str) -> tuple[str, list[int]]:
    """Text for the parser: lines unwrapped, a space after a closing quote glued to the next word, the dateline blanked.

    A dateline ("JEDDAH, Saudi Arabia — ") is not part of the first sentence, and the parser would
    take it for its subject; it becomes spaces of the same length. Returns the new text and, per
    character of it, the offset in the original text.
    """
    size = len(text)
    text, at = unwrap(text)
    out: list[str] = []
    index: list[int] = []
    last = 0
    for m in _GLUED.finditer(text):
        out.append(text[last:m.end()])
        index.extend(at[last:m.end()])
        out.append(" ")
        index.append(at[m.end()])
        last = m.end()
    out.append(text[last:])
    index.extend(at[last:])
    index.append(size)
    clean = "".join(out)
    _, body = title_and_body(clean)
    end = dateline_end(clean, body)
    if end > body:
        # the place stays, as a paragraph of its own ('MANILA'), so the story's home country is known
        place = re.match(r"\s*[^,(\n–—-]*?(?=\s*[,(–—-])", clean[body:end])
        keep = place.end() if place and place.end() + 2 <= end - body else 0
        rest = re.sub(r"\S", " ", clean[body + keep:end])
        if keep:
            rest = "\n\n" + rest[2:]
        clean = clean[:body + keep] + rest + clean[end:]
    return clean, index


_LINE_BREAK = re.compile(r"(?<=[^\n])\n(?=[^\s])")
_WRAP_WIDTH = 120  # lines broken at most this far in are a hard-wrapped text; longer ones are paragraphs
_MIN_WIDTH = 40
# List items, bylines and source lines ('Asia Desk | 3 May 2024') start their own lines.
_NOT_JOINED = re.compile(r"[-–—•*·]\s|\d+[.)]\s|(?:By|BY)\s+[A-Z]|[^\n]*\s\|\s")


def unwrap(text: str) -> tuple[str, list[int]]:
    """The text with hard-wrapped paragraphs joined into lines, and each character's offset in the original.

    A text broken at a fixed width (plain-text newspapers, e-mail, wire copy) breaks a line where
    the next word would not have fitted: that break becomes a space, and a break after a hyphen
    ('cease-' / 'fire') is dropped. Other line breaks stay: a headline over its byline, a
    transcript's turns, list items, and every paragraph break.
    """
    breaks = list(_LINE_BREAK.finditer(text))
    lengths = [m.start() - text.rfind("\n", 0, m.start()) - 1 for m in breaks]
    width = max(lengths, default=0)
    if not _MIN_WIDTH <= width <= _WRAP_WIDTH or sum(1 for n in lengths if n >= 0.8 * width) < 3:
        return text, list(range(len(text)))  # no run of full lines: line breaks of a header, a list, a poem
    out: list[str] = []
    at: list[int] = []
    last = 0
    for m, length in zip(breaks, lengths, strict=True):
        nxt = text[m.end():_line_end(text, m.end())]
        word = nxt.split(maxsplit=1)[0]
        if length + 1 + len(word) <= width or is_turn_line(nxt) or _NOT_JOINED.match(nxt) or _DATELINE.match(nxt):
            continue
        hyphen = text[m.start() - 1] == "-" and m.start() >= 2 and text[m.start() - 2].isalpha() and word[0].isalpha()
        out.append(text[last:m.start()])
        at.extend(range(last, m.start()))
        if not hyphen:
            out.append(" ")
            at.append(m.start())
        last = m.end()
    out.append(text[last:])
    at.extend(range(last, len(text)))
    return "".join(out), at


def find_quotes(text: str) -> list[Quote]:
    """Direct quotes in every common style: curly, straight, guillemets, single; unbalanced across paragraphs."""
    quotes: list[Quote] = []
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text)]
    continued = False
    for p_start, p_end in paragraphs:
        i = p_start
        opened_here = False
        while i < p_end:
            ch = text[i]
            if ch == "'" and (i == 0 or not text[i - 1].isalnum()) and i + 1 < p_end and text[i + 1].isalpha():
                # straight single quotes only when the quote visibly ends: 'We will win,' she said.
                m = _SINGLE_CLOSE.search(text, i + 1, p_end)
                if m and text[m.start() - 1] in ",.!?":
                    quotes.append(Quote(i + 1, m.start(), False))
                    i = m.end()
                    continue
            if ch in OPENERS and _is_opener(text, i):
                close = _find_close(text, i + 1, p_end, OPENERS[ch])
                if close is None:  # unbalanced: runs to the paragraph end
                    quotes.append(Quote(i + 1, _rstrip(text, i + 1, p_end), continued and not opened_here))
                    continued = True
                    break
                quotes.append(Quote(i + 1, close, continued and not opened_here))
                opened_here = True
                continued = False
                i = close + 1
                continue
            i += 1
        else:
            continued = False
    return [q for q in quotes if q.end > q.start]


def _is_opener(text: str, i: int) -> bool:
    ch = text[i]
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if ch == "‘":
        return not before.isalnum() and after.isalpha()
    if ch == '"':
        return not before.isalnum() and not after.isspace()
    return not after.isspace()


def _find_close(text: str, start: int, end: int, closer: str) -> int | None:
    for j in range(start, end):
        if text[j] != closer:
            continue
        nxt = text[j + 1] if j + 1 < len(text) else " "
        if closer == "’" and nxt.isalpha():  # an apostrophe: don’t, Iran’s
            continue
        return j
    return None


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def title_and_body(text: str, title: str | None = None) -> tuple[str | None, int]:
    """The title line (first non-empty line when it looks like a headline) and where the body starts.

    A story's first sentence is no headline: a line that opens on a dateline, or ends with a
    full stop after a few words. A title known apart from the text (a JSON record's) settles
    it: a first line that does not start with that title is the story's.
    """
    m = re.match(r"\s*([^\n]{3,250})\n", text)
    if not m:
        return None, 0
    line = m.group(1).strip()
    if title is not None and not " ".join(line.split()).casefold().startswith(" ".join(title.split()).casefold()):
        return None, furniture_end(text, 0)  # a byline or date line may still come first
    if line.endswith((".", "”", '"')) and len(line.split()) > 25:
        return None, 0
    if line.endswith(".") and len(line.split()) > 6 and not _INITIALS_END.search(line):
        return None, 0
    if _DATELINE_PLACE.match(text, m.start(1)):  # no headline: the dateline's place kept by prepare ('KYIV')
        return None, furniture_end(text, m.end())
    if _DATELINE.match(text, m.start(1)):  # no headline: the story opens on its dateline
        return None, 0
    return line, furniture_end(text, m.end())


_INITIALS_END = re.compile(r"\b(?:[A-Z]\.){2,}$")  # a headline may end on 'U.S.'; a sentence ends on a full stop


_DATELINE_PLACE = re.compile(r"[A-Z][A-Z .'’-]{1,30}\n\n {3,}\S")


_FURNITURE_LINE = re.compile(r"[ \t]*(?P<line>[^\n]{1,250})(?:\n|$)")
_SENTENCE_END = (".", "!", "?", "”", '"', "’", "'", ":", ";")


def furniture_end(text: str, start: int) -> int:
    """Where the story starts after the page furniture that follows a headline.

    Source names, dates, bylines, kickers and repeated headlines ('Asia Desk | 3 May 2024',
    'By Jane Roe', 'Tuesday, May 20, 2025') and standfirsts under a headline are lines that are not
    sentences: no sentence ending, at most 30 words, and at most a dozen if they hold a colon (a
    'Spokespersons: A, title; B, title' line introduces a transcript's speakers). The story starts
    at the first line that is a sentence, a transcript turn or a dateline.
    """
    pos = start
    for _ in range(12):  # furniture is a handful of lines, never the story itself
        while pos < len(text) and text[pos] in " \t\n":
            pos += 1
        m = _FURNITURE_LINE.match(text, pos)
        if not m:
            break
        line = m.group("line").strip()
        byline = re.match(r"By\s+[A-Z]", line) is not None
        words = len(line.split())  # a long line is the story's, unless a standfirst ('X and Y envoys shuttle ...')
        if not byline and (line.endswith(_SENTENCE_END) or words > 30 or words > 12 and ":" in line
                           or is_turn_line(line) or _DATELINE.match(line + " ")):
            break
        pos = m.end()
    return start if pos >= len(text) else _line_start(text, pos)


def _line_start(text: str, pos: int) -> int:
    """The offset just after the newline before pos (the blank line before a story stays in it)."""
    return text.rfind("\n", 0, pos) + 1


_CAPS = "A-ZÀ-ÖØ-ÞĂĄĆČĎĐĘĚĹĽŁŃŇŐŔŘŚŞŠŢŤŮŰŹŻŽȘȚ"  # capitals, accented ones too: 'BOGOTÁ', 'CHIȘINĂU', 'TROMSØ'
_DATELINE = re.compile(
    rf"\s*(?:[{_CAPS}][{_CAPS} .'’/-]{{1,40}}(?:\s*\([{_CAPS}][{_CAPS} .'’/-]{{1,20}}\))?"
    r"(?:,\s*\w[\w .,]{0,30}?)?\s*(?:\([^)\n]{2,30}\))?"
    r"|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4})\s*[-–—]+\s+")


def dateline_end(text: str, start: int) -> int:
    """Where the story starts after a dateline ('KYIV, March 3 (Reuters) - ', '26 Oct 2016 – ')."""
    m = _DATELINE.match(text, start)
    return m.end() if m else start


def dateline_date(text: str) -> str | None:
    """The article date from a date line or dateline near the top."""
    return parse_date(text[:400])


# A speaker label at a line start, however a transcript writes it: 'MR. KIRBY:', 'SPOKESPERSON RINALDI:',
# 'DEPUTY SPOKESPERSON ANA RUIZ:', 'Spokesperson Mao Ning:', 'Maria Lind:', 'Q:', 'QUESTION:', 'Question (AFP):',
# 'SECRETARY (EAST) KAVITA RAGHUNATHAN:', 'JOINT SECRETARY (AMERICAS) X:' (a bracketed part of an office).
_CAPITAL = "A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, range(0x100, 0x250)) if c.isupper())  # 'ŠĆEKIĆ', 'Łukasz'
_WORD = rf"(?:[{_CAPITAL}][\w'’.-]*|al|bin|de|da|del|van|von|le|la)"
_BRACKETED = rf"(?:[ \t]+\([{_CAPITAL}][^)\n]{{0,20}}\)(?=[ \t]+[{_CAPITAL}]))?"  # '(EAST)' inside an office
_LABEL = re.compile(
    rf"^(?P<label>{_WORD}{_BRACKETED}(?:[ \t]+(?:{_WORD}|for){_BRACKETED}){{0,5}})(?:[ \t]*\([^)\n]{{1,40}}\))?"
    r"[ \t]*(?P<sep>[:.])(?P<gap>\s+)(?=\S)",
    re.M,
)
_ASKING = {"q", "question", "journalist", "reporter", "questioner", "audience", "participant"}
_SPEAKING = {"spokesperson", "spokesman", "spokeswoman", "moderator", "operator", "chair", "minister", "ambassador"}
# Words that open a label naming an official by office or form of address ('MS. OKONKWO', 'SPOKESPERSON X').
_TITLED = _SPEAKING | {"mr", "ms", "mrs", "dr", "deputy", "secretary", "special", "envoy", "general", "admiral",
                       "president", "senator", "captain", "colonel", "commissioner", "director", "under-secretary",
                       "high", "chief", "acting", "principal", "press", "foreign", "prime", "vice"}


def _asks(label: str) -> bool:
    return label.split()[0].lower() in _ASKING


def _titled(label: str) -> bool:
    """A label that opens on a form of address or an office ('MR. KIRBY', 'Spokesperson Mao Ning')."""
    first = label.split()[0].lower().rstrip(".")
    return first in _TITLED or first.split("-")[0] in _TITLED  # 'DIRECTOR-GENERAL X'


def _label(m: re.Match[str]) -> str | None:
    """The label of a candidate match if it can open a turn: names and titles take a colon; a question mark
    ('Q.') or a form of address in capitals ('MR. KIRBY.') may take a full stop, and a label in capitals
    may stand on a line of its own."""
    label = m.group("label")
    capitals = label.upper() == label
    if m.group("sep") == "." and not (capitals and (_asks(label) or _titled(label))):
        return None
    if "\n" in m.group("gap") and not capitals:
        return None
    return label if len(label) <= 60 else None


def _speaking(label: str) -> bool:
    """A label an official speaks under: a name or an office of two to six words, or one word for a role
    ('Spokesperson'); a one-word label of any other kind only asks ('Reuters:')."""
    words = label.split()
    return words[0].lower() in _SPEAKING if len(words) == 1 else words[-1][:1].isupper()


def is_turn_line(line: str) -> bool:
    """Whether a line opens on a label a transcript gives a question or an official ('MR. KIRBY:', 'Q:')."""
    m = _LABEL.match(line)
    label = _label(m) if m else None
    return label is not None and (_asks(label) or _titled(label) and _speaking(label))


def find_turns(text: str) -> list[Turn]:
    """Speaker turns of a briefing transcript (``MR. KIRBY:``, ``Q``, ``Maria Lind:``); empty for ordinary articles.

    Every label shape is read by one pattern. A label whose every turn is a question asks ('Reuters:', 'China
    Daily:'), unless it names an office or a form of address. A text is a transcript when it has two speaker
    turns and something a story with a few labelled lines ('Related Coverage: ...') lacks: a question turn,
    a speaker speaking twice, or a label in capitals naming an office or a form of address ('MR. KIRBY:').
    """
    found = [m for m in _LABEL.finditer(text) if _label(m) is not None and _opens_a_turn(text, m)]
    said: dict[str, list[str]] = {}
    for m, end in zip(found, _ends(found, len(text)), strict=True):
        said.setdefault(m.group("label"), []).append(text[m.end():end].strip())
    asking = {label for label, turns in said.items()
              if _asks(label) or not _titled(label) and all(t.endswith("?") for t in turns)}
    found = [m for m in found if m.group("label") in asking or _speaking(m.group("label"))]
    speakers = [m.group("label") for m in found if m.group("label") not in asking]
    if len(speakers) < 2 or (len(set(speakers)) == len(speakers) == len(found)
                             and not any(_titled(s) and s.isupper() for s in speakers)):
        return []  # ('President Ruto: ...' and 'Prime Minister Abiy: ...' once each may be a story's summary)
    return [Turn(None if m.group("label") in asking else m.group("label"), m.end(), _rstrip(text, m.end(), end))
            for m, end in zip(found, _ends(found, len(text)), strict=True)]


# Page furniture written like a label ('Read More: ...', 'Related Coverage: ...'), never a speaker.
_WEB_LABELS = {"read", "related", "see", "watch", "listen", "more", "also", "update", "updated", "editor's", "editor’s",
               "photo", "photos", "video", "source", "sources", "note", "breaking", "live", "opinion", "analysis",
               "explainer", "follow", "subscribe", "share", "tags", "topics", "advertisement", "correction"}


def _opens_a_turn(text: str, m: re.Match[str]) -> bool:
    """A label that opens what someone says: its line reads as a sentence or a question ('Read More: Sudan talks
    resume' is a link line), and its words are no page furniture."""
    if any(w.lower() in _WEB_LABELS for w in m.group("label").split()):
        return False
    line = text[m.end():_line_end(text, m.end())].rstrip()
    return line.endswith((".", "?", "!", "”", '"', "’", "…", ":", ")"))


def _line_end(text: str, start: int) -> int:
    """Where the line that goes on at start ends (without copying the rest of the text)."""
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def _ends(marks: list[re.Match[str]], size: int) -> list[int]:
    """Where each turn ends: at the next label, the last at the end of the text."""
    return [m.start() for m in marks[1:]] + [size] if marks else []
