"""A caption whose source, the portal's word for "from the web", follows the slash right after the caption's day in
brackets, the day's own slash in them (Farah's `Kloter pertama dari Embarkasi Kertajati, Majalengka, Jawa Barat, telah
diterbangkan ke Arab Saudi pada Minggu (28/5)/Net`, printed twice over the text). A sentence whose slash stands
outside brackets stays."""

from __future__ import annotations

from crawler.parsing.furniture import is_caption
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

CAPTION = ("Kloter pertama dari Embarkasi Kertajati, Majalengka, Jawa Barat, telah diterbangkan ke Arab Saudi pada "
           "Minggu (28/5)/Net")
TEXT = ["PADA musim haji tahun ini, Embarkasi Kertajati akan memberangkatkan 24 kloter jemaah haji Jawa Barat yang "
        "berasal dari tujuh kabupaten/kota.",
        "Dan Minggu (28/5) Menteri Agama Yaqut Cholil Qoumas melepas keberangkatan 366 jemaah haji beserta delapan "
        "orang petugas."]


def test_the_source_after_the_days_brackets_closes_a_caption():
    assert is_caption(CAPTION)
    assert is_caption("Ketua DPRD Pamekasan Halili (tengah) menghadiri Hari Jadi Kabar Madura (Kamis, 1/6/2023)/Ist")


def test_the_caption_twice_leaves_the_text():
    assert clean_body([Block(CAPTION), Block(CAPTION), Block("KOMENTAR"), *(Block(line) for line in TEXT)]
                      ).paragraphs == TEXT


def test_the_older_shape_is_still_read():
    assert is_caption("Presiden Prabowo Subianto di Istana Kepresidenan Jakarta, pada Rabu, 26 Maret 2025/Net")


def test_a_slash_outside_brackets_or_another_word_after_it_stays():
    for line in ("Data itu diambil dari kabupaten/kota pada Minggu (28/5)/Net",
                 "Jemaah tiba pada Minggu (28/5) dan Senin (29/5)/Netral"):
        assert not is_caption(line), line
