"""A header line whose byline names the outlet itself before the update's label (Liputan6's AMP pages of 2010: `oleh
Liputan6 diperbarui 13 Des 2010, 11:03 WIB` under the summary): the header's, not text, over the lead or under it. A
sentence that names the outlet and a date stays."""

from __future__ import annotations

from crawler.parsing.credits import is_header_line
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

SUMMARY = ("Polemik mengenai RUU Keistimewaan Yogyakarta terus bergulir. Di satu sisi, pemerintah pusat meminta agar "
           "gubernur dan wakil gubernur DIY dipilih seperti di daerah lainnya. Di sisi berbeda, kalangan keraton dan "
           "sebagian masyarakat Yogya mendukung penetapan Sri Sultan HB dan Paku Alam sebagai kepala daerah.")
HEADER = "oleh Liputan6 diperbarui 13 Des 2010, 11:03 WIB"


def test_the_outlet_byline_is_a_header_line():
    assert is_header_line(HEADER)
    assert is_header_line("oleh Liputan6.com diperbarui 13 Des 2010, 11:03 WIB")


def test_it_leaves_the_text():
    assert clean_body([Block(SUMMARY), Block(HEADER), Block("POPULER")]).paragraphs == [SUMMARY]
    assert clean_body([Block(HEADER), Block(SUMMARY)]).paragraphs == [SUMMARY]


def test_a_sentence_naming_the_outlet_stays():
    sentence = "Berita itu dimuat oleh Liputan6 pada 13 Des 2010, 11:03 WIB."
    assert not is_header_line(sentence)
    assert clean_body([Block(SUMMARY), Block(sentence)]).paragraphs == [SUMMARY, sentence]
