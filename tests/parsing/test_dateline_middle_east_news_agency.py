"""Egypt's Middle East News Agency signs its copy `(MENA)` (`CAIRO, March 3 (MENA) - ...`) and, in Arabic, `(أ ش أ)`:
its own name, not MINA's mistyped, though one letter parts the two. MINA's own typos stay MINA's."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_dateline
from crawler.sites import SITES


@pytest.mark.parametrize("text, place, raw", [
    ("CAIRO, March 3 (MENA) - Egypt's foreign minister said on Sunday the talks would go on.", "CAIRO", "MENA"),
    ("القاهرة (أ ش أ) - أعلنت وزارة الصحة المصرية اليوم عن تسجيل حالات جديدة.", "القاهرة", "أ ش أ"),
])
def test_the_egyptian_agency_is_read_as_itself(text, place, raw):
    dateline = parse_dateline(text)
    assert (dateline.place, dateline.agency, dateline.agency_raw, dateline.agency_in_table) == (place, "MENA", raw, True)


@pytest.mark.parametrize("text, place", [
    ("Makassar, MNA – Warga berkumpul di lapangan kota sejak pagi.", "Makassar"),
    ("Jakarta, MINAN – The Aqsa Working Group held a solidarity action.", "Jakarta"),
    ("Gaza, MINA – Israeli forces raided the camp at dawn.", "Gaza"),
])
@pytest.mark.parametrize("profile", [None, SITES["mina"]], ids=["no profile", "mina"])
def test_minas_typos_stay_minas(text, place, profile):
    dateline = parse_dateline(text, profile=profile)
    assert (dateline.place, dateline.agency) == (place, "MINA")
