"""A caption's source may be a social account after the platform written as its address, in brackets after the
caption's sentence (Liputan6's 2016 round-up: `Banjir di depan Istana Kepresidenan, Jakarta. (twitter.com/@Nur_al_ihsan)`),
as after the platform's name (`(Instagram/@jayidzes)`): the line goes as a caption. A colon pointing a paragraph's reader
to its writer (`(Twitter: @Sg_grc)`) and an address without an account stay."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.furniture import is_caption

URL = "http://news.liputan6.com/read/2446674/top-3-krishna-murti-dapat-bukti-baru-kasus-mirna-dari-australia"
TITLE = "Top 3: Krishna Murti Dapat Bukti Baru Kasus Mirna dari Australia"
PARAGRAPHS = (
    "Liputan6.com, Jakarta - Direktur Reskrimum Polda Metro Jaya Kombes Krishna Murti ke Australia untuk melengkapi "
    "bukti baru kasus kematian Wayan Mirna Salihin, terutama terkait penetapan tersangka terhadap Jessica Kumala Wongso.",
    "2. Ahok dan Sabotase Banjir Istana",
    "Banjir di depan Istana Kepresidenan, Jakarta. (twitter.com/@Nur_al_ihsan)",
    "Kejadian setahun lalu kembali terulang. Kawasan Istana Merdeka di Jalan Medan Merdeka Utara terendam banjir. "
    "Kejadian ini lagi-lagi membuat Gubernur DKI Jakarta Basuki Tjahaja Purnama atau Ahok naik pitam.",
)


def test_the_account_credited_caption_leaves_the_text():
    body_html = "".join(f"<p>{line}</p>" for line in PARAGRAPHS)
    html = (f"<html><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>"
            f"<div class='article-content-body'>{body_html}</div></article></body></html>")
    body = parse_article(html, URL)["body"]
    assert "@Nur_al_ihsan" not in body and "Banjir di depan Istana" not in body
    assert body.endswith("atau Ahok naik pitam.")


@pytest.mark.parametrize("line", ["Banjir di depan Istana Kepresidenan, Jakarta. (twitter.com/@Nur_al_ihsan)",
                                  "Suasana konser di GBK, Jakarta. (instagram.com/@raisa6690)",
                                  "Pemain AC Milan. (Instagram/@jayidzes)"])
def test_a_platform_s_account_closes_a_caption(line):
    assert is_caption(line)


@pytest.mark.parametrize("line", ["Dia menulis di akun Twitternya. (Twitter: @Sg_grc)",
                                  "Banjir di depan Istana Kepresidenan, Jakarta. (twitter.com)"])
def test_a_pointer_to_the_writer_or_an_address_alone_stays(line):
    assert not is_caption(line)
