"""A wire's calls to follow it through a messaging app under the text (SANA: `تابعوا آخر الأخبار السياسية والميدانيـة عبر
تطبيق تيلغرام على الهواتف الذكية عبر الرابط :` over its Telegram link, `تابعونا عبر تطبيق واتس أب :` over how to
subscribe, `عبر إرسال كلمة اشتراك على الرقم / 0940777186/ بعد تخزينه باسم سانا أو (SANA).`): none of it is text, nor is
the link the call points at. A sentence naming an app, and a link under a sentence, stay."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["أكد الرئيس الفلسطيني محمود عباس عدم قبول الفلسطينيين ببقاء الاحتلال أو الاستيطان أو “دولة الحدود المؤقتة” مشيراً "
        "إلى مواصلة العمل من أجل طلب العضوية الكاملة لدولة فلسطين في الأمم المتحدة ولمواجهة الاستيطان الإسرائيلي.",
        "وأشار عباس إلى أن التحقيق في رحيل الرئيس الفلسطيني السابق ياسر عرفات ما زال مستمراً وأن لجنة التحقيق الفلسطينية "
        "المكلفة هذه القضية قطعت شوطاً كبيراً في الوصول إلى الحقيقة."]
CALLS = ["تابعوا آخر الأخبار السياسية والميدانيـة عبر تطبيق تيلغرام على الهواتف الذكية عبر الرابط :",
         "https://telegram.me/SyrianArabNewsAgency",
         "تابعونا عبر تطبيق واتس أب :",
         "عبر إرسال كلمة اشتراك على الرقم / 0940777186/ بعد تخزينه باسم سانا أو (SANA)."]


def _paragraphs(lines: list[str]) -> list[str]:
    return clean_body([Block(line) for line in lines]).paragraphs


def test_the_calls_and_their_link_go():
    assert _paragraphs([*TEXT, *CALLS]) == TEXT


def test_a_sentence_naming_an_app_stays():
    line = "تابعوا عبر تطبيق زووم المؤتمر الصحفي للوزير الذي عقد صباح اليوم في دمشق."
    assert _paragraphs([*TEXT, line]) == [*TEXT, line]


def test_a_link_under_a_sentence_stays():
    pointer = "ونشرت الوزارة نص القرار كاملا على موقعها عبر الرابط التالي:"
    link = "https://moi.gov.sy/decision/2016/11"
    more = "وأضاف أن اللجنة ستعرض نتائجها على المجلس المركزي في اجتماعه المقبل قبل نهاية العام الجاري."
    assert _paragraphs([*TEXT, pointer, link, more]) == [*TEXT, pointer, link, more]
