"""An outlet's word in capitals before a short word in capitals and a title-case name after the place (`Cireundeu,
BERITA UIN Online – Rektor ...`, a campus's news desk): the three words are the outlet's name."""

from __future__ import annotations

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize(("text", "reading"), [
    ("Cireundeu, BERITA UIN Online – Rektor Prof Dr Dede Rosyada mengundang para aktifis lembaga kemahasiswaan di "
     "rumah dinasnya di Jalan Tarumanegara, Cireundeu, Ciputat, Rabu (29/6).", ("Cireundeu", "BERITA UIN Online")),
    ("Jakarta, BERITA UIN Online – Rektor Prof Dr Dede Rosyada mengundang para aktifis lembaga kemahasiswaan",
     ("Jakarta", "BERITA UIN Online")),
    # without the outlet's word, as before
    ("Jakarta, UIN Online – Rektor Prof Dr Dede Rosyada mengundang para aktifis lembaga kemahasiswaan",
     ("Jakarta", "UIN Online")),
    ("Jakarta, Berita UIN Online – Rektor Prof Dr Dede Rosyada mengundang para aktifis lembaga kemahasiswaan",
     ("Jakarta", "Berita UIN Online")),
])
def test_outlet_word_before_a_title_case_name(text, reading):
    assert place_and_agency(text) == reading


def test_two_words_in_capitals_with_no_outlets_word_stay_unread():
    # a headline's words in capitals, no outlet's word among them
    assert place_and_agency("Jakarta, WAKIL DPR Online – Rektor Prof Dr Dede Rosyada mengundang para aktifis") is None
