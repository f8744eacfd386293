"""An aggregator's teaser run into the dateline, its stop and space lost (`... hingga malam hariJakarta (ANTARA) –
Deretan ...`): a lower-case word's last letters glued to the place's capital, a table's agency in parentheses after
it."""

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize(("text", "reading"), [
    ("Karangan bunga untuk Heru Budi dan Teguh Setyabudi hiasi Balai Kota\n\n    paket karangan bunga terlihat masih "
     "terus berdatangan memenuhi area Balai Kota dan diprediksi akan terus diterima hingga malam hariJakarta (ANTARA) "
     "– Deretan karangan bunga untuk mantan Penjabat Gubernur Jakarta", ("Jakarta", "ANTARA")),
])
def test_a_teaser_glued_to_the_place(text, reading):
    assert place_and_agency(text) == reading


@pytest.mark.parametrize("text", [
    "Foto bersama WhatsApp (Meta) – Warga mengirim pesan",  # a brand's capital inside its name
    "Aplikasi milik perusahaanGoogle (Alphabet) - Presiden",  # no table's agency in the parentheses
])
def test_a_glued_capital_without_a_table_agency_stays_no_dateline(text):
    assert place_and_agency(text) is None
