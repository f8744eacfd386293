"""A report's label that names who filed it before its colon (Bali Kini 2026: `Laporan Reporter : Jero Ari`; 2025:
`Laporan reporter: Gusti Ayu Purnamiasih`, both opening the text over the dateline): the name after the colon is the
writer's. A rubric's label of the same head (`Laporan Khusus : ...`, `Laporan Utama: ...`) credits nobody."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.credits import parse_credits

from people_pages import URL, page  # beside this file

DATELINE = ("Denpasar ,  Bali Kini - Santunan kematian di Denpasar adalah program Pemkot untuk warga yang "
            "mengurus akta kematian, Selasa, (6/1).")


@pytest.mark.parametrize(("line", "writer"), [
    ("Laporan Reporter : Jero Ari", "Jero Ari"),
    ("Laporan reporter: Gusti Ayu Purnamiasih", "Gusti Ayu Purnamiasih"),
    ("Laporan Wartawan: Jero Ari", "Jero Ari"),
])
def test_the_labelled_name_is_the_writer(line, writer):
    assert parse_credits(line).author == writer
    assert parse_article(page(lead=f"<p>{line}</p><p>{DATELINE}</p>"), URL)["author"] == writer


@pytest.mark.parametrize("line", ["Laporan Khusus : Jero Ari", "Laporan Utama: Harga Emas"])
def test_a_rubric_s_label_credits_nobody(line):
    assert parse_credits(line) is None
