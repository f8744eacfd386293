"""An outlet's name alone before its dash, a brand's word glued to a listed place's or a province's name, each
capitalised (`KilasBandung – ...`, `LensaKalbar – ...`, as their domains are written): the outlet, no place. A brand's
first word that is a place's word (`NusaBali`) and a word no place ends are not read so."""

from __future__ import annotations

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize(("text", "outlet"), [
    ("KilasBandung – Memasuki tahun politik seiring berlangsungnya pemilihan presiden (pilpres) tahun 2019 mendatang,"
     " seluruh anggota TNI dan Polri", "KilasBandung"),
    ("LensaKalbar – Progres pemekaran kecamatan di Kabupaten Sintang terus berjalan. Bahkan saat ini empat berkas calon"
     " kecamatan baru telah disampaikan", "LensaKalbar"),
    ("LensaKalbar - Progres pemekaran kecamatan di Kabupaten Sintang terus berjalan.", "LensaKalbar"),
])
def test_brand_glued_to_a_place_alone(text, outlet):
    assert place_and_agency(text) == (None, outlet)


@pytest.mark.parametrize(("text", "reading"), [
    ("NusaBali - Progres pemekaran kecamatan di Kabupaten Sintang terus berjalan.", None),
    ("KilasBerita - Progres pemekaran kecamatan di Kabupaten Sintang terus berjalan.", None),
    # the outlet's place after it, as before
    ("LensaKalbar, Sintang – Progres pemekaran kecamatan di Kabupaten Sintang terus berjalan.",
     ("Sintang", "LensaKalbar")),
])
def test_near_misses(text, reading):
    assert place_and_agency(text) == reading
