"""Titles that end in a domain name alone: the papers of a network named by their own domains on the network's
hosts (Tribun's regional papers, 2022-2026), read with no `<h1>` and no `og:site_name` on the page."""

from __future__ import annotations

import pytest

from title_readings import title_of  # beside this file

@pytest.mark.parametrize(("title", "url", "expected"), [
    ("Harga Hp Samsung A13 5G Terbaru Desember 2022, Baterai Jumbo Tahan Pemakaian 2 Hari Cuma Rp 2 Jutaan - Bangkapos.com",
     "https://bangka.tribunnews.com/2022/12/28/harga-hp-samsung-a13-5g-terbaru-desember-2022",
     "Harga Hp Samsung A13 5G Terbaru Desember 2022, Baterai Jumbo Tahan Pemakaian 2 Hari Cuma Rp 2 Jutaan"),
    ("Tim SMAN Modal Bangsa Aceh Raih Medali Perak Internasional pada TISIIF 2026 di Thailand - Serambinews.com",
     "https://aceh.tribunnews.com/nanggroe/1036826/tim-sman-modal-bangsa-aceh-raih-medali-perak",
     "Tim SMAN Modal Bangsa Aceh Raih Medali Perak Internasional pada TISIIF 2026 di Thailand"),
    ("AQUA Pandaan dan Banyuwangi Dapat Penghargaan Industri Digital dari Kementerian Perindustrian - Surya.co.id",
     "https://surabaya.tribunnews.com/2023/06/01/aqua-pandaan",
     "AQUA Pandaan dan Banyuwangi Dapat Penghargaan Industri Digital dari Kementerian Perindustrian"),
    # Before the page of a paged article.
    ("Begini Potret Perpustakaan Daerah Bali di Era Milenial - Surya.co.id - Halaman 2",
     "https://surabaya.tribunnews.com/2018/01/01/a",
     "Begini Potret Perpustakaan Daerah Bali di Era Milenial"),
])
def test_a_domain_name_alone_names_the_site(title, url, expected):
    assert title_of(title, url) == expected


@pytest.mark.parametrize("title", [
    "Harga Emas Antam Hari Ini - Rp1.120.000 per Gram",
    "Rilis Android 15 - Versi 15.1 Hadir di Ponsel Pixel",
    "Liga 1 2024/2025: Persib - Persija 2-1",
])
def test_a_last_part_with_dots_that_is_no_domain_stays(title):
    assert title_of(title, "https://surabaya.tribunnews.com/2024/01/01/a") == title
