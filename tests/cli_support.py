"""What the CLI tests share: running cli.main in this process and its result."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from cdo_workshop import cli


@dataclass
class Result:
    code: int
    out: str
    err: str


def run_cli(capsys: pytest.CaptureFixture[str], *args: str | Path) -> Result:
    """cli.main(args) in this process; SystemExit (argparse) counts as the exit code."""
    capsys.readouterr()
    try:
        code = cli.main([str(a) for a in args])
    except SystemExit as e:
        code = e.code if isinstance(e.code, int) else 1
    out, err = capsys.readouterr()
    return Result(code, out, err)
