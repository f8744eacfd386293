"""Outlets' promotions, widgets, players and credits between or after paragraphs (fact-check calls, subscription
offers, reaction widgets, page markers, video boxes, credit lines, a photo story's caption), through the body cleaner
with no site profile. Each real shape comes with a line of text of the same look that stays."""

from __future__ import annotations

import pytest

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

OPENING = ["Pemerintah mengumumkan kebijakan baru pada Senin pagi.", "Kebijakan itu berlaku mulai pekan depan."]
LAST = "Warga menyambut baik kebijakan itu, kata Budi."


def _paragraphs(lines: list[str]) -> list[str]:
    return clean_body([Block(line) for line in [*OPENING, *lines]]).paragraphs


@pytest.mark.parametrize("line", [
    # Liputan6's fact-check desk, starred or after its question.
    "* Untuk mengetahui kebenaran informasi yang beredar, silakan WhatsApp ke nomor 0811 9787 670 hanya dengan "
    "ketik kata kunci yang diinginkan.",
    "Fakta atau Hoaks? Untuk mengetahui kebenaran informasi yang beredar, silakan WhatsApp ke nomor Cek Fakta "
    "Liputan6.com 0811-9787-670 hanya dengan ketik kata kunci yang diinginkan.",
    # Bisnis's subscription offer and its note over an AI summary.
    "Nyaman tanpa iklan. Langganan BisnisPro",
    "* Ringkasan ini dibantu dengan menggunakan AI",
    # IDN Times's marker between a page's parts, Liputan6's zoom button.
    "Scroll untuk melanjutkan",
    "- Scroll untuk melanjutkan -",
    "GULIR UNTUK LANJUT BACA",
    "Perbesar",
    # A read-more button's label (a blog's `Lihat Selengkapnya!` between paragraphs).
    "Lihat Selengkapnya!",
    # An ad's responsive image's alt texts (MINA's header).
    "Image for large screens Image for small screens",
    # A reaction widget's heading.
    "Bagaimana reaksi Anda tentang artikel ini?",
    "Bagaimana reaksi Anda tentang video ini?",
    # A network's note against reposting its articles, a share bar's label (regional sites).
    "Dilarang mengambil dan/atau menayangkan ulang sebagian atau keseluruhan artikel di atas untuk konten akun media "
    "sosial komersil tanpa seizin redaksi.",
    "Sebarkan artikel ini",
    # A copy of an English edition's call to follow it.
    "Click here to get the latest news updates from BlogKu",
])
def test_an_outlets_promotion_or_widget_leaves_the_body(line):
    assert _paragraphs([LAST, line]) == [*OPENING, LAST]
    assert _paragraphs([line, LAST]) == [*OPENING, LAST]


@pytest.mark.parametrize("line", [
    "Bagaimana reaksi Anda saat pertama kali mendengar kabar itu?",
    "Untuk mengetahui kebenaran informasi itu, polisi memeriksa lima saksi.",
    "Warga diminta scroll untuk melanjutkan pendaftaran di aplikasi.",
    "Ruang kelas diperbesar agar muat 40 siswa.",
    "Warga dilarang mengambil pasir di pantai itu tanpa izin dari desa.",
    "Lihat selengkapnya jadwal kereta di laman resmi KAI.",
    "Sebarkan informasi ini kepada tetangga Anda, kata lurah.",
])
def test_a_sentence_with_a_promotions_words_stays(line):
    assert _paragraphs([line, LAST]) == [*OPENING, line, LAST]


@pytest.mark.parametrize(("line", "kept"), [
    # Liputan6: the photographer after the outlet's address, no brackets.
    ("Menkominfo Johnny G. Plate. Liputan6.com/Andina Librianty", False),
    ("Petugas memadamkan api di Pasar Senen. Liputan6.com/Herman Zakharia", False),
    ("Data lengkap dapat dilihat di Liputan6.com/Cek Fakta setiap hari", True),
])
def test_a_caption_closed_by_an_outlets_address_and_photographer_leaves_the_body(line, kept):
    assert _paragraphs([line, LAST]) == [*OPENING, *([line] if kept else []), LAST]


@pytest.mark.parametrize("lines", [
    # Detik: the player's title under its heading's word and again as the player's, then the code and the tags.
    ["Video Terapi Selangkangan Bikin Lamine Yamal Dicoret Timnas Spanyol",
     "Video Terapi Selangkangan Bikin Lamine Yamal Dicoret Timnas Spanyol", "(rin/ran)", "lamine yamal barcelona"],
    ["Video: Marco Bezzecchi Juara di MotoGP Portugal 2025", "Video: Marco Bezzecchi Juara di MotoGP Portugal 2025",
     "(raw/pur)"],
    ["Video: Detik-detik Marquez Jatuh di Misano, Penonton Sorak Sorai"],
    # ...a headline exclaiming inside it.
    ["Video: Bangga! Penyanyi Cilik Berdarah Indonesia Jadi Pembuka Laga NBA",
     "Video: Bangga! Penyanyi Cilik Berdarah Indonesia Jadi Pembuka Laga NBA", "(mro/nds)", "nba basket"],
])
def test_a_video_players_box_leaves_the_body(lines):
    assert _paragraphs([LAST, *lines]) == [*OPENING, LAST]


@pytest.mark.parametrize("lines", [
    # A subheading opening with the word, printed once; a sentence after the label.
    ["Video Amatir Beredar di Media Sosial", "Rekaman itu memperlihatkan detik-detik kejadian di lokasi."],
    ["Video: rekaman itu diambil warga dari lantai dua rumahnya, kata polisi."],
])
def test_a_subheading_or_a_sentence_opening_with_video_stays(lines):
    assert _paragraphs([LAST, *lines]) == [*OPENING, LAST, *lines]


def test_a_header_credit_line_opening_the_container_names_the_writer_and_the_editor():
    # Tribun Jateng: the writer's and the editor's names in lower case, before the lead.
    lead = ("Ahmad Luthfi sendiri, membantah Jokowi ikut campur dalam Pilkada. \"Pak Jokowi sudah purna tugas,\" kata "
            "Ahmad Luthfi usai mengikuti pawai di Karanganyar, 22 November 2024.")
    result = clean_body([Block("Penulis: iwan Arifianto | Editor: muslimah"), Block(lead), Block(LAST)])
    assert result.paragraphs == [lead, LAST]
    assert (result.credits.author, result.credits.editor) == ("iwan Arifianto", "muslimah")


def test_a_photo_storys_caption_over_its_copyright_line_is_its_text():
    # ANTARA's photo page: the caption and its photographer's credit, then the copyright line.
    caption = ("Petugas menggiring empat orang tersangka penyebar berita bohong (hoaks) saat rilis di Mapolres Blitar, "
               "Jawa Timur, Rabu (18/3/2020). Satreskrim Polres Blitar mengamankan empat orang tersangka penyebar hoaks "
               "mengenai COVID-19 dengan mencatut nama Bupati Blitar Rijanto. ANTARA FOTO/Irfan Anshori/aww.")
    assert clean_body([Block(caption), Block("Copyright © ANTARA 2020")]).paragraphs == [caption]


@pytest.mark.parametrize(("last", "author", "editor"), [
    # A Kompas story's copy: the credits bracketed after the last sentence, their labels with no colon.
    ("“Hal itu akan lebih bermanfaat,” kata Eddy. (Penulis Rully R. Ramli | Editor Yoga Sukmana)", "Rully R. Ramli",
     "Yoga Sukmana"),
    ("“Hal itu akan lebih bermanfaat,” kata Eddy. (Penulis: Rully R. Ramli | Editor: Yoga Sukmana)", "Rully R. Ramli",
     "Yoga Sukmana"),
])
def test_bracketed_credits_closing_the_last_paragraph_are_credits(last, author, editor):
    result = clean_body([Block(line) for line in [*OPENING, last]])
    assert result.paragraphs == [*OPENING, "“Hal itu akan lebih bermanfaat,” kata Eddy."]
    assert (result.credits.author, result.credits.editor) == (author, editor)


def test_a_bracket_opening_with_a_credits_word_but_no_name_stays():
    last = "Acara itu dihadiri ratusan warga. (Penulis buku itu hadir)"
    assert _paragraphs([last]) == [*OPENING, last]


def test_the_caption_after_a_photos_zoom_button_leaves_the_body():
    # A Liputan6 copy: the zoom button, then the caption, its photographer's credit in mixed case.
    caption = ("Ganjar Pranowo melakukan blusukan ke Pasar Citeureup usai melakukan lari pagi ditemani Wali Kota Bogor "
               "Bima Arya. (merdeka.com/Arie Basuki)")
    assert _paragraphs(["Perbesar", caption, LAST]) == [*OPENING, LAST]
    # The same line with no button before it is a paragraph's look-alike and stays.
    assert _paragraphs([caption, LAST]) == [*OPENING, caption, LAST]


@pytest.mark.parametrize(("line", "kept"), [
    # Warta Ekonomi: the photo's credit after a bar under a `Kredit Foto` label; the label alone, or closing a caption.
    ("Electoral College. | Kredit Foto: IStock Photo", False),
    ("Apa Itu Electoral College? Semua Rasa Penasaran Terjawab di Sini! Electoral College. | Kredit Foto: IStock Photo",
     False),
    ("Kredit foto: Shutterstock, Antara, kumparan.", False),
    ("Ilustrasi pajak. Kredit Foto: Unsplash", False),
    ("Kredit foto untuk wartawan lepas kini dibayar per gambar, kata dia.", True),
])
def test_a_photo_credit_under_a_kredit_foto_label_leaves_the_body(line, kept):
    assert _paragraphs([line, LAST]) == [*OPENING, *([line] if kept else []), LAST]


@pytest.mark.parametrize(("lines", "kept"), [
    # Police sites: a code after a speaker's verb no full stop closed, a box heading after it.
    (["“Masyarakat senang dengan kehadiran Polisi berpatroli di tengah-tengah masyarakat”, ungkapnya (ptn)",
      "Popular Posts"], ["“Masyarakat senang dengan kehadiran Polisi berpatroli di tengah-tengah masyarakat”, ungkapnya"]),
    # The writer's initials spaced on the last line.
    (["Patroli berlangsung dengan tertib, tidak ada hal menonjol yang menggangu kamtibmas. Terang Triyadi.", "S T H"],
     ["Patroli berlangsung dengan tertib, tidak ada hal menonjol yang menggangu kamtibmas. Terang Triyadi."]),
    # A comment form's prompts under the code.
    (["“Kami hadir di tengah masyarakat,” jawab Bripka Sugeng Hariyanto. (wid)", "LEAVE A REPLY",
      "Please enter your comment!", "Please enter your name here"],
     ["“Kami hadir di tengah masyarakat,” jawab Bripka Sugeng Hariyanto."]),
    # One code after a noun is the sentence's (`Airbus (A320)`); a verb's word with no -nya opens no code either.
    (["Maskapai itu memesan pesawat jenis Airbus (ab)"], ["Maskapai itu memesan pesawat jenis Airbus (ab)"]),
])
def test_a_police_sites_endings_leave_the_body(lines, kept):
    assert _paragraphs(lines) == [*OPENING, *kept]


@pytest.mark.parametrize(("line", "kept"), [
    # CNBC: the image's alt text run into its caption under the `Foto:` label, the source closing both.
    ("Direktur Utama RS Sulianti Saroso, Muhammad Syahril (Youtube Kementerian Kesehatan)Foto: Direktur Utama RS "
     "Sulianti Saroso, Muhammad Syahril jadi Juru Bicara Kemenkes menggantikan Siti Nadia (Youtube Kementerian "
     "Kesehatan)", False),
    # A sentence naming a photo's subject with a colon before the label keeps its words.
    ("Ia menjelaskan: Foto itu diambil pada 2019 di Jakarta (kata dia)", True),
])
def test_an_images_alt_text_run_into_its_caption_leaves_the_body(line, kept):
    assert _paragraphs([line, LAST]) == [*OPENING, *([line] if kept else []), LAST]


def test_a_box_heading_and_its_headlines_as_a_dashed_list_leave_the_body():
    # PR Indonesia: the box's heading and headlines as list items, the text's last paragraph before them.
    lines = [LAST, "- BERITA TERKAIT", "- Komunikasi Publik di Persimpangan: Tantangan dan Peluang Pemerintahan Baru",
             "- Mengelola Komunikasi Publik IKN dalam Masa Transisi",
             "- Komunikasi Publik IKN: Membangun Sinergi Semua \"Stakeholder\"",
             "- Komunikasi Publik IKN: Tampak Belum Kompak"]
    assert _paragraphs(lines) == [*OPENING, LAST]
    # A dashed list of the article's own with no heading over it stays.
    own = ["- Jalan Sudirman ditutup sementara", "- Jalan Thamrin dialihkan ke Jalan Kebon Sirih",
           "- Bundaran HI steril kendaraan"]
    assert _paragraphs([*own, LAST]) == [*OPENING, *own, LAST]


@pytest.mark.parametrize(("lines", "kept"), [
    # PotretNews: a `SIMAK:` heading over one headline marked as a list's item.
    (["SIMAK:", "* Tanpa Pergub, Sekretariat DPRD Riau Siapkan Anggaran Rp4,2 Miliar untuk Kegiatan Publikasi", LAST],
     [LAST]),
    # Media Jatim: a gallery's image file names between paragraphs; the photographer's credit opening a caption.
    (["4_20250516_115309_0003", "1_20250516_115308_0000", LAST], [LAST]),
    (["(Ongky Arista UA/Media Jatim) Ketua DPRD Pamekasan Halili (tengah) menghadiri Hari Jadi Kabar Madura, Kamis "
      "(1/6/2023).", LAST], [LAST]),
    # Kabar PALI: the photo's source alone under the label's word; PotretNews: after the caption in brackets.
    (["ilustrasi/net", LAST], [LAST]),
    (["Kantor DPRD Kabuoaten Kuantan Singingi di Telukkuantan. (ILUSTRASI/GORIAU.com)", LAST], [LAST]),
    (["Bukti pendukung sudah diserahkan. (foto/video)", LAST], ["Bukti pendukung sudah diserahkan. (foto/video)", LAST]),
    # A line after the heading with no list mark, a number and a sentence opening with a bracket stay.
    (["SIMAK:", "Unggulan Palestina", LAST], ["Unggulan Palestina", LAST]),
    (["Nomor antrean 2024_01 dibuka pukul 08.00 WIB.", LAST], ["Nomor antrean 2024_01 dibuka pukul 08.00 WIB.", LAST]),
    (["(ANTARA/Reuters) Pemerintah menambah kuota haji tahun ini, kata menteri.", LAST],
     ["(ANTARA/Reuters) Pemerintah menambah kuota haji tahun ini, kata menteri.", LAST]),
])
def test_regional_sites_inserts_galleries_and_credits_leave_the_body(lines, kept):
    assert _paragraphs(lines) == [*OPENING, *kept]


@pytest.mark.parametrize("heading", ["Disyorkan artikel berkaitan ini:", "Artikel Berkaitan", "BERITA BERKAITAN:"])
def test_a_malay_outlets_related_box_heading_leaves_the_body(heading):
    # Sinar Harian: the heading between paragraphs, its links gone; Malay sites' templates' headings.
    paragraph = ("“Walaupun penulisan saya kadangkala menjurus mengkritik kerajaan dan pembangkang namun tidak pernah "
                 "disekat oleh Sinar Harian.")
    assert _paragraphs([LAST, heading, paragraph]) == [*OPENING, LAST, paragraph]


@pytest.mark.parametrize(("lines", "kept"), [
    # A digest's reposted English story: its source's long link under an English label, after the end mark.
    (["Kampung Waa comprises four villages near the mining area of PT. Freeport Indonesia. (*)",
      "Source: http://tabloidjubi.com/eng/papuan-students-in-australia-ask-military-to-release-waa-villagers/"],
     ["Kampung Waa comprises four villages near the mining area of PT. Freeport Indonesia."]),
    (["Puan's site has, as of last month, been taken down.",
      "Source: http://jakartaglobe.beritasatu.com/news/puans-office-another-go-panned-website-wants-money/"],
     ["Puan's site has, as of last month, been taken down."]),
])
def test_an_english_source_line_with_a_long_link_closing_the_text_leaves_the_body(lines, kept):
    assert _paragraphs(lines) == [*OPENING, *kept]


def test_a_long_run_of_tags_in_lower_case_after_the_code_leaves_the_body():
    # Detik: the tags flattened into one line under the code, longer than a short line after a code.
    last = "\"Senang bisa ketemu langsung dan dapat tanda tangan,\" ujarnya. (mcy/krs)"
    tags = ("the professor streetball indonesia antusiasme penggemar basket jalanan grayson boucher meet and greet "
            "kelly purwanto inspirasi olahraga")
    assert _paragraphs([last, tags]) == [*OPENING, "\"Senang bisa ketemu langsung dan dapat tanda tangan,\" ujarnya."]
    # A sentence in lower case after the code keeps its marks and stays.
    sentence = ("warga diminta tetap waspada, kata petugas, karena hujan deras masih akan turun hingga akhir pekan di "
                "seluruh wilayah kabupaten.")
    assert _paragraphs([last, sentence])[-1] == sentence


@pytest.mark.parametrize(("lines", "kept"), [
    # Kompas's column pages: the call for writers and its terms.
    (["Anda bisa menjadi kolumnis !", "Kriteria (salah satu): akademisi, pekerja profesional atau praktisi di "
      "bidangnya, pengamat atau pemerhati isu-isu strategis, mahasiswa S2 dan S3. Cara daftar baca di sini", LAST],
     [LAST]),
    # Kompas's round-ups: a pointer to each story in full under its headline.
    ([LAST, "Selengkapnya baca: PPKM Diperpanjang 5-18 Oktober 2021 di Seluruh Wilayah"], [LAST]),
    ([LAST, "Baca berita selengkapnya: 6 Fakta Pertempuran di Puncak Kabo, Helikopter TNI Diserang hingga Penemuan "
      "15 Jasad"], [LAST]),
    # A flattened figure: the caption printed twice around its credit.
    (["Jenazah para pekerja pembangunan jembatan di Nduga berhasil di evakuasi ke TimikaJohn Roy Purba/Istimewa "
      "Jenazah para pekerja pembangunan jembatan di Nduga berhasil di evakuasi ke Timika", LAST], [LAST]),
    # ...its credit run into the first copy's full stop (Kompas 2019).
    (["Menkopolhukam Mahfud MD memberikan keterangan pers di kantor Kemenkopolhukam, Jakarta Pusat, Kamis (27/11/2019)."
      "KOMPAS.com/Deti Mega Purnamasari Menkopolhukam Mahfud MD memberikan keterangan pers di kantor Kemenkopolhukam, "
      "Jakarta Pusat, Kamis (27/11/2019).", LAST], [LAST]),
    # A sentence naming criteria stays; so does a paragraph that says a sentence twice, a date's slash between.
    (["Kriteria penerima bantuan ditetapkan oleh dinas sosial setempat.", LAST],
     ["Kriteria penerima bantuan ditetapkan oleh dinas sosial setempat.", LAST]),
    (["Sejumlah tokoh masyarakat turut hadir dalam kegiatan tersebut. Hal itu disampaikan dalam peringatan Hari "
      "Solidaritas Internasional di Ankara pada Senin (4/10). Sejumlah tokoh masyarakat turut hadir dalam kegiatan "
      "tersebut.", LAST],
     ["Sejumlah tokoh masyarakat turut hadir dalam kegiatan tersebut. Hal itu disampaikan dalam peringatan Hari "
      "Solidaritas Internasional di Ankara pada Senin (4/10). Sejumlah tokoh masyarakat turut hadir dalam kegiatan "
      "tersebut.", LAST]),
])
def test_kompas_columns_round_ups_and_flattened_figures(lines, kept):
    assert _paragraphs(lines) == [*OPENING, *kept]


@pytest.mark.parametrize(("lines", "kept"), [
    # Medcom's call for readers' videos under a video story, its readers greeted by the outlet's name.
    ([LAST, "Hai, Sobat Medcom.id! Kalau kamu punya video peristiwa menarik bisa mengirimkannya ke redaksi@medcom.id."],
     [LAST]),
    # Solopos copied flat: the promotion box's label run into its headline between paragraphs.
    (["PromosiCucok Bun! Belanja Makeup di Tokopedia Sekarang Bisa Dicoba Meski Lewat Online", LAST], [LAST]),
    # Aktual's writer label closing the text, its linked name lost.
    ([LAST, "Artikel ini ditulis oleh:"], [LAST]),
    # WordPress's and Blogger's comment boxes in Indonesian, Kompasiana's box, its loader and channel links.
    ([LAST, "Tinggalkan Balasan", "Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *"], [LAST]),
    ([LAST, "Tidak ada komentar", "Posting Komentar"], [LAST]),
    ([LAST, "Mohon tunggu...", "Lihat Konten Sosbud Selengkapnya", "Beri Komentar",
      "Berkomentarlah secara bijaksana dan bertanggung jawab. Komentar sepenuhnya menjadi tanggung jawab komentator "
      "seperti diatur dalam UU ITE", "Belum ada komentar. Jadilah"], [LAST]),
    # The same words in sentences stay: a call with no greeting, a subheading naming a promotion, a note on the writer
    # with no label's colon, a source's silence, a quoted request to wait.
    ([LAST, "Kalau kamu punya video peristiwa itu, kirimkan ke polisi, kata Budi."],
     [LAST, "Kalau kamu punya video peristiwa itu, kirimkan ke polisi, kata Budi."]),
    (["Promosi Pesantren Muhammadiyah", LAST], ["Promosi Pesantren Muhammadiyah", LAST]),
    ([LAST, "Artikel ini ditulis oleh tim peneliti kampus itu sejak 2019."],
     [LAST, "Artikel ini ditulis oleh tim peneliti kampus itu sejak 2019."]),
    (["Tidak ada komentar dari pihak kepolisian hingga berita ini diturunkan.", LAST],
     ["Tidak ada komentar dari pihak kepolisian hingga berita ini diturunkan.", LAST]),
    (["\"Mohon tunggu sebentar,\" kata petugas kepada warga.", LAST],
     ["\"Mohon tunggu sebentar,\" kata petugas kepada warga.", LAST]),
])
def test_reader_calls_flat_promotions_and_comment_boxes(lines, kept):
    assert _paragraphs(lines) == [*OPENING, *kept]


@pytest.mark.parametrize(("lines", "kept"), [
    # Pikiran Rakyat: a caption printed, then printed again with its credit after a slash; both prints go.
    (["Unggahan foto hoaks yang menggambarkan seorang pria sedang membawa batu di depan Jokowi",
      "Unggahan foto hoaks yang menggambarkan seorang pria sedang membawa batu di depan Jokowi /Tangkap layar Turn Back "
      "Hoax Id", LAST], [LAST]),
    (["Presiden Indonesia Joko Widodo atau Jokowi", "Presiden Indonesia Joko Widodo atau Jokowi /Instagram/@jokowi /",
      LAST], [LAST]),
    # A sentence the next line repeats with a slash after it stays, and so do both.
    (["Harga cabai naik lagi pekan ini.", "Harga cabai naik lagi pekan ini. /Sumber: Dinas Perdagangan", LAST],
     ["Harga cabai naik lagi pekan ini.", "Harga cabai naik lagi pekan ini. /Sumber: Dinas Perdagangan", LAST]),
])
def test_caption_printed_again_with_its_slash_credit(lines, kept):
    assert _paragraphs(lines) == [*OPENING, *kept]


@pytest.mark.parametrize(("lines", "kept"), [
    # HaloSultra: the writer's end mark after the quote, the list of names the story closes with after it.
    (["“Mereka inilah yang akan mengikuti tahapan selanjutnya di Bawaslu RI,” pungkasnya. ***",
      "Adapun 10 nama calon anggota Bawaslu Sultra yang dinyatakan lolos yakni:", "Nomor peserta 003 Bahari."],
     ["“Mereka inilah yang akan mengikuti tahapan selanjutnya di Bawaslu RI,” pungkasnya.",
      "Adapun 10 nama calon anggota Bawaslu Sultra yang dinyatakan lolos yakni:", "Nomor peserta 003 Bahari."]),
    # Stars inside a sentence, or a footnote's mark on a word, stay.
    (["Nilai ujian itu diberi tanda *** oleh panitia.", LAST], ["Nilai ujian itu diberi tanda *** oleh panitia.", LAST]),
    (["Harga rata-rata naik tiga persen***", LAST], ["Harga rata-rata naik tiga persen***", LAST]),
])
def test_end_mark_before_more_text(lines, kept):
    assert _paragraphs(lines) == [*OPENING, *kept]


def test_blogger_theme_credit_over_its_footer():
    """A Blogger theme's credit run into the platform's footer line under the post."""
    assert _paragraphs([LAST, "Theme images by Bim. Powered by Blogger."]) == [*OPENING, LAST]
    assert _paragraphs(["Theme images by local artists decorate the hall.", LAST])[-2:] == [
        "Theme images by local artists decorate the hall.", LAST]


def test_a_call_to_read_on_the_phone_before_a_follow_the_channel_call_leaves_the_text():
    # Kompasiana's line under every post since its WhatsApp channel: the campaign's hashtags above it stay.
    promo = ("Baca konten-konten menarik Kompasiana langsung dari smartphone kamu. Follow channel WhatsApp Kompasiana "
             "sekarang di sini: https://whatsapp.com/channel/0029VaYjYaL4Spk7WflFYJ2H")
    assert _paragraphs([LAST, "#StopKekerasanPerempuandanAnak", "#JanganDiamSegeraLaporkan", promo]) == [
        *OPENING, LAST, "#StopKekerasanPerempuandanAnak", "#JanganDiamSegeraLaporkan"]
    assert _paragraphs([LAST, "Simak berita pilihan kami setiap pagi. Follow Telegram Kabar Kota di sini."]) == [
        *OPENING, LAST]
    # A sentence to read something, a channel named after it in another sentence, is text.
    told = ("Baca pesan itu baik-baik sebelum membagikannya. Follow akun resmi kepolisian di WhatsApp juga dianjurkan, "
            "kata dia.")
    assert _paragraphs([told, LAST]) == [*OPENING, told, LAST]


@pytest.mark.parametrize("lines", [
    # An Arabic WordPress page's share label, its comments' count and form, the AMP plugin's link off its page.
    ["شاركها.", "31 تعليق", "اترك تعليقاً", "Exit mobile version"],
    ["مشاركة :"],
    # A Palestinian agency's comments heading ("comments and opinions") over its form ("add a comment").
    ["التعليقات والاراء", "اضافة تعليق"],
    # A plugin's credit under the post.
    ["WP Twitter Auto Publish Powered By : XYZScripts.com"],
])
def test_arabic_pages_share_and_comment_lines_and_a_plugins_lines_leave_the_text(lines):
    last = "وقالت وزارة الصحة إن الشهيد استشهد برصاص قوات الاحتلال شرق رفح."
    assert clean_body([Block(text) for text in [*OPENING, last, *lines]]).paragraphs == [*OPENING, last]


@pytest.mark.parametrize("text", [
    "التعليقات على الخطاب كانت إيجابية من معظم الأطراف.",  # "the comments on the speech were positive"
    "شارك أكثر من ألف شخص في المسيرة.",  # "more than a thousand took part in the march"
    "Website resmi desa ini powered by wordpress dan dikelola oleh karang taruna.",
])
def test_sentences_opening_with_the_same_words_stay(text):
    assert clean_body([Block(line) for line in [*OPENING, text]]).paragraphs == [*OPENING, text]


@pytest.mark.parametrize(("lines", "kept"), [
    # A WordPress feed's footer on a copied story: its own line, or after the excerpt's ellipsis.
    (["The post Warga Sambut Program Baru Pemerintah appeared first on Radar Bogor."], []),
    (["وأوضحت الوزارة أن المساجد … The post الشؤون الإسلامية: إغلاق 4 مساجد في 3 مناطق بعد ثبوت حالات إصابة "
      "بفيروس كورونا appeared first on صحيفة أنحاء الإلكترونية."], ["وأوضحت الوزارة أن المساجد …"]),
    # Al-Bawaba's call to follow it on Google News ("follow the latest news on the Google News app").
    (["تابع أحدث الأخبار عبر تطبيق google news"], []),
    # Sentences of the same words stay.
    (["The post by Trump appeared first on Truth Social."], ["The post by Trump appeared first on Truth Social."]),
    (["The post that appeared first on the list was about the election, he said."],
     ["The post that appeared first on the list was about the election, he said."]),
])
def test_a_feeds_footer_and_an_arabic_follow_call_leave_the_text(lines, kept):
    assert _paragraphs([LAST, *lines]) == [*OPENING, LAST, *kept]


def test_a_closing_codes_brackets_with_no_initials_leave_the_text():
    # Detik's video page: the writer's and the editor's initials both left empty.
    assert _paragraphs([LAST, "(/)"]) == [*OPENING, LAST]


def test_a_google_news_call_run_into_the_last_sentence_and_its_channel_line_leave_the_text():
    # Medcom's editorial video page: the call glued to the last sentence, the channel to follow on the next line.
    last = "Sering kita lihat kepala daerah berjalan sendiri seolah mereka bukan bagian dari negara kesatuan."
    for lines in ([f"{last} Cek Berita dan Artikel yang lain di Google News", "dan follow Channel WhatsApp Medcom.id"],
                  [last, "Cek Berita dan Artikel yang lain di Google News", "dan follow Channel WhatsApp Medcom.id"]):
        assert _paragraphs(lines) == [*OPENING, last]
    # A sentence on the app, a clause after the channel: text.
    told = "Warga bisa membaca berita dan artikel itu di Google News, kata dia."
    clause = "dan follow channel WhatsApp itu, lalu kirim pesan ke nomor pengaduan."
    assert _paragraphs([told, clause, LAST]) == [*OPENING, told, clause, LAST]


def test_a_rating_widgets_label_and_count_over_the_text_leave_it():
    # VOI's Joomla pages: `Rate this item` over `(0 votes)` between the header and the text.
    assert _paragraphs(["Rate this item", "(0 votes)", LAST]) == [*OPENING, LAST]
    assert _paragraphs(["Rate this item", "(12 votes)", LAST]) == [*OPENING, LAST]
    told = "Warga diminta menilai layanan itu (5 votes per orang)."
    assert _paragraphs([told, LAST]) == [*OPENING, told, LAST]


def test_an_ad_slots_label_run_into_a_sentence_leaves_it():
    # A CNN Indonesia copy: the ad network's name was an image, its label stayed after the sentence.
    said = "Cuaca yang sempat gerimis seolah tak mengurangi semangat para penonton festival musik tersebut."
    assert _paragraphs([f"{said} Ads by", LAST]) == [*OPENING, said, LAST]
    # The words inside a sentence stay.
    told = "Iklan itu dipasang oleh pemasang yang dikenal sebagai Ads by Google, kata dia."
    assert _paragraphs([told, LAST]) == [*OPENING, told, LAST]
