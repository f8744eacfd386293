"""Page kind on page evidence: declared types, body classes, the text block's teasers, a dated body of real length."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crawler.parsing import parse_article
from crawler.parsing import page_kind as page_kinds
from crawler.parsing.page_kind import declared_kind, is_listing_block, measure, page_kind, read_page, template_kind
from crawler.parsing.html import parse_html
from crawler.parsing.page import jsonld_objects

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "real"  # the real dev pages, as they are
URL = "https://www.example.co.id/nasional/berita-satu"
ARTICLE_ITEM = {"title": "Judul berita", "published_at": "2025-12-20T19:05:00+07:00", "word_count": 120}
PROSE = " ".join(["Pemerintah kota menyiapkan anggaran tambahan untuk perbaikan jalan nasional."] * 4)


def page(body: str, head: str = "", body_class: str = "") -> str:
    opening = f'<body class="{body_class}">' if body_class else "<body>"
    return f"<html><head><title>t</title>{head}</head>{opening}{body}</body></html>"


def article_body(paragraphs: int = 5) -> str:
    return "<h1>Judul berita</h1><div class=\"content\">" + "".join(f"<p>{PROSE}</p>" for _ in range(paragraphs)) + "</div>"


def teasers(count: int, excerpt: bool = True, times: bool = True) -> str:
    rows = "".join(
        f'<div class="item"><h3><a href="/berita/{n}">Judul berita nomor {n} tentang banjir</a></h3>'
        + (f"<p>{' '.join(PROSE.split()[:18])}</p>" if excerpt else "")
        + (f'<time datetime="2025-12-20T10:0{n % 10}:00+07:00">20 Des 2025</time>' if times else "") + "</div>"
        for n in range(count))
    return f'<div class="list">{rows}</div>'


def test_a_dated_article_body_is_an_article():
    assert page_kind(page(article_body()), URL, ARTICLE_ITEM).kind == "article"


@pytest.mark.parametrize("item, reason", [
    ({**ARTICLE_ITEM, "title": ""}, "no title"),
    ({**ARTICLE_ITEM, "published_at": None}, "no date"),
    ({**ARTICLE_ITEM, "word_count": 12}, "short text"),
])
def test_an_article_needs_a_title_a_time_and_a_body(item, reason):
    kind = page_kind(page(article_body()), URL, item)
    assert not kind.is_article and kind.reason == reason


def test_a_dateline_or_closing_code_stands_for_the_time():
    item = {**ARTICLE_ITEM, "published_at": None, "dateline": {"raw": "JAKARTA -"}}
    assert page_kind(page(article_body()), URL, item).is_article


@pytest.mark.parametrize("body_class", ["home blog", "archive category category-nasional", "tag tag-banjir",
                                        "author author-rina", "search search-results", "archive date paged"])
def test_listing_body_classes_outweigh_article_metadata(body_class):
    head = '<meta property="og:type" content="article">'
    kind = page_kind(page(article_body(), head, body_class), URL, ARTICLE_ITEM)
    assert kind.kind == "listing" and kind.reason == "body class"


def test_term_classes_on_an_article_body_are_no_listing():
    # Liputan6-like: `articles show category-tekno` on an article page.
    assert template_kind(["articles show category-tekno"]) is None
    assert page_kind(page(article_body(), body_class="articles show category-tekno"), URL, ARTICLE_ITEM).is_article


def test_a_static_page_template_gives_way_to_a_declared_article():
    assert page_kind(page(article_body(), body_class="page page-id-4"), URL, ARTICLE_ITEM).kind == "static"
    head = '<meta property="og:type" content="article">'
    assert page_kind(page(article_body(), head, "page page-id-4"), URL, ARTICLE_ITEM).is_article


@pytest.mark.parametrize("types, og, kind", [
    (["NewsArticle"], "", "article"),
    (["WebPage", "ReportageNewsArticle"], "website", "article"),
    (["CollectionPage"], "website", "listing"),
    (["ItemList"], "", "listing"),
    (["AboutPage"], "", "static"),
    (["WebPage"], "", "static"),
    (["VideoObject"], "", "media"),
    ([], "video.other", "media"),
    ([], "website", None),  # outlets print it on articles too
    ([], "", None),
])
def test_declared_kinds(types, og, kind):
    texts = [json.dumps({"@context": "https://schema.org", "@graph": [{"@type": t} for t in types]})]
    assert declared_kind(jsonld_objects(texts), [og] if og else []) == kind


def test_broken_json_ld_says_nothing():
    assert declared_kind(jsonld_objects(["{not json", "[]", '{"@type": 3}']), []) is None


def test_a_block_of_teasers_with_excerpts_is_a_listing():
    kind = page_kind(page(teasers(10)), URL, ARTICLE_ITEM)
    assert kind.kind == "listing" and kind.reason == "headline links"


def test_a_list_of_headlines_is_a_listing():
    block = measure(parse_html(page(teasers(12, excerpt=False, times=False))).find(".//div"))
    assert block.headline_links == 12 and block.is_listing


def test_related_links_under_an_article_leave_it_an_article():
    related = "<ul>" + "".join(f'<li><a href="/b/{n}">Judul berita terkait nomor {n} hari ini</a></li>'
                               for n in range(9)) + "</ul>"
    body = article_body().replace("</div>", related + "</div>")
    assert page_kind(page(body), URL, ARTICLE_ITEM).is_article


def test_inline_read_also_links_leave_it_an_article():
    insert = '<p><strong>Baca juga: <a href="/b/1">Judul berita lain yang terkait hari ini</a></strong></p>'
    body = "<div>" + "".join(f"<p>{PROSE}</p>{insert}" for _ in range(4)) + "</div>"
    assert page_kind(page(body), URL, ARTICLE_ITEM).is_article


def test_measure_counts_words_outside_links_and_excerpted_teasers():
    root = parse_html(page(teasers(3)))
    block = measure(root.find(".//div"))
    assert (block.headline_links, block.excerpted, block.times) == (3, 3, 3)
    assert block.words == 3 * 18 + 3 * 3  # excerpts, and the times' text


@pytest.mark.parametrize("body", [
    teasers(10), teasers(12, excerpt=False, times=False), teasers(1), teasers(3), teasers(4, times=False),
    article_body(), "<div><p>Oleh <a href='/a/x'>Rana</a> " + PROSE + "</p></div>",
    "<div><!-- iklan --><p><a href='/b/1'>Judul berita lain yang terkait hari ini</a></p><p>" + PROSE + "</p></div>",
    "<div><p>" + PROSE + "</p><p>Baca juga: <a href='/b/1'>Judul berita lain yang terkait hari ini</a></p></div>",
    "<div><p>-- <a href='/s'>Foto</a> · <a href='/b/2'>Judul berita lain yang terkait hari ini</a></p><p>x</p></div>",
])
def test_a_block_is_told_a_listing_as_its_measure_tells_it(body):
    block = parse_html(page(body)).find(".//body/div")
    assert is_listing_block(block) == measure(block).is_listing


def test_an_article_lead_before_its_read_also_links_is_no_listing_without_a_measure(monkeypatch):
    insert = '<p>Baca juga: <a href="/b/1">Judul berita lain yang terkait hari ini</a></p>'
    block = parse_html(page("<div>" + "".join(f"<p>{PROSE}</p>{insert}" for _ in range(4)) + "</div>")).find(".//div")
    monkeypatch.setattr(page_kinds, "measure", lambda block: pytest.fail("measured"))
    assert not is_listing_block(block)


@pytest.mark.parametrize("html", [b"", "not html", b"\xff\xfe<<<", None, 42])
def test_total_on_bad_input(html):
    assert not page_kind(html, URL, {}).is_article
    assert not page_kind(html, None, ARTICLE_ITEM).is_article  # no URL: no page


def test_every_real_dev_page_is_an_article():
    for line in (PAGES / "pages.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        html = (PAGES / record["file"]).read_bytes()
        kind = page_kind(html, record["url"], parse_article(html, record["url"]))
        assert kind.is_article, (record["file"], kind)


def test_the_last_page_of_a_listing_with_one_teaser_is_a_listing():
    kind = page_kind(page("<h1>Olahraga</h1>" + teasers(1)), URL, {**ARTICLE_ITEM, "word_count": 21})
    assert kind.kind == "listing" and kind.reason == "headline links"


def test_a_short_article_with_inline_links_is_an_article():
    insert = '<p>Baca juga: <a href="/b/1">Judul berita lain yang terkait hari ini</a></p>'
    body = f"<h1>Judul</h1><div><p>{' '.join(PROSE.split()[:30])}</p>{insert}{insert}</div>"
    assert page_kind(page(body), URL, {**ARTICLE_ITEM, "word_count": 30}).is_article


@pytest.mark.parametrize("chrome", [
    '<footer class="footer"><div class="container"><p>{prose}</p><p>{prose}</p></div></footer>',
    '<aside class="col-md-4"><div><p>{prose}</p><p>{prose}</p></div></aside>',
    '<div class="footer_bg"><div class="left_footer"><p>{prose}</p><p>{prose}</p></div></div>',
    '<div id="sidebar-right"><div><p>{prose}</p><p>{prose}</p></div></div>',
])
def test_a_section_of_headline_cards_is_a_listing_whatever_prose_its_chrome_holds(chrome):
    # The cards' text is all links: the densest text left is the footer's or sidebar's, never an article body.
    cards = teasers(3, excerpt=False, times=False)
    popular = "<ul>" + "".join(f'<li><a href="/berita/p{n}">Berita populer nomor {n} hari ini</a></li>'
                               for n in range(6)) + "</ul>"
    html = page(f"<h1>Politik</h1>{cards}{popular}" + chrome.format(prose=PROSE))
    item = parse_article(html, URL, fetched_at=None)
    assert item["body"] == ""
    assert page_kind(html, URL, item).kind == "listing"


def test_an_article_body_beside_a_footer_is_read_from_the_article():
    html = page(article_body(3) + f'<footer><p>{PROSE} {PROSE} {PROSE} {PROSE}</p></footer>')
    item = parse_article(html, URL)
    assert item["body"].startswith("Pemerintah kota") and item["word_count"] == 3 * len(PROSE.split())


def test_a_short_first_page_of_a_paged_article_is_an_article():
    # Two short paragraphs on page 1, the rest on pages 2 and 3: the article is the pages together.
    pager = "".join(f'<a href="{URL}/{n}">{n}</a>' for n in (2, 3))
    body = (f'<h1>Judul berita</h1><div class="content"><p>{" ".join(PROSE.split()[:9])}</p>'
            f'<p>{" ".join(PROSE.split()[:7])}</p><div class="page-links">Halaman: 1 {pager}</div></div>')
    item = {**ARTICLE_ITEM, "word_count": 16}
    assert page_kind(page(body), URL, item).is_article
    dated = page(body, head='<meta property="article:published_time" content="2025-12-20T19:05:00+07:00">')
    extraction, kind = read_page(dated, URL)
    assert extraction.page_links == [f"{URL}/2", f"{URL}/3"] and kind.is_article
    alone = body.replace(pager, "")
    assert not page_kind(page(alone), URL, item).is_article


def test_a_listing_paged_by_query_is_no_paged_article():
    # `/terkini?page=2`: a listing of headline cards (ANTARA-like: a kind label, the headline link, a time) whose
    # densest text is a card's label looks like a paged article's short first page, but its teasers say what
    # it is (and it names no writer, dateline or closing code).
    listing = "https://www.example.co.id/terkini"
    cards = "".join(f'<div class="card"><div class="card__content"><p class="slug">Video</p><h2><a href="https://'
                    f'www.example.co.id/berita/{n}/judul">Pemerintah kota menyiapkan anggaran tambahan nomor {n}</a>'
                    f'</h2><span>Kamis, 14 Agustus 2025 18:0{n}</span></div></div>' for n in range(10))
    pager = "".join(f'<a href="{listing}?page={n}">{n}</a>' for n in (2, 3))
    body = (f'<h1>Berita Terkini</h1><span class="date">Sabtu, 24 Januari 2026 12:08 WIB</span>'
            f'<div class="list">{cards}</div><div class="pagination">{pager}</div>')
    extraction, kind = read_page(page(body), listing)
    assert extraction.page_links == [f"{listing}?page=2", f"{listing}?page=3"] and not kind.is_article


def test_a_dated_flash_opening_with_its_dateline_is_an_article():
    body = ('<h1>Gempa guncang Kaimana</h1><div class="content"><p>Jakarta (ANTARA) - Gempa magnitudo 5,3 '
            "mengguncang barat daya Kaimana, Papua Barat, Kamis pagi.</p></div>")
    dated = page(body, head='<meta property="article:published_time" content="2025-12-20T19:05:00+07:00">')
    extraction, kind = read_page(dated, URL)
    assert extraction.item["word_count"] < 20 and extraction.item["dateline"]["place"] == "Jakarta"
    assert kind.is_article and kind.reason == "dateline"
    undated = page(body.replace("Jakarta (ANTARA) - ", ""), head=dated.split("<head>")[1].split("</head>")[0])
    assert not read_page(undated, URL)[1].is_article  # a short text without a dateline stays no article
