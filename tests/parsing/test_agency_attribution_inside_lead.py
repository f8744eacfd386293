"""RMOL's lead often quotes first and names the agency after the quotation's speaker (`"... baik-baik saja,” ujar
Jamiluddin kepada Kantor Berita Politik RMOL, Minggu (5/6).`), or puts a speaker's long title before the clause
(`Begitu penilaian Komite Eksekutif ... (KAMI), Gde Siriana Yusuf, kepada Kantor Berita Politik RMOL, Selasa (14/9).`);
a speaker of two words may leave the verb, the preposition and the agency's full name together (`demikian kata Rico
Marbun kepada Kantor Berita Politik RMOL, Rabu (2/2).`). The attribution, the agency and its day are read; a
quotation told to reporters or to the agency by its short name, an agency hosting an event or a dateline on a later
line are not such a clause: inside a sentence only the agency's full title vouches."""

from __future__ import annotations

from datetime import date

import pytest
from dateline_readings import place_and_agency  # beside this file

from crawler.parsing import parse_dateline

BODY = "\nPemerintah mengumumkan kebijakan baru."


@pytest.mark.parametrize(("text", "base", "day"), [
    # A lead quoting first (copies of rmol.id, 2022).
    ("\"Megawati Soekarnoputri tak perlu cemas keadaan Indonesia bila ia tidak ada. Indonesia akan baik-baik saja,” "
     "ujar Jamiluddin kepada Kantor Berita Politik RMOL, Minggu (5/6).", date(2022, 6, 5), date(2022, 6, 5)),
    ("\"Elite ya seperti sekarang dilakukan Mbak Puan. Dan elite pun ada juga yang disebut elite menengah,\" demikian "
     "kata Rico Marbun kepada Kantor Berita Politik RMOL, Rabu (2/2).", date(2022, 2, 2), date(2022, 2, 2)),
    # The speaker's title, then the name between commas (2021).
    ("Begitu penilaian Komite Eksekutif Koalisi Aksi Menyelamatkan Indonesia (KAMI), Gde Siriana Yusuf, kepada Kantor "
     "Berita Politik RMOL, Selasa (14/9).", date(2021, 9, 14), date(2021, 9, 14)),
    # Four words before the preposition and the agency's full name.
    ("demikian kata Rico Marbun kepada Kantor Berita Politik RMOL, Rabu (2/2).", date(2022, 2, 2), date(2022, 2, 2)),
])
def test_attribution_inside_the_lead(text, base, day):
    found = parse_dateline(text + BODY, base=base)
    assert found is not None and found.attribution
    assert (found.place, found.agency, found.agency_raw, found.date) == (None, "RMOL", "RMOL", day)


@pytest.mark.parametrize("text", [
    # Told to reporters, no agency.
    "\"Karena belum final mengusung siapa, maka melempar nama ke publik untuk 'cek ombak' untuk melihat reaksi "
    "publik,\" kata Chico kepada wartawan, Jumat kemarin (12/7).",
    # A quotation's speaker alone.
    "“Kalau orang beragama kayak orang muslim saya diajarkan, setiap datang masalah setiap datang yang senang juga "
    "jabatan selalu innailahi wa innailahi rojiun,” demikian Babah Alun.",
    # The agency as an event's host, or as a party to an agreement.
    "Duta Besar Republik Rakyat Demokratik Korea An Kwang Il menghadiri buka puasa bersama yang diselenggarakan Kantor "
    "Berita Politik RMOL di Kopi Timur, Pondok Kelapa, Jakarta Timur, Jumat (22/4).",
    "Komisi IV DPRD Sumsel dan Kantor Berita RMOLSumsel menjalin kemitraan strategis mengawal aktivitas pertambangan.",
    # An event's day after commas, no agency.
    "Penangkapan 10 mahasiswa Universitas Sebelas Maret (UNS) saat kunjungan kerja Presiden Joko Widodo ke Kota Solo, "
    "Jawa Tengah, Senin (13/9), membuat yakin publik akan kemerosotan demokrasi Indonesia.",
    # The agency's short name after a quotation: one of a body's quotes, told to the agency.
    "“Program ini akan terus kami lanjutkan,” kata Ahmad Fauzi kepada MINA di Kairo pada Senin (14/12/2020).",
    "Sejumlah tokoh hadir, kata Ahmad Fauzi kepada ANTARA, Senin (14/12).",
    # No day after the agency.
    "Demikian pandangan pengamat politik Universitas Nasional (Unas) Andi Yusran kepada Kantor Berita Politik RMOL.",
])
def test_no_attribution(text):
    assert place_and_agency(text + BODY) is None


def test_a_dateline_on_a_later_line_is_the_story_s():
    # A summary's sentence citing the agency inside it, the story's dateline below.
    text = ("\"Indonesia akan baik-baik saja,” ujar Jamiluddin kepada Kantor Berita Politik RMOL, Minggu (5/6).\n"
            "Jakarta, RMOL - Ketua Umum PDI Perjuangan tidak perlu cemas.")
    assert place_and_agency(text) == ("Jakarta", "RMOL")


def test_a_copy_s_own_name_over_the_quoted_lead_stays_its_dateline():
    # itoday's copy of an RMOL story (2022): the copy's name opens the text; the attribution read further on does not
    # replace it, and the name leaves the text.
    from crawler.parsing import parse_article

    lead = ("itoday - Ketua Umum PDI Perjuangan Megawati Soekarnoputri tidak perlu cemas dan khawatir berlebihan "
            "dengan kondisi Indonesia sepeninggal dirinya. Sebab, Indonesia akan tetap baik-baik saja.")
    quote = ("\"Megawati Soekarnoputri tak perlu cemas keadaan Indonesia bila ia tidak ada. Indonesia akan baik-baik "
             "saja,” ujar Jamiluddin kepada Kantor Berita Politik RMOL, Minggu (5/6).")
    html = ("<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'><title>Pengamat: Tanpa Megawati</title></head>"
            "<body><article><h1 class='detail__title'>Pengamat: Tanpa Megawati</h1>"
            "<div class='detail__date'>05 June 2022</div>"
            f"<div class='detail__body-text'><p>{lead}</p><p>{quote}</p></div></article></body></html>").encode()
    url = "https://www.itoday.co.id/Berita/pengamat-tanpa-megawati-indonesia-tetap-akan-baikbaik-saja"
    item = parse_article(html, url)
    assert item["body"].startswith("Ketua Umum PDI Perjuangan")
    assert (item["dateline"] or {}).get("agency") == "itoday"
