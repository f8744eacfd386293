"""A related box's entries whose heading the page lost, marked as a list's items under the last paragraph, may open
with a number (JPNN's `- 7 Program Prioritas Herman Deru untuk Pemerataan Kesejahteraan Rakyat di Sumsel` among its
`- <headline>` lines): all go. A list the text introduces, and numbered points that are sentences, stay."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

FIRST = ("Densus Antiteror 88 melakukan penggerebekan di Jl Petaling, Ladang Baru, Mariana, Pangkalan Balai, Sumatera "
         "Selatan.")
LAST = ("Camat Banyuasin I Noparedy membenarkan adanya penangkapan terduga teroris di wilayah Kelurahan Mariana, "
        "Kecamatan Banyuasin I, Banyuasin.")
ENTRIES = ["- Pelaku Penyiraman Air Keras ke Bagus Sajiwo Ditangkap Polisi, Motifnya Terungkap",
           "- Wanita Lansia di Pagar Alam Diperkosa Saat Mencuci di Tempat Pemandian Umum, Begini Kronologinya",
           "- 7 Program Prioritas Herman Deru untuk Pemerataan Kesejahteraan Rakyat di Sumsel",
           "- SMB II Kembali Berstatus Bandara Internasional, Herman Deru: Terima Kasih Presiden Prabowo"]


def test_the_entries_with_a_numbered_one_go():
    assert clean_body([Block(FIRST), Block(LAST)] + [Block(entry) for entry in ENTRIES]).paragraphs == [FIRST, LAST]


def test_an_introduced_list_stays():
    intro = "Berikut daftar program yang disampaikan:"
    points = ["- 7 Program Prioritas Herman Deru untuk Pemerataan Kesejahteraan Rakyat di Sumsel",
              "- 2 Program Lanjutan Pemerintah Provinsi untuk Petani dan Nelayan di Pesisir",
              "- 3 Program Baru Dinas Pendidikan untuk Sekolah di Daerah Terpencil"]
    blocks = [Block(FIRST), Block(intro)] + [Block(point) for point in points]
    assert clean_body(blocks).paragraphs == [FIRST, intro, *points]


def test_numbered_sentences_stay():
    points = ["- 7 orang dilaporkan terluka dan dibawa ke rumah sakit terdekat.",
              "- 2 rumah rusak berat akibat tertimpa pohon tumbang.",
              "- 3 kendaraan tertimbun material longsor di jalan desa."]
    blocks = [Block(FIRST), Block(LAST)] + [Block(point) for point in points]
    assert clean_body(blocks).paragraphs == [FIRST, LAST, *points]
