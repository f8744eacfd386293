"""A heading on a line of its own above the header's time is a writer's name only when it reads as one: a weekday's
rubric (`Hikmah Jumat`), a greeting or a closing wish (`Selamat Membaca`, `Semoga Bermanfaat`), a press release's
source (`Polres Bogor`, `Dinas Pendidikan`, `Bank Indonesia`) and a topic's heading (`Lalu Lintas`, `Tahun Baru`, `Hari
Kemerdekaan`, `Sudut Pandang`, `Wisata Alam`) name nobody; a name with a weekday's short form stays."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

from people_pages import URL, header_lines as header, page  # beside this file

TIME = "Senin, 6 Januari 2020 10:00 WIB"


@pytest.mark.parametrize("line", [
    "Hikmah Jumat",
    "Kajian Sabtu",
    "Selamat Membaca",
    "Semoga Bermanfaat",
    "Polres Bogor",
    "Dinas Pendidikan",
    "Bank Indonesia",
    "Lalu Lintas",
    "Tahun Baru",
    "Hari Kemerdekaan",
    "Sudut Pandang",
    "Wisata Alam",
])
def test_a_heading_over_the_time_names_nobody(line):
    assert parse_article(page(header=header(line, TIME)), URL)["author"] is None


@pytest.mark.parametrize("name", [
    "Hendri Setiadi",
    "Selamat Ginting",  # `Selamat` before a surname
    "Lalu Muhammad Zohri",  # a Sasak noble's title opens the name
    "Syamsul Alam",
    "Ahmad Min",  # a weekday's short form
])
def test_a_name_over_the_time_stays_the_writer(name):
    assert parse_article(page(header=header(name, TIME)), URL)["author"] == name
