"""A caption closed by the social account its picture was taken from, in square brackets, the platform's name glued
before it (Suara's regional pages: `Tangkapan layar video viral keributan ... Jakarta Timur, Rabu (1/12/2021).
[Instagram@lensa_berita_jakarta]`): a photo's credit, not text. A paragraph that names an account in words, or
cites a bracketed source that is no account, stays."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["\"Sudah dimediasi, cuma ending-nya saya kurang tahu persis,\" tutur Junaedi.",
        "Terpisah, Kasat Lantas Jakarta Timur AKBP Edy Surasa mengatakan, pihaknya hingga sore ini belum menerima "
        "laporan adanya kejadian keributan melibatkan sopir TransJakarta."]


def test_the_account_credited_caption_goes():
    for caption in ("Tangkapan layar video viral keributan antara sejumlah pemotor dengan sopir bus TransJakarta di "
                    "simpang PGC Cililitan, Jakarta Timur, Rabu (1/12/2021). [Instagram@lensa_berita_jakarta]",
                    "Tangkapan layar video viral keributan antara sejumlah pemotor dengan sopir bus TransJakarta di "
                    "simpang PGC Cililitan, Jakarta Timur. [Twitter/@lensa_berita_jakarta]"):
        blocks = [TEXT[0], caption, TEXT[1]]
        assert clean_body([Block(text) for text in blocks]).paragraphs == TEXT, caption


def test_paragraphs_naming_accounts_stay():
    for paragraph in ("Video itu diunggah akun Instagram @lensa_berita_jakarta pada Rabu (1/12/2021) dan ditonton "
                      "ribuan kali.",
                      "Rekaman itu kemudian ramai dibagikan warganet di media sosial. [Sumber: Instagram]"):
        blocks = [TEXT[0], paragraph, TEXT[1]]
        assert clean_body([Block(text) for text in blocks]).paragraphs == [TEXT[0], paragraph, TEXT[1]], paragraph
