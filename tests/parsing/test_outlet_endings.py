"""Endings and inserts of other outlets as their pages (or scraped copies of them) print them, through the body
cleaner with no site profile: each line a block after ordinary paragraphs, the last of them a block of its own or
the ending glued to it; what the outlet adds leaves the body, the article's last sentence stays, printed names are
read.

Each real shape comes with a made-up variant of it (another outlet, other names, other spacing)."""

from __future__ import annotations

import pytest

from crawler.parsing.html import Block, Link
from crawler.parsing.text import clean_body

OPENING = ["Pemerintah mengumumkan kebijakan baru pada Senin pagi.", "Kebijakan itu berlaku mulai pekan depan."]
LAST = "Warga menyambut baik kebijakan itu, kata Budi."

# (lines after the opening and the last sentence, or glued to it, author, editor)
CASES = [
    # Detik's network: the link to the original and the app promo, as lines...
    (["Baca artikel detiknews, \"Harap Bersabar! Ruas Jl HR Rasuna Said Jaksel Ini Masih Rusak\" selengkapnya "
      "https://news.detik.com/berita/d-6127074/harap-bersabar-ruas-jl-hr-rasuna-said-jaksel-ini-masih-rusak.",
      "Download Apps Detikcom Sekarang https://apps.detik.com/detik/"], None, None),
    (["Baca artikel sepakbola, \"Jokowi: Alhamdulillah, Indonesia Tidak Disanksi FIFA\" selengkapnya "
      "https://sport.detik.com/sepakbola/liga-indonesia/d-6335976/jokowi-alhamdulillah-indonesia-tidak-disanksi-fifa",
      ".", "Download Apps Detikcom Sekarang https://apps.detik.com/detik/"], None, None),
    (["Simak berita detikjatim, Banjir Rendam Tiga Desa selengkapnya di https://www.detik.com/jatim/berita/d-1."],
     None, None),
    # ...and glued to the last sentence.
    ([f"{LAST} Baca artikel detiknews, \"Polisi Ungkap Motif Pratu J Tusuk Pengamen\" selengkapnya "
      "https://news.detik.com/berita/d-6762542/polisi-ungkap-motif-pratu-j-tusuk-pengamen. Download Apps Detikcom "
      "Sekarang https://apps.detik.com/detik/"], None, None),
    ([f"{LAST}Baca artikel detikbali, Pura Terbakar selengkapnya https://www.detik.com/bali/d-1/pura-terbakar."],
     None, None),
    # Tribun's reprint note glued after the URL with its credits; a regional copy's variant on its own line.
    ([f"{LAST} Artikel ini telah tayang di TribunJabar.id dengan judul Dunia Jurnalistik Berduka, Wartawan Senior "
      "Yusran Pare Meninggal Dunia, https://jabar.tribunnews.com/2024/07/02/dunia-jurnalistik-berduka.Penulis: "
      "Nappisah | Editor: Januar Pribadi Hamel"], "Nappisah", "Januar Pribadi Hamel"),
    ([f"{LAST[:-1]} di Kota Serang.Artikel ini telah tayang di BantenNews.co.id dengan judul Warga Serang Senang"],
     None, None),
    # Kompas's note with its credits in the note's line; its app promo's store links.
    (["Artikel ini telah tayang di Kompas.com dengan judul \"6 Tips Mudik Bersama Anak Naik Mobil Pribadi Agar "
      "Lancar dan Aman\", Penulis : Desi Intan SariEditor : Ni Nyoman Wira Widyanti",
      "Kompascom+ baca berita tanpa iklan"], "Desi Intan Sari", "Ni Nyoman Wira Widyanti"),
    (["Artikel ini telah tayang di Kompas.com dengan judul \"Berikut 5 Gejala Virus Corona\", Klik untuk baca: "
      "https://www.kompas.com/tren/read/2020/03/26/173100365/berikut-5-gejala-virus-corona?page=all.",
      "Penulis : Retia Kartika Dewi", "Editor : Sari Hardiyanto",
      "Download aplikasi Kompas.com untuk akses berita lebih mudah dan cepat:",
      "Android: https://bit.ly/3g85pkA", "iOS: https://apple.co/3hXWJ0L"], "Retia Kartika Dewi", "Sari Hardiyanto"),
    (["Unduh aplikasi Harian Kota untuk berita lebih cepat:", "Google Play: https://bit.ly/harian-kota",
      "App Store: https://apple.co/harian-kota"], None, None),
    # Kompas's Telegram promo glued to the last sentence.
    ([f"{LAST} Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com. Mari bergabung di "
      "Grup Telegram \"Kompas.com News Update\", caranya klik link https://t.me/kompascomupdate, kemudian join. Anda "
      "harus install aplikasi Telegram terlebih dulu di ponsel."], None, None),
    # VIVA's reprint note closes the article: its title, its link and its writer follow.
    (["Artikel ini sudah tayang di VIVA.co.id pada hari Kamis, 16 Juni 2022 - 05:59 WIB",
      "Judul Artikel : Terkuak, Awal Mula Ridwan Kamil Angkat Arkana Jadi Anaknya",
      "Link Artikel : https://www.viva.co.id/berita/nasional/1485778-terkuak-awal-mula-ridwan-kamil",
      "Oleh : Dian Lestari Ningsih"], "Dian Lestari Ningsih", None),
    (["Artikel ini telah tayang di", "JPNN.com", "dengan judul", "\"Kebakaran di Kemayoran Jakarta Pusat\",",
      "https://www.jpnn.com/news/kebakaran-di-kemayoran-jakarta-pusat?page=2"], None, None),
]


def _cleaned(lines: list[str]):
    glued = lines[0].startswith(LAST[:-1])
    return clean_body([Block(text) for text in [*OPENING, *([] if glued else [LAST]), *lines]])


@pytest.mark.parametrize(("lines", "author", "editor"), CASES, ids=[case[0][-1][:40] for case in CASES])
def test_an_outlets_ending_leaves_the_body_and_gives_its_names(lines, author, editor):
    cleaned = _cleaned(lines)
    last = f"{LAST[:-1]} di Kota Serang." if "Kota Serang." in lines[0] else LAST
    assert cleaned.paragraphs == [*OPENING, last]
    assert (cleaned.credits.author, cleaned.credits.editor) == (author, editor)


@pytest.mark.parametrize(("lines", "codes"), [
    (["(dis/ugo)  [Gambas:Video CNN]"], ["dis", "ugo"]),
    (["[Gambas:Video CNN] (age)"], ["age"]),
    ([f"{LAST} (AP/evn) [Gambas:Video CNN]"], ["AP", "evn"]),
    ([f"{LAST} [Gambas:Video 20detik]"], None),
])
def test_an_embeds_placeholder_goes_and_the_code_beside_it_is_the_signature(lines, codes):
    cleaned = _cleaned(lines)
    assert cleaned.paragraphs == [*OPENING, LAST]
    assert (cleaned.signature or {}).get("codes") == codes


@pytest.mark.parametrize("text", [
    # A sentence that only names a promotion's words is the article's.
    f"{LAST} Editor: ia menolak berkomentar lebih jauh tentang kasus yang menjerat 12 pejabat itu.",
    "Ia mengaku senang. Dapatkan update terbaru, katanya, adalah tugas setiap warga yang peduli lingkungan.",
    "Pemerintah menyebut artikel ini telah tayang di banyak media dan meminta warga tidak panik.",
])
def test_a_sentence_with_an_endings_words_stays(text):
    assert clean_body([Block(line) for line in [*OPENING, text]]).paragraphs == [*OPENING, text]


@pytest.mark.parametrize(("lines", "codes"), [
    # The wires a story came through (JPNN), a code with the outlet's domain (Tribun Medan), its variants.
    ([f"{LAST} (reuters/antara/jpnn)"], ["reuters", "antara", "jpnn"]),
    ([f"{LAST} (afp/bernama/jpnn)"], ["afp", "bernama", "jpnn"]),
    (["(tmy/tribun-medan.com)"], ["tmy", "tribun-medan.com"]),
    (["(sty/suara-merdeka.co.id)"], ["sty", "suara-merdeka.co.id"]),
    # A source line with a long link under the code (Fajar's copy of JPNN): the code still closes the text.
    ([f"{LAST} (Mg4/jpnn)",
      "Sumber : http://fajar.co.id/2016/08/16/ini-rencana-archandra-tahar-setelah-dicopot-jokowi/"],
     ["Mg4", "jpnn"]),
    # Codes parted by a semicolon (a regency's page, copied with its source line), glued or alone on their line.
    ([f"{LAST} (fn;ekp)", "Sumber: https://temanggungkab.go.id/articles/bangun-wawasan-kebangsaan-1641781201"],
     ["fn", "ekp"]),
    (["(ab;cd/ef)"], ["ab", "cd", "ef"]),
])
def test_closing_codes_of_wires_and_domains_are_the_signature(lines, codes):
    cleaned = _cleaned(lines)
    assert cleaned.paragraphs == [*OPENING, LAST]
    assert cleaned.signature["codes"] == codes


def test_a_capitalized_pair_in_brackets_closing_a_sentence_is_no_code():
    text = "Ia memilih salah satu bulan (Januari/Februari)"
    assert clean_body([Block(line) for line in [*OPENING, text]]).paragraphs == [*OPENING, text]


@pytest.mark.parametrize(("line", "name"), [
    ("Laporan Wartawan Tribun Medan / Tommy Simatupang", "Tommy Simatupang"),
    ("Laporan Wartawan Surya/Galih Lintartika", "Galih Lintartika"),
])
def test_a_reporter_line_with_a_slash_names_the_author(line, name):
    cleaned = clean_body([Block(text) for text in [line, *OPENING]])
    assert (cleaned.paragraphs, cleaned.credits.author) == (OPENING, name)


@pytest.mark.parametrize(("code", "codes"), [
    # Regional and government outlets close with a writer's name or tag, a source with its writer, hyphenated codes.
    ("(Maria Anggelina Olo Bere)", ["Maria Anggelina Olo Bere"]),
    ("(Siti Nurhaliza Putri)", ["Siti Nurhaliza Putri"]),
    ("(Humas BPPT)", ["Humas BPPT"]),
    ("(Oni)", ["Oni"]),
    ("(Tim)", ["Tim"]),
    ("(Aldo).", ["Aldo"]),
    ("(asp).", ["asp"]),
    ("(MC Balangan/ragil)", ["MC Balangan", "ragil"]),
    ("(Imam Kusnin Ahmad/Ibnu Nawawi)", ["Imam Kusnin Ahmad", "Ibnu Nawawi"]),
    ("(Humas Polres/Budi)", ["Humas Polres", "Budi"]),
    ("(*/sht/app)", ["*", "sht", "app"]),
    ("(hms13/Advetorial)", ["hms13", "Advetorial"]),
    ("(dew/ikp-humas/kominfo-sp)", ["dew", "ikp-humas", "kominfo-sp"]),
    ("(ks-1/ij/mat)", ["ks-1", "ij", "mat"]),
    ("(sumber: republika.co.id)", ["sumber: republika.co.id"]),
    ("(Sumber: Antara)", ["Sumber: Antara"]),
    # A writer's full name in lower case (a Sindonews copy), a made-up two-word variant.
    ("(lutfi ahmad mauludin)", ["lutfi ahmad mauludin"]),
    ("(dewi lestari)", ["dewi lestari"]),
    # A press release's source in lower case and its writer's code (a regional copy of a provincial release).
    ("(ril humas pemprov sumsel/ohs)", ["ril humas pemprov sumsel", "ohs"]),
    ("(rilis humas pemkab/adi)", ["rilis humas pemkab", "adi"]),
    # The agency a copy came from in square brackets (a school's copy of ANTARA), a story's end mark.
    ("[ANTARA]", ["ANTARA"]),
    ("[*]", []),
])
def test_a_closing_credit_in_words_after_the_last_sentence_is_the_signature(code, codes):
    cleaned = _cleaned([f"{LAST} {code}"])
    assert cleaned.paragraphs == [*OPENING, LAST]
    assert cleaned.signature["codes"] == codes


@pytest.mark.parametrize("text", [
    "Ia menolak berkomentar. (Selengkapnya di halaman 5)",  # a sentence: words in lower case
    "Ia menolak berkomentar. (bersambung)",
    "Data itu diolah ulang. (dikutip dari berbagai sumber)",  # lower-case words of a sentence
    "Harganya Rp 50 ribu. (belum termasuk pajak)",
    "Sekolah itu terbuka untuk semua. (baik negeri maupun swasta/umum)",
    "Ia mengutip pasal 5 ayat [2] dan [3].",
    "Rombongan itu melanjutkan perjalanan ke Bandung (Jawa Barat)",  # no sentence ends before it
])
def test_brackets_that_are_the_sentences_stay(text):
    cleaned = clean_body([Block(line) for line in [*OPENING, text]])
    assert (cleaned.paragraphs, cleaned.signature) == ([*OPENING, text], None)


def test_an_agencys_name_before_the_last_full_stop_stays_in_the_sentence():
    text = "Kantor berita itu diluncurkan pada 26 Oktober 2012 M. (MINA)."  # MINA's 2012 attribution
    cleaned = clean_body([Block(line) for line in [*OPENING, text]])
    assert (cleaned.paragraphs, cleaned.signature) == ([*OPENING, text], None)


def _link(text: str) -> Link:
    return Link(text, "/read/2024/1/berita-lain", "https://www.example.co.id/read/2024/2/berita-ini")


@pytest.mark.parametrize(("block", "kept", "titles"), [
    # In brackets inside the paragraph (Kompas 2017), closing it (NU Online), without a sentence's end (Kemenag).
    (Block("\"Erupsi ketinggian kolom abu sekitar 2.500 meter,\" kata Devy. (Baca juga: Gunung Agung Kembali "
           "Pancarkan Sinar Merah dari Kawah) Berdasarkan laporan resmi PVMBG tercatat satu kali gempa letusan."),
     "\"Erupsi ketinggian kolom abu sekitar 2.500 meter,\" kata Devy. Berdasarkan laporan resmi PVMBG tercatat satu "
     "kali gempa letusan.", []),
    (Block("Al-Khin menjelaskan tentang hal ini sebagai berikut: (Baca juga: Tata Cara Memandikan Jenazah)"),
     "Al-Khin menjelaskan tentang hal ini sebagai berikut:", []),
    (Block("Tanah hibah ini diserahkan di MtsN 1 Malang (baca juga: tiga kua resmi berdiri di tanah milik kemenag)"),
     "Tanah hibah ini diserahkan di MtsN 1 Malang", []),
    (Block("Harga beras naik. (Lihat juga: Harga Gula Turun di Pasar Induk) Pedagang mengeluhkan sepinya pembeli."),
     "Harga beras naik. Pedagang mengeluhkan sepinya pembeli.", []),
    # Its headline a link: Tempo 2014's `(Baca:<a>..</a>)` and an insert opening a paragraph whose text follows it.
    (Block("\"Dijanjikan segera,\" katanya. (Baca:Guru: Kurikulum 2013 Kacau) Kepala SMA Negeri 48 punya cara berbeda.",
           [_link("Guru: Kurikulum 2013 Kacau")]),
     "\"Dijanjikan segera,\" katanya. Kepala SMA Negeri 48 punya cara berbeda.", ["Guru: Kurikulum 2013 Kacau"]),
    (Block("Baca: Harga cabai naik lagiPemerintah akan menggelar operasi pasar di tiga kota pekan depan.",
           [_link("Harga cabai naik lagi")]),
     "Pemerintah akan menggelar operasi pasar di tiga kota pekan depan.", ["Harga cabai naik lagi"]),
    (Block("Warga diminta membaca petunjuk. Baca juga: Cara Mendaftar Vaksin Kampung itu terletak di Punia.",
           [_link("Cara Mendaftar Vaksin")]),
     "Warga diminta membaca petunjuk. Kampung itu terletak di Punia.", ["Cara Mendaftar Vaksin"]),
])
def test_a_related_insert_inside_a_paragraph_leaves_it(block, kept, titles):
    cleaned = clean_body([*(Block(text) for text in OPENING), block])
    assert cleaned.paragraphs == [*OPENING, kept]
    assert [entry["title"] for entry in cleaned.related] == titles


@pytest.mark.parametrize("text", [
    "Dalam waktu dekat harganya pasti akan disesuaikan (baca: NAIK).",  # `(baca: X)`: "read: X"
    "Sebab kami percaya, justru mereka (baca: sistem) yang mengerti kemauan kita.",
])
def test_the_read_as_idiom_in_brackets_stays(text):
    assert clean_body([Block(line) for line in [*OPENING, text]]).paragraphs == [*OPENING, text]


def test_an_insert_of_several_links_is_the_whole_blocks():
    links = [_link("Harga Pertamax Naik"), _link("Pertalite Tetap")]
    block = Block("Baca juga: Harga Pertamax Naik Pertalite Tetap", links)
    cleaned = clean_body([*(Block(text) for text in OPENING), block])
    assert (cleaned.paragraphs, len(cleaned.related)) == (OPENING, 2)


@pytest.mark.parametrize(("lines", "author", "editor"), [
    # Kontan, Bisnis, Disway: the follow-us line; Tribun's variant.
    (["Cek Berita dan Artikel yang lain di Google News dan WA Channel"], None, None),
    (["Baca berita Tribun Jogja lainnya di Google News"], None, None),
    # An ad slot's script left as text under the credits (ANTARA copies), Google's tag.
    (["Pewarta: Mentari Dwi Gayati", "Editor: Ahmad Wijaya", "COPYRIGHT © ANTARA 2020",
      "(adsbygoogle = window.adsbygoogle || []).push({});"], "Mentari Dwi Gayati", "Ahmad Wijaya"),
    (["googletag.cmd.push(function() { googletag.display(\"div-gpt-ad-parallax\"); });"], None, None),
    # The credits and the script glued to the last sentence (scraped ANTARA), an empty editor label.
    ([f"{LAST} Pewarta: Mentari Dwi Gayati Editor: Ahmad Wijaya COPYRIGHT © ANTARA 2020 "
      "(adsbygoogle = window.adsbygoogle || []).push({});"], "Mentari Dwi Gayati", "Ahmad Wijaya"),
    (["Pewarta: Lukman Hakim Editor : COPYRIGHT © ANTARA 2023"], "Lukman Hakim", None),
])
def test_follow_us_lines_and_ad_scripts_leave_the_body(lines, author, editor):
    cleaned = _cleaned(lines)
    assert cleaned.paragraphs == [*OPENING, LAST]
    assert (cleaned.credits.author, cleaned.credits.editor) == (author, editor)


def test_a_sentence_opening_with_a_scripts_word_stays():
    text = "Document.pdf itu dibagikan kepada wartawan seusai rapat (dalam bentuk cetak)."
    assert clean_body([Block(line) for line in [*OPENING, text]]).paragraphs == [*OPENING, text]


@pytest.mark.parametrize(("text", "kept"), [
    # Scraped Tribun text: the reprint note glued to the last words without a full stop.
    ("Si anak melahap hampir setoples kue nastar, sampai tuan rumah melongo Artikel ini telah tayang di Tribunnews.com "
     "dengan judul Viral Anak Kurang Tata Krama Saat Lebaran, Kue Nastar Ludes.",
     "Si anak melahap hampir setoples kue nastar, sampai tuan rumah melongo"),
    ("Warga memadati alun-alun hingga malam Berita ini sudah tayang di SuaraJogja.id dengan judul Alun-alun Penuh.",
     "Warga memadati alun-alun hingga malam"),
])
def test_a_reprint_note_glued_to_the_last_words_leaves_them(text, kept):
    assert clean_body([Block(line) for line in [*OPENING, text]]).paragraphs == [*OPENING, kept]


def test_tribuns_note_between_two_credit_lines_gives_the_writer_and_the_editor():
    """PosBelitung: the writer above the note, the regional copy's credits under it."""
    lines = ["Penulis: Rafli Noer Khairam", "Artikel ini telah tayang di PosBelitung.co dengan judul Tim KBKM Desa "
             "Selinsing Usung Inovasi Kamus Digital, https://belitung.tribunnews.com/2023/10/17/tim-kbkm.",
             "Penulis: Iklan Bangkapos | Editor: Edwardi"]
    cleaned = _cleaned(lines)
    assert cleaned.paragraphs == [*OPENING, LAST]
    assert (cleaned.credits.author, cleaned.credits.editor) == ("Rafli Noer Khairam", "Edwardi")


@pytest.mark.parametrize(("line", "author"), [
    ("Agus Siswanto - 20DETIK", "Agus Siswanto"),  # 20detik's video pages
    ("Rosmha Widiyani -detikTravel", "Rosmha Widiyani"),
    ("Budi Santoso - Tribunnews.com", "Budi Santoso"),
])
def test_a_closing_byline_names_the_author(line, author):
    cleaned = _cleaned([line])
    assert (cleaned.paragraphs, cleaned.credits.author) == ([*OPENING, LAST], author)


@pytest.mark.parametrize("line", ["Persib Bandung - PSM", "Arema FC - Bali United", "Jakarta - Bandung"])
def test_a_match_or_route_line_closing_the_text_stays(line):
    assert _cleaned([line]).paragraphs == [*OPENING, LAST, line]


@pytest.mark.parametrize("lines", [
    # TIMES Indonesia's WhatsApp promo, line by line and as one block; a made-up variant.
    ["Simak breaking news dan berita pilihan TIMES Indonesia langsung dari WhatsApp-mu!",
     "Klik 👉 Channel TIMES Indonesia", "Pastikan WhatsApp kamu sudah terpasang."],
    ["Simak breaking news dan berita pilihan TIMES Indonesia langsung dari WhatsApp-mu! Klik 👉 Channel TIMES "
     "Indonesia Pastikan WhatsApp kamu sudah terpasang."],
    ["Simak berita terbaru Harian Kota di saluran Telegram kami!", "Klik → Saluran Harian Kota",
     "Pastikan Telegram Anda sudah terpasang."],
    # The licence notice under another site's name than ANTARA's (a site with no profile).
    ["Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI di situs web ini tanpa "
     "izin tertulis dari pihak Majelis al-Qur’an Hidayatullah."],
])
def test_channel_promos_and_licence_notices_leave_the_body(lines):
    assert _cleaned(lines).paragraphs == [*OPENING, LAST]


@pytest.mark.parametrize("text", [
    "Simak ulasan lengkap tentang aplikasi PeduliLindungi berikut ini.",
    "Klik tombol Channel di pojok kanan untuk memilih siaran.",
    "Pastikan WhatsApp Anda sudah diperbarui.",
])
def test_a_how_to_sentence_naming_an_app_stays(text):
    assert clean_body([Block(line) for line in [*OPENING, text]]).paragraphs == [*OPENING, text]


@pytest.mark.parametrize("text", [
    # A call whose object is no app or channel, a step of a how-to, a call said by someone, a clause after the channel.
    "Ikuti pelatihan ini melalui aplikasi Zoom, kata dia.",
    "Ikuti pelatihan ini melalui aplikasi Zoom.",
    "Unduh aplikasi MyPertamina di Play Store.",
    "Unduh aplikasi Sehatku di ponsel Anda, imbau kepala dinas itu.",
    "Dapatkan informasi jadwal kereta melalui aplikasi KRL Access, kata dia.",
    "Dapatkan berita palsu dari grup WhatsApp, warga diminta tidak langsung percaya.",
    "Bergabung dengan channel Telegram itu, korban lalu diminta membayar.",
    "Gabung ke Channel WhatsApp Komunitas itu, warga bisa bertanya soal jadwal posyandu.",
])
def test_a_sentence_with_a_call_naming_an_app_or_channel_stays(text):
    for lines in ([*OPENING, text], [text, *OPENING], [OPENING[0], text, OPENING[1]]):
        assert clean_body([Block(line) for line in lines]).paragraphs == lines


@pytest.mark.parametrize("line", [
    # The call's object is the outlet's app or channel, or its news brought there (made-up outlets).
    "Download Apps Harian Kota Sekarang https://apps.hariankota.id/",
    "Unduh aplikasi Warta Kita sekarang untuk berita lebih cepat.",
    "Gabung ke Channel WhatsApp Wartakita.com untuk update berita terbaru.",
    "Ikuti Telegram Channel Warta Kita",
    "Dapatkan informasi lain dari Wartakita.com via saluran Whatsapp : di sini",
])
def test_a_call_to_the_outlets_app_or_channel_leaves_the_body(line):
    assert _cleaned([line]).paragraphs == [*OPENING, LAST]


@pytest.mark.parametrize(("line", "codes"), [
    # Spaced in its brackets (Metrodaily's police copy), a reporter's number (Bali Post), an end mark after the code.
    (f"{LAST} ( Humas Polres Toba )", ["Humas Polres Toba"]),
    (f"{LAST} ( Humas Kodim Siak )", ["Humas Kodim Siak"]),
    (f"{LAST} (kmb31)", ["kmb31"]),
    (f"{LAST} (ara2)", ["ara2"]),
    (f"{LAST} (Zulfikar)*", ["Zulfikar"]),
    (f"{LAST} (fre/*/als)", ["fre", "*", "als"]),
])
def test_more_closing_credits_are_the_signature(line, codes):
    cleaned = _cleaned([line])
    assert (cleaned.paragraphs, cleaned.signature["codes"]) == ([*OPENING, LAST], codes)


@pytest.mark.parametrize("lines", [
    # Radar Banyuwangi's source line under the code; InfoPublik's free licence.
    ["Sumber Berita : https://radarbanyuwangi.jawapos.com/read/2019/09/16/155960/ratusan-abk-di-assessment-psikolog"],
    ["Anda dapat menyiarkan ulang, menulis ulang, dan atau menyalin konten ini dengan mencantumkan sumber "
     "InfoPublik.id"],
    ["Anda dapat menyiarkan ulang artikel ini dengan mencantumkan sumber Harian Kota."],
])
def test_source_lines_and_free_licences_leave_the_body(lines):
    assert _cleaned(lines).paragraphs == [*OPENING, LAST]


@pytest.mark.parametrize(("code", "codes"), [
    ("(Andri Suryandari - Humas PENS)", ["Andri Suryandari - Humas PENS"]),  # a writer and her desk
    ("(Budi Santoso - Humas Pemkab)", ["Budi Santoso - Humas Pemkab"]),
    ("( Ren, Fer )", ["Ren, Fer"]),  # two writers
    ("(Ani, Budi)", ["Ani, Budi"]),
])
def test_a_credit_of_writers_and_desks_is_the_signature(code, codes):
    cleaned = _cleaned([f"{LAST} {code}"])
    assert (cleaned.paragraphs, cleaned.signature["codes"]) == ([*OPENING, LAST], codes)


@pytest.mark.parametrize("text", ["Harga cabai naik lagi. (Rp 5.000)", "Ia menolak. (Selengkapnya, lihat halaman 5)"])
def test_an_amount_or_a_pointer_in_brackets_stays(text):
    cleaned = clean_body([Block(line) for line in [*OPENING, text]])
    assert (cleaned.paragraphs, cleaned.signature) == ([*OPENING, text], None)


@pytest.mark.parametrize("line", ["13 Kali", "1.204 kali", "2,1K kali dilihat"])
def test_a_views_counter_leaves_the_body(line):
    assert _cleaned([line]).paragraphs == [*OPENING, LAST]


def test_a_paragraph_after_a_reprint_note_is_text():
    """A note inside the article (an aggregator's copy): its short lines go, the paragraphs after them stay."""
    after = ("Sementara itu, Kepala Dinas Kesehatan mengatakan pihaknya terus memantau perkembangan kasus di seluruh "
             "kecamatan dan meminta warga segera memeriksakan diri ke puskesmas terdekat bila mengalami demam.")
    lines = ["Artikel ini telah tayang di Kompas.com dengan judul \"Kasus DBD Naik\"", "Editor : Khairina", after]
    cleaned = _cleaned(lines)
    assert (cleaned.paragraphs, cleaned.credits.editor) == ([*OPENING, LAST, after], "Khairina")


@pytest.mark.parametrize(("lines", "author", "editor"), [
    # A wire's credits in brackets (Reuters copies on Indonesian English pages), as a line and glued to the text.
    (["(Reporting by Kane Wu in Hong Kong; additional reporting by Andrew Galbraith in Shanghai; Editing by "
      "Jacqueline Wong)"], "Kane Wu", "Jacqueline Wong"),
    ([f"{LAST} (Reporting by Ben Klayman in Puebla, Mexico; editing by Gunna Dickson)"], "Ben Klayman",
     "Gunna Dickson"),
    (["(Reporting by Scott Murdoch; Editing by Jamie Freed)"], "Scott Murdoch", "Jamie Freed"),
    (["(Writing by Ayu Lestari; Editing by Bambang Sutrisno)"], "Ayu Lestari", "Bambang Sutrisno"),
])
def test_a_wires_credits_in_brackets_give_the_reporter_and_the_editor(lines, author, editor):
    cleaned = _cleaned(lines)
    assert cleaned.paragraphs == [*OPENING, LAST]
    assert (cleaned.credits.author, cleaned.credits.editor) == (author, editor)


def test_a_last_sentence_pointing_to_an_app_stays():
    text = f"{LAST} Dapatkan update harga cabai setiap hari melalui aplikasi SiHarga."
    assert clean_body([Block(line) for line in [*OPENING, text]]).paragraphs == [*OPENING, text]


def test_a_short_paragraph_after_a_reprint_notes_lines_is_text():
    after = "Sementara itu, warga diminta tetap waspada terhadap gejala demam berdarah."
    lines = ["Artikel ini sudah tayang di VIVA.co.id pada hari Kamis, 16 Juni 2022 - 05:59 WIB",
             "Link Artikel : https://www.viva.co.id/berita/nasional/1485778-kasus-dbd-naik-di-awal-musim-hujan", after]
    assert _cleaned(lines).paragraphs == [*OPENING, LAST, after]


@pytest.mark.parametrize("lines", [
    # Kompas's newsletter box between paragraphs, with and without its thanks; a made-up variant.
    ["Dapatkan informasi, inspirasi dan insight di email kamu.", "Daftarkan email"],
    ["Terima kasih telah membaca Kompas.com.", "Dapatkan informasi, inspirasi dan insight di email kamu.",
     "Daftarkan email"],
    ["Terima kasih sudah membaca Harian-Kota.co.id.", "Dapatkan berita pilihan setiap pagi langsung di email Anda.",
     "Daftarkan emailmu"],
])
def test_a_newsletters_box_leaves_the_body(lines):
    after = "Adapun laga Indonesia vs Taiwan akan digelar dalam dua leg."
    assert _cleaned([*lines, after]).paragraphs == [*OPENING, LAST, after]


@pytest.mark.parametrize("text", [
    "Terima kasih telah membaca buku ini, kata penulisnya kepada para siswa.",
    "Warga bisa mendaftarkan email mereka di situs pemerintah kota untuk menerima peringatan dini banjir.",
    "Dapatkan hasil tes lewat email Anda dalam tiga hari, kata petugas di loket.",
])
def test_a_sentence_about_reading_or_email_stays(text):
    assert clean_body([Block(line) for line in [*OPENING, text]]).paragraphs == [*OPENING, text]


@pytest.mark.parametrize(("text", "kept"), [
    # Republika's channel promo glued to the last sentence (scraped without its break); a made-up variant.
    (f"{LAST}Ikuti Whatsapp Channel Republika", LAST),
    (f"{LAST} Ikuti Telegram Channel Harian Kota", LAST),
    # ...run into the last word when the text closes with no full stop (Republika, scraped).
    ("Model ini merupakan hybrid pertama Honda yang diproduksi di IndonesiaIkuti Whatsapp Channel Republika",
     "Model ini merupakan hybrid pertama Honda yang diproduksi di Indonesia"),
    ("Warga diminta mengikuti arahan petugasIkuti WhatsApp channel BPBD untuk info terbaru, kata Budi.",
     "Warga diminta mengikuti arahan petugasIkuti WhatsApp channel BPBD untuk info terbaru, kata Budi."),
    # The promo's words inside the last sentence: text.
    ("Warga diminta waspada. Ikuti WhatsApp Channel BPBD untuk peringatan dini, kata Budi.",
     "Warga diminta waspada. Ikuti WhatsApp Channel BPBD untuk peringatan dini, kata Budi."),
])
def test_a_channel_promo_glued_to_the_last_sentence_leaves_it(text, kept):
    assert clean_body([Block(line) for line in [*OPENING, text]]).paragraphs == [*OPENING, kept]


@pytest.mark.parametrize("lines", [
    # Follow or join the outlet: Liputan6, KompasTekno, Otodriver, IDN Times, BeritaSatu, JPNN and GenPI; made-up
    # variants under other names.
    ["Follow Official WhatsApp Channel Liputan6.com untuk mendapatkan berita-berita terkini dengan mengklik tautan ini."],
    ["Mari bergabung di kanal WhatsApp KompasTekno agar tidak ketinggalan berita teknologi. Anda harus install "
     "aplikasi WhatsApp terlebih dulu di ponsel."],
    ["Mari bergabung di Channel Telegram Otodriver untuk informasi terbaru."],
    ["Mari gabung ke grup Telegram Harian Kota."],
    ["Follow IDN Times untuk mendapatkan informasi terkini. Klik untuk follow", "Download IDN App Sekarang!"],
    ["Follow Harian Kota untuk dapatkan berita terkini."],
    ["Simak berita dan artikel lainnya di Google News", "Ikuti terus berita terhangat dari Beritasatu.com"],
    ["Silakan baca konten menarik lainnya dari JPNN.com di Google News"],
    ["Silakan baca konten menarik lainnya dari GenPI.co di Google News"],
    # Detik's lead-in over a live show's embed.
    ["Saksikan Live DetikPagi :"],
])
def test_follow_and_join_promos_of_more_outlets_leave_the_body(lines):
    assert _cleaned(lines).paragraphs == [*OPENING, LAST]


@pytest.mark.parametrize("text", [
    "Mari bergabung bersama komunitas kami di kanal YouTube untuk belajar bersama, ajak Budi.",
    "Mari gabung, kata Budi kepada para pemuda yang hadir di balai desa itu.",
    "Follow Tiktok kami untuk mendapatkan informasi terbaru, kata admin akun itu kepada wartawan.",
    "Ikuti berita terkini dari kompas.com, kata guru itu kepada muridnya.",
    "Follow the money, kata penyidik KPK menirukan prinsip lama para penyelidik.",
    "Saksikan live streaming Persib vs Persija di Indosiar malam ini.",
])
def test_a_sentence_asking_to_follow_or_join_stays(text):
    assert clean_body([Block(line) for line in [*OPENING, text]]).paragraphs == [*OPENING, text]


@pytest.mark.parametrize(("line", "kept"), [
    # Kompas's note of where the article ran in print; a made-up variant; a sentence about a print edition.
    ("Versi cetak artikel ini terbit di harian Kompas edisi 5 Juni 2023, di halaman 4 dengan judul \"Kota Bersiap "
     "Hadapi Banjir\".", False),
    ("Versi cetak berita ini telah dimuat di Harian Kota, Senin (5/6/2023).", False),
    ("Versi cetak buku itu terbit tahun depan, kata penerbitnya.", True),
])
def test_a_print_editions_note_leaves_the_body(line, kept):
    assert _cleaned([line]).paragraphs == [*OPENING, LAST, *([line] if kept else [])]


@pytest.mark.parametrize("lines", [
    # An embedded tweet left as text (Detik, 2019): its words closed by its photo's link; made-up variants with the
    # tweet's author and date, glued and on their own line.
    ["PFA Young Player of the Year. The Top Six. Chosen by the players. #PFAawardspic.twitter.com/bI8mvd4Ngu"],
    ["Selamat jalan, legenda. Terima kasih untuk semuanya pic.twitter.com/AbC12xYz90 — PSSI (@PSSI) June 5, 2019"],
    ["Selamat jalan, legenda. pic.twitter.com/AbC12xYz90", "— PSSI (@PSSI) June 5, 2019"],
])
def test_an_embedded_tweets_text_leaves_the_body(lines):
    assert _cleaned(lines).paragraphs == [*OPENING, LAST]


@pytest.mark.parametrize("text", [
    "Akun Instagram resmi Kemenkes (@kemenkes_ri) mengunggah imbauan itu pada Senin (5/6).",
    "Hal itu ia sampaikan melalui akun Twitter pribadinya (@jokowi).",
])
def test_a_sentence_naming_a_handle_stays(text):
    assert clean_body([Block(line) for line in [*OPENING, text]]).paragraphs == [*OPENING, text]


@pytest.mark.parametrize(("block", "kept"), [
    # A related insert scraped into a paragraph with no markup, its ends marked by double spaces (Liputan6); a
    # made-up variant closing the paragraph.
    ("Namun, keduanya masuk dalam jenis makanan yang mengandung purin sedang hingga tinggi.  Baca Juga: 5 Makanan yang "
     "Harus Dihindari Penderita Kolesterol, Jauhi Lemak Jenuh!  Akan sangat baik jika konsumsinya dikurangi.",
     "Namun, keduanya masuk dalam jenis makanan yang mengandung purin sedang hingga tinggi. Akan sangat baik jika "
     "konsumsinya dikurangi."),
    ("Warga diminta tetap waspada.  Baca juga: Banjir Rendam Tiga Desa di Bekasi", "Warga diminta tetap waspada."),
    # Single spaces mark no end of its headline: the paragraph stays whole.
    ("Warga diminta waspada. Baca juga: Banjir Rendam Tiga Desa di Bekasi Air mulai surut kata BPBD.",
     "Warga diminta waspada. Baca juga: Banjir Rendam Tiga Desa di Bekasi Air mulai surut kata BPBD."),
])
def test_an_insert_between_double_spaces_leaves_its_paragraph(block, kept):
    assert clean_body([Block(line) for line in [*OPENING, block]]).paragraphs == [*OPENING, kept]


@pytest.mark.parametrize(("line", "kept"), [
    # KapanLagi's promos: bracketed and opened with a call, between paragraphs and before its code; made-up variants.
    ("(Ayo ikuti saluran WhatsApp KapanLagi.com biar enggak ketinggalan update dan berita terbaru seputar dunia hiburan "
     "tanah air dan juga luar negeri. Klik di sini ya, Klovers!)", False),
    ("Yuk, baca artikel seputar rekomendasi drama Thailand lainnya di Kapanlagi.com. Kalau bukan sekarang, KapanLagi?",
     False),
    ("Ayo ikuti saluran WhatsApp Harian Kota biar enggak ketinggalan berita terbaru.", False),
    ("(Yuk, baca artikel menarik lainnya di Harian-Kota.com!)", False),
    # A call opening a sentence of the text.
    ("Ayo ikuti lomba menulis ini, ajak kepala sekolah kepada para siswa.", True),
    ("Yuk, baca buku lebih banyak, kata duta baca itu kepada anak-anak.", True),
])
def test_a_promo_bracketed_or_opened_with_a_call_leaves_the_body(line, kept):
    after = "Kalau pasangan satu ini ibarat tiang listrik dan boneka mungil."
    assert _cleaned([line, after]).paragraphs == [*OPENING, LAST, *([line] if kept else []), after]


@pytest.mark.parametrize("line", [
    # An embedded Instagram post's line left as text (Kompas, 2025); its Indonesian variant.
    "A post shared by Leo Messi (@leomessi)",
    "Sebuah kiriman dibagikan oleh Pemkot Surabaya (@surabaya)",
])
def test_an_embedded_posts_line_leaves_the_body(line):
    assert _cleaned([line]).paragraphs == [*OPENING, LAST]


@pytest.mark.parametrize(("block", "kept"), [
    # Kompas's newsletter box run into a paragraph of scraped text; a made-up variant with its sign-up word.
    ("Rangkaian pelantikan terdiri dari Pelantikan dan Pengambilan Sumpah. Terima kasih telah membaca Kompas.com. "
     "Dapatkan informasi, inspirasi dan insight di email kamu. “KPK akan menyiarkan seluruh rangkaian kegiatan ini,” "
     "ucap dia.",
     "Rangkaian pelantikan terdiri dari Pelantikan dan Pengambilan Sumpah. “KPK akan menyiarkan seluruh rangkaian "
     "kegiatan ini,” ucap dia."),
    ("Harga cabai naik lagi. Dapatkan berita pilihan setiap pagi di email Anda. Daftarkan email Pedagang mengeluhkan "
     "sepinya pembeli.", "Harga cabai naik lagi. Pedagang mengeluhkan sepinya pembeli."),
    # A sentence of the text about email.
    ("Petugas mengirim hasilnya ke email warga. Dapatkan hasil tes lewat email Anda dalam tiga hari, kata petugas.",
     "Petugas mengirim hasilnya ke email warga. Dapatkan hasil tes lewat email Anda dalam tiga hari, kata petugas."),
])
def test_a_newsletters_box_run_into_a_paragraph_leaves_it(block, kept):
    assert clean_body([Block(line) for line in [*OPENING, block]]).paragraphs == [*OPENING, kept]


@pytest.mark.parametrize("lines", [
    # Haluan Palestin's newsletter box under the text (Malay); a made-up Indonesian variant.
    ["LANGGAN NEWSLETTER HALUAN PALESTIN", "Dapatkan berita terkini Palestin di Email anda", "Facebook", "Twitter"],
    ["Berlangganan newsletter Harian Kota", "Dapatkan berita pilihan di email Anda."],
])
def test_a_newsletters_heading_is_no_writers_name(lines):
    cleaned = _cleaned(lines)
    assert (cleaned.paragraphs, cleaned.credits.author) == ([*OPENING, LAST], None)


def test_a_sentence_about_a_newsletter_stays():
    text = "Berlangganan newsletter itu gratis, kata pengelola situs kepada wartawan, dan bisa dihentikan kapan saja."
    assert clean_body([Block(line) for line in [*OPENING, text]]).paragraphs == [*OPENING, text]


@pytest.mark.parametrize("lines", [
    # Tempo English's ending: a contributor's credit, the editor's pick, the Google News promo; Indonesian variants.
    ["Putri Az zahra Suherman contributed to this article",
     "Editor's Choice: Why Ramen Has Overtaken Sushi as Travelers' Favorite Japanese Dish",
     "Click here to get the latest news updates from Tempo on Google News"],
    ["Dewi Lestari berkontribusi dalam penulisan artikel ini.",
     "Pilihan Editor: Mengapa Ramen Menggeser Sushi",
     "Klik di sini untuk mendapatkan update berita terkini dari Tempo di Google News"],
])
def test_tempos_contributor_pick_and_promo_leave_the_body(lines):
    cleaned = _cleaned(lines)
    assert (cleaned.paragraphs, cleaned.credits.author) == ([*OPENING, LAST], None)


def test_a_sentence_about_contributing_stays():
    text = "Semua warga berkontribusi dalam penulisan artikel ini, kata kepala desa kepada wartawan."
    assert clean_body([Block(line) for line in [*OPENING, text]]).paragraphs == [*OPENING, text]


@pytest.mark.parametrize(("line", "kept"), [
    # Cantika's sign-off: an affiliate pointer and a greeting with a follow-us call; made-up variants.
    ("Jika kamu menyukai artikel di atas, cek barang lainnya di Shopee.", False),
    ("Halo Sahabat Cantika, Yuk Update Informasi Terkini Gaya Hidup Cewek Y dan Z di Instagram dan TikTok Cantika.",
     False),
    ("Jika Anda menyukai artikel ini, bagikan kepada teman Anda.", False),
    ("Halo Sobat Harian, ayo ikuti kami di Instagram dan TikTok Harian Kota!", False),
    # A sentence of the text with the same words.
    ("Jika kamu suka artikel ilmiah, kata dosen itu, bacalah jurnal internasional setiap minggu.", True),
    ("Halo semua, yuk kita mulai acaranya, kata pembawa acara sambil menunjuk layar Instagram.", True),
])
def test_a_lifestyle_desks_sign_off_leaves_the_body(line, kept):
    assert _cleaned([line]).paragraphs == [*OPENING, LAST, *([line] if kept else [])]


@pytest.mark.parametrize(("lines", "author"), [
    # Kompasiana's note closing a copied post: the note and its link, the writer as `Kreator`, the platform's
    # disclaimer and its call to write; a made-up variant.
    (["Konten ini telah tayang di Kompasiana.com dengan judul \"Ingin Tahu tentang Pendidikan Inklusi? Yuk, Simak "
      "Ulasannya!\", Klik untuk baca:",
      "https://www.kompasiana.com/anastasia53995/62d0ea44ce96e51229275582/ingin-tahu-tentang-pendidikan-inklusi",
      "Kreator: Anastasia Bernardin"], "Anastasia Bernardin"),
    (["Konten ini telah tayang di Kompasiana.com dengan judul \"4 Anime Remake Terbaik yang Wajib Ditonton\", Klik "
      "untuk baca:",
      "Kompasiana adalah platform blog. Konten ini menjadi tanggung jawab bloger dan tidak mewakili pandangan redaksi "
      "Kompas.",
      "Tulis opini Anda seputar isu terkini di Kompasiana.com"], None),
    (["Konten ini sudah tayang di Warga-Kota.id dengan judul \"Banjir Lagi\"", "Kreator: Budi Santoso"],
     "Budi Santoso"),
])
def test_a_blog_platforms_note_closes_the_article_and_names_its_writer(lines, author):
    cleaned = _cleaned(lines)
    assert (cleaned.paragraphs, cleaned.credits.author) == ([*OPENING, LAST], author)


@pytest.mark.parametrize("text", [
    "Konten ini telah tayang di televisi nasional sejak pekan lalu, kata produser acara itu.",
    "Konten ini menjadi tanggung jawab pemerintah daerah, kata Budi.",
])
def test_a_sentence_about_content_stays(text):
    assert clean_body([Block(line) for line in [*OPENING, text]]).paragraphs == [*OPENING, text]


@pytest.mark.parametrize(("lines", "author"), [
    # Merdeka's copy of a Liputan6 story: the reporter, then the source's label with its link gone; a made-up variant.
    (["Reporter: Pipit Ika", "Sumber:"], "Pipit Ika"),
    (["Editor:"], None),
])
def test_an_empty_credit_label_closing_the_text_leaves_it(lines, author):
    cleaned = _cleaned(lines)
    assert (cleaned.paragraphs, cleaned.credits.author) == ([*OPENING, LAST], author)


def test_a_label_inside_the_text_stays():
    lines = ["Sumber:", "Data itu dihimpun dari laporan warga di tiga kecamatan."]
    assert _cleaned(lines).paragraphs == [*OPENING, LAST, *lines]


@pytest.mark.parametrize(("block", "kept"), [
    # A related insert flattened into a paragraph with single spaces: the next sentence opens with a word that opens
    # sentences, or the headline closes with its own full stop, or it closes the paragraph (made-up variants).
    ("Warga mulai kembali ke rumah, ujar dia. Baca juga: Banjir Surut, Ribuan Pengungsi di Tiga Desa Pulang Hasil "
     "pendataan menunjukkan 40 rumah rusak.", "Warga mulai kembali ke rumah, ujar dia. Hasil pendataan menunjukkan 40 "
     "rumah rusak."),
    ("Harga beras naik lagi. BACA JUGA: Stok Beras Bulog Aman Jelang Lebaran Berdasarkan data dinas, harga naik 5 "
     "persen.", "Harga beras naik lagi. Berdasarkan data dinas, harga naik 5 persen."),
    ("Harganya murah. Baca juga: 5 Cara Menanam Cabai, Bisa di Pot. Berikut langkah yang mudah diikuti.",
     "Harganya murah. Berikut langkah yang mudah diikuti."),
    ("Rupiah melemah ke Rp 16.400 per dolar AS. Baca Juga: Bank Sentral Tahan Suku Bunga Acuan",
     "Rupiah melemah ke Rp 16.400 per dolar AS."),
    # A title opens the next sentence's subject (the last title, with one before it); an acronym a word in lower case
    # follows is its subject.
    ("Vaksin tiba, ujar dia. Baca juga: Sekolah Ditutup Gubernur Banten Andi Wijaya mengatakan, vaksin cukup.",
     "Vaksin tiba, ujar dia. Gubernur Banten Andi Wijaya mengatakan, vaksin cukup."),
    ("Siap, kata dia. Baca juga: Gubernur Jatim Tinjau Banjir, Bupati Minta Bantuan Kepala BPBD Budi mengatakan, "
     "bantuan dikirim.", "Siap, kata dia. Kepala BPBD Budi mengatakan, bantuan dikirim."),
    ("Siap, kata dia. Baca juga: Banjir Bandang Terjang Garut Wakil Ketua DPRD Jabar Ade Rahman menyebut, bantuan "
     "dikirim.", "Siap, kata dia. Wakil Ketua DPRD Jabar Ade Rahman menyebut, bantuan dikirim."),
    ("Data BNPB, Senin (4/4/2022). BACA JUGA: Musim Pancaroba Berpotensi Picu Bencana di DIY, Begini Penjelasan BMKG "
     "BNPB merinci 459 kejadian banjir.", "Data BNPB, Senin (4/4/2022). BNPB merinci 459 kejadian banjir."),
    # A numbered subheading after the headline opens with its number.
    ("Mati, ujar Kartika. Baca Juga: Paus yang Mati Terdampar di Perairan Wakatobi Dikuburkan 4. Sampah plastik "
     "mengancam perairan Wakatobi", "Mati, ujar Kartika. 4. Sampah plastik mengancam perairan Wakatobi"),
    # A noun its demonstrative follows opens the sentence.
    ("Ia menulis soal itu. Baca juga: Dituduh Cemarkan Nama Bupati, Jurnalis di Buton Tengah Dituntut 3 Tahun Penjara "
     "Tulisan tersebut kemudian dilaporkan ke polisi.", "Ia menulis soal itu. Tulisan tersebut kemudian dilaporkan ke "
     "polisi."),
    # An opener with its comma starts the sentence.
    ("Lancar, jelasnya. Baca juga: Yamaha: Vinales Sudah Punya Modal Bagus Menuju Jerez Selanjutnya, seri balapan "
     "akan menuju Spanyol.", "Lancar, jelasnya. Selanjutnya, seri balapan akan menuju Spanyol."),
    # Where the headline ends cannot be told: the paragraph stays whole (a name with no title before the verb, a
    # subject with a word in lower case in it).
    ("Vaksin tiba, ujar dia. Baca juga: Sekolah Ditutup Sementara Ganjar Pranowo mengatakan, vaksin cukup.", None),
    ("Siap, kata dia. Baca juga: Harga Cabai Naik Kepala Badan Meteorologi dan Geofisika Dwikorita mengatakan, "
     "hujan turun.", None),
    # A photo's caption after the insert ends it; a subheading between them goes too.
    ("Bagus, sambungnya. Baca juga: Detik-detik Panther Tabrak Tronton di Tuban, 4 Tewas Ganjar akui berat Lihat Foto "
     "Gubernur Jawa Tengah Ganjar Pranowo di Blora, Kamis (24/6/2021)(KOMPAS.COM/ARIA RUSTA YULI PRADANA) Tak "
     "dipungkiri Ganjar, kondisi saat ini berat.", "Bagus, sambungnya. Tak dipungkiri Ganjar, kondisi saat ini berat."),
])
def test_a_related_insert_flattened_into_a_paragraph_leaves_it(block, kept):
    assert clean_body([Block(line) for line in [*OPENING, block, LAST]]).paragraphs == [*OPENING, kept or block, LAST]


def test_a_related_box_glued_into_a_paragraph_leaves_it():
    # Republika's box scraped with nothing between its heading, its headlines and the paragraph (made-up headlines).
    block = ("Ia meminta dinas berkoordinasi dengan Pemprov Jambi.Baca JugaWarga Terima Bantuan Beras di "
             "KotaHarga Cabai Turun Jelang Akhir Pekan\"Kami akan matangkan rencana itu,\" kata dia.")
    kept = "Ia meminta dinas berkoordinasi dengan Pemprov Jambi.\"Kami akan matangkan rencana itu,\" kata dia."
    assert clean_body([Block(line) for line in [*OPENING, block, LAST]]).paragraphs == [*OPENING, kept, LAST]


@pytest.mark.parametrize(("line", "kept"), [
    # A print title's subscription offer at its shop (GridOto; a made-up variant); a sentence about subscribing.
    ("Sobat bisa berlangganan Tabloid OTOMOTIF lewat www.GridStore.id.", False),
    ("Anda juga bisa berlangganan majalah Warta Kita di wartakita.id", False),
    ("Warga bisa berlangganan koran lewat agen di pasar.", True),
])
def test_a_subscription_offer_at_a_shop_leaves_the_body(line, kept):
    assert _cleaned([line]).paragraphs == [*OPENING, LAST, *([line] if kept else [])]


@pytest.mark.parametrize(("lines", "author", "editor"), [
    # An investment desk's disclaimer (Liputan6), a made-up variant; Kompas's channel promo glued to the last sentence,
    # its subscription offer run into the editor's name (made-up names).
    (["Disclaimer: Setiap keputusan investasi ada di tangan pembaca. Pelajari dan analisis sebelum membeli dan menjual "
      "saham. Harian Kota tidak bertanggung jawab atas keuntungan dan kerugian yang timbul dari keputusan investasi."],
     None, None),
    (["Setiap keputusan investasi ada di tangan pembaca. Warta Kita tidak bertanggung jawab atas kerugian."], None, None),
    ([f"{LAST} Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita "
      "Wartakita.com WhatsApp Channel : https://www.whatsapp.com/channel/0029Va. Pastikan kamu sudah install aplikasi "
      "WhatsApp ya."], None, None),
    ([f"{LAST} Artikel ini telah tayang di Wartakita.com dengan judul \"Warga Sambut Kebijakan Baru\", Penulis : Andi "
      "SaputraEditor : Rina WulandariWartakita+ baca berita tanpa iklan"], "Andi Saputra", "Rina Wulandari"),
])
def test_a_disclaimer_and_glued_promos_leave_the_body(lines, author, editor):
    result = _cleaned(lines)
    assert (result.paragraphs, result.credits.author, result.credits.editor) == ([*OPENING, LAST], author, editor)


def test_a_sentence_about_investment_decisions_stays():
    text = "Keputusan investasi ada di tangan direksi, kata dia."
    assert clean_body([Block(line) for line in [*OPENING, text]]).paragraphs == [*OPENING, text]


@pytest.mark.parametrize(("line", "kept"), [
    # A player's and a summary's buttons left as text (Kompas), CNN's source button, Kompas's update offer alone on its
    # line (a made-up domain); sentences with the same words.
    ("Dengarkan artikel", False),
    ("Tampilkan Ringkasan Artikel", False),
    ("Add as a preferred source on Google", False),
    ("Dapatkan update berita pilihan dan breaking news setiap hari dari Wartakita.com.", False),
    ("Dengarkan artikel itu baik-baik sebelum menjawab, kata guru kepada murid-muridnya.", True),
    ("Dapatkan update berita dari sumber resmi, bukan dari grup percakapan, kata Budi.", True),
])
def test_buttons_left_as_text_and_an_update_offer_leave_the_body(line, kept):
    assert _cleaned([line]).paragraphs == [*OPENING, LAST, *([line] if kept else [])]


@pytest.mark.parametrize("line", ["--", "- -", "——"])
def test_a_short_rule_drawn_in_characters_leaves_the_body(line):
    # Disway's `--` between the text and its Google News line.
    assert _cleaned([line, "Cek Berita dan Artikel lainnya di Google News"]).paragraphs == [*OPENING, LAST]


@pytest.mark.parametrize(("block", "kept"), [
    # IDN Times's round-up: its app line, a caption closed by its photo's source, a pointer closing a paragraph
    # (made-up variants); a sentence citing a document in brackets stays.
    ("Baca artikel Warta Kita lainnya di WK App", None),
    ("Polisi mengamankan sejumlah mahasiswa saat aksi di depan kampus, Senin (13/9/2021). (dok. BEM Kampus)", None),
    ("Poster itu berbunyi \"Tuntaskan kasus lama\". Baca selengkapnya di sini.", "Poster itu berbunyi \"Tuntaskan kasus lama\"."),
    # VIVA's round-ups: `Klik di sini.`, `Detail selengkapnya di sini` closing the summary of a story.
    ("Dalam foto yang ia unggah, tertulis kalau almarhum meninggal subuh tadi. Klik di sini.",
     "Dalam foto yang ia unggah, tertulis kalau almarhum meninggal subuh tadi."),
    ("Sambodo menjelaskan alasan pengemudi itu tidak ditangkap. Detail selengkapnya di sini",
     "Sambodo menjelaskan alasan pengemudi itu tidak ditangkap."),
    # A sentence telling where to click stays.
    ("Warga cukup membuka aplikasi itu lalu klik di sini untuk mendaftar.",
     "Warga cukup membuka aplikasi itu lalu klik di sini untuk mendaftar."),
    ("Angka itu tercatat dalam laporan tahunan (dok. laporan keuangan 2020) yang dirilis Senin.",
     "Angka itu tercatat dalam laporan tahunan (dok. laporan keuangan 2020) yang dirilis Senin."),
])
def test_a_round_ups_app_line_caption_and_pointer_leave_the_body(block, kept):
    result = clean_body([Block(line) for line in [*OPENING, block, LAST]])
    assert result.paragraphs == [*OPENING, *([kept] if kept else []), LAST]


@pytest.mark.parametrize(("block", "kept"), [
    # A caption its wire's credit closes (ANTARA, a made-up variant), a source of pictures, a Malay reporter's label and
    # a paywall's line; sentences with a slash after a full stop stay.
    ("Warga menata bantuan yang dibagikan gratis di Patung Kuda, Jakarta, Jumat (21/2/2025). ANTARA/Rina Wulandari", False),
    ("Petugas memadamkan api di pasar, Senin (5/6/2023). REUTERS/Andi Saputra/File Photo", False),
    ("Sumber Gambar: arsip warga", False),
    ("Sila Log Masuk atau Langgan untuk membaca berita sepenuhnya", False),
    ("Kerja sama itu sudah berjalan, kata dia. TNI/Polri siap.", True),
    ("Rapat digelar di gedung parlemen. DPR/MPR Hadir dalam sidang itu.", True),
])
def test_a_caption_closed_by_its_wires_credit_and_a_paywalls_line_leave_the_body(block, kept):
    result = clean_body([Block(line) for line in [*OPENING, block, LAST]])
    assert result.paragraphs == [*OPENING, *([block] if kept else []), LAST]


def test_a_malay_reporters_label_closing_the_text_leaves_it():
    assert _cleaned(["Pemberita : Andi Saputra", "Gambar: Rina Wulandari"]).paragraphs == [*OPENING, LAST]


@pytest.mark.parametrize(("line", "kept"), [
    ("Selengkapnya : http://www.blogwarga.com/", False),
    ("Selengkapnya: https://www.contoh.co.id/read/2016/08/14/wisata-pantai-123", False),
    ("Selengkapnya: warga diminta tetap waspada selama musim hujan.", True),
])
def test_a_label_over_a_link_to_the_whole_story_leaves_the_body(line, kept):
    result = clean_body([Block(text) for text in [*OPENING, LAST, line]])
    assert result.paragraphs == [*OPENING, LAST, *([line] if kept else [])]


@pytest.mark.parametrize(("lines", "kept"), [
    (["Sumber: beritakita.com", "https://www.beritakita.com/berita/12345/harga-cabai-naik"], []),
    (["Sumber : Koran Daerah", "http://koran-daerah.co.id/2016/08/16/pasar-baru-dibuka/"], []),
    # A link after a paragraph, with no source line over it, is the text's.
    (["Daftar lengkapnya dapat dilihat di laman berikut.", "https://www.kemenkes.go.id/daftar"],
     ["Daftar lengkapnya dapat dilihat di laman berikut.", "https://www.kemenkes.go.id/daftar"]),
])
def test_a_link_under_a_closing_source_line_leaves_with_it(lines, kept):
    result = clean_body([Block(text) for text in [*OPENING, LAST, *lines]])
    assert result.paragraphs == [*OPENING, LAST, *kept]


@pytest.mark.parametrize("lines", [
    ["Rilis : Budi (Humas Kabupaten)", "Editor : Rina Kartika/MD"],
    ["Rilis: Humas Pemkot"],
])
def test_a_press_releases_writer_closing_the_text_leaves_it(lines):
    result = clean_body([Block(text) for text in [*OPENING, LAST, *lines]])
    assert result.paragraphs == [*OPENING, LAST]


@pytest.mark.parametrize(("lines", "kept"), [
    # A wire's sign-off closes its story; the agency's blurb under it goes with it (Bernama, in Malay and English).
    (["-- BERNAMA"], []),
    (["--BERNAMA", "BERNAMA provides up-to-date authentic and comprehensive news and information which are "
      "disseminated via BERNAMA Wires; BERNAMA TV on Astro 502 and BERNAMA Radio on FM93.9 (Klang Valley)."], []),
    (["— ANTARA", "Kantor berita ini menyiarkan berita ke seluruh negeri melalui layanan kawatnya."], []),
    # A dash before a word that names no agency is the text's.
    (["-- Tamat cerita pertama, berlanjut ke bagian kedua pekan depan."],
     ["-- Tamat cerita pertama, berlanjut ke bagian kedua pekan depan."]),
])
def test_a_wires_sign_off_ends_the_story(lines, kept):
    result = clean_body([Block(text) for text in [*OPENING, LAST, *lines]])
    assert result.paragraphs == [*OPENING, LAST, *kept]


@pytest.mark.parametrize(("caption", "kept"), [
    # A figure's caption its credit closes, run into its last word or an infographic's (Jatimnet 2020); its heading
    # in capitals is no dateline below the lead.
    ("JALAN MERR: Proyek pembangunan Jalan MERR yang menjadi penghubung Surabaya-Sidoarjo itu telah rampung 100 "
     "persenFoto: Humas Pemkot Surabaya", False),
    ("GRAFIS: Proses perjuangan pembangunan Jalan MERR. Infografis: Humas Pemkot Surabaya", False),
    ("BANJIR: Warga mengungsi ke balai desa. Grafis: Tim Redaksi", False),
    # A regional site's caption, its credit after a comma (kupasbengkulu.com 2024)...
    ("Presiden Prabowo Subianto tiba di Washington DC Amerika Serikat, Foto: Dok", False),
    # ...or a documentation label's (Serat.id 2025).
    ("Rumah milik Suyono, warga Kampung Tambakrejo, menjadi salah satu bukti penurunan muka tanah di Kota Semarang. "
     "(Dokumentasi: Serat.id)", False),
    ("Semua berkas rapat itu disimpan di bagian arsip kantor wali kota (dokumentasi: 2019-2023).", True),
    # A sentence naming a photo is the text's, and so is a list with a photo's size in it.
    ("Pameran itu memajang seratus karya dari Foto Kita, komunitas fotografer muda kota itu.", True),
    ("Berkas yang dibawa pendaftar antara lain KTP, Foto: 3x4 sebanyak dua lembar", True),
])
def test_a_figures_caption_its_credit_closes_leaves_the_body(caption, kept):
    opening = [*OPENING, "Jalan itu membentang dari Kenjeran hingga perbatasan Surabaya dan Sidoarjo."]
    result = clean_body([Block(text) for text in [*opening, caption, LAST]])
    assert result.paragraphs == [*opening, *([caption] if kept else []), LAST]


@pytest.mark.parametrize("lines", [
    # CNN Indonesia's copy trailer on a page that reposts it, its name in two words and the headline quoted, as lines...
    ["Baca artikel CNN Indonesia \"Jokowi Bentuk Tim Khusus Respons Serangan Bjorka\" selengkapnya di sini: "
     "https://www.cnnindonesia.com/nasional/20220912162500-32-846753/jokowi-bentuk-tim-khusus-respons-serangan-bjorka.",
     "Download Apps CNN Indonesia sekarang https://app.cnnindonesia.com/"],
    ["Baca artikel Koran Kita “Harga Cabai Naik Lagi” selengkapnya di sini: https://www.korankita.id/a/1."],
    # ...and glued to the last sentence.
    [f"{LAST}  Baca artikel CNN Indonesia \"Sinopsis The Gray Man, Agen Nomor Satu CIA Jadi Buron\" selengkapnya di "
     "sini: https://www.cnnindonesia.com/hiburan/20220722090747-220-824703/sinopsis-the-gray-man.  Download Apps CNN "
     "Indonesia sekarang https://app.cnnindonesia.com/"],
    # Kompas 2025's pledge and call for support, as lines and run into the last sentence (a repost's links after it).
    ["Dalam segala situasi, KOMPAS.com berkomitmen memberikan fakta jernih dari lapangan. Kirimkan Apresiasi Spesial "
     "untuk mendukung Jurnalisme.", "Berikan apresiasi sekarang"],
    ["KOMPAS.com berkomitmen memberikan fakta jernih, tepercaya, dan berimbang. Dukung keberlanjutan jurnalisme jernih "
     "dan nikmati kenyamanan baca tanpa iklan.", "Gabung KOMPAS.com Plus sekarang"],
    [f"{LAST} KOMPAS.com berkomitmen memberikan fakta jernih, tepercaya, dan berimbang. Dukung keberlanjutan "
     "jurnalisme jernih dan nikmati kenyamanan baca tanpa Gabung KOMPAS.com Plus sekarang"],
    [f"{LAST} Dalam segala situasi, KOMPAS.com berkomitmen memberikan fakta jernih dari lapangan. Kirimkan Apresiasi "
     "Spesial untuk mendukung Jurnalisme. Berikan apresiasi sekarang",
     "Sumber: https://nasional.kompas.com/read/2025/12/24/21341311/update-bnpb?source=headline.",
     "Membership: https://kmp.im/plus6", "Download aplikasi: https://kmp.im/app6"],
    # A donation box closed by its call to click, and a flattened figure under its label.
    ["Ulurkan tanganmu membantu korban banjir di Aceh, Sumatera Utara, dan Sumatera Barat. Di situasi seperti ini, "
     "sekecil apa pun bentuk dukungan dapat menjadi harapan baru bagi para korban. Salurkan donasi kamu sekarang "
     "dengan klik di sini"],
    ["Lihat Foto Presiden menulis pesan khusus untuk para jaksa dalam sebuah prasasti di Gedung Bundar Kejaksaan "
     "Agung, Jakarta Selatan, Rabu (24/12/2025). (Dok. Biro Pers Sekretariat Presiden)"],
])
def test_outlets_copy_trailers_pledges_and_donation_boxes_leave_the_body(lines):
    glued = lines[0].startswith(LAST)
    result = clean_body([Block(text) for text in [*OPENING, *([] if glued else [LAST]), *lines]])
    assert result.paragraphs == [*OPENING, LAST]


@pytest.mark.parametrize("line", [
    # An institution's commitment and a call in the text, a link to click for a form, are the article's.
    "Pemerintah berkomitmen memberikan bantuan kepada korban banjir. Dukung mereka dengan doa, kata Budi.",
    "Warga yang ingin mendaftar program itu dapat mengisi formulir daring, kata dia, dengan klik di sini.",
    "Baca artikel itu dengan teliti sebelum menandatangani kontrak, pesan dia.",
])
def test_a_commitment_or_a_pointer_in_the_text_stays(line):
    result = clean_body([Block(text) for text in [*OPENING, line, LAST]])
    assert result.paragraphs == [*OPENING, line, LAST]


def test_the_outlet_after_a_writers_name_is_not_the_name():
    result = clean_body([Block(text) for text in [*OPENING, LAST, "Penulis : Rendi Mahendra - Bisnis.com"]])
    assert result.paragraphs == [*OPENING, LAST]
    assert result.credits.author == "Rendi Mahendra"


@pytest.mark.parametrize(("line", "kept"), [
    # A Malay outlet's line of when the article ran (Harian Metro), its date in either calendar.
    ("Artikel ini disiarkan pada : Selasa, 5 Ogos 2025 @ 10:12 AM", False),
    ("Artikel ini disiarkan pada : 24 Rejab 1440H @ Ahad", False),
    ("Berita ini disiarkan secara langsung oleh televisi daerah pada malam itu.", True),
    # Tempo English's pointer to another story (`Read: <headline>`), as `Baca: <headline>` is.
    ("Read: Jokowi Asks Ministers to Speed Up Spending", False),
    ("Readers were asked to send their questions before the hearing.", True),
])
def test_a_malay_run_line_and_an_english_read_pointer_leave_the_body(line, kept):
    result = clean_body([Block(text) for text in [*OPENING, line, LAST]])
    assert result.paragraphs == [*OPENING, *([line] if kept else []), LAST]


@pytest.mark.parametrize(("line", "kept"), [
    # A reposted print story's source line: the paper, the day and its pages.
    ("Media Indonesia | Sabtu, 29 Desember 2012 | h. 8-9", False),
    ("Kompas, Senin, 3 Maret 2014, hal. 12", False),
    # A sentence with a date in it is the text's.
    ("Harga beras naik, 29 Desember 2012, hal itu terjadi karena panen gagal.", True),
])
def test_a_print_storys_source_line_closing_a_repost_leaves_it(line, kept):
    result = clean_body([Block(text) for text in [*OPENING, LAST, line]])
    assert result.paragraphs == [*OPENING, LAST, *([line] if kept else [])]


@pytest.mark.parametrize("line", ["المصدر : الجزيرة + وكالات", "المصدر: وكالات"])
def test_an_arabic_storys_source_line_closing_it_leaves_the_body(line):
    # "Source: Al Jazeera + agencies", as `Sumber:` and `Source:` close Indonesian and English stories.
    last = "وسجل مشروع المهاجرين المفقودين التابع للأمم المتحدة أكثر من 20 ألف وفاة واختفاء في عرض البحر المتوسط."
    result = clean_body([Block(text) for text in [*OPENING, last, line]])
    assert result.paragraphs == [*OPENING, last]


@pytest.mark.parametrize(("last", "kept"), [
    # A wire's sign-off after the last sentence (Malay Mail's `... he said. — Bernama`), with a spaced or doubled dash.
    ("He said the matter would be brought to the Cabinet next week. — Bernama",
     "He said the matter would be brought to the Cabinet next week."),
    ("Ia akan dibawa ke mesyuarat Kabinet minggu depan, katanya. -- BERNAMA",
     "Ia akan dibawa ke mesyuarat Kabinet minggu depan, katanya."),
    # A dash inside the sentence, or before words that name no agency, is the text's.
    ("He praised the work of the team — Bernama staff included.", None),
    ("Skor akhir 2-1 setelah perpanjangan waktu. — Tamat", None),
])
def test_a_wires_sign_off_after_the_last_sentence_leaves_it(last, kept):
    result = clean_body([Block(text) for text in [*OPENING, last]])
    assert result.paragraphs == [*OPENING, kept or last]


_ASIMO = ("It has played football with former US president Barack Obama and danced for German leader Angela Merkel, "
          "but Honda's ASIMO robot may have reached the end of the line.")
_ASIMO_NOTE = ("This article was published in thejakartapost.com with the title End of the line for ASIMO, Japan's famed "
               "robot?. Click to read: https://www.thejakartapost.com/life/2018/06/28/end-of-the-line-for-asimo.html.")


@pytest.mark.parametrize("lines", [
    # An English edition's syndication note and app promo, one line each...
    [_ASIMO, _ASIMO_NOTE, "Download The Jakarta Post app for easier and faster news access:",
     "Android: http://bit.ly/tjp-android", "iOS: http://bit.ly/tjp-ios"],
    # ...or glued to the last sentence, the page scraped without its breaks.
    [f"{_ASIMO}{_ASIMO_NOTE}Download The Jakarta Post app for easier and faster news access:Android: "
     "http://bit.ly/tjp-androidiOS: http://bit.ly/tjp-ios"],
    # Made up: another site's note.
    [_ASIMO, "This story was first published on jakartaglobe.id."],
])
def test_an_english_syndication_note_closing_the_text_leaves_it(lines):
    assert clean_body([Block(text) for text in [*OPENING, *lines]]).paragraphs == [*OPENING, _ASIMO]


def test_a_sentence_about_a_publication_stays():
    line = "This article was published in 2019 by researchers at Universitas Indonesia, who found the same trend."
    assert clean_body([Block(text) for text in [*OPENING, line]]).paragraphs == [*OPENING, line]


@pytest.mark.parametrize(("line", "kept"), [
    # A column's starred note on its writer closes it...
    ("*) Penulis adalah Benny Setiawan, mahasiswa fakultas Syari'ah Universitas Islam Negeri (UIN) Sunan Kalijaga, "
     "Yogyakarta.", False),
    ("**) Penulis merupakan dosen FISIP Universitas Andalas", False),
    # ...a sentence about a writer is the text's.
    ("Penulis adalah orang yang paling tahu isi bukunya, kata dia.", True),
])
def test_a_columns_note_on_its_writer_leaves_the_body(line, kept):
    result = clean_body([Block(text) for text in [*OPENING, LAST, line]])
    assert result.paragraphs == [*OPENING, LAST, *([line] if kept else [])]


@pytest.mark.parametrize(("lines", "titles"), [
    # An insert in square brackets, its headline a link (Detik 2016)...
    ([Block("[Baca juga: Murray Geser Djokovic sebagai Petenis Putra Peringkat 1 Dunia]",
            [_link("Murray Geser Djokovic sebagai Petenis Putra Peringkat 1 Dunia")])],
     ["Murray Geser Djokovic sebagai Petenis Putra Peringkat 1 Dunia"]),
    # ...or inside a paragraph, flattened.
    ([Block(f"{LAST} [Baca Juga: Daftar Negara yang Dibayangi Resesi 2023, Indonesia Termasuk?] Berdasarkan "
            "pemberitaan di atas, resesi memang mengancam.")], []),
])
def test_an_insert_in_square_brackets_leaves_the_text(lines, titles):
    result = clean_body([Block(text) for text in OPENING] + lines)
    assert result.paragraphs[:2] == OPENING
    assert "Baca" not in " ".join(result.paragraphs) and "Resesi 2023" not in " ".join(result.paragraphs)
    assert [entry["title"] for entry in result.related] == titles


def test_square_brackets_of_a_sentence_stay():
    line = "Ia mengutip pasal 5 ayat [2] dan [3] serta [baca: penjelasan pasal] di lampiran."
    assert clean_body([Block(text) for text in [*OPENING, line]]).paragraphs == [*OPENING, line]


@pytest.mark.parametrize(("line", "kept"), [
    # The next paragraph run into the insert's own line (a Kompas copy): the paragraph stays...
    ("Baca juga: Mengenal Operasi Rising Lion, Serangan Israel ke Iran yang Tewaskan Petinggi Militer-Ilmuwan Nuklir "
     "Sebagai pesawat siluman, jet tempur F-35 diklaim sulit dideteksi dan ditargetkan oleh musuh.",
     "Sebagai pesawat siluman, jet tempur F-35 diklaim sulit dideteksi dan ditargetkan oleh musuh."),
    # ...a headline alone, in sentence case or in two parts, is all insert.
    ("Baca juga: Dalam sepekan, 20 warga Jayapura terserang demam berdarah", None),
    ("Baca juga: BBMKG minta warga waspadai ombak tinggi jalur penyeberangan di Bali", None),
    ("Baca juga: Pemkot Surabaya Siagakan Pompa Air. Berikut Lokasinya", None),
])
def test_a_paragraph_run_into_an_inserts_line_stays(line, kept):
    result = clean_body([Block(text) for text in [*OPENING, LAST, line]])
    assert result.paragraphs == [*OPENING, LAST, *([kept] if kept else [])]


@pytest.mark.parametrize(("code", "codes"), [
    # A translated copy spaces its writers' initials (Liputan6's English edition); the code printed as it stood.
    ("(Dny / Gdn)", ["Dny", "Gdn"]),
    ("(eds / hns)", ["eds", "hns"]),
])
def test_a_code_with_spaced_slashes_closes_the_text(code, codes):
    last = "\"The government will make every effort to protect market access,\" he said."
    result = clean_body([Block(text) for text in [*OPENING, f"{last} {code}"]])
    assert result.paragraphs == [*OPENING, last]
    assert (result.signature["codes"], result.signature["raw"]) == (codes, code)


@pytest.mark.parametrize(("lines", "kept"), [
    # beritalima: its logo's text under the story, printed again on one line, its related posts' heading.
    (["beritalima.com", "beritalima.com beritalima.com beritalima.com beritalima.com", "Pos terkait"], []),
    (["Pos-pos Terkait"], []),
    # A site the last paragraph points at stays, and so does a paragraph opening with the words.
    (["Pendaftaran dibuka secara daring melalui laman berikut:", "www.pendaftaran-contoh.go.id"],
     ["Pendaftaran dibuka secara daring melalui laman berikut:", "www.pendaftaran-contoh.go.id"]),
    (["Pos terkait pemeriksaan kesehatan gratis dibuka di dekat pasar hingga pukul 16.00 WIB."],
     ["Pos terkait pemeriksaan kesehatan gratis dibuka di dekat pasar hingga pukul 16.00 WIB."]),
])
def test_a_sites_name_lines_and_related_posts_heading_close_the_text(lines, kept):
    result = clean_body([Block(text) for text in [*OPENING, LAST, *lines]])
    assert result.paragraphs == [*OPENING, LAST, *kept]


@pytest.mark.parametrize(("lines", "kept"), [
    # A WordPress theme's call to subscribe over the site's blurb and copyright (an English women's forum, 2024).
    (["Subscribe Now To Get Our Latest News",
      "Top 50 Women Forum is the first platform in Egypt to work exclusively on empowering women professionals.",
      "©2024 COPYRIGHTS BY EXLNT COMMUNICATIONS All Rights Reserved."], []),
    (["Sign up for our newsletter", "The Daily Brief is a regional site for business news."], []),
    # A press release's distributor note over its aggregator's widgets (APO Group's releases, 2025).
    (["Distributed by APO Group on behalf of Presidency of the Arab Republic of Egypt.", "Hashtags",
      "Try Our AI Features", "Explore what Daily8 AI can do for you:"], []),
    # Further from the end, or a sentence about subscribing: text.
    (["Subscribe now to get our latest news, the editor urged readers in a note.", "Readers replied within hours.",
      "Many signed up the same day.", "Others asked for a printed edition.", "The paper agreed to print one."],
     ["Subscribe now to get our latest news, the editor urged readers in a note.", "Readers replied within hours.",
      "Many signed up the same day.", "Others asked for a printed edition.", "The paper agreed to print one."]),
    (["The leaflets were distributed by volunteers on behalf of the village council, which paid for them."],
     ["The leaflets were distributed by volunteers on behalf of the village council, which paid for them."]),
])
def test_a_subscribe_call_and_a_distributors_note_close_the_text(lines, kept):
    result = clean_body([Block(text) for text in [*OPENING, LAST, *lines]])
    assert result.paragraphs == [*OPENING, LAST, *kept]


def test_a_next_storys_headline_over_its_cut_lead_leaves_with_it():
    # SatuHarapan (2016): the editor's line, then the next story's headline and its lead cut short.
    lines = ["Editor : Bayu Probo", "Victor Gyokeres Pemain Terbaik Swedia 2024",
             "JAKARTA, SATUHARAPAN.COM - Penyerang Sporting CP, Viktor Gyokeres terpilih sebagai pemain terbaik Sw..."]
    result = clean_body([Block(text) for text in [*OPENING, LAST, *lines]])
    assert result.paragraphs == [*OPENING, LAST]
    assert result.credits.editor == "Bayu Probo"
    # With no editor's line between.
    result = clean_body([Block(text) for text in [*OPENING, LAST, *lines[1:]]])
    assert result.paragraphs == [*OPENING, LAST]


@pytest.mark.parametrize(("lines", "kept"), [
    # A box's heading with its link to the whole list run into it (Palestinian Media Watch, 2020), or apart.
    (["RelatedView all ❯"], []),
    (["Related", "View all ❯"], []),
    (["Berita Terkait", "Lihat Semua"], []),
    # A sentence opening with the word stays.
    (["Related to this, the minister said the plan would go ahead."],
     ["Related to this, the minister said the plan would go ahead."]),
])
def test_a_boxs_heading_and_its_view_all_link_leave_the_body(lines, kept):
    result = clean_body([Block(text) for text in [*OPENING, LAST, *lines]])
    assert result.paragraphs == [*OPENING, LAST, *kept]


@pytest.mark.parametrize(("lines", "kept"), [
    # Tribun's pager (2020): its label alone, its page numbers run together, then the editor's line.
    (["Halaman", "12", "Editor: Zainuddin"], []),
    (["Halaman:", "123"], []),
    # A number after a line that is no pager's label stays.
    (["Skor akhir pertandingan itu:", "12"], ["Skor akhir pertandingan itu:", "12"]),
])
def test_a_pagers_label_and_its_numbers_run_together_leave_the_body(lines, kept):
    result = clean_body([Block(text) for text in [*OPENING, LAST, *lines]])
    assert result.paragraphs == [*OPENING, LAST, *kept]


@pytest.mark.parametrize(("lines", "kept"), [
    # Kompas's news video (2023): the credit roll under the text, a name after each role.
    (["Penulis Naskah: Anggie Puspariana", "Narator: Anggie Puspariana", "Video Editor: Anggie Puspariana",
      "Produser: Monica Arum", "Musik: Future Glider - Brian Bolger"], []),
    # A radio play's dialogue under the same labels stays (KBR's opinion page, 2014).
    (["Produser : “Nanti narasumber di line 2 ya.”", "Produser : *mengacungkan dua jari, tanda line 2 tersambung*"],
     ["Produser : “Nanti narasumber di line 2 ya.”", "Produser : *mengacungkan dua jari, tanda line 2 tersambung*"]),
    # An English site's comment box heading under the text (Young Journalists Club, 2022).
    (["Your Comment"], []),
])
def test_a_videos_credit_roll_and_a_comment_heading_close_the_text(lines, kept):
    result = clean_body([Block(text) for text in [*OPENING, LAST, *lines]])
    assert result.paragraphs == [*OPENING, LAST, *kept]


@pytest.mark.parametrize(("lines", "kept"), [
    # KBR (2015): the article's tags, one a line, over the comment box's count and its note.
    (["kantor berita radio", "KBR", "radio", "portalkbr", "Komentar (0)",
      "KBR percaya pembaca situs ini adalah orang-orang yang cerdas dan terpelajar."], []),
    # A list under its label, or two short lines, over the comment box stay.
    (["Bahan yang disiapkan:", "beras", "gula pasir", "minyak goreng", "Komentar (0)"],
     ["Bahan yang disiapkan:", "beras", "gula pasir", "minyak goreng"]),
    (["Tabik.", "Redaksi", "Komentar (0)"], ["Tabik.", "Redaksi"]),
])
def test_the_tags_over_a_comment_box_leave_with_it(lines, kept):
    result = clean_body([Block(text) for text in [*OPENING, LAST, *lines]])
    assert result.paragraphs == [*OPENING, LAST, *kept]


def test_an_images_alt_text_in_lower_case_over_the_lead_is_no_text():
    # KBR's editorial (2015): rubric, headline, the image's alt text, the lead.
    title = "Terima Kasih"
    lead = "Hari ini, 29 April 2015, genap 16 tahun Kantor Berita Radio (KBR) mengudara."
    blocks = [Block("HEADLINE"), Block(title), Block("ultah kbr"), Block(lead), Block(LAST)]
    assert clean_body(blocks, title=title).paragraphs == [lead, LAST]
    # A lead in lower case is longer; a short line further down stays.
    assert clean_body([Block("iPhone terbaru dijual mulai hari ini di seluruh gerai resmi."), Block(LAST)]).paragraphs \
        == ["iPhone terbaru dijual mulai hari ini di seluruh gerai resmi.", LAST]
    assert clean_body([Block(lead), Block("beras dan gula"), Block(LAST)]).paragraphs == [lead, "beras dan gula", LAST]
