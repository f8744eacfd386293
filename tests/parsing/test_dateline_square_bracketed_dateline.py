"""A dateline between square brackets, a place and an outlet's name in capitals with a comma between, the dash after
it or none (`[YOGYAKARTA, MASJIDUNA] — Pimpinan Pusat ...`, an Islamic portal's house style), also behind a photo's
credit on the line (`... Foto: Muhammadiyah [YOGYAKARTA, MUHAMMADIYAH] — Jelang ...`), or the outlet's name first and
the place with its city after (`[MASJIDUNA, AUBURN, SYDNEY] —`). A place and its country (`[JAKARTA, INDONESIA]`) or a
label's words (`[BREAKING, NEWS]`) name no outlet; brackets inside a sentence are no dateline."""

from __future__ import annotations

import pytest

from crawler.parsing.dateline import parse_dateline


@pytest.mark.parametrize("text, place, agency", [
    ("[YOGYAKARTA, MASJIDUNA] Pimpinan Pusat (PP) Muhammadiyah menetapkan pelaksanan ibadah puasa 1 ramadan dimulai "
     "pada 11 Maret 2024.", "YOGYAKARTA", "MASJIDUNA"),
    ("Ketua Pimpinan Pusat (PP) Muhammadiyah, Agung Danarto. Foto: Muhammadiyah [YOGYAKARTA, MUHAMMADIYAH] — Jelang "
     "masa pencoblosan kerta suara di balik Tempat Pemilihan Suara (TPS) dalam Pemilu 2024.", "YOGYAKARTA",
     "MUHAMMADIYAH"),
    ("Sekretaris Umum PP Muhammadiyah, Prof Abdul Mu’ti. Foto: Muhammadiyah [JAKARTA, MASJIDUNA] — Penyelenggaraan "
     "Pemilu 2024 menjadi ajang rutin lima tahunan.", "JAKARTA", "MASJIDUNA"),
    ("Muhammadiyah Gelar Salat Idul Adha di Sydney, Khutbah dengan Tiga Bahasa\n\n[MASJIDUNA, AUBURN, SYDNEY] — Untuk "
     "pertama kalinya dalam sejarah Muhammadiyah di Australia.", "AUBURN, SYDNEY", "MASJIDUNA"),
])
def test_a_bracketed_place_and_outlet(text, place, agency):
    found = parse_dateline(text)
    assert found is not None and (found.place, found.agency) == (place, agency)


@pytest.mark.parametrize("text", [
    "[JAKARTA, INDONESIA] — Penyelenggaraan Pemilu 2024 menjadi ajang rutin lima tahunan.",
    "[BREAKING, NEWS] Penyelenggaraan Pemilu 2024 menjadi ajang rutin lima tahunan.",
    "Kata dia [YOGYAKARTA, MASJIDUNA] pimpinan pusat menetapkan awal puasa.",
])
def test_a_place_and_its_country_a_label_or_a_sentences_brackets_name_no_outlet(text):
    found = parse_dateline(text)
    assert found is None or found.agency is None
