"""A listed place glued by a hyphen to its outlet's domain, then a dash before the sentence (`Jakarta-infontt.com-,
Sebagai ...`, a regional portal's opening): the place and the outlet, as with a comma after the domain
(`PROBOLINGGO-PANTURA7.com, Memasuki ...`); a domain's own hyphen joining a brand to an outlet's word or two cities
stays one name."""

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize(("text", "reading"), [
    ("Presiden: Masyarakat Perlu Informasi Tentang Hasil Kerja Pemerintah\n\nJakarta-infontt.com-, Sebagai humas "
     "pemerintah, Kementerian Komunikasi dan Informatika memang bertugas salah satunya untuk menyampaikan program",
     ("Jakarta", "infontt.com")),
    ("Jakarta-infontt.com - Sebagai humas pemerintah, Kementerian Komunikasi dan Informatika memang bertugas",
     ("Jakarta", "infontt.com")),
    ("Kupang-infontt.com – Sebagai humas pemerintah, Kementerian Komunikasi dan Informatika memang bertugas",
     ("Kupang", "infontt.com")),
    ("PROBOLINGGO-PANTURA7.com, Memasuki musim kemarau, warga mulai kesulitan air bersih.",
     ("PROBOLINGGO", "PANTURA7.com")),
])
def test_a_place_glued_to_its_outlets_domain_before_the_dash(text, reading):
    assert place_and_agency(text) == reading


@pytest.mark.parametrize(("text", "reading"), [
    ("Banten-news.com - Warga Serang mengeluhkan jalan rusak.", (None, "Banten-news.com")),  # a place and news
    ("Jakarta-Bandung.com - Warga mengeluhkan macet di jalan tol.", (None, "Jakarta-Bandung.com")),  # two cities
    ("Pemilu-jakarta.com - Warga diminta datang ke TPS.", (None, "Pemilu-jakarta.com")),  # no listed place first
])
def test_a_domains_own_hyphen_stays_in_its_name(text, reading):
    assert place_and_agency(text) == reading
