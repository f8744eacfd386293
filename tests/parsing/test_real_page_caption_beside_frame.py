"""The lead photo's credit printed in its frame and its caption in the block right after the frame (Republika's
Ihram, 2017: `<div class="img-set"><img ...> <div class="def">Republika/ Wihdan Hidayat</div></div>
<div class="set-cp global-detail"><div class="caption">Calon jamaah haji mengikuti ...</div></div>`; Republika 2016:
`<div class="wp-cap"><div class="caption">Marcella Zalianty </div></div>`): the image has both. KapanLagi prints the
headline photo's caption and credit in a copyright line beside it (`<div class="copyright">Brandon
Salim/©KapanLagi.com®/M. Akrom Sukarya</div>`, `Dian Sastrowardoyo © KapanLagi.com®/`); a line that is only the sign
and its holder (a footer's beside its logo) names no photo, and a caption further away (one inside the story, after
the blocks that follow the headline photo) is no lead caption. The markup is the pages' own
(anpandu/indonesian-news-scraper's `republika-singlepage3.html`, `kapanlagi-singlepage.html` and
`kapanlagi-singlepage2.html`), cut to the article."""

from __future__ import annotations

from crawler.parsing import parse_article

IHRAM_URL = ("http://www.republika.co.id/berita/jurnal-haji/berita-jurnal-haji/17/02/17/oli9fp396-jamaah-haji-ikuti-"
             "pemeriksaan-kesehatan-haji")
PHOTO = ("http://static.republika.co.id/uploads/images/headline_slide/pemeriksaan-kesehatan-jamaah-calon-haji-kloter-3-"
         "mengikuti-pemeriksaan-_160809163333-725.jpg")
IHRAM = f"""<html><head><title>Jamaah Haji Ikuti Pemeriksaan Kesehatan Haji | ihram.co.id </title>
<meta property="og:image" content="{PHOTO}" /></head><body><div class="conten-set"><div class="detail-left">
<div class="wrap-title"><div class="h5 global-detail">Jamaah Haji Ikuti Pemeriksaan Kesehatan Haji</div>
<div class="date-detail global-detail"><!-- news_date_detail_ihram-->Jumat , 17 February 2017, 13:16 WIB</div></div>
<div class="img-detail" >
<div class="img-set"  style="position:relative;"> <img src="{PHOTO}" width="610"  />
              <div class="def" style="color:#ffffff;font-size:11px;position: absolute;">
               Republika/ Wihdan Hidayat              </div>
          </div>
<div class="set-cp global-detail">
<div class="caption">Calon jamaah haji mengikuti pemeriksaan kesehatan oleh petugas medis (Ilustrasi)         </div>
</div>
</div>
<div class="teaser global-detail"> <p>IHRAM.CO.ID, BANJARMASIH -- Kepala Kantor Kementerian Agama Kota Banjarmasin H
Sofrayani mengimbau, calon jamaah haji Kota Banjarmasin untuk mengikuti pemeriksaan kesehatan haji tahap pertama.<br />
<br />Kegiatan Pemeriksaan Kesehatan Calon Jamaah Haji tahap pertama tersebut direncanakan dilaksanakan sejak tanggal
13 sampai dengan 25 Pebruari 2017.</p></div></div></div></body></html>"""

KAPANLAGI_URL = ("http://www.kapanlagi.com/showbiz/film/indonesia/brandon-salim-makin-dekat-dengan-sivia-blink-di-heart-"
                 "beat-82f43b.html")
HEADLINE = "http://cdn.klimg.com/kapanlagi.com/p/headline/476x238/brandon-salim-makin-dekat-dengan-sivia--e8991e.jpg"
KAPANLAGI = f"""<html><head><title>Brandon Salim Makin Dekat Dengan Sivia Blink di 'HEART BEAT' - KapanLagi.com</title>
<meta property="og:image" content="{HEADLINE}"/></head><body><div id="newsdetail-right-new">
<h1 class="entertainment-newsdetail-title-new">Brandon Salim Makin Dekat Dengan Sivia Blink di 'HEART BEAT'</h1>
<span class="newsdetail-schedule-new">Kamis, 05 November 2015 11:52</span>
<div class="entertainment-newsdetail-headlineimg">
<img src ="{HEADLINE}" alt="Brandon Salim Makin Dekat Dengan Sivia Blink di 'HEART BEAT'" width="476" height="238"/>
<br /><div class="copyright">Brandon Salim/©KapanLagi.com®/M. Akrom Sukarya</div></div>
<div class="other-related"><div class="controller"><div class="box-header">Kumpulan Berita Terkait:</div></div></div>
<div class="entertainment-detail-news" id="v6-revb-detailnews">
<b>Kapanlagi.com</b> - Brandon Nicholas Salim, putra sulung aktor Fery Salim, rupanya semakin mantap menekuni dunia
hiburan tanah air.<p><p>
<div class="entertainment-newsdetail-image-caption"><img src="http://cdn.klimg.com/resized/476x/p/brandon_nicholas_salim-20151105-002-akrom.jpg"
 width="476" />Heart Beat bikin Brandon terpukau oleh ceritanya yang positif dalam balutan drama musikal/©KapanLagi.com®/M. Akrom Sukarya</div><p><p>
Namun, meski bergenre drama musikal, dirinya tak punya banyak porsi untuk bernyanyi.<p><p> <b>(kpl/pur/tch)</b>
</div></div></body></html>"""


def test_ihram_s_credit_in_the_frame_and_caption_after_it():
    item = parse_article(IHRAM.encode(), IHRAM_URL)
    assert item["image"] == {"url": PHOTO,
                             "caption": "Calon jamaah haji mengikuti pemeriksaan kesehatan oleh petugas medis (Ilustrasi)",
                             "credit": "Republika/ Wihdan Hidayat"}
    assert item["body"].startswith("Kepala Kantor Kementerian Agama")
    assert "Wihdan" not in item["body"] and "Ilustrasi" not in item["body"]


def test_kapanlagi_s_copyright_line_under_the_headline_photo():
    image = parse_article(KAPANLAGI.encode(), KAPANLAGI_URL)["image"]
    assert image == {"url": HEADLINE, "caption": "Brandon Salim", "credit": "©KapanLagi.com®/M. Akrom Sukarya"}
    line = KAPANLAGI.replace("Brandon Salim/©KapanLagi.com®/M. Akrom Sukarya", "Dian Sastrowardoyo © KapanLagi.com®/")
    image = parse_article(line.encode(), KAPANLAGI_URL)["image"]
    assert (image["caption"], image["credit"]) == ("Dian Sastrowardoyo", "© KapanLagi.com®/")


def test_a_bare_copyright_line_and_a_caption_inside_the_story_are_not_the_headline_photo_s():
    footer = KAPANLAGI.replace("Brandon Salim/©KapanLagi.com®/M. Akrom Sukarya", "© 2016 KapanLagi.com®")
    image = parse_article(footer.encode(), KAPANLAGI_URL)["image"]
    assert image == {"url": HEADLINE, "caption": None, "credit": None}
