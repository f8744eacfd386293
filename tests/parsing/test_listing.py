from urllib.parse import urljoin

import pytest

from crawler.parsing.listing import listing_links
from crawler.sites.discovery import Pagination

PAGE = """<html><head><link rel="next" href="/id/category/palestina/page/3/"></head><body>
<h3 class="entry-title"><a href="/id/satu" rel="bookmark">Satu</a></h3>
<a href="http://127.0.0.1:8000/id/dua">Dua</a> <a href="/id/satu">Satu lagi</a> <a href=" ">kosong</a>
<a class="page-numbers next" href="/id/category/palestina/page/9/">Berikutnya</a></body></html>"""
URL = "http://127.0.0.1:8000/id/category/palestina/page/2/"


def test_links_are_absolute_unique_and_in_page_order():
    links, _ = listing_links(PAGE, URL)
    assert links == ["http://127.0.0.1:8000/id/satu", "http://127.0.0.1:8000/id/dua",
                     "http://127.0.0.1:8000/id/category/palestina/page/9/"]


def test_the_head_link_to_the_next_page_comes_first():
    assert listing_links(PAGE, URL)[1] == "http://127.0.0.1:8000/id/category/palestina/page/3/"
    without_head = PAGE.replace('<link rel="next" href="/id/category/palestina/page/3/">', "")
    assert listing_links(without_head, URL)[1] == "http://127.0.0.1:8000/id/category/palestina/page/9/"


def test_nothing_to_read_gives_nothing():
    for html in ("", b"", b"\x00\xff", "<html><body>no links</body></html>"):
        assert listing_links(html, URL) == ([], None)


def _next(html: str, url: str) -> str | None:
    return listing_links(f"<html><body>{html}</body></html>", url)[1]


def test_the_page_after_this_one_when_next_and_last_are_both_marked_next():
    # Kompas's daily index from page 4 on: `a.paging__link--next` for "Next" and for "Last".
    url = "https://indeks.kompas.com/?site=all&date=2025-07-23&page=4"
    html = ('<a class="paging__link paging__link--next" href="?site=all&date=2025-07-23&page=1">First</a>'
            '<a class="paging__link paging__link--next" href="?site=all&date=2025-07-23&page=38">Last</a>'
            '<a class="paging__link paging__link--next" href="?site=all&date=2025-07-23&page=5">Next</a>')
    assert _next(html, url) == "https://indeks.kompas.com/?site=all&date=2025-07-23&page=5"


@pytest.mark.parametrize(("url", "html", "expected"), [
    # a Bootstrap pager's "Selanjutnya"
    ("https://contoh.co.id/berita?page=2", '<a class="page-link" href="?page=1">1</a>'
     '<a class="page-link" href="?page=3">Selanjutnya</a>', "https://contoh.co.id/berita?page=3"),
    # detik's daily index: `/indeks/<N>?date=`, the date kept
    ("https://news.detik.com/indeks?date=10/12/2019", '<a href="https://news.detik.com/indeks/3?date=10/12/2019">3</a>'
     '<a href="https://news.detik.com/indeks/2?date=10/12/2019">Next</a>', "https://news.detik.com/indeks/2?date=10/12/2019"),
    # an arrow alone, labelled for screen readers
    ("https://www.antaranews.com/terkini", '<a href="https://www.antaranews.com/terkini/2" aria-label="Next">'
     '<span>&raquo;</span></a>', "https://www.antaranews.com/terkini/2"),
    ("https://www.okezone.com/tag/banjir/2", '<a href="https://www.okezone.com/tag/banjir/3">&rsaquo;</a>',
     "https://www.okezone.com/tag/banjir/3"),
    # a category id in the path and the page in the query (CNN Indonesia's index)
    ("https://www.cnnindonesia.com/ekonomi/indeks/5?date=2025/07/27",
     '<a href="/ekonomi/indeks/5?date=2025/07/27&page=2">Next</a>',
     "https://www.cnnindonesia.com/ekonomi/indeks/5?date=2025/07/27&page=2"),
    # numbered links only: the one after this page
    ("https://lampung.antaranews.com/terkini?page=2", '<a href="?page=1">1</a><a href="?page=4">4</a><a href="?page=3">3</a>',
     "https://lampung.antaranews.com/terkini?page=3"),
    ("https://minanews.net/", '<a class="page-numbers" href="https://minanews.net/page/2/">2</a>',
     "https://minanews.net/page/2/"),
])
def test_next_controls_and_numbered_links(url, html, expected):
    assert _next(html, url) == expected


@pytest.mark.parametrize(("url", "html"), [
    # an article's "read on", a slider's arrow, the next article
    ("https://contoh.co.id/kategori/politik", '<a href="https://contoh.co.id/politik/2025/05/12/123/judul">Baca Selanjutnya</a>'
     '<a class="slick-next" href="#">Next</a><a class="next-post" href="https://contoh.co.id/politik/judul-lain">Berikutnya</a>'),
    # another listing, a page further on, a WordPress post id, a bare `/2` off the home page
    ("https://contoh.co.id/kategori/politik", '<a href="https://contoh.co.id/kategori/ekonomi/2">Next</a>'
     '<a href="https://contoh.co.id/kategori/politik/page/3/">Next</a>'),
    ("https://contoh.co.id/", '<a href="/?p=2">Next</a><a href="/2">2</a>'),
])
def test_no_next_page_when_none_leads_to_the_page_after(url, html):
    assert _next(html, url) is None


def test_a_load_more_button_leads_on_only_to_the_page_after():
    url = "https://contoh.co.id/indeks?date=2025-05-12"
    button = '<button class="btn-loadmore" data-url="/indeks?date=2025-05-12&page=2">Muat lebih banyak</button>'
    assert _next(button, url) == "https://contoh.co.id/indeks?date=2025-05-12&page=2"
    fragment = '<button class="btn-loadmore" data-url="/ajax/indeks?page=2">Muat lebih banyak</button>'
    assert _next(fragment, url) is None


def test_a_slider_next_control_leaves_the_pagination_to_be_found():
    url = "https://www.antaranews.com/terkini"
    html = ('<div class="slider"><a class="next" href="#">&rsaquo;</a><a class="next" href="javascript:void(0)">'
            '</a><a rel="next" href="https://www.antaranews.com/terkini">same page</a></div>'
            '<ul class="pagination"><li><a href="https://www.antaranews.com/terkini/2">2</a></li></ul>')
    assert _next(html, url) == "https://www.antaranews.com/terkini/2"


def test_a_calendar_day_is_no_next_page_and_a_daily_index_pages_on():
    calendar = '<table id="wp-calendar"><td><a href="https://contoh.co.id/2019/05/13/">13</a></td></table>'
    assert _next(calendar, "https://contoh.co.id/2019/05/12/") is None
    # ANTARA's daily index of 2012-2022: `/indeks/<dd-mm-yyyy>/<page>`
    index = '<a href="https://www.antaranews.com/indeks/12-05-2019/2">2</a>'
    assert _next(index, "https://www.antaranews.com/indeks/12-05-2019") == "https://www.antaranews.com/indeks/12-05-2019/2"


def test_unreadable_link_targets_are_left_out():
    html = '<a href="http://[bad">Next</a><a href="/a">a</a><a class="next" href="http://[x"></a><b data-url="http://[y"></b>'
    assert listing_links(html, "https://contoh.co.id/berita") == (["https://contoh.co.id/a"], None)


def test_tracking_parameters_do_not_make_another_listing():
    assert _next('<a href="/indeks?page=2">2</a>', "https://contoh.co.id/indeks?utm_source=menu") == \
        "https://contoh.co.id/indeks?page=2"


@pytest.mark.parametrize(("url", "html", "expected"), [
    # a day's index counted by its first item (15 a page; the first page's offset is 0)
    ("https://index.okezone.com/bydate/index/2019/09/10/0/",
     '<a href="https://index.okezone.com/bydate/index/2019/09/10/15/">Next</a>',
     "https://index.okezone.com/bydate/index/2019/09/10/15/"),
    ("https://news.okezone.com/indeks/2021/11/17",  # 10 a page, the first page without its 0
     '<a href="https://news.okezone.com/indeks/2021/11/17/10">&raquo;</a>',
     "https://news.okezone.com/indeks/2021/11/17/10"),
    ("https://news.okezone.com/indeks/2021/11/17/10",
     '<a href="/indeks/2021/11/17/0">&laquo;</a><a href="/indeks/2021/11/17/20">Next</a>',
     "https://news.okezone.com/indeks/2021/11/17/20"),
    # an offset parameter, the listing's other parameters kept
    ("https://contoh.co.id/?p=users", '<a href="?p=users&start=25">Next page &raquo;</a>',
     "https://contoh.co.id/?p=users&start=25"),
    ("https://contoh.co.id/?p=users&start=25",
     '<a href="?p=users&start=0">&laquo; Previous page</a><a href="?p=users&start=50">Next page &raquo;</a>',
     "https://contoh.co.id/?p=users&start=50"),
])
def test_a_next_control_leads_on_to_a_larger_offset(url, html, expected):
    assert _next(html, url) == expected


@pytest.mark.parametrize(("url", "html", "expected"), [
    # Joomla's numbered pagination without a Next control: the nearest larger offset is the next page
    ("https://contoh.co.id/jobseekers-search",
     '<a href="/jobseekers-search?start=40">3</a><a href="/jobseekers-search?start=20">2</a>',
     "https://contoh.co.id/jobseekers-search?start=20"),
    ("https://contoh.co.id/jobseekers-search?start=20",
     '<a href="/jobseekers-search">1</a><a href="/jobseekers-search?start=60">4</a><a href="/jobseekers-search?start=40">3</a>',
     "https://contoh.co.id/jobseekers-search?start=40"),
    ("https://news.okezone.com/indeks/2021/11/17",
     '<a href="/indeks/2021/11/17/20">3</a><a href="/indeks/2021/11/17/10">2</a>', "https://news.okezone.com/indeks/2021/11/17/10"),
])
def test_numbered_links_of_a_listing_counted_by_offset(url, html, expected):
    assert _next(html, url) == expected


@pytest.mark.parametrize(("url", "html"), [
    ("https://contoh.co.id/indeks/2021/11/17",
     '<a href="https://contoh.co.id/indeks/2021/11/18">Berikutnya</a>'),  # the next day
    ("https://contoh.co.id/?p=users&start=50", '<a href="?p=users&start=25">Next page &raquo;</a>'),  # back
    ("https://contoh.co.id/?p=users&start=25", '<a href="?p=news&start=50">Next &raquo;</a>'),  # another listing
    ("https://contoh.co.id/indeks/2021/11/17",
     '<a href="https://contoh.co.id/indeks/2021/11/18">18</a>'),  # a calendar's day
])
def test_an_offset_leads_on_only_within_the_same_listing(url, html):
    assert _next(html, url) is None


_KONTAN = "https://www.kontan.co.id/search/indeks?kanal=&tanggal=05&bulan=08&tahun=2025&pos=indeks&per_page="


@pytest.mark.parametrize(("url", "html", "expected"), [
    # CodeIgniter's query-string pager counts items in `per_page` (Kontan's daily index: 20 a page, the first page's
    # `per_page=` empty)
    (_KONTAN, f'<a href="{_KONTAN}40">3</a><a href="{_KONTAN}20">2</a>', _KONTAN + "20"),
    (_KONTAN + "20", f'<a href="{_KONTAN}">1</a><a href="{_KONTAN}60">4</a><a href="{_KONTAN}40">3</a>', _KONTAN + "40"),
    (_KONTAN + "20", f'<a href="{_KONTAN}0">&laquo;</a><a href="{_KONTAN}40">&raquo;</a>', _KONTAN + "40"),
])
def test_codeigniter_per_page_counts_the_listing_by_offset(url, html, expected):
    assert _next(html, url) == expected


@pytest.mark.parametrize(("url", "html"), [
    (_KONTAN + "40", f'<a href="{_KONTAN}20">Selanjutnya</a>'),  # back
    (_KONTAN + "20", f'<a href="{_KONTAN.replace("tanggal=05", "tanggal=06")}40">3</a>'),  # another day's index
])
def test_codeigniter_per_page_leads_on_only_within_the_same_listing(url, html):
    assert _next(html, url) is None


def test_a_page_word_naming_the_listing_keeps_listings_apart():
    # `hal` routes an admin page (`?hal=person_list`) and `page` numbers it: another list's page 2 is no next page
    url = "https://contoh.co.id/index.php?hal=person_list&page=1"
    assert _next('<a href="index.php?hal=berita_list&page=2">Halaman Berikutnya</a>', url) is None
    assert _next('<a href="index.php?hal=person_list&page=2">Halaman Berikutnya</a>', url) == \
        "https://contoh.co.id/index.php?hal=person_list&page=2"


@pytest.mark.parametrize(("listing", "third"), [
    # a site whose listings end without a slash numbers its pages without one (Sitefinity's `/arkib-berita/berita`
    # and `/arkib-berita/berita/page/2`, WordPress with slash-less permalinks)
    ("https://www.rmp.gov.my/arkib-berita/berita", "https://www.rmp.gov.my/arkib-berita/berita/page/3"),
    ("https://www.rmp.gov.my/arkib-berita/berita/page/2", "https://www.rmp.gov.my/arkib-berita/berita/page/3"),
    ("https://www.4khd.com/page/2", "https://www.4khd.com/page/3"),
    # WordPress's usual permalinks end with one (`/category/berita/page/2/`), and the home page tells nothing
    ("https://www.roketkini.com/category/berita/", "https://www.roketkini.com/category/berita/page/3/"),
    ("https://www.roketkini.com/category/berita/page/2/", "https://www.roketkini.com/category/berita/page/3/"),
    ("https://www.4khd.com/", "https://www.4khd.com/page/3/"),
])
def test_a_listing_numbers_its_pages_in_its_own_slash_form(listing, third):
    pagination = Pagination(segment="page")
    assert pagination.page_url(listing, 3) == third
    assert pagination.number(third) == 3
    assert pagination.first_page(third) == pagination.first_page(listing)


@pytest.mark.parametrize(("url", "html", "expected"), [
    # CNBC Indonesia's daily index writes an empty filter (`&tipe=`) on its first page and leaves it off page 2
    ("https://www.cnbcindonesia.com/indeks?date=2019/01/02&tipe=",
     '<a href="https://www.cnbcindonesia.com/indeks?date=2019/01/02&page=2">2</a>',
     "https://www.cnbcindonesia.com/indeks?date=2019/01/02&page=2"),
    ("https://www.cnbcindonesia.com/indeks?date=2019/01/02",
     '<a href="https://www.cnbcindonesia.com/indeks?date=2019/01/02&tipe=&page=2">Next</a>',
     "https://www.cnbcindonesia.com/indeks?date=2019/01/02&tipe=&page=2"),
])
def test_an_empty_parameter_filters_nothing(url, html, expected):
    assert _next(html, url) == expected


def test_a_filled_parameter_still_names_another_listing():
    url = "https://www.cnbcindonesia.com/indeks?date=2019/01/02&tipe="
    assert _next('<a href="https://www.cnbcindonesia.com/indeks?date=2019/01/02&tipe=foto&page=2">2</a>', url) is None


# A listing's absolute links skip `urljoin` when it would give them back unchanged: where it would not (an empty
# query, fragment or parameters dropped, a scheme in capitals, a tab, a broken IPv6 host) the result is still its.
@pytest.mark.parametrize("href", [
    "https://minanews.net/id/satu", "http://h/p?", "http://h/p#", "http://h/p;", "http://h/p;?q=1", "http://h/p?#f",
    "HTTP://h/p", "http://h/a\tb", "http://[bad/p", "http://h]/p", "http:///p", "https://h/p?q=1#f", "http://h/p/./q",
    "https://h:8080/%d9%85?a=b&c=d#x",
])
def test_absolute_links_read_as_urljoin_reads_them(href):
    base = "http://127.0.0.1:8000/id/category/palestina/"
    try:
        expected = urljoin(base, href)
    except ValueError:
        expected = None
    links, _ = listing_links(f'<html><body><a href="{href}">x</a></body></html>', base)
    assert links == ([expected] if expected else [])
