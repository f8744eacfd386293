"""A photo's caption its documentation label and source close (CNBC's `Situasi terkini penyelamatan 7 karyawan di
tambang bawah tanah Grasberg Block Cave Freeport Indonesia. Dok: PTFI`, printed twice, once after `Foto:`): both prints
are the photo's. A sentence naming a document and a quotation stay."""

from __future__ import annotations

from crawler.parsing.furniture import is_caption
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

CAPTION = ("Situasi terkini penyelamatan 7 karyawan di tambang bawah tanah Grasberg Block Cave Freeport Indonesia. "
           "Dok: PTFI")
TEXT = ["Asal tahu saja, Pimpinan Freeport-McMoRan, Chairman of the Board of Directors Richard Adkerson, President "
        "and Chief Executive Officer Kathleen Quirk, didampingi Presiden Direktur PT Freeport Indonesia Tony Wenas "
        "meninjau langsung upaya penyelamatan yang dilakukan.",
        "Tantangan terbesar, kata Katri, adalah volume material basah yang masih aktif dalam jumlah yang besar."]


def test_a_caption_closed_by_its_documentation_credit_is_one():
    assert is_caption(CAPTION)
    assert is_caption("Suasana rapat koordinasi penanganan banjir di Kantor Bupati Demak. Dokumentasi: Humas Pemkab")


def test_both_prints_of_the_caption_leave_the_body():
    lines = [TEXT[0], f"Foto: {CAPTION}", CAPTION, TEXT[1]]
    assert clean_body([Block(line) for line in lines]).paragraphs == TEXT


def test_a_sentence_about_a_document_stays():
    for line in ("Polisi menyita sejumlah dokumen. Dokumen itu kini diperiksa penyidik.",
                 "“Dok: itu yang ditulis di map merah,” kata saksi."):
        assert not is_caption(line)
