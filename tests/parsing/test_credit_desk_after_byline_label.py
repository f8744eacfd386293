"""A byline's label over a desk, a staff role, a team or a rubric's heading where the name would stand (the English
press's `By Staff Reporter`, `By Our Correspondent`; a regency's `Oleh: Tim Verifikasi Kecamatan`; `Oleh: Khutbah
Jumat`; an Arabic paper's editorial board, `بقلم: هيئة التحرير`) names no writer; a person's name after the label stays
the writer, an English first name `Tim` too (small pages in the shapes of the real ones)."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.credits import opinion_author
from crawler.parsing.html import Block

from people_pages import URL, page  # beside this file


@pytest.mark.parametrize("line", [
    "By Staff Reporter",
    "By Our Correspondent",
    "By Special Correspondent",
    "By: Editorial Team",
    "By Jakarta Bureau",
    "Oleh: Tim Verifikasi Kecamatan",
    "Oleh: Tim Data Science & Information Retrieval",
    "Oleh: Tim Kajian Ramadhan",
    "Oleh: Khutbah Jumat",
    "Oleh: Pondok Pesantren Al-Fatah",
    "بقلم: هيئة التحرير",
])
def test_a_desk_or_heading_after_a_byline_label_names_nobody(line):
    assert opinion_author(Block(line)) is None
    assert parse_article(page(lead=f"<p>{line}</p>"), URL)["author"] is None


@pytest.mark.parametrize(("line", "author"), [
    ("By Tim Lister", "Tim Lister"),
    ("By: Ali Farkhan Tsani, Preacher of Al-Fatah Islamic Boarding School", "Ali Farkhan Tsani"),
    ("Oleh: Imaam Yakhsyallah Mansur", "Imaam Yakhsyallah Mansur"),
    ("Oleh: Timotius Budi Santoso", "Timotius Budi Santoso"),
    ("Oleh H. Dheni Kurnia", "H. Dheni Kurnia"),
])
def test_a_person_after_a_byline_label_stays_the_writer(line, author):
    assert opinion_author(Block(line)) == author
