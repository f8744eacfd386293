"""The site as a crawler sees it over HTTP: URL forms, listings, feeds, sitemaps, robots.txt."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qs, urlsplit
from xml.etree import ElementTree

import pytest

from sandbox import Sandbox, build_site
from sandbox_http import fetch, hrefs, locs


@pytest.fixture(scope="module")
def truth(sandbox: Sandbox) -> list[dict]:
    return sandbox.site.truth(sandbox.base_url)


def test_same_seed_same_bytes_other_seed_other_site() -> None:
    one, two, other = build_site(60, seed=5), build_site(60, seed=5), build_site(60, seed=6)
    base = "http://127.0.0.1:1"
    assert one.truth(base) == two.truth(base)
    paths = [urlsplit(r["url"]).path for r in one.truth(base)]
    for path in [*paths[:: 7], "/id/", "/en/feed", "/id/post-sitemap.xml"]:
        assert one.handle(path, base).body == two.handle(path, base).body
    assert [r["title"] for r in one.truth(base)] != [r["title"] for r in other.truth(base)]


DIGEST = """
import hashlib
from sandbox import build_site
site, base, digest = build_site(80, seed=7), "http://127.0.0.1:1", hashlib.sha1()
for record in site.truth(base):
    for url in [record["url"], *record["page_urls"]]:
        digest.update(site.handle(url[len(base):], base).body)
for path in ("/id/", "/en/feed", "/ar/sitemap_index.xml", "/id/post-sitemap.xml", "/id/category/palestina/"):
    digest.update(site.handle(path, base).body)
print(digest.hexdigest())
"""


def test_bytes_do_not_depend_on_the_process_hash_seed() -> None:
    root = Path(__file__).resolve().parents[2]
    digests = {subprocess.run([sys.executable, "-c", DIGEST], cwd=root, capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(root)}).stdout
               for seed in ("1", "2")}
    assert len(digests) == 1 and len(digests.pop()) == 41


def test_every_url_form_answers_with_its_article(sandbox: Sandbox, truth: list[dict]) -> None:
    for record in truth[::3]:
        for url in record["urls"]:
            status, headers, html = fetch(url)
            if "?p=" in url:
                assert status == 301
                assert headers["Location"].split("?")[0] in record["urls"]
            else:
                assert status == 200, url
                assert f'id="post-{record["id_hint"]}"' in html


def test_multi_page_articles_link_their_pages(truth: list[dict]) -> None:
    multi = [r for r in truth if r["pages"] > 1]
    assert multi
    big = build_site(2000, seed=1).truth("http://127.0.0.1:1")
    legacy = [r for r in big if r["pages"] > 1 and r["url"].endswith(".html")]
    assert legacy and all(u.startswith(r["url"] + "/") for r in legacy for u in r["page_urls"])
    for record in multi:
        status, _, html = fetch(record["url"])
        assert status == 200 and 'class="page-links"' in html
        for url in record["page_urls"]:
            assert url in html
            assert fetch(url)[0] == 200


def test_category_pagination_reaches_every_article(sandbox: Sandbox, truth: list[dict]) -> None:
    for edition, category in (("id", "indonesia"), ("id", "internasional/asia"), ("en", "palestine")):
        url: str | None = f"{sandbox.base_url}/{edition}/category/{category}"
        seen: list[str] = []
        pages = 0
        while url:
            status, _, html = fetch(url)
            assert status == 200
            pages += 1
            seen += re.findall(r'<h2 class="post-title"><a href="([^"]+)"', html)
            following = hrefs(html, "next page-numbers")
            if following:
                assert f'<link rel="next" href="{following[0]}"' in html
            url = following[0] if following else None
        expected = {r["url"] for r in truth if r["edition"] == edition
                    and "/".join(r["category_path"]).startswith(category)}
        found = {next(r["url"] for r in truth if link in r["urls"]) for link in seen}
        assert found == expected and len(seen) == len(expected)
        assert pages == -(-len(expected) // 10)


def test_feed_items_carry_utm_and_correct_instants(sandbox: Sandbox, truth: list[dict]) -> None:
    status, headers, xml = fetch(f"{sandbox.base_url}/id/feed")
    assert status == 200 and "rss" in headers["Content-Type"]
    items = ElementTree.fromstring(xml).findall("channel/item")
    assert len(items) == 10
    by_url = {u: r for r in truth for u in r["urls"]}
    for item in items:
        link = item.findtext("link")
        query = parse_qs(urlsplit(link).query)
        assert query["utm_source"] == ["rss"] and query["utm_medium"] == ["rss"] and query["utm_campaign"]
        record = by_url[link]
        published = datetime.strptime(item.findtext("pubDate"), "%a, %d %b %Y %H:%M:%S %z")
        assert published == datetime.fromisoformat(record["published_at"])
        assert item.find("guid").get("isPermaLink") == "false"
        assert item.findtext("guid").endswith(f"?p={record['id_hint']}")
    assert fetch(f"{sandbox.base_url}/id/category/palestina/feed")[0] == 200


def test_sitemaps_list_every_article_once_with_lastmod(sandbox: Sandbox, truth: list[dict]) -> None:
    listed: list[str] = []
    for edition in ("id", "en", "ar"):
        status, _, index = fetch(f"{sandbox.base_url}/{edition}/sitemap_index.xml")
        assert status == 200
        for loc, _ in locs(index):
            if "post-sitemap" not in loc:
                continue
            for url, lastmod in locs(fetch(loc)[2]):
                assert lastmod and datetime.fromisoformat(lastmod).utcoffset() == timedelta(0)
                listed.append(url)
    owners = Counter(next(r["id_hint"] for r in truth if url in r["urls"]) for url in listed)
    assert set(owners) == {r["id_hint"] for r in truth}
    assert set(owners.values()) == {1}


def test_news_sitemap_holds_only_the_last_two_days(sandbox: Sandbox, truth: list[dict]) -> None:
    newest = max(datetime.fromisoformat(r["published_at"]) for r in truth)
    xml = fetch(f"{sandbox.base_url}/id/news-sitemap.xml")[2]
    urls = [u for u, _ in locs(xml)]
    expected = {r["id_hint"] for r in truth if r["edition"] == "id"
                and newest - datetime.fromisoformat(r["published_at"]) <= timedelta(days=2)}
    assert urls and {next(r["id_hint"] for r in truth if u in r["urls"]) for u in urls} == expected
    assert "<news:name>MINA</news:name>" in xml and "<news:language>id</news:language>" in xml


def test_static_pages_are_not_articles(sandbox: Sandbox, truth: list[dict]) -> None:
    pages = [u for u, _ in locs(fetch(f"{sandbox.base_url}/id/page-sitemap.xml")[2])]
    assert pages
    article_urls = {u for r in truth for u in r["urls"]}
    for url in pages:
        status, _, html = fetch(url)
        assert status == 200 and 'type-page' in html and url not in article_urls


def test_robots_allows_articles_and_names_sitemaps(sandbox: Sandbox, truth: list[dict]) -> None:
    from urllib.robotparser import RobotFileParser
    text = fetch(f"{sandbox.base_url}/robots.txt")[2]
    assert [line for line in text.splitlines() if line.startswith("Sitemap:")] == [
        f"Sitemap: {sandbox.base_url}/{e}/sitemap_index.xml" for e in ("id", "en", "ar")]
    robots = RobotFileParser()
    robots.parse(text.splitlines())
    assert all(robots.can_fetch("minabot", r["url"]) for r in truth)
    assert not robots.can_fetch("minabot", f"{sandbox.base_url}/wp-admin/")


def test_unknown_paths_404_with_a_themed_page(sandbox: Sandbox) -> None:
    status, _, html = fetch(f"{sandbox.base_url}/id/no-such-article-here")
    assert status == 404 and "error404" in html
    assert fetch(f"{sandbox.base_url}/nope")[0] == 404
    assert fetch(f"{sandbox.base_url}/id/category/palestina/page/999/")[0] == 404


def test_home_has_ticker_popular_switcher_and_feed_link(sandbox: Sandbox) -> None:
    status, _, html = fetch(f"{sandbox.base_url}/en/")
    assert status == 200
    assert re.search(r'class="ticker-time">(-\d+ min\. ago|\d+ hours ago)<', html)
    assert "Popular" in html and "Select Language" in html
    assert f'href="{sandbox.base_url}/id/"' in html and f'href="{sandbox.base_url}/ar/"' in html
    assert f'type="application/rss+xml" title="MINA &raquo; Feed" href="{sandbox.base_url}/en/feed"' in html
    assert len(re.findall(r'<h2 class="post-title">', html)) == 20


def test_wp_json_and_tag_and_author_listings(sandbox: Sandbox, truth: list[dict]) -> None:
    assert fetch(f"{sandbox.base_url}/id/wp-json/")[0] == 200
    record = next(r for r in truth if r["edition"] == "id" and r["theme"] == "current")
    html = fetch(record["url"])[2]
    tag_link = re.search(r'<a href="([^"]+)" rel="tag">', html).group(1)
    author_link = re.search(r'class="post-author"><a href="([^"]+)"', html).group(1)
    for link in (tag_link, author_link):
        status, _, listing = fetch(link)
        assert status == 200 and 'class="post-item' in listing


def test_month_archives_use_the_2018_listing_markup(sandbox: Sandbox, truth: list[dict]) -> None:
    record = next(r for r in truth if r["theme"] == "2018" and r["dateline"] and "–" in r["dateline"]["raw"])
    page = fetch(record["url"])[2]
    month = record["published_at"][:7].replace("-", "/")
    archive: str | None = f"{sandbox.base_url}/{record['edition']}/{month}/"
    assert f'href="{archive}"' in page
    seen: list[str] = []
    while archive:
        status, _, html = fetch(archive)
        assert status == 200
        seen += re.findall(r'<h3 class="entry-title"><a href="([^"]+)" rel="bookmark">', html)
        assert re.search(r'<time datetime="\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00">\w+, \d+ \w+ \d{4} \| \d\d:\d\d WIB</time>', html)
        following = hrefs(html, "next page-numbers")
        archive = following[0] if following else None
    expected = {r["id_hint"] for r in truth if r["edition"] == record["edition"] and r["published_at"][:7] == record["published_at"][:7]}
    assert {next(r["id_hint"] for r in truth if url in r["urls"]) for url in seen} == expected
    assert "&amp;#8211;" in fetch(f"{sandbox.base_url}/{record['edition']}/{month}/")[2]


def test_tiny_sites_serve_every_kind_of_page() -> None:
    for count in (0, 1, 7):
        site = build_site(count)
        base = "http://127.0.0.1:1"
        records = site.truth(base)
        assert len(records) == count
        for path in ("/id/", "/en/feed", "/ar/sitemap_index.xml", "/id/news-sitemap.xml",
                     *(r["url"][len(base):] for r in records)):
            assert site.handle(path, base).status == 200


def test_modify_changes_page_truth_and_lastmod(make_sandbox) -> None:  # type: ignore[no-untyped-def]
    server = make_sandbox(articles=40, seed=4)
    site = server.site
    before = site.truth(server.base_url)[10]
    site.modify(10, title="Judul Baru yang Diperbarui", body="Paragraf pertama baru.\n\nParagraf kedua baru.")
    after = site.truth(server.base_url)[10]
    assert after["title"] == "Judul Baru yang Diperbarui"
    assert after["body"] == "Paragraf pertama baru.\n\nParagraf kedua baru."
    assert after["url"] == before["url"]
    page = fetch(after["url"])[2]
    assert "Judul Baru yang Diperbarui" in page and "Paragraf kedua baru." in page
    assert after["modified_at"] and after["modified_at"] > (before["modified_at"] or before["published_at"])
    assert after["modified_at"] in page
    sitemap = dict(locs(fetch(f"{server.base_url}/{after['edition']}/post-sitemap.xml")[2]))
    listed = next(url for url in sitemap if url in after["urls"])
    assert datetime.fromisoformat(sitemap[listed]) == datetime.fromisoformat(after["modified_at"])


def test_modify_a_multi_page_article_with_a_short_body(make_sandbox) -> None:  # type: ignore[no-untyped-def]
    server = make_sandbox(articles=300, seed=0)
    record = next(r for r in server.site.truth(server.base_url) if r["pages"] == 3)
    server.site.modify(str(record["id_hint"]), body="Satu-satunya paragraf.")
    after = next(r for r in server.site.truth(server.base_url) if r["id_hint"] == record["id_hint"])
    assert after["body"] == "Satu-satunya paragraf." and after["pages"] == 3
    assert [fetch(u)[0] for u in (after["url"], *after["page_urls"])] == [200, 200, 200]


def test_redesign_changes_class_names_but_not_the_truth(make_sandbox) -> None:  # type: ignore[no-untyped-def]
    server = make_sandbox(articles=40, seed=6)
    before = server.site.truth(server.base_url)
    record = next(r for r in before if r["theme"] == "current")
    old_page = fetch(record["url"])[2]
    server.site.redesign()
    new_page = fetch(record["url"])[2]
    assert 'class="post-content entry-content"' in old_page and 'class="post-content' not in new_page
    assert 'class="td-post-content tagdiv-type"' in new_page and 'rel="tag"' in new_page
    assert server.site.truth(server.base_url) == before
    assert "td_module_flex" in fetch(f"{server.base_url}/{record['edition']}/")[2]


def test_transient_errors_fail_the_first_request_only(make_sandbox) -> None:  # type: ignore[no-untyped-def]
    server = make_sandbox(articles=60, seed=8)
    records = server.site.truth(server.base_url)
    server.site.transient_errors(0.3)
    first = [fetch(r["url"])[0] for r in records]
    assert 5 < first.count(503) < 35 and set(first) == {200, 503}
    assert {fetch(r["url"])[0] for r in records} == {200}
    server.site.transient_errors(0)
    assert {fetch(r["url"])[0] for r in records} == {200}


def test_add_articles_publishes_newer_ones_first_in_feeds(make_sandbox) -> None:  # type: ignore[no-untyped-def]
    server = make_sandbox(articles=40, seed=5)
    newest_before = server.site.now
    added = server.site.add_articles(3)
    assert all(a.published > newest_before for a in added)
    records = server.site.truth(server.base_url)
    assert len(records) == 43
    for a in added:
        assert fetch(records[a.index]["url"])[0] == 200
        feed = fetch(f"{server.base_url}/{a.edition}/feed")[2]
        assert records[a.index]["title"].replace("&", "&amp;") in feed


def test_answers_are_served_again_from_memory_until_the_site_changes() -> None:
    site = build_site(40, seed=2)
    base = "http://127.0.0.1:1"
    article = site.articles[-1]
    path = article.path(None, 1)
    path = f"/{article.edition}{path}"
    first = site.handle(path, base)
    first.body = b"changed by a fault mode"  # the caller's copy: the next answer is the page again
    first.headers["X-Test"] = "1"
    again = site.handle(path, base)
    assert again.body != first.body and "X-Test" not in again.headers and again.status == 200
    for edition in ("id", "en", "ar"):
        site.handle(f"/{edition}/", base)
    site.modify(len(site.articles) - 1, title="A title set after the page was served")
    assert b"A title set after the page was served" in site.handle(path, base).body
    added = site.add_articles(1)[0]
    assert added.title.encode() in site.handle(f"/{added.edition}/", base).body
