"""An Arabic caption closed by its picture's wire in brackets, the wire's initials dotted (Asharq Al-Awsat's
`فلسطينيون ينتشلون جثامين الضحايا ... في قطاع غزة (إ.ب.أ)`, printed over and among the paragraphs): the photo's, not
text. A paragraph closing its sentence before a wire's sign-off, a sign-off naming the wire spaced or in words, a
quotation, and a paragraph reporting someone, its full stop left out, stay."""

from __future__ import annotations

from crawler.parsing.furniture import is_caption
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

CAPTION = ("فلسطينيون ينتشلون جثامين الضحايا من تحت أنقاض منزل عائلة شناعة المدمر في أعقاب غارة جوية إسرائيلية على "
           "مخيم المغازي للاجئين في قطاع غزة (إ.ب.أ)")
LEAD = "قصف الجيش الإسرائيلي منزلاً في مخيم المغازي وسط قطاع غزة، فجر اليوم السبت، ما أدى إلى مقتل 11 شخصاً على الأقل."
LAST = "وأفادت مصادر طبية لوكالة الأنباء الفلسطينية (وفا) أنه لا يزال هناك مفقودون تحت الأنقاض."


def test_the_caption_leaves():
    for caption in (CAPTION, "متظاهرون يرفعون الأعلام الفلسطينية في وسط لندن (أ.ف.ب)"):
        assert is_caption(caption), caption
    assert clean_body([Block(CAPTION), Block(CAPTION), Block(LEAD), Block(CAPTION), Block(LAST)]).paragraphs == [
        LEAD, LAST]


def test_sentences_and_sign_offs_stay():
    for line in ("وقال المتحدث إن الوضع في المخيم خطير جداً. (أ.ف.ب)",
                 "وقال المتحدث إن الوضع في المخيم خطير جداً (أ ف ب)",
                 "وقال المتحدث إن الوضع في المخيم خطير جداً (أ.ف.ب)",
                 "وأكدت الوزارة أن عدد الشهداء ارتفع إلى 11 في المخيم (إ.ب.أ)",
                 "وقال المتحدث إن الوضع في المخيم خطير جداً (رويترز)",
                 "وقال المتحدث «إن الوضع في المخيم خطير جداً» (أ.ف.ب)"):
        assert not is_caption(line), line
        assert clean_body([Block(LEAD), Block(line), Block(LAST)]).paragraphs == [LEAD, line, LAST], line
