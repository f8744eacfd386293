"""A header's labelled byline that prints after a comma what the writer is rather than another name: a role and the
outlet (Fakta Jabar 2023: `Oleh : Rosman Ochim Alazis, Redpel Fakta Jabar |` under the headline, a bar closing the
line), degrees (a campus blog of 2024: `Oleh : Baharuddin, MT`; a police journal of 2009: `Oleh : Drs. A.
Wahyurudhanto, M.Si`). The writer is the name before the comma; co-writers listed with commas stay a list, and a
rubric's heading or a desk before the comma names nobody."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

from people_pages import URL, header_lines, page  # beside this file

LEAD = ("<p>Disana akan menemukan kepuasan sendiri. Dan menemukan pengetahuan diluar meja sekolah. Bahkan seorang "
        "jurnalis dituntut menjadi orang tahu di-tahu-nya.</p>")


@pytest.mark.parametrize(("line", "writer"), [
    ("Oleh : Rosman Ochim Alazis, Redpel Fakta Jabar |", "Rosman Ochim Alazis"),
    ("Oleh : Rosman Ochim Alazis, Redpel Fakta Jabar", "Rosman Ochim Alazis"),
    ("Oleh : Rosman Ochim Alazis |", "Rosman Ochim Alazis"),
    ("Oleh : Baharuddin, MT", "Baharuddin"),
    ("Oleh : Drs. A. Wahyurudhanto, M.Si", "Drs. A. Wahyurudhanto"),
])
def test_the_name_before_the_comma_is_the_writer(line, writer):
    item = parse_article(page(header=header_lines(line), lead=LEAD), URL)
    assert item["author"] == writer


@pytest.mark.parametrize(("line", "writer"), [
    ("Oleh: Nurvirta Monarizqa, Ingki Rinaldi, & Palupi Annisa Auliani",
     "Nurvirta Monarizqa, Ingki Rinaldi, & Palupi Annisa Auliani"),
    ("Oleh : Rosman Ochim Alazis", "Rosman Ochim Alazis"),
    ("Oleh: Laporan Khusus, Jakarta", None),
    ("Oleh: Jumat Berkah, Redaksi", None),
    ("Oleh: Redaksi, Jakarta", None),
])
def test_co_writers_stay_listed_and_rubrics_name_nobody(line, writer):
    item = parse_article(page(header=header_lines(line), lead=LEAD), URL)
    assert item["author"] == writer


@pytest.mark.parametrize("line", [
    "Oleh : Hikmah Ramadhan, Redaksi",
    "Oleh : Jawa Barat, Indonesia",
    "Oleh: Kota Bandung, Jawa Barat",
    "By Staff Writer, Jakarta",
    "Oleh: Harga Emas, Jakarta",
])
def test_a_desk_in_the_line_or_a_place_before_the_comma_names_nobody(line):
    item = parse_article(page(header=header_lines(line), lead=LEAD), URL)
    assert item["author"] is None
