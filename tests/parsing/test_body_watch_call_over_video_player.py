"""A video box's call naming a show and the episode unquoted, with no full stop, over the player's placeholder (detik's
`Saksikan juga Sosok: Syarifa, Dalang Perempuan Wayang Potehi` over `[Gambas:Video 20detik]`) is no paragraph; the
code under the player still closes the article. The same words over a paragraph, or a sentence ending in a full stop,
stay."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["Namun dia tak menjelaskan terkait narasi yang ada di video menyebut pengendara dalam keadaan mabuk. Ia "
        "menegaskan permasalahan warga dengan pengendara sudah selesai secara kekeluargaan.",
        "\"Terkait lain lainnya kan kita nggak menangani kasusnya. Permasalahan selesai secara kekeluargaan,\" jelas "
        "Joko."]


def test_the_watch_call_over_the_player_goes():
    for call in ("Saksikan juga Sosok: Syarifa, Dalang Perempuan Wayang Potehi",
                 "Simak juga Blak-blakan Menhan soal Alutsista"):
        blocks = [Block(TEXT[0]), Block(TEXT[1]), Block(call), Block("[Gambas:Video 20detik]"), Block("(isa/isa)")]
        cleaned = clean_body(blocks)
        assert cleaned.paragraphs == TEXT, call
        assert cleaned.signature["raw"] == "(isa/isa)"


def test_the_same_words_over_text_or_as_a_sentence_stay():
    line = "Simak juga kebiasaan warga di kampung itu"
    blocks = [Block(TEXT[0]), Block(line), Block(TEXT[1]), Block("(isa/isa)")]
    assert clean_body(blocks).paragraphs == [TEXT[0], line, TEXT[1]]
    sentence = "Lihat juga kebiasaan warga di kampung itu yang terekam dalam video berikut."
    blocks = [Block(TEXT[0]), Block(TEXT[1]), Block(sentence), Block("[Gambas:Video 20detik]"), Block("(isa/isa)")]
    assert clean_body(blocks).paragraphs == [TEXT[0], TEXT[1], sentence]
