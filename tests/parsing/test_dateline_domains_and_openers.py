"""parse_dateline on regional outlets' domains whose names open with figures, and on leads whose first word is no
place."""

from __future__ import annotations

import pytest

from crawler.parsing.dateline import parse_dateline


def _read(text: str) -> tuple[str | None, str | None] | None:
    found = parse_dateline(text)
    return None if found is None else (found.place, found.agency)


@pytest.mark.parametrize("text, read", [
    ("TULUNGAGUNG, 90detik.com – Dipastikan pasangan Maryoto Birowo akan diusung empat partai.",
     ("TULUNGAGUNG", "90detik.com")),
    ("Published\n\non\n\nKOTA MADIUN, 90detik.com-Sejumlah mahasiswa yang tergabung dalam PMII menggelar aksi damai.",
     ("KOTA MADIUN", "90detik.com")),
])
def test_a_domain_whose_name_opens_with_figures_is_the_outlet(text, read):
    assert _read(text) == read
