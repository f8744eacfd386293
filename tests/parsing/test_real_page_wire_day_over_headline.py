"""A wire's name and the story's day in a paragraph right above the headline, no clock: `<p><strong>BERNAMA, 13
Januari, 2011 </strong></p>` over `<h1>RELA Sasar 2.6 Juta Anggota Menjelang AkhirTahun Ini</h1>` (a Malaysian
ministry's media page of reposted Bernama stories, 2011; in English `BERNAMA, Jan 12 2011`). The day is the story's,
read when the page declares no time; the agency is no writer. The markup is the page's, cut to a few paragraphs."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

SIDEBAR = ("<div id='sidebar-media'><h2 id='news1'>NEWS</h2><ul><li><a href='#'>overview</a></li><hr />"
           "<li><a href='#'>reducing crime</a></li></ul><h2 class='unselected' id='videos'>VIDEOS</h2></div>")
RELA = [
    "MELAKA, 13 Jan (Bernama) -- Ikatan Relawan Rakyat (RELA)\nmensasarkan untuk menambah bilangan anggotanya kepada "
    "2.6 juta orang\nmenjelang akhir tahun ini. Ketua Pengarahnya Datuk Zaidon Asmuni berkata\nsetakat ini, RELA "
    "mempunyai 2.5 juta anggota di seluruh negara.",
    "Beliau berkata pengambilan anggota baru akan dibuat dengan lebih\nketat supaya mereka yang mempunyai rekod jenayah "
    "dan pendatang tanpa\nizin tidak menjadi anggota agensi itu.",
    "RELA yang ditubuhkan pada 1972 menyambut ulang tahun ke-39 Selasa\nlepas.",
]
RECOVERY = [
    "OSK-DMG Group Economics said recovery continues to be uneven\nacross Malaysia in 2011, with the gross domestic "
    "product (GDP) expected\nto slow down to 5.8 per cent as exports growth moderate.",
    "Bank Negara is also likely to wait for firmer signs of recovery\nin exports and external-related sectors before "
    "resuming rate hikes.",
    "OSK DMG also said that a slightly weaker ringgit could benefit\nMalaysian exports.",
]


def _page(over_headline: str, headline: str, paragraphs: list[str], head: str = "") -> bytes:
    text = "".join(f"<p>{paragraph}</p>\n" for paragraph in paragraphs)
    return (f"<html><head>{head}</head><body>{SIDEBAR}<div class='media_content_section'>{over_headline}"
            f"<h1>{headline}</h1>\n{text}<p>-- BERNAMA</p>\n</div></body></html>").encode()


@pytest.mark.parametrize("over_headline, headline, paragraphs, day", [
    ("<p><strong>BERNAMA, 13\nJanuari, 2011 </strong></p>\n<p></p>",
     "RELA Sasar 2.6 Juta Anggota Menjelang AkhirTahun Ini", RELA, "2011-01-13T00:00:00+07:00"),
    ("<p><strong>BERNAMA, Jan\n12 2011 </strong></p>", "Recovery Across Malaysia Continues To Be Uneven In 2011",
     RECOVERY, "2011-01-12T00:00:00+07:00"),
])
def test_the_wire_and_day_over_the_headline_date_the_story(over_headline, headline, paragraphs, day):
    item = parse_article(_page(over_headline, headline, paragraphs), "https://www.example.gov.my/media_news.php")
    assert item["published_at"] == day
    assert item["author"] is None
    assert item["title"] == headline
    assert item["body"].startswith(paragraphs[0].split("-- ")[-1].replace("\n", " ")[:40])
    assert "BERNAMA," not in item["body"] and not item["body"].endswith("BERNAMA")


def test_a_declared_time_still_wins():
    head = "<meta property='article:published_time' content='2011-01-13T15:20:00+08:00'>"
    item = parse_article(_page("<p><strong>BERNAMA, 13\nJanuari, 2011 </strong></p>",
                               "RELA Sasar 2.6 Juta Anggota Menjelang AkhirTahun Ini", RELA, head),
                         "https://www.example.gov.my/media_news.php")
    assert item["published_at"] == "2011-01-13T14:20:00+07:00"


@pytest.mark.parametrize("over_headline", [
    # No wire's name: a site's own label and a date over the headline (a ticker's, a top bar's day) is not read.
    "<p><strong>Kenyataan Media, 13 Januari, 2011</strong></p>",
    # A clock with no zone over the headline: another story's time in a ticker.
    "<p><strong>BERNAMA, 13 Januari 2011 10:30</strong></p>",
])
def test_other_lines_over_the_headline_give_no_day(over_headline):
    item = parse_article(_page(over_headline, "RELA Sasar 2.6 Juta Anggota Menjelang AkhirTahun Ini", RELA),
                         "https://www.example.gov.my/media_news.php")
    assert item["published_at"] is None
