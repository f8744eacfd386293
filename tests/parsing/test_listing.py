from crawler.parsing.listing import listing_links

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
