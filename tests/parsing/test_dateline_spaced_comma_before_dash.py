"""Two spaces between a place's comma and the dash (`BANDAR LAMPUNG,  — Pemerintah Kota ...`): the outlet's name
stood between them as a link the page lost; the place is read, with no agency, as with one space (`Lebak, – Wakil`)."""

from __future__ import annotations

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize(("text", "reading"), [
    ("Diskominfo Bandar Lampung Perluas Kanal Informasi dan Aduan Publik Lewat Website dan Medsos\n\n"
     "Share this article\nExample 468x60\n\nBANDAR LAMPUNG,  — Pemerintah Kota (Pemkot) Bandar Lampung terus mendorong "
     "keterbukaan informasi dan kemudahan layanan publik melalui inovasi digital.", ("BANDAR LAMPUNG", None)),
    ("Jakarta,  – Komisi I DPRD Kabupaten Simalungun melakukan kunjungan ke Diskominfo Kota Depok",
     ("Jakarta", None)),
    # one space or none, as before
    ("BANDAR LAMPUNG, — Pemerintah Kota (Pemkot) Bandar Lampung terus mendorong keterbukaan informasi",
     ("BANDAR LAMPUNG", None)),
    ("AMBON,- Tahun ini Pemerintah Kota Ambon kembali menggelar pasar murah bagi warga", ("AMBON", None)),
])
def test_two_spaces_between_comma_and_dash(text, reading):
    assert place_and_agency(text) == reading


@pytest.mark.parametrize("text", [
    # three spaces or more are a gap of the layout, no dateline's comma
    "JAKARTA,    - Komisi I DPRD Kabupaten Simalungun melakukan kunjungan ke Diskominfo Kota Depok",
    # a comma in a sentence before a dash between spaces is no dateline's
    "Harga cabai,  – kata pedagang – naik lagi di pasar induk pada pekan ini menurut para pedagang",
])
def test_no_dateline_without_the_shape(text):
    assert place_and_agency(text) is None
