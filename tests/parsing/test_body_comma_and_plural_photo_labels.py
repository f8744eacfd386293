"""A caption under the photo label with a comma for its colon (ChanelNTBNews's `Foto, Muhar Rahman, Pemilik atau
Penyedia Jasa Drone Tambora di Desa Matua ...`) and a credit under the plural label (a blog's `Foto-Foto: Internet`)
leave the text. A sentence opening with the word and a comma, going on in small letters or quoting, stays."""

from __future__ import annotations

from crawler.parsing.furniture import is_caption
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["Namun, semakin lama cara ini dianggap tidak efektif. Hal ini dikarenakan perlunya lebih banyak tenaga kerja dan "
        "waktu pengerjaan yang cenderung lama.",
        "Selain itu, menggunakan metode tradisional juga lebih berpotensi tanaman terinjak ketika proses penyiraman "
        "maupun pemupukan tengah berlangsung."]


def test_the_captions_leave():
    for line in ("Foto, Muhar Rahman, Pemilik atau Penyedia Jasa Drone Tambora di Desa Matua Kecematan Woja Kabupaten "
                 "Dompu.", "Foto, Pemilik atau Penyedia Jasa Drone Tambora", "Foto-Foto: Internet"):
        assert is_caption(line), line
        assert clean_body([Block(TEXT[0]), Block(line), Block(TEXT[1])]).paragraphs == TEXT


def test_sentences_opening_with_the_word_stay():
    for line in ("Foto, video dan dokumen itu diserahkan ke polisi sebagai barang bukti.",
                 "Foto, kata dia, \"akan diserahkan ke penyidik besok pagi\"."):
        assert not is_caption(line), line
        assert clean_body([Block(TEXT[0]), Block(line), Block(TEXT[1])]).paragraphs == [TEXT[0], line, TEXT[1]]
