"""The one tree of caibao's exceptions. Each carries the input it is about, so the CLI can print
one clear line (``<input>: <reason>``) and exit non-zero."""

from __future__ import annotations


class CaibaoError(Exception):
    """Base of every error caibao raises on purpose."""

    exit_code = 2

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class InputError(CaibaoError):
    """An input that cannot be read at all: missing, empty, binary, truncated, too large."""


class NotAPdfError(InputError):
    """The file is not a PDF."""


class EncryptedPdfError(InputError):
    """The PDF is encrypted and cannot be read without a password."""


class NoTextLayerError(InputError):
    """A scanned PDF: pages carry images but no text layer."""


class UnsupportedReportError(CaibaoError):
    """A readable document whose kind or layout caibao does not read yet (banks, insurers, ...)."""


class UnknownCompanyError(CaibaoError):
    """A company code or name that is in no alias table and no store."""


class StoreError(CaibaoError):
    """The fact store cannot be opened or written."""
