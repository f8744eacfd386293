"""A copy's reprint note with its credits on lines of the same paragraph: Bisnis.com's writer labelled in English
(`..., Klik selengkapnya di sini: <url>.` over `Author: Leo Dwi Jatmiko` over `Editor : Rio Sandy Pradana`), VIVA's
byline closing the note's lines (`Artikel ini sudah tayang di VIVA.co.id pada hari ...` over `Judul Artikel : ..`,
`Link Artikel : <url>` and `Oleh : Dian Lestari Ningsih`). A desk's name in the byline names nobody."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

from people_pages import URL, page  # beside this file

BISNIS = ('Artikel ini telah tayang di Bisnis.com dengan judul "Dorong Penetrasi IoT, Alita Gandeng Dua Perguruan '
          'Tinggi", Klik selengkapnya di sini: https://teknologi.bisnis.com/read/20220120/84/1491624/'
          'dorong-penetrasi-iot-alita-gandeng-dua-perguruan-tinggi.')
VIVA = ("Artikel ini sudah tayang di VIVA.co.id pada hari Kamis, 16 Juni 2022 - 05:59 WIB<br>Judul Artikel : Terkuak, "
        "Awal Mula Ridwan Kamil Angkat Arkana Jadi Anaknya<br>Link Artikel : https://www.viva.co.id/berita/nasional/"
        "1485778-terkuak-awal-mula-ridwan-kamil-angkat-arkana-jadi-anaknya")


def test_an_english_writer_label_after_the_note_link_names_the_writer():
    item = parse_article(page(last=f"<p>{BISNIS}<br>Author: Leo Dwi Jatmiko<br>Editor : Rio Sandy Pradana</p>"), URL)
    assert (item["author"], item["editor"]) == ("Leo Dwi Jatmiko", "Rio Sandy Pradana")
    assert "Jatmiko" not in item["body"]


def test_the_byline_closing_the_note_lines_names_the_writer():
    item = parse_article(page(last=f"<p>{VIVA}<br>Oleh : Dian Lestari Ningsih</p>"), URL)
    assert item["author"] == "Dian Lestari Ningsih"
    assert "Ningsih" not in item["body"]


@pytest.mark.parametrize("byline", ["Oleh : Tim Redaksi", "Oleh : Redaksi VIVA", "Oleh :"])
def test_a_desk_or_an_empty_byline_names_nobody(byline):
    item = parse_article(page(last=f"<p>{VIVA}<br>{byline}</p>"), URL)
    assert item["author"] is None
