"""The lines that close a text where a writer's name may stand alone (a name in capitals: `ANTON SEPTIAN`; in
brackets: `(Fahmi Firdaus )`; before the outlet: `Agus Siswanto - 20DETIK`), and what closes texts there that is no
writer: a rubric's or a greeting's words (`JUMAT BERKAH`, `TERIMA KASIH`, `(Cek Fakta)`, `(Siaran Pers)`), a place
(`KOTA BOGOR`), an office (`DINAS KESEHATAN`), a rubric before the outlet (`Cek Fakta - kompas.com`)."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.credits import closing_byline, closing_name

from people_pages import URL, page  # beside this file

LAST = "Kebijakan itu akan dievaluasi setiap bulan oleh dinas terkait, kata pejabat itu."


@pytest.mark.parametrize("line", [
    "LAPORAN KHUSUS", "CEK FAKTA", "JUMAT BERKAH", "SELAMAT HARI RAYA", "DIRGAHAYU RI", "SEMOGA BERMANFAAT",
    "TERIMA KASIH", "HARGA EMAS", "SEPAK BOLA", "KABAR DUKA", "INFO HAJI", "TAJUK RENCANA", "BURSA TRANSFER",
    "IDUL ADHA", "WARTA DESA", "DINAS KESEHATAN", "HUMAS POLRES", "KOTA BOGOR", "JAWA BARAT",
    "(Laporan Khusus)", "(Jumat Berkah)", "(Harga Emas)", "(Sepak Bola)", "(Idul Adha)", "(Dinas Kesehatan)",
    "(Cek Fakta)", "(Tajuk Rencana)", "(Bursa Transfer)", "(Rilis Pers)", "(Siaran Pers)", "(Kilas Daerah)",
    "(Selamat Pagi)", "(Liputan Khusus)", "(Baca Juga)", "(Opini Publik)",
    "Cek Fakta - kompas.com", "Harga Emas - detikFinance", "Sepak Bola - Tribunnews.com",
])
def test_a_heading_closing_the_text_names_nobody(line):
    assert parse_article(page(last=f"<p>{LAST}</p><p>{line}</p>"), URL)["author"] is None


@pytest.mark.parametrize("closing", ["(Jumat Berkah)", "(Siaran Pers)", "(Cek Fakta)"])
def test_a_heading_in_brackets_after_the_last_sentence_names_nobody(closing):
    assert parse_article(page(last=f"<p>{LAST} {closing}</p>"), URL)["author"] is None


@pytest.mark.parametrize(("line", "writer"), [
    ("ANTON SEPTIAN", "ANTON SEPTIAN"),
    ("ZULKIFLI HARAHAP", "ZULKIFLI HARAHAP"),
    ("(Fahmi Firdaus )", "Fahmi Firdaus"),
    ("(Maria Anggelina Olo Bere)", "Maria Anggelina Olo Bere"),
    ("Agus Siswanto - 20DETIK", "Agus Siswanto"),  # a month's short name opens it
    ("Rosmha Widiyani - detikTravel", "Rosmha Widiyani"),
])
def test_a_writer_closing_the_text_stays(line, writer):
    assert parse_article(page(last=f"<p>{LAST}</p><p>{line}</p>"), URL)["author"] == writer


def test_the_readers_refuse_headings():
    assert closing_name("JUMAT BERKAH") is None and closing_name("ANTON SEPTIAN") == "ANTON SEPTIAN"
    assert closing_byline("Cek Fakta - kompas.com") is None
    assert closing_byline("Budi Santoso - Tribunnews.com") == "Budi Santoso"
