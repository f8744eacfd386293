"""An outlet's initials in capitals after a listed place, no comma, then the dash (`Pasaman Barat PN— Di saat ...`,
Persada News): the initials are the outlet, no word of the place; a province's or a listed place's initials are the
place's region (`Mataram NTB -`, `Kota Sorong PBD –`)."""

from __future__ import annotations

import pytest

from crawler.parsing.dateline import parse_dateline

BODY = " Di saat banyak daerah bersiap menyambut pergantian tahun dengan gemerlap kembang api."


def test_initials_after_the_place_and_a_glued_em_dash():
    text = ("Breaking News\n\nKapolres AKBP Agung Tribawanto Tegaskan: Pasaman Barat Tanpa Kembang Api , dengan do'a"
            " bersama menyambut Tahun Baru 2026\n\n\n\nPasaman Barat PN— Di saat banyak daerah bersiap menyambut"
            " pergantian tahun dengan gemerlap kembang api, Kapolres Pasaman Barat AKBP Agung Tribawanto, S.I.K., justru"
            " mengambil langkah berani dan berbeda.")
    found = parse_dateline(text)
    assert (found.place, found.agency) == ("Pasaman Barat", "PN")


@pytest.mark.parametrize(("head", "place", "agency"), [
    ("Pasaman Barat PN —", "Pasaman Barat", "PN"),
    ("Solo PN -", "Solo", "PN"),
    ("Mataram NTB -", "Mataram NTB", None),
    ("Kupang NTT –", "Kupang NTT", None),
    ("Kota Sorong PBD –", "Kota Sorong PBD", None),
])
def test_initials_or_a_region_after_the_place(head, place, agency):
    found = parse_dateline(head + BODY)
    assert (found.place, found.agency) == (place, agency)


def test_initials_after_words_no_list_has_read_no_outlet():
    found = parse_dateline("Kantor Polres PN -" + BODY)
    assert found is None or found.agency is None
