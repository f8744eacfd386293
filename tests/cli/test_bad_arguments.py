"""A crawl that cannot start says why in one line naming the argument, exits 1, and shows no traceback
(end to end: `scrapy crawl` in a subprocess; nothing is fetched, the site is never contacted)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def crawl(output_dir: Path, *args: str, spider: str = "mina") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "scrapy", "crawl", spider, *args, "-s", f"OUTPUT_DIR={output_dir}"],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)


def error_lines(result: subprocess.CompletedProcess) -> list[str]:
    return [line for line in result.stderr.splitlines() if "error" in line.lower()]


@pytest.mark.parametrize("arguments, named, accepts", [
    (["edition=xx"], "-a edition=xx", "choose from id, en, ar, all"),
    (["mode=foo"], "-a mode=foo", "choose from full, monitor, backfill"),
    (["since=notadate"], "-a since=notadate", "YYYY-MM-DD"),
    (["until=2025-13-01"], "-a until=2025-13-01", "YYYY-MM-DD"),
    (["max_listing_pages=abc"], "-a max_listing_pages=abc", "whole number"),
    (["max_listing_pages=-2"], "-a max_listing_pages=-2", "whole number"),
    (["base_url=notaurl"], "-a base_url=notaurl", "http(s) URL"),
    (["base_url=ftp://127.0.0.1/id"], "-a base_url=ftp://127.0.0.1/id", "http(s) URL"),
    (["base_url=http://127.0.0.1:port/id"], "-a base_url=http://127.0.0.1:port/id", "http(s) URL"),
    (["edition=id,en", "base_url=http://127.0.0.1:1/id"], "-a base_url=", "{edition} placeholder"),
    (["since=2025-06-01", "until=2025-01-01"], "-a until=2025-01-01", "before since=2025-06-01"),
    (["recheck=maybe"], "-a recheck=maybe", "true or false"),
    (["mode=backfill"], "-a mode=backfill", "since=YYYY-MM-DD"),
    (["editon=en"], "-a editon=en", "unknown argument; this spider takes edition, base_url, mode"),
])
def test_a_bad_argument_is_one_line_and_exit_1(tmp_path, arguments, named, accepts):
    options = [part for argument in arguments for part in ("-a", argument)]
    result = crawl(tmp_path / "out", *options)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    [line] = error_lines(result)
    assert line == result.stderr.splitlines()[-1]
    assert line.startswith("scrapy crawl mina: error: ") and named in line and accepts in line
    assert not (tmp_path / "out").exists()  # nothing opened, nothing written


def test_antara_reports_its_own_editions(tmp_path):
    result = crawl(tmp_path / "out", "-a", "edition=zz", spider="antara")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "choose from id, en," in error_lines(result)[-1]


def test_the_traceback_is_there_at_debug_level(tmp_path):
    result = crawl(tmp_path / "out", "-a", "edition=xx", "-s", "LOG_LEVEL=DEBUG")
    assert result.returncode == 1
    assert "Traceback" in result.stderr
    assert result.stderr.splitlines()[-1].startswith("scrapy crawl mina: error: -a edition=xx")


@pytest.mark.parametrize("below, says", [("", "is a file, not a folder"),
                                         ("out", "is below")])
def test_an_output_dir_that_is_a_file_is_one_line(tmp_path, below, says):
    a_file = tmp_path / "file"
    a_file.write_text("not a folder")
    output_dir = a_file / below if below else a_file
    result = crawl(output_dir)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    [line] = error_lines(result)
    assert f"OUTPUT_DIR={output_dir}" in line and says in line


def test_unknown_option_is_a_usage_error(tmp_path):
    result = subprocess.run([sys.executable, "-m", "scrapy", "crawl", "mina", "--no-such-option"],
                            cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 2 and "Traceback" not in result.stderr
