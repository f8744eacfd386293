"""Generic extraction (no site profile): the shapes of real pages, each in a small made-up page."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.html import blocks_of, parse_html

BODY = "<p>Paragraf pertama berita ini cukup panjang untuk menjadi badan artikel yang sebenarnya.</p>" * 3


def page(head: str = "", before: str = "", body: str = BODY, after: str = "") -> bytes:
    return (f"<html><head>{head}</head><body><div class='sidebar'><span>Senin, 01/02/2016 08:00 WIB</span>"
            f"<a href='/x'>Berita lain</a></div>{before}<div class='content'>{body}</div>{after}</body></html>").encode()


def test_section_heading_h1_gives_way_to_the_declared_title():
    html = page("<meta property='og:title' content='Menteri Baru Dilantik - Kompas.com Nasional'>"
                "<meta property='og:site_name' content='KOMPAS.com'>",
                "<h1>Nasional</h1><h2>Menteri Baru Dilantik</h2>")
    assert parse_article(html, "https://nasional.kompas.com/read/1/a")["title"] == "Menteri Baru Dilantik"


def test_site_suffix_naming_the_hosts_brand_is_cut():
    html = page("<title>Harga Cabai Naik | Republika Online</title>")
    assert parse_article(html, "https://nasional.republika.co.id/berita/a")["title"] == "Harga Cabai Naik"


@pytest.mark.parametrize("title", ["Harga Cabai Naik - Halaman 2 - Kompas.com", "Harga Cabai Naik Halaman 2 - Kompas.com",
                                   "Harga Cabai Naik Halaman all - Kompas.com"])
def test_the_page_number_of_a_paged_article_is_cut_from_its_title(title):
    html = page(f"<title>{title}</title>")
    assert parse_article(html, "https://nasional.kompas.com/read/2016/02/16/1/a?page=2")["title"] == "Harga Cabai Naik"


def test_a_title_ending_in_another_name_keeps_it():
    html = page("<title>Pertemuan Jokowi - Prabowo</title>")
    assert parse_article(html, "https://example.co.id/a")["title"] == "Pertemuan Jokowi - Prabowo"


def test_header_time_under_the_headline_beats_a_sidebar_time():
    html = page("", "<h1>Judul Berita</h1><div class='date'>Senin, 01/02/2016 10:08 WIB</div>")
    assert parse_article(html, "https://example.com/a")["published_at"] == "2016-02-01T10:08:00+07:00"


def test_zoneless_time_under_the_headline_is_read_as_wib():
    html = page("", "<h1>Judul Berita</h1><div class='date'>Selasa, 6 Januari 2026 5:45</div>")
    assert parse_article(html, "https://example.com/a")["published_at"] == "2026-01-06T05:45:00+07:00"


def test_lower_case_zone_is_read():
    html = page("", "<h1>Judul Berita</h1><div>Senin, 4 Mei 2020 10:00 wita</div>")
    assert parse_article(html, "https://example.com/a")["published_at"] == "2020-05-04T09:00:00+07:00"


def test_printed_byline_beats_metadata_and_a_publisher_is_no_author():
    html = page("<meta name='author' content='PT. VIVA MEDIA BARU'>",
                "<h1>Judul</h1><div class='date'>Senin, 01/02/2016 10:08 WIB</div>",
                after="<table><tr><td>Penulis</td><td>: Kontributor Medan, Budi Santoso</td></tr>"
                      "<tr><td>Editor</td><td>: Rina</td></tr></table>")
    item = parse_article(html, "https://example.com/a")
    assert (item["author"], item["editor"]) == ("Budi Santoso", "Rina")


def test_publisher_metadata_alone_names_nobody():
    html = page("<meta name='author' content='Kompas Cyber Media'>")
    assert parse_article(html, "https://example.com/a")["author"] is None


def test_author_markup_without_label_is_the_author():
    html = page("<meta property='og:site_name' content='detikinet'>",
                "<h1>Judul</h1><div class='author'><strong>Fino Yurio</strong> - detikinet</div>")
    assert parse_article(html, "https://example.com/a")["author"] == "Fino Yurio"


@pytest.mark.parametrize(("byline", "author"), [
    ("<strong>Ahmad Toriq, Elza Astari Retaduari</strong> - detikNews", "Ahmad Toriq, Elza Astari Retaduari"),
    ("<strong>Ahmad Toriq, Elza Astari, Dhani Irawan</strong> - detikNews", "Ahmad Toriq, Elza Astari, Dhani Irawan"),
    ("<strong>Budi Santoso, Jakarta</strong> - detikNews", "Budi Santoso"),  # a place
    ("<strong>Budi Santoso, Banda Aceh</strong>", "Budi Santoso"),
    ("<strong>Budi Santoso, Jawa Barat</strong>", "Budi Santoso"),
    ("Budi Santoso, CNBC Indonesia", "Budi Santoso"),  # an outlet
    ("Budi Santoso, S.Pd", "Budi Santoso"),  # a title
    ("<strong>Muhammad Fida Ul Haq, Adhi Indra Prasetya, Elza Astari Retaduari, Dhani Irawan Saputra</strong>"
     " - detikNews", "Muhammad Fida Ul Haq, Adhi Indra Prasetya, Elza Astari Retaduari"),  # as many as fit
])
def test_a_byline_lists_its_writers_before_a_place_or_an_outlet(byline: str, author: str):
    html = page("<meta property='og:site_name' content='detikNews'>",
                f"<h1>Judul</h1><div class='author'>{byline}</div>")
    assert parse_article(html, "https://example.com/a")["author"] == author


def test_a_photo_credit_marked_up_as_an_author_names_nobody():
    for photo in ("<div class='photo'><img src='/a.jpg'><span class='author'>Facebook</span> Mark berpidato</div>",
                  "<figure><img src='/a.jpg'><figcaption><span class='byline'>AFP</span> Pawai</figcaption></figure>",
                  "<div id='main_foto'><img src='/a.jpg'><p class='author'>REUTERS/Beawiharta</p></div>"):
        html = page("", f"<h1>Judul</h1>{photo}")
        assert parse_article(html, "https://example.com/a")["author"] is None, photo


def test_a_byline_beside_the_writer_s_avatar_is_the_author():
    html = page("", "<h1>Judul</h1><div class='post-meta'><img class='avatar' src='/u.jpg'>"
                    "<span class='author'>Siti Aminah</span></div>")
    assert parse_article(html, "https://example.com/a")["author"] == "Siti Aminah"


def test_oleh_byline_and_red_editor():
    html = page("", "<h1>Judul</h1><div class='byline'>Oleh Siti Aminah</div><div>Red: Budi Utomo</div>")
    item = parse_article(html, "https://example.com/a")
    assert (item["author"], item["editor"]) == ("Siti Aminah", "Budi Utomo")


def test_br_separated_body_wins_over_link_lists_and_loses_its_credits():
    text = "<br /><br />".join(f"Kalimat {n} dari badan berita yang ditulis tanpa paragraf." for n in range(6))
    html = page(body=f"<div class='read'><strong>MEDAN, KOMPAS.com</strong> - {text}</div>",
                after="<div class='footer'><p><a href='/a'>About Us</a></p><p>©2015 PT. Media</p></div>")
    item = parse_article(html, "https://example.com/a")
    assert item["body"].startswith("Kalimat 0 dari")
    assert item["body"].endswith("Kalimat 5 dari badan berita yang ditulis tanpa paragraf.")
    assert item["dateline"]["place"] == "MEDAN"


def test_bare_div_text_body():
    divs = "".join(f"<div style='x'>Kalimat {n} dari badan berita di dalam div tanpa paragraf.</div>" for n in range(5))
    html = page(body=f"<div id='news'>{divs}<p class='mt10'>Editor: Ade</p></div>")
    item = parse_article(html, "https://example.com/a")
    assert item["body"].count("\n\n") == 4 and item["editor"] == "Ade"


def test_dateline_alone_before_its_paragraph():
    html = page(body="<strong>Jakarta</strong> - <p>Galaxy baru diluncurkan hari ini di Jakarta oleh produsen.</p>"
                     "<p>Paragraf kedua yang menjelaskan lebih lanjut tentang peluncuran itu.</p>")
    item = parse_article(html, "https://example.com/a")
    assert item["dateline"]["place"] == "Jakarta" and item["body"].startswith("Galaxy baru")


def test_a_dateline_that_is_a_paragraph_of_its_own():
    html = page(body="<p><strong>Jakarta, NU Online</strong></p>"
                     "<p>Pengurus Besar Nahdlatul Ulama menggelar rapat pleno di Jakarta hari ini.</p>"
                     "<p>Paragraf kedua yang menjelaskan lebih lanjut tentang rapat itu.</p>")
    item = parse_article(html, "https://example.com/a")
    assert (item["dateline"]["place"], item["dateline"]["agency"]) == ("Jakarta", "NU Online")
    assert item["body"].startswith("Pengurus Besar")


@pytest.mark.parametrize(("opening", "place", "agency"), [
    ("<strong>Jakarta, NU Online</strong><br>", "Jakarta", "NU Online"),
    ("JAKARTA, KOMPAS.com<br/>", "JAKARTA", "Kompas.com"),
    ("<b>Jakarta (ANTARA) -</b><br>", "Jakarta", "ANTARA"),
])
def test_a_dateline_on_the_first_line_of_its_paragraph(opening: str, place: str, agency: str) -> None:
    html = page(body=f"<p>{opening}Pengurus Besar Nahdlatul Ulama menggelar rapat pleno di Jakarta hari ini.</p>"
                     "<p>Paragraf kedua yang menjelaskan lebih lanjut tentang rapat itu.</p>")
    item = parse_article(html, "https://example.com/a")
    assert (item["dateline"]["place"], item["dateline"]["agency"]) == (place, agency)
    assert item["body"].startswith("Pengurus Besar")


@pytest.mark.parametrize("opening", ["Jakarta, Indonesia<br>", "Baris pertama tanpa kota<br>", "Jakarta, Senin<br>"])
def test_a_first_line_that_is_no_dateline_stays_in_the_text(opening: str) -> None:
    html = page(body=f"<p>{opening}Pengurus Besar Nahdlatul Ulama menggelar rapat pleno di Jakarta hari ini.</p>"
                     "<p>Paragraf kedua yang menjelaskan lebih lanjut tentang rapat itu.</p>")
    item = parse_article(html, "https://example.com/a")
    assert item["dateline"] is None
    assert item["body"].startswith(opening.removesuffix("<br>") + " Pengurus Besar")


def test_a_line_break_inside_a_paragraph_reads_as_a_space() -> None:
    blocks = blocks_of(parse_html("<div><p>Satu<br>dua <br> tiga.</p><p>Empat.</p></div>"), "https://x.com")
    assert [(b.text, b.line_end) for b in blocks] == [("Satu dua tiga.", 4), ("Empat.", -1)]


def test_double_line_breaks_split_paragraphs_even_among_p():
    blocks = blocks_of(parse_html("<div><p>Satu.</p>Dua.<br><br>Tiga.<br>masih tiga.</div>"), "https://x.com")
    assert [b.text for b in blocks] == ["Satu.", "Dua.", "Tiga. masih tiga."]


def test_an_attribution_opening_the_body_is_kept_in_its_sentence():
    from datetime import datetime

    from crawler.parsing.html import Block
    from crawler.parsing.text import clean_body

    first = "kepada Kantor Berita Politik RMOL, Sabtu (27/5), Ketua DPR menyatakan rapat akan digelar."
    cleaned = clean_body([Block(first), Block("Paragraf dua.")], published=datetime(2023, 5, 28))
    assert cleaned.dateline.attribution and cleaned.dateline.date.isoformat() == "2023-05-27"
    assert cleaned.paragraphs == [first, "Paragraf dua."]


def test_reporter_in_capitals_closing_the_article_and_baca_inserts():
    from crawler.parsing.html import Block, Link
    from crawler.parsing.text import clean_body

    insert = Block("Baca: Harga Cabai Naik", [Link("Harga Cabai Naik", "https://x.co/a", "https://x.co/")])
    cleaned = clean_body([Block("Paragraf satu."), insert, Block("Paragraf dua."), Block("ANTON SEPTIAN")])
    assert cleaned.paragraphs == ["Paragraf satu.", "Paragraf dua."]
    assert cleaned.related == [{"title": "Harga Cabai Naik", "url": "https://x.co/a"}]
    assert cleaned.credits.author == "ANTON SEPTIAN"  # as printed, like `EDITOR: DIKI TRIANTO`


def test_wire_photo_credits_are_dropped_and_slashed_sentences_kept():
    from crawler.parsing.furniture import is_caption

    assert is_caption("ANTARA FOTO/Septianda Perdana/Asf/mes/14.")
    assert is_caption("(ANTARA/Hafidz Mubarak A)")
    assert not is_caption("TNI/Polri berjaga di lokasi.")
    assert not is_caption("(LKG/RE1)")


def test_promo_and_logo_lines_go_but_sentences_about_them_stay():
    from crawler.parsing.furniture import is_noise

    assert is_noise("Temukan berita-berita hangat terpercaya dari Kantor Berita Politik RMOL di Google News.")
    assert is_noise("Untuk mengikuti silakan klik tanda bintang.")
    assert is_noise("rmol news logo article")
    assert not is_noise("Google News menjadi platform berita populer.")
    assert not is_noise("Untuk mengikuti lomba, peserta harus mendaftar.")
    assert not is_noise("Kementerian meluncurkan logo baru")


def _dated_page(published: str, modified: str, visible: str) -> bytes:
    jsonld = f'{{"@type": "NewsArticle", "datePublished": "{published}", "dateModified": "{modified}"}}'
    return page(f"<script type='application/ld+json'>{jsonld}</script>",
                f"<h1>Judul Berita</h1><div class='date'>{visible}</div>")


def test_a_page_whose_utc_times_are_true_has_its_modification_converted():
    item = parse_article(_dated_page("2016-02-16T02:10:56Z", "2016-02-16T04:13:59Z", "16 Feb 2016 09:10 WIB"),
                         "https://example.com/a")
    assert (item["published_at"], item["modified_at"]) == ("2016-02-16T09:10:56+07:00", "2016-02-16T11:13:59+07:00")


def test_a_page_whose_utc_label_mislabels_its_wall_clock_keeps_it_for_the_modification():
    item = parse_article(_dated_page("2016-02-16T09:10:56+00:00", "2016-02-16T11:13:59+00:00", "16 Feb 2016 09:10 WIB"),
                         "https://example.com/a")
    assert (item["published_at"], item["modified_at"]) == ("2016-02-16T09:10:56+07:00", "2016-02-16T11:13:59+07:00")


def test_an_indonesian_text_under_an_english_template_is_indonesian_though_its_lead_is_all_names():
    body = ("<p>Penyidik Polres Lhokseumawe melimpahkan Faisal (37) alias Komeng ke Kejari Lhoksukon, Rabu (4/11).</p>"
            "<p>Polisi menyerahkan Komeng bersama senjata api jenis AK-56.</p>"
            "<p>Menurut dia, berkas perkara yang sudah lengkap itu akan dibawa ke pengadilan dalam waktu dekat.</p>"
            "<p>Kepala kejaksaan mengatakan bahwa pihaknya telah menerima berkas dan akan menyusun dakwaan.</p>")
    html = page(body=body).replace(b"<html>", b"<html lang='en'>")
    assert parse_article(html, "https://example.com/a")["language"] == "id"


def test_a_json_ld_author_who_is_the_printed_editor_gives_way_to_the_creator():
    """ANTARA's 2017 pages: JSON-LD `author` names the editor, `creator` the writer."""
    jsonld = ('{"@type": "NewsArticle", "creator": {"@type": "Person", "name": "Andi Firdaus"},'
              ' "author": {"@type": "Person", "name": "B Kunto Wibisono"}}')
    html = page(f"<script type='application/ld+json'>{jsonld}</script>", "<h1>Judul</h1>",
                body=BODY + "<p class='mt10'>Editor: B Kunto Wibisono</p>")
    item = parse_article(html, "https://example.com/a")
    assert (item["author"], item["editor"]) == ("Andi Firdaus", "B Kunto Wibisono")


def test_publication_meta_tags_of_other_names_supply_the_seconds():
    """Detik's `<meta name="pubdate" content="2015-11-05 T10:08:58Z">`: its wall clock, mislabelled UTC."""
    html = page("<meta name='pubdate' content='2015-11-05 T10:08:58Z' itemprop='datePublished'>",
                "<h1>Judul Berita</h1><div class='date'>Kamis, 05/11/2015 10:08 WIB</div>")
    assert parse_article(html, "https://example.com/a")["published_at"] == "2015-11-05T10:08:58+07:00"
    html = page("<meta name='content_PublishedDate' content='2016/02/16 14:38:23'>")
    assert parse_article(html, "https://example.com/a")["published_at"] == "2016-02-16T14:38:23+07:00"


TEXT = ("Pesona kecantikan yang dimiliki aktris ini memang sudah tak diragukan lagi oleh para penggemarnya.",
        "Tak pelak lagi, hal ini langsung sukses mencuri perhatian para pengikutnya di media sosial.")


@pytest.mark.parametrize("heading", ["Jangan Lewatkan", "JANGAN LEWATKAN!!!", "Berita Lainnya"])
def test_a_closing_code_ends_the_article_and_a_list_of_links_under_a_heading_is_related(heading: str) -> None:
    """Kapanlagi's shape: `<h2>Jangan Lewatkan</h2>` over links, `(kpl/sry)`, then a box of the site's own."""
    body = (f"{TEXT[0]}<p><p>{TEXT[1]}<p><p><h2>{heading}</h2><a href='/a.html'>Artis A Pamer Rumah Baru</a><br />"
            "<a href='/b.html'>Artis B Liburan ke Bali</a><br /><p><p> <b>(kpl/sry)</b>"
            "<div class='box'><span>Simak Lifestyle Populer Lainnya</span></div>"
            "<div><a href='/tag/x'>LIFESTYLE</a> <a href='/tag/y'>DULU DAN KINI</a></div>")
    html = (f"<html><head><title>Judul Berita</title></head><body><div class='main'><h1>Judul Berita</h1>"
            f"<div class='detail-news'>{body}</div></div></body></html>").encode()
    item = parse_article(html, "https://www.example.com/showbiz/a-1b2294.html")
    assert item["body"] == "\n\n".join(TEXT)
    assert item["signature"]["raw"] == "(kpl/sry)" and item["author"] is None
    assert [entry["title"] for entry in item["related"]] == ["Artis A Pamer Rumah Baru", "Artis B Liburan ke Bali"]


def test_a_lone_word_in_brackets_does_not_end_the_article() -> None:
    body = f"<p>{TEXT[0]}</p><p>(foto)</p><p>{TEXT[1]}</p>"
    assert parse_article(page(body=body), "https://www.example.com/a")["body"].endswith(TEXT[1])


def test_the_role_printed_under_a_bylines_name_is_no_part_of_it() -> None:
    before = "<div class='autor'><div class='nmreporter'><div>Dewi Kania</div><span>Jurnalis</span></div></div>"
    assert parse_article(page(before=before), "https://lifestyle.example.com/read/1")["author"] == "Dewi Kania"


def test_what_precedes_the_headline_in_the_body_container_is_the_headers() -> None:
    """Detik's photo pages: date, section label, headline, photographer, then the text, all in one box. The
    photographer, the only person named, is the story's author."""
    body = ("<div class='date'>Selasa, 23/02/2016 15:32 WIB</div><h2>FotoBisnis</h2><h1>Gardu Induk Baru Beroperasi</h1>"
            "<strong>Fotografer: Grandyos Zafna</strong><div class='text'>" + " ".join(TEXT) + "</div>")
    item = parse_article(page("<title>Gardu Induk Baru Beroperasi</title>", body=body), "https://finance.example.com/a")
    assert item["title"] == "Gardu Induk Baru Beroperasi"
    assert item["body"] == " ".join(TEXT) and item["author"] == "Grandyos Zafna"


def test_a_photo_pages_voting_box_and_more_photos_strip_are_no_text() -> None:
    """Detik's photo pages: the text, then the photo in a gallery box with its caption and a voting box holding a
    whole pasted page (`<title>Form Rating</title>`, a form), then a `More Photos` strip of thumbnails."""
    vote = ("<div class='vote_galeri'><div class='star'><div class='block'>Rating ( voters)</div></div>"
            "<div class='satu'><strong>Vote Photo</strong><br><title>Form Rating</title>"
            "<form><input type='radio' name='r' value='1'><input type='submit' value='Rating'></form></div></div>")
    more = ("<div class='other_gal'><strong>More Photos</strong><ul><li><a href='/foto/2'><img src='/2.jpg'></a></li>"
            "<li><a href='/foto/3'><img src='/3.jpg'></a></li></ul></div>")
    body = ("<h1>Gardu Induk Baru Beroperasi</h1><strong>Fotografer: Grandyos Zafna</strong>"
            f"<div class='text'>{' '.join(TEXT)}</div><div class='gallery_view'><img src='/1.jpg'>"
            f"<div class='gal_rating'><span class='text'>PT PLN resmi mengoperasikan gardu induk itu.</span></div>{vote}"
            f"</div>{more}")
    item = parse_article(page("<title>Gardu Induk Baru Beroperasi</title>", body=body), "https://finance.example.com/a")
    assert item["body"] == " ".join(TEXT)


def test_an_embedded_post_is_no_body_text() -> None:
    """Viva 2016: an embedded tweet closes the article (`<blockquote class="twitter-tweet">`, its script)."""
    tweet = ("<blockquote class='twitter-tweet'><p lang='en'>A standing ovation for 12-year-old "
             "<a href='https://twitter.com/x'>@x</a>!</p>&mdash; The GRAMMYs (@TheGRAMMYs) "
             "<a href='https://twitter.com/TheGRAMMYs/status/1'>February 16, 2016</a></blockquote>"
             "<script src='//platform.twitter.com/widgets.js'></script>")
    body = "<h1>Pianis Cilik</h1><article>" + "".join(f"<p>{text}</p>" for text in TEXT) + tweet + "</article>"
    item = parse_article(page("<title>Pianis Cilik</title>", body=body), "https://www.viva.co.id/showbiz/1-a")
    assert item["body"] == "\n\n".join(TEXT)


def test_a_photo_story_reads_its_gallerys_captions() -> None:
    captions = [f"Penyanyi itu berpose di karpet merah ajang penghargaan musik, foto nomor {n}. (REUTERS / Danny Moloshok)"
                for n in range(1, 4)]
    gallery = "".join(f"<figure class='gallery-item'><img src='/{n}.jpg'><figcaption>{text}</figcaption></figure>"
                      for n, text in enumerate(captions))
    html = (f"<html><head><title>Hadiri Grammy</title></head><body><article><h1>Hadiri Grammy</h1>"
            f"<div class='photo-gallery'>{gallery}</div></article><section class='newsletter'><div><p>Success Email "
            f"berhasil dikirim, sekarang anda sudah berlangganan disini</p></div></section>"
            f"<footer><figure><img src='/x.jpg'><figcaption>Logo</figcaption></figure></footer></body></html>").encode()
    item = parse_article(html, "https://photo.example.com/musik/hadiri-grammy-2437247")
    assert item["body"] == "\n\n".join(captions)


def test_a_body_div_right_under_body_whose_first_paragraph_is_its_own_text() -> None:
    """`<body><div>Text<p>Text</p></div>`: the div's own text weighs for <body>, which has no paragraphs itself."""
    html = f"<html><body><div class='x'>{TEXT[0]}<p>{TEXT[1]}</p></div></body></html>".encode()
    assert parse_article(html, "https://www.example.com/a")["body"] == "\n\n".join(TEXT)


def test_a_channel_menus_link_home_is_no_category() -> None:
    before = "<ul class='menu-network'><li><a class='middle-channel' href='/'>KAPANLAGI</a></li></ul>"
    assert parse_article(page(before=before), "https://www.example.com/showbiz/film/a-1.html")["category"] is None
    before = "<h1 class='logo-channel'><a href='/nasional'>Nasional</a></h1>"
    assert parse_article(page(before=before), "https://www.example.com/nasional/a-1.html")["category"] == "Nasional"


def test_the_sites_chosen_topics_beside_the_article_are_not_its_tags() -> None:
    """Kompas: `div.kcm-read-topic > div.editor-choices` lists the site's chosen topics after the body."""
    after = ("<div class='kcm-read-topic'><div class='editor-choices'><h4>Topik Pilihan</h4><ul>"
             "<li><a href='/topik/1'>Piala Presiden 2015</a></li><li><a href='/topik/2'>Skandal FIFA</a></li>"
             "</ul></div></div><div class='read-page--tags'><a href='/tag/persib'>Persib</a></div>")
    assert parse_article(page(after=after), "https://bola.example.com/read/2016/02/23/1/a")["tags"] == ["Persib"]


def test_a_short_story_keeps_its_text_beside_a_grid_of_linked_headlines() -> None:
    grid = "".join(f"<figure><img src='/{n}.jpg'><figcaption><a href='/b/{n}'>Judul berita lain nomor {n} yang cukup "
                   f"panjang untuk menjadi teaser di halaman ini</a></figcaption></figure>" for n in range(6))
    text = "Gempa bermagnitudo 5,1 mengguncang Lombok pagi ini, belum ada laporan kerusakan."
    html = (f"<html><head><title>Gempa Lombok</title></head><body><article><h1>Gempa Lombok</h1><div class='content'>"
            f"<p>{text}</p></div></article><div class='related'>{grid}</div></body></html>").encode()
    assert parse_article(html, "https://www.example.com/berita/gempa-lombok")["body"] == text


@pytest.mark.parametrize("meta", [
    "<meta property='article:published_time' content='2024-11-25T14:30:00+07:00'>",
    "<meta itemprop='datePublished' content='2024-11-25T14:30:00+07:00'>",
    "<meta name='pubdate' content='20241125T143000+0700'>",
    "<meta name='publishdate' content='2024/11/25 14:30:00'>",
    "<meta name='dtk:publishdate' content='2024/11/25 14:30:00'>",
    "<meta name='content_PublishedDate' content='2024-11-25 14:30:00'>",
    "<meta name='DC.date.issued' content='2024-11-25T14:30:00+07:00'>",
    # Merdeka 2015: Open Graph's article time under an `og:` prefix, and other names, its offset followed by a `Z`.
    "<meta property='og:article:published_time' content='2024-11-25T14:30:00+07:00Z'>",
    "<meta name='article.published' content='2024-11-25T14:30:00+07:00Z'>",
    "<meta name='pub_date' content='2024-11-25T14:30:00+07:00Z'>",
    "<meta name='dc.terms.issued' content='2024-11-25T14:30:00+07:00Z'>",
])
def test_a_publication_meta_tag_alone_gives_the_time(meta):
    """No visible time: each outlet's meta tag states it (a zone-less value is the site's wall clock, WIB)."""
    html = (f"<html><head><title>Harga Cabai Naik</title>{meta}</head><body><h1>Harga Cabai Naik</h1>"
            f"<div class='content'>{BODY}</div></body></html>")
    assert parse_article(html, "https://example.co.id/a")["published_at"] == "2024-11-25T14:30:00+07:00"


def test_teaser_cards_under_a_related_heading_inside_the_body_leave_it():
    """Viva: a `Lihat Juga` box of `<a><div class=thumb>..</div><div><h3>Title</h3></div></a>` cards mid-body."""
    cards = "".join(f"<li><a href='/showbiz/{n}-berita'><div class='thumb'><img src='{n}.jpg'></div>"
                    f"<div class='title'><h3>Berita lain nomor {n}</h3></div></a></li>" for n in (1, 2))
    body = (BODY + "<p><strong>12. Program Acara Khusus Terfavorit</strong></p>"
            f"<div class='lihat-juga'><h6><b>Lihat Juga</b></h6><ul>{cards}</ul></div>"
            "<p>Indonesian Television Awards 2018</p>")
    item = parse_article(page(before="<h1>Daftar Pemenang</h1>", body=body), "https://www.viva.co.id/showbiz/1-a")
    assert "Berita lain" not in item["body"]
    assert item["body"].endswith("12. Program Acara Khusus Terfavorit\n\nIndonesian Television Awards 2018")
    assert [entry["title"] for entry in item["related"]] == ["Berita lain nomor 1", "Berita lain nomor 2"]


@pytest.mark.parametrize("credit", ["<div id='editor'>Editor: Hanang Yuwono</div>",
                                    "<div><span>Editor:</span> <a href='/editor/hanang'>Hanang Yuwono</a></div>"])
def test_an_editor_credited_under_the_body_is_no_author(credit):
    """Tribun: no writer printed, `Editor: <name>` under the article, and JSON-LD naming the editor as author."""
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Harga Cabai Naik",'
            ' "author": {"@type": "Person", "name": "Hanang Yuwono"}}</script>')
    item = parse_article(page(head, "<h1>Harga Cabai Naik</h1>", after=f"<div class='tags'>Tags</div>{credit}"),
                         "https://solo.tribunnews.com/2020/10/09/harga-cabai-naik")
    assert (item["author"], item["editor"]) == (None, "Hanang Yuwono")


def test_a_metadata_author_stays_when_no_editor_is_printed():
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Harga Cabai Naik",'
            ' "author": {"@type": "Person", "name": "Budi Santoso"}}</script>')
    item = parse_article(page(head, "<h1>Harga Cabai Naik</h1>", after="<div>Editor's pick</div>"),
                         "https://example.co.id/harga-cabai-naik")
    assert (item["author"], item["editor"]) == ("Budi Santoso", None)


def test_a_tag_box_closing_the_body_container_leaves_the_body_and_gives_the_tags():
    """BeritaSatu: `Sumber:BeritaSatu.com`, then `<h4>TAG:</h4>` over a row of tag links, inside the container."""
    box = ("<p>Sumber:BeritaSatu.com</p><div><div><h4>TAG:&nbsp;</h4></div><div><a href='/tag/covid-19'>"
           "<span>Covid-19</span></a> <a href='/tag/klaster-demo'><span>Klaster Demo</span></a></div></div>")
    item = parse_article(page(before="<h1>Pendemo Reaktif</h1>", body=BODY + "<p>Akhir berita.</p>" + box),
                         "https://www.beritasatu.com/nasional/1/pendemo-reaktif")
    assert item["body"].endswith("Akhir berita.")
    assert item["tags"] == ["Covid-19", "Klaster Demo"]


def test_an_editor_s_initials_after_the_byline_name_are_cut():
    """BeritaSatu: `Oleh : Arnold H Sianturi / <a>FMB</a>` under the date."""
    header = ("<h1>Pendemo Reaktif</h1><p class='editor'>Jumat, 9 Oktober 2020 | 14:01 WIB<br>"
              "Oleh : Arnold H Sianturi / <a href='/faisal'>FMB</a></p>")
    item = parse_article(page(before=header), "https://www.beritasatu.com/nasional/1/pendemo-reaktif")
    assert item["author"] == "Arnold H Sianturi"


def test_a_role_after_the_byline_name_is_no_second_writer():
    """`<div class="reporter"><div>Rivan Nasri Rachman, <b>Jurnalis</b></div><b>Kamis, ... WIB</b></div>`."""
    header = ("<h1>Timnas Menang</h1><div class='reporter'><div class='namerep'>Rivan Nasri Rachman, <b>Jurnalis</b>"
              "</div><b>Kamis, 12 Oktober 2023 - 21:35 WIB</b></div>")
    item = parse_article(page(before=header), "https://bola.okezone.com/read/2023/10/12/51/1/timnas-menang")
    assert item["author"] == "Rivan Nasri Rachman"


@pytest.mark.parametrize("editor", ['"Bangun Santoso"', '{"@type": "Person", "name": "Bangun Santoso"}',
                                    '[{"@type": "Person", "name": "Bangun Santoso"}]'])
def test_the_editor_json_ld_names(editor):
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Gempa Guncang Garut",'
            f' "author": {{"@type": "Person", "name": "Agung Sandy Lesmana"}}, "editor": {editor}}}</script>')
    item = parse_article(page(head, "<h1>Gempa Guncang Garut</h1>"), "https://www.suara.com/news/2023/12/03/1/gempa")
    assert (item["author"], item["editor"]) == ("Agung Sandy Lesmana", "Bangun Santoso")


def test_every_writer_json_ld_lists_is_the_author():
    """Viva: a `Tim VIVA` button, the writers in a popup and in JSON-LD (`" Nuvola Gloria"` with its space)."""
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Daftar Pemenang",'
            ' "author": [{"@type": "Person", "name": "Yunisa Herawati"}, {"@type": "Person", "name": " Nuvola Gloria"},'
            ' {"@type": "Organization", "name": "VIVA"}]}</script>')
    item = parse_article(page(head, "<h1>Daftar Pemenang</h1>"), "https://www.viva.co.id/showbiz/1-daftar-pemenang")
    assert item["author"] == "Yunisa Herawati, Nuvola Gloria"


def test_credits_without_colons_in_their_own_elements_before_the_body():
    """Kompas 2019: `<div id="penulis"><span>Penulis</span> <a>Name</a></div> | <div id="editor">...`, and JSON-LD
    naming the editor as the author."""
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Konser Didi Kempot",'
            ' "author": {"@type": "Person", "name": "Andi Muttya Keteng Pangerang"}}</script>')
    credit = ("<h1>Konser Didi Kempot</h1><div class='read__credit'><div id='penulis'><span>Penulis</span> "
              "<a href='/p/1'>Baharudin\n Al Farisi</a></div> | <div id='editor'><span>Editor</span> "
              "<a href='/p/2'>Andi Muttya Keteng Pangerang</a></div></div>")
    item = parse_article(page(head, credit), "https://www.kompas.com/hype/read/2019/12/07/1/konser-didi-kempot")
    assert (item["author"], item["editor"]) == ("Baharudin Al Farisi", "Andi Muttya Keteng Pangerang")


def test_a_menu_item_after_a_bare_label_is_no_credit():
    item = parse_article(page("", "<ul><li>Editor Choice</li></ul><h1>Konser</h1>"), "https://example.co.id/konser")
    assert item["editor"] is None


def test_kompas_content_meta_names_the_writer_and_the_editor():
    head = ("<meta name='content_author' content='Baharudin Al Farisi'>"
            "<meta name='content_editor' content='Andi Muttya Keteng Pangerang'>")
    item = parse_article(page(head, "<h1>Konser</h1>"), "https://www.kompas.com/hype/read/2019/12/07/1/konser")
    assert (item["author"], item["editor"]) == ("Baharudin Al Farisi", "Andi Muttya Keteng Pangerang")


def test_an_editor_under_the_body_beside_an_author_in_byline_markup():
    """Pikiran Rakyat network: `<div class="read__info__author"><a>Name</a></div>` in the header, and after the body
    and its pager `<p>Editor: <a>Name</a></p>`."""
    header = "<h1>Trump Masih Berbahaya</h1><div class='read__info__author'><a>Beryl Santoso</a></div>"
    after = "<div class='paging'><a href='?page=3'>Selanjutnya</a></div><p>Editor: <a>Beryl Santoso</a></p>"
    item = parse_article(page(before=header, after=after), "https://zonajakarta.pikiran-rakyat.com/pr-1/trump")
    assert (item["author"], item["editor"]) == ("Beryl Santoso", "Beryl Santoso")


def test_a_utc_time_is_told_from_a_mislabelled_local_clock_by_their_zone_difference():
    """Metro Bali: JSON-LD and meta `06:59:48+00:00` (true UTC), the theme's `time[datetime]` `14:59:48+00:00` (Bali's
    WITA clock with a wrong offset), a visible date without a time: 13:59:48 WIB."""
    head = ("<meta property='article:published_time' content='2020-10-09T06:59:48+00:00'>"
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Badung Gencarkan Edukasi",'
            ' "datePublished": "2020-10-09T06:59:48+00:00"}</script>')
    header = ("<h1>Badung Gencarkan Edukasi</h1><span><time class='entry-date published updated' "
              "datetime='2020-10-09T14:59:48+00:00'>October 9, 2020</time></span>")
    item = parse_article(page(head, header), "https://metrobali.com/badung-gencarkan-edukasi/")
    assert item["published_at"] == "2020-10-09T13:59:48+07:00"


def test_a_utc_time_alone_stays_the_site_s_wall_clock():
    head = "<meta property='article:published_time' content='2018-03-19T12:56:57+00:00'>"
    item = parse_article(page(head, "<h1>Judul</h1>"), "https://example.co.id/judul/")
    assert item["published_at"] == "2018-03-19T12:56:57+07:00"


def test_an_hatom_abbr_title_gives_the_time():
    """Blogger (Gelora): `<abbr class="updated" title="2020-10-09T10:10:00+07:00">9 Oktober 2020</abbr>`."""
    header = "<h1>Sri Mulyani</h1><abbr class='published updated' title='2020-10-09T10:10:00+07:00'>9 Oktober 2020</abbr>"
    item = parse_article(page(before=header), "https://www.gelora.co/2020/10/sri-mulyani.html")
    assert item["published_at"] == "2020-10-09T10:10:00+07:00"


def test_a_canonical_link_to_the_home_page_is_no_article_s_address():
    head = "<link rel='canonical' href='https://www.gelora.co/'><link rel='canonical' href='https://www.gelora.co/2020/10/a.html'>"
    item = parse_article(page(head, "<h1>Sri Mulyani</h1>"), "https://www.gelora.co/2020/10/a.html?m=1")
    assert item["canonical_url"] == "https://gelora.co/2020/10/a.html"
    home = parse_article(page("<link rel='canonical' href='https://www.gelora.co/'>", "<h1>Sri Mulyani</h1>"),
                         "https://www.gelora.co/2020/10/b.html")
    assert home["canonical_url"] == "https://gelora.co/2020/10/b.html"


def test_a_line_break_body_s_first_line_counts_toward_its_container():
    """SINDOnews: `<div id="content"><b>JAKARTA</b> - Text<br><br>Text<br><br>(abd)</div>` beside a caption div:
    the body is that div, not its parent with the caption and the tags."""
    html = ("<html><head><title>KPU Tetapkan DCT</title></head><body><div class='article'><h1>KPU Tetapkan DCT</h1>"
            "<div class='caption'>KPU menetapkan DCT Pemilu 2024 dalam rapat pleno. Foto/Dok SINDOnews</div>"
            "<div id='content'><b>JAKARTA</b> - Komisi Pemilihan Umum (KPU) menetapkan daftar calon tetap anggota DPR"
            " untuk Pemilu 2024 dalam rapat pleno terbuka.<br><br>Penetapan dilakukan di kantor KPU.<br><br>"
            "Sebanyak 9.917 calon ditetapkan.<br><br>(abd)</div>"
            "<div class='tag'><a href='/tag/kpu'>kpu</a> <a href='/tag/pemilu'>pemilu 2024</a></div></div></body></html>")
    item = parse_article(html, "https://nasional.sindonews.com/read/1/12/kpu-tetapkan-dct")
    assert item["body"].startswith("Komisi Pemilihan Umum (KPU)")
    assert item["body"].endswith("Sebanyak 9.917 calon ditetapkan.")
    assert item["signature"] == {"raw": "(abd)", "codes": ["abd"]}


def test_a_research_desk_s_name_and_address_close_the_body_and_name_no_author():
    """CNBC Indonesia: `CNBC INDONESIA RESEARCH`, `research@cnbcindonesia.com`, `(rev/rev)` under the text."""
    body = BODY + ("<p><strong>CNBC INDONESIA RESEARCH</strong></p>"
                   "<p><a href='mailto:research@cnbcindonesia.com'>research@cnbcindonesia.com</a></p><p>(rev/rev)</p>")
    header = "<h1>Rupiah Melemah</h1><div class='author'>Robby Cahyadi, CNBC Indonesia</div>"
    item = parse_article(page(before=header, body=body), "https://www.cnbcindonesia.com/market/1-17-1/rupiah-melemah")
    assert item["body"].endswith("artikel yang sebenarnya.")
    assert item["author"] == "Robby Cahyadi"


def test_a_dateline_alone_in_its_paragraph_with_the_dash_opening_the_next():
    """Kompas (2016): `<p><strong>JAKARTA, KOMPAS.com</strong></p>`, a quote widget, `<p>- Warga Jakarta ...`."""
    html = ("<html><head><title>Relawan Agus-Sylvi: Kita Dukung Ahok</title></head><body>"
            "<h1>Relawan Agus-Sylvi: Kita Dukung Ahok</h1><div class='read__content'>"
            "<p><strong>JAKARTA, KOMPAS.com</strong></p><div class='fb-quote fb_iframe_widget'>&nbsp;</div>"
            "<p>- Warga Jakarta yang menamakan diri Barisan Teman Agus-Sylvi mendeklarasikan dukungan, Minggu "
            "(16/10/2016).</p>" + BODY + "</div></body></html>")
    item = parse_article(html, "http://megapolitan.kompas.com/read/2016/10/16/16000001/relawan.agus-sylvi")
    assert (item["dateline"]["place"], item["dateline"]["agency"]) == ("JAKARTA", "Kompas.com")
    assert item["body"].startswith("Warga Jakarta yang menamakan diri")


def test_an_inline_related_post_card_in_the_body_is_no_text_and_gives_its_headline() -> None:
    # metrobali.com 2020: the Inline Related Posts card, its label and its headline in blocks of one link.
    card = ("<div style='clear:both'><a href='http://metrobali.com/suryawan-nasdem-gianyar-minimal-raih-1-fraksi/' "
            "class='IRPP_kangoo'><div class='postImageUrl'><div class='imgUrl'></div></div>"
            "<div class='centered-text-area'><div class='centered-text'><div class='IRPP_kangoo-content'>"
            "<div class='ctaText'>Baca Juga :</div><div class='clear:both;'></div>"
            "<div class='postTitle'>Suryawan : Nasdem Gianyar Minimal Raih 1 Fraksi</div></div></div></div></a></div>")
    html = page(body=BODY + card + BODY.replace("pertama", "kedua"))
    item = parse_article(html, "http://metrobali.com/cegah-dan-tanggulangi-covid-19/")
    assert "Suryawan" not in item["body"] and "Baca Juga" not in item["body"]
    assert item["body"].endswith("Paragraf kedua berita ini cukup panjang untuk menjadi badan artikel yang sebenarnya.")
    assert item["related"] == [{"title": "Suryawan : Nasdem Gianyar Minimal Raih 1 Fraksi",
                                "url": "http://metrobali.com/suryawan-nasdem-gianyar-minimal-raih-1-fraksi/"}]


def test_a_block_inside_a_card_link_has_its_own_text_as_the_link_s() -> None:
    root = parse_html("<div><p>Teks <a href='/a'>awal</a></p><a href='/b'><div>Label :</div><h3>Judul berita</h3></a></div>")
    blocks = blocks_of(root.find(".//body/div"), "https://example.com/x")
    assert [(b.text, [link.text for link in b.links]) for b in blocks] == [
        ("Teks awal", ["awal"]), ("Label :", ["Label :"]), ("Judul berita", ["Judul berita"])]


_SECTIONS = "<script type='application/ld+json'>{\"@type\":\"Article\",\"articleSection\":\"Badung, Politik, Top News, Image\"}</script>"


def test_a_json_ld_section_list_joined_in_one_text_gives_the_category_the_page_marks() -> None:
    # metrobali.com 2020 (All in One SEO): the article's `category-badung` class and its menu link name it.
    html = (f"<html><head>{_SECTIONS}</head><body><ul><li><a href='http://metrobali.com/category/daerah/badung/'>"
            f"Badung</a></li></ul><article class='post category-badung category-politik'><div class='entry-content'>"
            f"{BODY}</div></article></body></html>").encode()
    item = parse_article(html, "http://metrobali.com/cegah-dan-tanggulangi-covid-19/")
    assert (item["category"], item["category_path"]) == ("Badung", ["badung"])


def test_a_json_ld_section_list_joined_in_one_text_gives_its_first_name_unmarked() -> None:
    assert parse_article(page(_SECTIONS), "http://metrobali.com/cegah-dan-tanggulangi-covid-19/")["category"] == "Badung"


def test_a_trail_whose_separators_are_elements_of_their_own_gives_the_category() -> None:
    # Tribunnews 2015: `Tribunnews.com » Metropolitan » News`, each `»` in a span, above the headline.
    trail = ("<div class='p1020 bsht'><a href='http://www.tribunnews.com/'>Tribunnews.com</a> <span class='pl5'>»</span>"
             " <a href='http://www.tribunnews.com/metropolitan/'>Metropolitan</a> <span class='pl5'>»</span> "
             "<a href='http://www.tribunnews.com/metropolitan/news/'>News</a></div><h1>Kadishub DKI</h1>")
    url = "http://www.tribunnews.com/metropolitan/2015/06/19/kadishub-dki-taksi-uber-tak-punya-izin-operasi"
    item = parse_article(page(before=trail), url)
    assert (item["category"], item["category_path"]) == ("News", ["news"])


@pytest.mark.parametrize("links", [
    # A menu: links side by side with no separator between them, or a separator closing the line.
    "<a href='/'>Home</a> <a href='/nasional/'>Nasional</a> <a href='/bisnis/'>Bisnis</a>",
    "<a href='/'>Home</a> <span>»</span> <a href='/nasional/'>Nasional</a> <span>»</span>",
    "<a href='/'>Home</a> <span>»</span> <span>»</span> <a href='/nasional/'>Nasional</a>",
])
def test_links_that_do_not_print_as_a_trail_give_no_category(links) -> None:
    item = parse_article(page(before=f"<div>{links}</div><h1>Judul</h1>"), "https://example.co.id/berita/2015/a")
    assert item["category"] is None
