"""A header's date written as day, month and year in figures parted by dashes, the clock after a comma and no space
(Disway's AMP page, Nomor Satu Kaltim 2024: `Selasa 24-09-2024,22:29 WIB` under the headline, over `Reporter : Ari
Rachiem`): the article's time to the minute, as the same date parted by slashes is. Other figures parted by dashes
(a telephone's number) are no date."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.credits import parse_header_line

URL = "https://nomorsatukaltim.disway.id/amp/47378/wakapolres-kukar-tegaskan-netralitas-dan-kamtibmas-selama-pilkada"
TEXT = ("“Personel harus fokus menjaga ketertiban di antara penonton, bukan kepada artis di panggung,” jelasnya.",
        "\"Satreskrim dan Intelkam harus segera bergerak cepat dalam menyelidiki isu pemalakan yang marak di media "
        "sosial. Ini demi menjaga ketertiban dan kepercayaan masyarakat kepada Polres Kukar,\" tutupnya.")


def page(when: str) -> bytes:
    paragraphs = "".join(f"<p>{line}</p>" for line in TEXT)
    return (f"<!doctype html><html amp lang='id'><head><meta charset='utf-8'><title>Wakapolres Kukar Tegaskan "
            f"Netralitas</title></head><body><article><h1 class='read__title'>Wakapolres Kukar Tegaskan Netralitas dan "
            f"Kamtibmas Selama Pilkada dan Erau</h1><div class='read__date'>{when}</div>"
            f"<div class='read__info'>Reporter : Ari Rachiem</div><div class='read__info'>Editor : Baharunsyah</div>"
            f"<div class='read__content'>{paragraphs}</div></article></body></html>").encode()


@pytest.mark.parametrize("when, published", [
    ("Selasa 24-09-2024,22:29 WIB", "2024-09-24T22:29:00+07:00"),
    ("Kamis 05-09-2024, 08:15 WIB", "2024-09-05T08:15:00+07:00"),  # the day first, as the site writes it
    ("Selasa 24/09/2024,22:29 WIB", "2024-09-24T22:29:00+07:00"),  # slashes, read already
])
def test_the_dashed_date_and_its_clock_are_the_article_s_time(when, published):
    item = parse_article(page(when), URL)
    assert item["published_at"] == published
    assert item["author"] == "Ari Rachiem"


def test_the_header_line_reads_the_whole_date_and_clock():
    found = parse_header_line("Selasa 24-09-2024,22:29 WIB")
    assert found is not None and found.when == "Selasa 24-09-2024,22:29 WIB" and found.author is None


@pytest.mark.parametrize("line", [
    "Hubungi 0812-3456-7890",  # a telephone's number
    "Skor akhir 2-1-0 untuk tuan rumah",
])
def test_other_figures_parted_by_dashes_are_no_date(line):
    assert parse_header_line(line) is None
