"""A listing's link to the rest after the ellipsis that cut its excerpt (a tag page's `... kata Juru Bicara Polisi
Jawa Timur … Baca Selengkapnya`): the link's words go, the ellipsis stays. A call to follow the outlet's news through
its Telegram group (WahanaNews's `Ikuti update berita pilihan dan breaking news WahanaNews.co lewat Grup Telegram ...,
klik <link>, lalu join.`) goes, and the code before it (`[rsy]`) closes the text. A sentence with `selengkapnya`, or
about following news on Telegram, stays."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

LEAD = ("Kepolisian Indonesia telah menetapkan 42 tersangka menyusul kerusuhan di Surabaya, Jawa Timur pekan lalu, kata "
        "pihak berwenang pada Jumat.")
CUT = "“Menurut penyelidikan kami, ada dugaan,” kata Juru Bicara Polisi Jawa Timur …"
CALL = ("Ikuti update berita pilihan dan breaking news WahanaNews.co lewat Grup Telegram \"WahanaNews.co News Update\" "
        "dengan install aplikasi Telegram di ponsel, klik https://t.me/WahanaNews, lalu join.")


def test_the_read_more_link_after_the_cut_goes():
    assert clean_body([Block(LEAD), Block(CUT + " Baca Selengkapnya")]).paragraphs == [LEAD, CUT]


def test_a_sentence_with_the_word_stays():
    line = "Polisi akan menjelaskan kasus itu selengkapnya pekan depan ... baca selengkapnya nanti, kata dia."
    assert clean_body([Block(LEAD), Block(line)]).paragraphs == [LEAD, line]


def test_the_group_call_goes_and_the_code_closes_the_text():
    last = "Ia pun tercatat sebagai polisi terkaya di Indonesia."
    body = clean_body([Block(LEAD), Block(last + " [rsy]"), Block(CALL)])
    assert body.paragraphs == [LEAD, last]
    assert body.signature["raw"] == "[rsy]"


def test_a_sentence_about_a_telegram_group_stays():
    line = "Ikuti berita itu, kata dia, lewat grup Telegram warga yang sudah dibuat sejak tahun lalu."
    assert clean_body([Block(LEAD), Block(line)]).paragraphs == [LEAD, line]
