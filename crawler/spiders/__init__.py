"""Spiders: one thin class per site, discovery shared in `base.NewsSpider`."""
