"""A wire's credit for a picture it passed on, the photographer's name and the pool's or the paper's before `via` and
the wire: closing a caption between the paragraphs (CNN Indonesia's `Satu Pria Jadi Pemanis Foto Belasan Ibu Negara
Anggota G20Foto bersama di di Kuil Tofuku-ji, Tokyo, Jepang. (Xiaoyi/Pool via REUTERS)`) or alone on its line over the
text (JPNN's `Paul Hansen /Dagens Nyheter via Reuters`): the photo's, not text. A paragraph's source passed on by
another outlet names no wire of the agencies' table, or no pool in capitals: it stays."""

from __future__ import annotations

from crawler.parsing.furniture import is_caption
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["Terlihat menggunakan setelan kemeja biru muda dan jas hitam, ia berdiri paling kanan dalam foto sambil "
        "tersenyum ke arah pasangan kepala negara yang lain.",
        "Hadirnya satu \"bapak negara\" di tengah kumpulan ibu negara tentu saja menjadi pemandangan menarik, karena "
        "artinya kaum perempuan ternyata memiliki kesempatan memimpin sebuah pemerintahan."]
CAPTION = ("Satu Pria Jadi Pemanis Foto Belasan Ibu Negara Anggota G20Foto bersama di di Kuil Tofuku-ji, Tokyo, Jepang. "
           "(Xiaoyi/Pool via REUTERS)")


def test_the_caption_between_paragraphs_goes():
    assert clean_body([Block(TEXT[0]), Block(CAPTION), Block(TEXT[1])]).paragraphs == TEXT


def test_passed_on_credits_are_captions():
    assert is_caption("Foto bersama para pasangan kepala negara anggota G20. (Du Xiaoyi/Pool via REUTERS)")
    assert is_caption("Paul Hansen /Dagens Nyheter via Reuters")


def test_sources_passed_on_in_paragraphs_stay():
    for text in ("Data itu dikirim ke redaksi kemarin. (Data/BPS via Katadata)",
                 "Warga membagikan foto itu. (Sumber/Instagram via Twitter)",
                 "Budi Santoso / Kompas via Line"):
        assert not is_caption(text), text
