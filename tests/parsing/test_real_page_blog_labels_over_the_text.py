"""Two lines a blog prints over a post's text that are none of it: a related-posts heading naming what it points at
with no `juga` (a Blogger theme's `Baca Artikel Lainnya`, its list drawn by a script) and a note that the piece also
ran elsewhere (a columnist's blog: `Artikel ini juga dimuat di tribun-timur.com dan Tribun Timur edisi cetak.`): both
go. Sentences about other stories or the article stay (real lines in the blog's shell)."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

URL = "https://contoh-blog.blogspot.com/2016/12/prediksi-indonesia-vs-thailand.html"
LEAD = ("Timnas Indonesia akan menghadapi Thailand di partai final Piala AFF 2016. Leg pertama dihelat di Stadion "
        "Pakansari, Kabupaten Bogor, pada 14 Desember WIB.")
LAST = ("Dalam pertandingan in kami memprediksikan Timnas Indonesia akan menang 2-1 atas Thailand pada leg pertama di "
        "Stadion Pakansari, Bogor.")


def blogger_page(*lines: str) -> str:
    body = "<br /><br />".join(lines)
    return (f"<html><head><title>Blog: Prediksi Indonesia vs Thailand</title></head><body><div class='post hentry'>"
            f"<h3 class='post-title entry-title'>Prediksi Indonesia vs Thailand</h3>"
            f"<div class='post-body entry-content'>{body}</div></div></body></html>")


@pytest.mark.parametrize("line", [
    "Baca Artikel Lainnya",
    "Baca Berita Lainnya",
    "Artikel ini juga dimuat di tribun-timur.com dan Tribun Timur edisi cetak.",
])
def test_the_line_over_the_text_goes(line):
    item = parse_article(blogger_page(line, LEAD, LAST), URL)
    assert item["body"].startswith("Timnas Indonesia akan menghadapi")
    assert line not in item["body"]


@pytest.mark.parametrize("line", [
    "Baca berita lainnya tentang banjir kemarin.",
    "Artikel ini juga membahas soal harga tiket final.",
])
def test_sentences_stay(line):
    assert clean_body([Block(LEAD), Block(line), Block(LAST)]).paragraphs == [LEAD, line, LAST]
