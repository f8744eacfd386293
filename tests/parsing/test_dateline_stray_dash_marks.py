"""Datelines whose dash carries a stray mark: a semicolon glued after it, a hyphen glued before the outlet, or the
outlet's name lost before the comma.

Real openings: `JAKARTA, Harnasnews -; Empat menteri ...` (a national site, 2024), `Bojonegoro, -Batara.news||
Sebanyak ...` (a regional site, 2025), `, JAKARTA — Bukan kali pertama ...` (a party's news page, the outlet's
name lost with its link).
"""

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a semicolon glued after the spaced dash
        ("JAKARTA, Harnasnews -; Empat menteri kabinet pemerintahan Presiden Joko Widodo (Jokowi) dan Wakil "
         "Presiden Maruf Amin mendatangi kediaman Ketua Umum PDI-P", ("JAKARTA", "Harnasnews")),
        # a hyphen glued before the outlet's domain, bars for the dash
        ("Bojonegoro, -Batara.news|| Sebanyak 130 anggota Bintara Pembina Desa (Babinsa) jajaran Kodim 0813 "
         "Bojonegoro kembali dikerahkan", ("Bojonegoro", "Batara.news")),
        ("Bojonegoro, -Batara.news - Sebanyak 130 anggota Bintara Pembina Desa (Babinsa) jajaran Kodim 0813",
         ("Bojonegoro", "Batara.news")),
        # the outlet's name lost before the comma: a listed place in capitals and its dash
        (", JAKARTA — Bukan kali pertama Presiden Susilo Bambang Yudhoyono menyinggung tentang kondisi politik "
         "dua tahun ke depan.", ("JAKARTA", None)),
    ],
)
def test_stray_marks_around_the_dash(text, expected):
    assert place_and_agency(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the same openings written plainly keep their reading
        ("JAKARTA, Harnasnews - Empat menteri kabinet pemerintahan Presiden Joko Widodo (Jokowi)",
         ("JAKARTA", "Harnasnews")),
        ("Bojonegoro, Batara.news|| Sebanyak 130 anggota Bintara Pembina Desa (Babinsa) jajaran Kodim 0813",
         ("Bojonegoro", "Batara.news")),
        ("JAKARTA — Bukan kali pertama Presiden Susilo Bambang Yudhoyono menyinggung tentang kondisi politik",
         ("JAKARTA", None)),
        # a semicolon in a sentence after a hyphenated word is no dash's slip
        ("Ketua RT-; warga menolak", None),
        # after a comma, words in capitals that are no listed place stay out
        (", PENTING — Harap dibaca sebelum mengisi formulir pendaftaran", None),
        # and a table agency after the comma keeps its reading
        (", MINA – Pasukan pendudukan Israel menyerbu kompleks Masjid Al-Aqsa", (None, "MINA")),
    ],
)
def test_near_misses_stay(text, expected):
    assert place_and_agency(text) == expected
