"""A header line whose weekday carries its Javanese market day (`Jumat Pahing, 25 September 2015`: Wawasan's print
header, ayosemarang) dates the article as the same line without it does."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

from people_pages import header_lines as header, page  # beside this file

URL = "https://www.ayosemarang-contoh.id/read/pemkot-umumkan-kebijakan-baru"


@pytest.mark.parametrize(("line", "published"), [
    ("Jumat Pahing, 25 September 2015", "2015-09-25T00:00:00+07:00"),
    ("Senin Legi, 3 Agustus 2020 10:15 WIB", "2020-08-03T10:15:00+07:00"),
    ("Rabu Kliwon, 12 Mei 2021 - 08:05 WIB", "2021-05-12T08:05:00+07:00"),
    ("Jumat, 25 September 2015", "2015-09-25T00:00:00+07:00"),  # the same line without it
])
def test_a_market_day_after_the_weekday_keeps_the_header_date(line, published):
    assert parse_article(page(header=header(line)), URL)["published_at"] == published
