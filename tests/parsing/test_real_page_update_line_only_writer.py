"""A header whose only printed time is its update's, the writer named on that line (Liputan6 2023: `oleh Marco
Tampubolon diperbarui 28 Mar 2023, 00:02 WIB`, the publication's time in the metadata only): the line still names the
writer, read as an update's writer is (after the byline's markup, before the metadata's). The update's time stays no
publication time; a desk on that line names nobody; a line with no writer names nobody."""

from __future__ import annotations

from crawler.parsing import parse_article

URL = ("https://www.liputan6.com/bola/read/5244637/headline-drawing-piala-dunia-u-20-2023-di-bali-batal-indonesia-"
       "menanti-sanksi-fifa")
TITLE = "HEADLINE: Drawing Piala Dunia U-20 2023 di Bali Batal, Indonesia Menanti Sanksi FIFA?"
TEXT = ("<p>Liputan6.com, Jakarta - Piala Dunia U-20 seharusnya jadi panggung megah yang akan memoles wajah bopeng sepak "
        "bola Indonesia. Sayang, penolakan terhadap kehadiran timnas Israel justru berpotensi menenggelamkannya lebih "
        "dalam ke kubangan yang pernah dirasakan delapan tahun silam.</p><p>\"Itu sudah betul-betul finishing semuanya "
        "dipersiapkan sesuai dengan permintaan dari FIFA,\" kata Gede Arya.</p>")


def _page(line: str, meta: str = "") -> str:
    return (f"<html><head><title>{TITLE}</title>{meta}</head><body><article class='detail'><div class='detail__header'>"
            f"<h1 class='detail__title'>{TITLE}</h1><div class='detail__date'>{line}</div></div>"
            f"<div class='detail__body-text'>{TEXT}</div></article></body></html>")


def test_the_update_line_names_the_writer():
    item = parse_article(_page("oleh Marco Tampubolon diperbarui 28 Mar 2023, 00:02 WIB"), URL)
    assert item["author"] == "Marco Tampubolon"
    assert item["published_at"] is None  # an update's time is no publication time
    assert item["modified_at"] == "2023-03-28T00:02:00+07:00"


def test_the_metadata_gives_the_publication_time_beside_it():
    meta = '<meta property="article:published_time" content="2023-03-27T21:00:00+07:00">'
    item = parse_article(_page("oleh Marco Tampubolon diperbarui 28 Mar 2023, 00:02 WIB", meta), URL)
    assert (item["author"], item["published_at"]) == ("Marco Tampubolon", "2023-03-27T21:00:00+07:00")


def test_a_desk_or_no_name_on_the_update_line_names_nobody():
    for line in ("oleh Tim Redaksi diperbarui 28 Mar 2023, 00:02 WIB", "Diperbarui 28 Mar 2023, 00:02 WIB"):
        assert parse_article(_page(line), URL)["author"] is None
