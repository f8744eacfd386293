"""An institution's or a community's name in brackets closing the text (a pesantren's page: `... Dr. Hj. Kamila Adnani,
M.Si. (Yayasan Insan Kamil)`; a release's `(Pondok Pesantren Putri Tahfizhil Qur-an)`, `(Kelompok Tani Makmur)`) is
the body it came from, no writer; a writer's full name there stays the writer (small pages in the shapes of the real
ones)."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

from people_pages import URL, page  # beside this file

_LAST = "Kegiatan tersebut berlangsung lancar dan diikuti oleh ratusan warga dari berbagai desa di kecamatan itu."


@pytest.mark.parametrize("last", [
    "Website Resmi Pondok Pesantren Al-Fattah Krapyak, Kartasura, Sukoharjo. Pengasuh: Dr. KH. Moh. Mahbub, M.Si. & "
    "Dr. Hj. Kamila Adnani, M.Si. (Yayasan Insan Kamil)",
    f"{_LAST} (Pondok Pesantren Lirboyo)",
    f"{_LAST} (Masjid Istiqlal)",
    f"{_LAST} (Kelompok Tani Makmur)",
    f"{_LAST} (Koperasi Merah Putih)",
    f"{_LAST} (Komunitas Pecinta Alam)",
    f"{_LAST} (Universitas Gadjah Mada)",
    f"{_LAST} (Ikatan Pelajar Nahdlatul Ulama)",
])
def test_an_institution_in_closing_brackets_names_nobody(last):
    assert parse_article(page(last=f"<p>{last}</p>"), URL)["author"] is None


@pytest.mark.parametrize(("last", "author"), [
    (f"{_LAST} (Maria Anggelina Olo Bere)", "Maria Anggelina Olo Bere"),
    (f"{_LAST} (Fahmi Firdaus )", "Fahmi Firdaus"),
])
def test_a_writer_in_closing_brackets_stays_the_writer(last, author):
    assert parse_article(page(last=f"<p>{last}</p>"), URL)["author"] == author
