"""Shared test fixtures. Real reports are read in place from ../shared; tests that need them skip
with a clear message on a fresh clone without it, and never skip in CI."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
SEED = SHARED / "seed"


def need_shared() -> Path:
    if not CORPUS.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"CI needs the shared corpus at {CORPUS}")
        pytest.skip(f"the shared corpus is not at {CORPUS} (a fresh clone): skipped")
    return SHARED


@pytest.fixture(scope="session")
def shared() -> Path:
    return need_shared()


@pytest.fixture(scope="session")
def corpus(shared: Path) -> Path:
    return shared / "corpus"


@pytest.fixture(scope="session")
def seed(shared: Path) -> Path:
    return shared / "seed"
