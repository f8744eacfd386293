"""A community portal's dateline giving the date after the place's dash and a comma after the year, a stray comma
before the dash (`Jakarta, – 2 Februari 2022, Setelah meredupnya koran- koran ...`): the place is read, the date with
it, and the text starts after the comma. A listed place only: a word that is no place before the dash, or a date
without its year before the comma, is a sentence's."""

from __future__ import annotations

import pytest

from dateline_readings import place_and_agency  # beside this file

from crawler.parsing import parse_article, parse_dateline

LEAD = ("Jakarta, – 2 Februari 2022, Setelah meredupnya koran- koran yang beredar di kota Metropolitan Jakarta seperti "
        "Pos Kota, Lampu Merah, dll yang selalu menjadi andalan warga Jakarta untuk mencari informasi mengenai "
        "pemberitaan ibukota DKI Jakarta, maka dari itu abang H. Biem Benyamin menggagas koran Jakarta Raya.")


@pytest.mark.parametrize("text, reading", [
    (LEAD, ("Jakarta", None)),
    ("Jakarta – 2 Februari 2022, Setelah meredupnya koran- koran yang beredar", ("Jakarta", None)),
    ("PURWOKERTO, JAWA TENGAH – 17 September 2025 – Dalam rangka memperingati", ("PURWOKERTO, JAWA TENGAH", None)),
    ("Kenapa – 2 Februari 2022, Setelah itu harga naik", None),
    ("Kemarin – 2 Februari 2022, Setelah itu harga naik", None),
    ("Jakarta – 2 Februari, Setelah meredupnya koran- koran yang beredar", None),
])
def test_readings(text, reading):
    assert place_and_agency(text) == reading


def test_the_date_is_read_and_the_text_starts_after_the_comma():
    assert str(parse_dateline(LEAD).date) == "2022-02-02"
    page = (f"<html><head><title>Launching Koran Jakarta Raya</title></head><body><article><h1>Launching Koran Jakarta "
            f"Raya</h1><div class='entry-content'><p>{LEAD}</p><p>Dalam agenda launching Jakarta Raya ini yang dihadiri "
            "peserta undangan dan wartawan cetak maupun on line secara off line, tetap menggunakan protokol kesehatan."
            "</p></div></article></body></html>").encode()
    item = parse_article(page, "http://jacindonews.com/?p=2507")
    assert item["dateline"]["place"] == "Jakarta"
    assert item["body"].startswith("Setelah meredupnya koran- koran")
