"""An Arabic outlet's name first, then a listed city between dashes (`شبكة وتر - رام الله - سمحت ...`, a Palestinian
network's copy; `صدى نيوز - رام الله - ...`): the city is the place and the name before it the outlet, a name opening
with `شبكة` ("network") as one opening with `وكالة` ("agency") does; the place first (`رام الله - صدى نيوز - ...`)
stays as it was."""

from __future__ import annotations

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize(("text", "reading"), [
    ("شبكة وتر - رام الله - سمحت قوات الاحتلال بمرور موكب رئيس الحكومة الفلسطينية رامي الحمد الله بعد احتجاز استمر 45 "
     "دقيقة صباح اليوم الثلاثاء على مدخل مدينة رام الله.", ("رام الله", "شبكة وتر")),
    ("صدى نيوز - رام الله - عززت قوات الاحتلال من تواجدها على مدخل المدينة", ("رام الله", "صدى نيوز")),
    ("وكالة سند - غزة - استشهد شاب برصاص الاحتلال شرق المدينة", ("غزة", "وكالة سند")),
    # a network's name alone before the dash: the outlet, no place
    ("شبكة وتر - سمحت قوات الاحتلال بمرور موكب رئيس الحكومة الفلسطينية", (None, "شبكة وتر")),
])
def test_outlet_then_city_between_dashes(text, reading):
    assert place_and_agency(text) == reading


@pytest.mark.parametrize(("text", "reading"), [
    ("رام الله - صدى نيوز - عززت قوات الاحتلال من تواجدها", ("رام الله", "صدى نيوز")),
    ("الخليل- معا- اقتحمت قوات الاحتلال البلدة", ("الخليل", "معا")),
    ("عروبة الإخباري – أكد وزير الخارجية أن المفاوضات مستمرة", (None, "عروبة الإخباري")),
])
def test_place_first_and_outlet_alone_stay(text, reading):
    assert place_and_agency(text) == reading
