"""A stray full stop glued between an outlet's title-case name and the dash (`Bima NTB, Media Dinamika Global.id.–
Gelombang ...`), as the stray comma (`PALEMBANG, Khatulistiwa News,- Rapat ...`): no part of the outlet's name."""

from __future__ import annotations

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize(("text", "reading"), [
    ("Dirancang Dengan Sangat Rapi di Balik Kematian Bung Ilham\nBima NTB, Media Dinamika Global.id.– Gelombang desakan "
     "untuk mengusut tuntas kematian mendadak aktivis LMND NTB kini tidak hanya bergema di Mataram.",
     ("Bima NTB", "Media Dinamika Global.id")),
    # the stray comma, and no stray mark, as before
    ("PALEMBANG, Khatulistiwa News,- Rapat koordinasi digelar di kantor gubernur pada pagi hari ini bersama bupati",
     ("PALEMBANG", "Khatulistiwa News")),
    ("Mataram, Media Dinamika Global.Id - Ketua Dekranasda Provinsi NTB membuka kegiatan Gelar Wastra di Senggigi",
     ("Mataram", "Media Dinamika Global.Id")),
])
def test_stray_full_stop_before_the_dash(text, reading):
    assert place_and_agency(text) == reading
