"""An outlet's domain alone opening the lead, a comma for the dash, the sentence after it (`GandangDewata.com, Meski
tercatat ...`, `Sunandrajat.info , Pondok pesantren ...`): the outlet, no place. A list of domains (`Tokopedia.com, Shopee
dan ...`), a sentence about the site in lower case, and a known city after the comma stay as they were."""

from __future__ import annotations

import pytest

from crawler.parsing.dateline import parse_dateline


@pytest.mark.parametrize("text, agency", [
    ("Cegah corona, Irwan Ingatkan Otoritas Jasa Transportasi Perketat SOP\n\nGandangDewata.com, Meski tercatat hingga "
     "hari ini berdasarkan laporan dari Gugus tugas percepatan penanganan corona virus", "GandangDewata.com"),
    ("Sunandrajat.info , Pondok pesantren Sunan Drajat sukses mengadakan wisuda purna santri. Wisuda yang diikuti oleh "
     "kurang lebih 1200 santri putra dan putri", "Sunandrajat.info"),
])
def test_a_domain_and_a_comma_before_the_sentence_is_the_outlet(text, agency):
    found = parse_dateline(text)
    assert found is not None and (found.place, found.agency) == (None, agency)


@pytest.mark.parametrize("text", [
    "Tokopedia.com, Shopee dan Lazada bersaing ketat merebut pasar belanja daring.",
    "Detik.com, salah satu portal berita tertua, meluncurkan aplikasi baru.",
    "Kompas.com, Jakarta menjadi kota dengan tingkat polusi udara tertinggi pagi ini.",
])
def test_lists_sentences_about_a_site_and_cities_stay_no_outlet_alone(text):
    found = parse_dateline(text)
    assert found is None or found.place is not None
