"""An editors' pick's or the homecoming season's heading over the header's time (a blog's `Diary Pilihan` over `5
Oktober 2024 00:09 Diperbarui: ...`, Tribun's `Mudik 2013` kicker, `Mudik Lebaran`) is a rubric's: it names no writer.
A writer's name over the time stays, and so does the writer a labelled byline under such a kicker names."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

from people_pages import URL, header_lines as header, page  # beside this file

BLOG_TIME = "5 Oktober 2024   00:09 Diperbarui: 5 Oktober 2024   01:08"
NEWS_TIME = "Minggu, 28 Juli 2013 10:00 WIB"


@pytest.mark.parametrize("rubric", ["Diary Pilihan", "Berita Pilihan", "Mudik Lebaran", "Mudik 2013", "Lebaran 2024"])
@pytest.mark.parametrize("time", [BLOG_TIME, NEWS_TIME])
def test_a_pick_or_season_heading_over_the_time_names_nobody(rubric, time):
    assert parse_article(page(header=header(rubric, time)), URL)["author"] is None


def test_the_labelled_byline_under_the_season_kicker_names_the_writer():
    item = parse_article(page(header=header("Minggu, 28 September 2025", "Mudik 2013", "Penulis: Willem Jonata",
                                            "Wartakotalive.com")), URL)
    assert item["author"] == "Willem Jonata"


@pytest.mark.parametrize("name", ["Erri Subakti", "Willem Jonata", "Hasanatun Aliyah"])
def test_a_writer_over_the_time_stays(name):
    assert parse_article(page(header=header(name, NEWS_TIME)), URL)["author"] == name
