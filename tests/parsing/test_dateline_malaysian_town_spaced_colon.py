"""A Malaysian town no list of places has, in capitals, a space before its colon, as a blog copies a Malay paper
(`PETALING JAYA : Ibu Pejabat ...`), under the copy's byline and its date."""

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize(("text", "reading"), [
    ("BN nafi keluar kenyataan\n\nOleh JUANI MUNIR ABU BAKAR\n29 Julai 2021, 10:01 pm\n\n\nPETALING JAYA : Ibu "
     "Pejabat Barisan Nasional (BN) menafikan kewujudan satu surat", ("PETALING JAYA", None)),
    ("SUBANG JAYA : Polis menahan dua lelaki yang disyaki terlibat", ("SUBANG JAYA", None)),
    ("KUALA LUMPUR : Ibu Pejabat Barisan Nasional (BN) menafikan", ("KUALA LUMPUR", None)),  # a listed city, as before
])
def test_a_malaysian_town_before_a_spaced_colon(text, reading):
    assert place_and_agency(text) == reading


@pytest.mark.parametrize("text", [
    "INGATKAN : Plt Sekdako mengingatkan para pegawai",  # a caption's label takes a spaced colon too
    "PETALING JAYA : 10 ORANG DITAHAN",  # a heading in capitals, no sentence after the colon
])
def test_a_label_before_a_spaced_colon_stays_no_dateline(text):
    assert place_and_agency(text) is None
