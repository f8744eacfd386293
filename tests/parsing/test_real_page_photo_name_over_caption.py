"""A Malay blog's copy of an FMT story opens with the page's header as text: the standfirst, the photo's label naming
whom it shows (`Azam Ismail`), the photo's caption naming them again, then the dateline on a line of its own over the
lead (`PETALING JAYA:`). The label does not count among the leading blocks the dateline is looked for in, so the
dateline is found in the fourth block and what stands over it leaves the body. A label the caption does not name
again, or a sentence of the text in its place, keeps the dateline out of reach."""

from __future__ import annotations

from crawler.parsing import parse_article

STANDFIRST = "Kedua-dua suspek berusia 18 tahun yang didapati positif dadah jenis THC telah direman empat hari."
CAPTION = ("Ketua Polis Ampang Jaya Mohd Azam Ismail berkata, kedua-dua suspek ditahan di Ampang pada Ahad lepas. "
           "(Gambar Facebook)")
LEAD = ("Dua remaja lelaki ditahan kerana disyaki mengugut seorang rakan mereka supaya membayar sejumlah wang jika "
        "tidak mahu video bogel mangsa bersama teman wanitanya tersebar.")
MORE = ("Kedua-dua suspek direman empat hari bermula semalam dan kes disiasat mengikut Seksyen 385 Kanun Keseksaan "
        "kerana melakukan pemerasan serta Seksyen 292 akta sama kerana memiliki bahan lucah. - FMT")


def read(*blocks: str) -> dict:
    body = "<br /><br />".join(blocks)
    html = ("<html><head><title>Blog: 2 remaja ditahan</title></head><body><div class='post hentry'>"
            "<h3 class='post-title entry-title'>2 remaja ditahan dipercayai ugut sebar video bogel rakan</h3>"
            f"<div class='post-body entry-content'>{body}</div></div></body></html>")
    return parse_article(html.encode(), "https://example.blogspot.com/2025/05/2-remaja-ditahan.html")


def test_the_dateline_under_a_photo_s_label_and_caption_is_found_and_what_stands_over_it_goes():
    item = read(STANDFIRST, "Azam Ismail", CAPTION, "PETALING JAYA:", LEAD, MORE)
    assert item["dateline"]["place"] == "PETALING JAYA"
    assert item["body"].startswith("Dua remaja lelaki ditahan")
    assert item["body"].endswith("memiliki bahan lucah.")
    assert "Gambar Facebook" not in item["body"] and "THC telah direman" not in item["body"]


def test_the_same_header_in_english_a_caption_with_no_credit():
    # The blog's copy of FMT's `Sabah saw little development when governed by local parties, says Bung`.
    item = read("The Sabah Umno chief says ‘real change’ only took place in 1994 when Barisan Nasional took over the "
                "administration.", "Bung Moktar",
                "Sabah Umno chief Bung Moktar Radin said development took a back seat from 1963 to 1994 because of "
                "political infighting and power struggle among the local parties.", "PETALING JAYA:",
                "Sabah Umno chief Bung Moktar Radin said the state saw “minimal development” when it was governed by "
                "local parties in the past.")
    assert item["dateline"]["place"] == "PETALING JAYA"
    assert item["body"].startswith("Sabah Umno chief Bung Moktar Radin said the state saw")


def test_a_label_the_caption_does_not_name_again_keeps_the_dateline_out_of_reach():
    item = read(STANDFIRST, "Mohd Hafiz", CAPTION, "PETALING JAYA:", LEAD, MORE)
    assert item["dateline"] is None
    assert item["body"].startswith(STANDFIRST)


def test_a_sentence_in_the_label_s_place_keeps_it_out_of_reach_too():
    item = read(STANDFIRST, "Polis menahan dua remaja itu pada Ahad lepas.", CAPTION, "PETALING JAYA:", LEAD, MORE)
    assert item["dateline"] is None
