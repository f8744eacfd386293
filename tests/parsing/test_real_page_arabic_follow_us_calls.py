"""An Arabic site's calls to follow it on a social channel under the text, the channel's name after a colon (Iraq
Awla: `لتصلك آخر الأخبار تابعنا على قناتنا على تلغرام: العراق أولاً`, "for the latest news follow us on our Telegram
channel: Iraq First", over `لمتابعتنا على فيسبوك يرجى الضغط على الرابط التالي: العراق أولاً`, "to follow us on Facebook,
press the following link"): no text. A sentence reporting that someone follows an account stays."""

from __future__ import annotations

import pytest

from crawler.parsing.furniture import is_noise
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["أعلنت وزارة الخارجية، اليوم الاثنين، أن الوزير فؤاد حسين وصل الى العاصمة الايطالية روما للمشاركة في الاجتماع "
        "الوزاري الموسع للتحالف الدولي.",
        "وبين الصحاف أنه “من المُؤمل أن يعقد وزير الخارجية العراقي العديد من اللقاءات الثنائيَّة مع نظرائه”."]
CALLS = ["لتصلك آخر الأخبار تابعنا على قناتنا على تلغرام: العراق أولاً",
         "لمتابعتنا على فيسبوك يرجى الضغط على الرابط التالي: العراق أولاً"]


@pytest.mark.parametrize("line", [*CALLS, "تابعونا على تويتر", "تابعنا على صفحتنا على فيسبوك"])
def test_the_calls_are_no_text(line):
    assert is_noise(line)


def test_the_calls_leave_the_text():
    assert clean_body([*map(Block, TEXT), *map(Block, CALLS)]).paragraphs == TEXT


def test_a_sentence_about_following_an_account_stays():
    line = "وقال المتحدث إن الوزارة تابعت على تويتر ردود الفعل على البيان الذي صدر أمس بشأن الاجتماع."
    assert not is_noise(line)
