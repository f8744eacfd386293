"""A credits table under the article, outside its text's container, each row a label, a colon and a value in a cell
of their own (BolaSport's `Editor | : | Metta Rahma Melati |` as a reader's copy prints it, over `Sumber | : |
tribunjabar |`): the row is the credit line, so its editor (and a writer's row beside it) is read. A table of other
cells names nobody."""

from __future__ import annotations

from crawler.parsing import parse_article

URL = "https://www.bolasport.com/read/312035035/benteng-kokoh-persib-ingin-maung-bandung-bermarkas-di-gbla-dan-bukan-sjh"
TEXT = ("<div class='read__content'><p>BOLASPORT.COM - Pemain belakang Persib Bandung, Victor Igbonefo, ingin timnya "
        "berkandang di Stadion Gelora Bandung Lautan Api (GBLA) daripada di Stadion Si Jalak Harupat.</p><p>Yakni saat "
        "Persib Bandung melawan Tira-Persikabo pada Jumat (21/2/2020). Pada laga tersebut, Persib Bandung harus puas "
        "bermain imbang tanpa gol yaitu 0-0.</p></div>")


def _page(after: str) -> str:
    return (f"<html><head><title>Benteng Kokoh Persib</title></head><body><article><h1>Benteng Kokoh Persib Ingin Maung "
            f"Bandung Bermarkas di GBLA</h1>{TEXT}<div class='read__info'>{after}</div><p>Komentar</p></article>"
            f"</body></html>")


def test_the_editor_row_of_a_table_after_the_text_is_read():
    table = ("<table><tr><td>Editor</td><td>:</td><td>Metta Rahma Melati</td></tr>"
             "<tr><td>Sumber</td><td>:</td><td>tribunjabar</td></tr></table>")
    item = parse_article(_page(table), URL)
    assert item["editor"] == "Metta Rahma Melati"
    assert item["body"].endswith("tanpa gol yaitu 0-0.")


def test_a_writer_row_beside_it_is_read_too():
    table = ("<table><tr><td>Penulis</td><td>:</td><td>Budi Santoso</td></tr>"
             "<tr><td>Editor</td><td>:</td><td>Metta Rahma Melati</td></tr></table>")
    item = parse_article(_page(table), URL)
    assert (item["author"], item["editor"]) == ("Budi Santoso", "Metta Rahma Melati")


def test_a_table_of_other_cells_names_nobody():
    table = "<table><tr><td>Editor</td><td>Skor</td><td>Metta</td></tr></table>"
    assert parse_article(_page(table), URL)["editor"] is None
