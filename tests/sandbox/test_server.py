"""The server object, the mutation hooks and the command-line entry points."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import orjson

from crawler.sandbox import Sandbox, build_site
from sandbox_http import fetch, locs

ROOT = Path(__file__).resolve().parents[2]


def test_start_serves_and_stop_releases_the_port() -> None:
    server = Sandbox(build_site(20, seed=1)).start()
    port = server.port
    assert port and fetch(server.base_url + "/")[0] == 200
    server.stop()
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", port)) != 0


def test_tiny_sites_serve_every_kind_of_page() -> None:
    for count in (0, 1, 7):
        site = build_site(count)
        base = "http://127.0.0.1:1"
        records = site.truth(base)
        assert len(records) == count
        for path in ("/id/", "/en/feed", "/ar/sitemap_index.xml", "/id/news-sitemap.xml",
                     *(r["url"][len(base):] for r in records)):
            assert site.handle(path, base).status == 200


def test_factory_fixture_gives_independent_sites(make_sandbox) -> None:  # type: ignore[no-untyped-def]
    small, other = make_sandbox(articles=30, seed=2), make_sandbox(articles=30, seed=3)
    assert small.port != other.port
    assert len(small.site.truth(small.base_url)) == 30


def test_modify_changes_page_truth_and_lastmod(make_sandbox) -> None:  # type: ignore[no-untyped-def]
    server = make_sandbox(articles=40, seed=4)
    site = server.site
    before = site.truth(server.base_url)[10]
    site.modify(10, title="Judul Baru yang Diperbarui", body="Paragraf pertama baru.\n\nParagraf kedua baru.")
    after = site.truth(server.base_url)[10]
    assert after["title"] == "Judul Baru yang Diperbarui"
    assert after["body"] == "Paragraf pertama baru.\n\nParagraf kedua baru."
    assert after["url"] == before["url"]
    page = fetch(after["url"])[2]
    assert "Judul Baru yang Diperbarui" in page and "Paragraf kedua baru." in page
    assert after["modified_at"] and after["modified_at"] > (before["modified_at"] or before["published_at"])
    assert after["modified_at"] in page
    sitemap = dict(locs(fetch(f"{server.base_url}/{after['edition']}/post-sitemap.xml")[2]))
    listed = next(url for url in sitemap if url in after["urls"])
    assert datetime.fromisoformat(sitemap[listed]) == datetime.fromisoformat(after["modified_at"])


def test_redesign_changes_class_names_but_not_the_truth(make_sandbox) -> None:  # type: ignore[no-untyped-def]
    server = make_sandbox(articles=40, seed=6)
    before = server.site.truth(server.base_url)
    record = next(r for r in before if r["theme"] == "current")
    old_page = fetch(record["url"])[2]
    server.site.redesign()
    new_page = fetch(record["url"])[2]
    assert 'class="post-content entry-content"' in old_page and 'class="post-content' not in new_page
    assert 'class="td-post-content tagdiv-type"' in new_page and 'rel="tag"' in new_page
    assert server.site.truth(server.base_url) == before
    assert "td_module_flex" in fetch(f"{server.base_url}/{record['edition']}/")[2]


def test_transient_errors_fail_the_first_request_only(make_sandbox) -> None:  # type: ignore[no-untyped-def]
    server = make_sandbox(articles=60, seed=8)
    records = server.site.truth(server.base_url)
    server.site.transient_errors(0.3)
    first = [fetch(r["url"])[0] for r in records]
    assert 5 < first.count(503) < 35 and set(first) == {200, 503}
    assert {fetch(r["url"])[0] for r in records} == {200}
    server.site.transient_errors(0)
    assert {fetch(r["url"])[0] for r in records} == {200}


def test_add_articles_publishes_newer_ones_first_in_feeds(make_sandbox) -> None:  # type: ignore[no-untyped-def]
    server = make_sandbox(articles=40, seed=5)
    newest_before = server.site.now
    added = server.site.add_articles(3)
    assert all(a.published > newest_before for a in added)
    records = server.site.truth(server.base_url)
    assert len(records) == 43
    for a in added:
        assert fetch(records[a.index]["url"])[0] == 200
        feed = fetch(f"{server.base_url}/{a.edition}/feed")[2]
        assert records[a.index]["title"].replace("&", "&amp;") in feed


def _serve(command: list[str], tmp_path: Path, env: dict[str, str]) -> None:
    truth = tmp_path / "truth.jsonl"
    process = subprocess.Popen([*command, "--port", "0", "--articles", "25", "--seed", "3", "--truth", str(truth)],
                               cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline().strip()
        prefix = "sandbox: serving http://127.0.0.1:"
        assert line.startswith(prefix) and line.endswith(" articles=25 seed=3"), line
        base = line.split()[2]
        records = [orjson.loads(x) for x in truth.read_bytes().splitlines()]
        assert len(records) == 25 and records[0]["url"].startswith(base)
        assert fetch(records[0]["url"])[0] == 200
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=10) == 0
    finally:
        if process.poll() is None:
            process.kill()


def test_python_module_entry_point(tmp_path: Path) -> None:
    _serve([sys.executable, "-m", "crawler.sandbox"], tmp_path, dict(os.environ))


def test_scrapy_sandbox_command(tmp_path: Path) -> None:
    settings = tmp_path / "sandbox_test_settings.py"
    settings.write_text('COMMANDS_MODULE = "crawler.commands"\n')
    env = dict(os.environ, SCRAPY_SETTINGS_MODULE="sandbox_test_settings",
               PYTHONPATH=os.pathsep.join([str(tmp_path), str(ROOT)]))
    scrapy = Path(sys.executable).with_name("scrapy")
    _serve([str(scrapy), "sandbox"], tmp_path, env)
