"""A made-up third site read through its own profile: nothing of MINA's applies to it.

`KABAR` has its own hosts (an alias and a legacy host), https, a trailing slash, a site
name, a credit line and an agency. Its fixture page carries lines MINA's rules would act
on (MINA's credit line and slogan mid-body, a title ending in ` - Mina`): each test fails if
a MINA rule leaked into the generic parser.
"""

from __future__ import annotations

import hashlib
import pickle
import re
from pathlib import Path

import pytest

from crawler.parsing import canonicalize_url, parse_article
from crawler.parsing.article import extract_article
from crawler.parsing.profile import GENERIC, Edition, SiteProfile, UrlRules
from crawler.parsing.urls import article_identity, same_site
from crawler.sites import SITES, profile_for_url
from crawler.sites.mina import MINA

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "sites"
KABAR_HOSTS = frozenset({"kabar.example", "m.kabar.example", "kabarlama.example"})
KABAR = SiteProfile(
    name="kabar",
    agency="KNA",
    editions={"id": Edition("id", "id", "https://kabar.example", trailing_slash=True,
                            hosts=("m.kabar.example", "kabarlama.example"))},
    domains=tuple(sorted(KABAR_HOSTS)),
    selectors={"title": ("h1.kn-headline",), "body": (".kn-text",), "author": (".kn-writer",)},
    url_rules=UrlRules(
        hosts=KABAR_HOSTS,
        https_hosts=frozenset({"kabar.example"}),
        host_aliases=(("m.kabar.example", "kabar.example"), ("kabarlama.example", "kabar.example")),
        trailing_slash=(("kabar.example", True),),
    ),
    site_names=(r"Kabar\s+Nusantara",),
    credit_lines=(r"Kabar\s+Nusantara\s+Agency(?:\s*\(KNA\))?",),
)
URL = "http://m.kabar.example/berita/catatan-haji-mina?utm_source=wa"
CANONICAL = "https://kabar.example/berita/catatan-haji-mina/"


@pytest.fixture(scope="module")
def item() -> dict:
    return parse_article((FIXTURES / "kabar_article.html").read_bytes(), URL, profile=KABAR)


def test_canonical_url_and_id_are_the_sites_own(item):
    assert item["canonical_url"] == CANONICAL  # legacy host aliased, https, its own trailing slash
    assert item["id"] == hashlib.sha1(CANONICAL.encode()).hexdigest()[:16]
    # The spider asks the same function for the id of any spelling of the article.
    edition = KABAR.editions["id"]
    for spelling in (URL, "https://kabar.example/berita/catatan-haji-mina", "http://kabarlama.example/berita/"
                     "catatan-haji-mina/2", "https://www.kabar.example/berita/catatan-haji-mina/#top"):
        assert article_identity(spelling, KABAR, edition) == (CANONICAL, item["id"])


def test_site_agency_edition_and_language(item):
    assert (item["site"], item["agency"], item["edition"]) == ("kabar", "KNA", "id")
    assert item["language"] == "id"  # an Indonesian text under a template's lang="en-US"


def test_title_loses_its_own_site_name_only(item):
    assert item["title"] == "Perjalanan Arafah - Muzdalifah - Mina"  # MINA's suffix rule would cut ` - Mina`


def test_body_ends_at_its_own_credit_line_only(item):
    assert item["body"].split("\n\n") == [
        "Jamaah haji asal Jawa Timur bermalam di Mina setelah wukuf di Arafah, dan mereka akan melontar jumrah "
        "esok pagi.",
        "Mi’raj News Agency (MINA)",  # MINA's closing credit: on this site only a line of text
        "Petugas kloter mengatakan bahwa semua jamaah dalam kondisi sehat dan tidak ada yang tertinggal di Arafah.",
        "Damai di Palestina = Damai di Dunia",  # MINA's slogan is no noise here
        "Spanduk dengan tulisan itu dibawa oleh rombongan dari Sidoarjo selama perjalanan ke Mina.",
    ]
    assert item["author"] == "Sri Wahyuni"
    assert item["published_at"] == "2024-06-16T08:30:00+07:00"


def test_url_rules_stay_with_their_site():
    rules = KABAR.url_rules
    assert same_site("https://kabarlama.example/a", "https://m.kabar.example/b", rules=rules)
    assert not same_site("https://kabarlama.example/a", "https://m.kabar.example/b")
    assert not same_site("https://kabar.example/a", "https://minanews.net/b", rules=rules)
    # MINA's https and slash rules do not reach MINA's hosts through another site's rules, nor any rules at all
    assert canonicalize_url("http://en.minanews.net/x", rules=rules) == "http://en.minanews.net/x"
    assert canonicalize_url("http://en.minanews.net/x") == "http://en.minanews.net/x"
    assert canonicalize_url("http://en.minanews.net/x", rules=MINA.url_rules) == "https://en.minanews.net/x/"


def test_a_page_of_no_known_site_has_no_site_agency_or_edition():
    html = (FIXTURES / "generic_article.html").read_bytes()
    url = "http://pelabuhan.example/pasar-ikan-dibuka-kembali/"
    assert profile_for_url(url) is None
    extraction = extract_article(html, url)
    item = extraction.item
    assert (item["site"], item["agency"], item["edition"], item["language"]) == (None, None, None, "id")
    assert item["title"] == "Pasar Ikan Dibuka Kembali"
    assert item["canonical_url"] == "http://pelabuhan.example/pasar-ikan-dibuka-kembali/"  # its slash kept
    assert item["body"].startswith("Pasar ikan di tepi pelabuhan")


def test_the_registry_finds_a_profile_by_host():
    assert {"mina", "antara"} <= set(SITES)
    assert profile_for_url("http://www.mirajnews.com/2013/05/x.html") is MINA
    assert profile_for_url("https://en.minanews.net/x") is MINA
    assert profile_for_url("https://kabar.example/x") is None
    assert profile_for_url("not a url") is None
    # Without a profile argument a MINA URL is read as MINA, any other as a page of no site.
    html = (FIXTURES / "kabar_article.html").read_bytes()
    assert parse_article(html, "https://minanews.net/catatan-haji-mina")["site"] == "mina"
    assert parse_article(html, URL)["site"] is None


def test_parsing_names_no_site():
    names = re.compile(r"minanews|mirajnews|antaranews", re.IGNORECASE)
    sources = Path(__file__).resolve().parents[2] / "crawler" / "parsing"
    assert [p.name for p in sources.rglob("*.py") if names.search(p.read_text(encoding="utf-8"))] == []


def test_a_registered_profile_travels_to_a_parsing_worker_as_its_name():
    for profile in (*SITES.values(), GENERIC):
        assert pickle.loads(pickle.dumps(profile)) is profile
    copy = pickle.loads(pickle.dumps(KABAR))  # a profile outside the registry goes by value
    assert copy is not KABAR and copy.name == KABAR.name and copy.url_rules == KABAR.url_rules
