"""A person's grammatical gender, so that 'he' and 'she' find the person they stand for.

Evidence, strongest first: an honorific or gendered title written next to a mention of the person
('Ms. Adebayo', 'spokeswoman Maria Zakharova', 'Mr Lamy'), a gendered title in their roles, then their
first name, looked up in the gender_guesser package (about 40,000 first names from many countries).
Unknown stays unknown: a pronoun may then refer to the person whatever its gender.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

MALE, FEMALE = "m", "f"
PRONOUNS = {"he": MALE, "him": MALE, "his": MALE, "himself": MALE,
            "she": FEMALE, "her": FEMALE, "hers": FEMALE, "herself": FEMALE}
_GUESSES = {"male": MALE, "mostly_male": MALE, "female": FEMALE, "mostly_female": FEMALE}


@lru_cache(maxsize=1)
def _detector():
    try:
        from gender_guesser.detector import Detector
    except ImportError:  # the package is a dependency; without it, first names say nothing
        return None
    return Detector(case_sensitive=False)


@lru_cache(maxsize=4096)
def first_name_gender(name: str) -> str | None:
    """'m', 'f' or None for a full name, judged by its first name alone."""
    detector = _detector()
    words = name.split()
    if detector is None or len(words) < 2:
        return None  # a surname alone says nothing
    return _GUESSES.get(detector.get_gender(words[0].strip(".,")))


@lru_cache(maxsize=4096)
def known_first_name(word: str) -> bool:
    """Whether the name data know a word as a man's or a woman's first name, accents aside ('Édouard')."""
    detector = _detector()
    plain = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()
    return detector is not None and any(detector.get_gender(w) in _GUESSES for w in (word, plain) if w)


def word_gender(word: str, gendered: dict[str, str]) -> str | None:
    """The gender a title or honorific word implies ('spokeswoman', 'Mr.'), if any."""
    return gendered.get(word.lower().rstrip("."))
