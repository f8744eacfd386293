"""The add-on that leaves out Scrapy components their own setting switches off.

Scrapy imports every component of its settings, even one set to None, then the component
itself declines when its setting is off. Some of those imports are heavy for a run that
never uses them: the remote control loads aiohttp (~0.25 s), the cookies middleware
tldextract (~0.08 s), paid by every scheduled poll at start. These are taken out of
Scrapy's defaults (`EXTENSIONS_BASE`, `DOWNLOADER_MIDDLEWARES_BASE`) before anything is
loaded. Add-ons see the settings after `-s` overrides: `-s COOKIES_ENABLED=True` (or
`REMOTE_CONTROL_ENABLED`, `TELNETCONSOLE_ENABLED`) keeps its component.
"""

from __future__ import annotations

# switch setting -> (Scrapy's defaults setting, component): left out when the switch is off.
SWITCHES = {
    "REMOTE_CONTROL_ENABLED": ("EXTENSIONS_BASE", "scrapy.extensions.remote_control.RemoteControl"),
    "TELNETCONSOLE_ENABLED": ("EXTENSIONS_BASE", "scrapy.extensions.telnet.TelnetConsole"),
    "COOKIES_ENABLED": ("DOWNLOADER_MIDDLEWARES_BASE", "scrapy.downloadermiddlewares.cookies.CookiesMiddleware"),
}


class SwitchedOffComponents:
    def update_settings(self, settings) -> None:
        for switch, (defaults, component) in SWITCHES.items():
            if not settings.getbool(switch) and component in settings[defaults]:
                del settings[defaults][component]
