"""A read-also insert flattened into a paragraph's end after a markup's bold marks left as text, run into the
sentence's full stop (Kabar6's `... Kamis (15/6/2017).** baca juga :Pelaku Pembunuhan Davidson di SPBU Daan Mogot
Ditangkap.`): the insert leaves, the paragraph stays. Stars that open no insert stay, and so does the idiom with no
colon."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

SENTENCE = ("“Yang pertama perannya sebagai penebar paku. Nanti paku itu disebar dan diletakkan di ban,” ujar Kabid Humas "
            "Polda Metro Jaya Kombes Pol Argo Yuwono kepada wartawan di Mapolda Metro Jaya, Jakarta, Kamis (15/6/2017).")
INSERT = "** baca juga :Pelaku Pembunuhan Davidson di SPBU Daan Mogot Ditangkap."
NEXT = ("Sementara pelaku lainnya berperan sebagai penggambar. Pelaku ini yang menggambar denah lokasi serta situasi di "
        "lokasi yang menjadi sasaran komplotannya.")


def test_the_starred_insert_leaves_the_paragraph():
    assert clean_body([Block(SENTENCE + INSERT), Block(NEXT)]).paragraphs == [SENTENCE, NEXT]


def test_the_starred_insert_between_sentences_leaves_them_both():
    text = SENTENCE + "** Baca juga: Pelaku Pembunuhan Davidson di SPBU Daan Mogot Ditangkap. " + NEXT
    assert clean_body([Block(text)]).paragraphs == [f"{SENTENCE} {NEXT}"]


def test_stars_that_open_no_insert_stay():
    for text in ("Hasil akhir pertandingan itu 2-1.** Panitia memastikan laga berikutnya digelar pekan depan.",
                 "Ia meminta warga membaca ulang aturan itu.** Baca juga aturan turunannya, katanya di Tangerang."):
        assert clean_body([Block(text), Block(NEXT)]).paragraphs == [text, NEXT], text
