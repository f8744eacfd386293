"""A stock library's own attribution line under its picture between paragraphs (VOI 2020: `Jusuf Kalla` over `Gambar
oleh PIRO4D dari Pixabay`; Pixabay's English `Image by <name> from Pixabay`, Unsplash's `Photo by <name> on
Unsplash`): the picture's credit, no text. A sentence about a picture posted to such a library stays."""

from __future__ import annotations

import pytest

from crawler.parsing.furniture import is_caption
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["Bekas wakil presiden Jusuf Kalla mengkritisi istilah 'berdamai dengan virus corona' yang dilontarkan Presiden "
        "Jokowi. Ketua Umum PMI ini merasa istilah itu kurang pas.",
        "Salah satu alasan polisi menangkapnya karena pimpinan Pondok Pesantren Tajul Alawiyyin, Bogor itu dianggap "
        "melanggar aturan Pembatasan Sosial Berskala Besar (PSBB)."]


@pytest.mark.parametrize("line", [
    "Gambar oleh PIRO4D dari Pixabay",
    "Image by Gerd Altmann from Pixabay",
    "Foto oleh Andrea Piacquadio dari Pexels",
    "Photo by John Doe on Unsplash",
])
def test_the_library_s_attribution_is_a_caption(line):
    assert is_caption(line)


def test_the_attribution_leaves_the_text():
    assert clean_body([Block(TEXT[0]), Block("Gambar oleh PIRO4D dari Pixabay"), Block(TEXT[1])]).paragraphs == TEXT


def test_a_sentence_about_a_picture_posted_there_stays():
    line = "Foto oleh warga dari lokasi kejadian itu kemudian diunggah ke Pixabay dan dipakai banyak media."
    assert not is_caption(line)
    assert clean_body([Block(TEXT[0]), Block(line), Block(TEXT[1])]).paragraphs == [TEXT[0], line, TEXT[1]]
