"""Hijri months as Egyptian spelling writes them: a final `ي` as `ى` and a final `ة` as `ه` or `ى` (`27 ذى القعدة
1445`, `ذي القعده`, `ذو الحجه`), the variants Arabic date normalizers accept beside the standard names. A word that is
no Hijri month stays no date."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, parse_date

_BASE = datetime(2024, 7, 25, 20, 0, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    ("27 ذى القعدة 1445", "2024-06-04T00:00"),
    ("27 ذي القعده 1445", "2024-06-04T00:00"),
    ("27 ذو القعدى 1445", "2024-06-04T00:00"),
    ("10 ذو الحجه 1445", "2024-06-16T00:00"),
    ("10 ذى الحجة 1445 هـ", "2024-06-16T00:00"),
    ("الثلاثاء - 27 ذو القعدة 1445 هـ - 04 يونيو 2024 م", "2024-06-04T00:00"),  # the standard name, read already
])
def test_egyptian_spelled_hijri_month(text: str, expected: str) -> None:
    moment = parse_date(text, base=_BASE)
    assert moment is not None and moment.astimezone(WIB).strftime("%Y-%m-%dT%H:%M") == expected


@pytest.mark.parametrize("text", [
    "1 محرمه 1445",  # no month
    "5 جمادى 1445",  # which Jumada is not said
])
def test_no_hijri_month(text: str) -> None:
    assert parse_date(text, base=_BASE) is None
