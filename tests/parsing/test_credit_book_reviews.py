"""A book review prints the book's particulars over its text: the writer and editor listed there are the book's, the
review's own writer has a label of their own (`Peresensi :`)."""

from __future__ import annotations

import pytest

from crawler.parsing.credits import reviewer_name
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

REVIEW = ["Indonesia adalah salah satu negara yang memiliki pesona dan keindahan alam yang menyita masyarakat dunia.",
          "Inilah yang dilakukan sejumlah traveler dalam buku ini, yang memuat panduan wisata sekaligus cerita unik."]


def _cleaned(lines: list[str]):
    return clean_body([Block(text) for text in [*lines, *REVIEW]])


def test_a_reviews_particulars_name_the_books_writer_and_the_reviewer_writes_the_review():
    """pokrol.com 2021: `Judul` / `Penulis : Claudia Kaunang, dkk.` / `Penerbit` / ... / `Peresensi : <name> (<campus>)`."""
    cleaned = _cleaned(["Judul : 101 Travel Tips & Stories Indonesia", "Penulis : Claudia Kaunang, dkk.",
                        "Penerbit : Gramedia Pustaka Utama, Jakarta", "Cetakan : Pertama, 2017",
                        "Tebal : 280 Halaman", "ISBN : 9786020331591",
                        "Peresensi : Untung Wahyudi (UIN Sunan Ampel, Surabaya)"])
    assert cleaned.credits.author == "Untung Wahyudi"


@pytest.mark.parametrize("lines", [
    # A blog's review, 2011: two writers of the book, its publisher, printing and pages.
    ["Judul : Mengapa Tidak Secerdas Siput?", "Penulis : Betty Y.Sundari dan Yuri Ramdho Ganendra",
     "Penerbit : Zip books", "Cetakan : I, Juli 2009", "Tebal : 144 Halaman"],
    # A novel's: its editor among the particulars too.
    ["Judul : Dignitate", "Tahun terbit : 2017", "Penulis : Hana Margaretha", "Penyunting : Larasati Fitriani",
     "Penerbit : Loveable", "ISBN : 978-602-5406-03-4"],
    # The particulars run together in one block.
    ["Judul : Dignitate Penulis : Hana Margaretha Penerbit : Loveable Tebal : 440 halaman"],
])
def test_the_books_writer_and_editor_are_not_the_pages(lines):
    cleaned = _cleaned(lines)
    assert (cleaned.credits.author, cleaned.credits.editor) == (None, None)


def test_a_publisher_alone_near_a_credit_is_a_sites_imprint_not_a_book():
    cleaned = clean_body([Block(text) for text in [*REVIEW, "Penulis: Budi Santoso", "Editor: Rina Kartika",
                                                   "Penerbit : PT Media Contoh Nusantara"]])
    assert (cleaned.credits.author, cleaned.credits.editor) == ("Budi Santoso", "Rina Kartika")


@pytest.mark.parametrize(("text", "name"), [
    ("Peresensi : Untung Wahyudi (UIN Sunan Ampel, Surabaya)", "Untung Wahyudi"),
    ("Resensator: Siti Aminah, mahasiswi Sastra Indonesia", "Siti Aminah"),
    ("Peresensi : Tim Redaksi", None),
    ("Penulis : Claudia Kaunang", None),
])
def test_a_reviewers_label_names_the_reviews_writer(text, name):
    assert reviewer_name(text) == name
