"""A columnist's byline naming the writer, then the firm or school the writer is of, then the outlet as its brand
writes itself (a detikFinance column of 2019: `Aidil Akbar Madjid – Aidil Akbar Madjid & Partners - detikFinance`
under the time line): the writer is the name before the first dash. A firm's mark makes the middle part an
affiliation; without one, two names there are a match's sides, and a rubric's heading first names nobody."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.credits import closing_byline

from people_pages import URL, header_lines, page  # beside this file

COLUMN = "Aidil Akbar Madjid – Aidil Akbar Madjid & Partners - detikFinance"
LEAD = ("<p>Jakarta - Resesi. Kata itu belakangan ini menjadi momok dan sumber percakapan dari kelas warung di pinggir "
        "jalan sampai coffee shop hotel bintang lima.</p>")


@pytest.mark.parametrize("lines", [
    ("Follow detikFinance Follow Linkedin", "Rabu, 16 Okt 2019 06:05 WIB", COLUMN, "Halaman 1 dari 2"),
    (COLUMN, "Rabu, 16 Okt 2019 06:05 WIB"),
])
def test_the_column_byline_names_the_writer(lines):
    item = parse_article(page(header=header_lines(*lines), lead=LEAD), URL)
    assert item["author"] == "Aidil Akbar Madjid"


@pytest.mark.parametrize(("line", "writer"), [
    (COLUMN, "Aidil Akbar Madjid"),
    ("Budi Santoso – Universitas Indonesia - detikNews", "Budi Santoso"),
    ("Persib Bandung – Persija Jakarta - detikSport", None),
    ("Cek Fakta – PT Media - kompas.com", None),
    ("Jawa Tengah – Yayasan Ibu - Tribunnews.com", None),
])
def test_only_an_affiliation_between_name_and_brand_makes_a_byline(line, writer):
    assert closing_byline(line) == writer
