"""An Arabic daily's masthead over the text, each office with its holder after a colon (Al-Sharq's `رئيس مجلس الإدارة :
د. خالد بن ثاني آل ثاني`, "chairman of the board", `رئيس التحرير: جابر سالم الحرمي`, "editor-in-chief"), and a header's
publication date under its label (`تاريخ النشر: 25th, November 2025 GMT`): neither is text. A sentence naming the
editor-in-chief stays."""

from __future__ import annotations

from crawler.parsing.furniture import is_noise
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

FIRST = ("لم يعد العيد في فلسطين، فرصة للفرح والتزاور كما كان، بل أصبح مناسبة تتجدد فيها الأحزان والمآسي، وتفتح فيها "
         "الجراح.")
SECOND = "وللعام الثاني يستقبل الفلسطينيون أعيادهم وسط حالة من البؤس، في غزة تنزف دماؤهم وهم يتضورون جوعاً."


def test_the_masthead_and_date_leave():
    header = ["رئيس مجلس الإدارة : د. خالد بن ثاني آل ثاني", "رئيس التحرير: جابر سالم الحرمي", "مساحة إعلانية",
              "تاريخ النشر: 25th, November 2025 GMT"]
    assert clean_body([Block(text) for text in (*header, FIRST, SECOND)]).paragraphs == [FIRST, SECOND]


def test_sentences_naming_the_office_stay():
    line = "وقال رئيس التحرير: إن الصحيفة ستواصل تغطية الأحداث في غزة رغم كل الصعوبات التي تواجه مراسليها هناك."
    assert not is_noise(line)
    assert clean_body([Block(FIRST), Block(line), Block(SECOND)]).paragraphs == [FIRST, line, SECOND]
