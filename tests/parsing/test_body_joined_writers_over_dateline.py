"""Two writers on the header's lines, the first's name closed by the comma that joins the second's, over the desk's
label and the dateline (Kompas's `M Chaerul Halim,` over `Jessi Carina` over `Tim Redaksi` over `JAKARTA, KOMPAS.com -
...`): the two lines are one byline and count once among the leading blocks, so the dateline under them is read and the
header goes. A line closed by a comma that names no one (`Ini kabar buruk,`) counts as before."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

LEAD = ("JAKARTA, KOMPAS.com - Selama 30 tahun berkiprah dalam bentuk koran, Harian Republika bakal berhenti cetak pada "
        "31 Desember 2022.")
TEXT = ["Selama 30 tahun berkiprah dalam bentuk koran, Harian Republika bakal berhenti cetak pada 31 Desember 2022.",
        "Hal itu tertuang dalam surat edaran nomor: 007/DO-RMM/XII/2022 yang ditujukan kepada relasi Harian Republika."]


def _clean(lines):
    return clean_body([Block(line) for line in lines])


def test_the_joined_writers_and_the_desk_are_the_header():
    result = _clean(["M Chaerul Halim,", "Jessi Carina", "Tim Redaksi", LEAD, TEXT[1]])
    assert result.paragraphs == TEXT
    assert result.dateline is not None and result.dateline.place.upper() == "JAKARTA"


def test_a_line_naming_no_one_counts_as_before():
    result = _clean(["Ini kabar buruk,", "Jessi Carina", "Tim Redaksi", LEAD, TEXT[1]])
    assert result.paragraphs[0] == "Ini kabar buruk,"
