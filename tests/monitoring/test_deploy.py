"""The cron lines and systemd units in deploy/ are well-formed and run this project's `scrapy crawl <site>`."""

from __future__ import annotations

import configparser
import re
import shlex
from pathlib import Path

import pytest
from scrapy.settings import Settings
from scrapy.utils.project import get_project_settings

from scrapy.spiderloader import SpiderLoader

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"
CRON_FIELD = re.compile(r"^(\*|\d+(-\d+)?)(/\d+)?(,(\d+(-\d+)?)(/\d+)?)*$")
CRON_RANGES = ((0, 59), (0, 23), (1, 31), (1, 12), (0, 7))


SPIDERS = SpiderLoader.from_settings(get_project_settings())
SITES = ("mina", "antara")  # every site the deploy files schedule


def check_crawl_command(words: list[str]) -> tuple[dict[str, str], dict[str, str]]:
    """`<install>/.venv/bin/scrapy crawl <site> -a k=v... -s K=V...`: the spider exists and accepts the
    arguments, and every setting exists. Returns the spider arguments and the settings."""
    assert words[0].endswith(".venv/bin/scrapy") and words[1] == "crawl", words
    spider_class = SPIDERS.load(words[2])  # KeyError for an unknown spider
    spider_args, settings, rest = {}, {}, words[3:]
    assert len(rest) % 2 == 0, rest
    for flag, value in zip(rest[::2], rest[1::2]):
        name, _, setting = value.partition("=")
        assert flag in ("-a", "-s") and setting, (flag, value)
        (spider_args if flag == "-a" else settings)[name] = setting
    spider_class(**spider_args)  # raises on an unknown edition or mode
    known = get_project_settings()
    for name in settings:
        assert name in known or name in Settings(), f"unknown setting {name}"
    return spider_args, settings


def cron_jobs() -> list[tuple[list[str], str]]:
    jobs = []
    for line in (DEPLOY / "cron.example").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or re.match(r"^[A-Z_]+=", line):
            continue
        fields = line.split(None, 5)
        jobs.append((fields[:5], fields[5]))
    return jobs


def test_cron_lines_are_well_formed_and_crawl():
    jobs = cron_jobs()
    modes, sites = set(), set()
    for schedule, command in jobs:
        for field, (low, high) in zip(schedule, CRON_RANGES):
            assert CRON_FIELD.match(field), field
            assert all(low <= int(n) <= high for n in re.findall(r"(?<![/\d])\d+", field)), field
        assert "%" not in command  # cron turns % into a newline
        crawl = shlex.split(command.split("&&", 1)[1].split(";", 1)[0])
        spider_args, settings = check_crawl_command(crawl)
        assert settings["OUTPUT_DIR"].startswith("/")
        modes.add(spider_args["mode"])
        sites.add(crawl[2])
        assert "rc -eq 75" in command  # a held lock is not worth a mail
        assert settings["LOG_FILE"].startswith("/var/log/news-crawler/")
    assert modes == {"monitor", "full"}
    assert sites == set(SITES)
    assert len(jobs) == 2 * len(SITES)
    assert not any(line.startswith("CRON_TZ") for line in (DEPLOY / "cron.example").read_text().splitlines())


def units() -> dict[str, configparser.ConfigParser]:
    parsed = {}
    for path in sorted((DEPLOY / "systemd").iterdir()):
        parser = configparser.ConfigParser(strict=True, interpolation=None)
        parser.optionxform = str  # systemd keys are case-sensitive
        parser.read_string(path.read_text(encoding="utf-8"), source=str(path))
        parsed[path.name] = parser
    return parsed


@pytest.mark.parametrize("site", SITES)
@pytest.mark.parametrize("name", ["news-monitor", "news-full"])
def test_systemd_service_and_timer_pair(name, site):
    found = units()
    service, timer = found[f"{name}@.service"], found[f"{name}@.timer"]
    assert service["Service"]["Type"] == "oneshot"
    assert "75" in service["Service"]["SuccessExitStatus"].split()
    # The data and log directories exist before the crawl writes to them.
    assert service["Service"]["StateDirectory"] and service["Service"]["LogsDirectory"]
    assert service["Unit"]["OnFailure"].split("@")[0] + "@.service" in found
    words = shlex.split(service["Service"]["ExecStart"].replace("%i", site))
    assert words[0].startswith(service["Service"]["WorkingDirectory"] + "/")
    _, settings = check_crawl_command(words)
    assert settings["OUTPUT_DIR"] == f"/var/lib/{service['Service']['StateDirectory']}"
    assert settings["LOG_FILE"].startswith(f"/var/log/{service['Service']['LogsDirectory']}/")
    assert timer["Timer"]["Unit"] == f"{name}@%i.service"
    assert {"OnCalendar", "OnUnitActiveSec"} & set(timer["Timer"])
    assert timer["Install"]["WantedBy"] == "timers.target"


def test_every_unit_file_belongs_to_a_pair():
    names = set(units())
    pairs = {f"{stem}@.{kind}" for stem in ("news-monitor", "news-full") for kind in ("service", "timer")}
    assert names == pairs | {"news-crawl-failed@.service"}
