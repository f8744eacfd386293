"""A Malay paper's regional story datelined from a district town in title case before a colon, as blogs copy it (a
blog's copy of Harian Metro, 2024: `Kemaman: Polis menyerbu sebuah premis berhampiran Kuala Kemaman malam tadi ...`):
the town is the dateline's place, in capitals too. A word no town list holds before a colon stays a label, and so do
the Indonesian words left out of the list (`Pekan`, `Nilai`)."""

from __future__ import annotations

import pytest

from dateline_readings import place_and_agency  # beside this file

from crawler.parsing import parse_article


@pytest.mark.parametrize(("text", "place"), [
    ("Kemaman: Polis menyerbu sebuah premis berhampiran Kuala Kemaman malam tadi dan mengarahkan konsert dikenali "
     "sebagai 'Malam Perayaan Patah Hati' dihentikan serta-merta.", "Kemaman"),
    ("Kuala Krai: Memilukan apabila seorang kanak-kanak lelaki berusia lapan tahun turut lemas.", "Kuala Krai"),
    ("Sungai Petani: Seorang lelaki ditahan polis selepas disyaki mencuri motosikal.", "Sungai Petani"),
    ("TAIPING: Seorang lelaki ditahan polis selepas disyaki mencuri motosikal.", "TAIPING"),
])
def test_the_district_town_is_the_place(text, place):
    assert place_and_agency(text) == (place, None)


@pytest.mark.parametrize("text", [
    "Nilai: Siswa yang mendapat nilai di bawah standar wajib mengikuti remedial.",
    "Pekan: Jadwal pertandingan pekan ini dirilis panitia.",
    "Catatan: Jadwal pertandingan pekan ini dirilis panitia.",
])
def test_a_label_stays_no_place(text):
    assert place_and_agency(text) is None


def test_the_blog_copy_reads_the_town():
    lines = ["Kemaman: Polis menyerbu sebuah premis berhampiran Kuala Kemaman malam tadi dan mengarahkan konsert "
             "dikenali sebagai 'Malam Perayaan Patah Hati' dihentikan serta-merta pada kira-kira jam 11 malam.",
             "Ketua Polis Daerah Kemaman, Superintendan Hanyan Ramlan, berkata tindakan diambil selepas pihaknya "
             "menerima aduan awam berkenaan kesesakan lalu lintas."]
    html = ("<!DOCTYPE html><html><head><title>Blog: Polis Hentikan Konsert</title></head><body><div class='post hentry'>"
            "<h3 class='post-title entry-title'>Polis Hentikan Konsert</h3><div class='post-body entry-content'>"
            + "".join(f"<p>{line}</p>" for line in lines) + "</div></div></body></html>")
    item = parse_article(html.encode(), "http://filmsucker.blogspot.com/2024/10/polis-hentikan-konsert-malam-perayaan.html")
    assert item["dateline"]["place"] == "Kemaman"
    assert item["body"].startswith("Polis menyerbu sebuah premis")
