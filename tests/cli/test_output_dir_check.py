"""OUTPUT_DIR is checked before a crawl opens anything: a read-only file system or a missing permission is
one line (these cannot be made for real without privileges: the scratch write is made to fail)."""

from __future__ import annotations

import errno
import tempfile

import pytest
from scrapy.settings import Settings

from crawler.commands.crawl import output_dir_problem


def settings_for(path) -> Settings:
    return Settings({"OUTPUT_DIR": str(path)})


def test_a_writable_folder_or_a_creatable_one_is_fine(tmp_path):
    assert output_dir_problem(settings_for(tmp_path)) is None
    assert output_dir_problem(settings_for(tmp_path / "new" / "deeper")) is None
    assert list(tmp_path.iterdir()) == []  # the check leaves nothing behind


@pytest.mark.parametrize("code, says", [(errno.EROFS, "the file system is read-only"),
                                        (errno.EACCES, "permission denied")])
def test_an_unwritable_folder_is_one_line(tmp_path, monkeypatch, code, says):
    def refuse(*args, **kwargs):
        raise OSError(code, "refused")
    monkeypatch.setattr(tempfile, "TemporaryFile", refuse)
    assert output_dir_problem(settings_for(tmp_path / "out")) == f"OUTPUT_DIR={tmp_path / 'out'} cannot be written: {says}"


def test_a_component_failing_at_start_is_named_by_its_type():
    from crawler.commands.crawl import start_error_line
    from crawler.spiders.arguments import SpiderArgumentError

    assert start_error_line(SpiderArgumentError("mode", "x", "unknown mode")) == "-a mode=x: unknown mode"
    assert start_error_line(OSError(28, "No space left on device")) == (
        "OSError: [Errno 28] No space left on device (the traceback: -s LOG_LEVEL=DEBUG)")
