"""Build a self-contained app bundle with PyInstaller (issue: installer).

Not built yet: the bundle, the platform packages and the bundle's --self-test come with
the installer issue. Until then this script says so instead of pretending to build.
"""

from __future__ import annotations

import sys


def main() -> int:
    print(
        "build_installer.py: the installer is not implemented yet (see the installer issue);"
        " run the app from source with `make run`.",
        file=sys.stderr,
    )
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
