"""parse_dateline on an outlet's domain alone with an underscore glued to it and a space for the dash (`Seruan.id_ Ada
...`), as `Maluku News_ Ambon -` writes an underscore between a name and its place."""

from __future__ import annotations

import pytest

from dateline_readings import place_and_agency  # beside this file


def test_a_domain_and_an_underscore_for_the_dash():
    text = ("Pelepasan ke Istana Gubernur, Pemko Padang Arak Mahyeldi dengan Kereta Kencana\n\nSeruan.id_ Ada yang "
            "berbeda Minggu (28/2/2021) sore di Kota Padang. Tiga bendi atau kereta kuda kencana tampak bersiap-siap")
    assert place_and_agency(text) == (None, "Seruan.id")


def test_a_name_an_underscore_and_its_place_stays():
    assert place_and_agency("Maluku News_ Ambon - Warga berkumpul di lapangan Merdeka.") == ("Ambon", "Maluku News")


@pytest.mark.parametrize("text", [
    "Unduh berkas_final.com_backup dari server lama sebelum pukul lima sore.",
    "Lihat video_ di kanal.com_sekarang juga sebelum dihapus oleh pengunggahnya.",
])
def test_an_underscore_glued_on_both_sides_opens_no_dateline(text):
    assert place_and_agency(text) is None
