"""A full stop for the dateline's dash after a full date in figures (`KEDIRI, 9/8/2018. Momentum ...`, a campus's
news page): only after a date with its year, as a word's full stop after a place and a number is no dateline."""

from __future__ import annotations

from datetime import date

import pytest

from crawler.parsing.dateline import parse_dateline


def test_a_full_stop_after_a_full_date():
    text = ("KEDIRI, 9/8/2018. Momentum beda rasa kembali dirasakan oleh civitas akademika Institut Agama Islam Negeri"
            " (IAIN) Kediri, mengingat bahwa orientasi atau pengenalan mahasiswa/wi baru sekarang bukan atas nama OBAK")
    found = parse_dateline(text)
    assert (found.place, found.agency, found.date, found.raw) == ("KEDIRI", None, date(2018, 8, 9), "KEDIRI, 9/8/2018.")


@pytest.mark.parametrize("text", [
    "JAKARTA, 9/8. Momentum beda rasa kembali dirasakan oleh mahasiswa baru.",  # no year
    "PENTING, 12. Harap dibaca sebelum mengisi formulir pendaftaran.",  # a label and a number
])
def test_no_full_date_no_full_stop_dash(text):
    assert parse_dateline(text) is None


def test_the_dash_after_a_full_date_stays():
    found = parse_dateline("KEDIRI, 9/8/2018 - Momentum beda rasa kembali dirasakan oleh mahasiswa baru.")
    assert (found.place, found.raw) == ("KEDIRI", "KEDIRI, 9/8/2018 -")
