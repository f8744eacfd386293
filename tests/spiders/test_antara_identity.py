"""ANTARA's article identity and discovery rules (crawler/sites/antara.py), on its real hosts and on a
sandbox's edition prefixes; MINA's ids pinned, so the shared identity code cannot drift."""

from __future__ import annotations

import hashlib

import fakeredis
import pytest
import scrapy
from scrapy.crawler import Crawler
from scrapy.settings import Settings

from crawler.parsing.urls import article_identity
from crawler.runtime.redis_scheduler import CanonicalDupeFilter
from crawler.sites import antara, mina
from crawler.sites.discovery import Pagination
from crawler.spiders.antara import AntaraSpider
from crawler.spiders.base import run_label
from crawler.spiders.mina import MinaSpider

SANDBOX = "http://127.0.0.1:8000"


@pytest.fixture(autouse=True)
def output_dir(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # the spider opens its state under OUTPUT_DIR (default: ./output)


def make_spider(spider_class=AntaraSpider, **kwargs):
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    return spider_class.from_crawler(Crawler(spider_class, settings), **kwargs)


def identity(url: str, edition: str | None = None) -> tuple[str, str]:
    return article_identity(url, antara.ANTARA, antara.EDITIONS[edition] if edition else None)


def sha16(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:16]


NATIONAL = [
    "https://www.antaranews.com/berita/3499587/pemkot-percepat-distribusi-bahan-pokok",
    "http://www.antaranews.com/berita/3499587/pemkot-percepat-distribusi-bahan-pokok",
    "https://antaranews.com/berita/3499587/pemkot-percepat-distribusi-bahan-pokok",
    "https://www.antaranews.com/berita/3499587",
    "https://www.antaranews.com/berita/3499587/",
    "https://www.antaranews.com/berita/3499587/a-title-edited-later",
    "https://m.antaranews.com/amp/berita/3499587/pemkot-percepat-distribusi-bahan-pokok",
    "https://www.antaranews.com/amp/berita/3499587",
    "https://www.antaranews.com/berita/3499587/pemkot-percepat-distribusi-bahan-pokok"
    "?utm_source=antaranews&utm_medium=desktop&utm_campaign=related_news",
    "http://www.antaranews.com/berita/3499587/pemkot?utm_source=populer_home&utm_medium=populer&utm_campaign=news",
    "HTTPS://WWW.ANTARANEWS.COM/berita/3499587/pemkot#comments",
]


@pytest.mark.parametrize("url", NATIONAL)
def test_every_form_of_a_national_article_is_one_id(url):
    canonical = "https://www.antaranews.com/berita/3499587"
    assert identity(url) == (canonical, sha16(canonical))


def test_english_and_bureau_articles_keep_their_host_and_drop_the_slug():
    assert identity("http://en.antaranews.com/news/405814/indonesia-eyes?utm_source=x")[0] == \
        "https://en.antaranews.com/news/405814"
    assert identity("https://en.antaranews.com/amp/news/405814/")[0] == "https://en.antaranews.com/news/405814"
    assert identity("https://jatim.antaranews.com/amp/berita/147739/tentang-kami")[0] == \
        "https://jatim.antaranews.com/berita/147739"


def test_one_number_on_two_hosts_is_two_articles():
    ids = {identity(f"https://{host}.antaranews.com/berita/111947/x")[1] for host in ("bali", "jatim", "www")}
    assert len(ids) == 3


def test_videos_and_photo_stories_are_not_rewritten_into_articles():
    assert identity("https://www.antaranews.com/video/4091094/x")[0] == "https://www.antaranews.com/video/4091094"


@pytest.mark.parametrize("full, cut", [
    # a listing cuts a long slug short: one photo story, one key
    ("https://jateng.antaranews.com/foto/590937/159-dalang-cilik-tampil-dalam-pentas-dalang-bocah-nusantara-2025-di-solo",
     "https://jateng.antaranews.com/foto/590937/159-dalang-cilik-tampil-dalam-pentas-dalang-bocah-nusantara-2025-di-"),
    ("https://www.antaranews.com/video/4184535/sebanyak-142-tim-dari-perguruan-tinggi-ikuti-kontes-robot-indonesia",
     "https://ramadhan.antaranews.com/video/4184535/sebanyak-142-tim-dari?utm_source=antaranews&utm_medium=desktop"),
    ("https://www.antaranews.com/infografik/2123446/kronologi-penemuan-kri-nanggala-402",
     "http://antaranews.com/infografik/2123446/"),
])
def test_a_media_item_is_its_id_whatever_slug_links_it(full, cut):
    assert identity(full) == identity(cut)
    spider = make_spider(edition="all")
    full, cut = spider.canonical(full), spider.canonical(cut)
    assert all(spider.discovery.media_paths.search(spider.relative_path(url)) for url in (full, cut))
    assert spider.article_key(full) == spider.article_key(cut)  # counted once among the skipped media


def test_page_n_of_an_article_is_the_article_on_its_own_host():
    canonical = "https://www.antaranews.com/berita/4280215"
    for url in ("https://www.antaranews.com/berita/4280215/kpu-dki-siapkan-31-tps-di-lokasi-khusus-untuk-pilgub/2",
                "https://m.antaranews.com/amp/berita/4280215/kpu-dki-siapkan-31-tps-di-lokasi-khusus-untuk-pilgub/3/",
                "https://www.antaranews.com/berita/4280215/kpu-dki-siapkan-31-tps-di-lokasi-khusus-untuk-pilgub?page=2"):
        assert identity(url) == (canonical, sha16(canonical)), url
    assert identity("https://jatim.antaranews.com/berita/261998/saksi-bpkp/2")[0] == \
        "https://jatim.antaranews.com/berita/261998"


@pytest.mark.parametrize("path", ["/jatim/berita/110001/slug", "/jatim/berita/110001", "/jatim/berita/110001/other",
                                  "/jatim/amp/berita/110001/slug", "/jatim/berita/110001/slug?utm_source=antaranews"
                                  "&utm_medium=rss&utm_campaign=rss"])
def test_the_rules_reach_a_sandbox_edition_through_the_edition(path):
    assert identity(SANDBOX + path, "jatim")[0] == f"{SANDBOX}/jatim/berita/110001"


def test_the_spider_keys_sandbox_bureaus_apart_and_variants_together():
    spider = make_spider(edition="all", base_url=SANDBOX + "/{edition}")
    jatim = spider.article_key(f"{SANDBOX}/jatim/berita/110001/slug")
    assert spider.article_key(f"{SANDBOX}/jatim/amp/berita/110001/x?utm_source=a") == jatim
    assert spider.article_key(f"{SANDBOX}/bali/berita/110001/slug") != jatim


def test_mina_ids_are_unchanged():
    pinned = {
        "http://www.minanews.net/kim-jong-un-akan-kunjungi-rusia/?utm_source=rss": "717022b055f59fcf",
        "https://en.minanews.net/gaza-story": "7e23e724c839d0ac",
        "http://www.mirajnews.com/2018/03/doha-ajukan-tuntutan.html": "f83e5677039d7f05",
    }
    for url, expected in pinned.items():
        assert article_identity(url, mina.MINA)[1] == expected, url
    sandbox = article_identity(f"{SANDBOX}/en/gaza-story?utm_medium=x", mina.MINA, mina.EDITIONS["en"])
    assert sandbox == (f"{SANDBOX}/en/gaza-story/", "822b0f7f925d176a")


def test_articles_are_told_from_media_listings_and_static_pages():
    spider = make_spider(edition="id,en", base_url=SANDBOX + "/{edition}")
    assert spider.looks_like_article(f"{SANDBOX}/id/berita/5247281/slug")
    assert spider.looks_like_article(f"{SANDBOX}/id/berita/5247281")
    assert spider.looks_like_article(f"{SANDBOX}/en/news/405814/slug")
    for path in ("/id/video/4091094/x", "/id/foto/1357714/x", "/id/terkini", "/id/terkini?page=2", "/id/politik",
                 "/id/tentang-kami", "/id/tag/umkm", "/id/rss/terkini.xml", "/id/", "/id/berita/",
                 "/jatim/berita/110001/x"):
        assert not spider.looks_like_article(SANDBOX + path), path


def test_section_listings_are_recognized_by_the_profile_rule():
    spider = make_spider(edition="id", base_url=SANDBOX + "/id")
    assert spider.is_category(f"{SANDBOX}/id/politik") and spider.is_category(f"{SANDBOX}/id/ekonomi/bisnis")
    for path in ("/id/politik?page=2", "/id/terkini", "/id/tentang-kami", "/id/tag/umkm", "/id/berita/5247281"):
        assert not spider.is_category(SANDBOX + path), path


def test_the_real_site_by_default_and_its_hosts_in_scope():
    spider = make_spider()
    assert spider.roots == {"id": "https://www.antaranews.com"}
    assert spider.crawler.settings.getbool("AUTOTHROTTLE_ENABLED")
    assert spider.crawler.settings.getbool("ROBOTSTXT_OBEY")
    # A link to the bare or mobile host is canonicalized onto the crawled www host, AMP onto the article;
    # the request keeps the linked slug (whether the live site serves `/berita/<id>` alone is not known),
    # while the article's identity has none.
    url = spider.canonical("http://m.antaranews.com/amp/berita/3499587/x?utm_source=y")
    assert url == "https://www.antaranews.com/berita/3499587/x" and spider.looks_like_article(url)
    assert spider.article_id(url) == spider.article_id(spider.canonical("https://antaranews.com/berita/3499587"))
    assert "jatim.antaranews.com" in spider.allowed_domains


@pytest.mark.parametrize("url, edition", [
    # the bureaus of the thirty-odd regional sites, not only those first seen serving articles
    ("https://jateng.antaranews.com/berita/634320/ums-galakkan-zero-waste", "jateng"),
    ("https://megapolitan.antaranews.com/berita/553601/harga-emas-antam-turun", "megapolitan"),
    ("https://mataram.antaranews.com/berita/556468/kemenperin-menegaskan-pmi", "mataram"),
    ("https://kalbar.antaranews.com/berita/542859", "kalbar"),
])
def test_every_regional_bureau_is_an_edition(url, edition):
    spider = make_spider(edition="all")
    assert spider.edition_of(url) == edition and spider.looks_like_article(url)
    amp = url.replace(".com/berita/", ".com/amp/berita/")
    assert spider.article_id(spider.canonical(amp)) == spider.article_id(url)


def test_infographics_are_media_like_videos_and_photo_stories():
    spider = make_spider(edition="id")
    url = "https://www.antaranews.com/infografik/2123446/kronologi-penemuan-kri-nanggala-402"
    assert not spider.looks_like_article(url) and spider.discovery.media_paths.search(spider.relative_path(url))


def test_every_edition_has_one_short_run_label():
    assert make_spider(edition="all").run_label == "antara_all"
    assert make_spider(MinaSpider, edition="all").run_label == "mina_id_en_ar"
    assert run_label("antara", list(antara.EDITIONS)[:-1], every=False).startswith(f"antara_{len(antara.EDITIONS) - 1}-editions-")


@pytest.mark.parametrize("pagination, first, third", [
    (Pagination(query="page"), "http://h/id/terkini", "http://h/id/terkini?page=3"),
    (Pagination(segment="page"), "http://h/id/category/dunia/", "http://h/id/category/dunia/page/3/"),
])
def test_pagination_forms(pagination, first, third):
    assert pagination.page_url(first, 3) == third
    assert pagination.page_url(pagination.page_url(first, 2), 3) == third
    assert pagination.number(third) == 3 and pagination.number(first) is None


def test_workers_share_one_request_per_article_whatever_host_or_amp_form():
    seen = CanonicalDupeFilter(fakeredis.FakeRedis(), "t:dupefilter")
    seen.url_rules = AntaraSpider.profile.url_rules
    assert not seen.request_seen(scrapy.Request("https://www.antaranews.com/berita/3499587/slug"))
    for variant in ("http://antaranews.com/berita/3499587/slug", "https://m.antaranews.com/amp/berita/3499587/slug",
                    "https://www.antaranews.com/berita/3499587?utm_source=antaranews"):
        assert seen.request_seen(scrapy.Request(variant)), variant
    assert not seen.request_seen(scrapy.Request("https://jatim.antaranews.com/berita/3499587/slug"))


def test_topical_hosts_serve_main_sequence_articles():
    """`otomotif.`, `pon.`, `pemilu.`, `ramadhan.antaranews.com` carry main-sequence ids: the main site's articles."""
    main = article_identity("https://www.antaranews.com/berita/546646", antara.ANTARA)
    for url in ("http://otomotif.antaranews.com/berita/546646/prototype", "https://pon.antaranews.com/berita/546646"):
        assert article_identity(url, antara.ANTARA) == main, url
