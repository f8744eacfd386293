"""A date only the dateparser fallback reads is in WIB, +07:00, whatever its year: before 1964 the zone `Asia/Jakarta`
had other offsets (+09:00 in 1942-1945, +07:30 before 1964), and a date of 1945 came back at midnight +09:00, 16 August
22:00 in WIB."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from crawler.parsing.dates import WIB, parse_date


@pytest.mark.parametrize(("text", "expected"), [
    ("August 1945, 17", datetime(1945, 8, 17, tzinfo=WIB)),
    ("Mei 1962, 20", datetime(1962, 5, 20, tzinfo=WIB)),
    ("Juni 2024, 3", datetime(2024, 6, 3, tzinfo=WIB)),
])
def test_the_fallback_s_date_is_midnight_wib(text, expected):
    found = parse_date(text)
    assert found == expected
    assert found.utcoffset() == timedelta(hours=7)
