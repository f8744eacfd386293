"""A date restated as its Hijri day with `bertepatan` alone, without `dengan` (MINA: `pada Sabtu, 29 Maret 2025
bertepatan 29 Ramadhan 1446 H pukul 17:59:51 telah terjadi ijtimak`): the clock after the pair is the date's."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, parse_date


@pytest.mark.parametrize(("text", "expected"), [
    ("Terkait Syawal, Sayuti mengatakan, pada Sabtu, 29 Maret 2025 bertepatan 29 Ramadhan 1446 H pukul 17:59:51 "
     "telah terjadi ijtimak.", datetime(2025, 3, 29, 17, 59, 51, tzinfo=WIB)),
    ("pada Sabtu, 29 Maret 2025 bertepatan dengan 29 Ramadhan 1446 H pukul 17:59:51 telah terjadi ijtimak.",
     datetime(2025, 3, 29, 17, 59, 51, tzinfo=WIB)),
    # No clock after the pair, or no Hijri date after the word: the day alone.
    ("pada Sabtu, 29 Maret 2025 bertepatan 29 Ramadhan 1446 H.", datetime(2025, 3, 29, tzinfo=WIB)),
    ("pada Sabtu, 29 Maret 2025 bertepatan acara 29 tahun pukul 17:59 WIB", datetime(2025, 3, 29, tzinfo=WIB)),
])
def test_a_clock_after_a_date_restated_with_bertepatan_is_its_time(text: str, expected: datetime) -> None:
    assert parse_date(text) == expected
