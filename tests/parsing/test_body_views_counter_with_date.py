"""A views counter with the day and time the piece went up after a bar (20detik's `264 Views | Sabtu, 01 Feb 2020
17:08 WIB` over the video's description) is page furniture, as the counter alone is (`5 Views`). A sentence after
such a line, or a line telling the count in words, stays."""

from __future__ import annotations

import pytest

from crawler.parsing.furniture import is_noise
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ("Warga Natuna ramai-ramai berdemo menolak daerahnya jadi tempat karantina WNI dari Wuhan, China, Sabtu "
        "(1/2/2020). Mereka mendatangi bandara yang juga Lanud Raden Sadjad dan kantor DPRD.")


@pytest.mark.parametrize("line", ["264 Views | Sabtu, 01 Feb 2020 17:08 WIB", "1,2K views | 3 Mar 2021",
                                  "5 Views"])
def test_a_views_counter_with_its_date_is_noise(line):
    assert is_noise(line)
    assert clean_body([Block(line), Block(TEXT)]).paragraphs == [TEXT]


@pytest.mark.parametrize("line", ["264 Views | Sabtu, 01 Feb 2020 17:08 WIB. Warga Natuna berdemo di bandara.",
                                  "Video ini ditonton 264 kali | Sabtu"])
def test_a_sentence_after_the_date_or_a_count_told_in_words_stays(line):
    assert not is_noise(line)
