"""Titles whose last parts name the site in ways a host or `og:site_name` tells: a regional government's host
(`semarangkota.go.id` for `Kota Semarang`), a brand with `+` or without its `news`, `og:site_name` of several parts,
the site's name said twice. Real `<title>` strings of Indonesian outlets and regional offices (2021-2026), read with
no `<h1>` on the page."""

from __future__ import annotations

import pytest

from title_readings import title_of  # beside this file

@pytest.mark.parametrize(("title", "url", "expected"), [
    ("Persyaratan Mengurus Kartu Tanda Penduduk (KTP-El) - Dinas Kependudukan dan Pencatatan Sipil Kota Madiun",
     "https://capil.madiunkota.go.id/persyaratan-mengurus-ktp-el/", "Persyaratan Mengurus Kartu Tanda Penduduk (KTP-El)"),
    ("Persyaratan Pembuatan Kartu Keluarga (KK) - DISDUKCAPIL KOTA TASIKMALAYA",
     "http://dinasdukcapil.tasikmalayakota.go.id/syarat-membuat-kk/", "Persyaratan Pembuatan Kartu Keluarga (KK)"),
    ("Kartu Keluarga – Dinas Kependudukan dan Pencatatan Sipil Kota Semarang",
     "https://dispendukcapil.semarangkota.go.id/halaman-kartu-keluarga/", "Kartu Keluarga"),
    ("Tidak Lagi Perlu Surat Pengantar - Disdukcapil Kabupaten Bogor",
     "https://disdukcapil.bogorkab.go.id/berita/info/tidak-lagi-perlu-surat-pengantar", "Tidak Lagi Perlu Surat Pengantar"),
    ("Penerbitan KTP-el Karena Perubahan Data - Disdukcapil Kab. Magetan",
     "https://dispenduk.magetan.go.id/penerbitan-ktp-el-karena-perubahan-data/", "Penerbitan KTP-el Karena Perubahan Data"),
])
def test_a_regional_governments_name_after_its_hosts_place_is_cut(title, url, expected):
    assert title_of(title, url) == expected


def test_a_regional_hosts_place_inside_the_headline_stays():
    assert title_of("Banjir Kota Semarang - Warga Mengungsi ke Balai Kota",
                    "https://semarangkota.go.id/berita/banjir") == "Banjir Kota Semarang - Warga Mengungsi ke Balai Kota"


@pytest.mark.parametrize(("title", "url", "expected"), [
    # The outlet's name without the `news` of its host (no og:site_name on the page).
    ("Disentil Kiai Said Soal Pemerataan Ekonomi di Muktamar NU, Jokowi Akui Tidak Gampang - Tribun",
     "https://www.tribunnews.com/nasional/2021/12/22/a",
     "Disentil Kiai Said Soal Pemerataan Ekonomi di Muktamar NU, Jokowi Akui Tidak Gampang"),
    # `+` of a brand written `plus` in its host.
    ("Sinergi PWI Pusat, AFPI, dan OJK Perangi Pinjol Ilegal dan Perkuat Literasi Keuangan - RCTI+",
     "https://m.rctiplus.com/news/detail/ekonomi/1/sinergi-pwi",
     "Sinergi PWI Pusat, AFPI, dan OJK Perangi Pinjol Ilegal dan Perkuat Literasi Keuangan"),
])
def test_a_brand_written_otherwise_than_its_host_is_cut(title, url, expected):
    assert title_of(title, url) == expected


@pytest.mark.parametrize(("title", "url"), [
    # A place's name ending the headline on a `<name>news` host (no site profile: a hajj route on a MINA-like host).
    ("Perjalanan Arafah - Muzdalifah - Mina", "https://minanews.example/perjalanan-arafah/"),
    ("Piala AFF: Malaysia - Indonesia", "https://indonesiainside.id/olahraga/a"),
])
def test_a_headlines_last_word_beginning_the_brand_stays(title, url):
    assert title_of(title, url) == title


def test_the_parts_of_a_site_name_written_with_a_separator_are_cut():
    head = "<meta property='og:site_name' content='Halaman Utama - ITERA'>"
    assert title_of("Cara Pinjam Saldo DANA Tanpa KTP Langsung Cair ke Rekening Terbaru - Halaman Utama - ITERA",
                    "https://www.itera.ac.id/cara-pinjam-saldo", head) == \
        "Cara Pinjam Saldo DANA Tanpa KTP Langsung Cair ke Rekening Terbaru"


def test_the_site_name_said_twice_is_cut():
    # flores.pikiran-rakyat.com: `Oke Flores` is no label of the host, but no headline ends in one part twice.
    assert title_of("Viral! Ini Isi Chat Korban Dugaan Pelecehan oleh Oknum Debt Collector Kredivo yang Kini Diinvestigasi"
                    " - Oke Flores - Oke Flores", "https://flores.pikiran-rakyat.com/news/pr-1/viral") == \
        "Viral! Ini Isi Chat Korban Dugaan Pelecehan oleh Oknum Debt Collector Kredivo yang Kini Diinvestigasi"


@pytest.mark.parametrize(("title", "url", "expected"), [
    # The outlet's `<name>news` host label, then its edition.
    ("Sipropam Polres Metro Bekasi Gelar Gaktib, Cegah Keterlibatan Personel dalam Judol dan Pinjol"
     " - Tribratanews Polda Metro Jaya", "https://tribratanews.metro.polri.go.id/sipropam",
     "Sipropam Polres Metro Bekasi Gelar Gaktib, Cegah Keterlibatan Personel dalam Judol dan Pinjol"),
    # The brand of a `the<name>` host without its article.
    ("Buntut Dugaan Penagihan Tak Patut, Simak Perintah OJK kepada Kredivo dan KreditFazz - Iconomics",
     "https://www.theiconomics.com/buntut-dugaan",
     "Buntut Dugaan Penagihan Tak Patut, Simak Perintah OJK kepada Kredivo dan KreditFazz"),
])
def test_an_outlets_edition_and_its_name_without_the_article_are_cut(title, url, expected):
    assert title_of(title, url) == expected


@pytest.mark.parametrize(("title", "url"), [
    # A place that merely begins a `<name>news` label opens no outlet's name (the hajj's Mina on such a host).
    ("Perjalanan Arafah - Muzdalifah - Mina Hari Ini", "https://minanews.example/perjalanan-arafah/"),
    # A part opening with a host label that is no `<name>news` brand stays.
    ("Banjir Rendam Permukiman - Metro Bekasi Siaga", "https://tribratanews.metro.polri.go.id/banjir"),
])
def test_a_part_opening_with_other_host_words_stays(title, url):
    assert title_of(title, url) == title
