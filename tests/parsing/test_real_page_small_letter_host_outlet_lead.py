"""The site's own name in small letters opening the lead before a spaced dash (itoday 2022: `itoday - Tindakan Menteri
Koordinator Kemaritiman dan Investasi ...` on itoday.co.id): the outlet, no place, and no text. The same word on
another host, or a word in small letters before a dash that no host names, stays in the text."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

URL = "https://www.itoday.co.id/Berita/berani-teleponan-saat-jokowi-pidato-bisa-jadi-luhut-merasa-the-real-president"
LEAD = ("itoday - Tindakan Menteri Koordinator Kemaritiman dan Investasi (Menko Marves) Luhut Binsar Pandjaitan yang "
        "asyik mengangkat telepon saat Presiden Joko Widodo menyampaikan pidato tidak bisa dibenarkan dengan alasan "
        "apapun.")
REST = "Demikian pandangan pengamat politik Universitas Nasional (Unas) Andi Yusran kepada Kantor Berita Politik RMOL."


def page(lead: str) -> bytes:
    return ("<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'><title>Berani Teleponan saat Jokowi Pidato"
            "</title></head><body><article><h1 class='detail__title'>Berani Teleponan saat Jokowi Pidato</h1>"
            "<div class='detail__date'>07 February 2022</div>"
            f"<div class='detail__body-text'><p>{lead}</p><p>{REST}</p></div></article></body></html>").encode()


def test_the_host_s_name_in_small_letters_is_the_outlet():
    item = parse_article(page(LEAD), URL)
    assert item["body"].startswith("Tindakan Menteri Koordinator")
    assert (item["dateline"] or {}).get("place") is None


@pytest.mark.parametrize("url", ["https://www.itoday.co.id/x", "https://itoday.com/berita/x"])
def test_on_its_own_host_with_any_domain(url):
    assert parse_article(page(LEAD), url)["body"].startswith("Tindakan Menteri")


@pytest.mark.parametrize("lead, url", [
    (LEAD, "https://www.kabarnews.co.id/berita/x"),
    ("ekonomi - Tindakan pemerintah menaikkan harga bahan bakar dinilai terburu-buru oleh para pengamat kebijakan.",
     URL),
])
def test_another_host_s_lead_or_another_word_stays(lead, url):
    assert parse_article(page(lead), url)["body"].startswith(lead[:20])
