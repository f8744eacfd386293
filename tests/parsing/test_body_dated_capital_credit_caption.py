"""A caption closed by a paper's name and its photographer's, both in capitals, then the day the photo was taken
(Kompas's daily: `... ulang tahun ke-57 Harian Kompas. KOMPAS/HERU SRI KUMORO 28-06-2022`) is a caption, however long.
A paragraph ending in a dashed date, or naming a slash's pair in words, stays."""

from __future__ import annotations

from crawler.parsing.furniture import is_caption
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

CAPTION = ("Menteri Sosial Tri Rismaharini berbincang dengan Pemimpin Umum Harian Kompas Liliek Oetama dan Redaktur "
           "Senior Ninuk Mardiana Pambudy di Kantor Kompas, Jakarta, Selasa (28/6/2022). Risma hadir untuk "
           "menyampaikan ucapan selamat ulang tahun ke-57 Harian Kompas. KOMPAS/HERU SRI KUMORO 28-06-2022")
TEXT = ("Saya tak pernah melewatkan unek-unek para pembaca Kompas di rubrik Surat Kepada Redaksi. Banyak hal yang "
        "disampaikan, salah satunya kritik atas pemberitaan yang dianggap kurang tepat.")


def test_the_long_caption_with_a_dated_credit_is_one():
    assert is_caption(CAPTION)
    assert clean_body([Block(CAPTION), Block(TEXT)]).paragraphs == [TEXT]


def test_a_short_one_too():
    assert is_caption("Warga antre membeli minyak goreng di Pasar Senen, Jakarta. KOMPAS/PRIYOMBODO 17-03-2022")


def test_paragraphs_ending_in_dates_stay():
    assert not is_caption("Sidang dilanjutkan pekan depan dengan agenda pembacaan tuntutan. Putusan dijadwalkan "
                          "pada 28-06-2022")
    assert not is_caption("Kebijakan itu berlaku bagi TNI/Polri sejak Selasa. Aturan ditetapkan 28-06-2022")
    assert not is_caption("\"Kami siap,\" kata dia. KOMPAS/HERU SRI KUMORO 28-06-2022 ujar Risma di Jakarta")
