"""The README's two commands are the ones users and CI run."""

import re

from tests.conftest import ROOT


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text()
    return re.findall(r"```sh\n(.+?)\n```", text, flags=re.DOTALL)[:2]


def test_the_readme_starts_with_a_run_command_and_a_test_command():
    run, test = readme_commands()
    assert "parley serve --load seeds" in run and "pip install -e ." in run
    assert "pytest" in test and '".[test]"' in test


def test_ci_runs_exactly_the_readme_test_command():
    _, test = readme_commands()
    script = (ROOT / ".ci" / "run").read_text().splitlines()
    assert test in script
    # only set-up (such as installing the system's Chromium) may come before it
    commands = [line for line in script if line.strip() and not line.lstrip().startswith("#")]
    assert commands[-1] == test
