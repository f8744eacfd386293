"""A dateline of the outlet's name in a few words that spell the page's host run together (Sinar Harapan 2023:
`SINAR HARAPAN - Harga emas jatuh lagi ...` on sinarharapan.co): the site's name, no place. The same words on another
host, and a listed place of two words on its own city's site, keep their places."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

from dateline_readings import place_and_agency  # beside this file

LEAD = ("Harga emas jatuh lagi pada akhir perdagangan Rabu (Kamis pagi WIB), jelang rilis risalah rapat Komite Pasar "
        "Terbuka Federal (FOMC) untuk Juli, menetap lebih rendah selama delapan sesi berturut-turut.")
MORE = ("Mengikuti jatuhnya harga emas dunia, harga emas batangan PT Aneka Tambang (Persero) Tbk atau Antam yang "
        "dipantau dari logammulia.com, Kamis 17 Agustus 2023 pagi turun Rp3.000 menjadi Rp1.060.000 per gram.")


def read(opening: str, url: str) -> dict:
    html = ("<html lang='id-ID'><head><title>Harga Emas Dunia Jatuh, Harga Emas Antam Ikut Turun</title>"
            "<meta property='article:published_time' content='2023-08-17T08:30:00+07:00'></head><body>"
            "<article class='post hentry'><h1 class='entry-title'>Harga Emas Dunia Jatuh, Harga Emas Antam Ikut "
            f"Turun</h1><div class='entry-content'><p>{opening} {LEAD}</p><p>{MORE}</p></div></article></body></html>")
    return parse_article(html.encode(), url)


@pytest.mark.parametrize("url", [
    "https://www.sinarharapan.co/ekonomi/3859843209/harga-emas-dunia-jatuh",
    "https://sinarharapan.co.id/ekonomi/3859843209/harga-emas-dunia-jatuh",
])
def test_the_host_spelled_in_words_is_the_outlet_and_no_place(url):
    item = read("SINAR HARAPAN -", url)
    assert item["dateline"]["place"] is None
    assert item["dateline"]["agency"] == "SINAR HARAPAN"
    assert item["body"].startswith("Harga emas jatuh lagi")


@pytest.mark.parametrize("opening, url, place", [
    ("SINAR HARAPAN -", "https://www.example-news.com/ekonomi/1/harga-emas", "SINAR HARAPAN"),  # another host
    ("BANDA ACEH -", "https://bandaaceh.go.id/berita/1/harga-emas", "BANDA ACEH"),  # a city's own site
])
def test_other_places_stay(opening, url, place):
    assert read(opening, url)["dateline"]["place"] == place


def test_the_text_alone_reads_the_words_as_a_place():
    # Without the page's host the words are read as the text gives them.
    assert place_and_agency(f"SINAR HARAPAN - {LEAD}") == ("SINAR HARAPAN", None)
