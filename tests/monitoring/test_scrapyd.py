"""Scrapyd round trip: start scrapyd on loopback, `scrapyd-deploy` this project, schedule `mina`
against a sandbox, and read the articles the job wrote. Skipped only when scrapyd is not installed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from monitoring_helpers import ROOT, closed_port, read_lines

pytest.importorskip("scrapyd")
pytest.importorskip("scrapyd_client")

pytestmark = [pytest.mark.e2e, pytest.mark.scrapyd]

BIN = Path(sys.executable).parent


def get_json(url: str, data: dict | None = None) -> dict:
    body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
    with urllib.request.urlopen(url, body, timeout=10) as response:
        return json.load(response)


def wait_for(check, seconds: float, what: str):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.25)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.fixture
def scrapyd(tmp_path):
    """A scrapyd on a free loopback port, its files in tmp_path; yields its URL."""
    port = closed_port()
    home = tmp_path / "scrapyd"
    home.mkdir()
    (home / "scrapyd.conf").write_text(
        f"[scrapyd]\nbind_address = 127.0.0.1\nhttp_port = {port}\neggs_dir = {home}/eggs\n"
        f"logs_dir = {home}/logs\ndbs_dir = {home}/dbs\nitems_dir =\npoll_interval = 0.5\n", encoding="utf-8")
    log = (home / "scrapyd.log").open("w")
    server = subprocess.Popen([str(BIN / "scrapyd")], cwd=home, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"

    def ready():
        assert server.poll() is None, (home / "scrapyd.log").read_text()
        try:
            return get_json(f"{url}/daemonstatus.json")["status"] == "ok"
        except OSError:
            return False

    try:
        wait_for(ready, 30, "scrapyd to listen")
        yield url
    finally:
        server.terminate()
        server.wait(15)
        log.close()


def test_deploy_schedule_and_read_the_items(scrapyd, make_sandbox, tmp_path):
    site = make_sandbox(articles=12, seed=9)
    # A deploy target for this server, next to the project's own scrapy.cfg (user-level config).
    config_home = tmp_path / "config"
    config_home.mkdir()
    (config_home / "scrapy.cfg").write_text(f"[deploy:test]\nurl = {scrapyd}\nproject = mina\n", encoding="utf-8")
    deployed = subprocess.run([str(BIN / "scrapyd-deploy"), "test"], cwd=ROOT, capture_output=True, text=True,
                              timeout=180, env={**os.environ, "XDG_CONFIG_HOME": str(config_home)})
    assert deployed.returncode == 0, deployed.stdout + deployed.stderr
    assert get_json(f"{scrapyd}/listspiders.json?project=mina")["spiders"] == ["antara", "mina", "news"]

    output_dir = tmp_path / "output"
    job = get_json(f"{scrapyd}/schedule.json", {
        "project": "mina", "spider": "mina", "edition": "all", "base_url": f"{site.base_url}/{{edition}}",
        "setting": [f"OUTPUT_DIR={output_dir}"]})["jobid"]

    def finished():
        jobs = get_json(f"{scrapyd}/listjobs.json?project=mina")
        return any(entry["id"] == job for entry in jobs["finished"])

    wait_for(finished, 120, "the scrapyd job to finish")
    items = read_lines(output_dir)
    truth = site.site.truth(site.base_url)
    assert sorted(item["canonical_url"] for item in items) == sorted(record["canonical_url"] for record in truth)
    assert list((output_dir / "reports").glob("*.html"))
