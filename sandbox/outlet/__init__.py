"""The outlet sandbox: an Indonesian news outlet no crawler profile knows, crawled by `scrapy crawl news`."""

from sandbox.outlet.site import OutletSite

__all__ = ["OutletSite"]
