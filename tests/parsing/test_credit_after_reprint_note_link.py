"""A copy's reprint note whose link the copy's credits follow in the same block (a Kompas copy: `Artikel ini telah
tayang di Kompas.com dengan judul "...", Klik untuk baca: <url>.` then `Penulis : Nabilla Ramadhian` and `Editor : Ni
Luh Made Pertiwi F.` on lines of their own): the credits after the link are no next page's text, they name the
writer and the editor. A sentence after the link stays the text it is."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

from people_pages import URL, page  # beside this file

NOTE = ('Artikel ini telah tayang di Kompas.com dengan judul "Ucapan Hari Raya Nyepi, Pakai Bahasa Indonesia atau '
        'Bahasa Bali?", Klik untuk baca: https://travel.kompas.com/read/2021/03/13/150700727/'
        'ucapan-hari-raya-nyepi-pakai-bahasa-indonesia-atau-bahasa-bali-.')
APP = ("Download aplikasi Kompas.com untuk akses berita lebih mudah dan cepat:<br>Android: https://bit.ly/3g85pkA<br>"
       "iOS: https://apple.co/3hXWJ0L")


@pytest.mark.parametrize("after", ["", f"<br><br>{APP}"])
def test_credits_after_the_note_link_name_the_writer_and_editor(after):
    item = parse_article(page(last=f"<p>{NOTE}<br>Penulis : Nabilla Ramadhian<br>Editor : Ni Luh Made Pertiwi F."
                                   f"{after}</p>"), URL)
    assert (item["author"], item["editor"]) == ("Nabilla Ramadhian", "Ni Luh Made Pertiwi F.")
    assert "Nabilla" not in item["body"] and "Klik untuk baca" not in item["body"]


def test_a_sentence_after_the_note_link_stays_text():
    sentence = "Pemerintah daerah juga meminta warga tetap waspada terhadap banjir susulan pada akhir pekan ini."
    item = parse_article(page(last=f"<p>{NOTE} {sentence}</p>"), URL)
    assert sentence in item["body"]
    assert item["author"] is None
