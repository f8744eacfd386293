"""The cron lines and systemd units in deploy/ are well-formed and run this project's `scrapy crawl mina`."""

from __future__ import annotations

import configparser
import re
import shlex
from pathlib import Path

import pytest
from scrapy.settings import Settings
from scrapy.utils.project import get_project_settings

from crawler.spiders.mina import MinaSpider

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"
CRON_FIELD = re.compile(r"^(\*|\d+(-\d+)?)(/\d+)?(,(\d+(-\d+)?)(/\d+)?)*$")
CRON_RANGES = ((0, 59), (0, 23), (1, 31), (1, 12), (0, 7))


def check_crawl_command(words: list[str]) -> tuple[dict[str, str], dict[str, str]]:
    """`<install>/.venv/bin/scrapy crawl mina -a k=v... -s K=V...`: the spider accepts the arguments
    and every setting exists. Returns the spider arguments and the settings."""
    assert words[0].endswith(".venv/bin/scrapy") and words[1:3] == ["crawl", "mina"], words
    spider_args, settings, rest = {}, {}, words[3:]
    assert len(rest) % 2 == 0, rest
    for flag, value in zip(rest[::2], rest[1::2]):
        name, _, setting = value.partition("=")
        assert flag in ("-a", "-s") and setting, (flag, value)
        (spider_args if flag == "-a" else settings)[name] = setting
    MinaSpider(**spider_args)  # raises on an unknown edition or mode
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
    assert len(jobs) == 2
    modes = set()
    for schedule, command in jobs:
        for field, (low, high) in zip(schedule, CRON_RANGES):
            assert CRON_FIELD.match(field), field
            assert all(low <= int(n) <= high for n in re.findall(r"(?<![/\d])\d+", field)), field
        assert "%" not in command  # cron turns % into a newline
        crawl = shlex.split(command.split("&&", 1)[1].split(";", 1)[0])
        spider_args, settings = check_crawl_command(crawl)
        assert settings["OUTPUT_DIR"].startswith("/")
        modes.add(spider_args["mode"])
        assert "rc -eq 75" in command  # a held lock is not worth a mail
    assert modes == {"monitor", "full"}


def units() -> dict[str, configparser.ConfigParser]:
    parsed = {}
    for path in sorted((DEPLOY / "systemd").iterdir()):
        parser = configparser.ConfigParser(strict=True, interpolation=None)
        parser.optionxform = str  # systemd keys are case-sensitive
        parser.read_string(path.read_text(encoding="utf-8"), source=str(path))
        parsed[path.name] = parser
    return parsed


@pytest.mark.parametrize("name", ["mina-monitor", "mina-full"])
def test_systemd_service_and_timer_pair(name):
    found = units()
    service, timer = found[f"{name}.service"], found[f"{name}.timer"]
    assert service["Service"]["Type"] == "oneshot"
    assert "75" in service["Service"]["SuccessExitStatus"].split()
    words = shlex.split(service["Service"]["ExecStart"])
    assert words[0].startswith(service["Service"]["WorkingDirectory"] + "/")
    check_crawl_command(words)
    assert timer["Timer"]["Unit"] == f"{name}.service"
    assert {"OnCalendar", "OnUnitActiveSec"} & set(timer["Timer"])
    assert timer["Install"]["WantedBy"] == "timers.target"


def test_every_unit_file_belongs_to_a_pair():
    names = set(units())
    assert names == {f"{stem}.{kind}" for stem in ("mina-monitor", "mina-full") for kind in ("service", "timer")}
