"""The place's province written between the place and the outlet's name, commas between all three (`KENDAL, JATENG,
BN –`): the province is the place's, as in `KENDAL, JATENG (BN) –`, and the name after it the outlet's."""

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize(("text", "reading"), [
    ("KENDAL, JATENG, BN – Tidak masuknya kantor, Kepala Dinas, Sekretaris Dinas dan beberapa Kepala Bidang Dinas "
     "Sosial Kabupaten Kendal dalam waktu bersamaan", ("KENDAL, JATENG", "BN")),
    ("Kendal, Jateng, BN – Tidak masuknya kantor Kepala Dinas Sosial Kabupaten Kendal", ("Kendal, Jateng", "BN")),
    ("MEDAN, SUMUT, HARIAN ANDALAS – Puluhan pedagang kaki lima menggelar aksi di depan kantor wali kota.",
     ("MEDAN, SUMUT", "HARIAN ANDALAS")),
    ("KENDAL, Jawa Tengah, BN – Tidak masuknya kantor Kepala Dinas Sosial Kabupaten Kendal",
     ("KENDAL, Jawa Tengah", "BN")),
])
def test_province_between_place_and_outlet(text, reading):
    assert place_and_agency(text) == reading


@pytest.mark.parametrize(("text", "reading"), [
    # the readings that stay: a province alone after the place, an outlet alone after it, a district in the province's
    # slot (no province: no place and outlet of this shape), a weekday after the province
    ("KENDAL, JATENG – Tidak masuknya kantor Kepala Dinas Sosial Kabupaten Kendal", ("KENDAL, JATENG", None)),
    ("KENDAL, BN – Tidak masuknya kantor Kepala Dinas Sosial Kabupaten Kendal", ("KENDAL", "BN")),
    ("KENDAL, KALIWUNGU, BN – Tidak masuknya kantor Kepala Dinas Sosial Kabupaten Kendal", None),
    ("KENDAL, JATENG, Selasa (15/1) – Tidak masuknya kantor Kepala Dinas Sosial", ("KENDAL, JATENG", None)),
    ("SAMBAS, JEJARING KALBAR – Warga perbatasan menggelar gawai adat.", ("SAMBAS", "JEJARING KALBAR")),
])
def test_near_misses_stay(text, reading):
    assert place_and_agency(text) == reading
