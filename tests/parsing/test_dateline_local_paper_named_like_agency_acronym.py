"""A local paper whose name, in title case, is an agency's acronym (`Kediri, Memo – ...`, an East Java daily, not the
Middle East Monitor): read as written; the agency signs its acronym in capitals and keeps its reading."""

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize(("text", "reading"), [
    ("Kediri, Memo – Pemerintah Kota Kediri menggelar rapat koordinasi", ("Kediri", "Memo")),
    ("Kediri, Memo\nPemerintah Kabupaten Kediri menegaskan bahwa pelaksanaan karnaval desa harus mematuhi aturan "
     "resmi, terutama larangan penggunaan jalan raya sebagai jalur arak-arakan.", ("Kediri", "Memo")),
    ("Surabaya, Memo - Wali Kota Surabaya meninjau pasar", ("Surabaya", "Memo")),
])
def test_a_local_paper_named_like_an_acronym_reads_as_written(text, reading):
    assert place_and_agency(text) == reading


@pytest.mark.parametrize(("text", "reading"), [
    ("27 March 2024; MEMO: Palestinians are describing a temporary pier being constructed by the US on the shores of "
     "Gaza City as an “occupation port”, Anadolu Agency reports.", (None, "Middle East Monitor")),
    ("28 March 2024; MEMO: Saudi Arabia has condemned Israel’s decision to seize 800 hectares of Palestinian land in "
     "the occupied West Bank", (None, "Middle East Monitor")),
    ("LONDON (MEMO) - The UK government has been urged to", ("LONDON", "Middle East Monitor")),
    ("Istanbul (Middle East Monitor) - Turkey has condemned", ("Istanbul", "Middle East Monitor")),
])
def test_the_agency_in_capitals_keeps_its_reading(text, reading):
    assert place_and_agency(text) == reading
