"""A header line's clock keeps the numeric offset printed after it (`Fri, 28 May 2021 16:50:35 +0800`: a feed
archive's header, machine-made headers), and a print edition's weekday set off by a bullet (`EDISI SABTU • 5 JANUARI
2019`) belongs to its date, not to a writer."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.credits import parse_header_line

from people_pages import header_lines as header, page  # beside this file

URL = "https://www.malaymail-contoh.com/news/2021/05/28/berita-kota/1977000"


@pytest.mark.parametrize(("line", "published"), [
    ("Fri, 28 May 2021 16:50:35 +0800", "2021-05-28T15:50:35+07:00"),
    ("Fri, 28 May 2021 16:50:35 +08:00", "2021-05-28T15:50:35+07:00"),
    ("Jumat, 28 Mei 2021 09:50 +0000", "2021-05-28T16:50:00+07:00"),
    ("Jumat, 28 Mei 2021 16:50", "2021-05-28T16:50:00+07:00"),  # no offset: the clock is WIB's
])
def test_a_numeric_offset_after_the_clock_is_the_header_times_zone(line, published):
    assert parse_article(page(header=header(line)), URL)["published_at"] == published


def test_a_year_after_a_dash_is_no_offset():
    assert parse_header_line("Jumat, 28 Mei 2021 16:50 -2024").when == "Jumat, 28 Mei 2021 16:50"


@pytest.mark.parametrize("line", ["EDISI SABTU • 5 JANUARI 2019", "Edisi Sabtu · 5 Januari 2019"])
def test_a_print_editions_weekday_before_a_bullet_names_nobody(line):
    header_line = parse_header_line(line)
    assert header_line.author is None
    assert header_line.when.lower().startswith("sabtu")


def test_a_byline_before_a_bulleted_weekday_stays_the_writer():
    assert parse_header_line("Budi Santoso · Sabtu · 5 Januari 2019 10:00 WIB").author == "Budi Santoso"
