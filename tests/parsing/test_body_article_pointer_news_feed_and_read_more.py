"""A video page's pointer to the story it retells (SINDOnews's `Baca artikel: Hasil Pilkada Jakarta 2024, Gerindra
Tunggu Real Count KPU` under the description), a box of the latest stories under its heading (a regional portal's
`News Feed` over headlines and their times), and a theme's `Read more` after an excerpt's ellipsis (a category
page's `... Jokowi langsung … Read more`) are the page's, not text. A sentence using the words stays whole."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

LEAD = ("Sekjen Partai Gerindra, Ahmad Muzani, menjelaskan pertemuan Presiden Prabowo Subianto dengan Presiden RI ke-7 "
        "Joko Widodo (Jokowi) dalam rangka silaturahmi.")
LAST = ("Belum ada keterangan lebih jauh mengenai agenda spesifik Prabowo menemui Jokowi. Hingga berita ini diturunkan "
        "pertemuan masih berlangsung secara tertutup.")
EXCERPT = ("Di tengah kampanye, Jokowi sempat ditanya pers terkait keberpihakan Presiden Prabowo Subianto dan "
           "berkampanye untuk pasangan tersebut. Jokowi langsung …")


def _paragraphs(lines):
    return clean_body([Block(line) for line in lines]).paragraphs


def test_the_pointer_the_box_and_the_button_leave():
    assert _paragraphs([LEAD, LAST, "Baca artikel: Hasil Pilkada Jakarta 2024, Gerindra Tunggu Real Count KPU"]) == [
        LEAD, LAST]
    assert _paragraphs([LEAD, LAST, "News Feed", "Kominfo Makassar Tingkatkan Kapasitas OPD Lewat Bimtek Arsitektur SPBE",
                        "23 Oktober 2025 19:40",
                        "Kurang dari 24 Jam, Polisi Berhasil Tangkap Pelaku Curanmor di Bontocani Bone",
                        "23 Oktober 2025 17:54"]) == [LEAD, LAST]
    assert _paragraphs([LEAD, f"{EXCERPT} Read more"]) == [LEAD, EXCERPT]


def test_sentences_with_the_words_stay():
    for line in ("Baca artikel itu sampai habis sebelum berkomentar, kata Muzani.",
                 "Fitur News Feed di Facebook kini menampilkan lebih banyak unggahan teman.",
                 "Ia menulis di papan: read more, talk less."):
        assert _paragraphs([LEAD, line, LAST]) == [LEAD, line, LAST], line
