"""A place in capitals, an English weekday, then the month and the day with no year before the dash
(`BANDAR SERI BEGAWAN, Wednesday, September 18 - A delegation ...`, a government information office's English copy,
under its news and translation credits): the place, as with the year after the day or a full stop before the dash;
a word that is no weekday before the date stays what it was."""

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize(("text", "reading"), [
    ("News and Photos: Wan Mohamad Sahran Wan Ahmadi\nTranslated by: Hj Mirazman Hj Othman / Cleared by: Saadiatul "
     "Nur Aqilah Hj Jaman\nBANDAR SERI BEGAWAN, Wednesday, September 18 - A delegation of 20 participants of the ASEAN "
     "Youth Journalism Workshop had the opportunity to visit", ("BANDAR SERI BEGAWAN", None)),
    ("KUALA LUMPUR, Wednesday, Sept 18 - A delegation of 20 participants visited the ministry.", ("KUALA LUMPUR", None)),
    ("BANDAR SERI BEGAWAN, September 18 - A delegation of 20 participants visited", ("BANDAR SERI BEGAWAN", None)),
])
def test_a_weekday_and_a_year_less_date_before_the_dash(text, reading):
    assert place_and_agency(text) == reading


@pytest.mark.parametrize("text", [
    "Catatan, Penting, September 18 - A delegation of 20 participants visited",  # a label's words, no place
])
def test_no_place_before_the_date_no_dateline(text):
    assert place_and_agency(text) is None
