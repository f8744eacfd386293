"""Link forms of real MINA and ANTARA articles, as pages and feeds carry them: each form is the article's one identity."""

from __future__ import annotations

import pytest

from crawler.parsing.profile import UrlRules
from crawler.parsing.urls import article_identity, article_root_url, page_number
from crawler.sites import profile_for_url
from crawler.sites.antara import DISCOVERY as ANTARA_DISCOVERY
from crawler.sites.discovery import ANY_SITE
from crawler.sites.mina import DISCOVERY as MINA_DISCOVERY


def identity(url: str) -> str:
    profile = profile_for_url(url)
    return article_identity(url, profile, profile.edition_for_url(url))[0]


@pytest.mark.parametrize("url, canonical", [
    # WordPress's AMP copy of a post is the post, in the edition's slash form
    ("https://minanews.net/refleksi-8-tahun-mina-konsisten-bela-palestina/amp/",
     "https://minanews.net/refleksi-8-tahun-mina-konsisten-bela-palestina"),
    ("https://en.minanews.net/israel-launches-air-strike-on-gaza/amp",
     "https://en.minanews.net/israel-launches-air-strike-on-gaza/"),
    ("https://ar.minanews.net/%D8%A7%D9%84%D8%A3%D9%82%D8%B5%D9%89/amp/",
     "https://ar.minanews.net/%d8%a7%d9%84%d8%a3%d9%82%d8%b5%d9%89"),
    # page N, with the slash or without
    ("https://minanews.net/kaleidoskop-kegiatan-kantor-berita-islam-mina-2014/3",
     "https://minanews.net/kaleidoskop-kegiatan-kantor-berita-islam-mina-2014"),
    ("https://en.minanews.net/israel-launches-air-strike-on-gaza/2/",
     "https://en.minanews.net/israel-launches-air-strike-on-gaza/"),
    # the feed's tracking query
    ("https://en.minanews.net/israel-strikes-gaza-one-dies?utm_source=rss&utm_medium=rss&utm_campaign=israel-strikes-gaza-one-dies",
     "https://en.minanews.net/israel-strikes-gaza-one-dies/"),
])
def test_mina_link_forms(url, canonical):
    assert identity(url) == canonical


@pytest.mark.parametrize("url", ["https://minanews.net/amp", "https://minanews.net/amp/"])
def test_a_path_that_is_only_amp_is_left_alone(url):
    assert identity(url) == "https://minanews.net/amp"


def test_the_first_page_keeps_the_host_an_alias_gives():
    rules = UrlRules(hosts=frozenset({"kabar.example", "www.kabar.example", "m.kabar.example"}),
                     host_aliases=(("m.kabar.example", "www.kabar.example"), ("kabar.example", "www.kabar.example")))
    assert article_root_url("https://m.kabar.example/read/some-story/2", rules=rules) == \
        "https://www.kabar.example/read/some-story"


@pytest.mark.parametrize("url, canonical", [
    # a press release on a bureau host (its id in the national sequence), however its slug is linked
    ("https://kalbar.antaranews.com/rilis-pers/3226949/kebakaran-gedung-bappelitbang-pemkot-bandung",
     "https://kalbar.antaranews.com/rilis-pers/3226949"),
    ("https://kalbar.antaranews.com/rilis-pers/3226949/", "https://kalbar.antaranews.com/rilis-pers/3226949"),
    # a news link whose slug a listing cut at a dash
    ("https://www.antaranews.com/berita/5314870/pertamina-amankan-pasokan-lpg-3-kilogram-jelang-",
     "https://www.antaranews.com/berita/5314870"),
    ("https://sumbar.antaranews.com/berita/716525/", "https://sumbar.antaranews.com/berita/716525"),
    ("https://en.antaranews.com/amp/news/334221/bali-airport-cancels-90-flights-due-to-mt-lewotobi-eruption",
     "https://en.antaranews.com/news/334221"),
    ("https://ramadhan.antaranews.com/video/4184535/sebanyak-142-tim-dari-perguruan-tinggi-ikuti-kontes-robot-indonesia"
     "?utm_source=antaranews", "https://www.antaranews.com/video/4184535"),
])
def test_antara_link_forms(url, canonical):
    assert identity(url) == canonical


def test_a_press_release_is_a_text_item_of_its_own_kind():
    assert ANTARA_DISCOVERY.is_article_path("/rilis-pers/3226949/kebakaran-gedung-bappelitbang-pemkot-bandung")
    assert not ANTARA_DISCOVERY.media_paths.search("/rilis-pers/3226949/kebakaran-gedung-bappelitbang-pemkot-bandung")
    assert not ANTARA_DISCOVERY.is_article_path("/rilis-pers")  # the listing
    # one number, two kinds: two items
    assert identity("https://kalbar.antaranews.com/rilis-pers/3226949/x") != \
        identity("https://kalbar.antaranews.com/berita/3226949/x")


@pytest.mark.parametrize("path", ["/xmlrpc.php", "/wp-login.php", "/wp-cron.php"])
def test_wordpress_scripts_are_no_posts(path):
    assert not MINA_DISCOVERY.is_article_path(path) and not ANY_SITE.is_article_path(path)
    # a legacy post under its date path is still one
    assert MINA_DISCOVERY.is_article_path("/2018/03/puluhan-pemukim-yahudi-masuk-paksa-ke-kompleks-masjid-al-aqsha.html")


@pytest.mark.parametrize("url, canonical", [
    # WordPress's reply link under a comment: the same post, its reply form open
    ("https://en.minanews.net/israel-strikes-gaza-one-dies/?replytocom=12#respond",
     "https://en.minanews.net/israel-strikes-gaza-one-dies/"),
    ("https://coolshell.cn/articles/4990.html?replytocom=1942348#respond", "https://coolshell.cn/articles/4990.html"),
    # a page of a post's comments: the whole post again
    ("https://en.minanews.net/israel-strikes-gaza-one-dies/comment-page-2/#comments",
     "https://en.minanews.net/israel-strikes-gaza-one-dies/"),
    ("https://minanews.net/pers-islami-melawan-kezaliman/comment-page-1/", "https://minanews.net/pers-islami-melawan-kezaliman"),
    ("https://coolshell.cn/articles/4990.html/comment-page-13#comment-1942348", "https://coolshell.cn/articles/4990.html"),
    ("http://www.billporter.info/2011/03/27/arduino-playstation-2-controller-library-troubleshooting-guide/comment-page-1/#comments",
     "http://billporter.info/2011/03/27/arduino-playstation-2-controller-library-troubleshooting-guide/"),
    # the AMP plugin's link out of its AMP view
    ("https://graylog.org/post/getting-started-with-grok-patterns/?noamp=mobile#respond",
     "https://graylog.org/post/getting-started-with-grok-patterns/"),
])
def test_wordpress_comment_and_amp_forms_are_the_post(url, canonical):
    profile = profile_for_url(url)
    assert article_identity(url, profile, profile.edition_for_url(url) if profile else None)[0] == canonical


def test_a_comment_page_is_the_first_page_of_the_post_and_other_posts_stay_apart():
    assert page_number("https://coolshell.cn/articles/4990.html/comment-page-13") == 1
    assert article_root_url("https://coolshell.cn/articles/4990.html/comment-page-13") != \
        article_root_url("https://coolshell.cn/articles/4991.html")
    # a site's root is no post; another `noamp` value is no such link
    assert article_root_url("https://example.com/comment-page-2/") == "https://example.com/comment-page-2/"
    assert article_root_url("https://example.com/post/?noamp=1") == "https://example.com/post/?noamp=1"
