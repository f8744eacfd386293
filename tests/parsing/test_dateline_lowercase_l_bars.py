"""A lower-case l between spaces for each bar around an outlet's domain (`Belawan l Triknews.co l Dalam ...`, a regional
outlet's lead): no word is written so, and the domain vouches for the dateline."""

import pytest

from crawler.parsing import parse_dateline


@pytest.mark.parametrize("text, place", [
    ("Belawan l Triknews.co l Dalam dua pekan terakhir, Polres Pelabuhan Belawan berhasil menangkap 53 pelaku.",
     "Belawan"),
    ("Medan l Triknews.co l Kapolda Sumatera Utara meninjau pos pengamanan di Lapangan Merdeka.", "Medan"),
])
def test_place_and_domain_between_lower_case_l_bars(text, place):
    dateline = parse_dateline(text)
    assert dateline is not None
    assert (dateline.place, dateline.agency) == (place, "Triknews.co")
    assert text[dateline.end:].lstrip().startswith(("Dalam", "Kapolda"))


@pytest.mark.parametrize("text", [
    "Belawan l Triknews l Dalam dua pekan terakhir, Polres Pelabuhan Belawan berhasil menangkap 53 pelaku.",
    "Foto l Triknews.co l Dalam dua pekan terakhir, Polres Pelabuhan Belawan berhasil menangkap 53 pelaku.",
    "Belawan l Triknews.co l dalam dua pekan terakhir, polisi berhasil menangkap 53 pelaku.",
])
def test_no_dateline_without_a_domain_a_place_and_a_sentence(text):
    dateline = parse_dateline(text)
    assert dateline is None or dateline.place is None
