"""A related box whose entries each stand over the time their story was published (ANTARA's regional sites:
`Berita Terkait` over `Harga emas naik setelah ekuitas AS jatuh dan perang Ukraina-Rusia berlanjut` and `Selasa, 12
April 2022 5:40`, six times; `Terkait` over `WFA Lebaran 2026 Ditetapkan, ...` and `12 February 2026 16:03 WIB`): the
headlines are in a sentence's case, the time under each makes them the box's entries, however many. Paragraphs after a
heading, and lines no time follows, stay."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["Kremlin, kantor Presiden Vladimir Putin, menyebutkan bahwa Rusia bisa menguasai kota-kota besar Ukraina, dan "
        "mewanti-wanti Barat bahwa Moskow punya kekuatan militer yang cukup untuk mencapai tujuannya di Ukraina tanpa "
        "bantuan apa pun dari China.",
        "Menurut Peskov, sejumlah kota besar Ukraina telah dikepung pasukan Rusia."]
BOX = ["Berita Terkait",
       "Presiden Jokowi berseru hentikan perang Ukraina sekarang juga", "Sabtu, 14 Mei 2022 10:06",
       "Harga emas naik setelah ekuitas AS jatuh dan perang Ukraina-Rusia berlanjut", "Selasa, 12 April 2022 5:40",
       "Zelenskyy: Embargo minyak Rusia ditunda, rakyat Ukraina menjadi korbannya", "Kamis, 7 April 2022 8:43",
       "Rusia mencabut banding atas larangan FIFA", "Rabu, 6 April 2022 1:59",
       "Harga emas menguat dipicu prospek lebih banyak sanksi Rusia", "Selasa, 5 April 2022 5:17",
       "Rudal Rusia hantam \"infrastruktur penting\" kota Odesa Ukraina", "Minggu, 3 April 2022 17:03"]
WIB_BOX = ["Terkait",
           "WFA Lebaran 2026 Ditetapkan, Pemerintah Imbau Perusahaan Tak Pangkas Cuti Karyawan",
           "12 February 2026 16:03 WIB",
           "Emas batangan Antam, Kamis (12/02/2026) tak bergerak di angka Rp2,947 juta/gr", "12 February 2026 9:04 WIB",
           "Persib vs Borneo batal bentrok di pekan ke-21, klasemen papan atas tak bergeser",
           "12 February 2026 7:55 WIB"]


def test_the_dated_entries_go():
    for box in (BOX, WIB_BOX):
        assert clean_body([Block(text) for text in TEXT + box]).paragraphs == TEXT, box[0]


def test_the_source_line_over_the_box_goes_with_it():
    blocks = TEXT + ["Sumber: Reuters"] + BOX
    assert clean_body([Block(text) for text in blocks]).paragraphs == TEXT


def test_lines_no_time_follows_stay():
    # a heading over a paragraph, and a headline-like line over a sentence: text
    line = "Harga emas naik setelah ekuitas AS jatuh dan perang Ukraina-Rusia berlanjut"
    blocks = [TEXT[0], "Terkait", line, TEXT[1]]
    assert clean_body([Block(text) for text in blocks]).paragraphs == [TEXT[0], line, TEXT[1]]
