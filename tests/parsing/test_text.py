"""Body cleaning (crawler/parsing/text.py), page furniture (furniture.py), header lines and credits (credits.py)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crawler.parsing.html import Block, Link, fold
from crawler.parsing.credits import find_editor, parse_credits, parse_header_line
from crawler.parsing.furniture import is_caption, is_credit_line, is_noise, whole_line
from crawler.parsing.text import clean_body
from crawler.sites.mina import MINA

BASE = "https://minanews.net/x"


def block(text: str, *links: tuple[str, str]) -> Block:
    return Block(text, [Link(label, href, BASE) for label, href in links])


@pytest.mark.parametrize(("line", "author", "editor", "when", "relative"), [
    ("Rana Setiawan - Jumat, 15 Februari 2019 - 23:14 WIB", "Rana Setiawan", None,
     "Jumat, 15 Februari 2019 - 23:14 WIB", False),
    ("Nur Hadis - Rabu, 12 April 2023 - 02:40 WIB", "Nur Hadis", None, "Rabu, 12 April 2023 - 02:40 WIB", False),
    ("sajadi Editor : Sajadi - 6 hours ago", "sajadi", "Sajadi", "6 hours ago", True),
    ("widi Editor: Widi Kusnadi - 1 years ago", "widi", "Widi Kusnadi", "1 years ago", True),
    ("Monday, 19 March 2018 | 12:56 WIB", None, None, "Monday, 19 March 2018 | 12:56 WIB", False),
    ("Admin Jum’at, 3 Mei 2024 - 21:40 WITA", "Admin", None, "Jum’at, 3 Mei 2024 - 21:40 WITA", False),
    ("SABTU, 27 MEI 2023 | 12:39 WIB | LAPORAN: JAMALUDIN AKMAL", "JAMALUDIN AKMAL", None,
     "SABTU, 27 MEI 2023 | 12:39 WIB", False),
    ("Senin, 12 Februari 2024 10:15 WIB | 1.229 Views", None, None, "Senin, 12 Februari 2024 10:15 WIB", False),
    ("Budi Santoso - Kemarin, 21:10 WIB", "Budi Santoso", None, "Kemarin, 21:10 WIB", True),
    ("Hari ini pukul 08.15", None, None, "Hari ini pukul 08.15", True),
])
def test_header_line(line, author, editor, when, relative):
    header = parse_header_line(line)
    assert (header.author, header.editor, header.when, header.relative) == (author, editor, when, relative)


@pytest.mark.parametrize("line", [
    "Rana Setiawan - Jumat, 15 Februari 2019 - 23:14 WIB",
    # a time under its own label, copied into the body container (a regional site's update line, 2020)
    "Diperbarui: 28 September 2020 03:01", "Diterbitkan 28 September 2020, 03.01 WIB",
])
def test_a_header_lines_copy_in_the_body_is_no_text(line):
    paragraphs = ["Pemerintah mengumumkan kebijakan baru pada Senin pagi di Jakarta untuk seluruh warga.",
                  "Kebijakan itu berlaku mulai pekan depan, kata pejabat yang berwenang kepada wartawan."]
    assert clean_body([Block(line), *(Block(text) for text in paragraphs)]).paragraphs == paragraphs


@pytest.mark.parametrize("line", ["1.234 Views", "Select Language", "Berita Terkait", ""])
def test_lines_without_a_time_are_no_header(line):
    assert parse_header_line(line) is None


def test_editor_in_a_header_text():
    assert find_editor("Widi Kusnadi - Kamis, 12 Januari 2023 - 09:05 WIB Editor : Ismet Rauf") == "Ismet Rauf"
    assert find_editor("Rana Setiawan - Jumat, 15 Februari 2019 - 23:14 WIB") is None
    assert find_editor("Editor : Abu Al-Farisi") == "Abu Al-Farisi"


@pytest.mark.parametrize("text", [
    "1.234 Views", "2.415 Views\u3164", "SCROLL TO CONTINUE WITH CONTENT", "ADVERTISEMENT",
    "Select Language",
    "Tags: Gaza Palestina", "Related news", "Berita Terkait", "Recommendation for you", "Comments: 0",
    "Facebook Twitter WhatsApp", "Load more", "No comments",
])
def test_page_noise(text):
    assert is_noise(text)


@pytest.mark.parametrize("text", ["Damai di Palestina = Damai di Dunia", "Peace in Palestine = Peace in the World"])
def test_a_sites_own_slogans_are_noise_on_that_site_only(text):
    assert is_noise(text, whole_line(MINA.boilerplate_lines))
    assert not is_noise(text)


@pytest.mark.parametrize("text", ["(Foto: Abdullah/MINA)", "Photo: M Shaaban/MINA", "Photo: PIC", "(photo special)",
                                  # a caption closed by its credit (Viva, 2016)
                                  "Taylor Swift memberikan standing ovation untuk Joey Alexander. Foto: Grammy",
                                  "Warga antre di Jakarta, Selasa (23/2). (FOTO: ANTARA/Sigid Kurniawan)",
                                  # a label saying what the photo is, the day's date closing it (Tribun Sumsel, 2019)
                                  "FOTO Ilustrasi : Lubang besar tertutup genangan air dan jalan retak di Jalan Mayor "
                                  "zen Sungai Selayur Palembang, sering membahayakan pengendara, Minggu (17/2/2019)",
                                  "Foto Istimewa: Warga antre minyak goreng di Pasar Baru, Senin (7/3)",
                                  # its credit in brackets (KapanLagi, 2025), a made-up variant
                                  "Ilustrasi Drama (Image by mydramalist)",
                                  "Drama Thailand yang dibintangi member 4EVE (credit:mydramalist)",
                                  "Warga antre di depan bank (Photo by Budi/Harian Kota)",
                                  # an illustration's, its source in brackets (Tempo, 2025), a made-up variant
                                  "Illustration of ramen (Pixabay)", "Ilustrasi pesawat tempur (Reuters)",
                                  # a credit in capitals run into the caption (Kompas, scraped), a made-up variant
                                  "SUZUKIIlustrasi cek kondisi ban mobil", "DOK. PEMKOT BEKASIIlustrasi banjir di Bekasi"])
def test_captions(text):
    assert is_caption(text)
    assert not is_noise(text)


@pytest.mark.parametrize("text", ["Hal itu dia sampaikan kepada wartawan. Foto: ia mengaku tidak tahu apa yang terjadi.",
                                  "Foto-foto itu beredar luas di media sosial sejak Senin pagi.",
                                  "Foto ilustrasi itu diambil tahun lalu, kata Budi (45) kepada wartawan.",
                                  "Foto bersama: para peserta berpose di depan gedung, lalu pulang.",
                                  "Pesawat itu dibeli pada 2019 (gambar: lihat lampiran)",
                                  "Ia menyebut kreditnya lunas (kredit: Rp 5 juta)",
                                  "Ilustrasi dalam buku itu dibuat oleh Andi (Kompas).",
                                  "Ilustrasi itu dibuat oleh seniman Budi (45)",
                                  "PT KAI Ilustrasi lama itu kini dipajang di stasiun, kata Budi."])
def test_sentences_that_name_a_photo_are_no_captions(text):
    assert not is_caption(text)


@pytest.mark.parametrize("text", ["Mi’raj News Agency (MINA)", "Mi'raj Islamic News Agency (MINA)",
                                  "Mi’raj News Agency ", "وكالة معراج للأنباء (مينا)"])
def test_mina_credit_lines(text):
    assert is_credit_line(text, MINA.credit_lines)
    assert not is_credit_line(text)  # only the site's own profile names its credit


def test_seed_shape_inserts_become_related_in_page_order():
    cleaned = clean_body([
        block("Pyongyang, MINA – Pemimpin Korea Utara Kim Jong Un akan mengunjungi Rusia."),
        block("Baca Juga: Inggris Hormati Putusan ICC", ("Inggris Hormati Putusan ICC", "/inggris")),
        block("Kim berkuasa sejak 2011."),
        block("ALSO READ:  Guido Crosseto", ("Guido Crosseto", "https://minanews.net/guido")),
        block("Tidak jelas bagaimana Kim akan ke Rusia. (T/R11/P1)"),
        block("Mi’raj News Agency (MINA)"),
        block("Baca Juga: Militer Israel", ("Militer Israel", "/militer")),
        block("Berita Terkait"),
    ], profile=MINA)
    assert cleaned.paragraphs == ["Pemimpin Korea Utara Kim Jong Un akan mengunjungi Rusia.", "Kim berkuasa sejak 2011.",
                                  "Tidak jelas bagaimana Kim akan ke Rusia."]
    assert cleaned.related == [
        {"title": "Inggris Hormati Putusan ICC", "url": "https://minanews.net/inggris"},
        {"title": "Guido Crosseto", "url": "https://minanews.net/guido"},
        {"title": "Militer Israel", "url": "https://minanews.net/militer"},
    ]
    assert cleaned.signature == {"raw": "(T/R11/P1)", "codes": ["T", "R11", "P1"]}
    assert (cleaned.dateline.place, cleaned.dateline.raw) == ("Pyongyang", "Pyongyang, MINA –")


@pytest.mark.parametrize("words", ["اقرأ أيضا", "إقرأ أيضًا", "قراءة المزيد"])
def test_arabic_inserts_become_related(words):
    cleaned = clean_body([
        block("جاكرتا، مينا – قال الرئيس إن الحكومة ستواصل دعمها."),
        block(f"{words}: عنوان آخر", ("عنوان آخر", "/akhar")),
        block("وأضاف أن الاجتماع سيعقد الأسبوع المقبل."),
        block("وكالة مينا للأنباء"),
        block(f"{words}: عنوان ثالث", ("عنوان ثالث", "/thalith")),
    ], profile=MINA)
    assert cleaned.paragraphs == ["قال الرئيس إن الحكومة ستواصل دعمها.", "وأضاف أن الاجتماع سيعقد الأسبوع المقبل."]
    assert [entry["title"] for entry in cleaned.related] == ["عنوان آخر", "عنوان ثالث"]


@pytest.mark.parametrize("first", [
    "Photo: M Shaaban/MINA Ramallah, MINA – Pasukan Israel menyerbu kota itu.",
    "(Foto: Abdullah/MINA) Ramallah, MINA – Pasukan Israel menyerbu kota itu.",
    "Photo: PIC Ramallah, MINA – Pasukan Israel menyerbu kota itu.",
])
def test_dateline_after_a_credit_in_the_same_paragraph(first):
    cleaned = clean_body([block(first), block("Paragraf kedua.")])
    assert cleaned.dateline.place == "Ramallah"
    assert cleaned.paragraphs == ["Pasukan Israel menyerbu kota itu.", "Paragraf kedua."]


def test_dateline_after_caption_paragraphs():
    cleaned = clean_body([block("(Foto: Abdullah/MINA)"), block("Al-Quds, MINA –"), block("Jamaah memadati masjid.")])
    assert cleaned.dateline.place == "Al-Quds"
    assert cleaned.paragraphs == ["Jamaah memadati masjid."]


def test_no_dateline_search_past_the_first_real_paragraph():
    long_paragraph = "Jamaah memadati masjid sejak pagi. " * 10
    cleaned = clean_body([block(long_paragraph.strip()), block("Jakarta, MINA – Kalimat ini bukan dateline pembuka.")])
    assert cleaned.dateline is None
    assert len(cleaned.paragraphs) == 2


@pytest.mark.parametrize(("first", "links", "author"), [
    ("Oleh: Ali Farkhan Tsani*", (), "Ali Farkhan Tsani"),
    ("Oleh: Ali Farkhan Tsani, Redaktur Senior MINA (Mi’raj News Agency)", (), "Ali Farkhan Tsani"),
    ("Oleh : Imaam Yakhsyallah Mansur, Redaktur Senior MINA", (("Imaam Yakhsyallah Mansur", "/author/imaam"),),
     "Imaam Yakhsyallah Mansur"),
    ("By Rifa Berliana Arifin, MINA Journalist", (), "Rifa Berliana Arifin"),
    ("بقلم: Imaam Yakhsyallah Mansur", (), "Imaam Yakhsyallah Mansur"),
])
def test_opinion_bylines_give_the_author_and_leave_the_body(first, links, author):
    cleaned = clean_body([block(first, *links), block("Masjid Al-Aqsa adalah kiblat pertama umat Islam.")])
    assert cleaned.byline_author == author
    assert cleaned.paragraphs == ["Masjid Al-Aqsa adalah kiblat pertama umat Islam."]
    assert cleaned.dateline is None


def test_a_sentence_starting_with_by_is_no_byline():
    text = "By the end of the week, thousands of worshippers had gathered in the mosque."
    assert clean_body([block(text)]).byline_author is None


def test_body_text_with_dates_stays():
    paragraphs = ["The statement was made at a solidarity rally in Ankara on Friday (2/5/2025).",
                  "Putin dan Kim bertemu pada Senin (22/4) di Vladivostok, 26 April 2019."]
    assert clean_body([block(p) for p in paragraphs]).paragraphs == paragraphs


def test_header_copy_and_title_inside_the_container_are_dropped():
    cleaned = clean_body([block("Judul Berita"), block("Rana Setiawan - Jumat, 15 Februari 2019 - 23:14 WIB"),
                          block("Isi berita.")], title="Judul Berita")
    assert cleaned.paragraphs == ["Isi berita."]


def test_inline_2012_sign_off_stays():
    text = "Kantor Berita Islam MINA diluncurkan pada 26 Oktober 2012 (MINA)."
    cleaned = clean_body([block(text)])
    assert (cleaned.paragraphs, cleaned.signature) == ([text], None)


def test_long_and_hostile_text_stays_text():
    # How long it takes is bench/bench_hostile.py's (50 ms).
    blocks = [block("(" * 5000 + "T/" * 5000), block("Oleh: " + "a," * 20000), block("Baca Juga: " + "x" * 100000),
              block("1" * 50000 + " Views"), block("Jumat, 15 " * 5000)]
    cleaned = clean_body(blocks)
    assert [paragraph[:6] for paragraph in cleaned.paragraphs] == ["((((((", "Oleh: ", "111111", "Jumat,"]
    assert (cleaned.credits.author, cleaned.credits.editor, cleaned.signature) == (None, None, None)


@settings(max_examples=80, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(list("Jakarta, MINA–-()T/RE1[]Oleh:BacaJuga Foto 0123\u3164")),
                        min_size=1, max_size=120), max_size=8))
def test_cleaning_never_raises_and_only_removes(texts):
    cleaned = clean_body([block(text) for text in texts])
    source = fold(" ".join(texts))  # folded as blocks are: invisible fillers (U+3164) count as spaces
    assert all(paragraph and fold(paragraph) in source for paragraph in cleaned.paragraphs)


def test_abbreviated_reporter_and_editor_labels():
    """Republika prints `Rep: <reporter>/ Red: <editor>`: the slash separates the names, it is no part of them."""
    credits = parse_credits("Rep: Fauziah Mursid/ Red: Bilal Ramadhan")
    assert (credits.author, credits.editor) == ("Fauziah Mursid", "Bilal Ramadhan")
    assert parse_credits("Republika: berita hari ini") is None


@pytest.mark.parametrize("text", [
    "Artikel ini telah tayang di Tribunnews.com dengan judul Menteri Baru Dilantik",
    "Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com. Mari bergabung di Grup Telegram "
    "\"Kompas.com News Update\", caranya klik link https://t.me/kompascomupdate, kemudian join.",
    'Simak Video "Banjir Rendam Jakarta"', "Saksikan Video Pilihan di Bawah Ini:", "Tonton juga video berikut ini",
    "Baca berita selengkapnya di sini", "Klik di sini untuk membaca berita lainnya", "[Gambas:Video CNN]",
    "*Isi artikel merupakan tanggung jawab penulis", "Selengkapnya baca disini", "Selengkapnya di sini",
    "ADVERTISEMENT SCROLL TO RESUME CONTENT", "Halaman selanjutnya", "Lanjut ke halaman berikutnya", "Halaman: 1 2 3", "Halaman: 1 2 Selanjutnya",
    "Berikutnya »", "Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses "
    "berita Kompas.com WhatsApp Channel : https://www.whatsapp.com/channel/0029VaFPbedBPzjZrk13HO3D.",
    "Download Apps Detikcom Sekarang https://apps.detik.com/detik/", "View in Single Page", "1 2", "1 2 3 »", "VK",
    "Google+", "Artikel ini telah naik di detikJateng dan bisa dibaca selengkapnya di sini.", "-----", "* * *",
])
def test_outlets_promotions_and_syndication_notes_are_noise(text):
    assert is_noise(text)


@pytest.mark.parametrize("text", [
    "Simak pula pernyataan menteri yang disampaikan di hadapan wartawan pada Senin pagi di Jakarta.",
    "Artikel tersebut menyebut bahwa pemerintah akan menaikkan harga.",
    "Ikuti perkembangan kasus ini, kata juru bicara kepolisian kepada wartawan.", "2024", "Skor akhir 3 1",
    "Selanjutnya, pemerintah akan membangun jalan tol lain di Sumatera.",
    "Simak berita lengkapnya di ponsel Anda, kata dia, karena aplikasi itu akan diluncurkan pekan depan.",
])
def test_sentences_with_promotion_words_stay(text):
    assert not is_noise(text)


def test_a_code_closing_a_promotion_line_ends_the_article():
    """Detik's video promotion, embed and code sit in one block (single line breaks): the code still closes the
    article, and the tag links after it are no paragraph."""
    cleaned = clean_body([block("Paragraf pertama yang cukup panjang."), block("Harga naik, kata dia."),
                          block('Simak Video "Harga Cabai Naik" [Gambas:Video 20detik] (abc/abc)'),
                          block("cabai harga pangan", ("cabai", "/tag/cabai"), ("harga pangan", "/tag/harga-pangan"))])
    assert (cleaned.paragraphs, cleaned.signature) == (["Paragraf pertama yang cukup panjang.", "Harga naik, kata dia."],
                                                       {"raw": "(abc/abc)", "codes": ["abc", "abc"]})


def test_a_lone_lower_case_code_after_the_last_sentence_is_the_signature():
    cleaned = clean_body([block("Paragraf pertama yang cukup panjang."), block("Harga naik, kata dia. (ful)")])
    assert (cleaned.paragraphs[-1], cleaned.signature) == ("Harga naik, kata dia.", {"raw": "(ful)", "codes": ["ful"]})
    cleaned = clean_body([block("Paragraf pertama."), block("Ini disebut warga (rt)")])
    assert (cleaned.paragraphs[-1], cleaned.signature) == ("Ini disebut warga (rt)", None)


@pytest.mark.parametrize("credit", ["ANTARA", "(Reuters)", "AFP"])
def test_a_last_line_naming_only_the_source_agency_is_a_credit(credit):
    """Tempo English republishing ANTARA: the story's last line is `ANTARA`."""
    cleaned = clean_body([block("Paragraf pertama yang cukup panjang."), block('"Kami siap," Soini stated.'),
                          block(credit)])
    assert cleaned.paragraphs == ["Paragraf pertama yang cukup panjang.", '"Kami siap," Soini stated.']


def test_an_upper_case_code_of_its_own_and_a_comment_counter_close_the_article():
    """Okezone: `... tandasnya.` `(FHM)` `0 Komentar`."""
    cleaned = clean_body([block("Paragraf pertama yang cukup panjang."), block('Ya gitu-gitulah," tandasnya.'),
                          block("(FHM)"), block("0 Komentar")])
    assert cleaned.paragraphs[-1] == 'Ya gitu-gitulah," tandasnya.'
    assert cleaned.signature == {"raw": "(FHM)", "codes": ["FHM"]}
    cleaned = clean_body([block("Paragraf pertama."), block("Laporan disampaikan Komisi Pemberantasan Korupsi (KPK)")])
    assert cleaned.signature is None and cleaned.paragraphs[-1].endswith("(KPK)")


def test_a_code_with_digits_closing_the_last_sentence_is_the_signature():
    """JPNN: `... kata Kapolsek.<strong> (cr3/jpnn)</strong>`."""
    cleaned = clean_body([block("Paragraf pertama yang cukup panjang."),
                          block('"Kami periksa," kata Kapolsek. (cr3/jpnn)')])
    assert cleaned.paragraphs[-1] == '"Kami periksa," kata Kapolsek.'
    assert cleaned.signature == {"raw": "(cr3/jpnn)", "codes": ["cr3", "jpnn"]}


def test_each_link_of_a_baca_juga_block_is_an_entry():
    """Merdeka: `<p><strong>Baca juga:</strong><br><a>..</a><br><a>..</a></p>`."""
    base = "https://www.merdeka.com/"
    links = [Link("Harga Pertamax Naik", "/a", base), Link("Pertalite Tetap", "/b", base)]
    cleaned = clean_body([block("Paragraf pertama yang cukup panjang."),
                          Block("Baca juga: Harga Pertamax Naik Pertalite Tetap", links), block("Paragraf kedua.")])
    assert [entry["title"] for entry in cleaned.related] == ["Harga Pertamax Naik", "Pertalite Tetap"]
    assert cleaned.paragraphs == ["Paragraf pertama yang cukup panjang.", "Paragraf kedua."]


@pytest.mark.parametrize("credit", ["(***/Jenly Wenur)", "(Tribunnews.com/Budi Santoso)"])
def test_a_credit_with_the_reporter_s_full_name_closes_the_article(credit):
    """BeritaManado: `(***/Jenly Wenur)` alone, then the site's `Loading…`, an ad and `Berita Terpopuler` links."""
    cleaned = clean_body([block("Paragraf pertama yang cukup panjang."), block('"Kami siap," tutupnya.'),
                          block(credit), block("Butuh VPN? Klik Disini"), block("Berita Terpopuler"),
                          block("Tol Manado-Bitung Masih Gratis")])
    assert cleaned.paragraphs == ["Paragraf pertama yang cukup panjang.", '"Kami siap," tutupnya.']
    assert cleaned.signature["raw"] == credit


def test_tribun_s_reporter_line_gives_the_author_and_leaves_the_body():
    cleaned = clean_body([block("Laporan Wartawan Tribunnews.com, Budi Santoso"),
                          block("TRIBUNNEWS.COM, JAKARTA - Harga cabai naik di pasar induk pagi ini.")])
    assert cleaned.credits.author == "Budi Santoso"
    assert cleaned.paragraphs == ["Harga cabai naik di pasar induk pagi ini."]


def test_related_links_in_parentheses_and_under_a_heading_leave_the_body():
    def linked(text, href):
        return Block(text, [Link(text, href, "https://www.example.co.id/")])
    cleaned = clean_body([
        block("Paragraf pertama yang cukup panjang."),
        Block("(Baca juga: Harga cabai naik lagi)", [Link("Harga cabai naik lagi", "/a", "https://www.example.co.id/")]),
        block("Baca Juga"), linked("Harga bawang turun", "/b"), linked("Harga beras stabil", "/c"),
        block("Paragraf kedua yang juga cukup panjang."),
    ])
    assert cleaned.paragraphs == ["Paragraf pertama yang cukup panjang.", "Paragraf kedua yang juga cukup panjang."]
    assert [entry["title"] for entry in cleaned.related] == ["Harga cabai naik lagi", "Harga bawang turun",
                                                            "Harga beras stabil"]


@pytest.mark.parametrize("heading", ["Artikel Terkait:", "BERITA TERKAIT :", "Pilihan Redaksi", "Rekomendasi",
                                     "Berita Pilihan", "Read more:"])
def test_links_under_a_box_heading_are_related_entries(heading):
    def linked(text, href):
        return Block(text, [Link(text, href, "https://www.example.co.id/")])
    cleaned = clean_body([block("Paragraf pertama yang cukup panjang."), block(heading),
                          linked("Harga bawang turun", "/b"), linked("Harga beras stabil", "/c"),
                          block("Paragraf kedua yang juga cukup panjang.")])
    assert cleaned.paragraphs == ["Paragraf pertama yang cukup panjang.", "Paragraf kedua yang juga cukup panjang."]
    assert [entry["title"] for entry in cleaned.related] == ["Harga bawang turun", "Harga beras stabil"]


def test_penyunting_and_kontributor_labels():
    credits = parse_credits("Kontributor: Budi Santoso Penyunting: Ani Wijaya")
    assert (credits.author, credits.editor) == ("Budi Santoso", "Ani Wijaya")


def test_an_end_mark_after_the_last_sentence_is_cut():
    """Pikiran Rakyat's network closes its articles with `***` glued to the last sentence."""
    cleaned = clean_body([block("Paragraf pertama yang cukup panjang."), block("Warga diminta patuh protokol kesehatan.***")])
    assert cleaned.paragraphs == ["Paragraf pertama yang cukup panjang.", "Warga diminta patuh protokol kesehatan."]


@pytest.mark.parametrize("text", ["Scroll ke bawah untuk melanjutkan membaca", "Baca berita tanpa iklan. Gabung Kompas.com+"])
def test_reading_prompts_are_no_text(text):
    assert is_noise(text)


def test_a_place_and_a_dash_after_the_leads_sentences_is_no_dateline():
    # The article's own short sentences come first: `Perang Rusia – Ukrania, ...` in the third paragraph is text.
    lines = ["Pemerintah mengumumkan kebijakan baru pada Senin pagi di Jakarta.",
             "Kebijakan itu berlaku mulai pekan depan untuk seluruh warga.",
             "Perang Rusia – Ukrania, sekaligus tekanan geopolitik dari negara-negara besar, menekan ekonomi dunia."]
    result = clean_body([Block(text) for text in lines])
    assert (result.paragraphs, result.dateline) == (lines, None)


def test_a_dateline_after_a_caption_still_opens_the_story():
    lines = ["Ilustrasi vaksinasi. (ANTARA FOTO/Oky Lukmansyah)", "Jakarta – Pemerintah mengumumkan kebijakan baru.",
             "Kebijakan itu berlaku mulai pekan depan untuk seluruh warga."]
    result = clean_body([Block(text) for text in lines])
    assert result.dateline.place == "Jakarta"
    assert result.paragraphs == ["Pemerintah mengumumkan kebijakan baru.", lines[2]]


def test_a_dateline_after_one_caption_that_reads_as_a_sentence_still_opens_the_story():
    lines = ["Ilustrasi vaksinasi Covid-19 di Puskesmas Kecamatan Cilandak, Jakarta Selatan.",
             "Jakarta - Pemerintah mengumumkan kebijakan baru.", "Kebijakan itu berlaku mulai pekan depan."]
    result = clean_body([Block(text) for text in lines])
    assert result.dateline.place == "Jakarta"
    assert result.paragraphs == ["Pemerintah mengumumkan kebijakan baru.", lines[2]]


def test_a_city_left_after_a_country_dateline_alone_in_its_block_goes_with_it():
    # MINA's Arabic service: the date line, then `Country – City` alone, then the lead.
    lead = "زار رئيس قسم تحرير وكالة “مينا” شريف هداية مساء يوم الإثنين مقر وكالة “برناما” بالعاصمة الماليزية كوالالمبور."
    result = clean_body([Block("ماليزيا – كوالالمبور"), Block(lead)], profile=MINA)
    assert result.dateline is not None
    assert result.paragraphs == [lead]


def test_a_short_paragraph_after_a_dateline_alone_in_its_block_is_kept():
    # A sentence however short is the lead, not more of the dateline.
    lines = ["Jakarta – Hujan turun.", "Kebijakan itu berlaku mulai pekan depan untuk seluruh warga."]
    result = clean_body([Block(text) for text in lines])
    assert result.paragraphs == ["Hujan turun.", lines[1]]


@pytest.mark.parametrize(("second", "kept"), [
    # An ANTARA bureau's insert copied without its link, the quote after it in the same paragraph.
    ('"Teruslah menjadi sumber pemberitaan yang bisa dipercaya, objektif dan berimbang," kata dia.',
     ['"Teruslah menjadi sumber pemberitaan yang bisa dipercaya, objektif dan berimbang," kata dia.']),
    # A second insert on the next line is no paragraph.
    ("Baca juga: Apa kata gubernur soal peran kantor berita di daerah?", []),
    # A headline's second line, no sentence.
    ("Bangkitkan Optimisme Rakyat", []),
])
def test_the_paragraph_after_an_unlinked_inserts_line_break_stays(second, kept):
    first = Block("Gubernur Rohidin menyampaikan pesan dan kesannya bagi LKBN ANTARA yang kini genap berusia 86 tahun.")
    insert = "Baca juga: Pesan Presiden untuk ANTARA: Bangkitkan optimisme rakyat"
    result = clean_body([first, Block(f"{insert} {second}", line_end=len(insert))])
    assert result.paragraphs == [first.text, *kept]


def test_a_sentence_opener_and_a_comma_before_a_name_is_no_dateline():
    # A blog's lead under its caption, then `Diketahui, Suara Merdeka adalah ...`: not a place and an outlet.
    lines = ["Sembilan mahasiswa memilih magang di Suara Merdeka Semarang sebagai wartawan (Dok. Asifba Project)",
             "Sebagian mahasiswa IAIN Salatiga memilih magang di Suara Merdeka Semarang sebagai wartawan.",
             "Diketahui, Suara Merdeka adalah salah satu media cetak yang cukup besar di Jawa Tengah."]
    result = clean_body([Block(text) for text in lines])
    assert result.dateline is None
    assert result.paragraphs[1:] == lines[1:]


def test_a_header_printing_the_headline_twice_ends_at_the_second_copy():
    # KBR: kicker, headline, a standfirst quoting the lead, the headline again, the lead.
    title = "Sembilan Fakta Soal KBR"
    lead = ("Tahun ini, KBR menginjak usia yang ke-18. Setelah memasuki usia dewasa, KBR terus berkembang bersama 600 "
            "radio jaringannya di Indonesia dan 200 di Asia dan Australia.")
    standfirst = ("\"Setelah memasuki usia dewasa, KBR terus berkembang bersama 600 radio jaringannya di Indonesia dan "
                  "200 di Asia dan Australia. \"")
    blocks = [block("DARI POJOK MENTENG"), block(title), block(standfirst), block(title), block(lead)]
    assert clean_body(blocks, title=title).paragraphs == [lead]
    # Short paragraphs under the headline, a copy of it after them: the paragraphs are text.
    short = ["Gempa mengguncang Kota Padang pada Senin pagi.", "Warga berhamburan keluar rumah."]
    blocks = [block(title), *map(block, short), block(title), block("Petugas masih mendata kerusakan.")]
    assert clean_body(blocks, title=title).paragraphs == [*short, "Petugas masih mendata kerusakan."]


def test_a_standfirst_over_the_byline_between_two_copies_of_the_headline_is_the_headers():
    # KBR's editorial (2014): rubric, headline, a one-sentence standfirst, `AUTHOR / <name>`, the headline again.
    title = "Lapak Baru"
    lead = "Beberapa jam lagi, tahun 2014 berlalu. Beberapa teman berkirim simpati."
    standfirst = "Kehilangan frekwensi analog di Jakarta, mendorong kami loncat ke lapak baru."
    blocks = [block("EDITORIAL"), block(title), block(standfirst), block("AUTHOR / Tosca Santoso"), block(title),
              block(lead)]
    cleaned = clean_body(blocks, title=title)
    assert cleaned.paragraphs == [lead]
    assert cleaned.credits.author == "Tosca Santoso"
    # Two sentences between the copies, or no byline under the sentence: the page's text.
    short = ["Gempa mengguncang Kota Padang pada Senin pagi.", "Warga berhamburan keluar rumah."]
    blocks = [block(title), *map(block, short), block("Penulis: Budi"), block(title), block(lead)]
    assert clean_body(blocks, title=title).paragraphs[:2] == short
    blocks = [block(title), block(short[0]), block(title), block(lead)]
    assert clean_body(blocks, title=title).paragraphs == [short[0], lead]


@pytest.mark.parametrize(("line", "kept"), [
    # Liputan6's feature pages (2021): the outlet's address and a machine's timestamp under the headline.
    ("Liputan6.com 2021-12-22 00:00:00", False),
    ("2024-03-05 14:20", False),
    ("Sidang digelar 2021-12-22 pukul 10.00 di Jakarta.", True),
])
def test_a_timestamp_line_in_the_header_is_no_text(line, kept):
    lead = "Penanganan kasus itu menjadi puncak kekecewaan masyarakat terhadap institusi kepolisian."
    assert clean_body([block(line), block(lead)]).paragraphs == [*([line] if kept else []), lead]


def test_a_rubric_after_the_datelines_bar_in_its_own_block_leaves_with_it():
    lead = ("Program ambisius Presiden Prabowo Subianto melalui pembentukan 80 ribu lebih unit Koperasi Desa Merah Putih "
            "diprediksi menghadapi tantangan serius dari sisi pembiayaan.")
    after = "Sementara itu, Otoritas Jasa Keuangan (OJK) menyatakan masih mengkaji model bisnis koperasi ini."
    cleaned = clean_body([Block("Berimbang.com – Jakarta | Ekonomi & Bisnis"), Block(lead), Block(after)])
    assert cleaned.paragraphs == [lead, after]
    assert cleaned.dateline is not None and cleaned.dateline.place == "Jakarta"


def test_a_sentence_after_the_datelines_bar_is_the_lead():
    cleaned = clean_body([Block("Berimbang.com – Jakarta | Warga panik."), Block("Polisi datang ke lokasi.")])
    assert cleaned.paragraphs == ["Warga panik.", "Polisi datang ke lokasi."]
