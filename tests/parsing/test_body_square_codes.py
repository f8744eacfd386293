"""A reporter's and an editor's codes in square brackets after the last sentence (Beritajatim's `[sar/but]`): the
article's closing code, as a single reporter's `[aji]` is. A pair in square brackets inside a sentence stays."""

from __future__ import annotations

from crawler.parsing.credits import split_signature
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

OPENING = ["Bangkalan (beritajatim.com) – Misteri pemilik motor yang ditinggal di tengah jembatan Suramadu pada selasa "
           "(17/4/2024) kemarin baru terungkap.",
           "Setibanya di rumah Sutejo, polisi bertemu dengan kerabat Sutejo."]
LAST = ("Pihak keluarga juga memberitahu polisi jika kondisi Sutejo depresi akibat bercerai dengan isterinya. "
        "Polisi lalu meminta pihak keluarga agar menjemput motor tersebut ke Mapolres Bangkalan dengan membawa "
        "kelengkapan surat-surat.")


def _cleaned(lines: list[str]):
    return clean_body([Block(line) for line in lines])


def test_codes_in_square_brackets_after_the_last_sentence_are_the_signature():
    result = _cleaned([*OPENING, f"{LAST} [sar/but]"])
    assert result.paragraphs[-1] == LAST
    assert result.signature == {"raw": "[sar/but]", "codes": ["sar", "but"]}


def test_codes_in_square_brackets_after_a_closing_quote_are_the_signature():
    last = ("“Korban ditemukan tergeletak di pinggir jalan. Penanganan dua korban MD (meninggal dunia) dipastikan oleh "
            "rekan Tim Gerak Cepat Pusat,” tutupnya.")
    result = _cleaned([*OPENING, f"{last} [rma/aje]"])
    assert result.paragraphs[-1] == last
    assert result.signature == {"raw": "[rma/aje]", "codes": ["rma", "aje"]}


def test_codes_in_square_brackets_run_into_the_full_stop_are_the_signature():
    assert split_signature(f"{LAST}[ted/but]") == (LAST, {"raw": "[ted/but]", "codes": ["ted", "but"]})


def test_codes_in_square_brackets_alone_on_the_last_line_end_the_article():
    result = _cleaned([*OPENING, LAST, "[sar/but]", "Polisi Bangkalan Buru Pemilik Motor di Suramadu"])
    assert result.paragraphs[1:] == [OPENING[1], LAST]
    assert result.signature == {"raw": "[sar/but]", "codes": ["sar", "but"]}


def test_a_single_reporters_code_in_square_brackets_is_still_read():
    assert split_signature("... akan ada 193 ribu pelanggan,” katanya. [dni]")[1] == {"raw": "[dni]", "codes": ["dni"]}


def test_a_pair_in_square_brackets_inside_a_sentence_stays():
    for line in ("Ia tidak pernah menyebut nama [him/her].", "Data itu dihimpun sepanjang [2019/2020].",
                 "Polisi lalu meminta pihak keluarga datang, kata dia [rma/aje]"):
        assert split_signature(line) == (line, None)
        assert _cleaned([*OPENING, line]).paragraphs[-1] == line
