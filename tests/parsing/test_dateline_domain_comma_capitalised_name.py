"""An outlet's domain alone, a comma for the dash, then a sentence opening with a name of capitalised words."""
import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize("text, expected", [
    # a campus paper's lead under its photo credit
    ("SEMA Fakultas Dakwah Gelar Viva Legislativa Secara Offline\n\nSumber Foto : Gita/DinamikA\n\n"
     "klikdinamika.com, Senat Mahasiswa (Sema) Fakultas Dakwah IAIN Salatiga gelar Viva Legislativa secara tatap muka",
     (None, "klikdinamika.com")),
    ("AKURAT.CO, Berita Gubernur Anies Baswedan yang menolak upah minimum provinsi (UMP) menjadi artikel teratas",
     (None, "AKURAT.CO")),
])
def test_domain_comma_then_capitalised_name(text, expected):
    assert place_and_agency(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a reporter's byline ends its line: the dateline under it wins
    ("Laporan Wartawan\nTribunnews.com, Theresia Felisiani\n\nTRIBUNNEWS.COM, JAKARTA - Kapolda Metro Jaya, Irjen Pol "
     "Dwi Priyatno mengatakan", ("JAKARTA", "Tribunnews")),
    # a list of shops goes on with `dan` or a comma
    ("Tokopedia.com, Shopee Mall dan Lazada menawarkan potongan harga", None),
    ("Tokopedia.com, Shopee Mall adalah toko, Lazada juga", None),
    # a known city after the comma is the place whose dash was lost
    ("Kompas.com, Jakarta Pusat menjadi tempat pertemuan para pemimpin", ("Jakarta", "Kompas.com")),
])
def test_lists_bylines_and_places_stay(text, expected):
    assert place_and_agency(text) == expected
