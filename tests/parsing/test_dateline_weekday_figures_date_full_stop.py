"""A place in title case, a weekday and a full date in figures, then a full stop for the dash (`Samarinda, Senin
9/1/2017. Pelaksanaan ...`, a provincial office's news page): the place alone; the body's acronym in parentheses
further on (`Hari Ulang Tahun (HUT)`) is no agency, as a date's text ends at a full stop after a figure."""

from datetime import date

import pytest

from crawler.parsing import parse_dateline
from dateline_readings import place_and_agency  # beside this file


def test_a_full_stop_after_a_weekday_and_a_full_date():
    found = parse_dateline("Samarinda, Senin 9/1/2017. Pelaksanaan Malam Resepsi Perayaan Hari Ulang Tahun (HUT) ke 60 "
                           "Provinsi Kalimantan Timur di Convention Hall Samarinda berlangsung sangat sederhana")
    assert (found.place, found.agency, found.date) == ("Samarinda", None, date(2017, 1, 9))


@pytest.mark.parametrize(("text", "reading"), [
    ("Samarinda, 9/1/2017. Pelaksanaan Malam Resepsi Perayaan Hari Ulang Tahun ke 60", ("Samarinda", None)),
    ("KEDIRI, 9/8/2018. Momentum beda rasa kembali dirasakan oleh mahasiswa baru.", ("KEDIRI", None)),
    ("Jakarta, 19 Rajab 1434/29 May 2013 (MINA) – Presiden meresmikan", ("Jakarta", "MINA")),
    ("BEIJING, Dec. 30 (Xinhua) -- China's top legislature", ("BEIJING", "Xinhua")),
])
def test_full_dates_and_agencies_after_them(text, reading):
    assert place_and_agency(text) == reading


@pytest.mark.parametrize("text", [
    "Jakarta, Senin 9/1. Rapat dimulai pukul sembilan.",  # no year
    "Catatan, Senin 9/1/2017. Rapat dimulai pukul sembilan.",  # a label, no place
])
def test_no_full_date_or_no_place_no_dateline(text):
    assert place_and_agency(text) is None
