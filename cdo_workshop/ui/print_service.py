"""Printing the agreement as what it is, a PDF, through the system's print service.

Rasterising the pages through QPrinter (pdf_preview.print_pdf) sends about 1.2 MB of
pixels per page and prints text a little soft. Where CUPS is there (Linux, macOS: the `lp`
command), the PDF itself goes to the printer the print dialog chose, with its copies,
duplex and page range; the printer's own driver lays out text and lines sharply. Without a
print service (Windows, or no CUPS client), or for a printer Qt does not know by name,
the pages are rasterised as before.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

SPOOL_TIMEOUT_S = 60  # lp only queues the job; it answers within a second or two


class SpoolerRefused(Exception):
    """The print service did not take the job; `detail` is what it said."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


@dataclass(frozen=True)
class PrintTarget:
    """What the print dialog chose, read on the UI thread."""

    printer: str
    copies: int = 1
    duplex: str = ""  # "" (the printer's default) | "one-sided" | long or short edge
    pages: tuple[int, int] | None = None  # first and last page, 1-based


def spooler() -> str | None:
    """The `lp` command of CUPS, if this system has one (never on Windows)."""
    if sys.platform == "win32":
        return None
    return shutil.which("lp")


def target_of(printer: QPrinter) -> PrintTarget | None:
    """The dialog's choice if it is a real printer known by name, else None (rasterise)."""
    from PySide6.QtPrintSupport import QPrinter

    if printer.outputFormat() != QPrinter.OutputFormat.NativeFormat:
        return None
    name = printer.printerName()
    if not name or printer.outputFileName():
        return None
    sides = {
        QPrinter.DuplexMode.DuplexNone: "one-sided",
        QPrinter.DuplexMode.DuplexLongSide: "two-sided-long-edge",
        QPrinter.DuplexMode.DuplexShortSide: "two-sided-short-edge",
    }.get(printer.duplex(), "")
    pages = None
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        pages = (printer.fromPage(), max(printer.fromPage(), printer.toPage()))
    return PrintTarget(name, max(1, printer.copyCount()), sides, pages)


def command(lp: str, target: PrintTarget, path: Path, title: str) -> list[str]:
    args = [lp, "-d", target.printer, "-n", str(target.copies), "-t", title]
    if target.duplex:
        args += ["-o", f"sides={target.duplex}"]
    if target.pages is not None:
        args += ["-P", f"{target.pages[0]}-{target.pages[1]}"]
    return [*args, "--", str(path)]


def send(
    data: bytes,
    target: PrintTarget,
    title: str,
    pages: int,
    report: Callable[[float, str], None] | None = None,
) -> int:
    """Hand the PDF to the print service (in a worker thread); returns the pages sent."""
    lp = spooler()
    if lp is None:
        raise SpoolerRefused("lp not found")
    if report is not None:
        report(0.1, "print")
    # A private temporary file (0600): the agreement holds names; deleted once queued
    # (CUPS copies the file into its spool when lp returns).
    handle, name = tempfile.mkstemp(prefix="cdo-agreement-", suffix=".pdf")
    path = Path(name)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        try:
            done = subprocess.run(
                command(lp, target, path, title),
                capture_output=True,
                text=True,
                timeout=SPOOL_TIMEOUT_S,
                stdin=subprocess.DEVNULL,
            )
        except (OSError, subprocess.TimeoutExpired) as e:
            raise SpoolerRefused(str(e)) from None
        if done.returncode != 0:
            raise SpoolerRefused((done.stderr or done.stdout).strip() or f"exit {done.returncode}")
    finally:
        path.unlink(missing_ok=True)
    if report is not None:
        report(1.0, "print")
    if target.pages is not None:
        return max(0, min(target.pages[1], pages) - target.pages[0] + 1)
    return pages
