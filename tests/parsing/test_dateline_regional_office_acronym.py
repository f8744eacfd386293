"""parse_dateline on a regional office's acronym (`Dinas` shortened to `DIS` before its field's letters) and its
regency alone before the dash (`DISBUDPAR BATAM - ...`, the culture and tourism office's release): a news desk, no
place, as `DISKOMINFO INDRAMAYU –` and `Polres Sanggau -` are read."""

from __future__ import annotations

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize("text, agency", [
    ("DISBUDPAR BATAM - Bahana Barelang Drum Corps (BBDC) berhasil meraih juara umum di ajang Batam Open Marching Band "
     "Championship 2019. Kompetisi ini diikui 47 tim se-Kepri.", "DISBUDPAR BATAM"),
    ("DISHUB SLEMAN – Dinas Perhubungan Kabupaten Sleman menutup sementara ruas jalan menuju kawasan wisata.",
     "DISHUB SLEMAN"),
])
def test_a_regional_office_and_its_regency(text, agency):
    assert place_and_agency(text) == (None, agency)


def test_the_communication_office_stays():
    assert place_and_agency("DISKOMINFO INDRAMAYU – Bupati Indramayu meresmikan gedung pelayanan publik.") == (
        None, "DISKOMINFO INDRAMAYU")


@pytest.mark.parametrize("text", [
    "DISKON BESAR – Toko swalayan menawarkan potongan harga menjelang akhir tahun.",
    "DISBUDPAR – Bahana Barelang Drum Corps berhasil meraih juara umum.",
])
def test_no_listed_place_after_the_acronym_is_no_desk(text):
    found = place_and_agency(text)
    assert found is None or found[1] is None
