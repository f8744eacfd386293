"""The Maghreb's Arabic month names: Algeria's and Tunisia's, from the French (`ماي`, `جوان`, `جويلية`, `أوت`,
`فيفري`), and Morocco's (`يوليوز`, `غشت`): read as the Egyptian names are (short real strings); a name alone, with no
day, stays no date."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, find_body_dates, parse_date

BASE = datetime(2026, 6, 14, 8, 0, tzinfo=WIB)


@pytest.mark.parametrize(("text", "base", "expected"), [
    # A Tunisian outlet's year-less date with its weekday, on a page of the day before.
    ("تشهد سماء مدينة مكة، الأحد 28 ماي، ظاهرة فلكية فريدة بتعامد الشمس على الكعبة وقت أذان الظهر",
     datetime(2023, 5, 27, 20, 0, tzinfo=WIB), datetime(2023, 5, 28, tzinfo=WIB)),
    # An Algerian daily's masthead: the Hijri date, then the Masehi one with its `م`, the digits touching the month.
    ("السبت 21 ذو الحجة 1442هـ الموافق لـ 31جويلية 2021م العدد 18621", BASE, datetime(2021, 7, 31, tzinfo=WIB)),
    ("الموافق لـ 17ماي 2021م العدد 18559", BASE, datetime(2021, 5, 17, tzinfo=WIB)),
    ("06 جوان 2023م", BASE, datetime(2023, 6, 6, tzinfo=WIB)),
    ("due:\"01 أوت 2026\"", BASE, datetime(2026, 8, 1, tzinfo=WIB)),
    # The same daily's headline, its print tatweels taken out and its year written.
    ("رئيس الجمهورية يستدعي الهيئة الناخبة ليوم 5 فيفري 2022", BASE, datetime(2022, 2, 5, tzinfo=WIB)),
    # Morocco's names.
    ("التاريخ: 20 يوليوز 2025", BASE, datetime(2025, 7, 20, tzinfo=WIB)),
    ("آخر تحديث 2 يوليوز 2026", BASE, datetime(2026, 7, 2, tzinfo=WIB)),
    ("date: \"22 يوليوز 2025\",", BASE, datetime(2025, 7, 22, tzinfo=WIB)),
    ("ابتداء من 1 غشت 2027", BASE, datetime(2027, 8, 1, tzinfo=WIB)),
])
def test_a_maghrebi_month_name_is_read(text: str, base: datetime, expected: datetime) -> None:
    assert parse_date(text, base=base) == expected
    assert [found["date"] for found in find_body_dates(text, base)] == [expected.date().isoformat()]


@pytest.mark.parametrize("text", [
    # A month and year, a month alone: no day.
    "{ month: 'جوان 2026', total: 152, volunteers: 74 }",
    "وتحرك ظاهريا في ماي الماضي",
    "دورة جوان 2025",
])
def test_a_maghrebi_month_without_a_day_is_no_date(text: str) -> None:
    assert parse_date(text, base=BASE) is None
    assert find_body_dates(text, BASE) == []
