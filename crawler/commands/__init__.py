"""Project Scrapy commands (`COMMANDS_MODULE = "crawler.commands"`)."""
