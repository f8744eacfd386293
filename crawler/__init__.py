"""MINA news crawler: a Scrapy project for minanews.net and its editions."""
