"""The site's own name in its own capitals opening the lead, a rubric's one or two capitalised words after it, then the
dash (MerahPutih 2015's `MerahPutih Megapolitan - Kapolri Jenderal Polisi Badrodin Haiti mengakui ...`, 2016's
`MerahPutih Sepak Bola - Pelatih Indonesia asal Austria ...` on merahputih.com): the site, no place, and the lead
opens after the dash. The name must be the page's host's own; a city's site naming its parts (`Jakarta Selatan -` on
jakarta.go.id) and another outlet's name with a rubric (`Kompas Sepak Bola -` on merahputih.com) are no such lead."""

from __future__ import annotations

from crawler.parsing import parse_article
from crawler.parsing.dateline import host_named_lead

URL_2015 = "http://merahputih.com/post/read/jakarta-tidak-aman-polisi-kedodoran"
URL_2016 = "http://merahputih.com/post/read/riedl-indonesia-wajib-menang-dari-filipina"
LEAD_2015 = ("Kapolri Jenderal Polisi Badrodin Haiti mengakui bahwa Jakarta memang belum menjadi kota aman. Kapolri juga "
             "mengakui pihaknya mengalami keterbatasan dalam usaha mengamankan ibukota.")
LEAD_2016 = ("Pelatih Indonesia asal Austria, Alfred Riedl, mengaku posisi pasukannya dalam tekanan saat menghadapi tuan "
             "rumah Filipina di Philippine Sports Stadium, Selasa (22/11).")
MORE = ["\"Kami sudah menjalin kerjasama dengan Pemprov DKI Jakarta,\" katanya dalam sebuah diskusi publik di sebuah "
        "hotel di Jakarta, Kamis (30/4).",
        "Jakarta, lanjut alumnus Akpol tahun 1982 adalah ibukota yang menjadi barometer keamanan di ibukota."]


def _item(first: str, url: str) -> dict:
    paragraphs = "".join(f"<p>{line}</p>" for line in [first, *MORE])
    page = (f"<html><head><title>Berita</title><link rel=\"canonical\" href=\"{url}\"></head><body><article>"
            f"<h1 class=\"entry-title\">Berita MerahPutih</h1><div class=\"entry-content\">{paragraphs}</div>"
            f"</article></body></html>").encode()
    return parse_article(page, url)


def test_the_sites_name_and_a_rubric_of_one_word_open_no_place():
    item = _item(f"MerahPutih Megapolitan - {LEAD_2015}", URL_2015)
    assert item["body"].startswith("Kapolri Jenderal Polisi Badrodin Haiti mengakui")
    assert (item["dateline"] or {}).get("place") is None


def test_the_sites_name_and_a_rubric_of_two_words_open_no_place():
    item = _item(f"MerahPutih Sepak Bola - {LEAD_2016}", URL_2016)
    assert item["body"].startswith("Pelatih Indonesia asal Austria")


def test_the_name_must_be_the_hosts_own():
    assert host_named_lead(f"Kompas Sepak Bola - {LEAD_2016}", URL_2016) is None
    assert host_named_lead(f"MerahPutih Megapolitan - {LEAD_2015}", "https://www.kompas.com/read/x") is None


def test_a_citys_site_naming_its_part_is_no_such_lead():
    assert host_named_lead("Jakarta Selatan - Warga antre sejak pagi di kantor kelurahan.",
                           "https://jakarta.go.id/berita/x") is None
