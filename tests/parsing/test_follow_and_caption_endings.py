"""Follow-us promotions split over two lines, an embedded post's link, a reprint note naming its title, a wire's
caption crediting its partner, an insert's headline split over two blocks, an Arabic page's keywords and follow bar and
boxes closing the container (related stories, comments), through the body cleaner with no site profile. Each real
shape comes with a line of text of the same look that stays."""

from __future__ import annotations

import pytest

from crawler.parsing.furniture import is_caption
from crawler.parsing.html import Block, Link
from crawler.parsing.text import clean_body

OPENING = ["Pemerintah mengumumkan kebijakan baru pada Senin pagi.", "Kebijakan itu berlaku mulai pekan depan."]
LAST = "Warga menyambut baik kebijakan itu, kata Budi."


def _paragraphs(lines: list[str]) -> list[str]:
    return clean_body([Block(line) for line in [*OPENING, *lines]]).paragraphs


@pytest.mark.parametrize("lines", [
    # Metro TV's call to follow, in one block or its two lines as two blocks, WhatsApp after Google News.
    ["Jangan lupa ikuti update berita lainnya dan follow  akun\nGoogle News Metrotvnews.com"],
    ["Jangan lupa ikuti update berita lainnya dan follow  akun", "Google News Metrotvnews.com"],
    ["Jangan lupa ikuti update berita lainnya dan follow  akun\nGoogle News Metrotvnews.com dan Channel WhatsApp "
     "Metro TV"],
    # Medcom's, its place on the next line.
    ["Cek Berita dan Artikel yang lain di", "Google News"],
])
def test_follow_promos_over_two_lines_are_dropped(lines):
    assert _paragraphs([LAST, *lines]) == [*OPENING, LAST]


@pytest.mark.parametrize("line", [
    # A call that names its place in the sentence is text; so is a sentence about the service, and a line with a
    # clause in it cut before its place.
    "Cek berita dan artikel yang lain di situs resmi pemerintah daerah untuk informasi jadwal vaksinasi.",
    "Google News kini menampilkan berita dari lebih banyak media lokal di Indonesia.",
    "Ikuti berita terbaru soal banjir, kata petugas, melalui kanal resmi BPBD di",
])
def test_lines_about_following_news_stay(line):
    assert _paragraphs([line, LAST]) == [*OPENING, line, LAST]


def test_an_instagram_embeds_link_line_is_dropped():
    # Warta Banjar: the embed's link left as a line between paragraphs.
    assert _paragraphs(["View this post on Instagram", LAST]) == [*OPENING, LAST]
    sentence = "Unggahan itu bisa dilihat di Instagram resmi kementerian sejak Senin pagi."
    assert _paragraphs([sentence, LAST]) == [*OPENING, sentence, LAST]


def test_a_reprint_note_naming_its_title_closes_the_text():
    # A syndicator's note with its link lost, then `Sumber berita`.
    lines = [LAST, "Artikel yang berjudul “Jokowi Sesalkan Penanggulangan Karhutla Yang Telat” ini telah terbit "
             "pertama kali di:", "Sumber berita"]
    assert _paragraphs(lines) == [*OPENING, LAST]
    sentence = "Artikel yang berjudul “Pangan dan Iklim” itu ditulis oleh tiga peneliti IPB."
    assert _paragraphs([sentence, LAST]) == [*OPENING, sentence, LAST]


@pytest.mark.parametrize(("text", "caption"), [
    # ANTARA's caption of a partner's photo: the wire, its partner, the photographer.
    ("Asap membubung dari Kota Rafah, Jalur Gaza Selatan, pada 28 Mei 2024. (ANTARA/Xinhua/Khaled Omar)", True),
    ("Seorang pria melihat kendaraan yang hancur ketika serangan udara Israel terhadap tenda pengungsi di Kota Rafah, "
     "Jalur Gaza Selatan, pada 27 Mei 2024. (ANTARA/Xinhua/Rizek Abdeljawad)", True),
    # A source named in mixed case closes a paragraph.
    ("Kata dia, hal itu benar. (Antara/Reuters/Budi)", False),
])
def test_a_wire_caption_crediting_its_partner(text, caption):
    assert is_caption(text) is caption


def test_an_inserts_headline_split_at_its_double_stop_goes_with_it():
    # An Arabic insert whose headline's `..` broke it over two blocks: the rest joins the entry's title.
    link = Link("إضراب عالمي وحرب شرسة.", "https://example.com/a", "https://example.com/")
    blocks = [Block(line) for line in OPENING] + [
        Block("اقرأ أيضاً : إضراب عالمي وحرب شرسة.", [link]), Block(". غزة تقاوم الاحتلال لليوم الـ66"), Block(LAST)]
    result = clean_body(blocks)
    assert result.paragraphs == [*OPENING, LAST]
    assert result.related == [{"title": "إضراب عالمي وحرب شرسة.. غزة تقاوم الاحتلال لليوم الـ66",
                               "url": "https://example.com/a"}]
    # Unlinked, it goes too; a block opening with a full stop elsewhere stays.
    assert _paragraphs(["اقرأ أيضاً : إضراب عالمي وحرب شرسة.", ". غزة تقاوم الاحتلال لليوم الـ66", LAST]) == [
        *OPENING, LAST]
    assert _paragraphs([". Pernyataan itu dibantah kemudian.", LAST]) == [
        *OPENING, ". Pernyataan itu dibantah kemudian.", LAST]


@pytest.mark.parametrize("lines", [
    # An Arabic story's keywords under their label after its source; its follow bar.
    ["المصدر: رؤيا الأخباري", "كلمات دلالية: الحرب على غزة رفح قطاع غزة الاحتلال الإسرائيلي"],
    ["جوجل نيوز", "تطبيق نبض", "واتس اب"],
])
def test_arabic_keywords_and_follow_bars_are_dropped(lines):
    assert _paragraphs([LAST, *lines]) == [*OPENING, LAST]


def test_a_caption_crediting_its_pictures_source_and_a_theme_switch_leave_the_text():
    # A blog's caption printed twice, its picture's source under a label; RM.id's theme switch.
    caption = "Tradisi NU Bukan Budaya Sinkretis (Sumber Gambar : Nu Online)"
    assert is_caption(caption)
    assert is_caption("Petugas memeriksa dokumen warga di kantor kecamatan. (Sumber foto: Humas Pemkab)")
    assert _paragraphs([caption, caption, LAST]) == [*OPENING, LAST]
    assert _paragraphs(["Dark/Light Mode", LAST]) == [*OPENING, LAST]
    # A sentence naming a picture's source stays.
    sentence = "Sumber gambar itu, kata dia, adalah arsip keluarga yang disimpan sejak 1965."
    assert not is_caption(sentence)
    assert _paragraphs([sentence, LAST]) == [*OPENING, sentence, LAST]


def test_a_closing_box_with_dashes_tabs_and_a_show_more_button_goes_whole():
    # Suara's AMP box: a dash alone over each headline copied without its link.
    box = ["Berita Terkait", "-", "Tutup Usia, Wapres Ma'ruf Kenang Jakob Oetama Sebagai Tokoh Pers Teladan", "-",
           "Yogi Mengenang Almarhum Jakob Oetama: Pakde Kerja Bukan untuk Uang Semata", "-",
           "Pak Lurah dan Pegawai Terpapar Covid-19, Kalurahan Kotabaru Ditutup"]
    assert _paragraphs([LAST, *box]) == [*OPENING, LAST]
    # Its headings, tabs and the button under them.
    assert _paragraphs([LAST, "BERITA TERKAIT", "REKOMENDASI", "News", "Terkini", "Tampilkan lebih banyak"]) == [
        *OPENING, LAST]
    # A paragraph after such a box is text, and a dash in a sentence stays.
    sentence = "Pemda DIY - kata Heroe - akan menambah destinasi wisata yang dibuka pekan depan."
    assert _paragraphs([LAST, "Berita Terkait", "-", sentence]) == [*OPENING, LAST, sentence]


@pytest.mark.parametrize("box", [
    # KBR: the comment count over its note to readers, or the heading alone over it.
    ["Komentar (0)", "KBR percaya pembaca situs ini adalah orang-orang yang cerdas dan terpelajar. Karena itu mari "
     "kita gunakan kata-kata yang santun di dalam kolom komentar."],
    ["Komentar", "KBR percaya pembaca situs ini adalah orang-orang yang cerdas dan terpelajar."],
])
def test_a_comment_box_near_the_end_goes_whole(box):
    assert _paragraphs([LAST, *box]) == [*OPENING, LAST]


def test_a_comment_heading_followed_by_the_rest_of_the_article_keeps_it():
    # Far from the end, or over the text before any paragraph, the heading is all that goes.
    rest = [f"Paragraf ke-{number} tentang tanggapan warga atas kebijakan itu." for number in range(1, 5)]
    assert _paragraphs([LAST, "Komentar", *rest]) == [*OPENING, LAST, *rest]
    assert clean_body([Block("Komentar (2)"), Block(LAST), Block(rest[0])]).paragraphs == [LAST, rest[0]]


@pytest.mark.parametrize("line", [
    # Arabic pages' read-more buttons alone on their line; an AMP page's link to the full page.
    "أكمل القراءة »",
    "اقرأ المزيد",
    "View on casablancatoday.com",
])
def test_read_more_buttons_and_amp_links_are_dropped(line):
    assert _paragraphs([LAST, line]) == [*OPENING, LAST]


def test_a_sentence_about_reading_more_stays():
    sentence = "اقرأ المزيد عن تاريخ المسجد في الكتاب الذي صدر العام الماضي."
    assert _paragraphs([sentence, LAST]) == [*OPENING, sentence, LAST]


def test_the_headline_repeated_under_the_text_goes():
    # ANTARA's paged feature: the last page repeats its headline and byline under the text.
    title = "Spektrum - Menelusuri sejarah jurnalistik Indonesia di ANTARA Heritage Center"
    paragraphs = ["Galeri foto Graha ANTARA terbagi menjadi dua ruangan. Ruangan pertama, saat ini memamerkan seri foto "
                  "bersejarah Gedung ANTARA dan kawasan Pasar Baru, yang hingga saat ini masih terawat apik di sana.",
                  "Di museum ini terpajang potret empat pendiri ANTARA, yakni Adam Malik, Soemanang, A.M. Sipahoetar, "
                  "dan Pandoe Kartawigoena, serta mesin ketik dan sepeda peninggalan mereka."]
    blocks = [Block(text) for text in [*paragraphs, title, "Oleh Farhan Arda Nugraha Minggu, 16 Juni 2024 18:00 WIB"]]
    assert clean_body(blocks, title=title).paragraphs == paragraphs
    # A line that only begins like the headline stays.
    longer = title + " dibuka untuk umum setiap hari."
    assert clean_body([Block(text) for text in [*paragraphs, longer]], title=title).paragraphs == [*paragraphs, longer]


@pytest.mark.parametrize("lines", [
    # Kompas TV's AMP page: the writer, the source and the latest stories' heading under the text.
    ["Penulis : Desy-Hartini", "Sumber : Kompas TV", "TERBARU"],
    # An image's address left as a line (Kompas.id's over its photo's credit).
    ["https://cdn-assetd.kompas.id/5wfbFBZa7q-B5hlCKAilNdzO7as=/1024x766/https%3A%2F%2Fkompas.id%2Fwp-content%2Fuploads"
     "%2F2021%2F03%2FIMG-20210301-WA0041_1614592340.jpg"],
])
def test_latest_stories_headings_and_image_addresses_are_dropped(lines):
    assert _paragraphs([LAST, *lines]) == [*OPENING, LAST]


def test_a_sentence_about_the_latest_news_stays():
    sentence = "Terbaru, polisi menetapkan dua tersangka dalam kasus itu pada Senin malam."
    assert _paragraphs([sentence, LAST]) == [*OPENING, sentence, LAST]


def test_an_insert_whose_words_are_inside_its_link_leaves_the_paragraph():
    # RMOLBanten: `Baca: <headline>` all in one link, run into the paragraph after a sentence's end.
    link = Link("Baca: Belum Ada Pemenang, Survei LSI Syafrudin-Subadri Unggul Tipis", "https://example.com/a",
                "https://example.com/")
    text = ("Namun, kata dia, keputusan final tetap ada di tangan KPU nanti. Baca: Belum Ada Pemenang, Survei LSI "
            "Syafrudin-Subadri Unggul TipisDengan kondisi seperti itu, pasangan Vera-Nurhasan masih berpeluang.")
    result = clean_body([Block(line) for line in OPENING] + [Block(text, [link])])
    assert result.paragraphs == [*OPENING, "Namun, kata dia, keputusan final tetap ada di tangan KPU nanti. Dengan "
                                 "kondisi seperti itu, pasangan Vera-Nurhasan masih berpeluang."]
    assert result.related == [{"title": "Belum Ada Pemenang, Survei LSI Syafrudin-Subadri Unggul Tipis",
                               "url": "https://example.com/a"}]
    # Inside a sentence such a link is the sentence's own.
    inside = "Warga diminta membaca aturan itu, kata dia merujuk Baca: Pedoman Baru di situs resmi."
    own = Link("Baca: Pedoman Baru", "https://example.com/b", "https://example.com/")
    assert clean_body([Block(line) for line in OPENING] + [Block(inside, [own])]).paragraphs == [*OPENING, inside]
