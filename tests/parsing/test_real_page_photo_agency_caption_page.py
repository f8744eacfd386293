"""A photo agency's page whose text is the photo's caption (ANTARA Foto 2012, `DORONG PETUGAS BANDARA`): the caption
opens with the dateline and the headline again in capitals (`MEDAN, 16/4 - DORONG PETUGAS BANDARA. Ketua DPRD ...`)
and closes with the wire's photo credit after its last sentence (`... Bandara Polonia. FOTO ANTARA/Irsan
Mulyadi/ed/ama/12`, kept as the agency's captions keep it): the text starts after the restated headline. A lead that
only shares words with the headline stays."""

from __future__ import annotations

from crawler.parsing import parse_article

URL = "https://antarafoto.com/id/view/212038/dorong-petugas-bandara"
HEADLINE = "DORONG PETUGAS BANDARA"
CAPTION = ("Ketua DPRD Kota Medan, Amiruddin (kedua kanan) bersalaman dengan petugas keamanan Bandara Polonia Medan, Fahrur "
           "Roji (kiri) usai memberi keterangan kepada wartawan, Senin (16/4). Pada Minggu 8 April 2012, Ketua DPRD Kota "
           "Medan sempat mendorong secara refleks, Fahrur Roji ketika proses pemeriksaan di pintu keberangkatan domestik "
           "Bandara Polonia.")


def page(text: str, headline: str = HEADLINE) -> bytes:
    return (f"<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'><title>{headline}</title></head><body>"
            f"<article><h1>{headline}</h1><div class='date'>16 April 2012 17:40</div><div class='caption-text'>"
            f"<p>{text}</p></div></article></body></html>").encode()


def test_the_caption_runs_between_the_restated_headline_and_the_credit():
    item = parse_article(page(f"MEDAN, 16/4 - {HEADLINE}. {CAPTION} FOTO ANTARA/Irsan Mulyadi/ed/ama/12"), URL)
    assert item["dateline"]["place"] == "MEDAN"
    assert item["body"] == f"{CAPTION} FOTO ANTARA/Irsan Mulyadi/ed/ama/12"


def test_a_lead_sharing_the_headline_s_words_stays():
    lead = "Dorong petugas bandara itu terjadi saat pemeriksaan penumpang di pintu keberangkatan domestik."
    item = parse_article(page(f"MEDAN, 16/4 - {lead}", "Dorong Petugas Bandara"), URL)
    assert item["body"] == lead
