"""An Iranian agency's end mark under its Arabic text, "end" then its desk's codes (IRNA's `انتهى**9365`, `انتهي**1110**
1718` over `www.irna.ir`, a related box and the next story): the article ends there and the mark is its signature. The
word in a sentence (`انتهى الاجتماع ...`, "the meeting ended ...") stays."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["وتابع ان الاجتماع مهد لتبادل وجهات النظر بين مسؤولي وكالات الانباء المشاركين فيه حول السبل الكفيلة بتوثيق "
        "التعاون الاعلامي علي الصعيدين الاقليمي و الدولي .",
        "وترأست ايران منظمة اونا في عام 1997 حتي 2000 و هي الان عضو مجلسها التنفيذي."]


def _clean(lines):
    return clean_body([Block(line) for line in lines])


def test_the_end_mark_closes_the_text():
    result = _clean([*TEXT, "انتهي**1110** 1718", "www.irna.ir", "تحقق أيضا",
                     "قيادي في حركة فتح: نحن جزء أصيل مما يجري من مواجهة في القدس"])
    assert result.paragraphs == TEXT
    assert result.signature == {"raw": "انتهي**1110** 1718", "codes": ["1110", "1718"]}
    result = _clean([*TEXT, "انتهى**9365", "__________________________", "المصدر/الجزيرة", "اكتب تعليقك"])
    assert result.paragraphs == TEXT
    assert result.signature["codes"] == ["9365"]


def test_the_word_in_a_sentence_stays():
    sentence = "انتهى الاجتماع في وقت متأخر من مساء الثلاثاء دون الإعلان عن نتائجه."
    assert _clean([*TEXT, sentence]).paragraphs == [*TEXT, sentence]
