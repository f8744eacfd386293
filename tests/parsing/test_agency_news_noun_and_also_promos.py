"""A paper's follow-us lines under its text: a Google News call opened by the news it brings as a noun (`Update berita
dan artikel RM.ID menarik lainnya di Google News`) and a channel call that takes `juga`, "also" (`Dapatkan juga update
berita pilihan ... Mari bergabung di Grup Telegram ...`), both from the sister paper of RMOL (rm.id, 2022)."""

from __future__ import annotations

import pytest

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

LEAD = "RM.id  Rakyat Merdeka - Ada dua berita duka, kemarin. Pertama, dari Malang. Kedua, dari Bogor."
LAST = "“Saya telah melakukan kesalahan. Saya bertanggung jawab. Saya mundur,” tulis Braverman dalam suratnya."


def paragraphs(*texts: str) -> list[str]:
    return clean_body([Block(LEAD), Block(LAST), *(Block(text) for text in texts)]).paragraphs


@pytest.mark.parametrize("promo", [
    "Update berita dan artikel RM.ID menarik lainnya di Google News",
    "Dapatkan juga update berita pilihan dan breaking news setiap hari dari RM.id. Mari bergabung di Grup Telegram "
    "\"Rakyat Merdeka News Update\", caranya klik link https://t.me/officialrakyatmerdeka kemudian join. Anda harus "
    "install aplikasi Telegram terlebih dulu di ponsel.",
])
def test_the_papers_follow_us_lines_leave_the_body(promo):
    assert paragraphs(promo)[-1] == LAST


def test_the_whole_ending_as_printed_leaves_the_body():
    ending = ["Selanjutnya", "Update berita dan artikel RM.ID menarik lainnya di Google News",
              "Dapatkan juga update berita pilihan dan breaking news setiap hari dari RM.id. Mari bergabung di Grup "
              "Telegram \"Rakyat Merdeka News Update\", caranya klik link https://t.me/officialrakyatmerdeka kemudian "
              "join. Anda harus install aplikasi Telegram terlebih dulu di ponsel."]
    assert paragraphs(*ending)[-1] == LAST


@pytest.mark.parametrize("sentence", [
    # `update` as a verb with its own object, and the news's update as a sentence's subject.
    "Update data pemilih dilakukan petugas di kantor desa, bukan di Google News.",
    "Update berita itu kemudian dimuat ulang oleh sejumlah media, kata dia. Ia juga menyebut Google News.",
    # `Dapatkan juga` with a clause after the channel is a sentence.
    "Dapatkan juga informasi itu di aplikasi resmi pemerintah, ujar Kepala Dinas Kominfo setempat.",
])
def test_sentences_of_the_same_words_stay(sentence):
    assert paragraphs(sentence)[-1] == sentence
