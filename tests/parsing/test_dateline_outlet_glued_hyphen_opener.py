"""parse_dateline on an outlet's one title-case word after a listed place or district, one hyphen glued to it and to
a word that opens sentences (`Jayapura, Jubi-Salah satu ...`, `Sentani, Jubi-Dalam rangka ...`: a Papuan paper's
copy): the hyphen is the dash, as no name joins such a word; other hyphened words stay one name."""

from __future__ import annotations

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize("text, expected", [
    ("Jayapura, Jubi-Salah satu penggagas Tabloidjubi Decky Alexander Rumaropen mengatakan lahirnya  Tabloidjubi di "
     "Tanah Papua", ("Jayapura", "Jubi")),
    ("Ilustrasi 15 Tahun Jubi - Jubi\nIlustrasi 15 Tahun Jubi – Jubi\n\nJayapura, Jubi-Salah satu penggagas "
     "Tabloidjubi Decky Alexander Rumaropen mengatakan lahirnya  Tabloidjubi di Tanah Papua", ("Jayapura", "Jubi")),
    ("Papua No. 1 News Portal | Jubi Sentani, Jubi-Dalam rangka HUT TNI AU yang ke 76, menggelar aksi donor darah "
     "massal.", ("Sentani", "Jubi")),  # a district, a header's tagline before it
    # A written dash or a hyphen and a space, as before.
    ("Jayapura, Jubi- Mantan Wakil Bupati Kabupaten Jayapura Zadrak Wamebu mengatakan sejak awal Tabloidjubi",
     ("Jayapura", "Jubi")),
])
def test_an_outlets_word_glued_by_a_hyphen_to_a_sentences_opener(text, expected):
    assert place_and_agency(text) == expected


@pytest.mark.parametrize("text", [
    "Jakarta, Selasa-Menteri Keuangan Sri Mulyani mengatakan",  # a weekday, no outlet
    "Medan, Kapolda-Sumut Irjen Pol menerima kunjungan",  # a place's word after the hyphen
    "Medan, Warga-Dalam rangka menyambut hari jadi kota",  # a sentence's word before the hyphen
    "Jakarta, Indonesia-Dalam negeri harga beras naik",  # a country, no outlet
    "Jayapura, Jubi-Ketua Majelis Rakyat Papua menyatakan",  # a title, no sentence's opener: left alone
])
def test_a_glued_hyphen_before_no_opener_or_after_no_outlet(text):
    found = place_and_agency(text)
    assert found is None or found[1] is None
