"""A page's button to copy the article (Kompas's `Salin Artikel` over the text), a blog platform's buttons to report a
post or its writer (Kompasiana's `Laporkan Konten` over `Laporkan Akun`), and an embedded Instagram post's line with its
date lost after `on` (the date is a `<time>` the embed's script fills: `A post shared by Mas Agung Wilis Yudha Baskoro
(@masagungwilis) on`) or kept: none is text. Sentences with the words stay."""

from __future__ import annotations

from crawler.parsing.furniture import is_noise
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

BEFORE = ("Polisi tersebut juga menjadi sandara temannya yang tampak sudah sangat kelelahan menjaga keamanan.")
AFTER = ("Foto ini kemudian viral. Banyak warganet yang merasa haru dengan pengorbanan para petugas kepolisian yang "
         "membuatnya jauh dari keluarga demi menjaga keamanan.")


def test_the_buttons_are_furniture():
    for line in ("Salin Artikel", "Salin tautan", "Laporkan Konten", "Laporkan Akun"):
        assert is_noise(line), line


def test_the_post_line_leaves_with_or_without_its_date():
    for line in ("A post shared by Mas Agung Wilis Yudha Baskoro (@masagungwilis) on",
                 "A post shared by Mas Agung Wilis Yudha Baskoro (@masagungwilis) on May 21, 2019 at 8:23pm PDT",
                 "Sebuah kiriman dibagikan oleh Raline Shah (@ralineshah) pada"):
        assert clean_body([Block(BEFORE), Block(line), Block(AFTER)]).paragraphs == [BEFORE, AFTER]


def test_sentences_with_the_words_stay():
    for line in ("Salin artikel orang lain tanpa izin adalah pelanggaran hak cipta, kata dia.",
                 "Laporkan konten hoaks ke aduankonten.id, imbau Kominfo kepada warganet.",
                 "A post shared by the singer (@taylorswift) on Friday drew more than a million reposts in six hours."):
        assert not is_noise(line)
        assert clean_body([Block(BEFORE), Block(line), Block(AFTER)]).paragraphs == [BEFORE, line, AFTER]
