"""parse_dateline on a page's rubric and date alone on their line (`Maluku - 1 Januari 2026`) above the story's title
and its own dateline: a place with no outlet whose date ends the line yields to a later line's dateline."""

from __future__ import annotations

from dateline_readings import place_and_agency  # beside this file


def test_a_dated_rubric_line_yields_to_the_dateline_below():
    text = ("Maluku - 1 Januari 2026\n\nPolda Maluku Rilis Akhir Tahun, Kapolda: Maluku Aman Kondusif\n\nInfobaru.co.id, "
            "Ambon – Kepolisian Daerah Maluku menggelar coffe morning dan rilis akhir tahun 2025 bersama para pimpinan "
            "media")
    assert place_and_agency(text) == ("Ambon", "Infobaru.co.id")


def test_a_place_and_its_date_over_the_lead_stay_the_dateline():
    text = ("Jakarta – 14 Februari 2026\nMajelis Wakil Cabang Nahdlatul Ulama (MWC NU) Pulung menjadi tuan rumah forum "
            "silaturahmi.")
    assert place_and_agency(text) == ("Jakarta", None)


def test_a_place_and_its_date_before_the_dash_stay_the_dateline():
    text = "Sawahlunto, 3 Juli 2025 — Wali Kota Sawahlunto Riyanda Putra bersama Wakil Wali Kota menggelar konferensi pers."
    assert place_and_agency(text) == ("Sawahlunto", None)
