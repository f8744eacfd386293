"""Atom feeds: valid RFC 4287 documents, stable entry ids, bounded, merged with the previous file."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree

from scrapy.utils.test import get_crawler

from crawler.datasets.feed import ATOM, entry_of, read_entries, update_feed
from crawler.datasets.newest import Newest
from crawler.datasets.samples import sample_article
from crawler.extensions.feed import AtomFeeds

NOW = "2026-11-29T10:00:00Z"
A = f"{{{ATOM}}}"


def article(number: int, hour: int, **overrides) -> dict:
    return sample_article(number, published_at=f"2026-11-20T{hour:02d}:00:00+07:00", **overrides)


def parse(path):
    return ElementTree.parse(path).getroot()


def test_a_feed_is_atom_with_every_required_element(tmp_path):
    path = tmp_path / "feeds" / "mina.xml"
    assert update_feed(path, "mina", [entry_of(article(1, 8)), entry_of(article(2, 9, lead=None, author=None))],
                       10, NOW)
    feed = parse(path)
    assert feed.tag == f"{A}feed"
    assert feed.findtext(f"{A}id").startswith("urn:uuid:") and feed.findtext(f"{A}title")
    assert feed.findtext(f"{A}updated") == "2026-11-20T09:00:00+07:00"  # its newest entry's
    entries = feed.findall(f"{A}entry")
    assert [entry.findtext(f"{A}title") for entry in entries] == ["Berita contoh 2", "Berita contoh 1"]
    for entry, number in zip(entries, (2, 1)):
        for name in ("id", "title", "updated", "published", "author/" + A + "name"):
            assert entry.findtext(f"{A}{name}"), name
        assert entry.findtext(f"{A}id") == sample_article(number)["canonical_url"]
        link = entry.find(f"{A}link")
        assert link.get("rel") == "alternate" and link.get("href") == sample_article(number)["url"]
    assert entries[1].findtext(f"{A}summary") == "Isi berita nomor 1."
    assert entries[0].find(f"{A}summary") is None  # no lead, no summary
    assert entries[0].findtext(f"{A}author/{A}name") == "MINA"  # no author: the agency
    assert [c.get("term") for c in entries[1].findall(f"{A}category")] == ["mina", "id", "Internasional"]


def test_merging_keeps_ids_stable_bounds_the_length_and_leaves_an_idle_update_alone(tmp_path):
    path = tmp_path / "all.xml"
    update_feed(path, "all", [entry_of(article(n, n)) for n in range(1, 6)], 4, NOW)
    first = read_entries(path)
    assert [entry.title for entry in first] == [f"Berita contoh {n}" for n in (5, 4, 3, 2)]
    before = path.read_bytes()
    assert not update_feed(path, "all", [], 4, "2026-12-01T00:00:00Z")  # nothing new: untouched
    assert path.read_bytes() == before
    updated = article(3, 3, version=2, title="Diperbarui", modified_at="2026-11-21T08:00:00+07:00")
    assert update_feed(path, "all", [entry_of(updated), entry_of(article(7, 23))], 4, NOW)
    second = read_entries(path)
    assert [entry.title for entry in second] == ["Berita contoh 7", "Berita contoh 5", "Berita contoh 4", "Diperbarui"]
    assert {entry.id for entry in second} - {entry.id for entry in first} == {article(7, 23)["canonical_url"]}
    assert second[3].updated == "2026-11-21T08:00:00+07:00" and second[3].id == first[2].id
    assert not list(tmp_path.glob(".*tmp"))  # the temporary file was renamed into place


def test_the_newest_keeps_the_latest_version_of_each_article_within_its_bound():
    newest = Newest(2)
    for item in (article(1, 8), article(2, 9), article(1, 8, version=2, title="v2"), article(3, 7),
                 sample_article(4, published_at=None)):
        newest.add(item)
    assert [(item["title"], item["version"]) for item in newest.articles()] == [("Berita contoh 2", 1), ("v2", 2)]
    assert newest.seen == 5


def test_the_extension_writes_the_spider_feed_and_the_feed_of_every_site(tmp_path):
    crawler = get_crawler(settings_dict={"OUTPUT_DIR": str(tmp_path), "FEED_ENTRIES": 3})
    feeds = AtomFeeds.from_crawler(crawler)
    crawler.stats.open_spider()

    class Spider:
        name = "antara"

    for number in range(1, 6):
        feeds.item_scraped(article(number, number, site="antara"), None, Spider())
    feeds.spider_closed(Spider(), "finished")
    for name in ("antara", "all"):
        titles = [entry.title for entry in read_entries(tmp_path / "feeds" / f"{name}.xml")]
        assert titles == ["Berita contoh 5", "Berita contoh 4", "Berita contoh 3"]
    assert crawler.stats.get_value("feed/updated") == 2
    mina = AtomFeeds.from_crawler(get_crawler(settings_dict={"OUTPUT_DIR": str(tmp_path), "FEED_ENTRIES": 3}))
    Spider.name = "mina"
    mina.item_scraped(sample_article(9, published_at="2026-11-20T04:30:00+07:00"), None, Spider())
    mina.spider_closed(Spider(), "finished")
    assert [entry.title for entry in read_entries(tmp_path / "feeds" / "all.xml")] == [
        "Berita contoh 5", "Berita contoh 9", "Berita contoh 4"]  # across sites, newest first
    assert [entry.title for entry in read_entries(tmp_path / "feeds" / "mina.xml")] == ["Berita contoh 9"]
