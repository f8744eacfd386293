"""A desk's numbered codes alone on the last line, their closing bracket lost when the page was cut (ANTARA 2010's
`(F008*P008` under `... menghadiri pertemuan puncak G-20.`): the codes close the text as they do bracketed. A line
that opens a bracket over words (`(Bersambung`), or a number in one (`(2010`), stays."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["Komplek Istana Kepresidenan Jakarta, Selasa sore, diguyur hujan lebat, tepat ketika segala persiapan menyambut "
        "kedatangan Presiden Amerika Serikat Barack Obama sedang dilakukan.",
        "Keesokan harinya, Obama akan mengunjungi Masjid Istiqlal. Dia juga dijadwalkan meletakkan karangan bunga di "
        "Taman Makam Pahlawan Kalibata.",
        "Obama juga akan ber pidato di Universitas Indonesia, Depok, sebelum meninggalkan Indonesia dan bertolak ke Korea "
        "Selatan untuk menghadiri pertemuan puncak G-20."]


def _clean(lines):
    return clean_body([Block(line) for line in lines])


def test_cut_codes_close_the_text():
    result = _clean([*TEXT, "(F008*P008"])
    assert result.paragraphs == TEXT
    assert result.signature == {"raw": "(F008*P008", "codes": ["F008*P008"]}
    result = _clean([*TEXT, "(C003/T007"])
    assert result.paragraphs == TEXT
    assert result.signature["codes"] == ["C003", "T007"]


def test_bracketed_codes_read_as_before():
    result = _clean([*TEXT, "(F008*P008)"])
    assert result.paragraphs == TEXT
    assert result.signature["raw"] == "(F008*P008)"


def test_an_open_bracket_over_words_or_a_year_stays():
    for line in ("(Bersambung", "(2010", "(F008 dan P008"):
        assert _clean([*TEXT, line]).paragraphs == [*TEXT, line]
