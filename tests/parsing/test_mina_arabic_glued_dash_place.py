"""MINA's Arabic service of 2014 opened a story with its date line, then the country and its city on a line of their own,
the dash glued to the country (`إندونيسيا- جاكرتا`): a dateline, not the story's first words. A listed place only takes
the glued dash so; a label does too (`فيديو- شاهد`) and stays no place."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article, parse_dateline
from crawler.parsing.profile import GENERIC
from crawler.sites import SITES

URL = "https://ar.minanews.net/?p=47208"

# Reduced from the real page (2018 theme): the headline, the date, the first lines of the text.
PAGE = """<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="UTF-8">
<title>إندونيسيا:ترحيب فلسطيني بالعمل التضامني الإندونيسي - MINA News Agency</title></head>
<body class="single single-post"><article class="post type-post hentry"><header class="entry-header">
<h1 class="entry-title">إندونيسيا:ترحيب فلسطيني بالعمل التضامني الإندونيسي</h1>
<div class="entry-meta"><span class="entry-date updated"><time datetime="2014-08-12">Tuesday, 12 August 2014</time></span>
</div></header><div class="entry-content">
<p>الثلاثاء،16الشوال1435ه الموافق12آب/أغسطس2014 وكالة معراج للأنباء الإسلامية”مينا”.</p>
<p>إندونيسيا- جاكرتا</p>
<p>رحب الفلسطينيون بالعمل التضامني الاندونيسي من أجل فلسطين الذي نظمته جماعة المسلمين “حزب الله” في جاكرتا، يوم الأحد
10 أغسطس 2014.</p>
<p>ووفقا له، فالغزوين يعرفون كيف أن المسلمين في إندونيسيا يقدمون الدعم الكامل من أجل تحرير الأقصى واستقلال فلسطين.</p>
</div></article></body></html>"""


@pytest.mark.parametrize("profile", [SITES["mina"], GENERIC], ids=["mina", "news"])
def test_the_date_line_and_the_country_over_its_city_open_no_text(profile) -> None:
    item = parse_article(PAGE, URL, profile=profile)
    assert item["body"].startswith("رحب الفلسطينيون بالعمل التضامني")
    assert item["body"].endswith("من أجل تحرير الأقصى واستقلال فلسطين.")
    assert item["dateline"]["place"] == "إندونيسيا"
    assert item["published_at"].startswith("2014-08-12")


@pytest.mark.parametrize(("text", "place"), [
    ("إندونيسيا- جاكرتا\n\nرحب الفلسطينيون بالعمل التضامني", "إندونيسيا"),
    ("القدس- أكد مسؤول فلسطيني أن الاحتلال", "القدس"),
    ("رام الله- قال مسؤول في وزارة الصحة", "رام الله"),
    # the dash between spaces, as before
    ("جاكرتا - تم افتتاح المعرض الدولي للكتاب", "جاكرتا"),
])
def test_a_listed_place_with_its_dash_glued_or_spaced(text: str, place: str) -> None:
    found = parse_dateline(text)
    assert (found.place, found.agency) == (place, None)


@pytest.mark.parametrize("text", [
    "عاجل- الاحتلال يقصف غزة",  # "breaking": a label
    "فيديو- شاهد لحظة القصف",  # "video"
    "بالصور- مسيرة حاشدة في جاكرتا",  # "in pictures"
    "قال- الوزير إن الحكومة",  # a verb
])
def test_a_label_with_a_glued_dash_is_no_place(text: str) -> None:
    assert parse_dateline(text) is None


def test_an_outlet_after_the_glued_dash_stays_the_outlet() -> None:
    found = parse_dateline("غزة- المسار : استشهد شاب برصاص الاحتلال")
    assert (found.place, found.agency) == ("غزة", "المسار")
