"""A header time with the year first and slashes between (detik's 2019 pages: `2019/09/07 08:06:33 WIB` over the
headline, `Muhammad Fida Ul Haq - detikNews` under it): the article's time, as the same date with dashes is; an
address's `/2019/09/07/` with no clock after it is no time."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.credits import parse_header_line

URL = ("https://news.detik.com/berita/d-4696880/ketua-kpk-sebut-koruptor-paling-banyak-dari-dpr-fahri-itu-ekspresi-"
       "frustasi/2")
TITLE = "Ketua KPK Sebut Koruptor Paling Banyak dari DPR, Fahri: Itu Ekspresi Frustasi"
LINES = ("Terkait penolakan terhadap usul revisi Undang-Undang KPK, Fahri menuding KPK antikritik. KPK dinilai tetap "
         "harus diawasi.",
         "\"KPK kan sering dianggap sebagai holy cow, nggak boleh salah dia. Prinsipnya adalah di mana ada kewenangan "
         "besar ya ada pengawas,\" tuturnya.")


def page(when: str) -> bytes:
    body = "".join(f"<p>{line}</p>" for line in LINES)
    return (f"<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'><title>{TITLE}</title></head><body>"
            f"<article class='detail'><div class='detail__header'><h1 class='detail__title'>{TITLE}</h1>"
            "<div class='detail__author'>Muhammad Fida Ul Haq - detikNews</div>"
            f"<div class='detail__date'>{when}</div></div><div class='detail__body-text'>{body}</div></article>"
            "</body></html>").encode()


@pytest.mark.parametrize("when, expected", [
    ("2019/09/07 08:06:33 WIB", "2019-09-07T08:06:33+07:00"),
    ("2019/09/07 08:06 WIB", "2019-09-07T08:06:00+07:00"),
    ("2019-09-07 08:06:33 WIB", "2019-09-07T08:06:33+07:00"),
])
def test_the_year_first_header_time_is_read(when, expected):
    item = parse_article(page(when), URL)
    assert item["published_at"] == expected
    assert item["author"] == "Muhammad Fida Ul Haq"


@pytest.mark.parametrize("line", ["https://news.detik.com/read/2019/09/07/123", "2019/09/07"])
def test_a_slashed_path_without_its_clock_is_no_header_time(line):
    assert parse_header_line(line) is None
