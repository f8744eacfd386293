"""An image's alt text, its credit and its caption going on from the alt text's words, the three lines over the text's
first paragraph (Katadata's `Petugas BMKG` over `Antara Foto/Rivan Awal Lingga` and `Petugas BMKG di Laboratorium
BMKGs, Cempaka Putih, Jakarta Pusat.`): the credit between them makes the two a figure's, though the caption ends its
sentence. A paragraph of more than one sentence, or one longer than a caption, stays; so does the caption's full stop
with no credit between."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

ALT = "Petugas BMKG"
CREDIT = "Antara Foto/Rivan Awal Lingga"
CAPTION = "Petugas BMKG di Laboratorium BMKGs, Cempaka Putih, Jakarta Pusat."
TEXT = ["Daerah lain yang turut merasakan namun dalam skala III sampai IV adalah Karangkates, Banjarmasin, Kuta Selatan, "
        "dan Tabanan. Menurut Daryono dalam skala ini getaran dirasakan nyata dalam rumah.",
        "“Agar menghindari dari bangunan yang retak atau rusak diakibatkan oleh gempa,” ujar Daryono."]


def _paragraphs(lines: list[str]) -> list[str]:
    return clean_body([Block(line) for line in lines]).paragraphs


def test_the_alt_text_its_credit_and_its_caption_leave_the_top_of_the_text():
    assert _paragraphs([ALT, CREDIT, CAPTION, *TEXT]) == TEXT


def test_a_paragraph_of_more_sentences_after_the_credit_stays():
    paragraph = "Petugas BMKG di Laboratorium BMKG memantau gempa itu. Getarannya terasa hingga Banjarmasin."
    assert _paragraphs([ALT, CREDIT, paragraph, *TEXT])[-3:] == [paragraph, *TEXT]


def test_the_captions_full_stop_with_no_credit_between_stays():
    assert _paragraphs([ALT, CAPTION, *TEXT])[-3:] == [CAPTION, *TEXT]
