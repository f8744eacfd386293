"""One module per field family; each extractor takes a loaded `Page` and returns
(value, strategy name), the strategies tried in a fixed order (see `crawler.parsing.article`)."""
