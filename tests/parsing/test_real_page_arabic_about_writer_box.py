"""An Arabic theme's author box under the text with no bio: its heading, "about" and the writer's account name, over
the related box's heading (Nativity TV: `عن Amer Hijazi` over `شاهد أيضاً`, "see also", and a headline): the name is
the writer's and the box leaves the text. A sentence opening with the word stays."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["عبر وزير الخارجية الأوكراني دميترو كوليبا الخميس عن أسفه لعدم إحراز تقدم بشأن وقف لإطلاق النار في بلاده خلال "
        "محادثات مع نظيره الروسي سيرغي لافروف في أنطاليا بجنوب تركيا.",
        "وقال كوليبا للصحافيين “تحدثنا عن وقف لإطلاق النار ولكن لم يتم إحراز أي تقدم في هذا الاتجاه”."]
RELATED = ["شاهد أيضاً", "الرئاسة ترحب بقرار جزر البهاما الاعتراف بدولة فلسطين"]


def test_the_box_s_name_is_the_writer_and_the_box_leaves_the_text():
    result = clean_body([*map(Block, TEXT), Block("عن Amer Hijazi"), *map(Block, RELATED)])
    assert result.paragraphs == TEXT
    assert result.credits.author == "Amer Hijazi"


def test_a_sentence_opening_with_the_word_stays():
    line = "عن هذا الموضوع قال الوزير إن المحادثات ستستمر الأسبوع المقبل في إسطنبول بمشاركة وفود من البلدين."
    result = clean_body([*map(Block, TEXT), Block(line), *map(Block, RELATED)])
    assert result.paragraphs == [*TEXT, line]
    assert result.credits.author is None
