"""A photo viewer's button left as a line over the photo's caption (Kompasiana 2025: `Lihat foto` over
`Pinterest.com/Inavoiceindonesia`, under `Laporkan Akun` and the platform's note, over the lead): the button and its
caption leave the text, as Liputan6's `Perbesar` and its caption do. A line after the button that is no caption (no
credit closing it) is the lead, and a line with a slash and no button over it stays."""

from __future__ import annotations

from crawler.parsing import parse_article
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

URL = ("https://www.kompasiana.com/ahmad090104/68296d9ac925c44aa331afa2/"
       "kompasiana-dari-blog-jurnalis-menuju-wadah-ekspresi-publik")
LEAD = ("Di era digital yang semakin berkembang, kebutuhan akan ruang ekspresi publik semakin meningkat. Salah satu "
        "platform yang muncul sebagai jawaban atas kebutuhan tersebut adalah Kompasiana, sebuah blog sosial yang kini "
        "menjadi tempat berbagi opini, gagasan, hingga peristiwa dari berbagai kalangan masyarakat.")
LAST = ("Kompasiana secara resmi diluncurkan pada 22 Oktober 2008 sebagai blog sosial. Awalnya, platform ini hanya "
        "digunakan oleh jurnalis dari harian Kompas dan Kompas Gramedia.")


def page(*lines: str) -> bytes:
    paragraphs = "".join(f"<p>{line}</p>" for line in lines)
    return ("<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'><title>Kompasiana: Dari Blog Jurnalis Menuju "
            "Wadah Ekspresi Publik</title></head><body><article><h1>Kompasiana: Dari Blog Jurnalis Menuju Wadah "
            "Ekspresi Publik</h1><div class='date'>18 Mei 2025 12:18 Diperbarui: 18 Mei 2025 12:18 95</div>"
            f"<div class='read-content'>{paragraphs}</div></article></body></html>").encode()


def test_the_button_and_the_credit_under_it_leave_the_text():
    item = parse_article(page("Laporkan Konten", "Laporkan Akun", "Lihat foto", "Pinterest.com/Inavoiceindonesia",
                              LEAD, LAST), URL)
    assert item["body"] == f"{LEAD}\n\n{LAST}"


def test_a_captioned_photo_under_the_button_leaves_with_its_credit():
    caption = "Pohon pisang ditanam warga di jalan berlubang, Senin (25/11/2019). (KOMPAS.com/LABIB ZAMANI)"
    assert clean_body([Block("Lihat Foto"), Block(caption), Block(LEAD), Block(LAST)]).paragraphs == [LEAD, LAST]


def test_the_lead_under_a_button_with_no_caption_stays():
    assert clean_body([Block("Lihat foto"), Block(LEAD), Block(LAST)]).paragraphs == [LEAD, LAST]


def test_a_line_with_a_slash_and_no_button_over_it_stays():
    line = "Data pengunjung dihimpun dari kompasiana.com/statistik setiap bulan."
    assert clean_body([Block(LEAD), Block(line), Block(LAST)]).paragraphs == [LEAD, line, LAST]
