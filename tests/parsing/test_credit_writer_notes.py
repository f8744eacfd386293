"""A column's closing footnote on its writer (`*) Penulis adalah <Name>, <role>`): the name before the comma is the
author; a note giving only a role names nobody; the note is cut from the text either way."""
from crawler.parsing.credits import closing_note_writer
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

PARAGRAPHS = ["Pendidikan dijadikan sarana untuk mendidik manusia agar mampu membaca realitas sosial di sekitarnya.",
              "Hal ini juga didukung oleh Lodge yang menyatakan bahwa hidup adalah pendidikan, pendidikan adalah hidup."]
NOTE = ("*) Penulis adalah Benny Setiawan, mahasiswa fakultas Syari'ah Universitas Islam Negeri (UIN) Sunan Kalijaga, "
        "Yogyakarta.")


def test_the_footnote_names_the_writer_before_the_comma():
    cleaned = clean_body([Block(text) for text in [*PARAGRAPHS, NOTE]])
    assert cleaned.paragraphs == PARAGRAPHS
    assert cleaned.credits.author == "Benny Setiawan"


def test_a_printed_credit_keeps_its_writer():
    cleaned = clean_body([Block(text) for text in [*PARAGRAPHS, NOTE, "Penulis: Zakariya Robbani"]])
    assert cleaned.paragraphs == PARAGRAPHS
    assert cleaned.credits.author == "Zakariya Robbani"


def test_a_footnote_giving_only_a_role_names_nobody():
    for note in ("*Penulis adalah Ketua Himpunan Masyarakat Nusantara (Hasrat)",
                 "*Penulis adalah seorang antusias pengembangan mobile yang percaya pada software yang tetap bekerja."):
        assert closing_note_writer(note) is None
        cleaned = clean_body([Block(text) for text in [*PARAGRAPHS, note]])
        assert cleaned.paragraphs == PARAGRAPHS
        assert cleaned.credits.author is None


def test_a_sentence_about_the_writer_is_no_footnote():
    assert closing_note_writer("Penulis adalah Benny Setiawan, mahasiswa di Yogyakarta.") is None
    assert closing_note_writer("*) Penulis adalah Dosen Fakultas Hukum, Universitas Jember.") is None
