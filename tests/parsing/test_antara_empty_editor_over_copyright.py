"""An editor's label left empty over the copyright line (an ANTARA bureau's `Pewarta: Lukman Hakim<br>Editor :&nbsp;<br>
COPYRIGHT © ANTARA 2023` in the page's `footer.post-meta`) names no editor: the notice under it is no name, and the
reporter is still the writer. Real lines and markup shape (banten.antaranews.com, 2022-23: header with its caption and
pull quote, paragraphs parted by <br><br>) in a reduced page; made-up near misses."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.credits import find_editor
from crawler.parsing.profile import GENERIC
from crawler.sites import SITES

URL = "https://banten.antaranews.com/berita/228000/dlh-kota-serang-lakukan-penyegelan-perusahaan-oli-bekas"
LEAD = ("Serang, Banten (ANTARA) - Dinas Lingkungan Hidup (DLH) Kota Serang bersama Dinas Lingkungan Hidup Kehutanan "
        "(DLHK) Provinsi Banten serta Ditreskrimsus Polda Banten melakukan sidak gabungan terkait pengaduan warga akibat "
        "pencemaran lingkungan oleh PT Raja Goedang Mas.")
LAST = ("\"Sehingga kami dari Dinas Lingkungan Hidup Kota Serang pada 08 Agustus 2022 melayangkan surat rekomendasi "
        "kepada DLHK Provinsi Banten untuk diberikan sanksi sesuai dengan temuan dari pengawas DLH Kota Serang,\" "
        "katanya.")


HEADER = ('<header class="post-header"><h1 class="post-title">DLH Kota Serang lakukan penyegelan perusahaan oli bekas'
          '</h1>\n<p class="simple-here"><span class="article-date"><i class="fa fa-clock-o"></i> Jumat, 21 Oktober 2022 '
          '17:40 WIB</span></p>\n<div><div class="wp-caption"><p class="wp-caption-text">Tim pengawas DLH Kota Serang saat '
          'sidak gabungan di PT Raja Goedang Mas di wilayah Kelurahan Sumur Pecung Kecamatan Serang Kota Serang. '
          'ANTARA/Istimewa</p></div><div class="clearfix"></div><div class="quote_old">Dari hasil investigasi telah '
          'disepakati bahwa lokasi kegiatan tidak layak untuk beroperasi</div></header>')


def _page(credits: str) -> str:
    return ("<html><head><title>DLH Kota Serang lakukan penyegelan perusahaan oli bekas - ANTARA News Banten</title>"
            f"</head><body><article class='post-wrapper'>\n{HEADER}"
            f"<div class='post-content clearfix'>{LEAD}<br><br>{LAST}&nbsp;</div>"
            f"<footer class='post-meta'><div class='tags-wrapper'>{credits}</div></footer>"
            "</article></body></html>")


@pytest.mark.parametrize("profile", [SITES["antara"], GENERIC])
def test_an_empty_editor_label_over_the_copyright_names_no_editor(profile):
    item = parse_article(_page("Pewarta: Lukman Hakim<br>Editor :&nbsp;<br>COPYRIGHT © ANTARA 2023"), URL,
                         profile=profile)
    assert (item["author"], item["editor"]) == ("Lukman Hakim", None)
    assert item["body"].endswith(LAST)
    assert "COPYRIGHT" not in item["body"]


@pytest.mark.parametrize("profile", [SITES["antara"], GENERIC])
def test_a_named_editor_over_the_copyright_stays(profile):
    # Near miss: the label with its name, the notice on the next line.
    item = parse_article(_page("Pewarta: Lukman Hakim<br>Editor : Agus Salim<br>COPYRIGHT © ANTARA 2023"), URL,
                         profile=profile)
    assert (item["author"], item["editor"]) == ("Lukman Hakim", "Agus Salim")


@pytest.mark.parametrize("text, expected", [
    ("Editor :\xa0\nCOPYRIGHT © ANTARA 2023", None),
    ("Editor : Copyright © ANTARA 2024", None),
    ("Editor: © 2021 Kantor Berita", None),
    # Near misses: a name, a name opening with the letters of the notice's word.
    ("Editor : Tunggul Susilo", "Tunggul Susilo"),
    ("Editor: Copyrighto Wibisono", "Copyrighto Wibisono"),
])
def test_find_editor_reads_no_notice_as_a_name(text, expected):
    assert find_editor(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Pewarta: Lukman Hakim Editor : Agus Salim COPYRIGHT © ANTARA 2023", "Agus Salim"),
    ("Editor: Anton Santoso Copyright © ANTARA 2024", "Anton Santoso"),
    # Near miss: a word opening with the notice's letters is part of the name.
    ("Editor: Budi Copyrighto", "Budi Copyrighto"),
])
def test_find_editor_ends_a_name_before_the_notice(text, expected):
    assert find_editor(text) == expected
