"""A WordPress.com excerpt's read-more link naming the post, run into its last sentence (`... di bawah
pengasuhannya. Continue reading “Yuk, Nikah Mut’ah”`), the ad slot's plural label under it (`Advertisements`), and an
image's file name in snake case left as its alt text with its source after a dash (`airplane_vortex - wikipedia`)
leave. A sentence quoting the words stays."""

from __future__ import annotations

from crawler.parsing.furniture import is_noise
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

FIRST = ("Ada tawaran menarik dari seorang sahabat. Bayangkan, tiap bulan dikasih puluhan juta, dibelikan rumah gedong, "
         "plus plesiran dan belanja-belanja kapan mau.")
LAST = ("Tapi syaratnya: menikah dengan dia dalam hitungan bulan, maksimum dua tahun. Kalau saya hamil, maka anak yang "
        "dilahirkan harus di bawah pengasuhannya.")


def test_the_read_more_link_and_the_ad_label_leave():
    assert is_noise("Advertisements")
    result = clean_body([Block(FIRST), Block(f"{LAST} Continue reading “Yuk, Nikah Mut’ah”"), Block("Advertisements")])
    assert result.paragraphs == [FIRST, LAST]


def test_the_file_name_alt_leaves():
    assert is_noise("airplane_vortex - wikipedia")
    assert clean_body([Block(FIRST), Block("airplane_vortex - wikipedia"), Block(LAST)]).paragraphs == [FIRST, LAST]


def test_a_sentence_quoting_the_words_stays():
    line = "Ia menulis “Continue reading” di papan tulis, lalu meminta murid membaca sampai habis."
    assert clean_body([Block(FIRST), Block(line)]).paragraphs == [FIRST, line]
    assert not is_noise("Pesawat itu terbang - kata wikipedia - pada 1903.")
