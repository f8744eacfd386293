"""An Arabic daily's masthead over the text, each office alone on its line over its holder's name, under the portal's
name (Al-Wafd's print page: `بوابة الوفد الإلكترونية`, then `رئيس حزب الوفد ورئيس مجلس الإدارة` over `د.عبد السند
يمامة`, `رئيس التحرير` over `عاطف خليل`, `المشرف العام` over `ياسر شوري`; El-Muashir's `رئيس التحرير` over `عبد الحكم عبد
ربه`): none of it is text, as the office and its holder on one line are not. An office's word in the text, and a
sentence under an office's line, stay."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["أكد وزير الخارجية الأمريكي ماركو روبيو أن الولايات المتحدة تثمن صداقتها مع مالطا، الشريك الموثوق به والجسر الذي "
        "يربط بين أوروبا وشمال أفريقيا والمنطقة المتوسطية.",
        "جاء ذلك في بيان أصدره روبيو اليوم الأحد بمناسبة احتفال مالطا بذكرى يوم الاستقلال، ونشرته الخارجية الأمريكية."]
MASTHEAD = ["بوابة الوفد الإلكترونية", "رئيس حزب الوفد ورئيس مجلس الإدارة", "د.عبد السند يمامة", "رئيس التحرير",
            "عاطف خليل", "المشرف العام", "ياسر شوري"]


def test_the_masthead_leaves_the_text():
    assert clean_body([*map(Block, MASTHEAD), *map(Block, TEXT)]).paragraphs == TEXT


def test_one_office_over_its_holder_leaves_the_text():
    assert clean_body([Block("رئيس التحرير"), Block("عبد الحكم عبد ربه"), *map(Block, TEXT)]).paragraphs == TEXT


def test_a_sentence_under_an_office_s_line_stays():
    lead = "قال رئيس التحرير إن الصحيفة ستصدر عددا خاصا بمناسبة الذكرى المئوية لتأسيس الحزب في القاهرة الأسبوع المقبل."
    assert clean_body([Block("رئيس التحرير"), Block(lead), *map(Block, TEXT)]).paragraphs == [lead, *TEXT]


def test_an_office_named_in_the_text_stays():
    line = "رئيس مجلس الإدارة"
    more = "وأضاف روبيو أن البلدين يجمعهما التزام مشترك بتعزيز الأمن الإقليمي وتوسيع العلاقات الاقتصادية والتجارية."
    assert clean_body([*map(Block, TEXT), Block(line), Block(more)]).paragraphs == [*TEXT, line, more]
