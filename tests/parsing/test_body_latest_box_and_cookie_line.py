"""Lines under an English or Indonesian page's text: its boxes' headings (Syria Times's `You might also like` over
`Latest news`, MINA's `Other Related News`) and a cookie banner's line (Rembangnews's `This website uses cookies.`
under the teasers of other stories), after which the closing code of the last paragraph is read. Sentences that open
with the same words stay."""

from __future__ import annotations

from crawler.parsing.furniture import is_noise
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["Dozens of settlers stormed into Al Aqsa Mosque today, under close guard from the Israeli occupation forces.",
        "The occupation authorities turned Alquds into a military barrack and imposed strict restrictions on the entry "
        "of the Palestinians to the mosque."]
LAST = ("“Jika membutuhkan bantuan petugas kepolisian ataupun ada mengetahui tindak pidana, bisa menghubungi call "
        "center 110, Polri siap hadir melayani masyarakat,” ujar Kapolsek Bulu.")


def test_the_boxes_headings_close_the_text():
    for heading in ("You might also like", "Latest news", "Other Related News"):
        assert clean_body([*(Block(line) for line in TEXT), Block(heading),
                           Block("Turkey Warns Against Israeli Actions in Syria")]).paragraphs == TEXT


def test_the_cookie_line_leaves_and_the_closing_code_is_read():
    assert is_noise("This website uses cookies.")
    assert is_noise("Situs ini menggunakan cookie")
    result = clean_body([Block("Menjelang pemilihan kepala daerah (Pilkada) 2024, masyarakat diimbau untuk tidak "
                               "terprovokasi berita hoaks."), Block(f"{LAST} (*)"),
                         Block("Rembang, Rembangnews.com – Warga Kabupaten Rembang antusias mengikuti Cek Kesehatan "
                               "Gratis di Rembang Expo 2025.…"),
                         Block("This website uses cookies.")])
    assert result.paragraphs[-1] == LAST


def test_sentences_opening_with_those_words_stay():
    for line in ("Latest news from the front shows the army advancing on the town.",
                 "This website uses cookies to track its readers, the report said."):
        assert not is_noise(line), line
        assert clean_body([*(Block(text) for text in TEXT), Block(line)]).paragraphs[-1] == line
