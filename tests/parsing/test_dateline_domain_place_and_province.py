"""parse_dateline on an outlet's domain, then its listed place and the place's province after a comma, no comma after
the domain (`75detik.com Makassar, Sulawesi Selatan – ...`): the place with its province and the outlet, as `CIANJUR,
JAWA BARAT –` keeps its province; words after the comma that name no region stay no dateline."""

from __future__ import annotations

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize("text, reading", [
    ("75detik.com Makassar, Sulawesi Selatan – Kepolisian Resor Kota Besar (Polrestabes) Makassar menggelar rapat "
     "konsolidasi bersama TNI, organisasi masyarakat (Ormas), dan media online se-Kota Makassar.",
     ("Makassar, Sulawesi Selatan", "75detik.com")),
    ("75detik.com Makassar, Sulsel – Kepolisian Resor Kota Besar Makassar menggelar rapat.",
     ("Makassar, Sulsel", "75detik.com")),
])
def test_the_domain_then_the_place_and_its_province(text, reading):
    assert place_and_agency(text) == reading


@pytest.mark.parametrize("text, reading", [
    ("75detik.com Makassar, Warga Kota – Kepolisian Resor menggelar rapat.", None),
    ("Detiknews.id Surabaya – Warga kota memadati Taman Bungkul.", ("Surabaya", "Detiknews.id")),
])
def test_words_that_name_no_region_and_the_place_alone_stay(text, reading):
    assert place_and_agency(text) == reading
