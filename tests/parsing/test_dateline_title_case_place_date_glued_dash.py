"""A place in title case and its date, the dash glued to the date and a space after it, as Malay papers' copies
type it (`Putrajaya, 27 Mac- Perdana Menteri ...`)."""

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize(("text", "reading"), [
    # a blog's copy of a Malaysian paper's story, its headline printed twice above
    ("Putrajaya, 27 Mac- Perdana Menteri, Tan Sri Muhyiddin Yassin mengakhiri perutusan beliau dengan ucapan yang "
     "menyentuh hati", ("Putrajaya", None)),
    ("Jakarta, 27 Maret 2020- Presiden Joko Widodo meminta warga tetap di rumah", ("Jakarta", None)),
    # the dash between spaces, as before
    ("Putrajaya, 27 Mac - Perdana Menteri, Tan Sri Muhyiddin Yassin", ("Putrajaya", None)),
])
def test_a_dash_glued_to_the_date_after_a_title_case_place(text, reading):
    assert place_and_agency(text) == reading


@pytest.mark.parametrize("text", [
    "Jadwal, 27 Maret- Acara dimulai pagi",  # no place before the date
    "Putrajaya, 27 Mac-28 Mac Perdana Menteri",  # a range of dates, no dash before a sentence
])
def test_no_place_or_no_dash_stays_no_dateline(text):
    assert place_and_agency(text) is None
