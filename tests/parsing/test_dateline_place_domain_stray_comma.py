"""A listed place in capitals and its outlet's domain after a space, then a stray comma before the dash (`KEDIRI
Kabaroposisi.net, – Menanggapi ...`): the comma is the outlet's slip, as after an outlet alone (`harapanrakyat.com,-
Dinas ...`), and the place and the outlet are read as without it."""

import pytest

from dateline_readings import place_and_agency  # beside this file


def test_a_stray_comma_between_the_domain_and_the_dash():
    text = ("KEDIRI Kabaroposisi.net, – Menanggapi situasi politik yang tidak menentu di kabupaten Kediri akhir akhir ini "
            "membuat kalangan aktivis dan pemerhati demokrasi di Kediri merasa gerah.")
    assert place_and_agency(text) == ("KEDIRI", "Kabaroposisi.net")


@pytest.mark.parametrize("text, expected", [
    # without the comma, as before
    ("KEDIRI Kabaroposisi.net – Menanggapi situasi politik yang tidak menentu.", ("KEDIRI", "Kabaroposisi.net")),
    ("TARUMAJAYA bekasitoday.com-Puluhan warga mendatangi kantor desa.", ("TARUMAJAYA", "bekasitoday.com")),
    # a sentence in lower case after the dash, or a list of outlets, is no dateline
    ("KEDIRI Kabaroposisi.net, – menanggapi situasi politik yang tidak menentu.", None),
    ("SURABAYA Kompas.com, Detik.com - Dua media melaporkan banjir.", None),
    ("KEDIRI Kabaroposisi.net, dan Jatimpedia.co – Dua media melaporkan banjir.", None),
])
def test_near_misses_keep_their_reading(text, expected):
    assert place_and_agency(text) == expected
