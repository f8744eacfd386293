"""A theme's notice to readers with scripts off (GandangDewata's `Oops! It appears that you have disabled your
Javascript. In order for you to see this page as it is meant to appear, we ask that you please re-enable your
Javascript!`) and a listing page's breadcrumb (`Beranda blog Halaman 2`) leave. Sentences on the same things stay."""

from __future__ import annotations

from crawler.parsing.furniture import is_noise
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

NOTICE = ("Oops! It appears that you have disabled your Javascript. In order for you to see this page as it is meant "
          "to appear, we ask that you please re-enable your Javascript!")
TEXT = ["Wakil Bupati Mamuju H.Irwan SP Pababari meminta agar semua pihak tetap meningkatkan kewaspadaan utamanya bagi "
        "otoritas jasa transportasi seperti bandara, pelabuhan dan terminal."]


def test_the_notice_and_the_breadcrumb_leave():
    for line in (NOTICE, "Beranda blog Halaman 2"):
        assert is_noise(line), line
    assert clean_body([Block(NOTICE), Block("Beranda blog Halaman 2"), *(Block(t) for t in TEXT)]).paragraphs == TEXT


def test_sentences_on_the_same_things_stay():
    for line in ("Beranda situs itu memuat berita di halaman 2 dan 3 sejak pagi.",
                 "Warga mengeluh javascript di laman pemerintah tidak berfungsi."):
        assert not is_noise(line), line
