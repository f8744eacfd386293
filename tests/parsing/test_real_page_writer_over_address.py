"""A blog's copy of a Harian Metro story opens with the paper's header as text: the standfirst, the writer's name over
an e-mail address of its own (`Ruwaida Md Zain` over `am@hmetro.com.my`), the photo's caption, then the dated lead
(`Shah Alam: Tidak hormat ...`). The name is the writer's; it and the address leave the body, and the lead is found
under the caption. An address under a sentence, or under a desk's name, names nobody."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

STANDFIRST = "Ini betul-betul biadap, tak takut langsung pada polis"
CAPTION = ("Gambar tular di media sosial sosial yang memaparkan situasi pergaduhan di Balai Polis Meru. FOTO IHSAN "
           "PEMBACA")
LEAD = ("Shah Alam: Tidak hormat anggota polis malahan berani bertindak memukul dan cuba menyerang polis di dalam "
        "balai.")
MORE = ("Itu antara tindakan melampau lima lelaki yang diberkas polis selepas bertumbuk di dalam Balai Polis Meru, "
        "Klang di, Isnin lalu.")


def read(*blocks: str) -> dict:
    body = "<br /><br />".join(blocks)
    html = ("<html><head><title>5 lelaki diberkas polis</title></head><body><div class='post hentry'>"
            "<h3 class='post-title entry-title'>5 lelaki diberkas polis selepas bertumbuk di dalam Balai Polis "
            "Meru</h3>"
            f"<div class='post-body entry-content'>{body}</div></div></body></html>")
    return parse_article(html.encode(), "http://example.blogspot.com/2026/03/5-lelaki-diberkas-polis.html")


def test_the_writer_s_name_over_an_address_names_the_writer_and_leaves_the_body():
    item = read(STANDFIRST, "Ruwaida Md Zain", "am@hmetro.com.my", CAPTION, LEAD, MORE)
    assert item["author"] == "Ruwaida Md Zain"
    assert item["dateline"]["place"] == "Shah Alam"
    assert item["body"].startswith("Tidak hormat anggota polis")
    assert "hmetro.com.my" not in item["body"] and "Ruwaida" not in item["body"]


@pytest.mark.parametrize("over", [
    "Untuk maklumat lanjut, sila hubungi pihak polis melalui e-mel berikut",  # a sentence over the address
    "Redaksi",  # a desk's name, one word
])
def test_an_address_under_a_sentence_or_a_desk_names_nobody(over):
    assert read(LEAD, MORE, over, "am@hmetro.com.my", MORE)["author"] is None
