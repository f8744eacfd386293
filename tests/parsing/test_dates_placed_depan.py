"""A year-less day and month placed by Malay `depan` (next), as courts' dates are reported (`Mahkamah Majistret Bukit
Mertajam hari ini menetapkan 10 November depan bagi sebutan semula kes`, `2 Februari depan ditetapkan untuk keputusan`):
the first such day from the publication on; before a name `depan` is "in front of" and places nothing."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from crawler.parsing.dates import WIB, find_body_dates, parse_date

_MALAYSIA = timezone(timedelta(hours=8))


@pytest.mark.parametrize(("text", "base", "expected"), [
    ("BUKIT MERTAJAM - Mahkamah Majistret Bukit Mertajam hari ini menetapkan 10 November depan bagi sebutan semula kes",
     datetime(2025, 10, 1, 10, tzinfo=_MALAYSIA), "2025-11-10"),
    # Published in January: the coming February is that year's; in December, the next year's.
    ("KUALA LUMPUR: 2 Februari depan ditetapkan untuk keputusan permohonan pembelaan",
     datetime(2024, 1, 18, 10, tzinfo=_MALAYSIA), "2024-02-02"),
    ("KUALA LUMPUR: 2 Februari depan ditetapkan untuk keputusan permohonan pembelaan",
     datetime(2024, 12, 20, 10, tzinfo=_MALAYSIA), "2025-02-02"),
])
def test_depan_places_the_day_ahead(text: str, base: datetime, expected: str) -> None:
    assert [found["date"] for found in find_body_dates(text, base)] == [expected]
    moment = parse_date(text, base=base)
    assert moment is not None and moment.astimezone(WIB).date().isoformat() == expected


@pytest.mark.parametrize("text", [
    # "In front of" a building, and a longer word, place nothing: no body date.
    "aksi unjuk rasa pada 20 Mei depan Gedung DPR",
    "pada 20 Mei depannya",
])
def test_depan_before_a_name_places_nothing(text: str) -> None:
    assert find_body_dates(text, datetime(2025, 10, 1, 10, tzinfo=WIB)) == []
