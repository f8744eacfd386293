"""MINA's Arabic service of 2014 signed a story off under its last paragraph with its full name and its initials in
quotes, both quotes printed as the closing one and a full stop after them (`وكالة معراج للأنباء الإسلامية”مينا”.`):
the agency's credit, not text. A sentence naming the agency so stays text."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.profile import GENERIC
from crawler.sites import SITES

URL = "https://ar.minanews.net/2-10"

# Reduced from the real page (2018 theme): the date line, the country over its city, the text's first and last
# paragraphs, a `قراءة المزيد` ("read more") insert and the closing credit.
PAGE = """<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="UTF-8">
<title>وصول قافلة “الجزائر-غزة 2” إلى بورسعيد - MINA News Agency</title></head>
<body class="single single-post"><article class="post type-post hentry"><header class="entry-header">
<h1 class="entry-title">وصول قافلة “الجزائر-غزة 2” إلى بورسعيد</h1>
<div class="entry-meta"><span class="entry-date updated"><time datetime="2014-05-11">Sunday, 11 May 2014</time></span>
</div></header><div class="entry-content">
<p>الأحد،11رجب 1435ه الموافق 11أيار/ماي 2014 وكالة معراج للأنباء الإسلامية”مينا”.</p>
<p>الجزائر – الجزائر</p>
<p>قال رئيس جمعية الوئام الخيرية المنسق العام لقافلة “الجزائر-غزة 2” محمد أبو مرعي إن القافلة التضامنية الجزائرية وصلت
إلى شواطئ مدينة بورسعيد اليوم كما هو مقرر لها.</p>
<p><strong>قراءة المزيد: <a href="https://ar.minanews.net/x">إندونيسيا سترسل 3,650 فردًا من القوات الجوية ضمن قوة حفظ
السلام المقرر نشرها في غزة</a></strong></p>
<p>ويذكر أن” قافلة الجزائر عزة 1″ وصلت إلى غزة بعد الحرب الإسرائيلية على القطاع عام 2019 محملة بالأدوية و المعدات
والمستلزمات الطبية الضرورية،بحسبما ورد في بوابة القاهرة.</p>
<p>وكالة معراج للأنباء الإسلامية”مينا”.</p>
</div></article></body></html>"""


@pytest.mark.parametrize("profile", [SITES["mina"], GENERIC], ids=["mina", "news"])
def test_the_closing_name_with_its_quoted_initials_is_no_text(profile) -> None:
    body = parse_article(PAGE, URL, profile=profile)["body"]
    assert body.startswith("قال رئيس جمعية الوئام الخيرية")
    assert body.endswith("بحسبما ورد في بوابة القاهرة.")
    assert "قراءة المزيد" not in body


@pytest.mark.parametrize("credit", [
    "وكالة معراج للأنباء الإسلامية”مينا”.",
    "وكالة معراج للأنباء الإسلامية ”مينا”",
    "وكالة معراج للأنباء الإسلامية “مينا”.",
    "وكالة معراج للأنباء (مينا).",
])
def test_the_credit_line_in_its_printed_forms(credit: str) -> None:
    page = PAGE.replace("<p>وكالة معراج للأنباء الإسلامية”مينا”.</p>", f"<p>{credit}</p>")
    assert parse_article(page, URL, profile=GENERIC)["body"].endswith("بحسبما ورد في بوابة القاهرة.")


@pytest.mark.parametrize("sentence", [
    # the agency named in a sentence of the text: more follows its initials
    "وكالة معراج للأنباء الإسلامية”مينا” عبر موقعها في وسائل الاعلام الاجتماعية.",
    # another body's name in quotes: no agency's
    "وكالة الأنباء الوطنية الماليزية”برناما”.",
])
def test_a_sentence_naming_an_agency_stays_text(sentence: str) -> None:
    page = PAGE.replace("<p>وكالة معراج للأنباء الإسلامية”مينا”.</p>", f"<p>{sentence}</p>")
    assert parse_article(page, URL, profile=GENERIC)["body"].endswith(sentence)
