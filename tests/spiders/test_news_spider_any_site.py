"""The `news` spider (any site, no profile): arguments, scope, run labels, identity, discovery data."""

from __future__ import annotations

import pytest
from scrapy.crawler import Crawler
from scrapy.settings import Settings

from crawler.parsing.urls import article_identity
from crawler.parsing.profile import GENERIC
from crawler.sites.discovery import ANY_SITE
from crawler.spiders.news import AnySiteSpider, site_code, site_roots


@pytest.fixture(autouse=True)
def output_dir(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)


def make_spider(**kwargs) -> AnySiteSpider:
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    return AnySiteSpider.from_crawler(Crawler(AnySiteSpider, settings), **kwargs)


@pytest.mark.parametrize("kwargs, message", [
    ({}, "site_url=: required"),
    ({"site_url": " "}, "required"),
    ({"site_url": "ftp://example.co.id"}, "not an http"),
    ({"site_url": "www.example.co.id"}, "not an http"),
    ({"site_url": "https://example.co.id,mailto:x"}, "not an http"),
    ({"site_url": "http://example.co.id:99999"}, "not an http"),
    ({"site_url": "https://example.co.id", "edition": "id"}, "no editions"),
    ({"site_url": "https://example.co.id", "base_url": "http://127.0.0.1:1"}, "site_url"),
    ({"site_url": "https://example.co.id", "mode": "often"}, "unknown mode"),
    ({"site_url": "https://example.co.id", "sitemap": "yes"}, "unknown argument"),
])
def test_bad_arguments_are_one_line(kwargs, message):
    with pytest.raises(ValueError, match=message) as raised:
        make_spider(**kwargs)
    assert "\n" not in str(raised.value)


def test_one_site_is_one_edition_named_by_its_host():
    spider = make_spider(site_url="https://www.example.co.id/")
    assert spider.roots == {"example.co.id": "https://www.example.co.id"}
    assert spider.run_label == "news_example.co.id"
    assert spider.allowed_domains == ["www.example.co.id"]
    assert spider.crawler.settings.getbool("AUTOTHROTTLE_ENABLED")  # politeness on a real site


def test_several_sites_and_a_sandbox_path_root():
    spider = make_spider(site_url="https://a.example.co.id, http://127.0.0.1:8000/outlet")
    assert set(spider.roots) == {"a.example.co.id", "127.0.0.1-8000-outlet"}
    assert spider.run_label.startswith("news_2-sites-")
    assert site_roots("https://x.id,https://x.id/") == ["https://x.id"]
    assert site_code("https://www.Example.co.id:8443/a/b") == "example.co.id-8443-a-b"


def test_scope_ignores_www_and_stays_on_the_site():
    spider = make_spider(site_url="https://www.example.co.id")
    assert spider.edition_of("https://example.co.id/nasional/d-1/judul") == "example.co.id"
    assert spider.edition_of("https://www.example.co.id/") == "example.co.id"
    assert spider.edition_of("https://other.co.id/nasional/d-1/judul") is None
    assert spider.looks_like_article("https://example.co.id/nasional/d-1/judul")
    for url in ("https://example.co.id/", "https://example.co.id/tag/banjir", "https://example.co.id/feed",
                "https://example.co.id/wp-content/uploads/a.jpg", "https://example.co.id/sitemap.xml"):
        assert not spider.looks_like_article(url), url


def test_articles_are_read_without_a_profile_and_keyed_by_the_generic_canonical_url():
    spider = make_spider(site_url="https://www.example.co.id")
    spider.crawler.run_state = None  # (the run state extension is not started here)
    assert spider.parsing_profile is GENERIC
    url = "https://www.example.co.id/read/2025/12/20/1/judul?utm_source=x"
    assert spider.article_id(url) == article_identity(url, GENERIC)[1]
    # One request per run whichever slash form or scheme a page links.
    assert spider.article_key(url.replace("judul?", "judul/?")) == spider.article_key(url)
    assert spider.article_key(url.replace("https:", "http:")) == spider.article_key(url)
    assert spider.article_key(url.replace("https:", "http:").replace("judul?", "judul/?")) == spider.article_key(url)
    assert spider.article_key("https://www.example.co.id/read/2025/12/20/2/judul") != spider.article_key(url)


@pytest.mark.parametrize("linked", [
    "https://www.example.co.id/read/2025/12/20/1/judul/",  # the other slash form
    "http://www.example.co.id/read/2025/12/20/1/judul",  # the other scheme (old copy on an https site)
    "http://example.co.id/read/2025/12/20/1/judul/",  # both
])
def test_an_article_exported_under_one_spelling_is_known_under_the_others(linked):
    from types import SimpleNamespace

    spider = make_spider(site_url="https://www.example.co.id")
    exported = article_identity("https://www.example.co.id/read/2025/12/20/1/judul", GENERIC)[1]
    spider.crawler.run_state = SimpleNamespace(store={exported})
    assert spider.article_id(linked) == exported
    assert spider.is_known(linked)
    assert not spider.is_known("https://www.example.co.id/read/2025/12/20/2/judul")


def test_discovery_for_any_site():
    assert ANY_SITE.autodiscover_feeds and ANY_SITE.menu_sections
    assert ANY_SITE.feeds("x", sections=False) == ["/feed"]
    assert {"/rss", "/rss.xml", "/feed.xml", "/atom.xml", "/index.xml"} <= set(ANY_SITE.feeds("x", sections=True))
    assert ANY_SITE.is_section_path("/nasional") and ANY_SITE.is_section_path("/news/ekonomi/")
    assert not ANY_SITE.is_section_path("/read/2025/12/20/1/judul")


HOME = b"""<html><head>
<link rel="alternate" type="application/rss+xml" href="/rss/terbaru">
<link rel="alternate" type="application/atom+xml" href="https://www.example.co.id/atom">
<link rel="alternate" type="application/rss+xml" href="https://elsewhere.com/feed">
<link rel="alternate" hreflang="en" href="https://en.example.co.id/">
</head><body>
<nav><a href="/nasional">Nasional</a><a href="/news/ekonomi/">Ekonomi</a><a href="/read/2025/12/20/1/judul">x</a>
<a href="https://other.co.id/olahraga">Olahraga</a></nav>
<div class="list"><a href="/teknologi">Teknologi</a></div>
</body></html>"""


def home_response():
    from scrapy.http import HtmlResponse

    return HtmlResponse("https://www.example.co.id/", body=HOME, encoding="utf-8")


def test_the_feeds_a_home_page_advertises_on_the_site():
    spider = make_spider(site_url="https://www.example.co.id")
    assert [r.url for r in spider.advertised_feeds(home_response())] == [
        "https://www.example.co.id/rss/terbaru", "https://www.example.co.id/atom"]
    monitor = make_spider(site_url="https://www.example.co.id", mode="monitor")
    assert [r.url for r in monitor.advertised_feeds(home_response())] == ["https://www.example.co.id/rss/terbaru"]


def test_the_sitemaps_robots_txt_names_absolute_or_by_path_alone():
    from scrapy.http import TextResponse

    spider = make_spider(site_url="https://www.example.co.id")
    robots = TextResponse("https://www.example.co.id/robots.txt", encoding="utf-8", body=(
        b"User-agent: *\nSitemap: /sitemap_index.xml\nSitemap: https://www.example.co.id/news-sitemap.xml\n"
        b"Sitemap: https://elsewhere.com/sitemap.xml\n"))
    requested = [request.url for request in spider.parse_robots(robots, "https://www.example.co.id")]
    assert requested == ["https://www.example.co.id/sitemap_index.xml", "https://www.example.co.id/news-sitemap.xml"]


def test_sections_are_the_menu_links_with_shallow_paths():
    spider = make_spider(site_url="https://www.example.co.id")
    assert spider.menu_links(home_response()) == {"https://example.co.id/nasional", "https://example.co.id/news/ekonomi/"}


def test_requests_go_to_the_sites_own_www_host():
    """Canonical URLs drop `www.`; a site served from `www.` gets its requests there, not a redirect each."""
    spider = make_spider(site_url="https://www.example.co.id")
    canonical = spider.canonical("https://www.example.co.id/berita/kabar-baru?utm_source=x")
    assert canonical == "https://example.co.id/berita/kabar-baru"
    assert spider.fetch_url(canonical) == "https://www.example.co.id/berita/kabar-baru"
    bare = make_spider(site_url="https://example.co.id")
    assert bare.fetch_url(canonical) == canonical
