"""An Arabic column's headline closing on `بقلم:` ("by the pen of") and its writer's name, no brackets round it (Dunya
al-Watan's opinion pages 2017: `للقدسِ كُلّ الحُبِّ بقلم: عطا الله شاهين`; Shfa 2019: `كلمة إلى من يهمه الأمر…بقلم : سمير
الجندي`): the name after the label is the writer's, no byline under the headline. Without the colon the words say who
a thing is by (`مسابقة أفضل مقال بقلم طالب`), the editorial board names nobody, and the label alone is no headline."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.credits import headline_byline

URL = "https://pulpit.contoh-berita.ps/articles/2017/12/13/452060.html"


def page(title: str, header: str) -> bytes:
    return (f"<html lang='ar'><head><title>{title}</title></head><body><div class='wrap'><h1>{title}</h1>"
            f"<div>{header}</div><div class='article-content'>"
            "<p>للقدس كل الحب، فهي المدينة التي تسكن القلوب قبل أن تسكنها الحجارة والبيوت القديمة.</p>"
            "<p>وفي كل صباح تشرق الشمس على أسوارها وتبقى شاهدة على تاريخ طويل لا ينسى.</p>"
            "</div></div></body></html>").encode()


@pytest.mark.parametrize(("title", "header", "writer"), [
    ("للقدسِ كُلّ الحُبِّ بقلم: عطا الله شاهين", "تاريخ النشر : 2017-12-13", "عطا الله شاهين"),
    ("كلمة إلى من يهمه الأمر…بقلم : سمير الجندي", "11:09 صباحًا / 12 نوفمبر، 2019", "سمير الجندي"),
])
def test_the_headline_s_label_names_the_writer(title, header, writer):
    assert parse_article(page(title, header), URL)["author"] == writer


@pytest.mark.parametrize(("title", "expected"), [
    ("للقدسِ كُلّ الحُبِّ بقلم: عطا الله شاهين", "عطا الله شاهين"),
    ("قصة قصيرة بقلم: د. محمد أحمد", "د. محمد أحمد"),
    # Near misses: no colon, the editorial board, the label alone, a sentence after the label.
    ("مسابقة أفضل مقال بقلم طالب", None),
    ("مقال بقلم: هيئة التحرير", None),
    ("بقلم: عطا الله شاهين", None),
    ("رسالة بقلم: الطالب في الصف الأول من المدرسة الثانوية هنا", None),
])
def test_arabic_headline_byline(title, expected):
    assert headline_byline(title) == expected
