"""A clock after `pukul` typed with a space after its colon or dot, before an Indonesian zone (`Sekitar pukul 12: 40
Wita Selasa (18/01/2022).`, a regional lead; `sekitar pukul 07. 45 WIT,`, a Papuan report): the clock, in its zone."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, parse_date

_BASE = datetime(2022, 1, 18, 20, 0, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    ("BIMA, KS,- Terjadi penyerangan terhadap warga Kelurahan Sarae Kota Bima oleh warga kampung Sarata Kota Bima. "
     "Sekitar pukul 12: 40 Wita Selasa (18/01/2022).", datetime(2022, 1, 18, 11, 40, tzinfo=WIB)),
    ("Selasa (18/01/2022) sekitar pukul 07. 45 WIT.", datetime(2022, 1, 18, 5, 45, tzinfo=WIB)),
    ("sekitar pukul 07. 45 WIT", datetime(2022, 1, 18, 5, 45, tzinfo=WIB)),
    ("Selasa (18/01/2022) jam 12: 40 WIB", datetime(2022, 1, 18, 12, 40, tzinfo=WIB)),
])
def test_a_labelled_clock_with_a_space_after_its_separator_is_read(text: str, expected: datetime) -> None:
    assert parse_date(text, base=_BASE) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # No zone after the minutes: a count, not a clock; no `pukul` before the hour: no clock either.
    ("Selasa (18/01/2022) pukul 12. 40 orang datang", datetime(2022, 1, 18, tzinfo=WIB)),
    ("Selasa (18/01/2022), 12: 40 WIB", datetime(2022, 1, 18, tzinfo=WIB)),
    ("pukul 12. 40 orang", None),
])
def test_a_spaced_separator_without_its_label_and_zone_is_no_clock(text: str, expected: datetime | None) -> None:
    assert parse_date(text, base=_BASE) == expected
