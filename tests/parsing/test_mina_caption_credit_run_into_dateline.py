"""A photo caption whose credit, a name in capitals, closes its sentence with a full stop and runs into the dateline
after it, with no space or one (MINA's 2014 page: `Seorang anak Gaza, mengalami luka di bagian perutnya akibat
serangan israel. foto : MINA.Gaza, 21 Ramaadhan 1435/19 juli 2014 (MINA) – Seiring ...`): the dateline opens after the
credit's full stop. On the real page a tag link the site put inside the image's alt text broke the `<img>`, so the
alt text's rest shows as text before the caption; the lead still opens after the dateline."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article, parse_dateline
from crawler.parsing.profile import GENERIC
from crawler.sites import SITES
from dateline_readings import place_and_agency  # beside this file

CAPTION = "Seorang anak Gaza, mengalami luka di bagian perutnya akibat serangan israel. foto : MINA."
DATELINE = "Gaza, 21 Ramaadhan 1435/19 juli 2014 (MINA) – "
LEAD = ("Seiring dengan makin gencaranya serangan Israel ke sasaran sipil di Gaza, korban makin banyak berjatuhan. "
        "Juru bicara Kementrian kesehatan Gaza, Dr. Ashraf Al Qadra menyatakan hingga hari ke 14, Ahad (20/7) serangan "
        "Israel ke Jalur Gaza, menyebabkan 342 syahid dan 2.560 orang luka-luka.")

URL = "https://minanews.net/korban-agresi-israel-342-syahid-dan-2560-luka-luka"
# Reduced from the real page (current theme): the header, the broken image with its caption run into the dateline,
# the text's first and last paragraphs, a `Baca Juga:` insert and the closing code.
PAGE = f"""<!DOCTYPE html><html lang="id"><head><meta charset="UTF-8">
<title>KORBAN AGRESI ISRAEL 342 SYAHID DAN 2.560 LUKA-LUKA - MINA News Agency</title></head>
<body class="single single-post"><main id="main" class="site-main"><article class="post type-post status-publish">
<div class="post-header"><h1 class="post-title">KORBAN AGRESI ISRAEL 342 SYAHID DAN 2.560 LUKA-LUKA</h1>
<div class="post-meta"><span class="post-date">Ahad, 20 Juli 2014</span></div></div>
<div class="post-content entry-content">
<p><img class="size-full" src="https://mirajnews.com/id/wp-content/uploads/sites/3/2014/07/anak-gaza.jpg" alt="Seorang anak <a href="https://minanews.net/tag/gaza/">Gaza</a>, mengalami luka di bagian perutnya akibat serangan israel. foto : MINA." width="238" height="311" /> {CAPTION}{DATELINE}{LEAD}</p>
<p>Dalam dua hari terakhir, sejak Jumat (18/7) setidaknya 102 korban meninggal dan hampir 1.000 orang korban luka-luka.</p>
<p><strong>Baca Juga: <a href="https://minanews.net/x">Hamas Siap Bebaskan Semua Sandera, Tapi Israel Ajukan Syarat Mustahil</a></strong></p>
<p>Akibat keberhasilan pejuang Al Qassam tersebut, media Israel menyatakan bahwa hari sabtu (19/7) merupakan hari yang
hitam untuk penjajah penjajah Zionist Israel. (L/K01/K02/K03/EO2)</p>
</div></article></main></body></html>"""


@pytest.mark.parametrize("text", [
    CAPTION + DATELINE + LEAD,
    CAPTION + " " + DATELINE + LEAD,
    'Gaza, mengalami luka di bagian perutnya akibat serangan israel. foto : MINA." width="238" height="311" /> '
    + CAPTION + DATELINE + LEAD,
])
def test_the_dateline_opens_after_the_credits_full_stop(text):
    assert place_and_agency(text) == (text[text.rindex("MINA.") + 5:].split(",")[0].strip(), "MINA")
    found = parse_dateline(text, profile=SITES["mina"])
    assert found is not None and found.date is not None


def test_the_dates_of_the_dateline_after_the_caption():
    found = parse_dateline(CAPTION + DATELINE + LEAD)
    assert found.date.isoformat() == "2014-07-19" and found.raw == DATELINE.strip()


@pytest.mark.parametrize("profile", [SITES["mina"], GENERIC], ids=["mina", "news"])
def test_the_page_reads_its_dateline_and_lead_after_the_broken_image(profile):
    item = parse_article(PAGE, URL, profile=profile)
    assert item["dateline"]["place"] == "Gaza" and item["dateline"]["agency"] == "MINA"
    assert item["body"].startswith("Seiring dengan makin gencaranya serangan Israel")
    assert "foto : MINA" not in item["body"] and "width=" not in item["body"]
    assert item["body"].endswith("hari yang hitam untuk penjajah penjajah Zionist Israel.")


@pytest.mark.parametrize(("text", "reading"), [
    # Near misses that stay as they were: the credit closing the sentence before a sentence's capital is no dateline.
    ("Foto: MINA. Warga Gaza masih bertahan di pengungsian, kata dia.", None),
    ("Seorang anak di pengungsian. Foto: Dok.Pribadi Relawan itu tiba kemarin.", None),
    # The credit's line before a dateline of its own, read already.
    ("(Foto: Rina/MINA)\nJakarta, MINA – " + LEAD, ("Jakarta", "MINA")),
])
def test_near_misses(text, reading):
    assert place_and_agency(text) == reading
