"""A place, a bar and the outlet's web address alone on their line over the text, digits in the address's name
(Sumut24 2025: `Madina | Sumut24.co` over `Bupati Mandailing Natal (Madina), H. Saipullah Nasution, secara resmi
membuka ...`, a lost link's `Baca Juga:` over them): the line is the dateline, the text opens under it. A topic's
words before the bar name no place (`Harga Cabai | Kompas.com`), and an outlet's name of words still reads as before
(`Cijeruk | Jurnal Bogor`)."""

from __future__ import annotations

from dateline_readings import place_and_agency  # beside this file

from crawler.parsing import parse_article

URL = ("https://www.sumut24.co/Berita/277726/di-konferensi-v-pwi-madina-bupati-madina-saipullah-nasution-tekankan-"
       "fungsi-pers-sebagai-kontrol-sosial")
LEAD = ("Bupati Mandailing Natal (Madina), H. Saipullah Nasution, secara resmi membuka Konferensi V Persatuan Wartawan "
        "Indonesia (PWI) Madina yang digelar di Aula Hotel Rindang, Kelurahan Panyabungan, Selasa (23/12/2025).")
TEXT = [LEAD, "Dalam sambutannya, Saipullah mengajak insan pers untuk terus menjaga peran strategis media sebagai kontrol "
              "sosial yang profesional dan beretika.",
        "\"Perbedaan pandangan itu biasa. Yang penting, setelah konferensi kita kembali solid,\" ujar Farianda."]


def test_the_place_bar_and_address_on_their_line_are_the_dateline():
    assert place_and_agency(f"Madina | Sumut24.co\n{LEAD}") == ("Madina", "Sumut24.co")
    assert place_and_agency(f"Medan | Sumut24.co\n{LEAD}") == ("Medan", "Sumut24.co")


def test_the_page_reads_the_dateline_and_opens_the_text_under_it():
    paragraphs = "".join(f"<p>{line}</p>" for line in ["Baca Juga:", "Madina | Sumut24.co", *TEXT])
    page = (f"<html><head><title>Di Konferensi V PWI Madina, Bupati Madina Tekankan Fungsi Pers</title><link "
            f"rel=\"canonical\" href=\"{URL}\"></head><body><article><h1 class=\"entry-title\">Di Konferensi V PWI "
            f"Madina, Bupati Madina Tekankan Fungsi Pers</h1><div class=\"entry-content\">{paragraphs}</div></article>"
            f"</body></html>").encode()
    item = parse_article(page, URL)
    assert (item["dateline"] or {}).get("place") == "Madina"
    assert item["body"].startswith("Bupati Mandailing Natal") and "Sumut24.co" not in item["body"]


def test_a_topic_before_the_bar_names_no_place():
    assert place_and_agency("Harga Cabai | Kompas.com\nHarga cabai rawit naik lagi di pasar induk pagi ini.") is None


def test_an_outlets_name_of_words_still_reads():
    assert place_and_agency("Cijeruk | Jurnal Bogor\nCuaca hari ini cerah berawan sejak pagi.") == ("Cijeruk",
                                                                                                    "Jurnal Bogor")
