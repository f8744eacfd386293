"""An Arabic daily's header date: the weekday, a dash and the date (Makkah 2020: `الجمعة - 20 نوفمبر 2020` under the
headline, over its English `Fri - 20 Nov 2020`), is the article's day, the weekday no writer's name; and its "to read
more" link alone under the text (`لقراءة المزيد`) is a button, no part of the story. A name before a dash and a date
stays a byline's writer."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.credits import parse_header_line

LEAD = ("أكد وزير الإعلام المكلف الدكتور ماجد القصبي على تشكيل لجان للتحقيق مع أي مسؤول سهل التعدي أو تغاضى عنه، "
        "مبينا أن الدولة ستواجه التعديات بحزم، وستعاقب المتجاوزين.")
MORE = ("وقال القصبي خلال المؤتمر الصحفي الدوري للتواصل الحكومي الذي عقد أمس إن هذا المؤتمر يأتي بتوجيه مباشر من "
        "القيادة.")


def read(when: str, *lines: str) -> dict:
    paragraphs = "".join(f"<p>{line}</p>" for line in lines)
    html = ("<html lang='ar' dir='rtl'><head><title>وزير الإعلام: لجان للتحقيق مع أي مسؤول يتعدى على أملاك الدولة</title></head><body><article>"
            "<h1 class='detail__title'>وزير الإعلام: لجان للتحقيق مع أي مسؤول يتعدى على أملاك الدولة</h1>"
            f"<div class='detail__date'>{when}</div><div class='detail__body-text'>{paragraphs}</div></article>"
            "</body></html>")
    return parse_article(html.encode(), "https://makkahnewspaper.com/article/1524847/")


@pytest.mark.parametrize("when", ["الجمعة - 20 نوفمبر 2020", "Fri - 20 Nov 2020", "Jumat - 20 November 2020"])
def test_the_weekday_a_dash_and_the_date_are_the_article_s_day(when):
    assert read(when, LEAD, MORE)["published_at"] == "2020-11-20T00:00:00+07:00"
    found = parse_header_line(when)
    assert found is not None and found.author is None and found.when == when


def test_a_name_before_a_dash_and_a_date_stays_the_writer_s():
    found = parse_header_line("Budi Santoso - 20 Nov 2020")
    assert found is not None and found.author == "Budi Santoso"


def test_the_read_more_link_under_the_text_leaves_the_body():
    body = read("الجمعة - 20 نوفمبر 2020", LEAD, MORE, "لقراءة المزيد")["body"]
    assert body.endswith("بتوجيه مباشر من القيادة.")
    assert "لقراءة المزيد" not in body
