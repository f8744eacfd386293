"""A stray full stop between an outlet's domain and the dash (`Mamuju, 8enam.com.-Polda Sulbar ...`), as the stray comma
(`Ambon,MarinyoNews.Com,-`): the place and the outlet are read, the full stop no part of either."""

from __future__ import annotations

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize(("text", "reading"), [
    ("Mamuju, 8enam.com.-Polda Sulbar bersama jajaran Polres Metro Mamuju gelar buka bersama dengan puluhan awak media",
     ("Mamuju", "8enam.com")),
    ("Jakarta, Kompas.com. - Harga cabai naik lagi di pasar induk pada pekan ini", ("Jakarta", "Kompas.com")),
    # the stray comma, as before
    ("Ambon,MarinyoNews.Com,- Harga cabai naik lagi di pasar induk pada pekan ini", ("Ambon", "MarinyoNews.Com")),
])
def test_stray_full_stop_or_comma_before_the_dash(text, reading):
    assert place_and_agency(text) == reading


def test_a_domain_ending_a_sentence_is_no_outlet_before_a_dash():
    assert place_and_agency("Berita lengkap ada di 8enam.com.-Polda Sulbar bersama jajaran Polres") is None
