"""The page's keywords printed as its last paragraph, parted by commas (a police network's copies: `Polda Jateng,
Kapolda Jateng, Irjen Pol Ahmad Luthfi, Wakapolda Jateng, ..., Jawa Tengah, Jateng, #StopKnalpotBrong` under `Sumber :
www.rmoljawatengah.id`): no text, and the source line over it goes as it does when last; a list inside a sentence, a
line-up of names sharing no word and a list that is not the last block stay."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

URL = "https://saibumi.id/amankan-candisari-polrestabes-semarang-kembali-tangkap-kreak-kreak"
LEAD = ("SEMARANG – Patroli mencegah aksi tawuran dan gangster di Kota Semarang sedang gencar dilakukan Polrestabes "
        "Semarang setelah kejadian tewasnya seorang mahasiswa akibat ulah gangster alias kreak-kreak ini.")
MORE = ("Kali ini, enam pelaku gangster sering meresahkan masyarakat itu berhasil diamankan Unit Resmob Polrestabes "
        "Semarang di Candisari.")
LAST = "Barang bukti senjata tajam beberapa buah clurit juga turut disita dari tangan para pelaku pengeroyokan ini."
KEYWORDS = ("Polrestabes Semarang, Kapolrestabes Semarang, Kombes Irwan Anwar, Kota Semarang, Pemkot Semarang, Polda "
            "Jateng, Kapolda Jateng, Irjen Pol Ribut Hari Wibowo, Wakapolda Jateng, Brigjen Pol Agus Suryonugroho, "
            "Kabidhumas Polda Jateng, Kombes Pol Artanto, Jawa Tengah, Jateng")
HASHTAGGED = ("Polda Jateng, Kapolda Jateng, Irjen Pol Ahmad Luthfi, Wakapolda Jateng, Brigjen Pol Agus Suryonugroho, "
              "Kabidhumas Polda Jateng, Kombes Pol Satake Bayu, Jawa Tengah, Jateng, AKBP Sigit, AKBP Suryadi, "
              "#KerenTanpaKnalpotBrong, #JatengBebasKnalpotBrong, #StopKnalpotBrong")


def page(*tail: str) -> bytes:
    paragraphs = "".join(f"<p>{line}</p>" for line in (LEAD, MORE, LAST, *tail))
    return ("<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'><title>Polrestabes Semarang Kembali Tangkap "
            "Kreak-kreak</title><meta property='article:published_time' content='2024-09-20T10:00:00+07:00'></head>"
            "<body><article><h1>Polrestabes Semarang Kembali Tangkap Kreak-kreak</h1>"
            f"<div class='entry-content'>{paragraphs}</div></article></body></html>").encode()


@pytest.mark.parametrize("tail", [
    ("Sumber : www.rmoljawatengah.id", KEYWORDS),
    (KEYWORDS,),
    (HASHTAGGED,),
])
def test_the_keywords_paragraph_is_no_text(tail):
    body = parse_article(page(*tail), URL)["body"]
    assert body.endswith(LAST)
    assert "Jateng" not in body and "Sumber" not in body


@pytest.mark.parametrize("line", [
    # a list inside a sentence
    "Hadir dalam acara itu Bupati, Wakil Bupati, Sekda, Kapolres, Dandim, Kajari, Ketua DPRD, dan Camat Semarang.",
    # a line-up, its names sharing no word
    "Teja Paku Alam, Henhen Herdiana, Nick Kuipers, Alberto Rodriguez, Kakang Rudianto, Marc Klok, Dedi Kusnandar, "
    "Beckham Putra, Ciro Alves, David da Silva, Ezra Walian",
])
def test_other_lists_closing_the_text_stay(line):
    assert parse_article(page(line), URL)["body"].endswith(line)


def test_a_keyword_like_list_before_more_text_stays():
    after = "Polisi masih memburu pelaku lain yang melarikan diri ke luar kota."
    assert KEYWORDS in parse_article(page(KEYWORDS, after), URL)["body"]
