"""Lines a page adds around and after the article that the body cleaner drops, and the article's own lines it keeps:
a round-up's pointer to each story in full, a comment box's and a latest-news box's headings, an aggregator's link
to its source, a template's unfilled field, an old wire caption whose credit puts FOTO first, an Arabic agency's
line closing the story. Each real shape comes with a made-up variant (other names, other spelling)."""

from __future__ import annotations

import pytest

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

OPENING = ["Pemerintah mengumumkan kebijakan baru pada Senin pagi.", "Kebijakan itu berlaku mulai pekan depan."]
LAST = "Warga menyambut baik kebijakan itu, kata Budi."


@pytest.mark.parametrize("pointer", [
    "Baca berita lengkapnya di sini.",  # Bisnis's round-up of the day's most read stories
    "Baca selengkapnya di sini.",
    "Simak artikel selengkapnya disini",
])
def test_a_round_ups_pointer_after_an_items_last_sentence_goes(pointer):
    item = "Hal tersebut disampaikan oleh Kepala Satgas Perlindungan WNI KBRI untuk Malaysia Yusron B Ambary."
    headline = "2. Prabowo Subianto: Presiden Tegas ke Saya, Tidak Boleh Ada Kebocoran Anggaran"
    result = clean_body([Block(text) for text in [*OPENING, f"{item} {pointer}", headline, LAST]])
    assert result.paragraphs == [*OPENING, item, headline, LAST]


def test_a_sentence_about_reading_the_news_stays():
    line = "Warga diminta membaca berita lengkapnya di papan pengumuman desa."
    assert clean_body([Block(text) for text in [*OPENING, line]]).paragraphs == [*OPENING, line]


@pytest.mark.parametrize("lines", [
    ["No comments:", "Post a Comment"],  # Blogger's comment box under a copied story
    ["Bagikan:", "Komentar Anda", "Berita Terkini"],  # a radio's portal: share label, comment box, latest stories
    ["Source link"],  # an aggregator's link to the story it copied
    ["Artikel Terbaru"],
])
def test_a_boxs_heading_after_the_text_goes(lines):
    assert clean_body([Block(text) for text in [*OPENING, LAST, *lines]]).paragraphs == [*OPENING, LAST]


def test_a_templates_unfilled_field_between_paragraphs_goes():
    # An Arabic portal's view counter left as its template's field.
    middle = "وتجمّع المتظاهرون في حديقة النصب التذكاري الوطني في العاصمة الإندونيسية."
    result = clean_body([Block(text) for text in [*OPENING, middle, "{{ article.visit_count }}", LAST]])
    assert result.paragraphs == [*OPENING, middle, LAST]


@pytest.mark.parametrize("line", [
    # A paragraph on comments and the latest news keeps its words.
    "Komentar Anda tentang kebijakan ini dapat dikirim melalui laman resmi kementerian.",
    "Berita terkini dari lokasi banjir menyebutkan air mulai surut.",
])
def test_a_paragraph_opening_with_a_boxs_words_stays(line):
    assert clean_body([Block(text) for text in [*OPENING, line, LAST]]).paragraphs == [*OPENING, line, LAST]


@pytest.mark.parametrize("caption", [
    # ANTARA's 2010 photo caption: FOTO before the wire's name, the photographer and the desks' codes after it.
    "MEDAN, 22/9 - PERKETAT PENGAMANAN. Sejumlah anggota kepolisian melakukan penjagaan di Mapoltabes Medan, Sumut, "
    "Rabu (22/9). Polda Sumatera Utara memberlakukan status waspada tingkat tinggi terhadap keamanan di Kota Medan dan "
    "sekitarnya terkait penyerangan kelompok bersenjata ke Mapolsek Hamparan Perak, Kabupaten Deli Serdang. FOTO "
    "ANTARA/Kiki Cahyadi/Koz/mes/10.",
    "Petugas memeriksa tanggul yang jebol di Desa Sumberwuluh, Lumajang, Kamis (8/7). FOTO ANTARA/Seno/ama/10.",
])
def test_a_caption_its_credit_opens_with_foto_goes(caption):
    result = clean_body([Block(text) for text in [*OPENING, caption, LAST]])
    assert result.paragraphs == [*OPENING, LAST]


def test_a_sentence_naming_antaras_photographers_stays():
    line = "Foto yang dipajangkan merupakan karya fotografer ANTARA Iggoy Elfitra dan Arif Pribadi."
    assert clean_body([Block(text) for text in [*OPENING, line, LAST]]).paragraphs == [*OPENING, line, LAST]


@pytest.mark.parametrize("line", [
    "وكالة مينا للأنباء",  # MINA's Arabic edition, "MINA news agency"
    "وكالة معراج للأنباء الإسلامية “مينا”",  # its 2014 name, "Mi'raj Islamic news agency"
])
def test_an_arabic_agency_line_closing_the_story_goes(line):
    last = "ودعا يوسف إلى مواصلة النضال من أجل الاستقلال الفلسطيني."
    result = clean_body([Block(text) for text in [*OPENING, last, line]])
    assert result.paragraphs == [*OPENING, last]


def test_an_arabic_line_naming_another_agency_stays():
    # Not an agency the table knows: the line is the story's.
    line = "وكالة الأنباء السعودية"
    assert clean_body([Block(text) for text in [*OPENING, LAST, line]]).paragraphs == [*OPENING, LAST, line]


CAPTION_2010 = (
    "MEDAN, 22/9 - PERKETAT PENGAMANAN. Sejumlah anggota kepolisian melakukan penjagaan di Mapoltabes Medan, Sumut, "
    "Rabu (22/9). Polda Sumatera Utara memberlakukan status waspada tingkat tinggi terhadap keamanan di Kota Medan dan "
    "sekitarnya terkait penyerangan kelompok bersenjata ke Mapolsek Hamparan Perak, Kabupaten Deli Serdang. FOTO "
    "ANTARA/Kiki Cahyadi/Koz/mes/10.")


def test_a_captions_own_place_and_date_are_not_the_storys_dateline():
    lead = "Kepolisian Daerah Sumatera Utara menyiagakan ratusan personel di Kota Medan."
    result = clean_body([Block(text) for text in [CAPTION_2010, f"Medan (ANTARA) - {lead}", LAST]])
    assert result.paragraphs == [lead, LAST]
    assert (result.dateline.place, result.dateline.agency) == ("Medan", "ANTARA")


def test_a_photo_storys_caption_is_its_text():
    result = clean_body([Block(CAPTION_2010)])
    assert result.paragraphs == [CAPTION_2010.removeprefix("MEDAN, 22/9 - ")]


@pytest.mark.parametrize("lines", [
    ["AA", "Text Sizes", "Medium", "Large", "Larger"],  # Tribun's text-size switcher left as lines
    ["A A A"],  # SINDOnews's, on one line
    ["A", "A", "A"],
    ["loading..."],
    ["Bagaimana tanggapan anda mengenai artikel ini?"],  # Medcom's reaction widget between paragraphs
    ["Bagaimana reaksi kamu tentang berita ini?"],
])
def test_page_furniture_between_paragraphs_goes(lines):
    result = clean_body([Block(text) for text in [*OPENING, *lines, LAST]])
    assert result.paragraphs == [*OPENING, LAST]


@pytest.mark.parametrize("line", [
    "Besar",  # a size's name with no switcher before it is the text's
    "Bagaimana tanggapan Anda mengenai kenaikan harga beras itu?",  # an interview's question
])
def test_a_sizes_name_or_a_question_stays(line):
    assert clean_body([Block(text) for text in [*OPENING, line, LAST]]).paragraphs == [*OPENING, line, LAST]


@pytest.mark.parametrize("lines", [
    ["Berita Terkait :", "3 Selanjutnya", "Topik Terkait", "Saksikan Juga"],  # tvOne's boxes under the text
    ["Ilustrasi/SINDOnews/Dok"],
    ["Foto/Dok/Humas Pemkot"],
])
def test_box_headings_pagers_and_photo_sources_go(lines):
    assert clean_body([Block(text) for text in [*OPENING, LAST, *lines]]).paragraphs == [*OPENING, LAST]


def test_a_figures_words_with_an_empty_credit_go():
    # Tribun's copy of a Kompas figure: the alt text over the caption, its credit's brackets empty.
    result = clean_body([Block(text) for text in [
        *OPENING, "Trending Twitter Senin (23/9/2019)", "Trending Twitter Senin (23/9/2019) ()", LAST]])
    assert result.paragraphs == [*OPENING, LAST]


def test_a_dash_the_dateline_left_goes():
    lead = "Setelah sukses dengan Amazing Muharram 9, Cinta Quran Foundation kembali hadir dengan gebrakan baru."
    result = clean_body([Block(f"REPUBLIKA.CO.ID, BANDUNG--- {lead}"), Block(LAST)])
    assert result.paragraphs == [lead, LAST]
    result = clean_body([Block(f"REPUBLIKA.CO.ID, BANDUNG -- {lead}"), Block(LAST)])
    assert result.paragraphs == [lead, LAST]


def test_other_stories_leads_cut_short_under_the_text_go():
    # Monitor's teasers: each opens with the outlet's dateline and ends where it was cut.
    teasers = ["MONITOR, Jakarta - Kementerian Agama (Kemenag), Badan Amil Zakat Nasional (BAZNAS), dan Lembaga Amil Zakat…",
               "MONITOR, Jakarta – Pemerintah resmi menetapkan awal Ramadhan 1447 Hijriah jatuh pada Kamis, 19 Februari 2026.…",
               "SURABAYA - Wali kota meninjau pasar yang terbakar semalam..."]
    result = clean_body([Block(text) for text in [*OPENING, LAST, *teasers]])
    assert result.paragraphs == [*OPENING, LAST]


def test_a_paragraph_trailing_off_stays():
    line = "Ia hanya berkata, \"Kami masih menunggu...\""
    trailing = "Warga masih menunggu kabar dari petugas…"
    result = clean_body([Block(text) for text in [*OPENING, line, trailing]])
    assert result.paragraphs == [*OPENING, line, trailing]


def test_a_pagers_label_over_its_numbers_goes():
    result = clean_body([Block(text) for text in [*OPENING, LAST, "Halaman:", "1 2"]])
    assert result.paragraphs == [*OPENING, LAST]


@pytest.mark.parametrize("caption", [
    # RMOL's caption: the agency's name run into its last word after a slash.
    "Massa berkumpul di kawasan Patung Kuda Arjuna Wihaha di depan Monumen Nasional (Monas), Jakarta Pusat/RMOL",
    "Suasana rapat paripurna DPRD Kota Serang/ANTARA",
])
def test_a_caption_an_agencys_name_closes_after_a_slash_goes(caption):
    lead = "Massa penolak hasil Pemilu 2024 berkumpul di depan Monumen Nasional (Monas), Jakarta Pusat, Senin (22/4)."
    assert clean_body([Block(caption), Block(lead), Block(LAST)]).paragraphs == [lead, LAST]


@pytest.mark.parametrize("line", ["Pasukan gabungan TNI/Polri", "Petugas gabungan TNI/Polri berjaga di perbatasan"])
def test_a_line_closing_on_a_slashed_pair_stays(line):
    assert clean_body([Block(text) for text in [*OPENING, line, LAST]]).paragraphs == [*OPENING, line, LAST]


def test_a_bylines_label_whose_name_was_lost_goes():
    lead = "Salah satu isu menarik pagi ini adalah pernyataan Guru Besar UIN Syarif Hidayatullah Ciputat."
    assert clean_body([Block("oleh"), Block("oleh"), Block(lead), Block(LAST)]).paragraphs == [lead, LAST]


def test_a_bylines_label_over_its_name_is_kept_for_the_byline():
    cleaned = clean_body([Block("Oleh:"), Block("M Rodhi Aulia"), Block(OPENING[0]), Block(LAST)])
    assert (cleaned.byline_author, cleaned.paragraphs) == ("M Rodhi Aulia", [OPENING[0], LAST])


def test_a_box_of_headlines_and_times_closing_the_container_goes():
    # RMOL's AMP page: `Populer` over headlines each with its time, then an `UPDATE` box.
    box = ["Populer", "10.060 Jemaah Umrah Telah Kembali ke Tanah Air", "Kamis, 05 Maret 2026 | 09:09",
           "Rumah Bersejarah di Menteng Berubah Wujud", "Sabtu, 07 Maret 2026 | 22:49",
           "Pengacara Terkenal yang Menyita Perhatian Publik", "Minggu, 08 Maret 2026 | 11:44", "UPDATE",
           "Prabowo Desak Bos Batu Bara dan Sawit Dahulukan Pasar Domestik", "Sabtu, 14 Maret 2026 | 00:10"]
    assert clean_body([Block(text) for text in [*OPENING, LAST, *box]]).paragraphs == [*OPENING, LAST]


def test_a_paragraph_under_a_boxs_headlines_keeps_the_text_going():
    # The box stood inside the article: the paragraph after it stays.
    lines = ["Berita Terkait", "Pengacara Terkenal yang Menyita Perhatian Publik", "Kamis, 05 Maret 2026 | 09:09", LAST]
    paragraphs = clean_body([Block(text) for text in [*OPENING, *lines]]).paragraphs
    assert paragraphs[:2] == OPENING and paragraphs[-1] == LAST


def test_a_comment_contests_call_glued_to_the_channel_promo_goes():
    promo = ("Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com. Mari bergabung di Grup "
             "Telegram \"Kompas.com News Update\", caranya klik link https://t.me/kompascomupdate, kemudian join. Anda "
             "harus install aplikasi Telegram terlebih dulu di ponsel.Tulis komentarmu dengan tagar #JernihBerkomentar "
             "dan menangkan e-voucher untuk 90 pemenang!")
    terms = "Syarat & KetentuanSegera lengkapi data dirimu untuk ikutan program #JernihBerkomentar."
    assert clean_body([Block(text) for text in [*OPENING, LAST, promo, terms]]).paragraphs == [*OPENING, LAST]


def test_a_programs_terms_heading_stays():
    lines = ["Syarat & Ketentuan", "Peserta wajib berusia 17 tahun dan berdomisili di Jawa Timur."]
    assert clean_body([Block(text) for text in [*OPENING, *lines]]).paragraphs == [*OPENING, *lines]


def test_a_pirated_themes_link_under_a_copied_story_goes():
    assert clean_body([Block(text) for text in [*OPENING, LAST, "قالب وردپرس", "Read More"]]).paragraphs == [
        *OPENING, LAST]


@pytest.mark.parametrize("header", [
    ["Diberdayakan oleh Blogger.", "By On September 25, 2025"],  # a Blogger news site's header, the author lost
    ["Powered by Blogger", "By On Kamis, November 20, 2025"],
])
def test_a_blogger_header_over_a_caption_and_the_dateline_goes(header):
    caption = "Seorang pesilat pelaku penganiayaan ditangkap Polisi, Senin, 22 September 2025."
    lead = "Seorang anggota Polisi di Kabupaten Tulungagung menjadi korban pengeroyokan saat bertugas."
    result = clean_body([Block(text) for text in [*header, caption, f"TULUNGAGUNG, Kabar7.ID {lead}", LAST]])
    assert result.paragraphs == [lead, LAST]


def test_a_sentence_by_on_stays():
    line = "By on the morning of the vote, most polling stations had opened."
    assert clean_body([Block(text) for text in [*OPENING, line]]).paragraphs == [*OPENING, line]


@pytest.mark.parametrize(("line", "kept"), [
    ("more news", False),  # Voice of Indonesia's box heading under the story
    ("More stories", False),
    ("More news is expected after the ministers meet on Friday.", True),
])
def test_a_more_news_heading_goes_and_a_sentence_stays(line, kept):
    result = clean_body([Block(text) for text in [*OPENING, LAST, line]])
    assert result.paragraphs == [*OPENING, LAST, *([line] if kept else [])]


@pytest.mark.parametrize("credit", ["(Exclusive Photo: Palestine Today Correspondent)", "(Photo: MER-C)", "(Foto: Humas)"])
def test_a_long_leading_caption_its_labelled_credit_closes_leaves_the_dateline_to_read(credit):
    # MINA's English caption naming who stands where, longer than a caption usually is.
    caption = ("Three Medical Emergency Rescue Committee (MER-C) volunteers, namely (from left to right) Farid Zanzabil "
               "Al Ayubi, Fikri Rofiul Haq, and Reza Aldilla Kurniawan while at the Indonesian Hospital, north of Gaza, "
               f"Palestine, shortly before being evacuated to Rafah, Gaza South, Wednesday (23/11/2023). {credit}")
    lead = "Three MER-C volunteers at the Indonesian Hospital were successfully evacuated and arrived in Rafah."
    result = clean_body([Block(caption), Block(f"Gaza, MINA – {lead}"), Block(LAST)])
    assert result.paragraphs == [lead, LAST]
    assert (result.dateline.place, result.dateline.agency) == ("Gaza", "MINA")
