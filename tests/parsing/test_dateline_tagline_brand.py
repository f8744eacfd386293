"""A site's tagline run into the dateline on its line, its last part after a bar the outlet's name that the dateline names
again (`Papua No. 1 News Portal | Jubi Jayapura, Jubi – ...`, a page's header flattened into the lead)."""

import pytest

from crawler.parsing import parse_dateline


@pytest.mark.parametrize("text, place, rest", [
    ("4 mahasiswa yang ditangkap dalam pembubaran demo tolak pemekaran di Nabire dibebaskan\n\nDemonstrasi Menolak "
     "Pemekaran Papua\n\nPapua No. 1 News Portal | Jubi Jayapura, Jubi – Kepolisian Resor Nabire menangkap empat orang "
     "mahasiswa dalam pembubaran demonstrasi", "Jayapura", "Kepolisian"),
    ("Parjal Papua Barat minta Pemerintah kirim kembali lima kontainer Bir ke Surabaya\n\nPapua\n\nPapua No.1 News Portal "
     "| Jubi Manokwari, Jubi – Keberadaan 5 (lima) kontainer berisi minuman beralkohol golongan A jenis Bir",
     "Manokwari", "Keberadaan"),
    ("Cabang Dinas KLH Dogiyai dan Deiyai lakukan reboisasi\nPapua No.1 News Portal | Jubi Enarotali, Jubi – Dalam "
     "rangka menjaga lingkungan hidup, Cabang Dinas KLH", "Enarotali", "Dalam"),
])
def test_the_dateline_after_a_taglines_brand(text, place, rest):
    found = parse_dateline(text)
    assert found is not None
    assert (found.place, found.agency) == (place, "Jubi")
    assert text[found.end:].lstrip().startswith(rest)


@pytest.mark.parametrize("text", [
    # a bar before a name that the words after it do not repeat: a breadcrumb, no dateline's start
    "Beranda | Nasional Jayapura, Senin – Kepolisian Resor Nabire menangkap empat orang mahasiswa",
    "Papua No. 1 News Portal | Jubi Kepolisian Resor Nabire, Senin, menangkap empat orang mahasiswa",
])
def test_no_dateline_after_a_bar_without_the_brand_repeated(text):
    found = parse_dateline(text)
    assert found is None or found.agency != "Jubi"
    assert found is None or found.place not in ("Jayapura", "Kepolisian Resor Nabire")
