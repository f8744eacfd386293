"""A byline box naming the writer, a slash and the outlet's initials or domain (KBR's `<name> / KBR`): the writer is the
name before the slash; a co-writer's name in words after a slash stays (no outlet)."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

URL = "https://kbr.id/kabar_bisnis/05-2014/kbr-15-tahun:-terima-kasih-karena-membuat-kami-ada/67600.html"
LEAD = ("KBR, Jakarta – Tahun ini KBR68H sudah menginjak usia yang ke-15. Dan hari Sabtu (3/5) akan digelar perayaan "
        "sederhana perjalanan KBR68H selama ini sekaligus peluncuran logo baru seperti yang Anda bisa lihat di gambar atas.")
MORE = ("Kalau Anda cermati, kami pun mengubah cara penulisan nama kantor ini dari KBR68H, menjadi KBR. Perubahan nama ini "
        "dimaksudkan sebagai penyederhanaan, dengan harapan akan lebih bisa diingat oleh pendengar, pembaca dan penikmat KBR.")


def page(credit: str) -> bytes:
    return ("<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'><title>KBR 15 Tahun: Terima Kasih Karena Membuat "
            "Kami Ada - KBR</title></head><body><div class='main-content'><div class='rubrik'>DARI POJOK MENTENG</div>"
            "<h1 class='title'>KBR 15 Tahun: Terima Kasih Karena Membuat Kami Ada</h1>"
            "<div class='standfirst'>\"Refleksi 15 tahun perjalanan KBR.\"</div>"
            f"<div class='author'>{credit}</div><div class='tags'>KBR, KBR68H</div>"
            f"<div class='artikel'><p>{LEAD}</p><p>{MORE}</p></div></div></body></html>").encode()


@pytest.mark.parametrize("credit, writer", [
    ("Citra Dyah Prastuti / KBR", "Citra Dyah Prastuti"),
    ("CITRA DYAH PRASTUTI / KBR", "CITRA DYAH PRASTUTI"),
    ("Citra Dyah Prastuti/KBR", "Citra Dyah Prastuti"),
    ("Citra Dyah Prastuti / kbr.id", "Citra Dyah Prastuti"),
])
def test_the_outlet_after_the_slash_is_no_part_of_the_name(credit, writer):
    item = parse_article(page(credit), URL)
    assert item["author"] == writer
    assert item["dateline"]["place"] == "Jakarta"


@pytest.mark.parametrize("credit", ["Citra Dyah Prastuti", "Budi / Andi Saputra"])
def test_near_misses_stay(credit):
    assert parse_article(page(credit), URL)["author"] == credit
