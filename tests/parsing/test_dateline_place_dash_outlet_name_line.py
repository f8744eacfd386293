"""parse_dateline on a listed place, a dash and an outlet's name of a few words alone on the line, its first word glued
to an outlet's word (`Ponorogo – Portalnews Madiun Raya` over the lead): the second dash lost with the line's end."""

from __future__ import annotations

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize(("text", "agency"), [
    ("Ponorogo – Portalnews Madiunraya.com\nRangkaian Perayaan Grebeg Suro di Ponorogo ditandai kegiatan Tutup Grebeg "
     "Suro di Monumen Bantarangin", "Portalnews Madiunraya.com"),
    ("Ponorogo – Portalnews Madiun Raya\n\nUsai gelaran Pilkada Ponorogo, Partai Keadilan Sejahtera (PKS) menggelar "
     "Musyawarah Daerah ke 5, Senin (28/12/2020).", "Portalnews Madiun Raya"),
])
def test_a_place_and_an_outlet_name_alone_on_the_line(text, agency):
    assert place_and_agency(text) == ("Ponorogo", agency)


@pytest.mark.parametrize("text", [
    "Jakarta – Liputan Khusus\nWarga mengungsi setelah banjir besar melanda kawasan itu semalam.",
    "Jakarta – Warganet Heboh\nWarga mengungsi setelah banjir besar melanda kawasan itu semalam.",
    "Bandung – Persib Menang\nRibuan bobotoh merayakan kemenangan di sepanjang jalan kota.",
    "Surabaya – Newsroom\nWarga mengungsi setelah banjir besar melanda kawasan itu semalam.",
])
def test_a_place_over_a_heading_line_is_the_place_alone(text):
    assert place_and_agency(text)[1] is None
