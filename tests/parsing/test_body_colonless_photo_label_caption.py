"""A caption closed by a capitalised photo label with no colon before its source, each word of it capitalised
(`(Foto Polda Metro Jaya).`), is no text; a paragraph's bracket in small letters or after no full stop stays."""
import pytest

from crawler.parsing import parse_article

TITLE = "Kapolda Metro Jaya Minta Jajaran Tak Anggap Biasa Masalah Kemacetan Jakarta"
PARAGRAPHS = [
    "Para pelukis dan peserta lomba pun terlihat fokus menggambar. Beragam bentuk gambar menghiasi kanvas para "
    "peserta. Sebagian besar, para peserta menggambar polisi lalu lintas.",
    "Masyarakat yang tengah melakukan kegiatan di sekitar Car Free Day (CFD) Jakarta terpantau sangat antusias "
    "mengikuti rangkaian acara yang digelar oleh Ditlantas Polda Metro Jaya ini.",
]


def _body(line: str) -> list[str]:
    blocks = "".join(f"<p>{text}</p>" for text in (line, *PARAGRAPHS))
    page = (f"<html><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>"
            f"<div class='article-content'>{blocks}</div></article></body></html>")
    return parse_article(page, "https://www.inews.id/news/megapolitan/kapolda-metro-jaya-minta-jajaran")["body"].split(
        "\n\n")


@pytest.mark.parametrize("caption", [
    # iNews's AMP page: the caption over the text.
    "Kapolda Metro Jaya Irjen Fadil Imran menghadiri Hari Lalu Lintas Bhayangkara di Bundaran HI. (Foto Polda Metro "
    "Jaya).",
    "Kapolda Metro Jaya Irjen Fadil Imran menghadiri Hari Lalu Lintas Bhayangkara di Bundaran HI. (FOTO Humas Polri)",
])
def test_caption_closed_by_a_colonless_photo_label_is_no_text(caption):
    assert _body(caption) == PARAGRAPHS


@pytest.mark.parametrize("paragraph", [
    "Acara ditutup dengan sesi ramah tamah dan pengambilan gambar bersama para peserta. (foto bersama panitia).",
    "Acara ditutup dengan sesi ramah tamah dan pengambilan gambar bersama para peserta (Foto Bersama Panitia).",
])
def test_paragraph_brackets_stay(paragraph):
    assert _body(paragraph) == [paragraph, *PARAGRAPHS]
