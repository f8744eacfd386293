"""Captions, template leftovers and leading captions as regional sites and copied pages print them, through the body
cleaner with no site profile: each real shape with a made-up variant, and a line of the same look that stays."""

from __future__ import annotations

import pytest

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

OPENING = ["Pemerintah mengumumkan kebijakan baru pada Senin pagi.", "Kebijakan itu berlaku mulai pekan depan."]
LAST = "Warga menyambut baik kebijakan itu, kata Budi."


def _paragraphs(lines: list[str]) -> list[str]:
    return clean_body([Block(line) for line in [*OPENING, *lines]]).paragraphs


@pytest.mark.parametrize(("line", "kept"), [
    # RMOL's regional sites: the photographer's full name, in any case, before the outlet's address.
    ("Suasana diskusi antara tim Redaksi RMOLSumsel.id bersama Anggota Komisi IV DPRD Sumsel. (humaidy "
     "kenedy/rmolsumsel.id)", False),
    ("Wakil Pimpinan Redaksi, Fajar Wiko (kiri) bersama jajaran lainnya. (Hummaidy Kenedy/rmolsumsel.id)", False),
    ("Petugas memadamkan api di gudang itu. (Rina Sari/rmolbanten.com)", False),
    # An editorial code before the address is one word; a writer's credit puts the address first.
    ("Acara ditutup dengan doa bersama. (ril/rmolsumsel.id)", True),
    ("Acara ditutup dengan doa bersama. (Tribunnews.com/Reza Deni)", True),
    # A quotation its speaker's verb follows is a paragraph, whatever closes it.
    ("\"Kami siap,\" kata dia. (Rina Sari/rmolbanten.com)", True),
    # A WordPress caption's shortcode left as text.
    ('[caption id="attachment_352671" align="alignleft" width="240" caption="Kantor Berita Radio"][/caption]', False),
    ('[caption id="attachment_12" align="aligncenter" width="640"] Warga antre minyak goreng[/caption]', False),
    ('[caption caption="Pramuka Penegak Putri tersenyum penuh semangat. (Foto: R. Andi Widjanarko, ISJ)"]', False),
    ("[Kantor Berita Radio] menyiarkan berita dari Jakarta.", True),
    # A photo's source alone after its label's word.
    ("Dok. Kompas", False),
    ("Dok. Pribadi", False),
    ("Dok. itu disimpan di arsip desa.", True),
    ("Follow Us", False),
    # A template's shortcodes alone, and an illustration's caption in brackets.
    ("[galeri_foto] [youtube_embed]", False),
    ("[youtube_embed]", False),
    ("(Illustrasi)", False),
    ("(Ilustrasi)", False),
    ("(Ilustrasi itu dibuat oleh Andi)", True),
])
def test_regional_captions_and_template_leftovers(line: str, kept: bool) -> None:
    assert (line in _paragraphs([line, LAST])) is kept


def test_a_caption_under_a_capitals_label_before_an_outlets_dateline_is_dropped_with_it() -> None:
    # Tribun: the photo's caption opens with its label in capitals and a dash, read as a place; the lead's dateline
    # names the outlet.
    body = clean_body([Block(text) for text in [
        "NOMOR URUT - Lima paslon memperlihatkan nomor urut setelah rapat pleno di Hotel Griptha Kudus, Selasa "
        "(13/2/2018).",
        "TRIBUNJATENG.COM, KUDUS – Facebook menjadi andalan pasangan calon untuk kampanye melui media sosial.",
        "Meski begitu pasangan calon bisa memakai media sosial lain."]])
    assert body.paragraphs[0] == "Facebook menjadi andalan pasangan calon untuk kampanye melui media sosial."
    assert body.dateline is not None and body.dateline.place == "KUDUS"
    assert len(body.paragraphs) == 2


def test_a_place_and_a_dash_opening_the_lead_stays_its_dateline_when_no_outlet_follows() -> None:
    body = clean_body([Block(text) for text in [
        "KUDUS - Lima paslon memperlihatkan nomor urut setelah rapat pleno di Hotel Griptha Kudus, Selasa.",
        "Facebook menjadi andalan pasangan calon untuk kampanye melui media sosial.",
        "Meski begitu pasangan calon bisa memakai media sosial lain."]])
    assert body.dateline is not None and body.dateline.place == "KUDUS"
    assert body.paragraphs[0].startswith("Lima paslon")
    assert len(body.paragraphs) == 3


@pytest.mark.parametrize(("block", "kept"), [
    # A Kompas copy flattened: the insert opens the block, the paragraph runs on after an opener and a word its comma
    # closes; the paragraph stays, the insert goes.
    ("Baca juga: Gaspol Hari Ini: Mahfud MD Angkat Bicara Persoalan Gibran dan Dugaan Ijazah Palsu Jokowi Selama "
     "Ramadhan, setiap sore banyak warga Punia yang menjual takjil dan makanan untuk berbuka puasa.",
     "Selama Ramadhan, setiap sore banyak warga Punia yang menjual takjil dan makanan untuk berbuka puasa."),
    ("Warga diminta waspada. Baca juga: Banjir Rendam Tiga Desa di Bekasi Menurut BPBD, air mulai surut.",
     "Warga diminta waspada. Menurut BPBD, air mulai surut."),
    # ...or after `Setiap` and a word in lower case.
    ("Perebusan dimulai malam hari hingga pukul 04.00 Wita. Baca juga: Toko Mama Khas Banjar Tutup, Pemilik: Mental "
     "Kami Hancur, Kami Trauma Setiap pagi usai shalat Subuh, lontong yang baru matang dibawa ke pasar.",
     "Perebusan dimulai malam hari hingga pukul 04.00 Wita. Setiap pagi usai shalat Subuh, lontong yang baru matang "
     "dibawa ke pasar."),
    # A model's name in lower case with its number is the headline's: the quotation after its question mark opens
    # the text again.
    ("Kini ia mengajarkannya ke anaknya. Baca juga: Mobil Listrik Bekas Taksi BYD e6 Dijual Rp 30 Juta, Layak Dibeli? "
     "\"Saya ajarkan dia, supaya dia bisa,\" ujar Istiarah.",
     "Kini ia mengajarkannya ke anaknya. \"Saya ajarkan dia, supaya dia bisa,\" ujar Istiarah."),
    # Where a headline ends cannot be told from a name and its verb: the paragraph stays whole.
    ("Warga merebusnya di pinggir jalan. Baca juga: Panasonic Akan PHK 10.000 Karyawan Suyudi mengatakan, warga "
     "terampil membuatnya.",
     "Warga merebusnya di pinggir jalan. Baca juga: Panasonic Akan PHK 10.000 Karyawan Suyudi mengatakan, warga "
     "terampil membuatnya."),
])
def test_a_flattened_insert_leaves_the_paragraph_run_into_it(block: str, kept: str) -> None:
    assert _paragraphs([block]) == [*OPENING, kept]


@pytest.mark.parametrize(("last", "kept"), [
    # ANTARA's video pages: the crew's names in brackets after the text's last sentence, a wire's name before them.
    ("Warga perantau pulang melalui jalur darat dan jalur udara. (Fandi Yogari Saputra/Agha Yuninda Maulana/Edwar "
     "Mukti Laksana)", "Warga perantau pulang melalui jalur darat dan jalur udara."),
    ("Militer Israel akan melakukan operasi besar di Kota Gaza. (REUTERS/Ria Gracia Carolina Simanjunta/Rizky Bagus "
     "Dhermawan/Rinto A Navis)", "Militer Israel akan melakukan operasi besar di Kota Gaza."),
    # A bracket inside the sentence is the sentence's own.
    ("Warga perantau pulang melalui jalur udara (Padang/Bukittinggi/Solok)",
     "Warga perantau pulang melalui jalur udara (Padang/Bukittinggi/Solok)"),
])
def test_a_videos_crew_closing_the_text_leaves_it(last: str, kept: str) -> None:
    assert _paragraphs([last])[-1] == kept


@pytest.mark.parametrize(("line", "kept"), [
    ("Back to top button", False),
    ("Kembali ke atas", False),
    ("Artikel ini telah lebih dulu tayang di: suaramerdeka.com", False),
    ("Harga cabai kembali ke atas Rp 80 ribu per kilogram.", True),
])
def test_a_themes_button_and_a_first_ran_note_leave_the_text(line: str, kept: bool) -> None:
    assert (line in _paragraphs([LAST, line])) is kept


DESCRIPTION = ("JAKARTA - Komisi Nasional Hak Asasi Manusia (Komnas HAM) rupanya kalah mentereng dibanding Komisi "
               "Pemilihan Umum (KPU), Komisi Pemberantasan Korupsi")


@pytest.mark.parametrize(("after", "kept"), [
    # JPNN: the page's description, its lead cut at a word, under the text's last paragraph and over the credit line
    # or the related box's heading; the writer's code before it then closes the text.
    (["Redaktur & Reporter : Tim Redaksi", "BERITA TERKAIT", "- Waspada Hujan Hari Ini di Sejumlah Wilayah"], False),
    (["BERITA TERKAIT", "- Waspada Hujan Hari Ini di Sejumlah Wilayah"], False),
    ([], False),
    # A paragraph follows it: the text goes on, the line stays.
    (["Komnas HAM kini menambah komisionernya menjadi lima belas orang."], True),
])
def test_the_pages_description_under_the_text_leaves_it(after: list[str], kept: bool) -> None:
    last = "\"Karena itu, kewenangan Komnas HAM akan diperkuat,\" kata mantan Ketua MK. (aga)"
    paragraphs = _paragraphs([last, DESCRIPTION, *after])
    assert (DESCRIPTION in paragraphs) is kept
    if not kept:
        assert paragraphs[-1] == "\"Karena itu, kewenangan Komnas HAM akan diperkuat,\" kata mantan Ketua MK."


def test_a_short_line_with_a_dash_closing_the_text_is_no_description() -> None:
    assert _paragraphs([LAST, "Arema FC - Bali United"])[-1] == "Arema FC - Bali United"
