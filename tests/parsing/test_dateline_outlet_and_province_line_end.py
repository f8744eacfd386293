"""A regional paper's name and its province's short name after the place, ending the dateline's line (`SAMARINDA,
Poskota Kaltim` above `Kepala Badan ...`), as one capitalised word does (`Surabaya, Memorandum`); a place's word
before a province names a place and its province (`Batam, Kepulauan Riau`), no outlet."""

from __future__ import annotations

import pytest

from crawler.parsing.dateline import parse_dateline

BODY = "\nKepala Badan Kepegawaian Daerah (BKD) Kaltim mengingatkan Calon Pegawai Negeri Sipil wajib hadir lebih awal."


def test_an_outlet_and_its_province_ending_the_line():
    text = ("samarinda\n\nHari Ini, BKD Gelar Tes CPNS Pemprov Kaltim\n\nSAMARINDA, Poskota Kaltim\nKepala Badan"
            " Kepegawaian Daerah (BKD) Kaltim HM Yadi Robyan Noor mengingatkan Calon Pegawai Negeri Sipil (CPNS) Pemprov"
            " Kaltim wajib hadir 1,5 jam sebelum pelaksanaan tes dimulai")
    found = parse_dateline(text)
    assert (found.place, found.agency) == ("SAMARINDA", "Poskota Kaltim")


@pytest.mark.parametrize(("head", "place", "agency"), [
    ("Medan, Waspada Sumut", "Medan", "Waspada Sumut"),
    ("Surabaya, Memorandum", "Surabaya", "Memorandum"),
])
def test_outlets_ending_the_line(head, place, agency):
    found = parse_dateline(head + BODY)
    assert (found.place, found.agency) == (place, agency)


@pytest.mark.parametrize("head", [
    "Batam, Kepulauan Riau",
    "Pangkalpinang, Bangka Belitung",
    "Mataram, Lombok Barat",
    "Surabaya, Jawa Timur",
    "Jakarta, Senin Pagi",
])
def test_a_place_and_its_region_on_a_line_name_no_outlet(head):
    found = parse_dateline(head + BODY)
    assert found is None or found.agency is None
