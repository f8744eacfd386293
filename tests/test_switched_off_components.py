"""Scrapy components switched off by their own setting are left out of the run; `-s` brings them back."""

from __future__ import annotations

from scrapy.settings import Settings

from crawler.extensions.switched_off import SwitchedOffComponents

REMOTE_CONTROL = "scrapy.extensions.remote_control.RemoteControl"
TELNET = "scrapy.extensions.telnet.TelnetConsole"
COOKIES = "scrapy.downloadermiddlewares.cookies.CookiesMiddleware"


def project_settings(**overrides) -> Settings:
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    settings.setdict(overrides, priority="cmdline")
    SwitchedOffComponents().update_settings(settings)
    return settings


def test_switched_off_components_are_not_loaded():
    settings = project_settings()
    extensions = settings.getwithbase("EXTENSIONS")
    assert REMOTE_CONTROL not in extensions and TELNET not in extensions
    assert COOKIES not in settings.getwithbase("DOWNLOADER_MIDDLEWARES")
    assert "scrapy.extensions.corestats.CoreStats" in extensions  # the others stay


def test_a_component_switched_on_from_the_command_line_stays():
    settings = project_settings(COOKIES_ENABLED=True)
    assert COOKIES in settings.getwithbase("DOWNLOADER_MIDDLEWARES")
    assert REMOTE_CONTROL not in settings.getwithbase("EXTENSIONS")
