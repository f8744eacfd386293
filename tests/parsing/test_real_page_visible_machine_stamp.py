"""A header printing the machine's stamp as it is (an aggregator's article page, 2026: `2026-01-01T02:00:00.000Z`
under the headline, no other time on the page): the date, the clock after the `T`, the fraction of a second and `Z`
for UTC are one time, the article's, 09:00 WIB. The same date with a space before its clock reads as before (WIB), and
a `Z` glued to a word is no zone."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.credits import parse_header_line

URL = "https://databicara.space/article/d-8287210/kapolda-banten-apresiasi-masyarakat-jalani-malam-tahun-baru-tertib"
TEXT = ("Kapolda Banten Irjen Pol Hengki mengapresiasi masyarakat dalam perayaan malam Tahun Baru di wilayah hukumnya. "
        "Tidak ada laporan gangguan keamanan di wilayah Kota Serang.")


def page(stamp: str) -> bytes:
    return ("<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'><title>Kapolda Banten Apresiasi Masyarakat "
            "Jalani Malam Tahun Baru Tertib</title></head><body><article><h1>Kapolda Banten Apresiasi Masyarakat "
            f"Jalani Malam Tahun Baru Tertib</h1><div class='detail__date'>{stamp}</div>"
            f"<div class='detail__body-text'><p>{TEXT}</p></div></article></body></html>").encode()


@pytest.mark.parametrize("stamp, published", [
    ("2026-01-01T02:00:00.000Z", "2026-01-01T09:00:00+07:00"),
    ("2026-01-01T02:00:00Z", "2026-01-01T09:00:00+07:00"),
    ("2026-01-01T09:00:00+07:00", "2026-01-01T09:00:00+07:00"),
    ("2026-01-01 09:00", "2026-01-01T09:00:00+07:00"),  # a space before the clock, read already
])
def test_the_printed_stamp_is_the_article_s_time(stamp, published):
    assert parse_article(page(stamp), URL)["published_at"] == published


def test_the_header_line_reads_the_whole_stamp():
    found = parse_header_line("2026-01-01T02:00:00.000Z")
    assert found is not None and found.when == "2026-01-01T02:00:00.000Z"


def test_a_z_glued_to_a_word_is_no_zone():
    found = parse_header_line("Senin, 5 Januari 2026 10:30 Zona Merah")
    assert found is not None and found.when == "Senin, 5 Januari 2026 10:30"
