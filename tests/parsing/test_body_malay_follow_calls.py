"""Malay outlets' calls under the text to follow them and get their app (Majoriti's `Boleh follow media sosial Majoriti
di Twitter, Facebook, Instagram dan Telegram`, Kosmo's `Tidak mahu terlepas? Ikuti kami di`, Sinar Harian's `Muat
turun aplikasi Sinar Harian. Klik di sini!`): furniture. Sentences with the same words stay."""

from __future__ import annotations

from crawler.parsing.furniture import is_noise
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["Polis Diraja Malaysia (PDRM) menerima 18 laporan berhubung kejadian pokok yang berusia lebih 50 tahun tumbang "
        "di Jalan Sultan Ismail, dekat sini pada Selasa.",
        "Sementara bagi mangsa dari Sweden, katanya, wanita itu masih ditahan di wad Hospital Kuala Lumpur (HKL) bagi "
        "mendapatkan rawatan lanjut ekoran kecederaan dialami."]
CALLS = ["Boleh follow media sosial Majoriti di Twitter, Facebook, Instagram dan Telegram",
         "Tidak mahu terlepas? Ikuti kami di", "Muat turun aplikasi Sinar Harian. Klik di sini!"]


def test_the_calls_are_furniture():
    for call in CALLS:
        assert is_noise(call), call


def test_the_calls_leave_the_text():
    assert clean_body([Block(line) for line in [*TEXT, *CALLS]]).paragraphs == TEXT


def test_sentences_with_the_same_words_stay():
    for line in ("Boleh follow media sosial itu, tetapi jangan percaya semua yang ditulis, katanya.",
                 "Muat turun aplikasi MySejahtera diwajibkan kepada semua pengunjung pusat beli-belah sejak semalam.",
                 "Tidak mahu terlepas peluang itu, dia terus mendaftar di kaunter."):
        assert not is_noise(line), line
