"""Two lines under a story that carry no word of it: pointing hands alone, the arrow of a link or an embed that was
lost (a news blog's `👇👇` under the last paragraph, over `Sumber: Tribun`), and a comment form's notice to a reader
not signed in, its purpose first or last (a portal's `Untuk membuat komentar silahkan login terlebih dahulu` under
`0 Komentar`). Sentences about comments or logging in, and a hand before words, stay."""

from __future__ import annotations

import pytest

from crawler.parsing.furniture import is_noise
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

LEAD = ("Usai berhasil masuk ke halaman Kantor DPRD Provinsi Jateng, sekitar pukul 18.00 WIB ribuan massa membubarkan "
        "diri.")
LAST = ("Kemudian pemerintah diminta untuk memprioritaskan sektor pendidikan dan kesehatan serta meminta pemerintah "
        "melakukan evaluasi terhadap proyek strategis nasional.")


@pytest.mark.parametrize("line", ["👇👇", "👉", "👇 👇 👇", "☝️"])
def test_pointing_hands_alone_go(line):
    assert is_noise(line)
    assert clean_body([Block(LEAD), Block(LAST), Block(line), Block("Sumber: Tribun")]).paragraphs == [LEAD, LAST]


@pytest.mark.parametrize("line", [
    "Untuk membuat komentar silahkan login terlebih dahulu",
    "Untuk menulis komentar, silakan login terlebih dahulu.",
    "Silakan login terlebih dahulu untuk menulis komentar.",
    "Silahkan masuk untuk memberikan komentar",
])
def test_the_comment_forms_login_notice_goes(line):
    assert is_noise(line)
    assert clean_body([Block(LEAD), Block(LAST), Block("0 Komentar"), Block(line)]).paragraphs == [LEAD, LAST]


@pytest.mark.parametrize("line", [
    "👇 Baca juga keterangan lengkap Kapolda di bawah ini.",
    "Untuk memberikan komentar, warga harus datang ke kantor desa.",
    "Untuk mengirim bantuan silakan hubungi posko di kantor kecamatan.",
    "Silakan login ke aplikasi SIAP untuk melihat hasil seleksi, kata dia.",
])
def test_sentences_stay(line):
    assert not is_noise(line)
    assert clean_body([Block(LEAD), Block(line), Block(LAST)]).paragraphs == [LEAD, line, LAST]
