"""Endings, inserts and captions as regional sites and news copies (a story pasted into another site's database,
scraped text) print them, through the body cleaner with no site profile. Each real shape comes with a made-up
variant and a line of text of the same look that stays."""

from __future__ import annotations

import pytest

from crawler.parsing.html import Block, Link
from crawler.parsing.text import clean_body

OPENING = ["Pemerintah mengumumkan kebijakan baru pada Senin pagi.", "Kebijakan itu berlaku mulai pekan depan."]
LAST = "Warga menyambut baik kebijakan itu, kata Budi."


def _paragraphs(lines: list[str | Block]) -> list[str]:
    blocks = [line if isinstance(line, Block) else Block(line) for line in [*OPENING, *lines]]
    return clean_body(blocks).paragraphs


@pytest.mark.parametrize(("line", "kept"), [
    # Lampung Geh: the caption, a bar, the photographer and the outlet.
    ("Kabag Umum dan Keuangan ITERA, Pujiono (kanan) saat diwawancarai Lampung Geh | Foto : Putri "
     "Purnamasari/Lampung Geh", False),
    ("Suasana pasar pagi di Kota Metro | Foto: Rina Wulandari", False),
    ("Kabag Umum ITERA saat diwawancarai | Foto-foto kegiatan dipajang di aula kampus.", True),
    # Suara: an illustration's caption closed by its source after `photo/`.
    ("Ilustrasi robot penjelajah planet Mars (photo/Dok. NASA)", False),
    ("Petugas memeriksa dokumen penumpang di bandara (foto/Istimewa)", False),
    ("Bukti pendukung (foto/video)", True),
])
def test_a_captions_credit_after_a_bar_or_a_photo_slash_leaves_the_body(line, kept):
    assert _paragraphs([line, LAST]) == [*OPENING, *([line] if kept else []), LAST]


def test_an_insert_with_no_colon_before_its_linked_headline_is_related():
    url = "https://www.example.com/p/polres-tangsel-terima-6-laporan"
    headline = "Polres Tangsel Terima 6 Laporan Dugaan Penipuan Pre-Order Iphone ‘Si Kembar’"
    result = clean_body([Block(text) for text in OPENING]
                        + [Block(f"Baca juga {headline}", [Link(headline, url, url)]), Block(LAST)])
    assert result.paragraphs == [*OPENING, LAST]
    assert result.related == [{"title": headline, "url": url}]


def test_words_around_a_link_that_only_begin_like_an_insert_stay():
    url = "https://www.example.com/quran"
    line = "Baca Al-Quran setiap hari selama bulan Ramadan."
    result = clean_body([Block(text) for text in OPENING] + [Block(line, [Link("Al-Quran", url, url)])])
    assert result.paragraphs == [*OPENING, line]


@pytest.mark.parametrize(("last", "kept"), [
    # TIMES Indonesia's copy: the writer's code, then the source as a bracketed link.
    ('"Mereka sedang menyesuaikan," ujarnya. (asp).(sumber: http://suaradesa.timesindonesia.co.id )',
     '"Mereka sedang menyesuaikan," ujarnya.'),
    ("Pasar kembali ramai sejak pagi, kata dia. (red). (Sumber: kabarkota.com)",
     "Pasar kembali ramai sejak pagi, kata dia."),
    # A bracket that is the sentence's own stays once the code is cut.
    ("Rapat digelar di kantor wali kota (Balai Kota). (red)", "Rapat digelar di kantor wali kota (Balai Kota)."),
])
def test_a_code_and_its_bracketed_source_both_close_the_text(last, kept):
    assert _paragraphs([last]) == [*OPENING, kept]


@pytest.mark.parametrize(("lines", "kept"), [
    # A copied story's source as the site's address alone, also after the writer's code.
    (["Kasus ini menjerat Andi Mallarangeng dan adiknya Choel Mallarangeng.", "http://nasional.sindonews.com/"],
     ["Kasus ini menjerat Andi Mallarangeng dan adiknya Choel Mallarangeng."]),
    ([f"{LAST} (Ufa)", "http://showbiz.liputan6.com/"], [LAST]),
    # A tag naming the agency.
    ([LAST, "#Okezone"], [LAST]),
    # The paragraph before points at the address: it is the text's.
    (["Daftar lengkapnya dapat dilihat di laman berikut.", "https://www.kemenkes.go.id"],
     ["Daftar lengkapnya dapat dilihat di laman berikut.", "https://www.kemenkes.go.id"]),
    (["Pendaftaran dibuka secara daring melalui:", "https://pendaftaran.example.go.id/"],
     ["Pendaftaran dibuka secara daring melalui:", "https://pendaftaran.example.go.id/"]),
    (["Pendaftaran seleksi dilakukan secara daring.", "https://sscasn.bkn.go.id"],
     ["Pendaftaran seleksi dilakukan secara daring.", "https://sscasn.bkn.go.id"]),
])
def test_a_sources_address_alone_closing_a_copied_story_leaves_it(lines, kept):
    assert _paragraphs(lines) == [*OPENING, *kept]


@pytest.mark.parametrize(("text", "kept"), [
    # Kompas scraped flat: the headline ends where a quotation holding words in lower case opens...
    ('Wisatawan perlu membawa berbagai dokumen persyaratan saat masa new normal. Baca juga: Turis Mulai Bisa Kunjungi '
     'NTT pada 15 Juni "Dokumen tersebut wajib ditunjukkan kepada petugas," jelas Kepala Balai.',
     'Wisatawan perlu membawa berbagai dokumen persyaratan saat masa new normal. "Dokumen tersebut wajib ditunjukkan '
     'kepada petugas," jelas Kepala Balai.'),
    # ...or at an opener and a small word (`Selain itu,`).
    ("Wisatawan juga harus memiliki asuransi perjalanan. Baca juga: Walau Wisata NTT Buka Kembali, Kunjungan "
     "Wisatawan Diprediksi Masih Kecil Selain itu, memastikan jarak antar individu setidaknya satu meter.",
     "Wisatawan juga harus memiliki asuransi perjalanan. Selain itu, memastikan jarak antar individu setidaknya satu "
     "meter."),
    # A quotation the headline closes is the headline's: where it ends cannot be told, the paragraph stays whole.
    ('Harga cabai naik tajam. Baca juga: Mentan: "Stok Aman Sampai Lebaran" Pedagang mengeluhkan sepinya pembeli.',
     'Harga cabai naik tajam. Baca juga: Mentan: "Stok Aman Sampai Lebaran" Pedagang mengeluhkan sepinya pembeli.'),
])
def test_a_flattened_insert_ends_at_a_quotation_or_a_two_word_opener(text, kept):
    assert _paragraphs([text]) == [*OPENING, kept]


def test_a_boxs_headlines_copied_without_their_links_leave_with_its_heading():
    lines = ["Menurutnya, wabah virus Corona merupakan masalah yang lebih penting.", "Baca Juga:",
             "Casillas Sebenarnya Ingin Pisah Baik-Baik dengan Madrid",
             "Perubahan Postur APBN 2020, Jokowi: Ada Konsekuensi Defisit",
             "Minum Vitamin C 1000 mg Setiap Hari, Dokter: Enggak Perlu!",
             "Pada Februari lalu, Casillas mengumumkan maju dalam pencalonan presiden RFEF."]
    assert _paragraphs(lines) == [*OPENING, lines[0], lines[-1]]


def test_a_subheading_after_a_linked_box_and_a_paragraph_after_a_heading_stay():
    url = "https://www.example.com/berita/1"
    lines = ["Baca Juga:", Block("Sungai Terpanjang di Asia", [Link("Sungai Terpanjang di Asia", url, url)]),
             "Unggulan Palestina", "Baca Juga:", "Isu Palestina menjadi unggulan utama dalam pemberitaan"]
    assert _paragraphs(lines) == [*OPENING, "Unggulan Palestina", "Isu Palestina menjadi unggulan utama dalam "
                                  "pemberitaan"]


@pytest.mark.parametrize(("last", "kept"), [
    # A single letter, Depok's numbered desk codes spaced from their letters, a Detik copy's codes spaced around
    # their slash.
    ("“Kita tahu Batam sangat strategis,” ucapnya. (r)", "“Kita tahu Batam sangat strategis,” ucapnya."),
    ('"Serta dapat membuka lapangan pekerjaan," tutupnya. (JD 02/ED 01).', '"Serta dapat membuka lapangan pekerjaan,"'
     " tutupnya."),
    ('"Credit growth is still 12-13% nationally," he said. (eds / hns)', '"Credit growth is still 12-13% nationally,"'
     " he said."),
    # A number in brackets with no code beside it is the text's.
    ("Sidang dilanjutkan pekan depan. (Pasal 5)", "Sidang dilanjutkan pekan depan. (Pasal 5)"),
    ("Jumlah penerima naik. (2 / 3)", "Jumlah penerima naik. (2 / 3)"),
    # Malut Post's reporter code, a number after a hyphen.
    ('"Bisa jadi contoh dalam mewujudkan cita-cita itu," pungkasnya.(cr-04)', '"Bisa jadi contoh dalam mewujudkan'
     ' cita-cita itu," pungkasnya.'),
])
def test_short_and_spaced_codes_close_the_text(last, kept):
    assert _paragraphs([last]) == [*OPENING, kept]


@pytest.mark.parametrize(("text", "kept"), [
    # InfoPublik scraped: the writer's code, the views counter and the free licence run into the last sentence.
    ("“Kita harapkan Sentra Rendang menjadi dapur utama bagi IKM kita,” kata dia. (MC Padang/ Chl/ Marajo/toeb)   "
     "13 Kali      \u00a0 Anda dapat menyiarkan ulang, menulis ulang, dan atau menyalin konten ini dengan "
     "mencantumkan sumber InfoPublik.id",
     "“Kita harapkan Sentra Rendang menjadi dapur utama bagi IKM kita,” kata dia."),
    # A count in the text stays.
    ("Petugas sudah 13 kali mendatangi lokasi itu.", "Petugas sudah 13 kali mendatangi lokasi itu."),
])
def test_a_views_counter_and_a_licence_run_into_the_last_sentence_leave_it(text, kept):
    assert _paragraphs([text]) == [*OPENING, kept]


ARABIC = ["ومن هذه الآية استنتج كما يستنتج كل الفقهاء أن المريض أو المسافر يحق له الإفطار.",
          "وأوضح معروف أن الإسراء والمعراج درس روحي للنبي محمد صلى الله عليه وسلم."]


@pytest.mark.parametrize("label", [
    # "Also read" as Arabic sites spell it: the tanwin after the alif or before it, a bare alif; "see also", "watch
    # also"; MINA's Arabic edition's "read more".
    "اقرأ أيضاً:", "إقرأ ايضاً:", "أقرأ ايضًا:", "اقرأ أيضا:", "طالع أيضًا:", "شاهد أيضاً:", "قراءة المزيد:",
])
def test_arabic_inserts_in_their_spellings_leave_the_body(label):
    url = "https://example.com/a/347914.html"
    headline = "أربعة خلافات كبرى بين الشيعة والسنة"
    result = clean_body([Block(ARABIC[0]), Block(f"{label} {headline}", [Link(headline, url, url)]), Block(ARABIC[1])])
    assert result.paragraphs == ARABIC
    assert result.related == [{"title": headline, "url": url}]


def test_an_arabic_related_news_heading_over_its_links_leaves_the_body():
    url = "https://example.com/a/2.html"
    headline = "أربعة خلافات كبرى بين الشيعة والسنة"
    result = clean_body([Block(ARABIC[0]), Block("أخبار متعلقة"), Block(headline, [Link(headline, url, url)]),
                         Block(ARABIC[1])])
    assert result.paragraphs == ARABIC


@pytest.mark.parametrize(("lines", "kept"), [
    # The tags as hashtags on their own line.
    ([LAST, "#Emil Elestianto Dardak #Plt Gubernur Jatim #Animator Roblox Blitar"], [LAST]),
    ([LAST, "#Pilkada2024 #KPU #Bawaslu"], [LAST]),
    # A hashtag inside a sentence is the text's.
    ([LAST, "#SaveKPK bukan sekadar slogan. #Reformasi"], [LAST, "#SaveKPK bukan sekadar slogan. #Reformasi"]),
    # Kompas's footer (2026): its membership and app links under the editor's line.
    ([LAST, "Editor : Ferril Dennys", "Membership: https://kmp.im/plus6", "Download aplikasi: https://kmp.im/app6"],
     [LAST]),
])
def test_hashtag_tags_and_an_outlets_membership_and_app_links_leave_the_body(lines, kept):
    assert _paragraphs(lines) == [*OPENING, *kept]


@pytest.mark.parametrize("lines", [
    ["Baca Juga:", "Unggulan Palestina", "Isu-isu Palestina menjadi unggulan utama dalam pemberitaan MINA."],
    # A headline and then the article's subheading cannot be told from two headlines: both stay.
    ["Baca Juga:", "Ikhlas Rumah Dijarah, Uya Kuya Berduka Kucingnya Diambil", "Klarifikasi dari Pihak Menteri",
     "Menanggapi viralnya video tersebut, pihak kementerian segera memberikan klarifikasi resmi."],
])
def test_one_or_two_title_lines_under_a_heading_whose_links_are_gone_stay(lines):
    assert _paragraphs(lines) == [*OPENING, *lines[1:]]


@pytest.mark.parametrize(("lines", "kept"), [
    # An unlabelled tag line, a school's slogan, the agency's name (a copy read with no site profile): the writer's
    # code closed the article before them.
    (["“Saya hanya ingin memastikan suara masyarakat kita tidak diabaikan,” tutupnya. (KRO/RD/Is M)",
      "Aceh Angga Munandar Bukan Sekadar Mangkir Gadang Sumut Titik Koordinat"],
     ["“Saya hanya ingin memastikan suara masyarakat kita tidak diabaikan,” tutupnya."]),
    (["“Saya berharap SMK N 5 tetap unggul dan juara,” ungkapnya. (Af)", "SMK Bisa! SMK Hebat! SMK Bisa Hebat!"],
     ["“Saya berharap SMK N 5 tetap unggul dan juara,” ungkapnya."]),
    (["Pencarian korban hilang masih berlangsung hingga berita ini diturunkan. (LKG/RE1)", "Mi’raj News Agency (MINA)"],
     ["Pencarian korban hilang masih berlangsung hingga berita ini diturunkan."]),
    # The agency's name and initials close the text with no code before them.
    (["وأوضح معروف أن الإسراء والمعراج درس روحي للنبي.", "وكالة معراج للأنباء (مينا)"],
     ["وأوضح معروف أن الإسراء والمعراج درس روحي للنبي."]),
    # A sentence or a question after the code stays; so does a short line after a paragraph no code closes.
    ([f"{LAST} (red)", "Warga diminta tetap waspada."], [f"{LAST} (red)", "Warga diminta tetap waspada."]),
    ([f"{LAST} (red)", "Lantas, apa yang terjadi selanjutnya?"],
     [f"{LAST} (red)", "Lantas, apa yang terjadi selanjutnya?"]),
    ([LAST, "Klarifikasi dari Pihak Menteri"], [LAST, "Klarifikasi dari Pihak Menteri"]),
])
def test_short_lines_after_a_paragraph_its_code_closes_leave_the_body(lines, kept):
    assert _paragraphs(lines) == [*OPENING, *kept]


def test_an_illustrations_caption_after_its_subject_and_a_dash_is_a_caption_even_where_it_reads_as_a_dateline():
    caption = "Liga Champions - Ilustrasi Piala Liga Champions (Bola.com/Adreanus Titus)"
    assert _paragraphs([caption, LAST]) == [*OPENING, LAST]


@pytest.mark.parametrize(("lead", "author", "start"), [
    # A reporter line the scraper ran into the dateline, the outlet named again to open it.
    ("Laporan wartawan Tribunnews.com, Fahdi Fahlevi TRIBUNNEWS.COM, JAKARTA - Ketua Umum PGRI, Unifah Rosyidi, "
     "mengaku setuju atas rencana Pemerintah menerapkan Ujian Nasional (UN).", "Fahdi Fahlevi", "Ketua Umum PGRI"),
    ("Laporan Wartawan Grid.ID, Dwi Ayu Lestari Grid.ID - Jennifer Bachdim tak menyia-nyiakan kesempatan tampil.",
     "Dwi Ayu Lestari", "Jennifer Bachdim"),
])
def test_a_reporter_line_run_into_the_dateline_names_the_author(lead, author, start):
    result = clean_body([Block(lead), Block(LAST)])
    assert result.credits.author == author
    assert result.paragraphs[0].startswith(start) and result.paragraphs[1:] == [LAST]


@pytest.mark.parametrize(("line", "kept"), [
    # A wire picture's caption longer than a caption usually is, the agency and its photographer closing it.
    ("Visitors take pictures of Captcha, a robot by Hidoba Research, during the AI for Good Global summit on "
     "artificial intelligence, organised by the International Telecommunication Union (ITU), in Geneva, Switzerland, "
     "May 30, 2024. REUTERS/Denis Balibouse/File photo", False),
    ("Medical aid shipment from the World Health Organization (WHO) and the U.N. refugee agency, United Nations High "
     "Commissioner for Refugees (UNHCR) arrives at the Beirut-Rafic Hariri International Airport, in Beirut, Lebanon, "
     "October 4, 2024. REUTERS/Louisa Gouliamaki", False),
    ("Petugas gabungan mengevakuasi warga yang terjebak banjir di kawasan permukiman padat penduduk di tepi sungai "
     "Kecamatan Medan Maimun, Kota Medan, Sumatera Utara, Kamis (27/11/2025). Banjir merendam ratusan rumah warga "
     "setelah hujan deras turun sejak malam. ANTARA/Budi Santoso", False),
    # A paragraph as long that ends with two bodies' names around a slash names no agency, nor does a quote.
    ("Pengamanan arus mudik tahun ini melibatkan puluhan ribu personel gabungan di seluruh provinsi, mulai dari "
     "jalan tol, pelabuhan, bandara, hingga terminal bus antarkota, dan posko terpadu didirikan di setiap titik "
     "rawan kemacetan sepanjang jalur, dengan pengamanan oleh aparat gabungan. TNI/Polri", True),
    ("\"Kami meminta warga tetap waspada karena hujan lebat masih akan turun di sebagian besar wilayah provinsi "
     "hingga akhir pekan depan, terutama di kawasan perbukitan dan bantaran sungai yang rawan longsor dan banjir "
     "bandang,\" kata Kepala BPBD. ANTARA/Budi Santoso", True),
])
def test_a_long_caption_a_wires_credit_closes_leaves_the_body(line, kept):
    assert len(line) > 250
    assert _paragraphs([line, LAST]) == [*OPENING, *([line] if kept else []), LAST]


def test_a_machine_translation_note_under_a_photo_pages_caption_leaves_the_text():
    caption = ("A number of journalists follow the Vice Governor's press conference through television monitors in "
               "the journalists' tent, Surabaya, East Java, Friday (27/3/2020). ANTARA PHOTO/Zabur Karu/ama.")
    note = "The caption is automatically translated by application. Click here for the Bahasa Indonesia version."
    assert clean_body([Block(caption), Block(note)]).paragraphs == [caption]
    sentence = "The caption is automatically translated into the viewer's language, the company said."
    assert _paragraphs([sentence]) == [*OPENING, sentence]


def test_an_arabic_caption_printed_twice_leaves_the_text():
    # An Egyptian daily's figure: its alt text and its caption, the same words ("an occupation raid"), over the text.
    caption = "غارة للاحتلال"
    text = "أفاد إعلام فلسطيني، اليوم الأربعاء، بأن 3 شهداء وعددا من المصابين سقطوا في غارة على حي المنارة."
    assert _paragraphs([caption, caption, text]) == [*OPENING, text]
    # A line said once is text, and so is a cry said twice with its mark ("God is greatest!").
    assert _paragraphs([caption, text]) == [*OPENING, caption, text]
    assert _paragraphs(["الله أكبر!", "الله أكبر!", text]) == [*OPENING, "الله أكبر!", "الله أكبر!", text]


def test_a_zoom_button_after_its_icons_name_goes_with_the_caption_under_it():
    # Kumparan: the caption, the zoom button run into its icon's name, the caption again, then the text.
    caption = "Asap membubung saat roket diluncurkan ke Israel, di Gaza, Selasa (11/5). Foto: Mohammed Salem/REUTERS"
    assert _paragraphs(["zoom-in-whitePerbesar", caption, LAST]) == [*OPENING, LAST]
    # Words joined by hyphens before another word are text.
    assert _paragraphs(["Tarik-menarik Perbesar", LAST]) == [*OPENING, "Tarik-menarik Perbesar", LAST]


def test_a_pagers_numbers_alone_over_its_next_page_link_leave_the_text():
    # tvOne: the page numbers each on its own line, the last with the link to the next page.
    assert _paragraphs([LAST, "1", "2", "3 Selanjutnya"]) == [*OPENING, LAST]
    assert _paragraphs([LAST, "1", "2", "Selanjutnya »"]) == [*OPENING, LAST]
    # A number alone over a paragraph is left as it is.
    assert _paragraphs(["2", LAST]) == [*OPENING, "2", LAST]


def test_a_blog_templates_comment_link_leaves_the_text():
    assert _paragraphs([LAST, "Posting Komentar"]) == [*OPENING, LAST]
    assert _paragraphs([LAST, "Post a Comment"]) == [*OPENING, LAST]
    assert _paragraphs(["Posting komentar di media sosial itu kini dihapus.", LAST]) == [
        *OPENING, "Posting komentar di media sosial itu kini dihapus.", LAST]


def test_a_spam_filters_note_under_a_comment_form_leaves_the_text():
    # MINA's English pages of 2015: the closing code, the agency's line, the comment count and WordPress's note.
    last = "Thousands others were injured while thousands of houses were destroyed."
    note = "This site uses Akismet to reduce spam. Learn how your comment data is processed."
    result = clean_body([Block(text) for text in [
        *OPENING, f"{last} (T/P006/R03)", "Mi’raj Islamic News Agency (MINA)", "Comments: 0", note]])
    assert result.paragraphs == [*OPENING, last]
    assert result.signature["codes"] == ["T", "P006", "R03"]
    assert _paragraphs([LAST, "Situs ini menggunakan Akismet untuk mengurangi spam. Pelajari bagaimana data komentar "
                              "Anda diproses."]) == [*OPENING, LAST]
    # A sentence on the filter is text.
    told = "Situs ini menggunakan Akismet untuk mengurangi spam sejak pengelolanya kewalahan oleh komentar iklan."
    assert _paragraphs([told, LAST]) == [*OPENING, told, LAST]


def test_a_copys_source_under_the_label_sumber_berita_leaves_the_text():
    # A regional copy of an ANTARA story: its writer, its source, its pager.
    result = clean_body([Block(text) for text in [
        *OPENING, LAST, "Penulis : Muchlis", "Sumber Berita : Antara", "Halaman : 1 2 Selanjutnya"]])
    assert result.paragraphs == [*OPENING, LAST]
    assert result.credits.author == "Muchlis"
    assert _paragraphs([LAST, "Sumber Berita: Kompas.com"]) == [*OPENING, LAST]
    sentence = ("Sumber berita yang dikutip polisi ternyata berasal dari akun anonim di media sosial yang sudah lama "
                "menyebarkan kabar bohong.")
    assert _paragraphs([sentence, LAST]) == [*OPENING, sentence, LAST]


def test_a_blogs_call_to_comment_leaves_the_text_and_the_source_line_above_it():
    # A blog's copy of a Republika story: the source, the call to comment, the template's credits.
    last = "Mereka menyebar di seluruh tempat di masjid Al Aqsha."
    assert _paragraphs([last, "Sumber: Republika Online", "Komen yuk!!, jangan lupa centang \"Also post on Facebook\" :)",
                        "Theme images by Bim. Powered by Blogger."]) == [*OPENING, last]
    told = "Komen warganet di unggahan itu ramai sejak pagi, kata dia."
    assert _paragraphs([told, LAST]) == [*OPENING, told, LAST]


@pytest.mark.parametrize(("line", "kept"), [
    # ANTARA's bureaus in 2017: a logo's caption credited to the portal, its News run into the agency's name.
    ("Logo ANTARA lama (ANTARANews/Ferliansyah)", False),
    ("Gedung baru kantor biro (ANTARA News/Rudi Hartono)", False),
    # ...a graphic's caption: its source, the word for a graphic, its maker's initials.
    ("Perum LKBN ANTARA (Antarasumsel.com/Grafis/Aw)", False),
    ("Peta sebaran titik api di Riau (Antarariau.com/Infografis/Feri)", False),
    # A portal no table names, a writer's credit after an address, a paragraph's own slashes stay.
    ("Logo lama perusahaan itu (MediaNews/Ferliansyah)", True),
    ("Warga menolak rencana itu, kata dia. (Tribunnews.com/Reza Deni)", True),
    ("Data itu diolah tim grafis dan riset redaksi (data/grafis/riset).", True),
])
def test_a_bureaus_logo_and_graphic_captions_leave_the_body(line, kept):
    assert _paragraphs([line, LAST]) == [*OPENING, *([line] if kept else []), LAST]


@pytest.mark.parametrize(("line", "kept"), [
    # A Tribun copy of a Kompas story: the photo's source after `DOK.`, the outlet it came through in brackets.
    ("DOK. BEM KEMA UNPAD (Kompas.com)", False),
    ("Dok. Humas Polres Bogor (Tribunnews.com)", False),
    # ...a screenshot's credit in brackets on its own line, under its caption.
    ("(Tangkap layar Twitter)", False),
    ("(Screenshot YouTube)", False),
    # A bracketed sentence on a screenshot, a line that opens with the label's word and says more, stay.
    ("(Tangkap layar itu kemudian beredar luas, kata dia.)", True),
    ("Dok. saya simpan (arsip)", True),
])
def test_a_photos_source_after_dok_and_a_screenshots_credit_leave_the_body(line, kept):
    assert _paragraphs([line, LAST]) == [*OPENING, *([line] if kept else []), LAST]


def test_a_blog_templates_post_footer_leaves_the_text():
    # A Blogger copy of a feed: who posted it, when, and its comment count under the text.
    for footer in ("Posted by : metalover on :Sabtu, 28 November 2015 With 0komentar",
                   "Posted by Admin at 10.56 with No comments"):
        assert _paragraphs([LAST, footer]) == [*OPENING, LAST]
    # A sentence that opens with the same words stays.
    told = "Posted by Budi on Monday, he said, with no comments from the police."
    assert _paragraphs([told, LAST]) == [*OPENING, told, LAST]


@pytest.mark.parametrize(("line", "kept"), [
    # A Middle East Monitor copy (2017): the caption, no full stop, the photographer and agency in square brackets.
    ("Palestinians hold posters and light candles as they commemorate the death of late Palestinian leader Yasser "
     "Arafat on 11 November 2013 [Saeed Qaq/Apaimages ]", False),
    ("Warga Gaza antre bantuan makanan di Rafah pada 3 Maret 2024 [Ali Jadallah/Anadolu Agency]", False),
    # A citation in square brackets, a desk's code, a sentence's insertion: text.
    ("[Official PA daily Al-Hayat Al-Jadida, Feb. 1, 2020]", True),
    ("Polisi lalu meminta pihak keluarga menjemput motor tersebut ke Mapolres. Kasus itu masih didalami [Tim/Redaksi]",
     True),
])
def test_a_caption_its_photographers_credit_closes_in_square_brackets_leaves_the_body(line, kept):
    assert _paragraphs([line, LAST]) == [*OPENING, *([line] if kept else []), LAST]


@pytest.mark.parametrize(("line", "kept"), [
    # Disway (2025): the caption, its credit between hyphens run into its last full stop.
    ("WATIK IDEO membagikan pengalamannya menulis cerita anak pada peserta Pelatihan Menulis Cerita Anak.-Dokumentasi "
     "Fantasia Perlima-", False),
    ("Warga antre di depan kantor pos, Senin (3/2/2025).-Boy Slamet/Harian Disway-", False),
    # A quotation or a sentence that ends with a hyphenated word stays.
    ("“Kami siap,” katanya.-Redaksi-", True),
    ("Harga beras naik menjelang Lebaran di pasar-pasar tradisional, kata pedagang setempat-", True),
])
def test_a_caption_its_credit_between_hyphens_closes_leaves_the_body(line, kept):
    assert _paragraphs([line, LAST]) == [*OPENING, *([line] if kept else []), LAST]
