"""A caption whose source is a reproduction's word after a slash run into its last word (RMOL's `Gambar terduga pelaku
pembakar Halte Busway Sarinah, yang disajikan di dalam video Narasi TV/Repro`, a still taken from a video) is no text.
A sentence that names a reproduction stays."""

from __future__ import annotations

from crawler.parsing.furniture import is_caption
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

CAPTION = "Gambar terduga pelaku pembakar Halte Busway Sarinah, yang disajikan di dalam video Narasi TV/Repro"
TEXT = ["Video pembakaran Halte Busway Sarinah, Jakarta Pusat, yang dikeluarkan Tim Narasi TV besutan Najwa Shihab "
        "menunjukkan adanya penyusup di tengah-tengah aksi menolak omnibus law UU Cipta Kerja 8 Oktober lalu.",
        "Pakar Telematika, Roy Suryo, turut mengomentari hasil karya Narasi TV, dalam akun Twitternya, @KRMTRoySuryo2, "
        "Kamis (29/10)."]


def test_the_reproduction_credited_caption_goes():
    assert is_caption(CAPTION)
    blocks = [Block(CAPTION), Block("JUMAT, 30 OKTOBER 2020 | 11:14 WIB | LAPORAN: AHMAD SATRYO")] + [
        Block(text) for text in TEXT]
    assert clean_body(blocks).paragraphs == TEXT


def test_a_sentence_naming_a_reproduction_stays():
    for line in ("Lukisan itu hanya repro, kata kurator museum kepada wartawan.",
                 "Kurator menyebut lukisan di ruang depan itu sebuah Repro"):
        assert not is_caption(line), line
