"""The outlet sandbox: determinism, URL map, discovery documents, page families, truth against pages."""

from __future__ import annotations

import re
from html import escape

import pytest

from crawler.parsing.feeds import parse_feed, parse_sitemap, robots_sitemaps
from sandbox import build_site
from sandbox.outlet.model import TEMPLATES
from sandbox.sites import CHOICES

BASE = "http://127.0.0.1:9"


@pytest.fixture(scope="module")
def site():
    return build_site(articles=60, seed=0, site="outlet")


def get(site, path: str):
    return site.handle(path, BASE)


def test_registered_and_deterministic(site):
    assert "outlet" in CHOICES
    again = build_site(articles=60, seed=0, site="outlet")
    for path in ("/", "/nasional", site.articles[7].path, "/sitemap.xml", "/rss/terbaru"):
        assert get(site, path).body == get(again, path).body
    assert get(site, "/").body != get(build_site(articles=60, seed=1, site="outlet"), "/").body


def test_every_family_and_unique_paths(site):
    assert {a.template for a in site.articles} == set(TEMPLATES)
    assert len({a.path for a in site.articles}) == len(site.articles)


def test_robots_names_the_news_sitemap_first(site):
    sitemaps = robots_sitemaps(get(site, "/robots.txt").body.decode())
    assert sitemaps == [f"{BASE}/sitemap-news.xml", f"{BASE}/sitemap.xml"]
    kind, entries = parse_sitemap(get(site, "/sitemap.xml").body)
    assert kind == "urlset" and len(entries) == len(site.articles)
    kind, recent = parse_sitemap(get(site, "/sitemap-news.xml").body)
    assert kind == "urlset" and 0 < len(recent) < len(site.articles)


def test_the_feed_is_named_only_by_the_home_page(site):
    home = get(site, "/").body.decode()
    assert re.search(r'<link rel="alternate" type="application/rss\+xml"[^>]*href="[^"]*/rss/terbaru"', home)
    entries = parse_feed(get(site, "/rss/terbaru").body)
    assert [e.url for e in entries[:3]] == [f"{BASE}{a.path}" for a in site.newest_first[:3]]
    for usual in ("/feed", "/rss", "/rss.xml", "/atom.xml"):
        assert get(site, usual).status == 404


def test_listings_paginate_and_link_their_next_page(site):
    first = get(site, "/nasional").body.decode()
    assert '<link rel="next" href="' + BASE + '/nasional?page=2">' in first
    members = [a for a in site.newest_first if a.section[0] == "nasional"]
    pages = -(-len(members) // 10)
    assert get(site, f"/nasional?page={pages}").status == 200
    assert get(site, f"/nasional?page={pages + 1}").status == 404
    tag = site.articles[0].tags[0].replace(" ", "-")
    assert get(site, f"/label/{tag}").status == 200
    assert get(site, "/profil/" + site.articles[0].author.lower().replace(" ", "-")).status == 200


def test_static_pages_and_unknown_paths(site):
    assert get(site, "/tentang-kami").status == 200
    assert b'"AboutPage"' in get(site, "/tentang-kami").body
    assert get(site, "/nope/d-1/x").status == 404
    wrong_slug = site.articles[0].path.rsplit("/", 1)[0] + "/another-slug"
    assert get(site, wrong_slug).status == 404


def test_truth_matches_the_pages(site):
    for record, article in zip(site.truth(BASE), site.articles):
        page = get(site, article.path).body.decode()
        assert record["url"] == f"{BASE}{article.path}"
        assert record["title"] in page.replace("&#x27;", "'")
        assert record["published_at"].startswith(f"{article.published:%Y-%m-%dT%H:%M}")
        assert record["dateline"]["raw"].rstrip(" -") in page
        assert record["lead"].split()[-1] in page
        assert record["author"] in page
        if record["editor"]:
            assert record["editor"] in page


def test_paged_read_articles_serve_each_page_and_link_the_others(site):
    paged = [a for a in site.articles if a.pages > 1]
    assert paged and {a.template for a in paged} == {"read"} and {a.pages for a in paged} == {2, 3}
    article = paged[0]
    truth = site.truth(BASE)[article.index]
    assert truth["page_urls"] == [f"{BASE}{article.path}?page={n}" for n in range(2, article.pages + 1)]
    shown = []
    for n in range(1, article.pages + 1):
        page = get(site, f"{article.path}?page={n}").body.decode()
        assert f'href="{BASE}{article.path}?page={article.pages}"' in page
        shown += [p for p in article.paragraphs if escape(p) in page]
    assert shown == list(article.paragraphs)  # every paragraph once, in order, over the pages
    assert get(site, f"{article.path}?page={article.pages + 1}").status == 404
