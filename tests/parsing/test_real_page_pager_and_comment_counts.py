"""Lines a page's theme prints under the text, each ending the article or dropped from it: a Malay pager's two links
one over the other, written without `-nya`, the next story's headline in sentence case and the box of other articles
under them (mStar 2018: `Artikel Sebelum` over `Artikel Berikut` over `Dua calon PPBM 'tak lepas'` over `Artikel
Lain`); WordPress's count of comments in thoughts over a reader's comment (a blog's `One thought on “Anti-ABU mobster
detained”`); a WordPress pager's count before its numbers (JabarNews's `Pages ( 2 of 2 ): 1 2`). A pager line alone
with a long paragraph under it, and sentences using the words, stay."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["SHAH ALAM: Tiga penyokong calon ditahan kerana menggunakan dron di kawasan pusat penamaan di sini dan Bangi.",
        "Tiga suspek itu boleh didenda maksimum RM50,000 atau tiga tahun penjara atau kedua-duanya."]
LEAD = "Tiga penyokong calon ditahan kerana menggunakan dron di kawasan pusat penamaan di sini dan Bangi."


def test_a_malay_pager_s_two_links_and_what_is_under_them_leave_the_text():
    pager = ["Artikel Sebelum", "Artikel Berikut", "Dua calon PPBM 'tak lepas'", "Artikel Lain"]
    assert clean_body([*map(Block, TEXT), *map(Block, pager)]).paragraphs == [LEAD, TEXT[1]]


def test_a_pager_word_over_a_long_paragraph_stays_in_the_text():
    paragraph = ("Artikel Berikut ini membahas cara pihak polis mengesan penggunaan dron di kawasan pusat penamaan calon "
                 "dan denda yang boleh dikenakan kepada penyokong yang melanggar peraturan.")
    assert clean_body([*map(Block, TEXT), Block("Artikel Sebelum"), Block(paragraph)]).paragraphs[-1] == paragraph


def test_a_thoughts_count_over_a_reader_s_comment_ends_the_text():
    text = ["A man in his 20s has been detained by Shah Alam police to assist in investigations into the mob attack.",
            "Zahedi rejected allegations that there had been any damage caused. He said eight police reports had been filed."]
    comment = ("There is enough to lodge a report against the OCPD himself as the camera never lies, and going on record "
               "is essential for future prosecution.")
    result = clean_body([*map(Block, text), Block("One thought on “Anti-ABU mobster detained”"), Block(comment),
                         Block("Comments are closed.")])
    assert result.paragraphs == text


def test_a_pager_count_before_its_numbers_leaves_the_text():
    text = ["Mulai dari kepemimpinan Yana Mulyana dan sebelumnya, lalu Ridwan Kamil dan wali kota sebelumnya pun dinilai "
            "tidak mampu menyelesaikan masalah tersebut.",
            "“Saya harap beliau bisa menyelesaikan masalah yang sampai saat ini dikeluhkan masyarakat Kota Bandung,” "
            "harap dia."]
    for line in ("Pages ( 2 of 2 ): 1 2", "Page (1 of 3): 1 2 3"):
        assert clean_body([*map(Block, text), Block(line)]).paragraphs == text, line


def test_sentences_with_the_words_stay():
    line = "Artikel lain dalam siri ini akan menyusul minggu depan, kata editor akhbar itu kepada pemberita di sini."
    assert clean_body([*map(Block, TEXT), Block(line)]).paragraphs[-1] == line
