"""A blog's copy of a Malay paper's story closes on the paper's address alone, under a country's domain (a copy of
Kosmo 2008: `... namun enggan mengulas lanjut mengenainya.` over `www.kosmo.com.my`): the address is the source's and
leaves the body, as a `.com` one does; a last sentence pointing at it keeps it."""

from __future__ import annotations

from crawler.parsing import parse_article

STORY = ["IPOH – Dua operasi besar-besaran bagi menjejaki perompak yang memasuki rumah seorang kerabat diraja Perak "
         "di Taman Canning di sini awal pagi Jumaat lalu dilancarkan di seluruh bandar raya ini semalam.",
         "Berikutan itu, katanya, polis akan memperluaskan operasi khas ini ke seluruh Perak bagi mencari suspek "
         "terbabit."]


def body_of(*closing: str) -> str:
    body = "<br /><br />".join((*STORY, *closing))
    html = ("<html><head><title>Jejak perompak kerabat diraja</title></head><body><div class='post hentry'>"
            "<h3 class='post-title entry-title'>Jejak perompak kerabat diraja</h3>"
            f"<div class='post-body entry-content'>{body}</div></div></body></html>")
    return parse_article(html.encode(), "http://example.blogspot.com/2008/08/jejak-perompak.html")["body"]


def test_the_paper_s_address_under_a_country_s_domain_closing_the_copy_leaves_the_body():
    last = ("Azisman memberitahu, polis percaya suspek masih berada di negeri ini namun enggan mengulas lanjut "
            "mengenainya.")
    body = body_of(last, "www.kosmo.com.my")
    assert body.endswith(last)
    assert "kosmo.com.my" not in body


def test_an_address_the_last_sentence_points_at_stays():
    body = body_of("Maklumat lanjut boleh didapati di laman web berikut:", "www.kosmo.com.my")
    assert body.endswith("www.kosmo.com.my")
