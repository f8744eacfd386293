"""Generic extraction (no site profile) on small made-up pages in the shapes of real article pages: what their
headers, credits and side boxes print, and what each of those is."""

from __future__ import annotations

from crawler.parsing import parse_article

PARAGRAPHS = ["Kepala badan itu menjelaskan hasil pemutakhiran data gempa di kepulauan tersebut pada Jumat malam.",
              "Menurut dia, gempa itu diakibatkan oleh pergerakan sesar lokal yang berada di dekat pusat gempa.",
              "Warga diminta tetap tenang karena peringatan dini tsunami sudah dicabut beberapa jam kemudian."]
TEXT = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)


def aggregator_page(info: str) -> bytes:
    """An aggregator's article: the outlet it took the article from and the writer under the headline, each
    alone on its line with a label only screen readers see."""
    return ("<html><head><title>Gempa Diakibatkan Sesar Lokal | Kabar Hari Ini</title>"
            "<meta property='og:site_name' content='Kabar Hari Ini'></head><body><div class='article'><section>"
            f"<h2 class='news-title' itemprop='headline'>Gempa Diakibatkan Sesar Lokal</h2><dl class='news-info'>{info}"
            "<dt class='blind'>Upload Date</dt><dd class='date' itemprop='datePublished'>Diterbitkan 22.57, 12/04/2019</dd>"
            f"</dl></section><article class='news-content' itemprop='articleBody'>{TEXT}</article></div>"
            "<aside><h3>Populer</h3><ol><li><a href='/a/1'>Kabar lain yang banyak dibaca hari ini</a>"
            "<span class='media'>Portal Lain</span></li></ol></aside></body></html>").encode()


PUBLISHER = "<dt class='blind'>CP name</dt><dd class='publisher' itemprop='publisher'> Okezone.com </dd>"
WRITER = "<dt class='blind'>Reporter</dt><dd class='name' itemprop='author'> Harits Tryan Akhmad </dd>"


def test_an_aggregators_printed_publisher_is_the_articles_agency():
    item = parse_article(aggregator_page(PUBLISHER + WRITER), "https://kabar.example.com/article/gempa-abc123")
    assert item["agency"] == "Okezone"
    unknown = parse_article(aggregator_page("<dd class='publisher' itemprop='publisher'>Warta Desa</dd>"),
                            "https://kabar.example.com/article/gempa-abc123")
    assert unknown["agency"] == "Warta Desa"


def test_a_publisher_marked_up_as_an_organization_is_the_site_itself():
    organization = ("<div itemprop='publisher' itemscope itemtype='https://schema.org/Organization'>"
                    "<span itemprop='name'>Portal Lain</span></div>")
    item = parse_article(aggregator_page(organization + WRITER), "https://kabar.example.com/article/gempa-abc123")
    assert item["agency"] == "Kabar Hari Ini"


def test_a_name_alone_marked_as_the_author_is_the_byline():
    item = parse_article(aggregator_page(PUBLISHER + WRITER), "https://kabar.example.com/article/gempa-abc123")
    assert item["author"] == "Harits Tryan Akhmad"
    assert item["body"].startswith(PARAGRAPHS[0])


def credits_list_page(credits: str) -> bytes:
    """A byline in the header; under the body a credits list naming each role in an item of its own, the
    people in the items after it."""
    return ("<html><head><title>Wapres Blusukan dari Udara</title></head><body><article>"
            "<h1>Wapres Blusukan dari Udara</h1><div class='by'>By <span class='fn'>Silvanus Alvin</span> "
            "on 19 Jun 2015 at 06:43 WIB</div>"
            f"<div class='text-detail'>{TEXT}</div><div class='credits'><ul>{credits}</ul></div>"
            "</article></body></html>").encode()


def person(name: str) -> str:
    return f"<li><a href='/u/{name.split()[0].lower()}'><img src='/a.png' alt='avatar'><span class='name'>{name}</span></a></li>"


def test_the_editor_of_a_credits_list_of_roles():
    credits = ("<li class='role'><span>Author</span></li>" + person("Silvanus Alvin") + person("Hanz Jimenez Salim")
               + "<li class='role'><span>Editor</span></li>" + person("Mevi Linawati"))
    item = parse_article(credits_list_page(credits), "https://news.example.com/read/2254252/wapres-blusukan")
    assert item["editor"] == "Mevi Linawati"
    assert item["author"] == "Silvanus Alvin"
    # The editor's role first: the next role's item ends the editor's people.
    credits = ("<li class='role'><span>Editor</span></li>" + person("Mevi Linawati")
               + "<li class='role'><span>Author</span></li>" + person("Hanz Jimenez Salim"))
    item = parse_article(credits_list_page(credits), "https://news.example.com/read/2254252/wapres-blusukan")
    assert item["editor"] == "Mevi Linawati"


def test_an_editor_label_over_no_list_names_no_one():
    item = parse_article(credits_list_page("<li><span>Editor</span></li><li>12 Komentar</li>"),
                         "https://news.example.com/read/2254252/wapres-blusukan")
    assert item["editor"] is None


def sections_page(tag_list: str = "") -> bytes:
    """A channel's crumb, then a crumbs-named menu of the channel's sections (the current one unlinked, the index
    last), the article, and its tags under it."""
    menu = "".join(f"<li><a href='https://www.example.com/news/news-category/{slug}'>{slug.title()}</a></li>"
                   for slug in ("metropolitan", "internasional", "sport"))
    return ("<html><head><title>Polisi Kumpulkan Alat Bukti</title></head><body>"
            "<div class='breadcrumbs'><a href='https://www.example.com/news/'>News</a></div>"
            f"<div class='breadcrumbs-menu'><ul><li>Nasional</li>{menu}"
            "<li><a href='https://www.example.com/indeks/news'>Indeks</a></li></ul></div>"
            f"<article><h1>Polisi Kumpulkan Alat Bukti</h1><div class='contentDetail'>{TEXT}</div></article>"
            f"{tag_list}</body></html>").encode()


ARTICLE_URL = "https://www.example.com/news/2015/06/19/130605/polisi-kumpulkan-alat-bukti"


def test_a_crumbs_menu_of_sections_side_by_side_is_no_trail():
    item = parse_article(sections_page(), ARTICLE_URL)
    assert item["category"] == "News"


def test_a_tag_list_named_in_camel_case():
    tag_list = ("<div class='tagDetailList'><ul>"
                "<li><div class='tagList'><a href='https://www.example.com/tag/angeline'><h4># angeline</h4></a></div></li>"
                "<li><div class='tagList'><a href='https://www.example.com/tag/bali'><h4># bali</h4></a></div></li>"
                "</ul></div>")
    item = parse_article(sections_page(tag_list), ARTICLE_URL)
    assert item["tags"] == ["angeline", "bali"]


def test_a_trail_of_links_told_by_its_separators():
    html = ("<html><head><title>Kisah Penjaga Penjara</title></head><body><div id='nav-text'>"
            "<a href='/'>WARTA.COM</a> » <a href='/peristiwa/'>PERISTIWA</a></div>"
            f"<div id='body-detail'><h1>Kisah Penjaga Penjara</h1><div id='text'>{TEXT}</div></div></body></html>")
    item = parse_article(html.encode(), "https://www.example.com/peristiwa/kisah-penjaga-penjara.html")
    assert item["category"] == "PERISTIWA"
    menu = html.replace(" » ", " | ")  # a menu's bar, no trail
    assert parse_article(menu.encode(), "https://www.example.com/peristiwa/kisah-penjaga-penjara.html")["category"] is None


def test_a_channel_printed_over_the_headline_without_a_link():
    html = ("<html><head><title>Thailand Pastikan Ada MERS</title></head><body><nav><ul class='subkanal'>"
            "<li><a href='https://dunia.example.com/'>DUNIA</a></li><li><a href='https://bisnis.example.com/'>BISNIS</a>"
            "</li></ul></nav><article class='article-detail'><div class='upperdeck-kanal'> DUNIA </div>"
            f"<h1>Thailand Pastikan Ada MERS</h1><div class='isi'>{TEXT}</div></article></body></html>")
    item = parse_article(html.encode(), "https://dunia.example.com/news/read/640310-thailand-pastikan-ada-mers")
    assert item["category"] == "DUNIA"


def closing_credits_page(credits: str) -> bytes:
    """Tribun's network pages (2020): no writer printed, the metadata's person is the editor, whose credit line
    stands under the body beside the line naming the source."""
    return ("<html><head><title>Protokol Kesehatan 3M adalah Vaksin Terbaik - Tribun Solo</title>"
            "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": \"Protokol Kesehatan 3M\","
            " \"author\": {\"@type\": \"Person\", \"name\": \"Hanang Yuwono\"}}</script></head><body>"
            "<div id='article'><h1 id='arttitle'>Protokol Kesehatan 3M adalah Vaksin Terbaik</h1>"
            f"<div class='side-article txt-article'>{TEXT}</div><div class='side-article mb5'>"
            f"<div class='f12 grey mb15'>{credits}</div></div></div></body></html>").encode()


def test_the_editors_own_credit_line_names_the_editor_not_its_box():
    item = parse_article(closing_credits_page(
        "<div id='editor'>Editor: Hanang Yuwono</div>"
        "<div>Sumber: <a href='https://www.tribunnews.com'>Tribunnews.com</a></div>"),
        "https://solo.tribunnews.com/2020/10/09/protokol-kesehatan-3m")
    assert item["editor"] == "Hanang Yuwono"
    assert item["author"] is None  # the metadata's person is the printed editor: no writer is named
    reporter = parse_article(closing_credits_page("<div>Penulis: Adi Saputro</div><div>Editor: Hanang Yuwono</div>"),
                             "https://solo.tribunnews.com/2020/10/09/protokol-kesehatan-3m")
    assert (reporter["author"], reporter["editor"]) == ("Adi Saputro", "Hanang Yuwono")


def test_a_bulleted_link_to_another_story_in_the_body_is_a_related_insert():
    """Tribun (2020): `<p class="baca"><strong> &bull; <a>headline</a></strong></p>` between the paragraphs, its
    "Baca Juga" label printed by the style sheet: not article text."""
    insert = ("<p class='baca'><strong> &bull; <a href='https://solo.tribunnews.com/2020/10/09/pesan-nunung-setelah-"
              "sembuh'>Pesan Nunung Setelah Sembuh dari Covid-19 : Corona Bisa Diobati</a></strong></p>")
    elsewhere = "<p>&bull; <a href='https://www.who.int/news'>Pedoman WHO tentang masker</a></p>"
    html = closing_credits_page("<div>Editor: Hanang Yuwono</div>").replace(
        f"<p>{PARAGRAPHS[1]}</p>".encode(), f"{insert}<p>{PARAGRAPHS[1]}</p>{elsewhere}".encode())
    item = parse_article(html, "https://solo.tribunnews.com/2020/10/09/protokol-kesehatan-3m")
    assert item["body"].split("\n\n") == [PARAGRAPHS[0], PARAGRAPHS[1], "• Pedoman WHO tentang masker", PARAGRAPHS[2]]
    assert item["related"][0] == {"title": "Pesan Nunung Setelah Sembuh dari Covid-19 : Corona Bisa Diobati",
                                  "url": "https://solo.tribunnews.com/2020/10/09/pesan-nunung-setelah-sembuh"}


def test_links_to_tag_pages_after_the_body_are_the_articles_tags():
    """Tribun (2020): `Tags` over links to the site's tag pages in elements named for no tag list; a keyword of
    the body linked to its tag page, a header's trending tag and a sidebar's popular tags are not the article's."""
    tag = "<h5 class='tagcload3 tagcloud3'><a class='rd2' href='/tag/{}?url=2020/10/09/protokol'>{}</a></h5>"
    tags = "".join(tag.format(slug, name) for slug, name in (("eka-ginanjar", "Eka Ginanjar"),
                                                           ("vaksin-covid-19", "Vaksin Covid-19")))
    html = (b"<html><head><title>Protokol Kesehatan 3M</title></head><body>"
            b"<div class='trending'><a href='/tag/demo-uu-cipta-kerja'>#Demo UU Cipta Kerja</a></div><div id='article'>"
            b"<h1>Protokol Kesehatan 3M</h1><div class='txt-article'>" + TEXT.encode() +
            b"<p>Kata <a href='/tag/eka-ginanjar'>Eka Ginanjar</a> dalam keterangan tertulisnya.</p></div>"
            b"<div class='mb10'><div class='fbo2 grey'>Tags</div>" + tags.encode() + b"</div></div>"
            b"<div class='mb20'><h2>Tag Populer</h2><a href='/tag/kami'># KAMI</a></div></body></html>")
    item = parse_article(html, "https://solo.tribunnews.com/2020/10/09/protokol")
    assert item["tags"] == ["Eka Ginanjar", "Vaksin Covid-19"]
    sidebar_only = (b"<html><head><title>Protokol Kesehatan 3M</title></head><body><div class='row'><div class='col-8'>"
                    b"<div id='article'><h1>Protokol Kesehatan 3M</h1><div class='txt-article'>" + TEXT.encode() +
                    b"</div></div></div><div class='col-4'><h2>Tag Populer</h2><a href='/tag/kami'># KAMI</a>"
                    b"<a href='/tag/sby'># SBY</a></div></div></body></html>")
    assert parse_article(sidebar_only, "https://solo.tribunnews.com/2020/10/09/protokol")["tags"] == []


def blog_page(author: str) -> bytes:
    """A news blog on Blogger (Gelora, 2020): the theme's author box, the label's breadcrumb."""
    return ("<html><head><title>Sri Mulyani Minta MK Tolak Uji Materi</title>"
            "<meta content='Gelora News' property='og:site_name'/></head><body><div class='post hentry'>"
            "<div class='breadcrumbs'><span><a href='https://www.gelora.co/'>HOME </a> |</span> <span>"
            "<a href='https://www.gelora.co/search/label/EKBIS?max-results=15'>EKBIS</a> | </span></div>"
            "<h1 class='post-title entry-title'>Sri Mulyani Minta MK Tolak Uji Materi</h1><div class='postmeta'>"
            "<span class='post-author vcard'><span class='fn author'><a href='https://www.instagram.com/x' rel='author'>"
            f"<span itemprop='name'>{author}</span></a></span></span><abbr class='updated' "
            "title='2020-10-09T10:10:00+07:00'>9 Oktober 2020</abbr></div>"
            f"<div class='post-body entry-content'>{TEXT}</div></div></body></html>").encode()


def test_a_blogs_author_box_naming_the_sites_own_account_names_no_writer():
    url = "https://www.gelora.co/2020/10/sri-mulyani-minta-mk-tolak-uji-materi.html"
    assert parse_article(blog_page("@geloranews"), url)["author"] is None
    assert parse_article(blog_page("Rizky Ramadhan"), url)["author"] == "Rizky Ramadhan"


def test_a_blogger_labels_link_is_the_section():
    item = parse_article(blog_page("@geloranews"), "https://www.gelora.co/2020/10/sri-mulyani-minta-mk-tolak.html")
    assert (item["category"], item["category_path"]) == ("EKBIS", ["EKBIS"])


def wire_byline_page(byline: str) -> bytes:
    """The Jakarta Post (2015): the wire and the place it filed from in the header byline, not in the body."""
    return ("<html><head><title>Suspect caught in US black church 'hate crime' rampage | The Jakarta Post</title>"
            "</head><body><div class='main'><h1>Suspect caught in US black church 'hate crime' rampage</h1>"
            f"<div class='byline'>{byline}</div><div class='span-13 last'>"
            "<p>Police captured the white suspect Thursday in a gun massacre at one of the oldest black churches.</p>"
            "<p>Police detained the 21-year-old after nine churchgoers were killed at a Bible study meeting.</p>"
            "<p>He was caught at a traffic stop in North Carolina and brought back to Charleston.</p>"
            "</div></div></body></html>").encode()


def test_a_header_bylines_wire_and_place_are_the_dateline():
    url = "http://www.thejakartapost.com/news/2015/06/19/suspect-caught-us-black-church-hate-crime-rampage.html"
    item = parse_article(wire_byline_page(
        "Agence France-Presse, CHARLESTON, South Carolina | World | Fri, June 19 2015, 7:36 AM"), url)
    assert (item["dateline"]["place"], item["dateline"]["agency"], item["agency"]) == (
        "CHARLESTON, South Carolina", "AFP", "AFP")
    assert item["body"].startswith("Police captured")
    staff = parse_article(wire_byline_page("Ina Parlina, The Jakarta Post, Jakarta | National | Fri, June 19 2015, "
                                           "7:36 AM"), url)
    assert staff["dateline"] is None  # a writer's name is no wire


def test_a_bylines_outlet_place_and_section_are_not_the_writers_name():
    url = "http://www.thejakartapost.com/news/2015/06/19/suspect-caught-us-black-church-hate-crime-rampage.html"
    staff = parse_article(wire_byline_page(
        "Ina Parlina, The Jakarta Post, Jakarta | National | Fri, June 19 2015, 7:36 AM"), url)
    assert staff["author"] == "Ina Parlina"  # the outlet spelled out is the host's brand
    wire = parse_article(wire_byline_page("Reuters, Nusa Dua | World | Fri, June 19 2015, 7:36 AM"), url)
    assert wire["author"] is None  # a wire and where it filed from: no writer
    placed = parse_article(wire_byline_page("Agence France-Presse, Jakarta | World | Fri, June 19 2015, 7:36 AM"), url)
    assert (placed["author"], placed["dateline"]["place"], placed["dateline"]["agency"]) == (None, "Jakarta", "AFP")
    plain = parse_article(wire_byline_page("Budi Santoso, Bandung | Nasional | Jumat, 19 Juni 2015, 07:36 WIB")
                          .replace(b"class='byline'", b"class='info'"), url)
    assert plain["author"] == "Budi Santoso"  # the header line's section after a bar is no part of the name


def tagged_body_page(tag_list: str, after: str = "") -> bytes:
    """An article whose body container holds, after the text and its closing code, the article's tag list and then
    the page's widgets (Okezone 2020: `#contentx` holding `detail-tag`, recommended stories and a video player)."""
    return ("<html><head><title>Enam Rekomendasi Bisnis : Okezone Economy</title></head><body>"
            "<h1>Enam Rekomendasi Bisnis</h1><div id='contentx' class='read' itemprop='articleBody'>"
            f"<p><strong>JAKARTA</strong> – {PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p><p>{PARAGRAPHS[2]}</p>"
            f"<p><strong>(fbn)</strong></p>{tag_list}{after}</div></body></html>").encode()


OKEZONE_TAGS = ("<div class='detail-tag newtag'><ul>"
                "<li><a href='https://www.okezone.com/tag/tips-memulai-bisnis'><span>#</span>Tips Memulai Bisnis</a>"
                "</li>"
                "<li><a href='https://www.okezone.com/tag/inspirasi-usaha'><span>#</span>Inspirasi Usaha</a></li>"
                "</ul></div>")
WIDGETS = ("<div class='_popIn_recommend'><div class='_popIn_recommend_header'>Berita Terkait</div>"
           "<a href='https://a.popin.cc/redirect?lp=x'>Siswi genius Jakarta temukan obat bakar lemak 7kg sehari</a>"
           "<div>PR（Bacal）</div></div><div id='metube_div'><div>Golden Scene</div>"
           "<span><a href='https://visionplus.okezone.com/play/20157-mood-booster'>Mood Booster - Apace di marahi"
           " Mamanya</a></span></div><div id='M523196ScriptRootC789880'> Loading... </div>")


def test_the_articles_tag_list_inside_the_body_container_ends_the_body():
    url = "https://economy.okezone.com/read/2020/07/08/320/2243366/enam-rekomendasi-bisnis"
    item = parse_article(tagged_body_page(OKEZONE_TAGS, WIDGETS), url)
    assert item["body"].endswith(PARAGRAPHS[2])  # no closing code, tags, recommended stories or video title
    assert item["tags"] == ["Tips Memulai Bisnis", "Inspirasi Usaha"]
    # Tag links in the sentences are no list, nor is one opening the container before any text.
    linked = (f"<p>Pemilik usaha <a href='https://www.okezone.com/tag/umkm'>UMKM</a> dan "
              f"<a href='https://www.okezone.com/tag/koperasi'>koperasi</a> menyambut baik kebijakan itu.</p>"
              f"<p>{PARAGRAPHS[0]} Mereka berharap kebijakan itu terus berjalan.</p>")
    kept = parse_article(tagged_body_page(linked), url)
    assert kept["body"].endswith("Mereka berharap kebijakan itu terus berjalan.")
    # A list its class does not name, under a `TAG:` heading (Beritasatu 2020's badges), is the tags all the same.
    badges = ("<div class='col-12'><h4>TAG:&nbsp;</h4><div><a href='https://www.beritasatu.com/tag/covid-19'>"
              "<span class='badge'>Covid-19</span></a> <a href='https://www.beritasatu.com/tag/klaster-demo'>"
              "<span class='badge'>Klaster Demo</span></a></div></div>")
    badged = parse_article(tagged_body_page(badges, WIDGETS), url)
    assert badged["body"].endswith(PARAGRAPHS[2]) and badged["tags"] == ["Covid-19", "Klaster Demo"]
    opening = tagged_body_page("").replace(b"<p><strong>JAKARTA", OKEZONE_TAGS.encode() + b"<p><strong>JAKARTA")
    assert parse_article(opening, url)["body"].endswith(PARAGRAPHS[2])


def test_a_url_written_as_the_site_name_names_the_outlet_by_its_host():
    def page(site: str) -> bytes:
        return tagged_body_page(OKEZONE_TAGS).replace(
            b"</title>", f"</title><meta property='og:site_name' content='{site}'>".encode())
    url = "https://economy.okezone.com/read/2020/07/08/320/2243366/enam-rekomendasi-bisnis"
    assert parse_article(page("https://economy.okezone.com/"), url)["agency"] == "Okezone"
    unknown = parse_article(page("https://www.kabarwarga.example.id/"), "https://www.kabarwarga.example.id/a/1")
    assert unknown["agency"] == "kabarwarga.example.id"  # no outlet the table knows: the host, not the URL
    assert parse_article(page("Merdeka.com"), url)["agency"] == "Merdeka.com"  # a brand spelled as a domain stays


def test_a_site_name_followed_by_its_tagline_names_the_outlet_by_the_part_its_host_spells():
    """BeritaManado 2020 (WordPress, JNews): `og:site_name` is `BeritaManado.com: Berita Terkini Manado, Sulawesi
    Utara`; the name before the tagline is the page's host. A first part the host does not spell stays whole."""
    def page(site: str) -> bytes:
        return tagged_body_page("").replace(
            b"</title>", f"</title><meta property='og:site_name' content='{site}'>".encode())
    url = "https://beritamanado.com/forkopimda-mitra-koordinasikan-penanganan-covid-19/"
    tagged = page("BeritaManado.com: Berita Terkini Manado, Sulawesi Utara")
    assert parse_article(tagged, url)["agency"] == "BeritaManado.com"
    assert parse_article(page("Kompas.com - Berita Terkini"), "https://nasional.kompas.com/read/1")["agency"] == (
        "Kompas.com")
    other = parse_article(page("Suara Warga | Portal Berita Jawa Timur"), "https://www.kabarwarga.example.id/a/1")
    assert other["agency"] == "Suara Warga | Portal Berita Jawa Timur"


def test_keywords_linked_in_the_sentences_are_not_tags_though_their_links_are_named_for_tags():
    """Kompas 2025 links keywords in its paragraphs to their tag pages (`<a class='inner-link-tag'>`); the tag list
    under the body is the article's tags, in its order."""
    inline = ("<p><strong>JAKARTA, KOMPAS.com</strong> - Jaksa menuntut <a class='inner-link-tag' "
              "href='https://www.kompas.com/tag/lisa-rachmat'>Lisa Rachmat</a> dengan pidana penjara 14 tahun.</p>"
              "<p>Sidang di Pengadilan <a class='inner-link-tag' "
              "href='https://www.kompas.com/tag/tindak-pidana-korupsi'>Tindak Pidana Korupsi</a> berlangsung Rabu.</p>"
              f"{TEXT}")
    page = ("<html><head><title>Pengacara Dituntut 14 Tahun</title></head><body><h1 class='read__title'>Pengacara "
            f"Dituntut 14 Tahun</h1><div class='read__content'>{inline}</div><div class='read__tagging'>"
            "<ul class='tag__article__wrap'><li><a href='https://www.kompas.com/tag/tindak-pidana-korupsi'>tindak "
            "pidana korupsi</a></li><li><a href='https://www.kompas.com/tag/suap-hakim'>Suap Hakim</a></li></ul>"
            "</div></body></html>").encode()
    item = parse_article(page, "https://nasional.kompas.com/read/2025/05/28/13300711/pengacara-dituntut")
    assert item["tags"] == ["tindak pidana korupsi", "Suap Hakim"]


def test_a_figure_opening_the_body_container_before_its_text_is_the_lead_image():
    """A WordPress theme's post thumbnail inside `entry-content`, before the text (TurnBackHoax 2025), with no
    `og:image`: the lead image; a figure after the first paragraph illustrates the text."""
    def page(body: str) -> bytes:
        return ("<html><head><title>[PENIPUAN] Tautan Lowongan Kerja</title></head><body><article class='post'>"
                "<h1 class='entry-title'>[PENIPUAN] Tautan Lowongan Kerja</h1>"
                f"<div class='entry-content'>{body}</div></article></body></html>").encode()
    thumbnail = "<figure class='entry-thumbnail'><img src='/wp-content/uploads/2025/05/HAWEI-678x381.jpg'></figure>"
    url = "https://turnbackhoax.id/2025/05/29/penipuan-tautan-lowongan-kerja/"
    item = parse_article(page(thumbnail + TEXT), url)
    assert item["image"]["url"] == "https://turnbackhoax.id/wp-content/uploads/2025/05/HAWEI-678x381.jpg"
    later = parse_article(page(f"<p>{PARAGRAPHS[0]}</p>{thumbnail}<p>{PARAGRAPHS[1]}</p>"), url)
    assert later["image"] is None
