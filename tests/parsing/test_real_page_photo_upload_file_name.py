"""A photo's upload file name left where its caption was (a Malaysian blog in 2018:
`38122897_10216829021027654_1585683440143958016_n (1)` over `Memo dari Wan Saiful Wan Jan, ...`): runs of digits
joined by underscores and the size's letter are no text. Figures in a sentence stay."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

URL = "https://ttkm.com.my/2018/08/01/batal-langgan-utusan-serta-mertasaya-tak-tahu-menteri/"
LEAD = ("Menteri Pendidikan Dr Maszlee Malik berkata beliau tidak tahu mengenai memo arahan kementeriannya agar sekolah, "
        "universiti, kolej dan institusi lain di bawah bidang kuasanya untuk berhenti melanggan akhbar milik Umno.")
LAST = ("Walaubagaimanapun, TTKM mendapati memo yang ditulis oleh Wan Saiful Wan Jan dua minggu lalu itu dengan jelas "
        "menyatakan arahan itu dibuat oleh Dr Maszlee sendiri.")


def page(line: str) -> bytes:
    paragraphs = "".join(f"<p>{text}</p>" for text in (LEAD, line, LAST))
    return ("<!DOCTYPE html><html lang='ms'><head><meta charset='UTF-8'><title>Batal langgan Utusan serta-merta</title>"
            "<meta property='article:published_time' content='2018-08-01T18:45:00+08:00'></head><body><article>"
            "<h1 class='entry-title'>Batal langgan Utusan serta-merta</h1>"
            f"<div class='entry-content'>{paragraphs}</div></article></body></html>").encode()


@pytest.mark.parametrize("line", [
    "38122897_10216829021027654_1585683440143958016_n (1)",
    "38122897_10216829021027654_1585683440143958016_n",
    "38122897_10216829021027654_1585683440143958016_n.jpg",
])
def test_an_upload_file_name_is_no_text(line):
    body = parse_article(page(line), URL)["body"]
    assert line not in body and body.startswith("Menteri Pendidikan") and body.endswith("Dr Maszlee sendiri.")


@pytest.mark.parametrize("line", [
    "Nombor rujukan memo itu ialah 38122897_10216829 menurut kenyataan kementerian yang dikeluarkan semalam.",
    "Sebanyak 1,585,683 naskhah akhbar dilanggan setiap bulan oleh sekolah di seluruh negara, katanya.",
])
def test_figures_in_a_sentence_stay(line):
    assert line in parse_article(page(line), URL)["body"]
