"""Al-Manar's page closes the copied statement with its source's credit line (`المصدر: الوكالة الوطنية للإعلام`), then
the site's own short lines: `رأيكم يهمنا` ("your opinion matters") and its survey's call. The credit ended the
article: the short lines under it go with it. A sentence under the credit, a writer's code (`Sumber: Okezone` over
`(fru)`) or a longer paragraph keep their place."""

from __future__ import annotations

from crawler.parsing import parse_article

OPENING = "صدر عن مكتب الاعلام في رئاسة الجمهورية البيان الاتي:"
STATEMENT = ("“تتناقل وسائل ومواقع إعلامية عن “وكالة الانباء المركزية” خبرا مفاده ان رئيس الجمهورية العماد ميشال عون "
             "سيوجه رسالة الى مجلس النواب “لنزع الوكالة” من الرئيس المكلف سعد الحريري “بسبب فشله في التشكيل” الخ..")
SOURCE = "المصدر: الوكالة الوطنية للإعلام"


def body(*paragraphs: str) -> str:
    html = ("<html lang='ar' dir='rtl'><head><title>مكتب الاعلام في رئاسة الجمهورية: لا صحة لما يروج</title></head>"
            "<body><article><h1>مكتب الاعلام في رئاسة الجمهورية: لا صحة لما يروج عن رسالة رئاسية</h1>"
            "<div class='entry-content'>" + "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
            + "</div></article></body></html>")
    return parse_article(html.encode(), "http://example.com.lb/7944323")["body"]


def test_the_site_s_short_lines_under_the_source_go_with_it():
    text = body(OPENING, STATEMENT, SOURCE, "رأيكم يهمنا", "شاركوا معنا في إستبيان دورة برامج شهر رمضان المبارك")
    assert text.endswith("“بسبب فشله في التشكيل” الخ..")
    assert "المصدر" not in text and "رأيكم" not in text


def test_a_sentence_under_the_source_stays():
    closing = "وقد نفى المكتب الخبر مرة أخرى في بيان ثان صدر مساء اليوم."
    assert body(OPENING, STATEMENT, SOURCE, closing).endswith(closing)


def test_a_long_paragraph_under_the_source_stays():
    assert body(OPENING, SOURCE, STATEMENT).endswith("الخ..")
