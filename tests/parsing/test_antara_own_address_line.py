"""The story's own address on a line of its own after its last sentence, over the credits (ANTARA 2017 as a community
site's CMS copied it: `https://www.antaranews.com/berita/665518/ketua-mpr-harap-setya-novanto-ikuti-proses-hukum`
over `Editor: Suryanto` and `COPYRIGHT © ANTARA 2017`) is the copy's note of its source, no text: its slug spells the
headline. Real lines (a public SQL dump of the copies) in a reduced page; made-up near misses."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.profile import GENERIC
from crawler.sites import SITES

URL = "https://www.antaranews.com/berita/665518/ketua-mpr-harap-setya-novanto-ikuti-proses-hukum"
TITLE = "Ketua MPR Harap Setya Novanto Ikuti Proses Hukum"
LEAD = ("Medan (ANTARA News) - Ketua MPR Zulkifli Hasan berharap koleganya, Ketua DPR Setyo Novanto, bersedia mengikuti "
        "proses hukum sesuai peradilan yang berlaku.")
LAST = ("Saat ini Setya Novanto dirawat di Rumah Sakit Cipto Mangunkusumo (RSCM) sebelum dipindahkan ke Rumah Sakit "
        "Polri Kramatjati di bawah pengawasan Komisi Pemberantasan Korupsi (KPK).")


def _page(*paragraphs: str) -> str:
    body = "\n<p>&nbsp;</p>\n".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>"
            f"<div class='post-content'>{body}</div></article></body></html>")


@pytest.mark.parametrize("profile", [SITES["antara"], GENERIC])
@pytest.mark.parametrize("credits", [("Editor: Suryanto", "COPYRIGHT &copy; ANTARA 2017"), ()])
def test_the_storys_own_address_after_its_text_is_no_text(profile, credits):
    item = parse_article(_page(LEAD, LAST, URL, *credits), "https://example.org/berita/34", profile=profile)
    assert item["body"].endswith(LAST)
    assert "https://" not in item["body"]


@pytest.mark.parametrize("profile", [SITES["antara"], GENERIC])
def test_another_storys_address_after_the_text_stays(profile):
    # A made-up link to a different story (its slug spells another headline) is left as the text's.
    other = "https://www.antaranews.com/berita/665520/16-film-festival-usung-pesan-anti-kekerasan-pada-perempuan"
    item = parse_article(_page(LEAD, LAST, other), "https://example.org/berita/34", profile=profile)
    assert item["body"].endswith(other)
