"""An Arabic outlet's name ending with `للأنباء` ("for news"), then the dash and a listed city ending the line
(`شبكة الخامسة للأنباء - غزة`): the outlet first, as `شفق نيوز- بغداد` writes it."""

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize(("text", "reading"), [
    ("شبكة الخامسة للأنباء - غزة\nشبكة الخامسة للأنباء – غزة\nأعلن المتحدث باسم معبر رفح، من الجانب الفلسطيني، اليوم "
     "السبت، بدء مغادرة حافلات المسافرين", ("غزة", "شبكة الخامسة للأنباء")),
    ("شبكة الخامسة للأنباء – غزة\nأعلن المتحدث باسم معبر رفح بدء مغادرة حافلات المسافرين", ("غزة", "شبكة الخامسة للأنباء")),
    ("وكالة سند للأنباء - رام الله\nأعلن المتحدث باسم الوزارة عن خطة جديدة", ("رام الله", "وكالة سند للأنباء")),
])
def test_agency_for_news_before_city(text, reading):
    assert place_and_agency(text) == reading


@pytest.mark.parametrize(("text", "reading"), [
    # a desk's word after the dash, no listed city: the outlet alone, as `شفق نيوز- محافظات` reads
    ("شبكة الخامسة للأنباء - محافظات\nأعلن المتحدث باسم معبر رفح بدء مغادرة الحافلات", (None, "شبكة الخامسة للأنباء")),
    ("شفق نيوز- بغداد\nدعت اللجنة المالية إلى إقرار الموازنة", ("بغداد", "شفق نيوز")),
])
def test_near_misses_stay(text, reading):
    assert place_and_agency(text) == reading
