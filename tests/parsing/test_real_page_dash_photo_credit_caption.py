"""A caption among the paragraphs closed by the photo's label and its source after a spaced dash, no dash after them
(Astro Awani 2015: `Semua pintu masuk ke taman ditutup dan orang ramai yang berada di dalam taman tersebut telah
diarah keluar. - Foto Astro AWANI` under the quote it repeats): no text. A sentence going on in small letters after a
photo's word, or a quote's last words, stays."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

URL = "https://de-awani-web-portal-stg.eco.astro.com.my/berita-malaysia/polis-kepung-enam-lelaki-bersenjata-di-lembah-kiara-61446?amp=1"
LEAD = ("Polis mengepung enam lelaki warga asing yang melarikan diri ke Taman Rekreasi Lembah Kiara, sejurus memecah "
        "masuk dua kediaman di sekitar Taman Tun Dr Ismail, di sini.")
QUOTE = ("\"Semua pintu masuk ke taman ditutup dan orang ramai yang berada di dalam taman tersebut telah diarah "
         "keluar,\" katanya.")
LAST = "Operasi memburu enam lelaki berkenaan sedang giat dijalankan."


def page(line: str) -> bytes:
    paragraphs = "".join(f"<p>{text}</p>" for text in (LEAD, QUOTE, line, LAST))
    return ("<!doctype html><html amp lang='ms'><head><meta charset='utf-8'><title>Polis kepung enam lelaki "
            "bersenjata di Lembah Kiara</title></head><body><article><h1>Polis kepung enam lelaki bersenjata di Lembah "
            "Kiara</h1><div class='read__date'>Jun 3, 2015 17:27 MYT</div>"
            f"<div class='read__content'>{paragraphs}</div></article></body></html>").encode()


@pytest.mark.parametrize("line", [
    "Semua pintu masuk ke taman ditutup dan orang ramai yang berada di dalam taman tersebut telah diarah keluar. - Foto "
    "Astro AWANI",
    "Anggota polis berkawal di pintu masuk Taman Rekreasi Lembah Kiara pagi tadi. – FOTO BERNAMA",
])
def test_a_caption_closed_by_its_photo_credit_is_no_text(line):
    body = parse_article(page(line), URL)["body"]
    assert line not in body and body.endswith(LAST)


@pytest.mark.parametrize("line", [
    "Orang ramai merakam kejadian itu dengan telefon bimbit mereka. - Foto itu kemudian tular di media sosial.",
    "Kami tidak akan membenarkan sesiapa masuk ke kawasan itu sehingga operasi selesai, kata Ketua Polis - Foto Tiada",
])
def test_a_sentence_after_a_photo_s_word_stays(line):
    assert line in parse_article(page(line), URL)["body"]
