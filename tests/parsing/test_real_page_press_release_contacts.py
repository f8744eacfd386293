"""A press release's contacts after its text: the label and an address, then links alone on their lines (a release
ANTARA carried from PR Newswire, 2016: `KONTAK: info@merhametveadalet.com` over `http://en.merhametveadalet.com/`,
`http://www.facebook.com/cekmekoyshortfilm`, `www.twitter.com/AdaletMerhamet`, then `Sumber: Pemerintah Kota
Cekmekoy`). The release ended before them. The markup is the page's (anpandu/indonesian-news-scraper's test page
`antara-singlepage3.html`), cut to a few paragraphs."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

URL = "http://www.antaranews.com/berita/546640/bantu-pulihkan-perdamaian-dunia-turki-selenggarakan-kontes-film-pendek-internasional"
SPAN = '<span style="font-size:12.0pt;line-height:115%">'
OPENING = [
    "ISTANBUL, 23 Februari 2016 (Antara/PRNewswire) -- ",
    "Pemerintah kota Cekmekoy, Istanbul, Turki,\nmeresmikan kontes film pendek internasional bertema rasa belas kasihan "
    "dan\nkeadilan. Kontes film ini terbuka bagi para kontestan profesional dan amatir, dan batas\nwaktu pendaftaran "
    "adalah tanggal 8 April 2016.",
    "Mengingat kontes ini melibatkan seluruh spektrum\nperdamaian, demoktrasi, nasionalisme, spirtual, dan kemanusiaan, "
    "Presiden\nTurki, Recep Tayyip Erdogan memberikan dukungan dibawah sponsorship dari\nKepresidenan Turki.",
]
LAST = ("Kontes ini akan memilih 20 film terbaik. Juara\npertama akan mendapatkan uang senilai 30.000 lira; runner-up "
        "memperoleh 20.000\nlira; dan pemenang ketiga mendapatkan 15.000 lira.")
CONTACTS = [
    'KONTAK: <a href="mailto:info@merhametveadalet.com">info@merhametveadalet.com</a>',
    '<a href="http://en.merhametveadalet.com/">http://en.merhametveadalet.com/</a>',
    '<a href="http://www.facebook.com/cekmekoyshortfilm">http://www.facebook.com/cekmekoyshortfilm</a>',
    '<a href="http://www.twitter.com/AdaletMerhamet">www.twitter.com/AdaletMerhamet</a>',
    "&nbsp;",
    "Sumber: Pemerintah Kota Cekmekoy",
]


def _body(paragraphs: list[str]) -> str:
    text = "".join(f'<p class="MsoNormal">{SPAN}{paragraph}</span></p>\n' for paragraph in paragraphs)
    html = (f"<html><head><title>Bantu pulihkan perdamaian dunia - ANTARA News</title></head><body>"
            f"<div class='bjbrt'><h1 class='title'><strong>Bantu pulihkan perdamaian dunia</strong></h1>"
            f"<div id='content_news' itemprop='articleBody'>{text}</div></div></body></html>")
    return parse_article(html.encode(), URL)["body"]


def test_the_contacts_leave_the_release():
    body = _body([*OPENING, LAST, *CONTACTS])
    assert body.endswith(LAST.replace("\n", " "))
    assert "KONTAK" not in body and "merhametveadalet" not in body and "AdaletMerhamet" not in body


def test_a_label_and_its_address_alone_close_it_too():
    assert _body([*OPENING, LAST, "Media Contact: press@cekmekoy.bel.tr"]).endswith(LAST.replace("\n", " "))


@pytest.mark.parametrize("ending", [
    # A sentence giving a number or a site is the release's own text.
    "Informasi lebih lanjut dapat diperoleh melalui situs resmi kontes di http://en.merhametveadalet.com/.",
    # A label over a name, no address: not read as contacts.
    "Kontak: Panitia Kontes Film Cekmekoy",
])
def test_the_releases_own_last_lines_stay(ending):
    assert _body([*OPENING, LAST, ending]).endswith(ending)
