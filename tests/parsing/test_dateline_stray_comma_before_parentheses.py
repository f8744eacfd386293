"""A stray comma and hyphen typed between the place and the agency's parentheses (`Simpang Empat,- (ANTARA) -`, as
`AMBON,- Tahun`): the agency in the parentheses is the dateline's, the dash after them written."""

from __future__ import annotations

import pytest

from crawler.parsing.dateline import parse_dateline


@pytest.mark.parametrize(("text", "place", "agency", "raw"), [
    ("Simpang Empat,- (ANTARA) - Pemerintah Kabupaten Pasaman Barat, Sumatera Barat memperoleh piagam penghargaan dari"
     " Kepolisian Daerah Sumbar atas pemberian hibah tanah", "Simpang Empat", "ANTARA", "Simpang Empat,- (ANTARA) -"),
    ("Jakarta,-(ANTARA) - Presiden meresmikan jembatan baru di pinggir kota.", "Jakarta", "ANTARA",
     "Jakarta,-(ANTARA) -"),
    # Hyphens glued on both sides, as before.
    ("BATUBARA-(Membaranews.com)- Personel Polres Batubara menggelar patroli malam.", "BATUBARA", "Membaranews.com",
     "BATUBARA-(Membaranews.com)-"),
])
def test_the_agency_after_a_stray_comma_and_hyphen(text, place, agency, raw):
    found = parse_dateline(text)
    assert (found.place, found.agency, found.raw) == (place, agency, raw)


def test_no_dash_after_the_parentheses_still_reads_them():
    # The comma and hyphen are the dash, the agency's parentheses after them no sentence's opening
    # (`Bandarlampung,- (BN.Net) Rektor ...`, a campus paper's copy): the agency is read, the sentence after it.
    found = parse_dateline("Simpang Empat,- (ANTARA) Pemerintah Kabupaten Pasaman Barat memperoleh piagam.")
    assert (found.place, found.agency, found.raw) == ("Simpang Empat", "ANTARA", "Simpang Empat,- (ANTARA)")


def test_a_hyphen_glued_before_the_parentheses_without_a_comma_still_needs_its_dash():
    found = parse_dateline("BATUBARA-(Membaranews.com) Personel Polres Batubara menggelar patroli malam.")
    assert found is None or found.agency is None
