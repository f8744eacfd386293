"""A site's mobile host, `m.` before its name, serves the site's articles under their own paths: one identity, as for
`www.`."""

from __future__ import annotations

import pytest

from crawler.parsing.urls import article_identity, canonicalize_url
from crawler.sites import profile_for_url


def identity(url: str) -> tuple[str, str]:
    profile = profile_for_url(url)
    return article_identity(url, profile, profile.edition_for_url(url) if profile else None)


@pytest.mark.parametrize(("mobile", "desktop"), [
    # Tribun's mobile host, with its whole-article view and under AMP
    ("https://m.tribunnews.com/nasional/2021/12/28/berkendara-sambil-bermain-ponsel-melanggar-uu-llaj-bisa-dipenjara-"
     "atau-didenda-ini-penjelasannya?page=all",
     "https://www.tribunnews.com/nasional/2021/12/28/berkendara-sambil-bermain-ponsel-melanggar-uu-llaj-bisa-dipenjara-"
     "atau-didenda-ini-penjelasannya"),
    ("https://m.tribunnews.com/amp/mata-lokal-memilih/2024/08/23/breaking-news-mau-maju-pilgub-kaesang-urus-surat-"
     "keterangan-tak-pernah-dipidana-ke-pn-jaksel",
     "https://www.tribunnews.com/mata-lokal-memilih/2024/08/23/breaking-news-mau-maju-pilgub-kaesang-urus-surat-"
     "keterangan-tak-pernah-dipidana-ke-pn-jaksel"),
    ("https://m.tribunnews.com/techno/2017/09/25/programmer-semakin-menjanjikan-refactory-pilih-yogyakarta-jadi-markas-"
     "kedua",
     "https://www.tribunnews.com/techno/2017/09/25/programmer-semakin-menjanjikan-refactory-pilih-yogyakarta-jadi-markas-"
     "kedua"),
    # Kumparan's mobile root beside its desktop root (`https://m.kumparan.com/`, `https://kumparan.com/`): a story,
    # its AMP copy and its page 3
    ("https://m.kumparan.com/kumparanbisnis/lampaui-target-realisasi-investasi-ri-serap-2-71-juta-tenaga-kerja-pada-"
     "2025-26deBmeZ03d",
     "https://kumparan.com/kumparanbisnis/lampaui-target-realisasi-investasi-ri-serap-2-71-juta-tenaga-kerja-pada-"
     "2025-26deBmeZ03d"),
    ("https://m.kumparan.com/amp/berita-terkini/contoh-soal-mutasi-kelas-12-dan-jawabannya-dalam-ilmu-biologi-1zhpYxCvAE9",
     "https://kumparan.com/berita-terkini/contoh-soal-mutasi-kelas-12-dan-jawabannya-dalam-ilmu-biologi-1zhpYxCvAE9"),
    ("https://m.kumparan.com/berita-terkini/hitung-hitungan-kalori-nastar-1-biji-dan-kebutuhan-kalori-manusia-"
     "22VpnDIxsrm/3",
     "https://kumparan.com/berita-terkini/hitung-hitungan-kalori-nastar-1-biji-dan-kebutuhan-kalori-manusia-"
     "22VpnDIxsrm"),
    # Liputan6's mobile host
    ("https://m.liputan6.com/tekno/read/4636663/5-tips-aman-menggunakan-wifi-publik",
     "https://www.liputan6.com/tekno/read/4636663/5-tips-aman-menggunakan-wifi-publik"),
    # a second-level country domain
    ("https://m.republika.co.id/berita/q79zht354/politikus-senior-yakin-amien-rais-tak-bentuk-pan-reformasi",
     "https://republika.co.id/berita/q79zht354/politikus-senior-yakin-amien-rais-tak-bentuk-pan-reformasi"),
])
def test_the_mobile_host_names_the_desktop_article(mobile, desktop):
    assert identity(mobile) == identity(desktop)


def test_a_profile_own_mobile_host_keeps_its_mapping():
    # ANTARA's mobile host is an alias of its main host in the profile, AMP copies included
    assert identity("https://m.antaranews.com/amp/berita/1357722/surabaya-belum-perlu-lockdown") == \
        identity("https://www.antaranews.com/berita/1357722/surabaya-belum-perlu-lockdown")


@pytest.mark.parametrize("url", [
    "https://m.co.id/berita/1",  # `m` is the name itself under a second-level domain
    "https://mobile.contoh.co.id/berita/1",  # another word
    "https://mx.contoh.com/berita/1",
    "https://m.com/a",
])
def test_other_hosts_stay(url):
    assert canonicalize_url(url) == url


def test_a_mobile_host_of_another_path_form_keeps_its_path():
    # Detik's mobile host writes another path than its channel hosts (`news.detik.com/berita/d-<id>/...`): its key is
    # its own path on the site's name, never merged with another article
    assert identity("https://m.detik.com/news/berita/d-5640000/x")[0] == "https://detik.com/news/berita/d-5640000/x"
