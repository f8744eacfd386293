"""A blog copy's pointer to the rest of the story at its source, on its own line under the text: `Baca Kelanjutan`,
the source's headline, a colon and the address, a share button's label run into it (`Baca Kelanjutan Kemlu Bungkam
Soal Pesan Marah Menlu RI ke Australia : https://ift.tt/2CpNPY3Bagikan Berita Ini`). It is no text, and the writers'
closing code over it still signs the story off. The words with no colon and address after them are a sentence."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = [
    "Stasiun televisi 7News Sydney melaporkan bahwa pesan Whatsapp Retno yang dikirim pada Senin (15/10) malam tersebut"
    " telah beredar di kalangan anggota kabinet Perdana Menteri Scott Morrison.",
    "Sebelumnya, Morrison mengumumkan pemindahan kedutaan itu pada Selasa (16/10) pagi, ketika Indonesia tengah menjamu"
    " kedatangan Menlu Palestina Riad Al Malki. (rds/eks)",
]
POINTER = ("Baca Kelanjutan Kemlu Bungkam Soal Pesan Marah Menlu RI ke Australia : https://ift.tt/2CpNPY3Bagikan"
           " Berita Ini")


def test_the_pointer_leaves_the_text_and_the_code_signs_off():
    body = clean_body([Block(line) for line in (*TEXT, POINTER, "Post a Comment")])
    assert body.paragraphs == [TEXT[0], TEXT[1].removesuffix(" (rds/eks)")]
    assert body.signature is not None and body.signature["raw"] == "(rds/eks)"


def test_the_pointer_alone_or_without_its_share_label_is_no_text():
    for line in (POINTER, "Baca Kelanjutan Kemlu Bungkam Soal Pesan Marah Menlu RI ke Australia : https://ift.tt/2CpNPY3"):
        assert clean_body([Block(TEXT[0]), Block(line)]).paragraphs == [TEXT[0]], line


def test_sentences_with_the_words_stay():
    for line in ("Baca kelanjutan kisahnya pada edisi pekan depan, ketika tim kami kembali ke desa itu.",
                 "Baca lanjutan aturan itu di situs resmi kementerian, https://jdih.kemenkeu.go.id, kata dia."):
        assert clean_body([Block(TEXT[0]), Block(line)]).paragraphs == [TEXT[0], line], line
