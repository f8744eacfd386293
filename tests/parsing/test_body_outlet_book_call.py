"""A call to buy the outlet's books or magazines under the text (Republika's `Yuk koleksi buku bacaan berkualitas dari
buku Republika ...` over its ads, under `sumber : Antara`): the call and the source's line over it are no text. A
sentence about a collection of books (`Koleksi buku itu disimpan di perpustakaan daerah.`) stays."""

from __future__ import annotations

from crawler.parsing.furniture import is_noise
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["Kedua kepala negara tersebut menyeru semua pihak agar memelihara ketenangan dan menghentikan penjarahan.",
        "Ia mengatakan daerah Abyei yang disengketakan juga akan dibahas dan kedua pihak sepakat mewujudkan satu "
        "perbatasan terbuka untuk meningkatkan perdagangan antara kedua negara."]


def test_the_call_is_noise():
    assert is_noise("Yuk koleksi buku bacaan berkualitas dari buku Republika ...")


def test_the_call_and_the_source_close_the_text():
    lines = [*TEXT, "sumber : Antara", "Yuk koleksi buku bacaan berkualitas dari buku Republika ...",
             "Advertisement", "Berita Lainnya"]
    assert clean_body([Block(line) for line in lines]).paragraphs == TEXT


def test_a_sentence_about_books_stays():
    for line in ("Koleksi buku itu disimpan di perpustakaan daerah.",
                 "Beli buku di toko itu kini bisa dibayar dengan kartu.",
                 "Yuk, kata dia, koleksi buku itu dirawat bersama."):
        assert not is_noise(line)
