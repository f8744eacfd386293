"""A column's photo captions over its byline, a blog's comment count under a copied story, and an Arabic box's
headline with no capitals closing the text, through the body cleaner with no site profile.

Each real shape comes with a made-up variant of it (other names, another credit)."""

from __future__ import annotations

import pytest

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

OPENING = ["Pemerintah mengumumkan kebijakan baru pada Senin pagi.", "Kebijakan itu berlaku mulai pekan depan."]
COLUMN = ["Perdana Menteri Israel mengundang lima wartawan senior asal Indonesia, Senin (28/3/2016).",
          "Nama-nama wartawan itu kemudian beredar di dunia maya."]


def _clean(lines: list[str]):
    return clean_body([Block(line) for line in lines])


@pytest.mark.parametrize("captions", [
    # minanews.net, 2016: the image's alt text and its caption, each closed by its source in brackets
    ["Wartawan Indonesia bersama Perdana Menteri Israel, Benjamin Netanyahu. (Foto: MIL.Gov)",
     "Wartawan Indonesia bersama PM Israel, Benjamin Netanyahu, 28/3/2016. (Mil.Gov)"],
    ["Wartawan Indonesia bersama PM Israel, Benjamin Netanyahu, 28/3/2016. (Mil.Gov)"],
    ["Suasana sidang kabinet di Istana Negara, Senin. (Dok. Setkab)"],
])
def test_captions_over_a_columns_byline_leave_with_it(captions):
    cleaned = _clean([*captions, "Oleh: Ali Farkhan Tsani, Redaktur Senior Mi’raj Islamic News Agency (MINA)",
                      *COLUMN])
    assert cleaned.paragraphs == COLUMN
    assert cleaned.byline_author == "Ali Farkhan Tsani"


def test_a_paragraph_over_a_byline_is_no_caption():
    lead = "Tulisan ini menanggapi kunjungan lima wartawan senior ke Israel pada akhir Maret lalu."
    cleaned = _clean([lead, "Oleh: Ali Farkhan Tsani, Redaktur Senior MINA", *COLUMN])
    assert cleaned.paragraphs[0] == lead
    assert cleaned.byline_author is None


@pytest.mark.parametrize("box", [
    # a Blogger copy of a MINA story, 2012: the comment count's heading over the link to comment
    ["Tidak ada komentar:", "Posting Komentar"],
    ["Tidak ada komentar"],
])
def test_a_blogs_comment_count_under_a_copied_story_leaves(box):
    last = "“MINA merupakan produk nyata dari konfrensi Bandung,” ungkapnya."
    assert _clean([*OPENING, last, *box]).paragraphs == [*OPENING, last]


ARABIC = ("في المقابل، أطلق الاحتلال الإسرائيلي \"السيوف الحديدية\"، وهي عملية عسكرية استهدفت قطاع غزة، حيث شنت سلسلة "
          "من الغارات العنيفة على مناطق متفرقة في القطاع.")


@pytest.mark.parametrize("box", [
    # an Arabic aggregator's copy, 2023: "also read" over one headline, its parts set apart by two dots
    ["إقرأ أيضاً:", "لليوم الثاني.. الآف الفلسطينيين يعودون إلى منازلهم في شمال غزة"],
    ["اقرأ أيضاً", "وزير الخارجية يبحث مع نظيره الأردني تطورات الأوضاع في غزة", "ارتفاع حصيلة الشهداء في القطاع"],
])
def test_an_arabic_box_of_headlines_closing_the_text_leaves(box):
    assert _clean([ARABIC, *box]).paragraphs == [ARABIC]


def test_an_arabic_sentence_after_the_box_heading_stays():
    last = "وأكدت الوزارة أن فرقها تواصل العمل في ظروف صعبة."
    assert _clean([ARABIC, "إقرأ أيضاً:", last]).paragraphs == [ARABIC, last]


@pytest.mark.parametrize("box", [
    # tribunnews.com, 2015: the comment form's button and its note under the text
    ["Kirim Komentar", "Isi komentar sepenuhnya adalah tanggung jawab pengguna dan diatur dalam UU ITE."],
    ["Isi komentar sepenuhnya menjadi tanggung jawab pengguna."],
])
def test_a_portals_comment_form_and_its_note_leave(box):
    last = "Ulil menyindir Joko Widodo, sang Presiden RI."
    assert _clean([*OPENING, last, *box]).paragraphs == [*OPENING, last]


def test_a_sentence_on_who_answers_for_comments_stays():
    text = "Menurut dia, isi komentar sepenuhnya adalah tanggung jawab pengguna, bukan pengelola situs, kata Budi."
    assert _clean([*OPENING, text]).paragraphs == [*OPENING, text]


@pytest.mark.parametrize("label", ["Share Article", "Share this:"])
def test_a_share_label_over_the_lead_leaves(label):
    # endonesia.com, 2015: the share bar's label between the headline and the lead
    lead = "Warga pengguna internet (netizen) kembali tersentak dengan kabar penangkapan Wakil Ketua KPK."
    assert _clean([label, lead, OPENING[1]]).paragraphs == [lead, OPENING[1]]


@pytest.mark.parametrize("ending", [
    # radarutara.disway.id, 2020: the web excerpt's pointer to the rest in print, glued to the last sentence...
    [" Bersambung...... (Baca selengkapnya di Koran Harian Radar Utara edisi Rabu, 9 September 2020)"],
    # ...or on lines of its own
    ["", "Bersambung...", "(Baca selengkapnya di Harian Radar Bengkulu edisi Senin, 3 Mei 2021)"],
])
def test_a_pointer_to_the_rest_in_print_leaves(ending):
    last = "Situasi di daerah dalam kondisi baik dan kondusif, kata Suryadi, kemarin."
    lines = [last + ending[0], *ending[1:]]
    assert _clean([*OPENING, *lines]).paragraphs == [*OPENING, last]


def test_a_story_that_goes_on_next_week_stays():
    text = "Cerita itu masih bersambung... ke pekan depan, kata dia."
    assert _clean([*OPENING, text]).paragraphs == [*OPENING, text]


@pytest.mark.parametrize("box", [
    # bengkuluekspress.disway.id, 2014: empty tag and category labels over the related box's bare heading
    ["Tags :", "Kategori :", "Terkait"],
    # bengkulu.kemenag.go.id: the heading in capitals over its section's box
    ["TERKAIT", "Wilayah LAINNYA"],
    ["Category:"],
])
def test_bare_related_and_category_headings_closing_the_text_leave(box):
    last = "“Pemerintah Daerah mendukung program ini,” tutup Ajamalus."
    assert _clean([*OPENING, last, *box]).paragraphs == [*OPENING, last]


def test_a_paragraph_opening_with_terkait_stays():
    text = "Terkait hal itu, Kemenag akan mewisuda 500 santri dari seluruh TPQ tahun ini."
    assert _clean([*OPENING, text]).paragraphs == [*OPENING, text]


@pytest.mark.parametrize("footer", [
    # terdepan.id, 2022: the source's bare label, the comment form with its sum to solve, a box's heading, a link up
    ["sumber : Antara", "Sumber", "Klik untuk berkomentar", "Tinggalkan Balasan", "seventeen − 16 =", "Trending",
     "Ke Atas"],
    ["4 + nine =", "Back to top"],
    # fin.co.id, 2022: the author box (a name over its role) and an HTML comment's end left as text
    ["Admin", "Penulis", "-->"],
])
def test_a_wordpress_sites_footer_leaves(footer):
    last = "\"Karena itu mobil dua-duanya posisi di luar pagar,\" katanya."
    assert _clean([*OPENING, last, *footer]).paragraphs == [*OPENING, last]


def test_an_author_box_names_the_writer():
    cleaned = _clean([*OPENING, "Budi Santoso", "Penulis"])
    assert cleaned.paragraphs == OPENING
    assert cleaned.credits.author == "Budi Santoso"


def test_a_sum_in_a_sentence_stays():
    text = "Soal pertama berbunyi: tujuh belas dikurangi 16 sama dengan berapa?"
    assert _clean([*OPENING, text]).paragraphs == [*OPENING, text]


@pytest.mark.parametrize("caption", ["Ilustrasi KPK.", "Ilustrasi Vaksinasi", "Foto Ilustrasi Gedung MPR"])
def test_an_illustrations_caption_naming_its_subject_leaves(caption):
    # fin.co.id, 2022: the illustration's caption over the text
    assert _clean([caption, *OPENING]).paragraphs == OPENING
