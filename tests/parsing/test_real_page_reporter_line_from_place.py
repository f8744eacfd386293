"""A reporter line naming the place it was filed from after the name and "dari", the country after the place's comma
(Republika's reports from the Hajj: `Laporan Jurnalis Republika Teguh Firmansyah dari Makkah, Arab Saudi` over
`REPUBLIKA.CO.ID, MAKKAH -- ...`): the name is the reporter, the country after the comma names nobody, and the line
leaves the text. Tribun's reporter lines read as before."""

from __future__ import annotations

from crawler.parsing import parse_article
from crawler.parsing.credits import reporter_name

URL = "https://khazanah.republika.co.id/berita/svxs6z366/masjidil-haram-mulai-dipadati-jamaah-haji"


def test_the_name_before_dari_is_the_reporter():
    assert reporter_name("Laporan Jurnalis Republika Teguh Firmansyah dari Makkah, Arab Saudi") == "Teguh Firmansyah"
    assert reporter_name("Laporan wartawan Republika Fitriyan Zamzami dari Jeddah, Arab Saudi") == "Fitriyan Zamzami"
    assert reporter_name("Laporan Wartawan Republika Erdy Nasrul dari Madinah") == "Erdy Nasrul"


def test_the_country_after_the_place_names_nobody():
    assert reporter_name("Laporan wartawan Republika dari Makkah, Arab Saudi") is None


def test_tribun_reporter_lines_read_as_before():
    assert reporter_name("Laporan Wartawan Tribun Jabar, Lutfi Ahmad Mauludin") == "Lutfi Ahmad Mauludin"
    assert reporter_name("Laporan Wartawan Tribunnews.com, Budi Santoso") == "Budi Santoso"
    assert reporter_name("Kontributor Lhokseumawe, Masriadi") == "Masriadi"


def test_the_page_reads_the_reporter_and_the_dateline():
    html = ("<html><head><title>Masjidil Haram Mulai Dipadati Jamaah Haji</title></head><body><article>"
            "<h1>Masjidil Haram Mulai Dipadati Jamaah Haji</h1><div class='date'>Kamis 08 May 2025 14:20 WIB</div>"
            "<div class='article-content'><p>Laporan Jurnalis Republika Teguh Firmansyah dari Makkah, Arab Saudi</p>"
            "<p>REPUBLIKA.CO.ID, MAKKAH -- Lantunan talbiyah dan doa tak henti terdengar di hadapan Ka'bah. Suara itu "
            "begitu terasa kuat hingga menggetarkan hati mereka yang mendengar.</p><p>Umumnya jamaah yang melaksanakan "
            "umroh datang secara rombongan. Mereka mengitari Ka'bah sebanyak tujuh kali untuk melakukan tawaf sebagai "
            "syarat wajib.</p></div></article></body></html>")
    item = parse_article(html, URL)
    assert item["author"] == "Teguh Firmansyah"
    assert item["dateline"]["place"] == "MAKKAH"
    assert item["body"].startswith("Lantunan talbiyah") and "Laporan Jurnalis" not in item["body"]
