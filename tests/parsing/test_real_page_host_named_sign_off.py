"""The site's own name, as its host gives it, signing off after a dash closing the last sentence (Majoriti 2023: `...
diminta tampil ke balai berhampiran untuk membuat laporan. — Majoriti` on majoriti.com.my): no text. The same word on
another host, or a writer's or a place's name there, stays."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

URL = ("https://majoriti.com.my/berita/2023/10/02/video-dakwa-ditengking-polis-bantuan-jurufoto-sambilan-naik-angin-"
       "sebelum-dikepung-depan-klcc")
LEAD = ("SEORANG lelaki bertindak di luar kawalan apabila mengasari beberapa anggota polis bantuan di sebuah kawasan "
        "berdekatan Menara Berkembar Petronas (KLCC), Kuala Lumpur pada Ahad.")
LAST = ("Belum ada sebarang kenyataan polis berkaitan isu itu setakat ini dan orang ramai yang mempunyai maklumat "
        "diminta tampil ke balai berhampiran untuk membuat laporan.")


def page(last: str) -> bytes:
    return ("<!DOCTYPE html><html lang='ms'><head><meta charset='UTF-8'><title>Jurufoto sambilan naik angin</title>"
            "<meta property='article:published_time' content='2023-10-02T11:30:00+08:00'></head><body><article>"
            "<h1 class='entry-title'>Jurufoto sambilan naik angin</h1>"
            f"<div class='entry-content'><p>{LEAD}</p><p>{last}</p></div></article></body></html>").encode()


@pytest.mark.parametrize("url", [URL, "https://www.majoriti.com.my/berita/x"])
@pytest.mark.parametrize("sign_off", [" — Majoriti", " - Majoriti", " – MAJORITI"])
def test_the_site_signing_off_is_no_text(url, sign_off):
    assert parse_article(page(LAST + sign_off), url)["body"].endswith("untuk membuat laporan.")


@pytest.mark.parametrize("last, url", [
    (f"{LAST} — Majoriti", "https://www.kosmo.com.my/berita/x"),
    (f"{LAST} — Razali", URL),
    ("Orang ramai diminta tampil membantu siasatan, kata Ketua Polis Daerah Dang Wangi — Majoriti", URL),
])
def test_another_host_s_or_another_name_stays(last, url):
    assert parse_article(page(last), url)["body"].endswith(last[-12:])
