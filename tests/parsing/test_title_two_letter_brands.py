"""Titles closed by the name of an outlet whose host's brand has two letters, said with a word of outlets' names
and its edition's label (`NU Online` on nu.or.id, `NU Online Jatim` on jatim.nu.or.id): real `<title>` strings as
a search engine's results and a site copying a post gave them, read with no `<h1>` on the page."""

from __future__ import annotations

import pytest

from title_readings import title_of  # beside this file

@pytest.mark.parametrize(("title", "url", "expected"), [
    ("Terdampak Proyek Kereta Cepat Jakarta-Bandung, Pesantren Nurul Iman Tempati Lahan Baru | NU Online",
     "https://nu.or.id/nasional/terdampak-proyek-kereta-cepat-jakarta-bandung-pesantren-nurul-iman-tempati-lahan-baru",
     "Terdampak Proyek Kereta Cepat Jakarta-Bandung, Pesantren Nurul Iman Tempati Lahan Baru"),
    ("Berikut Keutamaan Membaca Ayat Kursi - NU Online Jatim",
     "https://jatim.nu.or.id/keislaman/berikut-keutamaan-membaca-ayat-kursi-WUVjH", "Berikut Keutamaan Membaca Ayat Kursi"),
])
def test_a_two_letter_brand_with_a_word_of_outlets_names_is_the_site(title, url, expected):
    assert title_of(title, url) == expected


@pytest.mark.parametrize(("title", "url"), [
    # The name inside a headline's own last part, and the name on another outlet's host (an aggregator's copy).
    ("Hari Santri - NU Online Luncurkan Aplikasi Kitab", "https://nu.or.id/nasional/hari-santri"),
    ("Santri Belajar Menulis di NU Online", "https://nu.or.id/nasional/santri-belajar"),
    ("Hukum Puasa Rajab - NU Online", "https://www.kompas.com/read/2024/01/01/hukum-puasa-rajab"),
])
def test_a_headline_holding_the_name_stays_whole(title, url):
    assert title_of(title, url) == title
