"""canonicalize_url and article_root_url: one spelling per article, and no two articles merged."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crawler.parsing import canonicalize_url
from crawler.parsing.urls import article_root_url, page_number, same_site
from crawler.sites.mina import MINA

RULES = MINA.url_rules


@pytest.mark.parametrize(("url", "expected"), [
    # English edition: slash added, RSS tracking removed
    ("https://en.minanews.net/israeli-settlers-break-into-al-aqsa-mosque-2/?utm_source=rss&utm_medium=rss"
     "&utm_campaign=israeli-settlers-break-into-al-aqsa-mosque-2",
     "https://en.minanews.net/israeli-settlers-break-into-al-aqsa-mosque-2/"),
    ("https://en.minanews.net/hamas-islamic-jihad-hold-joint-meeting-gaza",
     "https://en.minanews.net/hamas-islamic-jihad-hold-joint-meeting-gaza/"),
    # Indonesian edition: no slash; scheme, www and case folded; fragment dropped
    ("HTTP://WWW.MinaNews.net/kantor-berita-islam-miraj-luncurkan-buku-3-tahun-mina/#comments",
     "https://minanews.net/kantor-berita-islam-miraj-luncurkan-buku-3-tahun-mina"),
    ("https://minanews.net:443/x?fbclid=abc&gclid=1&amp=1&share=facebook", "https://minanews.net/x"),
    # Arabic: percent-encoding normalized, shortlink parameter kept
    ("https://ar.minanews.net/%d9%8a%d8%b9%d9%82%d8%af", "https://ar.minanews.net/%d9%8a%d8%b9%d9%82%d8%af"),
    ("https://ar.minanews.net/يعقد", "https://ar.minanews.net/%d9%8a%d8%b9%d9%82%d8%af"),
    ("https://ar.minanews.net/?p=107142&utm_source=x", "https://ar.minanews.net/?p=107142"),
    # Detik's links name the box they were clicked in
    ("https://finance.detik.com/berita-ekonomi-bisnis/d-4978726/banjir-bantuan-ke-abang-ojol-bikin-iri?tag_from="
     "wp_cb_mostPopular_list&_ga=2.1325556.49950026.1586937680-1436476098.1555549582&referer=https://www.detik.com/",
     "https://finance.detik.com/berita-ekonomi-bisnis/d-4978726/banjir-bantuan-ke-abang-ojol-bikin-iri"),
    ("https://oto.detik.com/catatan-pengendara-mobil/d-5336846/gaib-mobil-tesla-bisa-melihat-hantu-di-kuburan"
     "?tag_from=wp_beritautama",
     "https://oto.detik.com/catatan-pengendara-mobil/d-5336846/gaib-mobil-tesla-bisa-melihat-hantu-di-kuburan"),
    # Blogger's mobile or desktop view of one post; a WordPress month archive keeps its `m`
    ("http://cupcakesbucket.blogspot.com/2016/05/kejadian-heboh-di-tahun-2015.html?m=0",
     "http://cupcakesbucket.blogspot.com/2016/05/kejadian-heboh-di-tahun-2015.html"),
    ("http://cupcakesbucket.blogspot.com/2016/05/kejadian-heboh-di-tahun-2015.html?m=1",
     "http://cupcakesbucket.blogspot.com/2016/05/kejadian-heboh-di-tahun-2015.html"),
    ("https://example.com/?m=201605", "https://example.com/?m=201605"),
    # real parameters stay, sorted
    ("https://minanews.net/?s=gaza&p=5", "https://minanews.net/?p=5&s=gaza"),
    # other hosts keep http and their port; the slash is kept as given
    ("http://127.0.0.1:8080/id/some-slug/?utm_medium=x", "http://127.0.0.1:8080/id/some-slug/"),
    ("http://example.com:80/a", "http://example.com/a"),
    # legacy host: https, .html never gets a slash
    ("http://www.mirajnews.com/2013/05/slug.html", "https://mirajnews.com/2013/05/slug.html"),
])
def test_canonical_spelling(url, expected):
    assert canonicalize_url(url, rules=RULES) == expected


def test_explicit_trailing_slash_rule():
    assert canonicalize_url("http://127.0.0.1:8080/en/slug", trailing_slash=True) == "http://127.0.0.1:8080/en/slug/"
    assert canonicalize_url("http://127.0.0.1:8080/id/slug/", trailing_slash=False) == "http://127.0.0.1:8080/id/slug"
    assert canonicalize_url("https://en.minanews.net/slug/", trailing_slash=False) == "https://en.minanews.net/slug"
    assert canonicalize_url("http://127.0.0.1:8080/", trailing_slash=False) == "http://127.0.0.1:8080/"


def test_numbered_slugs_are_different_articles():
    urls = ["https://en.minanews.net/israeli-settlers-storm-al-aqsa-mosque",
            "https://en.minanews.net/israeli-settlers-storm-al-aqsa-mosque-2",
            "https://en.minanews.net/israeli-settlers-storm-al-aqsa-mosque-3/"]
    assert len({article_root_url(url) for url in urls}) == 3


@pytest.mark.parametrize("urls", [
    # small CMS sites number their articles after a route word (CodeIgniter and Laravel templates' `/berita/detail/1`,
    # a news site's visitor log `news/berita/detail/1`, catlab.be's `/en/news/read/12/`): ids, not pages of one article
    ["https://desa.example.id/berita/detail/1", "https://desa.example.id/berita/detail/2",
     "https://desa.example.id/berita/detail/12", "https://desa.example.id/berita/detail"],
    ["http://www.catlab.be/en/news/read/12/", "http://www.catlab.be/en/news/read/13/", "http://www.catlab.be/en/news/read/"],
    ["https://example.co.id/berita/7", "https://example.co.id/berita/8", "https://example.co.id/berita"],
])
def test_a_number_after_a_route_word_is_an_article_of_its_own(urls):
    assert len({article_root_url(url) for url in urls}) == len(urls)
    assert {page_number(url) for url in urls} == {1}


@pytest.mark.parametrize(("url", "root", "page"), [
    ("https://minanews.net/sejarah-masjid/2", "https://minanews.net/sejarah-masjid", 2),
    ("https://en.minanews.net/history-of-al-aqsa/3/", "https://en.minanews.net/history-of-al-aqsa/", 3),
    ("https://minanews.net/sejarah-masjid", "https://minanews.net/sejarah-masjid", 1),
    # a one-word slug of a non-Latin title is percent-encoded: a slug still
    ("https://ar.minanews.net/%D8%A7%D9%84%D8%A3%D9%82%D8%B5%D9%89/2", "https://ar.minanews.net/%d8%a7%d9%84%d8%a3%d9%82%d8%b5%d9%89", 2),
    ("https://mirajnews.com/2013/05", "https://mirajnews.com/2013/05", 1),  # a date path is no page
    ("http://127.0.0.1:8080/id/some-story/2", "http://127.0.0.1:8080/id/some-story", 2),
    # Outlets that page by query (Kompas, Tribun): `page=1` names the first page too; other parameters stay.
    ("https://nasional.kompas.com/read/2016/02/16/14382361/Menteri.Yuddy?page=2",
     "https://nasional.kompas.com/read/2016/02/16/14382361/Menteri.Yuddy", 2),
    ("https://www.tribunnews.com/nasional/2024/02/12/tol?page=1", "https://tribunnews.com/nasional/2024/02/12/tol", 1),
    ("https://example.com/read/slug?src=home&page=3", "https://example.com/read/slug?src=home", 3),
    ("https://example.com/read/slug?page=all", "https://example.com/read/slug", 1),  # the whole article on one page
    ("https://example.com/read/slug?page=0", "https://example.com/read/slug?page=0", 1),  # no page
    ("https://example.com/read/slug?page=2&page=3", "https://example.com/read/slug?page=2&page=3", 1),
    # Detik's "show all" link: the whole article on one page; another value of the parameter names nothing known
    ("https://finance.detik.com/berita-ekonomi-bisnis/d-4978726/banjir-bantuan-ke-abang-ojol-bikin-iri?single=1",
     "https://finance.detik.com/berita-ekonomi-bisnis/d-4978726/banjir-bantuan-ke-abang-ojol-bikin-iri", 1),
    ("https://example.com/read/slug?id=5&single=1", "https://example.com/read/slug?id=5", 1),
    ("https://example.com/read/slug?single=2", "https://example.com/read/slug?single=2", 1),
    # Tempo's whole-article view, its switch written into the path; a path of the switch alone is no article's
    ("https://nasional.tempo.co/read/1197483/kesalahan-input-data-kpu-murni-human-error/full&view=ok",
     "https://nasional.tempo.co/read/1197483/kesalahan-input-data-kpu-murni-human-error", 1),
    ("https://bola.tempo.co/read/1361349/menang-telak-5-2-manchester-united-geser-chelsea-di-posisi-4/full&view=ok",
     "https://bola.tempo.co/read/1361349/menang-telak-5-2-manchester-united-geser-chelsea-di-posisi-4", 1),
    ("https://nasional.tempo.co/full&view=ok", "https://nasional.tempo.co/full&view=ok", 1),
    # Kumparan's whole article after its slug (`/full`) and its numbered parts; `full` after a route word or an id is
    # no view of an article
    ("https://kumparan.com/kumparannews/kominfo-google-sudah-daftar-pse-secara-manual-1yYfG1DYqpl/full",
     "https://kumparan.com/kumparannews/kominfo-google-sudah-daftar-pse-secara-manual-1yYfG1DYqpl", 1),
    ("https://kumparan.com/kumparanwoman/hari-kesehatan-mental-sedunia-kapan-kita-harus-ke-psikolog-ya-21MHGIRGj9e/2",
     "https://kumparan.com/kumparanwoman/hari-kesehatan-mental-sedunia-kapan-kita-harus-ke-psikolog-ya-21MHGIRGj9e", 2),
    ("https://example.com/read/slug/full", "https://example.com/read/slug/full", 1),
    ("https://example.com/items/123/full", "https://example.com/items/123/full", 1),
    # the AMP copy after the slug: Detik's (its pages' `rel="amphtml"`), WordPress's (opened from a tweet)
    ("https://news.detik.com/berita/d-6453785/polisi-soal-pistol-di-kasus-cekcok-pemobil-vs-pemotor-cuma-diperlihatkan/amp",
     "https://news.detik.com/berita/d-6453785/polisi-soal-pistol-di-kasus-cekcok-pemobil-vs-pemotor-cuma-diperlihatkan", 1),
    ("https://fivethirtyeight.com/features/are-you-hip-enough-to-be-square/amp/?__twitter_impression=true",
     "https://fivethirtyeight.com/features/are-you-hip-enough-to-be-square/", 1),
    ("https://www.viva.co.id/amp/berita", "https://viva.co.id/amp/berita", 1),  # an AMP listing: no slug before
    ("https://example.com/berita/amp", "https://example.com/berita/amp", 1),
])
def test_pages_of_one_article_share_the_root(url, root, page):
    assert article_root_url(url) == root
    assert page_number(url) == page


def test_same_site():
    assert same_site("https://en.minanews.net/a", "https://minanews.net/b")
    assert same_site("https://www.mirajnews.com/a", "https://minanews.net/b", rules=RULES)
    assert not same_site("https://www.mirajnews.com/a", "https://minanews.net/b")  # no rules: two families
    assert same_site("http://127.0.0.1:8080/a", "http://127.0.0.1:8080/b")
    assert not same_site("https://facebook.com/a", "https://minanews.net/b")
    assert not same_site("http://127.0.0.2/a", "http://127.0.0.1/b")


@pytest.mark.parametrize("junk", ["", "not a url", "http://", "http://[::1", "mailto:x@y", "//minanews.net/x"])
def test_junk_comes_back_without_error(junk):
    assert isinstance(canonicalize_url(junk), str)
    assert isinstance(article_root_url(junk), str)


@given(st.text(max_size=200))
def test_total_and_idempotent(text):
    url = "https://minanews.net/" + text
    once = canonicalize_url(url, rules=RULES)
    assert canonicalize_url(once, rules=RULES) == once


def test_second_level_registries_are_not_one_family():
    assert not same_site("https://news.detik.co.id/a", "https://kompas.co.id/b")
    assert same_site("https://news.detik.co.id/a", "https://detik.co.id/b")


@pytest.mark.parametrize(("url", "root"), [
    # Kompas's box and recommendation parameters, disallowed in its robots.txt as copies
    ("https://nasional.kompas.com/read/2025/12/24/21341311/update-bnpb-17-jasad-ditemukan-korban-tewas-banjir-sumatera-"
     "menjadi-1129?source=headline",
     "https://nasional.kompas.com/read/2025/12/24/21341311/update-bnpb-17-jasad-ditemukan-korban-tewas-banjir-sumatera-"
     "menjadi-1129"),
    ("https://nasional.kompas.com/read/2021/04/14/07011481/kejar-aset-obligor-blbi?jxrecoid=a1b2",
     "https://nasional.kompas.com/read/2021/04/14/07011481/kejar-aset-obligor-blbi"),
    # Detik's desktop view (`*?device=desktop` in its robots.txt)
    ("https://news.detik.com/berita/d-4099577/kwik-mengaku-tak-berdaya?device=desktop",
     "https://news.detik.com/berita/d-4099577/kwik-mengaku-tak-berdaya"),
    # a recommendation box's and Facebook's app's marks
    ("https://www.straitstimes.com/world/united-states/hes-a-total-disgrace-trump-defends-firing-us-intel-watchdog-atkinson"
     "?cx_testId=20&cx_testVariant=cx_4&cx_artPos=0#cxrecs_s",
     "https://straitstimes.com/world/united-states/hes-a-total-disgrace-trump-defends-firing-us-intel-watchdog-atkinson"),
    ("https://www.redacted.com/redacted/2023/06/01/page-of-article.html?cx_testId=40&cx_testVariant=cx_8&cx_artPos=4"
     "&mibextid=Zxz2cZ&cxrecs_s=5", "https://redacted.com/redacted/2023/06/01/page-of-article.html"),
    # Facebook's comments plugin's link to a comment (`/*?fb_comment_id=` in Merdeka's robots.txt); the plugin's
    # other marks are real parameters elsewhere and stay
    ("https://reactjs.net/bundling/webpack.html?fb_comment_id=1818032604981502_1955772601207501",
     "https://reactjs.net/bundling/webpack.html"),
    ("http://davidaventimiglia.com/carnd_behavioral_cloning_part1.html?fb_comment_id=1429370707086975_1432730663417646"
     "&comment_id=1432702413420471#f2752653e047148",
     "http://davidaventimiglia.com/carnd_behavioral_cloning_part1.html?comment_id=1432702413420471"),
    # Google One Tap's sign-in mark on Kompas's links, with or without another parameter kept
    ("https://money.kompas.com/read/2024/10/04/203606126/sri-mulyani-anggap-deflasi-5-bulan-berturut-turut-berdampak-"
     "positif?lgn_method=google&google_btn=onetap",
     "https://money.kompas.com/read/2024/10/04/203606126/sri-mulyani-anggap-deflasi-5-bulan-berturut-turut-berdampak-positif"),
    ("https://www.kompas.com/edu/read/2024/10/06/132924471/sosok-hana?page=2&lgn_method=google&google_btn=onetap",
     "https://kompas.com/edu/read/2024/10/06/132924471/sosok-hana"),
    # the AMP cache viewer's parameters (and the AMP copy's leading `/amp/`: the article)
    ("https://sumsel.tribunnews.com/amp/2020/05/14/pertanyaan-dan-tantangan-truth-or-dare?amp_js_v=a6&amp_gsa=1"
     "&usqp=mq331AQHKAFQArABIA%3D%3D",
     "https://sumsel.tribunnews.com/2020/05/14/pertanyaan-dan-tantangan-truth-or-dare"),
    # `&amp;` escaped once too often: the `amp;` before each name goes, the parameter is read for what it is
    ("https://www.codacy.com/app/ProJSLib/jsbits?utm_source=github.com&amp;utm_medium=referral&amp;utm_content=x",
     "https://codacy.com/app/ProJSLib/jsbits"),
    ("https://www.tribunnews.com/nasional/2024/02/12/tol?utm_source=x&amp;page=2", "https://tribunnews.com/nasional/2024/02/12/tol"),
    ("https://contoh.co.id/read.php?id=1&amp;amp;cat=2", "https://contoh.co.id/read.php?cat=2&id=1"),
    # Detik's most-popular box names itself in `mtype`, with or without the box's name, alone or with `_ga`
    ("https://news.detik.com/berita/d-5860975/waspada-varian-omicron-ini-9-saran-epidemiolog-untuk-pemerintah?mtype=mpt",
     "https://news.detik.com/berita/d-5860975/waspada-varian-omicron-ini-9-saran-epidemiolog-untuk-pemerintah"),
    ("https://news.detik.com/berita/d-5860873/data-lengkap-corona-ri-18-desember?mtype=mpt&_ga=2.20242616.1646558918",
     "https://news.detik.com/berita/d-5860873/data-lengkap-corona-ri-18-desember"),
    ("https://sport.detik.com/sepakbola/liga-indonesia/d-7264971/suramnya-vietnam?mtype=mpt.ctr-boxccxmpcxmp-modelB",
     "https://sport.detik.com/sepakbola/liga-indonesia/d-7264971/suramnya-vietnam"),
])
def test_tracking_views_and_escaping_leftovers_are_one_article(url, root):
    assert article_root_url(url) == root


def test_escaping_leftovers_never_fold_two_articles():
    assert article_root_url("https://contoh.co.id/read.php?cat=2&amp;id=1") != \
        article_root_url("https://contoh.co.id/read.php?cat=2&amp;id=2")
    assert canonicalize_url("https://www.cnnindonesia.com/embed/video/699019?smartautoplay=false&mute=true") == \
        "https://cnnindonesia.com/embed/video/699019?mute=true&smartautoplay=false"
    assert canonicalize_url("https://example.com/?device=tablet") == "https://example.com/?device=tablet"
    # `mtype` is a real parameter elsewhere: only a box's value goes
    assert canonicalize_url("http://www16.zzu.edu.cn/msgs/vmsgisapi.dll/vmsglist?mtype=x&lan=205") == \
        "http://www16.zzu.edu.cn/msgs/vmsgisapi.dll/vmsglist?lan=205&mtype=x"
    assert canonicalize_url("https://contoh.co.id/daftar?mtype=mptx") == "https://contoh.co.id/daftar?mtype=mptx"


@pytest.mark.parametrize(("url", "root", "page"), [
    # Sindonews pages by `showpage` (and by path), Poskota and Beritasatu by `view`; `all` is the whole article
    ("https://edukasi.sindonews.com/read/1069865/212/ini-perbedaan-signifikan-sekolah-negeri-dan-sekolah-swasta-1681193078"
     "?showpage=all",
     "https://edukasi.sindonews.com/read/1069865/212/ini-perbedaan-signifikan-sekolah-negeri-dan-sekolah-swasta-1681193078", 1),
    ("https://nasional.sindonews.com/read/605429/15/entaskan-stunting-1637424700?showpage=2",
     "https://nasional.sindonews.com/read/605429/15/entaskan-stunting-1637424700", 2),
    ("https://nasional.sindonews.com/read/605429/15/entaskan-stunting-1637424700/3",
     "https://nasional.sindonews.com/read/605429/15/entaskan-stunting-1637424700", 3),
    ("https://www.poskota.co.id/berita/2024/05/12/judul-berita?view=2", "https://poskota.co.id/berita/2024/05/12/judul-berita", 2),
    ("https://www.beritasatu.com/nasional/2802233/judul/?view=all", "https://beritasatu.com/nasional/2802233/judul/", 1),
    # Kompas's whole article with the page it was scrolled to
    ("https://yogyakarta.kompas.com/read/2023/11/05/195150778/arane-wektu?page=all#page2",
     "https://yogyakarta.kompas.com/read/2023/11/05/195150778/arane-wektu", 1),
    # `view` with another value is no page: a print view, a Joomla route
    ("https://contoh.co.id/berita/judul?view=print", "https://contoh.co.id/berita/judul?view=print", 1),
    ("https://contoh.co.id/index.php?option=com_content&view=article&id=12",
     "https://contoh.co.id/index.php?id=12&option=com_content&view=article", 1),
])
def test_pages_named_by_showpage_and_view(url, root, page):
    assert article_root_url(url) == root
    assert page_number(url) == page
