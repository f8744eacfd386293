"""A site's own sign-off under its story: its one-word name, a place's or brand's name run into an outlet's English
word, after a dash closing the last sentence (Malaysia Post 2023: `... penamaan calon bagi PRN di enam negeri. –
Malaysiapost`), or its initials in capitals between dashes on a line of their own (a Malaysian site's `-TTKM-` under
the last quote). Neither is text; a writer's name after a dash, or a sentence's aside between dashes, stays."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

URL = "https://malaysiapost.com.my/2023/07/29/polis-sahkan-terima-laporan-ibu-pejabat-pas-dibaling-batu/"
LEAD = ("POLIS mengesahkan menerima laporan Ibu Pejabat PAS Pusat di Jalan Raja Laut di ibu negara dibaling batu oleh "
        "seorang lelaki tidak dikenali mengakibatkan dinding kacanya pecah.")
LAST = ("Pagi tadi, PAS membuat laporan polis selepas dinding kaca di Ibu Pejabat PAS Pusat dibaling batu oleh seorang "
        "lelaki, beberapa jam sebelum proses penamaan calon bagi PRN di enam negeri.")


def page(*lines: str) -> bytes:
    paragraphs = "".join(f"<p>{line}</p>" for line in (LEAD, *lines))
    return ("<!DOCTYPE html><html lang='ms'><head><meta charset='UTF-8'><title>Polis sahkan terima laporan</title>"
            "<meta property='article:published_time' content='2023-07-29T16:20:00+08:00'></head><body><article>"
            "<h1 class='entry-title'>Polis sahkan terima laporan</h1>"
            f"<div class='entry-content'>{paragraphs}</div></article></body></html>").encode()


@pytest.mark.parametrize("lines", [
    (f"{LAST} – Malaysiapost",),
    (f"{LAST} - Kabarnews",),
    (LAST, "-TTKM-"),
    (LAST, "– TTKM –"),
])
def test_the_site_s_sign_off_is_no_text(lines):
    assert parse_article(page(*lines), URL)["body"].endswith("bagi PRN di enam negeri.")


@pytest.mark.parametrize("lines, end", [
    (f"{LAST} – Razarudin", "– Razarudin"),
    (f"{LAST} – Malaysia", "– Malaysia"),
    ("Katanya, PAS akan menyerahkan rakaman itu -TTKM- kepada pihak polis untuk siasatan lanjut pada petang ini.",
     "untuk siasatan lanjut pada petang ini."),
])
def test_a_name_or_an_aside_after_a_dash_stays(lines, end):
    assert parse_article(page(lines), URL)["body"].endswith(end)
