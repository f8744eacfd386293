"""Titles closed by a village's or district's name after its kind, the site of the village or district being a label
of its region's host (`... - Kelurahan Bugangan` on bugangan.semarangkota.go.id, `... - KECAMATAN CIBIRU` on
cibiru.bandung.go.id, `... - Kalurahan Karangsari` on desakarangsari.gunungkidulkab.go.id): real page titles with
their URLs from a research report's works cited, read with no `<h1>` on the page. A kind before more words is a
headline's own part (`... - Kecamatan Cibiru Banjir`), and so is a village's name on a host that is not its own."""

from __future__ import annotations

import pytest

from title_readings import title_of  # beside this file

@pytest.mark.parametrize(("title", "url", "headline"), [
    ("Pembuatan KTP - Kelurahan Bugangan", "https://bugangan.semarangkota.go.id/pembuatanktp", "Pembuatan KTP"),
    ("Alur Permohonan KTP - Kelurahan Karang Kidul", "https://karangkidul.semarangkota.go.id/en/alurpermohonanktp",
     "Alur Permohonan KTP"),
    ("Pembuatan KTP - KECAMATAN CIBIRU", "https://cibiru.bandung.go.id/pelayanan/ktp/", "Pembuatan KTP"),
    # The host writes the village with its kind `desa`, the title with the kind `kalurahan`.
    ("SYARAT-SYARAT PERUBAHAN KARTU KELUARGA (KK) - Kalurahan Karangsari",
     "https://desakarangsari.gunungkidulkab.go.id/first/artikel/257-SYARAT-SYARAT-PERUBAHAN-KARTU-KELUARGA--KK-",
     "SYARAT-SYARAT PERUBAHAN KARTU KELUARGA (KK)"),
])
def test_the_village_or_district_of_the_host_label_is_the_site(title, url, headline):
    assert title_of(title, url) == headline


@pytest.mark.parametrize(("title", "url"), [
    # More words after the district's name, another village than the host's, a village on a news outlet's host.
    ("Banjir Rendam Jalan - Kecamatan Cibiru Banjir", "https://cibiru.bandung.go.id/berita/banjir-rendam-jalan"),
    ("Pembuatan KTP - Kelurahan Bugangan", "https://karangkidul.semarangkota.go.id/en/alurpermohonanktp"),
    ("Warga Gotong Royong Bersihkan Saluran - Desa Brangol",
     "https://www.detik.com/jateng/berita/d-7313516/warga-gotong-royong"),
])
def test_a_village_that_is_not_the_hosts_stays_in_the_headline(title, url):
    assert title_of(title, url) == title
