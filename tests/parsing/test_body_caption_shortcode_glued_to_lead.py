"""A WordPress caption's shortcode, closed, run into the paragraph after it with no break (Singgalang's
`[caption id="attachment_5954" align="alignnone" width="650"]Ilustrasi (net) Ilustrasi (net)[/caption]PADANG -
Pasca-ledakan bom ...`): the caption goes, the paragraph and its dateline stay. A shortcode alone still goes whole;
one with no closing tag leaves the block as it is."""

from __future__ import annotations

from crawler.parsing.furniture import without_caption_shortcode
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

SHORTCODE = '[caption id="attachment_5954" align="alignnone" width="650"]Ilustrasi (net) Ilustrasi (net)[/caption]'
LEAD = ("Pasca-ledakan bom di kawasan Sarinah, Jakarta Pusat, Kamis (14/3), polisi di Sumbar langsung beraksi. "
        "Penjagaan di sejumlah lokasi diperketat.")
NEXT = ("Pantauan SINGGALANG, petugas bersenjata lengkap tampak siaga di pintu masuk Mapolresta Padang. Ada seorang "
        "perwira yang memimpinnya di sana.")


def test_the_shortcode_leaves_the_lead():
    cleaned = clean_body([Block(f"{SHORTCODE}PADANG - {LEAD}"), Block(NEXT)])
    assert cleaned.paragraphs == [LEAD, NEXT]
    assert cleaned.dateline is not None and cleaned.dateline.place == "PADANG"


def test_other_blocks_are_left_as_they_are():
    assert without_caption_shortcode(SHORTCODE) == SHORTCODE
    unclosed = '[caption caption="Pramuka Penegak Putri (Foto: R. Andi Widjanarko, ISJ)"] Pramuka itu berkemah.'
    assert without_caption_shortcode(unclosed) == unclosed
    assert clean_body([Block(SHORTCODE), Block(LEAD), Block(NEXT)]).paragraphs == [LEAD, NEXT]
