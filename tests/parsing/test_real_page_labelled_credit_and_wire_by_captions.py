"""Captions closed by their photo's credit in two more shapes, printed as paragraphs: a label saying it credits the
photo, after a dash or a bar (a Malaysian aggregator's copy of Sinar Harian: `DUA lelaki dikesan ... di Jalan Kampung
Pasir. - Kredit Foto: Sinar Harian`; Warta Ekonomi's `Electoral College. | Kredit Foto: IStock Photo`), and the word
for a photo and "by" before a wire named alone (Rappler's `SAKIT. Kuasa hukum ... pada Rabu, 13 Desember. Foto oleh
ANTARA`, where its own photographers' credits read `Foto oleh <name>/Rappler`). A paragraph ending with the words in a
sentence stays, and so does a name after `Foto oleh` that no wire's table holds."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.furniture import is_caption

URL = "https://mopress.io/terkini/w9aADzLOev"
LEAD = ("POLIS telah kenal pasti dua daripada tiga lelaki yang melarikan diri dari kawasan Perintah Kawalan Pergerakan "
        "Diperketatkan (PKPD) di sebuah Program Perumahan Rakyat (PPR) Pantai Ria, di Jalan Kampung Pasir, Kuala Lumpur, "
        "pada Ahad, 4 Julai 2021.")
LAST = ("Sehubungan itu, beliau menasihatkan orang awam supaya tidak membuat sebarang spekulasi berkaitan video tular "
        "itu.")


def page(caption: str) -> bytes:
    paragraphs = "".join(f"<p>{text}</p>" for text in (caption, LEAD, LAST))
    return ("<!DOCTYPE html><html lang='ms'><head><meta charset='utf-8'><title>Polis kenal pasti lelaki lolos kawat "
            "duri PKPD</title></head><body><article><h1 class='entry-title'>Polis kenal pasti lelaki lolos kawat duri "
            f"PKPD</h1><div class='entry-content'>{paragraphs}</div></article></body></html>").encode()


@pytest.mark.parametrize("caption", [
    "DUA lelaki dikesan bantu kes dua lelaki lolos kawat duri PKPD di sebuah PPR di di Jalan Kampung Pasir. - Kredit "
    "Foto: Sinar Harian",
    "Electoral College. | Kredit Foto: IStock Photo",
    "SAKIT. Kuasa hukum Maqdir Ismail meyakini kliennya, Setya Novanto, sakit ketika menghadiri sidang perdana pada "
    "Rabu, 13 Desember. Foto oleh ANTARA",
    "CAGUB JATENG. Gubernur incumbent Jawa Tengah, Ganjar Pranowo mengatakan partainya, PDIP akan mengumumkan cagub "
    "untuk Pilkada 2018 pada bulan depan. Foto oleh Fariz Fardianto/Rappler",
])
def test_the_credited_caption_is_no_text(caption):
    assert is_caption(caption)
    body = parse_article(page(caption), URL)["body"]
    assert body.startswith("POLIS telah kenal pasti") and body.endswith("video tular itu.")


@pytest.mark.parametrize("line", [
    # The words in a sentence, and a name after "by" no wire's table holds.
    "Pameran itu menampilkan karya para fotografer muda. Foto oleh Budi menang lomba tingkat nasional tahun lalu.",
    "Karya terbaik dipilih juri dari ratusan kiriman. Foto oleh Budi Santoso",
    "Pengunjung memadati lokasi sejak pagi. - Kredit foto diberikan kepada penyelenggara acara.",
])
def test_a_sentence_with_the_words_stays(line):
    assert not is_caption(line)
    assert line in parse_article(page(line), URL)["body"]
