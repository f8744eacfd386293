"""A related box's headlines left under the text without their heading, a WordPress theme's box heading, and photos'
captions credited to a social account or to the outlet's documentation: what a page adds leaves the body; lists and
paragraphs of the article's own stay."""

from __future__ import annotations

import pytest

from crawler.parsing.furniture import is_caption
from crawler.parsing.html import Block, Link
from crawler.parsing.text import clean_body

OPENING = ["Pemerintah mengumumkan kebijakan baru pada Senin pagi.", "Kebijakan itu berlaku mulai pekan depan."]
LAST = "\"Dan membiarkan kita kembali ke rumah. Untuk mencari tempat tinggal.\""

# JPNN's copies of ABC stories: the box's headlines as a list's items under the last paragraph, no heading.
ENTRIES = ["- Industri Alas Kaki Indonesia Punya Potensi Besar, Kenapa Rawan PHK?",
           "- Apa Arti Kemenangan Partai Buruh di Pemilu Australia Bagi Diaspora Indonesia?",
           "- Dunia Hari Ini: Presiden Prabowo Ucapkan Selamat Atas Terpilihnya Lagi Anthony Albanese",
           "- Partai Buruh Menang Pemilu Australia, Anthony Albanese Tetap Jadi PM"]


@pytest.mark.parametrize("entries", [ENTRIES, ENTRIES[:3], [
    # A made-up variant: other marks, other headlines.
    "• Harga Cabai Rawit di Pasar Induk Kembali Naik Jelang Lebaran",
    "• Wali Kota Resmikan Taman Baru di Pusat Kota Bersama Warga",
    "• Tim Sepak Bola Daerah Lolos ke Babak Final Turnamen Nasional",
]])
def test_a_boxs_headlines_without_their_heading_close_the_text(entries):
    result = clean_body([Block(text) for text in [*OPENING, LAST, *entries]])
    assert result.paragraphs == [*OPENING, LAST]


@pytest.mark.parametrize("lines", [
    # Two such lines may be the article's own (fewer than a box holds)...
    ENTRIES[:2],
    # ...a line opening a list makes the items the article's...
    ["Berikut daftar program unggulan pemerintah daerah tahun ini:", *ENTRIES[:3]],
    # ...and so do short items, a list of names or places.
    ["- Kabupaten Bogor Barat", "- Kabupaten Sukabumi Utara", "- Kabupaten Garut Selatan"],
    # Items in sentences are the article's points.
    ["- Warga diminta menjaga kebersihan lingkungan masing-masing.",
     "- Sampah dibuang pada tempat yang disediakan pemerintah.",
     "- Saluran air dibersihkan setiap pekan oleh warga."],
])
def test_a_list_of_the_articles_own_under_the_text_stays(lines):
    result = clean_body([Block(text) for text in [*OPENING, LAST, *lines]])
    assert result.paragraphs == [*OPENING, LAST, *lines]


def test_linked_entries_are_left_to_the_link_rules():
    entries = [Block(text, [Link(text[2:], "https://example.com/a", "https://example.com/")]) for text in ENTRIES]
    result = clean_body([*(Block(text) for text in [*OPENING, LAST]), *entries])
    assert result.paragraphs[:3] == [*OPENING, LAST]


@pytest.mark.parametrize("heading", ["You may also like", "You May Also Like"])
def test_a_wordpress_boxs_heading_leaves_the_text(heading):
    result = clean_body([Block(text) for text in [*OPENING, LAST, heading]])
    assert result.paragraphs == [*OPENING, LAST]


def test_a_paragraph_opening_with_the_words_stays():
    line = "You may also like the new park, the mayor told residents on Sunday."
    result = clean_body([Block(text) for text in [*OPENING, line]])
    assert result.paragraphs == [*OPENING, line]


@pytest.mark.parametrize("caption", [
    # Suara: the caption credited to the account the photo came from.
    "Bek timnas Indonesia, Jay Idzes tidak masuk dalam daftar pemain yang ingin dibeli AC Milan. (Instagram/@jayidzes)",
    "Nagita Slavina di Nikahan Aurel Hermansyah dan Atta Halilintar. (Instagram/@raffinagita1717)",
    # Made-up variants: another platform, spaced slash.
    "Banjir merendam permukiman warga di Kecamatan Cileungsi. (Twitter / @BNPB_Indonesia)",
    "Suasana konser di Stadion Utama Gelora Bung Karno. (TikTok/@penonton.konser)",
])
def test_a_caption_credited_to_a_social_account_is_one(caption):
    assert is_caption(caption)
    result = clean_body([Block(text) for text in [*OPENING, caption, LAST]])
    assert result.paragraphs == [*OPENING, LAST]


@pytest.mark.parametrize("line", [
    # A colon points the reader to the writer's account: a forum's paragraph.
    "Lenovo BIOSes have lots of nasty surprises in them, of late - ask Steve Gibson. (Twitter: @Sg_grc)",
    # The account named in the sentence before its bracket: no caption's sentence closes before it.
    "Akun itu bernama @jayidzes (Instagram/@jayidzes)",
])
def test_a_paragraph_naming_an_account_stays(line):
    assert not is_caption(line)
    result = clean_body([Block(text) for text in [*OPENING, line, LAST]])
    assert result.paragraphs == [*OPENING, line, LAST]


@pytest.mark.parametrize("caption", [
    # MINA 2013: the documentation's credit with the photographer's initials, a full stop after its bracket.
    "Duta Besar Mesir untuk Indonesia, Bahaa Dessouki ketika wawancara khusus dengan Mi’raj News Agency (MINA). "
    "(Doc. MINA/RS).",
    # Made-up variants: without the stop, the Indonesian word.
    "Wakil Gubernur meninjau lokasi banjir di Kecamatan Cileungsi. (Dok. Humas Pemprov)",
    "Wakil Gubernur meninjau lokasi banjir di Kecamatan Cileungsi. (dok. pribadi).",
])
def test_a_caption_credited_to_the_documentation_is_one(caption):
    assert is_caption(caption)
    result = clean_body([Block(text) for text in [*OPENING, caption, LAST]])
    assert result.paragraphs == [*OPENING, LAST]


@pytest.mark.parametrize("line", [
    # A sentence naming its source after it, a full stop closing it: no documentation's label.
    "Ilustrasi itu dibuat oleh Andi (Kompas).",
    "Illustration of ramen (Pixabay).",
])
def test_a_sentence_closed_by_its_source_stays(line):
    assert not is_caption(line)


@pytest.mark.parametrize("caption", [
    # ANTARA English: the photo desk's initials after the photographer.
    "Prakoso at the webinar on Friday (October 15, 2021). (ANTARA/Putu Indah Savitri/uyu)",
    # Made-up variants: two desks' initials, spaced slashes.
    "Warga antre di depan kantor pos di Jakarta, Senin (15/10/2021). (ANTARA/Galih Pradipta/nym/aa)",
    "Residents queue at a post office in Jakarta on Monday. (ANTARA / Budi Santoso / rst)",
])
def test_a_wire_caption_with_the_desks_initials_is_one(caption):
    assert is_caption(caption)
    result = clean_body([Block(text) for text in [*OPENING, caption, LAST]])
    assert result.paragraphs == [*OPENING, LAST]


@pytest.mark.parametrize("line", [
    # No agency before the slashes: forces' names and a code close a paragraph.
    "Pasukan gabungan berjaga di lokasi kejadian sejak pagi. (TNI/Polri/ant)",
    # The agency spelt as a paragraph's source is (`(Antara/Budi)`), not as a photo's credit.
    "Kebijakan itu disetujui DPR pekan lalu. (Antara/Budi/abc)",
])
def test_a_paragraph_closed_by_a_source_and_code_is_no_caption(line):
    assert not is_caption(line)
