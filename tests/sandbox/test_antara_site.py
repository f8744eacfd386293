"""The ANTARA sandbox: determinism, URL map, pages consistent with the truth, MINA untouched, `all`."""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from email.utils import parsedate_to_datetime
from html import unescape
from xml.etree import ElementTree

import orjson
import pytest
from sandbox_http import fetch

from sandbox import AntaraSite, MultiSite, Sandbox, Site, UnknownSite, build_site

BASE = "http://127.0.0.1:1"


@pytest.fixture(scope="module")
def site() -> AntaraSite:
    return build_site(articles=300, seed=0, site="antara")


@pytest.fixture(scope="module")
def truth(site: AntaraSite) -> list[dict]:
    return site.truth(BASE)


def get(site, url: str):
    return site.handle(url[len(BASE):], BASE)


def visible_text(html: str) -> str:
    html = re.sub(r"<script\b.*?</script>|<!--.*?-->", " ", html, flags=re.S)
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def test_same_seed_same_bytes_other_seed_other_site(site: AntaraSite, truth: list[dict]) -> None:
    again = build_site(articles=300, seed=0, site="antara")
    assert orjson.dumps(again.truth(BASE)) == orjson.dumps(truth)
    paths = [r["url"] for r in truth[::25]] + [f"{BASE}/id/terkini?page=2", f"{BASE}/en/rss/news.xml", f"{BASE}/bali/"]
    assert all(get(again, p).body == get(site, p).body for p in paths)
    assert build_site(articles=300, seed=1, site="antara").truth(BASE) != truth


def test_mina_is_the_default_and_its_bytes_and_truth_are_unchanged() -> None:
    """MINA's bytes and truth are pinned (first taken before the sandbox became multi-site): a change to them is
    deliberate and updates the digest (last: the Arabic edition's `<place> (معراج) –` datelines)."""
    mina = build_site(articles=60, seed=5)
    assert isinstance(mina, Site)
    digest = hashlib.sha1()
    records = mina.truth(BASE)
    digest.update(orjson.dumps(records, option=orjson.OPT_SORT_KEYS))
    for record in records:
        digest.update(get(mina, record["url"]).body)
    for path in ("/", "/robots.txt", "/id/", "/en/feed", "/id/sitemap_index.xml", "/ar/", "/nope"):
        digest.update(mina.handle(path, BASE).body)
    assert digest.hexdigest() == "ef8787bc9f34fb8255133cf0391cdd60345d7c0e"


def test_unknown_site_names_are_refused() -> None:
    with pytest.raises(UnknownSite, match="mina, antara, outlet, all"):
        build_site(site="nope")


def test_every_variant_url_serves_its_article(site: AntaraSite, truth: list[dict]) -> None:
    for record in truth[::7]:
        canonical = get(site, record["url"]).body
        for url in record["urls"]:
            response = get(site, url)
            assert response.status == 200, url
            if "/amp/" not in url:
                assert response.body == canonical, url
        assert get(site, record["canonical_url"] + "/another-slug").body == canonical
        amp = get(site, record["urls"][2]).body.decode()
        assert "<html amp" in amp and f'<link rel="canonical" href="{record["url"]}">' in amp


def test_truth_text_is_on_the_page_and_clean(site: AntaraSite, truth: list[dict]) -> None:
    for record in truth:
        page = get(site, record["url"]).body.decode()
        shown = visible_text(page)
        assert record["title"] in shown
        for paragraph in record["body"].split("\n\n"):
            assert paragraph in shown, (record["url"], paragraph)
        if record["dateline"]:
            assert " ".join(record["dateline"]["raw"].split()) in shown
        for noise in ("Baca juga", "Also read", "Pewarta", "Reporter:", "Editor", "Copyright", "COPYRIGHT",
                      "Dilarang keras", "ANTARA FOTO", "(ANTARA"):
            assert noise not in record["body"], (record["url"], noise)
        assert record["author"] in shown and record["editor"] in shown
        for related in record["related"]:
            assert f'href="{related["url"]}"' in page
        for mention in record["mentioned_dates"]:
            assert mention["text"] in record["body"]
        if record["image"]:
            assert record["image"]["url"] in page and record["image"]["credit"] in shown


def test_templates_follow_the_publication_year(site: AntaraSite, truth: list[dict]) -> None:
    markers = {"A": 'id="content_news"', "B": 'class="post-content clearfix', "C": "wrap__article-detail-content"}
    seen = Counter()
    for record in truth:
        year = int(record["published_at"][:4])
        expected = "A" if year <= 2017 else "B" if year <= 2022 else "C"
        assert record["template"] == expected
        assert markers[expected] in get(site, record["url"]).body.decode()
        seen[expected] += 1
    assert set(seen) == {"A", "B", "C"}


def test_published_seconds_only_when_a_machine_readable_time_states_them(site: AntaraSite,
                                                                         truth: list[dict]) -> None:
    for record in truth:
        page = get(site, record["url"]).body.decode()
        if record["published_precision"] == "minute":
            assert record["published_at"][17:19] == "00"
            assert record["published_at"] not in page
        else:
            assert record["published_at"] in page


def test_json_ld_author_is_the_editor(site: AntaraSite, truth: list[dict]) -> None:
    checked = 0
    for record in truth:
        page = get(site, record["url"]).body.decode()
        found = re.search(r'<script type="application/ld\+json">(.*?)</script>', page)
        if found:
            data = json.loads(found.group(1))
            assert data["author"]["name"] == record["editor"] and data["creator"]["name"] == record["author"]
            checked += 1
    assert checked > 20


def test_video_foto_and_static_pages_are_not_articles(site: AntaraSite, truth: list[dict]) -> None:
    known = {u for r in truth for u in r["urls"]}
    media = [i for i in site.items if not i.is_article]
    assert {i.kind for i in media} == {"video", "foto"}
    for item in media:
        url = site.article_url(BASE, item)
        assert get(site, url).status == 200 and url not in known
        assert get(site, site.article_url(BASE, item, amp=True)).status == 404
    for edition in ("id", "en", "jatim", "bali"):
        for slug in ("tentang-kami", "redaksi"):
            assert get(site, f"{BASE}/{edition}/{slug}").status == 200


def test_bureau_ids_are_their_own_sequences(site: AntaraSite, truth: list[dict]) -> None:
    by_edition = {e: {r["id_hint"]: r for r in truth if r["edition"] == e} for e in ("jatim", "bali")}
    shared = set(by_edition["jatim"]) & set(by_edition["bali"])
    assert shared, "the two bureaus should hand out some of the same ids"
    for number in shared:
        jatim, bali = by_edition["jatim"][number], by_edition["bali"][number]
        assert jatim["canonical_url"] != bali["canonical_url"]
        assert get(site, jatim["url"]).body != get(site, bali["url"]).body
    assert get(site, f"{BASE}/id/berita/{min(shared)}").status == 404  # not a national id


def test_terkini_pages_list_every_item_newest_first(site: AntaraSite) -> None:
    for edition in ("id", "jatim"):
        links, page = [], 1
        while True:
            response = get(site, f"{BASE}/{edition}/terkini?page={page}")
            if response.status == 404:
                break
            html = response.body.decode()
            links += re.findall(r'<h2 class="post_title"><a href="([^"]+)"', html)
            page += 1
        expected = [site.article_url(BASE, site.items[i]) for i in reversed(site.by_edition[edition])]
        assert links == expected
        assert get(site, f"{BASE}/{edition}/terkini").body == get(site, f"{BASE}/{edition}/terkini?page=1").body


def test_section_listings_paginate_and_parents_include_children(site: AntaraSite) -> None:
    parent = get(site, f"{BASE}/id/ekonomi").body.decode()
    assert 'rel="next"' in parent or "page=2" not in parent
    child_items = site.by_section[("id", "ekonomi/bisnis")]
    assert set(child_items) <= set(site.by_section[("id", "ekonomi")])
    assert get(site, f"{BASE}/id/ekonomi/bisnis").status == 200
    assert get(site, f"{BASE}/id/ekonomi?page=999").status == 404


def test_feeds_carry_tracking_links_and_rfc822_times(site: AntaraSite, truth: list[dict]) -> None:
    known = {u for r in truth for u in r["urls"]}
    for path in ("/id/rss/terkini.xml", "/id/rss/terkini", "/id/rss/politik.xml", "/en/rss/news.xml",
                 "/bali/rss/terkini.xml"):
        response = get(site, BASE + path)
        assert response.status == 200 and "rss" in response.content_type
        items = ElementTree.fromstring(response.body).findall("channel/item")
        assert items
        times = [parsedate_to_datetime(i.findtext("pubDate")) for i in items]
        assert times == sorted(times, reverse=True)
        for item in items:
            link = item.findtext("link")
            assert "?utm_source=" in link
            assert link in known or "/video/" in link or "/foto/" in link
    assert get(site, f"{BASE}/id/rss/nope.xml").status == 404


def test_robots_404_and_redirects(site: AntaraSite) -> None:
    robots = get(site, f"{BASE}/robots.txt").body.decode()
    assert "User-agent: *" in robots and "Sitemap:" not in robots
    for path in ("/sitemap.xml", "/id/nope", "/xx/", "/id/berita/1", "/id/news/1"):
        assert get(site, BASE + path).status == 404, path
    assert get(site, f"{BASE}/id").headers["Location"] == f"{BASE}/id/"


def test_other_times_around_the_article_differ_from_its_own(site: AntaraSite, truth: list[dict]) -> None:
    record = truth[len(truth) // 2]
    page = get(site, record["url"]).body.decode()
    assert 'class="terkait_bottom"' in page and 'class="terpopuler"' in page
    assert 'class="top-date"' in page


def test_all_serves_every_site_under_its_prefix() -> None:
    everything = build_site(articles=30, seed=0, site="all")
    assert isinstance(everything, MultiSite)
    records = everything.truth(BASE)
    prefixes = Counter(r["url"][len(BASE):].split("/")[1] for r in records)
    assert set(prefixes) == {"mina", "antara"}
    for record in records[::5]:
        response = get(everything, record["url"])
        assert response.status == 200, record["url"]
    robots = get(everything, f"{BASE}/robots.txt").body.decode()
    assert "Disallow: /mina/wp-admin/" in robots and f"Sitemap: {BASE}/mina/id/sitemap_index.xml" in robots
    assert get(everything, f"{BASE}/antara").status == 301
    assert get(everything, f"{BASE}/elsewhere/").status == 404


def test_antara_sandbox_fixture_serves_over_http(antara_sandbox: Sandbox) -> None:
    record = antara_sandbox.site.truth(antara_sandbox.base_url)[0]
    status, headers, html = fetch(record["url"])
    assert status == 200 and headers["Content-Type"].startswith("text/html") and record["title"] in unescape(html)
