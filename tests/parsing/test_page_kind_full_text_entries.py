"""A listing printing its entries in full (a blog's home, label or archive page; a theme's archive): the text block
is one of several entries alike, each a title link and a whole text. Article pages stay articles."""

from __future__ import annotations

import pytest

from crawler.parsing.page_kind import read_page

# Stored text of three Blogger posts (sinnalight.blogspot.com, nurterbit.blogspot.com, riskiringan) and of
# ANTARA stories on an aggregator's author page (xcloud.id/author/antaranews-com/page/227).
HBN = ["Dear All,<br>Sebagai newbie dalam dunia per-blog-an, saya dapet momen untuk pertama kali merasakan Hari "
       "Blogger Nasional yang kebetulan dirayakan pada hari ini, tanggal 27 Oktober....",
       "<b>Sejarah</b><br>Hari blogger nasional pertama kali dicetuskan pada tanggal 27 Oktober 2007, yahh..sekitar 8 "
       "tahun yang lalu oleh Bapak Muhammad Nuh pada tahun 2007 saat ia masih menjabat sebagai Menteri Komunikasi "
       "dan Informatika."]
HALO = ["Nopember 2008 lalu, atau sekitar hampir dua tahun lalu, blog ini saya bikin setelah tertarik pada sebuah buku "
        "yang mengulas bagaimana membuat blog sendiri. Eh, kebetulan beberapa hari kemudian digelar PESTA BLOGER 2008 "
        "di gedung BPPT Jl Jenderal Soedirman, Jakarta."]
TUJUAN = ["Akhirnya saya menetapkan tujuan ngeblog yang juga merupakan tagline blog ini \"tempat berbagi kenangan "
          "baik\". Kenapa harus kenangan dan harus baik? Kenangan berarti sesuatu yang telah dilakukan/dialami sendiri "
          "kemudian terus diingat."]
PRABOWO = ["Jakarta (ANTARA) – Presiden RI Prabowo Subianto menegaskan pemerintah telah bereaksi dan bergerak cepat "
           "dalam mengirimkan bantuan sejak awal bencana banjir bandang dan longsor terjadi di tiga provinsi, yakni "
           "Aceh, Sumatra Utara dan Sumatra Barat.",
           "Presiden menjelaskan bahwa pemerintah telah mengirimkan bantuan kepada korban melalui jalur darat dan udara."]
JASA_MARGA = ["Jakarta (ANTARA) – PT Jasa Marga (Persero) Tbk. mencatat sebanyak 309.437 kendaraan kembali ke wilayah "
              "Jakarta, Bogor, Tangerang dan Bekasi (Jabotabek) pada Libur Hari Natal 2024 yang jatuh pada periode "
              "Kamis-Jumat (26-27 Desember 2024)."]
HEAD = "<meta property='article:published_time' content='2015-10-27T10:00:00+07:00'>"


def blogger_post(title: str, date: str, lines: list[str], url: str, *, linked: bool = True) -> str:
    heading = f"<a href='{url}'>{title}</a>" if linked else title
    return (f"<div class='date-outer'><h2 class='date-header'><span>{date}</span></h2><div class='date-posts'>"
            f"<div class='post-outer'><div class='post hentry' itemprop='blogPost' itemscope='itemscope' "
            f"itemtype='http://schema.org/BlogPosting'><h3 class='post-title entry-title'>{heading}</h3>"
            f"<div class='post-body entry-content' id='post-body-1' itemprop='description articleBody'>"
            f"{'<br><br>'.join(lines)}</div><div class='post-footer'>Diposting oleh admin di "
            f"<a class='timestamp-link' href='{url}'><abbr class='published' title='2015-10-27T10:00:00+07:00'>10.00"
            f"</abbr></a></div></div></div></div></div>")


def page(title: str, main: str, body_class: str = "") -> str:
    opening = f'<body class="{body_class}">' if body_class else "<body>"
    return (f"<html><head><title>{title}</title>{HEAD}</head>{opening}<div class='header'><h1><a href='/'>Light After "
            f"Darkness</a></h1></div><div class='blog-posts hfeed'>{main}</div><div class='sidebar'><h2>Label</h2>"
            f"<a href='/search/label/Blog'>Blog</a></div></body></html>")


POSTS = [("Hari Blogger Nasional...", "Selasa, 27 Oktober 2015", HBN, "http://sinnalight.blogspot.com/2015/10/hbn.html"),
         ("Tujuan Ngeblog", "Monday, 1 December 2014", TUJUAN, "http://riskiringan.blogspot.com/2014/12/tujuan.html"),
         ("Halo", "Sabtu, 13 Maret 2010", HALO, "https://nurterbit.blogspot.com/2010/03/halo.html")]


@pytest.mark.parametrize("url, count", [("http://sinnalight.blogspot.com/search/label/Blog", 3),
                                        ("http://sinnalight.blogspot.com/", 2),
                                        ("http://sinnalight.blogspot.com/2015/10/", 2)])
def test_a_blog_page_of_full_posts_is_a_listing(url, count):
    html = page("Light After Darkness", "".join(blogger_post(*post) for post in POSTS[:count]))
    kind = read_page(html, url)[1]
    assert kind.kind == "listing" and kind.reason == "full-text entries"


@pytest.mark.parametrize("linked", [False, True])  # some themes link a post's title to itself
def test_a_blog_post_page_is_an_article(linked):
    title, date, lines, url = POSTS[0]
    html = page("Light After Darkness: Hari Blogger Nasional...", blogger_post(title, date, lines, url, linked=linked),
                "variant-indie")
    assert read_page(html, url)[1].is_article


def test_an_archive_of_full_stories_in_list_items_is_a_listing():
    # An aggregator's author page: `<li class="entry">` items, each a heading link and the story in full.
    items = "".join(f'<li class="entry"><h2><a href="https://xcloud.id/{n}/">{title}</a></h2><div class="text">'
                    + "".join(f"<p>{text}</p>" for text in lines) + "</div></li>"
                    for n, (title, lines) in enumerate([("Prabowo sebut pemerintah telah gerak cepat", PRABOWO),
                                                        ("Lebih dari 309 ribu kendaraan kembali ke Jabotabek",
                                                         JASA_MARGA)]))
    html = (f"<html><head><title>Author: Antaranews.com</title>{HEAD}<meta property='og:type' content='article'>"
            f"</head><body><h1>Author: Antaranews.com</h1><ul class='posts'>{items}</ul></body></html>")
    kind = read_page(html, "https://xcloud.id/author/antaranews-com/page/227")[1]
    assert kind.kind == "listing" and kind.reason == "full-text entries"


def test_wordpress_posts_of_an_archive_are_alike_whatever_their_ids_and_terms():
    entries = "".join(f'<article id="post-{9100 + n}" class="post-{9100 + n} post type-post hentry category-{term}">'
                      f'<h2 class="entry-title"><a href="https://xcloud.id/{n}/">{title}</a></h2>'
                      f'<div class="entry-content">' + "".join(f"<p>{text}</p>" for text in lines) + "</div></article>"
                      for n, (term, title, lines) in enumerate([("politik", "Prabowo sebut pemerintah gerak cepat", PRABOWO),
                                                                ("metro", "Lebih dari 309 ribu kendaraan", JASA_MARGA)]))
    html = f"<html><head><title>Politik</title>{HEAD}</head><body><main>{entries}</main></body></html>"
    assert read_page(html, "https://xcloud.id/page/2/")[1].kind == "listing"


@pytest.mark.parametrize("top_class, body_class", [
    ("read-top clearfix", "read-body clearfix"),  # parts of one article sharing a modifier
    ("col-md-8", "col-md-4"),  # layout columns
])
def test_parts_of_an_article_page_are_no_entries(top_class, body_class):
    # Kompas-like: the title block (a linked headline of the story, its date and photo caption) above the body,
    # and a body opening with a `Terkait` list: two blocks, each a link and then text, but no items of a list.
    caption = ("Penyidik Polres Lhokseumawe menyerahkan senjata AK 56 dan puluhan amunisi milik Komeng ke Kejaksaan "
               "Negeri Lhoksukon, Aceh Utara, Aceh, Rabu (4/11/2015).")
    top = (f'<div class="{top_class}"><h1><a href="/read/2015/11/04/1">Polres Lhokseumawe Serahkan Anggota Din Minimi '
           f"ke Kejaksaan</a></h1><p>Rabu, 4 November 2015 | 21:04 WIB</p><p>{caption}</p></div>")
    related = "".join(f'<li><a href="/read/{n}">Polisi buru kelompok bersenjata di Aceh nomor {n}</a></li>' for n in range(4))
    body = (f'<div class="{body_class}"><p>Terkait</p><ul>{related}</ul>'
            + "".join(f"<p>{text}</p>" for text in PRABOWO * 2) + "</div>")
    html = f"<html><head><title>t</title>{HEAD}</head><body><div class='wrap'>{top}{body}</div></body></html>"
    assert read_page(html, "https://regional.kompas.com/read/2015/11/04/1")[1].is_article
