"""An image's alt text over its caption going on from the same words, the two lines opening the text before its first
paragraph (an Egyptian daily's `أطفال غزة يحتفلون` over `أطفال غزة يحتفلون بالعيد في المخيمات`): both are the photo's.
A sentence, a pair further down the text and a pair that is all the text stay."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

ALT = "أطفال غزة يحتفلون"
CAPTION = "أطفال غزة يحتفلون بالعيد في المخيمات"
TEXT = ["أُسقطت المساعدات من السماء على قطاع غزة يوم الأربعاء، وتجمع النازحون في مخيم المواصي للاجئين للاحتفال بأول "
        "أيام عيد الفطر.",
        "وتتعرض إسرائيل لضغوط متزايدة لإنهاء الحرب المستمرة منذ ستة أشهر وتقديم المساعدات الإنسانية لقطاع غزة المحاصر."]


def _paragraphs(lines: list[str]) -> list[str]:
    return clean_body([Block(line) for line in lines]).paragraphs


def test_an_alt_text_over_its_longer_caption_leaves_the_top_of_the_text():
    assert _paragraphs([ALT, CAPTION, *TEXT]) == TEXT


def test_the_same_in_latin_script_leaves_the_top_of_the_text():
    text = ["Pemerintah mengumumkan kebijakan baru pada Senin pagi untuk seluruh warga.",
            "Kebijakan itu berlaku mulai pekan depan di semua daerah, kata pejabat itu."]
    assert _paragraphs(["Ilustrasi pemilu", "Ilustrasi pemilu di tempat pemungutan suara", *text]) == text


def test_a_line_over_a_sentence_going_on_from_its_words_stays():
    lines = ["Kronologi kejadian", "Kronologi kejadian bermula saat warga mendengar suara ledakan.", *TEXT]
    assert _paragraphs(lines) == lines


def test_the_pair_further_down_the_text_stays():
    # Between paragraphs a subheading may open the line under it: only the top of the text is a figure's place here.
    lines = [TEXT[0], ALT, CAPTION, TEXT[1]]
    assert _paragraphs(lines) == lines


def test_a_pair_with_nothing_after_it_stays():
    assert _paragraphs([ALT, CAPTION]) == [ALT, CAPTION]
