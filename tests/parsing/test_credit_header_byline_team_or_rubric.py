"""A header's labelled byline that holds an outlet's team or a rubric's heading where the writer's name would stand
(hnmindonesia 2023: `Oleh: Tim HNM` over `Editor: Adi Anugrah` under the headline; `Oleh: Jumat Berkah`) names no
writer, as the same line over the text does; the editor under it is still read. `Tim` after the English label is a
first name (`By Tim Lister`), and a person's name after `Oleh` stays the writer."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

from people_pages import URL, header_lines, page  # beside this file

LEAD = ("<p>Palopo, hnmindonesia.com - Masih rangkaian HUT Kota Palopo ke 21 tahun, Pemkot Palopo menggelar festival "
        "pulau Libukang 2023.</p>")


def test_the_outlet_team_names_no_writer_and_the_editor_stays():
    item = parse_article(page(header=header_lines("Oleh: Tim HNM", "Editor: Adi Anugrah"), lead=LEAD), URL)
    assert item["author"] is None
    assert item["editor"] == "Adi Anugrah"


@pytest.mark.parametrize("line", [
    "Oleh: Tim HNM",
    "Oleh : Tim Liputan",
    "Oleh: Jumat Berkah",
    "Oleh: Harga Emas",
    "Oleh: Laporan Khusus",
])
def test_a_team_or_a_rubric_after_the_label_names_nobody(line):
    item = parse_article(page(header=header_lines(line), lead=LEAD), URL)
    assert item["author"] is None


@pytest.mark.parametrize(("line", "writer"), [
    ("By Tim Lister", "Tim Lister"),
    ("Oleh : Arnold H Sianturi / FMB", "Arnold H Sianturi"),
    ("Oleh Mohd Iskandar Ibrahim bhnews@bh.com.my", "Mohd Iskandar Ibrahim"),
    ("Oleh: Budi Santoso", "Budi Santoso"),
])
def test_a_person_after_the_label_stays_the_writer(line, writer):
    item = parse_article(page(header=header_lines(line), lead=LEAD), URL)
    assert item["author"] == writer
