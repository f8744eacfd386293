"""Arabic Hijri month names in the spelling pages mix freely: `ى` written `ي` and the hamza kept or dropped (an app's
`29 جمادي الأولى 1447`, `جمادي الآخرة`, `ربيع الأخر`), as the table's own spellings are read."""

from __future__ import annotations

import pytest

from crawler.parsing.hijri import hijri_month


@pytest.mark.parametrize(("name", "month"), [
    ("جمادي الأولى", 5),
    ("جمادي الاول", 5),
    ("جمادي الآخرة", 6),
    ("جمادي الآخر", 6),
    ("جمادي الثانية", 6),
    ("ربيع الأخر", 4),
    ("جمادى الأولى", 5),  # the table's own, unchanged
    ("ذو القعده", 11),
])
def test_plain_spelling_month(name: str, month: int) -> None:
    assert hijri_month(name) == month


@pytest.mark.parametrize("name", ["جمادي", "ربيع", "الأولى"])
def test_half_a_name_is_no_month(name: str) -> None:
    assert hijri_month(name) is None
