"""A paper's dateline alone on its line, the place and its name with no dash (`Kediri, Memorandum`), over a lead that
opens with a body's acronym (`KPU Kabupaten Kediri ...`), or with a blank line between, as a page set in columns
prints them."""

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize(("text", "reading"), [
    ("Pemilu 2024, Dapil di Kabupaten Kediri Tidak Berubah\nKediri, Memorandum\nKPU Kabupaten Kediri menetapkan lokasi "
     "daerah pemilihan (dapil) pada Pemilu 2024 mendatang.", ("Kediri", "Memorandum")),
    ("Ibadah Sederhana Berpahala Maksimal\n\nSurabaya, Memorandum\n\nDua residivis spesialis pakaian bermerek di mal "
     "diamankan Resmob Polrestabes Surabaya.", ("Surabaya", "Memorandum")),
    ("Surabaya, Memorandum\nKasus perampokan rumah dinas (rumdis) Wali Kota Blitar Santoso terus berlanjut.",
     ("Surabaya", "Memorandum")),  # a lead in title case, as before
])
def test_a_paper_dateline_line_over_its_lead(text, reading):
    assert place_and_agency(text) == reading


@pytest.mark.parametrize("text", [
    "Jakarta, Indonesia\nKPU Kota Jakarta menetapkan",  # a place and its country
    "Jakarta, Senin\n\nDPR menetapkan undang-undang",  # a place and its weekday
    "Surabaya, Memorandum\nKPU SURABAYA TETAPKAN DAPIL",  # a heading in capitals under it
    "Surabaya, Memorandum\n\n\nDua residivis diamankan",  # two blank lines: no longer one block
])
def test_no_outlet_over_an_acronym_lead_stays_no_dateline(text):
    assert place_and_agency(text) is None
