"""A paged story's pager in two more shapes: the link to the next page run into the last sentence (Jejak Negeriku's
`... sempat melakukan pembakaran ban. HALAMAN SELANJUTNYA>>`), cut off and the sentence kept; and the pager's label
over its numbers one a block closing the page when the line kept before them ends with no stop (Kompasiana's column
dated under its text: `28 Ramadan 1441H`, then its promo, `HALAMAN :`, `1`, `2`). A sentence that names the next page
stays whole, and numbers that the page goes on after are not read as the pager's."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

LEAD = ("Peserta aksi terlebih dahulu melakukan orasi di depan Kantor Bupati Lahat menuntut untuk segera memberikan "
        "sanksi berat.")
LAST = ("Bupati Lahat, Bursah Zarnubi yang dalam hal ini di Wakili oleh Wakil Bupati Widia Ningsih menemui peserta aksi "
        "sedikit meredakan suasana, yang sebelumnya para pengunjuk rasa sempat melakukan pembakaran ban.")
COLUMN = ("Sebenarnya, masih banyak himbauan yang dibuat oleh berbagai pihak dengan cara yang tak kalah kreatifnya. "
          "Ingat, mudik online tetap jadi pilihan yang aman.")
PROMO = ("Baca konten-konten menarik Kompasiana langsung dari smartphone kamu. Follow channel WhatsApp Kompasiana "
         "sekarang di sini: https://whatsapp.com/channel/0029VaYjYaL4Spk7WflFYJ2H")


def test_the_next_page_link_leaves_the_last_sentence():
    for link in ("HALAMAN SELANJUTNYA>>", "Halaman selanjutnya »", "Halaman Berikutnya"):
        assert clean_body([Block(LEAD), Block(f"{LAST} {link}")]).paragraphs == [LEAD, LAST], link


def test_a_sentence_naming_the_next_page_stays():
    line = "Daftar nama peserta yang lolos dapat dilihat di halaman selanjutnya, kata panitia."
    assert clean_body([Block(LEAD), Block(line)]).paragraphs == [LEAD, line]


def test_the_pagers_numbers_closing_the_page_go():
    blocks = [Block(LEAD), Block(COLUMN), Block("---"), Block("28 Ramadan 1441H"), Block(PROMO), Block("HALAMAN :"),
              Block("1"), Block("2")]
    assert clean_body(blocks).paragraphs == [LEAD, COLUMN, "28 Ramadan 1441H"]


def test_numbers_the_page_goes_on_after_stay_its_own():
    blocks = [Block(LEAD), Block("28 Ramadan 1441H"), Block("HALAMAN :"), Block("1"), Block(COLUMN)]
    assert COLUMN in clean_body(blocks).paragraphs
    assert "1" in clean_body(blocks).paragraphs
