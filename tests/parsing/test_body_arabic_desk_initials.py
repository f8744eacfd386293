"""An Arabic agency's ending (WAFA: the last paragraph, a rule of the letters' stretching stroke `ــ`, the desk's
initials alone `ن.ع/ م.ع`, then `مواضيع ذات صلة`, "related topics", and `اقرأ أيضا`): the rule is no text, the
initials are the article's code and end it, the related heading goes. One pair of initials alone (a title such as
`أ.د`) and a sentence of the text stay."""

from __future__ import annotations

from crawler.parsing.furniture import is_noise
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["أدى نحو 45 ألف مواطن صلاة الجمعة، في رحاب المسجد الأقصى المبارك، وسط إجراءات الاحتلال المشددة.",
        "وقالت دائرة الأوقاف الإسلامية في القدس المحتلة، إن حراس وسدنة ومتطوعي المسجد انتشروا في ساحاته."]


def _clean(lines: list[str]):
    return clean_body([Block(line) for line in lines])


def test_the_rule_the_initials_and_the_related_heading_end_the_text():
    assert is_noise("ــ")
    body = _clean([*TEXT, "ــ", "ن.ع/ م.ع", "مواضيع ذات صلة", "اقرأ أيضا"])
    assert body.paragraphs == TEXT
    assert body.signature is not None and body.signature["raw"] == "ن.ع/ م.ع"


def test_one_pair_of_initials_or_a_sentence_stays():
    assert _clean([*TEXT, "أ.د"]).paragraphs == [*TEXT, "أ.د"]
    sentence = "وأشار إلى أن مواضيع ذات صلة بالقدس ستطرح في الاجتماع المقبل."
    assert _clean([*TEXT, sentence]).paragraphs == [*TEXT, sentence]
