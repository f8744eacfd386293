"""MINA's Arabic service of 2014 printed a photo's credit alone under its caption, "by the lens of" and the agency's
name (`بعدسة وكالة معراج للأنباء الإسلامية”مينا`); Arabic pages also credit "photographed by" after a colon (`تصوير:
مينا`). The credit is the photo's, no paragraph; a sentence or a heading opening with either word stays."""

from __future__ import annotations

import pytest

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body
from crawler.sites import SITES

FIRST = "قال المدير العام لشرق الأوسط بوزارة الشؤون الخارجية الإندونيسية أن الحكومة الاندونيسية مستمرة في تعهدها."
CAPTION = "مناقشة بين الوكالة الإنسانية والحكومة الاندونيسية في مقر وزارة الشؤون الخارجية"
LAST = "تعتزم اندونيسيا فتح القنصلية في رام الله، ولكن المنطقة لا تزال محتلة من قبل إسرائيل."


def _paragraphs(line: str) -> list[str]:
    return clean_body([Block(text) for text in (FIRST, CAPTION, line, LAST)], profile=SITES["mina"]).paragraphs


@pytest.mark.parametrize("credit", [
    "بعدسة وكالة معراج للأنباء الإسلامية”مينا",
    "بعدسة: وكالة معراج للأنباء الإسلامية",
    "تصوير: مينا",
])
def test_an_arabic_photo_credit_is_no_paragraph(credit):
    assert _paragraphs(credit) == [FIRST, CAPTION, LAST]


@pytest.mark.parametrize("line", [
    # Near misses that stay: a sentence and a heading opening with the word for photographing.
    "تصوير الفيلم في جاكرتا استمر ثلاثة أشهر كاملة.",
    "تصوير الفيلم",
])
def test_a_sentence_opening_with_the_word_stays(line):
    assert _paragraphs(line) == [FIRST, CAPTION, line, LAST]
