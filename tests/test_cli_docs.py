"""Every command is documented in the README and offers the same --json output."""

from __future__ import annotations

import re

import pytest

from caibao.cli import main
from conftest import ROOT

COMMANDS = sorted(main.commands)


def test_the_readme_starts_with_the_two_set_up_commands():
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    commands = [line.split("#")[0].strip() for line in lines[:8] if line.startswith("make ")]
    assert commands == ["make demo", "make test"]


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_is_in_the_readme(name):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert re.search(rf"caibao {name}\b", readme), f"`caibao {name}` is not in README.md"


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_offers_json(name):
    options = {opt for param in main.commands[name].params for opt in param.opts}
    assert "--json" in options, f"`caibao {name}` has no --json"
