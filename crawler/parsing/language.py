"""The language of a page: what its markup says, and what its text says when they disagree.

Templates are shared between editions and sites, so `<html lang="en">` over an
Indonesian text happens; the text wins when it is clear enough to say.
Only the languages the schema knows are told apart: Indonesian, English, Arabic.
"""

from __future__ import annotations

import re

from lxml import etree

_MARKUP_CODES = {"id": "id", "in": "id", "en": "en", "ar": "ar"}  # `in`: Indonesian's old ISO code
_SAMPLE_CHARS = 2000
_FIRST_CHARS = 500
_ARABIC_LETTER = re.compile(r"[\u0600-\u06ff]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_WORD = re.compile(r"[a-z]+")
# Frequent function words, none shared by the two languages.
_FUNCTION_WORDS = {
    "id": frozenset("yang dan di dari ini itu untuk dengan tidak dalam pada ke akan juga oleh karena "
                    "ada adalah bahwa mereka kata telah sudah bisa atau saat para kami kita".split()),
    "en": frozenset("the and of to in is that for with was on are it as by from said have has be "
                    "were will this which their they who an at".split()),
}
_MIN_FUNCTION_WORDS = 5  # fewer: too little text to say
_MIN_MARGIN = 3  # one language's count must be this many times the other's


def markup_language(root: etree._Element | None) -> str | None:
    """The language `<html lang>` states, when it is one the schema knows."""
    value = root.get("lang") if root is not None and root.tag == "html" else None
    return _MARKUP_CODES.get(value.strip().lower()[:2]) if value is not None else None


def text_language(sample: str) -> str | None:
    """The language of `sample` when its script or its function words say it clearly, else None."""
    sample = sample[:_SAMPLE_CHARS]
    # Counting is only needed when there is Arabic script at all (most pages have none).
    if _ARABIC_LETTER.search(sample) and len(_ARABIC_LETTER.findall(sample)) > len(_LATIN_LETTER.findall(sample)):
        return "ar"
    # Most texts say it in their first lines; a lead of names and numbers needs the rest.
    return _by_function_words(sample[:_FIRST_CHARS]) or (
        _by_function_words(sample) if len(sample) > _FIRST_CHARS else None)


def _by_function_words(sample: str) -> str | None:
    words = _WORD.findall(sample.lower())
    counts = {code: sum(map(vocabulary.__contains__, words)) for code, vocabulary in _FUNCTION_WORDS.items()}
    (best, best_count), (_, other_count) = sorted(counts.items(), key=lambda item: -item[1])
    if best_count >= _MIN_FUNCTION_WORDS and best_count >= _MIN_MARGIN * max(other_count, 1):
        return best
    return None


def page_language(markup: str | None, sample: str) -> str | None:
    """The text's language when the markup states another one (or none), else the markup's."""
    return text_language(sample) or markup
