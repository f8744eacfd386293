"""An Arabic news site's comment box under the text: its heading for readers' comments and its note that the comments
are their writers' views with no `below` in it (Falestinona: `تعليقات القرّاء` over `التعليقات المنشورة لا تعبر عن رأي
الموقع وإنما تعبر عن رأي أصحابها`), or its form's call alone (Palestine Today: `أرسل تعليقك`, "send your comment"): the
article ended before them. A sentence on readers' comments stays."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["تفقد الرئيس محمود عبَّاس، مساء اليوم الخميس، أحوال المواطنين في مدينة رام الله، مع قرب حلول عيد الأضحى المبارك.",
        "ورافق سيادته في الجولة، رئيس الوزراء محمد اشتية، وعضوا اللجنة المركزية لحركة فتح حسين الشيخ وعبَّاس زكي، "
        "والمستشار القانوني لسيادته علي مهنا."]


def test_the_readers_comments_heading_and_its_note_leave_the_text():
    result = clean_body([*map(Block, TEXT), Block("تعليقات القرّاء"),
                         Block("التعليقات المنشورة لا تعبر عن رأي الموقع وإنما تعبر عن رأي أصحابها")])
    assert result.paragraphs == TEXT


def test_the_send_your_comment_call_leaves_the_text():
    result = clean_body([*map(Block, TEXT), Block("أرسل تعليقك")])
    assert result.paragraphs == TEXT


def test_a_sentence_on_readers_comments_stays():
    line = ("وقالت إدارة الموقع إن تعليقات القراء على الأخبار المنشورة ستخضع للمراجعة قبل نشرها اعتبارا من الشهر المقبل "
            "حفاظا على النقاش.")
    result = clean_body([*map(Block, TEXT), Block(line)])
    assert result.paragraphs == [*TEXT, line]
