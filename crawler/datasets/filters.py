"""Dataset filters: sites, publication days (inclusive, in WIB), edition, category."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from crawler.times import wib_day


@dataclass(frozen=True)
class Filters:
    since: date | None = None
    until: date | None = None
    edition: str | None = None
    category: str | None = None  # a category name or any slug of category_path, case-insensitive
    sites: tuple[str, ...] | None = None  # site names (spider / profile names)

    def matches(self, article: dict, site: str | None = None) -> bool:
        """`site`: the article's site when known better than its `site` field (see `RunLine.site`)."""
        if self.sites is not None and (site or article.get("site")) not in self.sites:
            return False
        if self.edition is not None and article.get("edition") != self.edition:
            return False
        if self.category is not None:
            wanted = self.category.casefold()
            names = [article.get("category") or "", *(article.get("category_path") or [])]
            if wanted not in (name.casefold() for name in names):
                return False
        if self.since is not None or self.until is not None:
            day = wib_day(article.get("published_at"))
            if day is None:  # an undated article is outside every date window
                return False
            if self.since is not None and day < self.since:
                return False
            if self.until is not None and day > self.until:
                return False
        return True

    def describe(self) -> dict[str, str]:
        return {name: ",".join(value) if isinstance(value, tuple) else str(value)
                for name, value in vars(self).items() if value is not None}
