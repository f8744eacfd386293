"""parse_dateline on a listed place in capitals, a capital I between spaces for the bar and its outlet's domain (`MEDAN
I SUMUT24.CO` over the lead), as `Belawan l Triknews.co l` types a lower-case l for it."""

from __future__ import annotations

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize("text", [
    "Dalam Kurun Waktu 2x24 Jam, Team Gabungan Bekuk Pelaku Pembunuhan Seorang Mahasiswa\nHukum\nBaca Juga:\n"
    "MEDAN I SUMUT24.CO\nKepolisian Daerah Sumatera Utara (Polda Sumut) bersama Lembaga Penyiaran Publik (LPP) RRI Medan "
    "menandatangani nota kesepahaman (MoU) program Halo Polisi di kantor RRI Medan, Kamis (25/9/2025).",
    "MEDAN I SUMUT24.CO – Kepolisian Daerah Sumatera Utara (Polda Sumut) bersama Lembaga Penyiaran Publik (LPP) RRI Medan "
    "menandatangani nota kesepahaman.",
])
def test_a_place_a_capital_i_and_a_domain(text):
    assert place_and_agency(text) == ("MEDAN", "SUMUT24.CO")


def test_a_lower_case_l_for_the_bars_stays():
    assert place_and_agency("Belawan l Triknews.co l Dalam rangka HUT Bhayangkara, Polres menggelar donor darah.") == (
        "Belawan", "Triknews.co")


@pytest.mark.parametrize("text", [
    "KODAM I BUKITBARISAN.COM\nKepolisian Daerah Sumatera Utara bersama Lembaga Penyiaran Publik.",
    "PERANG DUNIA I WIKIPEDIA.ORG\nKepolisian Daerah Sumatera Utara bersama Lembaga Penyiaran Publik.",
])
def test_a_numeral_after_no_listed_place_is_no_bar(text):
    assert place_and_agency(text) is None
