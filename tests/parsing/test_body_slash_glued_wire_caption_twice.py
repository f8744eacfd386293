"""A wire picture's caption printed twice, the second print closed by its credit after a slash glued to the wire's
name, a slash closing the credit or the wire it carried after it (Pikiran Rakyat's network: `<caption>` over `<caption>
/REUTERS/Athit Perawongmetha/`, `<caption> /ANTARA FOTO/REUTERS/Stringer/foc/cfo/aa.`): both prints are the photo's.
A paragraph naming two bodies with a slash (`... TNI/Polri siap.`) stays."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

SUU_KYI = ("Aung San Suu Kyi terlihat lemah dan kurang sehat saat menghadiri sidang pertama yang juga membahas tuduhan "
           "junta militer.")
WATER_CANNON = ("Polisi menyemprotkan kanon air ke arah pengunjuk rasa yang berdemonstrasi atas kup dan menuntut "
                "dibebaskannya pemimpin terpilih Aung San Suu Kyi, Naypyitaw, Myanmar, Senin 8 Februari 2021.")
TEXT = ["Suku yang rusuh itu sama dengan kelompok yang menculik 47 orang bulan lalu.",
        "Kerusuhan tersebut dilaporkan telah menewaskan 25 pekerja bangunan."]


def _clean(lines):
    return clean_body([Block(line) for line in lines]).paragraphs


def test_both_prints_go():
    assert _clean([SUU_KYI, f"{SUU_KYI} /REUTERS/Athit Perawongmetha/", *TEXT]) == TEXT
    assert _clean([WATER_CANNON, f"{WATER_CANNON} /ANTARA FOTO/REUTERS/Stringer/foc/cfo/aa.", *TEXT]) == TEXT


def test_the_credited_print_alone_goes():
    assert _clean([TEXT[0], f"{SUU_KYI} /REUTERS/Athit Perawongmetha/", TEXT[1]]) == TEXT


def test_a_paragraph_with_a_slash_stays():
    line = "Pengamanan dilakukan bersama. TNI/Polri siap menjaga jalannya sidang hingga selesai."
    assert _clean([TEXT[0], line, TEXT[1]]) == [TEXT[0], line, TEXT[1]]
