"""A staff credit line closing a header of short lines over the dateline (Republika's AMP pages: the standfirst, the
photo's credit and its caption, then `Red: Karta Raharja Ucu`, then `REPUBLIKA.CO.ID, JAKARTA -- ...`): the dateline
opens the block right under the credit, however many header lines stood over it, and the header goes with it. Without
such a credit line, the dateline is looked for in the first blocks only, and a short article's closing credit opens
no dateline search further down."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

LEAD = ("Bentrokan yang terjadi antara laskar FPI dengan polisi di KM 50 Tol Jakarta-Cikampek dan menewaskan enam orang "
        "dari pihak FPI menghebohkan internasional.")
NEXT = "Kabar penembakan laskar FPI mendominasi daftar berita terpopuler di Republika.co.id, Selasa (8/12)."
HEADER = ["Polisi sebut bantahan Munarman soal laskar FPI tak miliki senpi bisa berujung pidana.",
          "Republika/Putra M. Akbar",
          "Polisi menyebut anggotanya diserang laskar FPI dalam insiden KM 50 Tol Jakarta-Cikampek. Foto ilustrasi "
          "Laskar FPI ."]
AMP_HEADER = ["Kekuatan Militer Turki Bisa Ubah Konsep Perang di Dunia", "Facebook Nussa dan Rara",
              "Animasi Nussa dan Rara."]


def _clean(lines: list[str]):
    return clean_body([Block(line) for line in lines])


def test_the_dateline_under_the_staff_credit_is_found_and_the_header_goes():
    for header in (HEADER, AMP_HEADER):
        body = _clean([*header, "Red: Karta Raharja Ucu", f"REPUBLIKA.CO.ID, JAKARTA -- {LEAD}", NEXT])
        assert body.paragraphs == [LEAD, NEXT]
        assert body.dateline is not None and body.dateline.place == "JAKARTA"
        assert body.credits.editor == "Karta Raharja Ucu"


def test_a_reporter_and_editor_line_over_the_dateline_still_reads():
    body = _clean(["Rep: Agung Sasongko Red: Sadly Rachman", f"REPUBLIKA.CO.ID, JAKARTA - {LEAD}"])
    assert body.paragraphs == [LEAD]
    assert body.credits.author == "Agung Sasongko"


def test_without_a_credit_line_the_fourth_block_opens_no_dateline():
    # Three short paragraphs of the text, then a place before a dash in the fourth: no header, no dateline there.
    lines = ["Warga berkumpul di balai desa sejak pagi.", "Mereka menunggu kedatangan bupati.",
             "Bupati tiba pukul sepuluh.", f"Jakarta - {NEXT}"]
    assert _clean(lines).paragraphs == lines


def test_a_closing_credit_under_short_paragraphs_opens_no_dateline():
    lines = ["Warga berkumpul di balai desa sejak pagi.", "Mereka menunggu kedatangan bupati."]
    body = _clean([*lines, "Editor: Agus Luqman", "Jakarta - Berita lain di bawah kotak."])
    assert body.paragraphs[:2] == lines
    assert body.dateline is None
