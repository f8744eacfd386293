"""An Arabic writer's label followed by a dash for its colon (an Egyptian paper's `كتب – عماد إبراهيم` over the text):
the writer. A dash glued to the name, a word that only ends in the label's letters (`المكتب - القاهرة`) or a
sentence opening with the verb (`كتب الله ...`) names nobody."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.credits import parse_credits

from people_pages import URL, page  # beside this file


@pytest.mark.parametrize(("line", "writer"), [
    ("كتب – عماد إبراهيم", "عماد إبراهيم"),
    ("كتب - عماد إبراهيم", "عماد إبراهيم"),
    ("كتبت — منى علي", "منى علي"),
    ("كتب: عماد خليل", "عماد خليل"),  # the colon, as before
])
def test_the_label_and_a_dash_name_the_writer(line, writer):
    assert parse_credits(line).author == writer


@pytest.mark.parametrize("line", [
    "المكتب - القاهرة",
    "كتب الله على المسلمين الصيام",
    "كتب-عماد",
])
def test_no_label_and_dash_names_nobody(line):
    assert parse_credits(line) is None


def test_the_label_over_the_text_names_the_author():
    item = parse_article(page(lead="<p>كتب – عماد إبراهيم</p><p>أدى آلاف الفلسطينيين صلاتي العشاء والتراويح في رحاب"
                                   " المسجد الأقصى المبارك، اليوم الأربعاء، رغم قيود الاحتلال الإسرائيلي.</p>"), URL)
    assert item["author"] == "عماد إبراهيم"
