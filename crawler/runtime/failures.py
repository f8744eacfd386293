"""Why a request failed, as a short stats key (`article/failed/<reason>`): one word per kind of fault."""

from __future__ import annotations

from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import ConnectionDone, ConnectionLost, TimeoutError
from twisted.web._newclient import ResponseFailed

# IgnoreRequest carries its cause in its message only (Scrapy's middlewares raise it bare).
_IGNORED = (("robots.txt", "robots_txt"), ("offsite", "offsite"), ("redirect", "redirect_loop"),
            ("DOWNLOAD_MAXSIZE", "too_large"))
_BY_TYPE = ((DownloadTimeoutError, "timeout"), (TimeoutError, "timeout"),
            (DownloadCancelledError, "too_large"), (ResponseDataLossError, "data_loss"),
            (CannotResolveHostError, "dns"), (DownloadConnectionRefusedError, "connection_refused"),
            (ConnectionLost, "connection_lost"), (ConnectionDone, "connection_lost"),
            (ResponseFailed, "connection_lost"), (DownloadFailedError, "connection_lost"))


def failure_reason(error: BaseException) -> str:
    if isinstance(error, HttpError):
        return f"http_{error.response.status}"
    if isinstance(error, IgnoreRequest):
        text = str(error)
        return next((reason for needle, reason in _IGNORED if needle in text), "ignored")
    for kind, reason in _BY_TYPE:
        if isinstance(error, kind):
            return reason
    return type(error).__name__.lower()
