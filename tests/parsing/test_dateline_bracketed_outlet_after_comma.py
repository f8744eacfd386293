"""parse_dateline on an outlet's name in square brackets after the place's comma (`Jayapura, [WAGADEI] – Para ...`,
a Papuan portal's copy): read as the parentheses are (`Bondowoso, (beritajatim.com) –`) and as the brackets are
without the comma (`JAYAPURA [PAPOS]-Terkait ...`)."""

from __future__ import annotations

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize("text, expected", [
    ("Logo ulang tahun Jubi ke 20 tahun 2021 - Doc.Jubi\n\nJayapura, [WAGADEI] – Para aktivis Papua memberikan ucapan "
     "selamat hari ulang tahun Jubi ke-20 pada Selasa (31/8/2021).", ("Jayapura", "WAGADEI")),
    ("Jayapura, [WAGADEI] – Para aktivis Papua memberikan ucapan selamat hari ulang tahun Jubi ke-20.",
     ("Jayapura", "WAGADEI")),
    ("Kepala Kankemenag Kota Jakarta Utara, Mawardi Abdul Gani\n\nJakarta, [Humas Kankemenag Jakarta Utara] — Kepala "
     "Kantor Kementerian Agama (Kakankemenag) Kota Jakarta Utara, Mawardi Abdul Gani, menghadiri kegiatan",
     ("Jakarta", "Humas Kankemenag Jakarta Utara")),
    # Without the comma, as before.
    ("Jakarta [Humas Kankemenag Jakarta Utara] — Kepala Kantor Kementerian Agama (Kakankemenag) Kota Jakarta Utara, "
     "Mawardi Abdul Gani, menghadiri kegiatan", ("Jakarta", "Humas Kankemenag Jakarta Utara")),
])
def test_an_outlet_in_square_brackets_after_the_places_comma(text, expected):
    assert place_and_agency(text) == expected


@pytest.mark.parametrize("text", [
    "Jakarta, [VIDEO] Presiden Joko Widodo meresmikan jalan tol baru di pinggir kota.",  # a label, no outlet
    "Jakarta, [UPDATE] Gempa mengguncang wilayah selatan kota pagi tadi.",
    "Menurut dia, [Ketua] Partai itu belum memberi jawaban.",  # a sentence's clause, no place
])
def test_a_label_in_square_brackets_after_a_comma_is_no_outlet(text):
    found = place_and_agency(text)
    assert found is None or found[1] is None
