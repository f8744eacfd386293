"""A blog's publishing account in its header byline names no writer (a Blogger theme's `Written By <account> on
<date>`)."""
import pytest

from crawler.parsing.article import extract_article

LEAD = ("Menempati ruang kelas SDN 1 Ngancar Kecamatan Pitu Kabupaten Ngawi, panitia pengisian perangkat desa yang "
        "diketuai Suparwan menggelar ujian tulis secara manual pada Selasa.")
REST = ("Hasil yang dilaporkan oleh tim penguji akan segera dilaporkan kepada pemerintah desa, kata ketua panitia "
        "kepada wartawan di lokasi ujian tersebut.")


def _author(byline: str) -> str | None:
    html = (f"<html><head><title>Desa Ngancar Buka Ujian Secara Manual</title></head><body><h1>Desa Ngancar Buka "
            f"Ujian Secara Manual</h1><div>{byline}</div><div class='post-body'><p>{LEAD}</p><p>{REST}</p></div>"
            f"</body></html>")
    return extract_article(html, "https://www.oposisinews.co.id/2021/12/desa-ngancar-buka-ujian.html").item["author"]


@pytest.mark.parametrize("account", ["BBG Publizer", "Admin Publisher"])
def test_a_publishing_account_names_nobody(account):
    assert _author(f"Written By {account} on Rabu, 01 Desember 2021 | 13.31") is None


def test_a_person_in_the_same_byline_is_the_author():
    assert _author("Written By Budi Santoso on Rabu, 01 Desember 2021 | 13.31") == "Budi Santoso"
