"""A Blogger page declaring its title as the blog's name, a colon and the post's headline (`<title>Info Malaysia
Trending: Gagal bayar RM8,000, mahkamah arah sita aset Caprice</title>`), the post's own headline in the template's
`<h3 class="post-title entry-title">`: the title is the headline, and its copy opening the post leaves the text. A
headline with a colon of its own (a speaker's quote) stays whole when no post headline reads its second half, and any
other heading reading it cuts nothing."""

from __future__ import annotations

from crawler.parsing import parse_article

URL = "https://www.infomalaysiatrending.com/2026/01/gagal-bayar-rm8000-mahkamah-arah-sita.html"
HEADLINE = "Gagal bayar RM8,000, mahkamah arah sita aset Caprice"
TEXT = ("Mahkamah Tinggi Kuala Lumpur telah mengarahkan penyitaan aset milik pempengaruh media sosial Caprice selepas "
        "gagal membayar kos berjumlah RM8,000 kepada seorang ahli perniagaan dalam kes saman fitnah.",
        "Bagaimanapun, Caprice gagal menjelaskan bayaran itu.")


def page(declared: str, headline: str, heading_class: str = "post-title entry-title") -> bytes:
    body = "<br /><br />".join((headline, *TEXT))
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{declared}</title></head><body>"
            "<div id='header'><h1 class='title'><a href='/'>Info Malaysia Trending</a></h1></div>"
            "<div class='main'><h2 class='date-header'><span>Rabu, 21 Januari 2026</span></h2>"
            f"<div class='post hentry'><h3 class='{heading_class}'><a href='{URL}'>{headline}</a></h3>"
            f"<div class='post-body entry-content'>{body}</div></div></div></body></html>").encode()


def test_the_post_s_headline_is_the_title_and_leaves_the_text():
    item = parse_article(page(f"Info Malaysia Trending: {HEADLINE}", HEADLINE), URL)
    assert item["title"] == HEADLINE
    assert item["body"].startswith("Mahkamah Tinggi Kuala Lumpur")


def test_a_quoted_speaker_s_headline_stays_whole():
    declared = "Anwar: Kerajaan tidak akan tarik balik keputusan Kabinet"
    item = parse_article(page(declared, declared), URL)
    assert item["title"] == declared


def test_another_heading_reading_the_second_half_cuts_nothing():
    declared = "Anwar: Kerajaan tidak akan tarik balik keputusan"
    item = parse_article(page(declared, "Kerajaan tidak akan tarik balik keputusan", "sidebar-title"), URL)
    assert item["title"] == declared
