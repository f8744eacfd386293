"""A blog platform's header over its disclaimer (Kompasiana: `Yon Bayu` over `Yon Bayu Mohon Tunggu... Penulis -
<bio>`, the bio, `Tutup`, the rubric and the date, then `Kompasiana adalah platform blog. ...`): short lines with no
sentence among them, or the name printed again opening the next line whatever the bio says, they are the writer's
box and go with the disclaimer, the name naming the writer; the disclaimer under a post's own sentences leaves them."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

DISCLAIMER = ("Kompasiana adalah platform blog. Konten ini menjadi tanggung jawab bloger dan tidak mewakili pandangan "
              "redaksi Kompas.")
POST = ["Yakin sudah bisa menulis dengan baik? Punya kemampuan di bidang tertentu, strata pendidikan tertentu, dan siap "
        "bersaing dengan para penulis hebat? Jika iya, berarti saatnya Anda menjadi kolumnis di Kompas.com!"]


def _clean(lines: list[str]):
    return clean_body([Block(line) for line in lines])


def test_a_blog_platforms_header_over_its_disclaimer_goes():
    header = ["Yon Bayu", "Yon Bayu Mohon Tunggu... Penulis - memaknai peristiwa dari sudut pandang berbeda | menolak "
              "kampanye kebencian atas nama agama", "memaknai peristiwa dari sudut pandang berbeda | menolak kampanye "
              "kebencian atas nama agama", "Tutup", "Inovasi Pilihan", "18 Mei 2022   11:42 Diperbarui: 18 Mei 2022   "
              "11:52 1287", "+"]
    body = _clean([*header, DISCLAIMER, *POST])
    assert body.paragraphs == POST
    assert body.credits.author == "Yon Bayu"


def test_the_disclaimer_under_short_sentences_leaves_them():
    lines = ["Harga cabai naik di pasar.", "Pedagang mengeluh soal pasokan."]
    assert _clean([*lines, DISCLAIMER]).paragraphs == lines


def test_the_writers_name_printed_again_makes_the_box_whatever_its_bio_says():
    header = ["I Ketut Suweca", "I Ketut Suweca Mohon Tunggu... Dosen - Dosen - Pencinta Dunia Literasi",
              "Kecintaannya pada dunia literasi membawanya suntuk berkiprah di bidang penulisan artikel dan buku. "
              "Baginya, hidup yang berguna adalah hidup dengan berbagi kebaikan, antara lain, melalui karya tulis.",
              "Tutup", "Hobby Pilihan", "5 Januari 2023   14:45 Diperbarui: 24 Januari 2023   18:41 911"]
    body = _clean([*header, DISCLAIMER, *POST])
    assert body.paragraphs == POST
    assert body.credits.author == "I Ketut Suweca"
