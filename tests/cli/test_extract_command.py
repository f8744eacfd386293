"""`scrapy extract`: saved pages read as a crawl reads them, one JSON line per page; bad input is one error line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
REAL = ROOT / "tests" / "fixtures" / "real"
EXPECTED = {case["file"]: case for case in map(json.loads, (REAL / "pages.jsonl").read_text(encoding="utf-8").splitlines())}


def extract(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "scrapy", "extract", *args], cwd=ROOT, capture_output=True,
                          input=stdin, timeout=120)


def lines(result: subprocess.CompletedProcess) -> list[dict]:
    return [json.loads(line) for line in result.stdout.decode().splitlines()]


def test_pages_are_read_at_the_address_they_declare():
    files = ["kompas-singlepage.html", "liputan6-singlepage.html"]
    result = extract(*(str(REAL / name) for name in files))
    assert result.returncode == 0, result.stderr.decode()[-2000:]
    items = lines(result)
    for name, item in zip(files, items):
        expected = EXPECTED[name]["expected"]
        assert item["url"] == EXPECTED[name]["url"]
        assert (item["title"], item["published_at"][:16], item["author"]) == (
            expected["title"], expected["published_at"][:16], expected["author"])
        assert item["body"].startswith(expected["body_start"])


def test_a_page_on_standard_input_with_its_address_is_read_with_its_site_s_profile():
    case = EXPECTED["antara-singlepage.html"]
    result = extract("-", "--url", case["url"], stdin=(REAL / case["file"]).read_bytes())
    [item] = lines(result)
    assert (item["site"], item["canonical_url"], item["category"]) == ("antara", "https://www.antaranews.com/berita/527615",
                                                                       "Umum")


def test_a_page_declaring_its_address_only_in_its_article_s_microdata_is_read_there():
    """ANTARA 2015-2017: no canonical link, no og:url, `<a itemprop="url">` in the NewsArticle item."""
    case = EXPECTED["antara-singlepage.html"]
    result = extract(str(REAL / case["file"]))
    [item] = lines(result)
    assert (item["url"], item["site"], item["author"]) == (case["url"], "antara", "Nur Imansyah")
    assert result.stderr.decode() == ""


def test_a_page_declaring_no_address_is_read_and_the_reader_told_why_it_has_no_site():
    page = (REAL / "antara-singlepage.html").read_bytes().replace(b'itemprop="url"', b'itemprop="x"')
    result = extract("-", stdin=page)
    [item] = lines(result)
    assert item["site"] is None and item["author"] == "Nur Imansyah"
    assert "declares no address" in result.stderr.decode()
    [item] = lines(extract("-", "--site", "antara", stdin=page))
    assert item["site"] == "antara"


def test_an_unreadable_file_is_one_error_line_after_the_other_pages():
    result = extract(str(REAL / "detik-singlepage.html"), "missing.html")
    assert result.returncode == 1
    assert len(lines(result)) == 1
    stderr = result.stderr.decode()
    assert "Traceback" not in stderr
    assert stderr.strip().splitlines() == ["scrapy extract: error: missing.html: No such file or directory"]


def test_bad_options_are_usage_errors():
    for args, message in ((["--site", "nosuch", "a.html"], "--site nosuch: unknown site"),
                          (["a.html", "b.html", "--url", "https://example.com/a"], "--url names one page"),
                          (["a.html", "--url", "example.com/a"], "an http(s) URL"),
                          ([], "name at least one saved page")):
        result = extract(*args)
        assert result.returncode == 2
        assert message in result.stderr.decode() and "Traceback" not in result.stderr.decode()


def test_a_canonical_link_to_the_home_page_is_passed_over_for_the_article_s_own():
    """A Blogger theme declares `<link rel=canonical href="https://www.gelora.co/">` before the article's own."""
    page = ("<html><head><link rel='canonical' href='https://www.gelora.co/'>"
            "<link rel='canonical' href='https://www.gelora.co/2020/10/sri-mulyani.html'><title>Sri Mulyani</title>"
            "</head><body><h1>Sri Mulyani</h1><div class='post-body'>"
            + "<p>Pemerintah meminta Mahkamah Konstitusi menolak permohonan uji materi undang-undang.</p>" * 3
            + "</div></body></html>").encode()
    [item] = lines(extract("-", stdin=page))
    assert (item["url"], item["canonical_url"]) == ("https://www.gelora.co/2020/10/sri-mulyani.html",
                                                    "https://gelora.co/2020/10/sri-mulyani.html")
