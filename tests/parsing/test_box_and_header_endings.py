"""A related box's heading printed under its entries or with an ellipsis, a header's line taken for a dateline, and
the lines aggregators, video pages and comment forms leave under the text: through the body cleaner with no site
profile. Real shapes (regional RMOL sites, KBR, iNews, WordPress copies) with made-up variants."""

from __future__ import annotations

import pytest

from crawler.parsing.html import Block, Link
from crawler.parsing.text import clean_body

OPENING = ["Pemerintah mengumumkan kebijakan baru pada Senin pagi.", "Kebijakan itu berlaku mulai pekan depan."]
LAST = "Warga menyambut baik kebijakan itu, kata Budi."


def _paragraphs(lines: list[str], links: dict[str, str] | None = None) -> list[str]:
    links = links or {}
    blocks = [Block(text, [Link(text, links[text], "https://example.com/")] if text in links else [])
              for text in lines]
    return clean_body(blocks).paragraphs


@pytest.mark.parametrize("heading", ["Lihat juga...", "Baca Juga…", "BACA JUGA .."])
def test_a_heading_with_an_ellipsis_closing_the_text_leaves_it(heading):
    assert _paragraphs([*OPENING, LAST, heading]) == [*OPENING, LAST]


def test_an_ellipsis_in_a_short_sentence_stays():
    assert _paragraphs([*OPENING, LAST, "Lihat saja nanti..."]) == [*OPENING, LAST, "Lihat saja nanti..."]


ENTRIES = ["- Hadirkan Seni Hiburan Ketoprak, Bawaslu Kudus Selipkan Pesan Pemilu Damai",
           "- Polsek Terima Puluhan Knalpot Brong Hasil Sitaan SMK Negeri 1 Wonosegoro",
           "- Ratusan Bacaleg Batang Berburu Surat Keterangan Sehat di RSUD Kalisari"]


@pytest.mark.parametrize("heading", ["Baca Juga", "BACA JUGA", "Berita Terkait"])
def test_a_boxs_entries_over_its_heading_leave_the_text(heading):
    assert _paragraphs([*OPENING, *ENTRIES, heading, LAST]) == [*OPENING, LAST]
    bullets = [f"• {entry[2:]}" for entry in ENTRIES]
    assert _paragraphs([*OPENING, *bullets, heading, LAST]) == [*OPENING, LAST]


def test_a_list_over_a_heading_with_entries_of_its_own_stays():
    # The heading's entries are the links under it: the marked lines above it are the article's list.
    entry = "Harga Cabai Naik Menjelang Lebaran"
    got = _paragraphs([*OPENING, *ENTRIES, "Baca Juga:", entry, LAST], {entry: "https://example.com/cabai"})
    assert got == [*OPENING, *ENTRIES, LAST]


def test_two_marked_lines_over_a_heading_stay():
    assert _paragraphs([*OPENING, *ENTRIES[:2], "Baca Juga", LAST]) == [*OPENING, *ENTRIES[:2], LAST]


def test_a_list_its_lead_in_opens_over_a_heading_stays():
    lead_in = "Alokasi untuk program subsidi mencapai Rp307,9 triliun, mencakup:"
    items = ["• Subsidi BBM Solar dan Gas untuk Nelayan", "• Subsidi Listrik Rumah Tangga Miskin Desa",
             "• Subsidi LPG Tiga Kilogram untuk Warga"]
    assert _paragraphs([*OPENING, lead_in, *items, "Baca Juga", LAST]) == [*OPENING, lead_in, *items, LAST]
    short = ["• Subsidi BBM", "• Subsidi listrik", "• Subsidi LPG 3 kg"]
    assert _paragraphs([*OPENING, *short, "Baca Juga", LAST]) == [*OPENING, *short, LAST]


def test_marked_sentences_over_a_heading_stay():
    items = ["- Warga diminta menjaga kebersihan.", "- Sampah dibuang pada tempatnya.", "- Saluran air dibersihkan."]
    assert _paragraphs([*OPENING, *items, "Baca Juga", LAST]) == [*OPENING, *items, LAST]


def test_a_header_line_read_as_a_dateline_gives_way_to_the_paragraphs_own():
    lead = "Tahun ini KBR68H sudah menginjak usia yang ke-15."
    result = clean_body([Block("KBR, KBR68H"), Block(f"KBR, Jakarta – {lead}"), Block(OPENING[1])])
    assert result.paragraphs == [lead, OPENING[1]]
    assert result.dateline is not None and result.dateline.place == "Jakarta"


def test_a_dateline_split_from_its_paragraph_is_still_joined():
    result = clean_body([Block("JAKARTA, KOMPAS.com"), Block(f"- {OPENING[0]}"), Block(OPENING[1])])
    assert result.paragraphs == OPENING
    assert result.dateline is not None and result.dateline.place.upper() == "JAKARTA"


@pytest.mark.parametrize("lines", [
    ["Continue Reading", "News Source: english.palinfo.com", "Leave a Reply"],
    ["News Source : www.aljazeera.com"],
    ["Video Editor: Khoirul Anfal", "Editor: Dani M Dahwilani"],
    ["Leave a Reply", "Your email address will not be published. Required fields are marked *"],
    ["Your email address will not be published."],
])
def test_an_aggregators_source_a_videos_editor_and_a_comment_forms_note_leave_the_body(lines):
    assert _paragraphs([*OPENING, LAST, *lines]) == [*OPENING, LAST]


def test_a_sentence_about_an_email_address_stays():
    line = "Your email address will not be published in the report, the ministry said."
    assert _paragraphs([*OPENING, line]) == [*OPENING, line]


def test_a_photo_pages_caption_over_its_related_photos_heading_is_its_text():
    # ANTARA FOTO: the caption (its credit kept, as on the photo pages before) over the box of other photos.
    caption = ("Andong wisata melintas di Alun-alun Serang, Banten, Minggu (12/11). Pemda setempat mengalihfungsikan "
               "andong yang dituding menjadi penyebab kemacetan. ANTARA FOTO/Asep Fathulrahman/ama/17")
    result = clean_body([Block("ALIH FUNGSI ANDONG"), Block(caption), Block("Foto Terkait")], title="ALIH FUNGSI ANDONG")
    assert result.paragraphs == [caption]
    assert _paragraphs([*OPENING, LAST, "Video Terkait"]) == [*OPENING, LAST]


@pytest.mark.parametrize("line", [
    "**Baca Juga:Pemkot Tangerang Masih Buka Layanan Konsultasi Hukum Gratis",
    "**Baca juga: Harga Cabai Naik Menjelang Lebaran**",
    "* Baca Juga: Harga Cabai Naik Menjelang Lebaran",
])
def test_an_insert_after_bold_marks_left_as_text_leaves_the_body(line):
    assert _paragraphs([*OPENING, line, LAST]) == [*OPENING, LAST]


def test_a_starred_note_stays():
    line = "*Harga dapat berubah sewaktu-waktu, baca ketentuan di loket."
    assert _paragraphs([*OPENING, line, LAST]) == [*OPENING, line, LAST]


@pytest.mark.parametrize("address", [
    "https://youtube.com/watch?v=tlrF2EVbGCQ", "https://www.youtube.com/embed/tlrF2EVbGCQ", "https://youtu.be/tlrF2EVbGCQ",
])
def test_a_videos_address_alone_on_its_line_leaves_the_body(address):
    assert _paragraphs([*OPENING, address, LAST, address, "0 Komentar"]) == [*OPENING, LAST]


def test_a_videos_address_the_sentence_before_points_at_stays():
    pointer = "Rekaman lengkap rapat itu dapat disaksikan melalui tautan berikut:"
    address = "https://www.youtube.com/watch?v=tlrF2EVbGCQ"
    assert _paragraphs([*OPENING, pointer, address]) == [*OPENING, pointer, address]


@pytest.mark.parametrize("pager", ["Halaman: 12Lihat Semua", "Halaman 1 2 3 Lihat Semua"])
def test_a_pager_run_into_its_whole_article_link_leaves_the_body(pager):
    assert _paragraphs([*OPENING, LAST, pager]) == [*OPENING, LAST]


HEADLINE = "Macak dengan Laporan Dana Kampanye Cekak"
STANDFIRST = ("Sayangnya, dalam pilkada masih saja ada transaksi di bawah tangan, yang tidak bisa ditelisik karena "
              "keterbatasan aturan dana kampanye")


def test_a_standfirst_over_the_headers_credit_line_goes_with_the_header():
    result = clean_body([Block(HEADLINE), Block(STANDFIRST), Block("Penulis: iwan Arifianto | Editor: muslimah"),
                         *map(Block, OPENING)], title=HEADLINE)
    assert result.paragraphs == OPENING
    assert (result.credits.author, result.credits.editor) == ("iwan Arifianto", "muslimah")


def test_a_lead_sentence_over_a_credit_line_stays():
    lead = OPENING[0]
    result = clean_body([Block(HEADLINE), Block(lead), Block("Penulis: iwan Arifianto"), Block(OPENING[1])],
                        title=HEADLINE)
    assert result.paragraphs == OPENING


@pytest.mark.parametrize("line", [
    "BERITA VIDEO: PESANTREN NUU WAAR, PONPES DI BEKASI PENCETAK RIBUAN PENGHAFAL AL QURAN DARI PELOSOK INDONESIA TIMUR",
    "Berita Video: Harga Cabai Naik Menjelang Lebaran di Pasar Induk",
])
def test_a_labelled_video_boxs_headline_between_paragraphs_leaves_the_body(line):
    assert _paragraphs([*OPENING, line, LAST]) == [*OPENING, LAST]


def test_a_sentence_about_a_news_video_stays():
    line = "Berita video itu ditonton jutaan kali dalam sehari."
    assert _paragraphs([*OPENING, line, LAST]) == [*OPENING, line, LAST]


CAPTION = "SEJUMLAH santri membaca Alquran di Pondok Pesantren Al-Fatih Kaaffah Nusantara, Setu, Kabupaten Bekasi."


@pytest.mark.parametrize("credit", ['/TOMMI ANDRYANDY/"PR"', '/ADE BAYU INDRA/ "PR"'])
def test_a_caption_closed_by_a_photographer_between_slashes_and_the_papers_initials_leaves_with_its_alt_text(credit):
    assert _paragraphs([*OPENING, CAPTION, f"{CAPTION} {credit}", LAST]) == [*OPENING, LAST]
    assert _paragraphs([*OPENING, f"{CAPTION} {credit}", LAST]) == [*OPENING, LAST]


def test_a_sentence_with_slashes_stays():
    line = "Harga naik dari Rp10.000/kg menjadi Rp12.000/kg, kata pedagang."
    assert _paragraphs([*OPENING, line, LAST]) == [*OPENING, line, LAST]


def test_a_standfirst_the_text_prints_again_goes_with_the_header():
    standfirst = "Pergerakan informasi begitu cepat, jurnalisme yang berkualitas jangan sampai dilibas hoax."
    third = f"Tahun berganti, radio terus menjawab tantangan zaman. {standfirst} Kami terus melayani publik."
    result = clean_body([Block("OPINI"), Block("Sembilan Belas"), Block(standfirst), Block("AUTHOR / KBR"),
                         *map(Block, OPENING), Block(third)], title="Sembilan Belas")
    assert result.paragraphs == [*OPENING, third]


def test_a_lead_under_the_headline_stays():
    lead = "Aktivis media sosial mengatakan perang tagar di media sosial masih dalam taraf yang wajar"
    result = clean_body([Block(HEADLINE), Block(lead), *map(Block, OPENING)], title=HEADLINE)
    assert result.paragraphs == [lead, *OPENING]


def test_a_caption_its_lost_credits_dashes_close_leaves_the_body():
    caption = ("Pembentukan Provinsi Sumatera Tengah kembali mencuat setelah beredarnya surat usulan ke Presiden "
               "Jokowi--")
    assert clean_body([Block(caption), *map(Block, OPENING)]).paragraphs == OPENING
    assert _paragraphs([*OPENING, caption, LAST]) == [*OPENING, LAST]


@pytest.mark.parametrize("line", [
    "Ia berkata bahwa semua itu akan selesai, tetapi --",
    "“Kalau saja kami tahu sejak awal--",
    "Warga menunggu sejak pukul 05.00 WIB, kata dia. Namun hingga siang, bantuan belum datang 2--",
])
def test_a_sentence_breaking_off_stays(line):
    assert _paragraphs([*OPENING, line, LAST]) == [*OPENING, line, LAST]


def test_a_box_label_whose_links_were_not_copied_leaves_the_text():
    assert _paragraphs([*OPENING, "Bacaan Lainnya:", LAST]) == [*OPENING, LAST]


def test_bloggers_popular_posts_box_closing_the_page_leaves_it():
    box = ["Komentar", "Postingan populer dari blog ini",
           "Pertemuan FORPIS dan Tokoh Masyarakat Garut Bahas Masa Depan Aktivitas Kepemudaan",
           "Ketua Umum Kujang Dewa Sampaikan Selamat Atas Pelantikan Gubernur",
           "Harga Cabai Naik Menjelang Lebaran di Pasar Induk Garut"]
    assert _paragraphs([*OPENING, LAST, *box]) == [*OPENING, LAST]


def test_a_sentence_about_other_reading_stays():
    line = "Bacaan lainnya bisa dipinjam di perpustakaan desa."
    assert _paragraphs([*OPENING, line, LAST]) == [*OPENING, line, LAST]
