"""Generic extraction (no site profile) on small made-up pages in the shapes of Indonesian outlets' article
templates: where each prints its headline, byline, time, dateline and closing lines, between a popular list
whose times are other articles'."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

PARAGRAPHS = ["Presiden Joko Widodo meresmikan jalan tol baru yang menghubungkan dua provinsi pada Senin pagi.",
              "Menurut dia, jalan tol itu akan memangkas waktu tempuh hingga dua jam bagi para pengguna jalan.",
              "Warga setempat menyambut baik peresmian itu karena akan mendorong kegiatan ekonomi di daerah mereka."]
REST = "".join(f"<p>{text}</p>" for text in PARAGRAPHS[1:])
POPULAR = "<div class='popular'><h3>Terpopuler</h3><ul>" + "".join(
    f"<li><a href='/read/{n}'>Berita populer nomor {n} hari ini</a><span>Minggu, 11 Februari 2024 0{n}:00 WIB</span></li>"
    for n in range(1, 6)) + "</ul></div>"


def page(title: str, header: str, body: str) -> bytes:
    return (f"<html><head><title>{title}</title></head><body>{POPULAR}<div class='main'>{header}{body}</div>"
            f"{POPULAR}<div class='footer'><p>Copyright 2024 PT Media</p></div></body></html>").encode()


OUTLETS = {
    "tempo": ("https://nasional.tempo.co/read/1234567/presiden-resmikan-tol", page(
        "Presiden Resmikan Tol - Nasional Tempo.co",
        "<h1 itemprop='headline'>Presiden Resmikan Tol</h1><span class='reporter'>Reporter: <a href='/a'>Budi Santoso</a>"
        "</span><p class='date'>Senin, 12 Februari 2024 10:15 WIB</p>",
        f"<div itemprop='articleBody'><p><strong>TEMPO.CO</strong>, <strong>Jakarta</strong> - {PARAGRAPHS[0]}</p>{REST}"
        "<p>Pilihan Editor: Berita lain yang dipilih redaksi</p></div>"), ("Jakarta", None)),
    "tribun": ("https://www.tribunnews.com/nasional/2024/02/12/presiden-resmikan-tol", page(
        "Presiden Resmikan Tol - Tribunnews.com",
        "<h1 id='arttitle'>Presiden Resmikan Tol</h1><time>Senin, 12 Februari 2024 10:15 WIB</time>",
        "<div class='side-article txt-article'><p><strong>Laporan Wartawan Tribunnews.com, Budi Santoso</strong></p>"
        f"<p><strong>TRIBUNNEWS.COM, JAKARTA</strong> - {PARAGRAPHS[0]}</p>{REST}"
        "<p>Artikel ini telah tayang di Tribunnews.com dengan judul Presiden Resmikan Tol</p></div>"), ("JAKARTA", None)),
    "okezone": ("https://nasional.okezone.com/read/2024/02/12/337/1234567/presiden-resmikan-tol", page(
        "Presiden Resmikan Tol : Okezone Nasional",
        "<h1>Presiden Resmikan Tol</h1><div class='namerep'>Budi Santoso, <b>Okezone</b> · Senin 12 Februari 2024 "
        "10:15 WIB</div>",
        f"<div id='contentx'><p><strong>JAKARTA</strong> - {PARAGRAPHS[0]}</p>{REST}<p>(ful)</p></div>"), ("JAKARTA", "(ful)")),
    "cnn": ("https://www.cnnindonesia.com/nasional/20240212101500-20-1234567/presiden-resmikan-tol", page(
        "Presiden Resmikan Tol",
        "<h1 class='title'>Presiden Resmikan Tol</h1><div class='date'>CNN Indonesia | Senin, 12 Feb 2024 10:15 WIB</div>",
        f"<div class='detail-text'><p><strong>Jakarta, CNN Indonesia</strong> -- {PARAGRAPHS[0]}</p>{REST}"
        "<p>[Gambas:Video CNN]</p><p>(rds/agt)</p></div>"), ("Jakarta", "(rds/agt)")),
    "suara": ("https://www.suara.com/news/2024/02/12/101500/presiden-resmikan-tol", page(
        "Presiden Resmikan Tol",
        "<h1>Presiden Resmikan Tol</h1><div class='writer'><span>Budi Santoso</span></div>"
        "<span class='date'>Senin, 12 Februari 2024 | 10:15 WIB</span>",
        f"<article class='detail-content'><p><strong>Suara.com</strong> - {PARAGRAPHS[0]}</p>"
        f"<p>Baca Juga: Harga cabai naik</p>{REST}<p>Simak Video \"Tol baru\"</p></article>"), (None, None)),
}
AUTHORS = {"cnn": None}  # the time line names the outlet, not a person


@pytest.mark.parametrize("outlet", OUTLETS)
def test_outlet_shape(outlet):
    url, html, (place, signature) = OUTLETS[outlet]
    item = parse_article(html, url)
    assert item["title"] == "Presiden Resmikan Tol"
    assert item["published_at"] == "2024-02-12T10:15:00+07:00"  # not the popular list's times
    assert item["author"] == AUTHORS.get(outlet, "Budi Santoso")
    assert item["body"].split("\n\n") == PARAGRAPHS
    assert (item["dateline"] or {}).get("place") == place
    assert (item["signature"] or {}).get("raw") == signature


@pytest.mark.parametrize("crumbs_class", ["breadcrumb", "breadcome", "bread-crumbs", "crumbs"])
def test_breadcrumbs_however_the_theme_spells_their_class(crumbs_class):
    html = page("Presiden Resmikan Tol", f"<div class='{crumbs_class}'><a href='/'>Home</a> &gt; "
                "<a href='/kanal/news'>News</a> &gt; <a href='/kanal/news/nasional'>Nasional</a></div>"
                "<h1>Presiden Resmikan Tol</h1><div class='date'>Senin, 12 Februari 2024 10:15 WIB</div>",
                f"<div class='content-detail'><p>JAKARTA -- {PARAGRAPHS[0]}</p>{REST}</div>")
    item = parse_article(html, "https://www.example.co.id/berita/nasional/daerah/24/02/12/abc-presiden-resmikan-tol")
    assert (item["category"], item["category_path"]) == ("Nasional", ["news", "nasional"])


@pytest.mark.parametrize(("line", "author"), [
    ("Nasional | Senin, 12 Februari 2024 10:15 WIB", None),
    ("Berita Terkini Senin, 12 Februari 2024 10:15 WIB", None),
    ("Ekonomi &amp; Bisnis - Senin, 12 Februari 2024 10:15 WIB", None),
    ("Admin | Senin, 12 Februari 2024 10:15 WIB", None),
    ("Tim detikcom - Senin, 12 Februari 2024 10:15 WIB", None),  # the outlet's team names no writer
    ("Budi Santoso - Senin, 12 Februari 2024 10:15 WIB", "Budi Santoso"),
])
def test_a_section_name_before_the_header_time_is_no_author(line, author):
    html = page("Presiden Resmikan Tol", f"<h1>Presiden Resmikan Tol</h1><div class='meta'>{line}</div>",
                f"<div class='content-detail'><p>JAKARTA - {PARAGRAPHS[0]}</p>{REST}</div>")
    item = parse_article(html, "https://www.example.co.id/nasional/2024/02/12/presiden-resmikan-tol")
    assert (item["author"], item["published_at"]) == (author, "2024-02-12T10:15:00+07:00")


def test_tag_lists_of_the_article_not_of_the_page():
    trending = ("<div class='trending-tags'><h3>Trending Tag</h3><a href='/tag/banjir'>#Banjir</a>"
                "<a href='/tag/pemilu'>#Pemilu</a></div>")
    html = page("Presiden Resmikan Tol", f"{trending}<h1>Presiden Resmikan Tol</h1>"
                "<div class='date'>Senin, 12 Februari 2024 10:15 WIB</div>",
                f"<div class='content-detail'><p>JAKARTA - {PARAGRAPHS[0]}</p>{REST}</div>"
                "<div class='tag-box'><a href='/tag/jalan-tol'>#Jalan Tol</a><a href='/tag/jokowi'>Jokowi</a></div>"
                f"<aside><div class='tags'><a href='/tag/cuaca'>Cuaca</a></div></aside>{trending}"
                "<div class='widget_tag_cloud'><a href='/tag/bola'>Bola</a></div>")
    item = parse_article(html, "https://www.example.co.id/nasional/2024/02/12/presiden-resmikan-tol")
    assert item["tags"] == ["Jalan Tol", "Jokowi"]


def test_a_site_name_written_as_the_whole_page_title_names_the_outlet():
    """Okezone 2015: `og:site_name` holds `<headline> :: Okezone News`."""
    html = page("Presiden Resmikan Tol :: Okezone News", "<h1>Presiden Resmikan Tol</h1><div class='date'>Senin, 12 "
                "Februari 2024 10:15 WIB</div>", f"<div class='content-detail'><p>{PARAGRAPHS[0]}</p>{REST}</div>")
    html = html.replace(b"</title>", b"</title><meta property='og:site_name' content='Presiden Resmikan Tol :: Okezone "
                                     b"News'>")
    assert parse_article(html, "https://news.example.com/read/2024/02/12/1/presiden-resmikan-tol")["agency"] == "Okezone News"


def test_a_crumb_leading_nowhere_is_no_category():
    """Detik's long reads: `About The Game / <a href="#">Detail Berita</a>`, the section a prefix of the article's path."""
    crumbs = ("<div class='breadcrumb mainbread'><a href='https://www.example.co.id/nasional'>Nasional</a> / "
              "<a href='#' class='selected'>Detail Berita</a></div>")
    html = page("Presiden Resmikan Tol", f"{crumbs}<h1>Presiden Resmikan Tol</h1><div class='date'>Senin, 12 Februari "
                "2024 10:15 WIB</div>", f"<div class='content-detail'><p>JAKARTA - {PARAGRAPHS[0]}</p>{REST}</div>")
    item = parse_article(html, "https://www.example.co.id/nasional/insider/d-123/presiden-resmikan-tol")
    assert item["category"] == "Nasional"


def test_a_keyword_list_headed_by_its_own_hot_item_is_the_pages():
    """Merdeka 2015: the article's tags, then a `keyword-container` whose first item is `HOT SEARCH`."""
    after = ("<div class='found_tag_rel_det'><span>KUMPULAN BERITA</span><a href='/tag/j/jalan-tol/'># Jalan Tol</a>"
             "<a href='/tag/j/jokowi/'># Jokowi</a></div><div class='keyword-container'><ul><li class='hot-search'>"
             "HOT SEARCH</li><li class='keyword-item'><a href='/tag/b/banjir/'>Banjir</a></li><li class='keyword-item'>"
             "<a href='/peristiwa/harga-cabai.html'>Cabai</a></li></ul></div>")
    html = page("Presiden Resmikan Tol", "<h1>Presiden Resmikan Tol</h1><div class='date'>Senin, 12 Februari 2024 10:15 WIB"
                "</div>", f"<div class='content-detail'><p>JAKARTA - {PARAGRAPHS[0]}</p>{REST}</div>{after}")
    item = parse_article(html, "https://www.example.co.id/peristiwa/presiden-resmikan-tol.html")
    assert item["tags"] == ["Jalan Tol", "Jokowi"]


@pytest.mark.parametrize(("menu", "category"), [
    ("<a href='https://www.example.co.id/tekno'>Tekno &amp; Sains</a>", "Tekno & Sains"),  # the menu's name
    ("", "Tekno"),  # no link to the section: its slug
])
def test_a_category_class_of_the_page_names_its_section(menu, category):
    html = page("Presiden Resmikan Tol", f"<nav>{menu}</nav><h1>Presiden Resmikan Tol</h1>"
                "<div class='date'>Senin, 12 Februari 2024 10:15 WIB</div>",
                f"<div class='content-detail'><p>JAKARTA - {PARAGRAPHS[0]}</p>{REST}</div>")
    html = html.replace(b"<body>", b"<body class='articles show category-tekno'>")
    item = parse_article(html, "https://www.example.co.id/read/1234/presiden-resmikan-tol")
    assert (item["category"], item["category_path"]) == (category, ["tekno"])


@pytest.mark.parametrize("header", [
    "<div>Diperbarui: Senin, 12 Februari 2024 13:30 WIB</div><div>Diterbitkan: Senin, 12 Februari 2024 10:15 WIB</div>",
    "<div>Diterbitkan 12 Feb 2024, 10:15 WIB · Diperbarui 12 Feb 2024, 13:30 WIB</div>",
    "<div>Updated: 12 Feb 2024 13:30 WIB</div><div>Published: 12 Feb 2024 10:15 WIB</div>",
    "<div>Kompas.com - 12/02/2024, 10:15 WIB</div><div>Diperbarui 12/02/2024, 13:30 WIB</div>",
])
def test_a_header_s_update_time_is_the_modification_never_the_publication(header):
    html = page("Presiden Resmikan Tol", f"<h1>Presiden Resmikan Tol</h1><div class='read__time'>{header}</div>",
                f"<div class='content-detail'><p>JAKARTA - {PARAGRAPHS[0]}</p>{REST}</div>")
    item = parse_article(html, "https://www.example.co.id/nasional/2024/02/12/presiden-resmikan-tol")
    assert (item["author"], item["published_at"], item["modified_at"]) == (
        None, "2024-02-12T10:15:00+07:00", "2024-02-12T13:30:00+07:00")


def test_header_lines_inside_a_body_container_found_by_density():
    # Bare header `<div>`s beside the text: the densest container holds the headline and them.
    header = ("<div>Diperbarui: Senin, 12 Februari 2024 13:30 WIB</div>"
              "<div>Diterbitkan: Senin, 12 Februari 2024 10:15 WIB</div>")
    html = page("Presiden Resmikan Tol", f"<h1>Presiden Resmikan Tol</h1>{header}",
                f"<div class='content-detail'><p>JAKARTA - {PARAGRAPHS[0]}</p>{REST}</div>")
    item = parse_article(html, "https://www.example.co.id/nasional/2024/02/12/presiden-resmikan-tol")
    assert (item["published_at"], item["modified_at"]) == ("2024-02-12T10:15:00+07:00", "2024-02-12T13:30:00+07:00")
    assert item["body"].startswith(PARAGRAPHS[0]) and "Diterbitkan" not in item["body"]


@pytest.mark.parametrize("line", ["Kontributor Lhokseumawe, Budi Santoso", "Laporan Wartawan Tribunnews.com, Budi Santoso",
                                  "Koresponden Tempo, Budi Santoso"])
def test_a_reporter_line_in_the_header_names_the_author(line):
    html = page("Presiden Resmikan Tol", f"<h1>Presiden Resmikan Tol</h1><div class='read__time'><div>{line}</div>"
                "<div>Senin, 12 Februari 2024 10:15 WIB</div></div>",
                f"<div class='content-detail'><p>JAKARTA - {PARAGRAPHS[0]}</p>{REST}</div>")
    item = parse_article(html, "https://www.example.co.id/nasional/2024/02/12/presiden-resmikan-tol")
    assert item["author"] == "Budi Santoso"


def test_a_channel_heading_s_one_link_names_the_section():
    html = page("Presiden Resmikan Tol", "<h1 class='logo-channel'><a href='https://www.example.co.id/nasional'>Nasional</a>"
                "</h1><h1>Presiden Resmikan Tol</h1><div class='date'>Senin, 12 Februari 2024 10:15 WIB</div>",
                f"<div class='content-detail'><p>JAKARTA - {PARAGRAPHS[0]}</p>{REST}</div>"
                "<div class='kanal-list'><a href='/ekonomi'>Ekonomi</a><a href='/olahraga'>Olahraga</a></div>")
    item = parse_article(html, "https://www.example.co.id/read/2024/02/12/1234/presiden-resmikan-tol")
    assert (item["category"], item["category_path"]) == ("Nasional", ["nasional"])


@pytest.mark.parametrize(("url", "header", "author", "published"), [
    # Byline markup holding only the time: a weekday is no name (JPNN-like).
    ("https://www.jpnn.com/news/presiden-resmikan-tol",
     "<div class='page-author'>Senin, 12 Februari 2024 – 10:15 WIB</div>", None, "2024-02-12T10:15:00+07:00"),
    # Minified markup glues the name to the time (IDN Times-like): the visible time, its seconds from true UTC.
    ("https://www.idntimes.com/news/indonesia/budi-santoso/presiden-resmikan-tol",
     "<span class='author-name'>Budi Santoso</span><time datetime='2024-02-12T03:15:07.000Z'>12 Feb 2024, 10:15 WIB"
     "</time>", "Budi Santoso", "2024-02-12T10:15:07+07:00"),
    # The channel's name in the host's brand (kumparan-like) is no writer.
    ("https://kumparan.com/kumparannews/presiden-resmikan-tol-1abcdEFG",
     "<div><span>kumparanNEWS</span>\n<span>12 Februari 2024 10:15 WIB</span></div>", None, "2024-02-12T10:15:00+07:00"),
])
def test_header_markup_of_more_outlets(url, header, author, published):
    html = page("Presiden Resmikan Tol", f"<h1>Presiden Resmikan Tol</h1>{header}",
                f"<div class='content-detail'><p>{PARAGRAPHS[0]}</p>{REST}</div>")
    item = parse_article(html, url)
    assert (item["author"], item["published_at"]) == (author, published)


@pytest.mark.parametrize("picture", [
    # Detik's picture between paragraphs: a table cell holding a `pic` div, the image and its caption with a credit.
    "<table class='pic_artikel_sisip_table'><tr><td><div class='pic_artikel_sisip'><div class='pic'>"
    "<img src='/foto/tol.jpg' alt='Tol'>Jalan tol baru itu dilihat dari udara (ANTARA/Budi Santoso) Foto: ANTARA/Budi"
    "</div></div></td></tr></table>",
    "<div class='foto-sisip'><img src='/foto/tol.jpg'><span>Jalan tol baru itu dilihat dari udara</span></div>",
])
def test_a_picture_between_paragraphs_is_no_body_text(picture):
    html = page("Presiden Resmikan Tol", "<h1>Presiden Resmikan Tol</h1><div class='date'>Senin, 12 Februari 2024 10:15 WIB"
                "</div>", f"<div class='detail_text'><p>JAKARTA - {PARAGRAPHS[0]}</p>{picture}{REST}</div>")
    item = parse_article(html, "https://www.example.co.id/nasional/2024/02/12/presiden-resmikan-tol")
    assert item["body"].split("\n\n") == PARAGRAPHS


def test_a_reporter_line_beside_the_editor_s_under_the_body():
    # Tribun 2015: the credits after the body container, each label in a div of its own.
    html = page("Presiden Resmikan Tol - Tribunnews.com", "<h1>Presiden Resmikan Tol</h1><h3>Senin, 12 Februari 2024"
                " 10:15 WIB</h3>", f"<div class='side-article txt-article'><p><strong>TRIBUNNEWS.COM, JAKARTA</strong> -"
                f" {PARAGRAPHS[0]}</p>{REST}</div><div class='related'><a href='/tag/tol'>#Tol</a></div>"
                "<div class='f11 grey'><div>Penulis: Budi Santoso</div><div>Editor: Dewi Lestari</div></div>")
    item = parse_article(html, "https://www.tribunnews.com/nasional/2024/02/12/presiden-resmikan-tol")
    assert (item["author"], item["editor"]) == ("Budi Santoso", "Dewi Lestari")


def test_a_headline_broken_by_a_line_break_still_heads_the_header():
    # Jakarta Post 2015: `<br>` inside the headline; the byline's zoneless time under it is the article's.
    html = page("Presiden Resmikan Tol | The Jakarta Post", "<h1>Presiden Resmikan <br>Tol Baru <br></h1><div class='byline'>"
                "Budi Santoso, Jakarta | National | Mon, February 12 2024, 10:15 AM</div>",
                f"<div class='span-13'><p>{PARAGRAPHS[0]}</p>{REST}</div>")
    item = parse_article(html, "https://www.thejakartapost.com/news/2024/02/12/presiden-resmikan-tol.html")
    assert item["published_at"] == "2024-02-12T10:15:00+07:00"


def test_a_bulleted_link_list_under_a_read_also_heading_is_no_body_text():
    # Jakarta Post 2015: `Read also:` over a list whose items are a bullet and a link.
    html = page("Presiden Resmikan Tol", "<h1>Presiden Resmikan Tol</h1><div class='date'>Senin, 12 Februari 2024 10:15 WIB"
                "</div>", f"<div class='detail_text'><p>{PARAGRAPHS[0]}</p>{REST}<div>Read also:<ul><li><span>·</span> "
                "<a href='/news/2024/02/11/tol-lama'>Jalan tol lama ditutup sementara untuk perbaikan</a></li></ul></div></div>")
    item = parse_article(html, "https://www.example.co.id/nasional/2024/02/12/presiden-resmikan-tol")
    assert item["body"].split("\n\n") == PARAGRAPHS


def test_a_header_time_whose_clock_comes_before_its_date():
    # LINE Today 2019: `Diterbitkan 21.26, 13/04/2019` under the headline.
    html = page("Presiden Resmikan Tol", "<h2 class='news-title'>Presiden Resmikan Tol</h2><dl><dd class='publisher'>Kabar "
                "Kita</dd><dd class='date'>Diterbitkan 10.15, 12/02/2024</dd></dl>",
                f"<article class='news-content'><p>{PARAGRAPHS[0]}</p>{REST}</article>")
    item = parse_article(html, "https://today.example.com/id/article/presiden-resmikan-tol-abc123")
    assert item["published_at"] == "2024-02-12T10:15:00+07:00"


def test_an_aggregator_s_link_to_the_original_article_is_no_body_text():
    html = page("Presiden Resmikan Tol", "<h1>Presiden Resmikan Tol</h1><div class='date'>Senin, 12 Februari 2024 10:15 WIB"
                "</div>", f"<article class='news-content'><p>{PARAGRAPHS[0]}</p>{REST}<a href='https://www.example.co.id/"
                "read/1'>Artikel Asli <span class='ico-more'></span></a></article>")
    item = parse_article(html, "https://today.example.com/id/article/presiden-resmikan-tol-abc123")
    assert item["body"].split("\n\n") == PARAGRAPHS


def test_labels_kept_for_screen_readers_are_no_header_lines():
    # LINE Today 2019: each header field under a hidden `<dt class="blind">` label; the zoneless time is the fourth
    # line a reader sees under the headline.
    html = page("Presiden Resmikan Tol", "<h2 class='news-title'>Presiden Resmikan Tol</h2><dl><dt class='blind'>CP name</dt>"
                "<dd class='publisher'>Kabar Kita</dd><dt class='blind'>Reporter</dt><dd class='name'>Budi Santoso</dd>"
                "<dt class='blind'>Upload Date &amp; Time</dt><dd class='date'>Diterbitkan 10.15, 12/02/2024</dd></dl>",
                f"<article class='news-content'><p>{PARAGRAPHS[0]}</p>{REST}</article>")
    item = parse_article(html, "https://today.example.com/id/article/presiden-resmikan-tol-abc123")
    assert item["published_at"] == "2024-02-12T10:15:00+07:00"


def test_a_publisher_s_byline_joined_to_its_time_by_on_names_no_author():
    # The Jakarta Globe 2015: `By <a>Jakarta Globe</a> on 12:23 am Jun 19, 2015`, the site's name without its article.
    html = page("Presiden Resmikan Tol - The Kabar Globe", "<h1 class='entry-title'>Presiden Resmikan Tol</h1><div class="
                "'options'><div>By <a href='/author/kabar-globe/'>Kabar Globe</a> on 10:15 am Feb 12, 2024</div></div>",
                f"<div class='entry-content'><p>{PARAGRAPHS[0]}</p>{REST}</div>").replace(
        b"<title>", b"<meta property='og:site_name' content='The Kabar Globe'><title>")
    item = parse_article(html, "https://kabarglobe.example.com/news/presiden-resmikan-tol/")
    assert (item["author"], item["published_at"]) == (None, "2024-02-12T10:15:00+07:00")


def test_a_byline_joined_to_its_time_by_on_names_its_writer():
    html = page("Presiden Resmikan Tol", "<h1>Presiden Resmikan Tol</h1><div class='options'>By <a href='/author/budi/'>"
                "Budi Santoso</a> on 10:15 am Feb 12, 2024</div>", f"<div class='entry-content'><p>{PARAGRAPHS[0]}</p>{REST}</div>")
    assert parse_article(html, "https://kabarglobe.example.com/news/presiden-resmikan-tol/")["author"] == "Budi Santoso"


def test_an_in_read_ad_s_label_is_no_body_text():
    # The Jakarta Globe 2015: a video ad's slot between paragraphs, labelled `ADVERTISING`.
    html = page("Presiden Resmikan Tol", "<h1>Presiden Resmikan Tol</h1><div class='date'>Senin, 12 Februari 2024 10:15 WIB"
                "</div>", f"<div class='entry-content'><p>{PARAGRAPHS[0]}</p><div class='tt-wrapper inread'><div "
                f"class='tt-mention inread'>ADVERTISING</div><div class='tt-player'></div></div>{REST}</div>")
    item = parse_article(html, "https://www.example.co.id/nasional/2024/02/12/presiden-resmikan-tol")
    assert item["body"].split("\n\n") == PARAGRAPHS


def test_one_article_tag_meta_holding_every_tag():
    # An early Yoast (the Jakarta Globe 2015) joins the tags by commas in one `article:tag`.
    html = page("Presiden Resmikan Tol", "<h1>Presiden Resmikan Tol</h1><div class='date'>Senin, 12 Februari 2024 10:15 WIB"
                "</div>", f"<div class='entry-content'><p>{PARAGRAPHS[0]}</p>{REST}</div>").replace(
        b"<title>", b"<meta property='article:tag' content='Jalan Tol,Joko Widodo,Infrastruktur'><title>")
    item = parse_article(html, "https://www.example.co.id/nasional/2024/02/12/presiden-resmikan-tol")
    assert item["tags"] == ["Jalan Tol", "Joko Widodo", "Infrastruktur"]
