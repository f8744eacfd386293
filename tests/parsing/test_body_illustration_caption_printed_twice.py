"""A caption printed twice when a figure was flattened: an illustration's, each print closed by its full stop and a
space between them (Kompas's round-up: `Ilustrasi jenazah. Ilustrasi jenazah.` under a numbered heading), or its
credit a space after the first print and the second run into the credit (Kompas's `Ilustrasi penganiayaan
Kompas.com/ERICSSENIlustrasi penganiayaan`). Both are the photo's, not text. A sentence said twice stays, and so does
one naming an outlet's page between two like words."""

from __future__ import annotations

from crawler.parsing.furniture import is_caption
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

HEADING = "4. Korban tewas 3 orang karena tertimpa bangunan"
TEXT = ("Korban tewas gempa Maluku bertambah satu orang atas nama Aspar Mukmat (20), warga Desa Gane Dalam, Kecamatan "
        "Gane Timur Selatan. Aspar tewas tertimpa bangunan rumahnya yang roboh, Minggu (14/7/2019).")


def test_the_caption_printed_twice_leaves():
    for caption in ("Ilustrasi jenazah. Ilustrasi jenazah.",
                    "Ilustrasi penganiayaan Kompas.com/ERICSSENIlustrasi penganiayaan"):
        assert is_caption(caption), caption
        assert clean_body([Block(HEADING), Block(caption), Block(TEXT)]).paragraphs == [HEADING, TEXT], caption


def test_a_sentence_said_twice_stays():
    for line in ("Warga Desa Sukamaju menolak rencana itu. Warga Desa Sukamaju menolak rencana itu.",
                 "Gempa terasa kuat sekali. Gempa terasa kuat sekali.",
                 "Ilustrasi penganiayaan yang dimuat Kompas.com/Regional memicu ilustrasi penganiayaan"):
        assert not is_caption(line), line
        assert clean_body([Block(HEADING), Block(line), Block(TEXT)]).paragraphs == [HEADING, line, TEXT], line
