"""A note over the comment box that the comments are their writers' views, not the site's, and the comment policy
over it, after the last paragraph: `ترحب شبكة CNN بالنقاش الحيوي والمفيد، ... مراجعة التعليقات قبل نشرها ...` over
`الآراء الواردة أدناه لا تعبر عن رأي موقع CNN بالعربية، بل تعكس وجهات نظر أصحابها فقط.` (CNN Arabic, 2013:
newspaper4k's test page `arabic_article.html`, cut down to the article). The article ends before them."""

from __future__ import annotations

from pathlib import Path

import pytest

from crawler.parsing import parse_article

PAGE = Path(__file__).resolve().parents[1] / "fixtures" / "pages" / "cnn_arabic_comment_note.html"
URL = "http://arabic.cnn.com/2013/middle_east/8/3/syria.clashes/index.html"
LAST = ("وشدد الائتلاف على \"ضرورة الابتعاد عن الأعمال الاستفزازية بكافة أشكالها، ويحذر كل من يستغل المرحلة الراهنة "
        "لتطبيق أجندات سياسية، وترك القرار للشعب السوري الحر ليختار مصيره بملء إرادته\" في بيان يأتي بالترافق مع "
        "الحديث عن كون تلك المواجهات مقدمة لولادة حكومة تدير المناطق التي يقطنها الأكراد في سوريا بشكل مستقل.")
PARAGRAPHS = [
    "Residents of the district said the water had risen above the doors of their houses by Saturday evening.",
    "The regional disaster agency said boats had been sent to the three villages cut off by the flood.",
    "Officials said the clean-up would take at least two weeks once the water had gone down.",
]


@pytest.fixture(scope="module")
def item() -> dict:
    return parse_article(PAGE.read_bytes(), URL)


def test_the_body_ends_with_the_last_paragraph(item):
    assert item["body"].endswith(LAST)
    assert "ترحب شبكة CNN" not in item["body"] and "الآراء الواردة أدناه" not in item["body"]


def test_the_rest_of_the_page(item):
    assert item["title"] == "معارضون يسيطرون على مخازن للصواريخ بريف دمشق"
    assert item["dateline"]["place"] == "دمشق، سوريا"
    assert item["body"].startswith("أكدت جهات سورية معارضة أن فصائل مسلحة معارضة لنظام الرئيس بشار الأسد")
    assert item["author"] is None


def _english(ending: list[str]) -> str:
    paragraphs = "".join(f"<p>{text}</p>" for text in PARAGRAPHS + ending)
    html = f"<html><head><title>Flood</title></head><body><h1>Flood</h1><div class='story'>{paragraphs}</div></body></html>"
    return parse_article(html.encode(), "https://news.example.com/2024/05/04/flood")["body"]


def test_the_english_note_ends_the_article():
    body = _english(["We welcome comments that are civil and on topic; comments are reviewed before they appear.",
                     "The views expressed in the comments below do not reflect those of this site."])
    assert body.endswith(PARAGRAPHS[-1])


@pytest.mark.parametrize("ending", [
    # The article's own words on views and comments stay.
    ["The ministry said the views of the villagers would be heard at a meeting on Monday."],
    ["Readers' comments on the plan were collected by the council until Friday.",
     "Officials said the opinions given by residents do not reflect the council's decision yet."],
])
def test_the_articles_own_sentences_stay(ending):
    assert _english(ending).endswith(ending[-1])
