"""Reading an article from a file or standard input, refusing what is not one.

An article is text: UTF-8 (with or without BOM), UTF-16 with a BOM, GB18030 (Chinese sites
still serve it), else Latin-1. Refused, each with one clear reason: a missing file, an empty one, binary data
(NUL bytes or control characters), more than ``MAX_BYTES``, text without a single digit.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError

MAX_BYTES = 2_000_000  # a long feature is ~50 kB; beyond this it is not an article
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_DIGIT = re.compile(r"[0-9０-９]")


def decode(data: bytes, name: str) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(name, "not readable text (broken UTF-16)") from exc
    if b"\x00" in data:
        raise InputError(name, "binary data, not an article (NUL bytes)")
    # latin-1 decodes any bytes: it is the last resort, and the control check below catches
    # binary data it lets through
    for encoding in ("utf-8-sig", "gb18030", "latin-1"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    if len(_CONTROL.findall(text[:4096])) > 8:
        raise InputError(name, "binary data, not an article (control characters)")
    return text


def read_article(path: str, stream: BinaryIO | None = None) -> str:
    """The article at ``path`` ("-" with ``stream`` for standard input) as text."""
    name = "<stdin>" if path == "-" else path
    try:
        if stream is not None:
            data = stream.read(MAX_BYTES + 1)
        else:
            p = Path(path)
            if not p.is_file():
                raise InputError(name, "no such file" if not p.exists() else "not a file")
            if p.stat().st_size > MAX_BYTES:
                raise InputError(
                    name,
                    f"too large for an article ({p.stat().st_size:,} bytes; limit {MAX_BYTES:,})",
                )
            data = p.read_bytes()
    except OSError as exc:
        raise InputError(name, f"cannot read it ({exc.strerror})") from exc
    if len(data) > MAX_BYTES:
        raise InputError(name, f"too large for an article (more than {MAX_BYTES:,} bytes)")
    if not data.strip():
        raise InputError(name, "empty: there is no article to check")
    text = decode(data, name)
    if not text.strip():
        raise InputError(name, "empty: there is no article to check")
    if not _DIGIT.search(text):
        raise InputError(name, "no numbers in it: nothing to check")
    return text
