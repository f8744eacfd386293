"""The ground truth: every form the spec lists is present, and each record agrees with its page."""

from __future__ import annotations

import html as html_lib
import re
from collections import Counter
from datetime import date, datetime

import pytest
from hijridate import Gregorian

from sandbox import Sandbox, build_site
from sandbox.content import SEED_TEXT_PATH
from sandbox_http import fetch

WEEKDAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@pytest.fixture(scope="module")
def truth(sandbox: Sandbox) -> list[dict]:
    return sandbox.site.truth(sandbox.base_url)


def visible_text(page: str) -> str:
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S)
    return " ".join(html_lib.unescape(re.sub(r"<[^>]+>", "", page)).split())


def test_shares_of_editions_themes_and_forms(truth: list[dict]) -> None:
    n = len(truth)
    editions = Counter(r["edition"] for r in truth)
    assert 0.6 < editions["id"] / n < 0.8 and 0.17 < editions["en"] / n < 0.33 and editions["ar"] >= 5
    assert 0.08 < sum(r["theme"] == "2018" for r in truth) / n < 0.22
    assert all(2016 <= int(r["published_at"][:4]) <= 2018 for r in truth if r["theme"] == "2018")
    datelines = [r["dateline"] for r in truth if r["dateline"]]
    assert sum(bool(d["hijri"]) for d in datelines) >= 15
    assert any(d["raw"].startswith("MINA") for d in datelines)
    assert any(d["raw"].endswith("MINA -") for d in datelines)
    assert any(d["raw"].endswith("—") for d in datelines)
    assert any(d["raw"].count(",") == 2 and d["hijri"] is None for d in datelines)
    assert any("،" in d["raw"] for d in datelines)
    opinion = [r for r in truth if r["category_path"][-1] in ("opini", "opinion")]
    assert opinion and all(r["dateline"] is None for r in opinion)
    assert any(r["pages"] > 1 for r in truth)
    assert any(r["signature"] == {"raw": "[]", "codes": []} for r in truth)
    assert all(r["signature"] is None for r in truth if r["published_at"].startswith("2012") and r["edition"] != "ar")
    assert any("(MINA)." in r["body"] for r in truth)
    assert any(r["header"] == "relative" for r in truth)
    assert 0.75 < sum(r["image"] is not None for r in truth) / n < 0.95
    assert sum(bool(r["mentioned_dates"]) for r in truth) > n / 3
    assert any(d["raw"].startswith(("Jakarta, Indonesia –", "Bogor, Indonesia –", "Bandung, Indonesia –"))
               for d in datelines)
    assert any(re.search(r"\d{4} \(MINA\) –$", d["raw"]) and d["hijri"] is None for d in datelines)
    weekdays_off = 0
    for r in truth:
        for mention in r["mentioned_dates"]:
            name = mention["text"].split()[0]
            weekday = date.fromisoformat(mention["date"]).weekday()
            weekdays_off += name in WEEKDAYS and WEEKDAYS.index(name) % 7 != weekday
    assert weekdays_off >= 3
    assert any(re.search(r"-\d+$", r["url"].rstrip("/")) for r in truth)
    assert any(r["url"].endswith(".html") for r in truth)


def test_hijri_in_datelines_is_umm_al_qura_or_a_year_off(truth: list[dict]) -> None:
    checked = 0
    for r in truth:
        d = r["dateline"]
        if not d or not d["hijri"] or r["edition"] == "ar":
            continue
        day = date.fromisoformat(d["date"])
        hijri = Gregorian(day.year, day.month, day.day).to_hijri()
        written_day, *_, written_year = d["hijri"].split()
        assert int(written_day) in (hijri.day, hijri.day - 1) and abs(int(written_year) - hijri.year) <= 1
        assert d["date"] == r["published_at"][:10]
        checked += 1
    assert checked >= 10


def test_seed_article_is_served_with_its_real_text(truth: list[dict]) -> None:
    record = next(r for r in truth if r["dateline"] and r["dateline"]["raw"] == "Pyongyang, MINA –"
                  and r["published_at"].startswith("2019-04"))
    lines = [line.strip() for line in SEED_TEXT_PATH.read_text(encoding="utf-8").splitlines() if line.strip()]
    body_lines = [line for line in lines if not line.startswith(("Baca Juga:", "Mi’raj"))]
    assert record["lead"] == lines[0].split(" – ", 1)[1]
    assert record["body"].split("\n\n")[-1] + " (T/R11/P1)" == body_lines[-1]
    assert record["signature"] == {"raw": "(T/R11/P1)", "codes": ["T", "R11", "P1"]}
    assert [x["title"] for x in record["related"]] == [line.removeprefix("Baca Juga: ") for line in lines
                                                       if line.startswith("Baca Juga:")]
    assert record["mentioned_dates"] == [{"text": "Senin (22/4)", "date": "2019-04-22"}]
    page = visible_text(fetch(record["url"])[2])
    for line in lines:
        assert line in page
    for related in record["related"]:
        assert fetch(related["url"])[0] == 200


def test_records_agree_with_their_pages(truth: list[dict]) -> None:
    for r in truth:
        status, _, page = fetch(r["url"])
        page += "".join(fetch(u)[2] for u in r["page_urls"])
        text = visible_text(page)
        assert status == 200
        assert r["title"] in text
        for paragraph in r["body"].split("\n\n"):
            assert paragraph in text
        if r["dateline"]:
            assert r["dateline"]["raw"] in text
            if r["dateline"]["place"]:
                assert r["dateline"]["raw"].startswith(r["dateline"]["place"])
        at = -1
        for mention in r["mentioned_dates"]:
            at = r["body"].find(mention["text"], at + 1)
            assert at >= 0, "mentions are listed in page order"
            assert mention["date"] <= r["published_at"][:10]
        for related in r["related"]:
            assert f'href="{related["url"]}"' in page
        if r["signature"]:
            assert r["signature"]["raw"] in text
        if r["image"]:
            assert r["image"]["url"] in page
        if r["modified_at"]:
            assert r["modified_at"] in page
        if r["header"] == "relative" or r["published_precision"] == "second":
            stamp = r["published_at"] if r["theme"] == "current" else r["published_at"][:19] + "+00:00"
            assert stamp in page


def test_body_excludes_inserts_noise_and_endings(truth: list[dict]) -> None:
    for r in truth:
        body = r["body"]
        for marker in ("Baca Juga", "Also Read", "ALSO READ", "Mi’raj", "SCROLL TO CONTINUE", "ADVERTISEMENT",
                       "Oleh:", "[]"):
            assert marker not in body
        assert not re.search(r"\((?:T|L|LKG|TL)/[A-Za-z0-9/-]+\)", body)
        if r["dateline"]:
            assert not body.startswith(r["dateline"]["raw"])
        assert body.startswith(r["lead"] or "")
        assert "  " not in body


def test_one_dateline_has_an_image_inside_the_month_word(truth: list[dict]) -> None:
    pages = [fetch(r["url"])[2] for r in truth if r["dateline"] and r["dateline"]["hijri"] is None
             and r["published_at"].startswith("2012")]
    assert sum(bool(re.search(r"<p>\w+, \d+ \w+<img [^>]+/>\w+ 2012 \(MINA\)", page)) for page in pages) == 1


def test_2018_theme_keeps_the_wrong_offset_on_a_wib_clock(truth: list[dict]) -> None:
    r = next(r for r in truth if r["theme"] == "2018")
    page = fetch(r["url"])[2]
    moment = datetime.fromisoformat(r["published_at"])
    assert f'<time datetime="{moment.replace(tzinfo=None).isoformat()}+00:00">' in page
    assert f"{moment:%H:%M} WIB</time>" in page
    assert 'class="entry-author vcard"><a class="url fn n"' in page and 'class="entry-content"' in page


def test_opinion_bylines_name_the_writer(truth: list[dict]) -> None:
    for r in (r for r in truth if r["category_path"][-1] in ("opini", "opinion")):
        text = visible_text(fetch(r["url"])[2])
        assert re.search(r"(Oleh ?: |By |بقلم: )" + re.escape(r["author"]), text)


def test_a_big_site_serves_what_its_truth_says() -> None:
    site, base = build_site(2000, seed=1), "http://127.0.0.1:1"
    records = site.truth(base)
    assert len({r["url"] for r in records}) == len({r["id_hint"] for r in records}) == 2000
    for r in records:
        pages = [site.handle(u[len(base):], base) for u in (r["url"], *r["page_urls"])]
        assert all(p.status == 200 for p in pages)
        first = visible_text(pages[0].body.decode())
        text = " ".join([first, *(visible_text(p.body.decode()) for p in pages[1:])])
        assert r["lead"] is None or r["lead"] in first
        assert all(paragraph in text for paragraph in r["body"].split("\n\n"))
        if r["dateline"]:
            assert r["dateline"]["raw"] in first
