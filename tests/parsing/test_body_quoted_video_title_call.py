"""A video's call naming only its title, quoted and closed by a colon, over the player's placeholder (detik's
`Simak Juga 'Pilpres 2019 Sudah Final, Saatnya Jokowi-Prabowo Berangkulan':` over `[Gambas:Video 20detik]`) is no
paragraph. A sentence that goes on after the colon, and one with no quoted title, stay."""

from __future__ import annotations

from crawler.parsing.furniture import is_noise
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["Ia berharap kader-kader KAHMI yang tersebar di berbagai partai politik bisa mencapai posisi puncak sebagai "
        "ketua umum.",
        "Saya dukung karena kita sepakat kader-kader kita harus menduduki berbagai posisi penting, ujar Akbar."]


def test_the_quoted_title_call_goes():
    for call in ("Simak Juga 'Pilpres 2019 Sudah Final, Saatnya Jokowi-Prabowo Berangkulan':",
                 "Tonton juga “Bamsoet Jadi Ketua MPR, Ini Profilnya”:"):
        blocks = [Block(TEXT[0]), Block(TEXT[1]), Block(call), Block("[Gambas:Video 20detik]"), Block("(azr/haf)")]
        cleaned = clean_body(blocks)
        assert cleaned.paragraphs == TEXT, call
        assert cleaned.signature["raw"] == "(azr/haf)"


def test_sentences_that_are_no_such_call_stay():
    for line in ("Lihat juga 'Kampung Warna-warni': deretan rumah dicat aneka warna di tepi Sungai Brantas.",
                 "Simak juga penjelasan Kepala Dinas berikut ini:",
                 "Lihat juga kebiasaan warga di kampung itu."):
        assert not is_noise(line), line
