"""An outlet's name of several words opening with the initials another paper signs its copy with (`JP Radar Kediri`,
Jawa Pos's regional paper, after its desk: `KOTA, JP Radar Kediri— ...`): read as written, not as The Jakarta Post's
`JP`; two letters' initials keep their reading alone or before one word (`AP Photo`)."""

import pytest

from crawler.parsing.agencies import agency_name
from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize(("text", "reading"), [
    ("Persedikab Temani Adhyaksa Farmel FC Lolos 32 Besar Liga 3 Nasional\n\nKABUPATEN, JP Radar Kediri – Persedikab "
     "Kabupaten Kediri akhirnya lolos dari lubang jarum.", ("KABUPATEN", "JP Radar Kediri")),
    ("Tol Kediri-Tulungagung Mulai Dibangun Akhir Mei, Kebut Akses Bandara, Tiron dan Mojoroto Dikebut\n\nKOTA, JP "
     "Radar Kediri—Teka-teki dimulainya proyel Tol Kediri-Tulungagung (Ki Agung) akhirnya terjawab.",
     ("KOTA", "JP Radar Kediri")),
    ("JAKARTA (JP): The government will", ("JAKARTA", "The Jakarta Post")),  # the paper's own initials, alone
])
def test_an_outlet_opening_with_a_paper_initials(text, reading):
    assert place_and_agency(text) == reading


@pytest.mark.parametrize(("token", "name"), [
    ("JP Radar Kediri", None),
    ("AP Photo", "AP"),
    ("AA Turki", "Anadolu"),
    ("AP/Reuters", "AP"),
    ("Antara Sumatera Barat", "ANTARA"),  # a longer name keeps its brand of two words
])
def test_initials_before_one_word_keep_their_agency(token, name):
    assert agency_name(token) == name
