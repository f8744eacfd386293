"""A caption whose lost credit's two hyphens follow its full stop (Disway's `... oleh Pemerintah Kabupaten
setempat.--`) is a caption, as one with the hyphens run into its last word is; a bar left alone on its line where a
share row or a source's label stood (`|` over `|` over `Sumber:`) is furniture. A sentence breaking off with a spaced
dash, a quotation so ended, and a line holding a bar between words stay."""

from __future__ import annotations

from crawler.parsing.furniture import is_caption, is_noise
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

CAPTION = ("gotongroyong bersama secara swadaya memperbaiki kondisi jembatan penghubung Pekon Bumi Ratu dengan Pekon "
           "Ulok Mukti, yang hingga kini tidak pernah tersentuh pembagunannya oleh Pemerintah Kabupaten setempat.--")
FIRST = ("Jembatan gantung di Desa Bandar Agung Kecamatan Ulu Manna baru saja selesai di perbaiki. Hal ini lantaran "
         "lantai jembatan terbuat dari kayu sudah banyak yang lapuk dan sudah diganti kembali.")
LAST = ("Untuk itu, Bupati, Gusnan Mulyadi berpesan kepada warga untuk bersama-sama merawat jembatan. Apalagi jembatan "
        "tersebut sangat bermanfaat bagi warga untuk akses ke tempat usaha pertanian warga.")


def test_the_caption_with_hyphens_after_its_stop_goes():
    assert is_caption(CAPTION)
    assert clean_body([Block(CAPTION), Block(FIRST), Block(LAST)]).paragraphs == [FIRST, LAST]


def test_the_lone_bars_go():
    assert is_noise("|")
    assert clean_body([Block(FIRST), Block(LAST), Block("|"), Block("|"), Block("Sumber:")]).paragraphs == [FIRST, LAST]


def test_sentences_and_bars_between_words_stay():
    assert not is_caption("Warga menunggu kepastian dari pemerintah daerah. Namun hingga kini --")
    assert not is_caption("\"Kami sudah melapor berkali-kali.--")
    assert not is_noise("Jember | Bupati")
