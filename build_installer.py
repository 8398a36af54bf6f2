"""Build the self-contained CDO Workshop app: a PyInstaller one-folder bundle plus a package.

    .venv/bin/python build_installer.py            # bundle, size, self-test, start-up, package
    .venv/bin/python build_installer.py --help     # options

Steps, for the operating system it runs on (PyInstaller cannot cross-build):

1. compile the translations (.ts -> .qm with pyside6-lrelease) if they are missing or old;
2. write a PyInstaller spec (build/installer/cdo-workshop.spec) and run PyInstaller: one
   folder in dist/cdo-workshop/ (macOS: dist/CDO Workshop.app) with the app's resources;
3. keep only what the app needs of Qt (library-notes G8): `--exclude-module` alone barely
   helps, because Qt *plugins* pull in libraries (the virtual keyboard brings QML and
   Quick, the pdf image format QtPdf, Wayland and EGLFS their own stacks). So the spec
   filters `a.binaries`/`a.datas`: only the plugins in QT_PLUGINS, Qt's own translations
   for de/en only, hyphenation dictionaries for de/en only, and then every shared library
   that no kept extension module or plugin links to (transitively) is left out;
4. on Linux, strip the debug information of Python's own libraries (a pyenv or
   self-compiled Python ships libpython with about 20 MB of it);
5. report the unpacked size (required below 200 MiB, goal 150 MiB) and its biggest parts;
6. run the bundle's `--self-test` offscreen in a minimal environment (no venv on PATH,
   a throw-away HOME) and fail if it fails;
7. measure the start-up (`--exit-when-ready`) of the bundle and of the source app;
8. package: Linux a .tar.gz with a .desktop file, icon and a per-user install.sh;
   Windows an Inno Setup script (per-user install, no admin rights), compiled when
   `iscc` is available; macOS the .app in a .dmg (hdiutil).

Everything lands in dist/ (git-ignored); the numbers also go to dist/build-report.json.
Only the Linux path is exercised by the tests (tests/test_installer.py, `make installer-test`).
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import os
import platform
import posixpath
import re
import shutil
import statistics
import struct
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent
DIST = ROOT / "dist"
WORK = ROOT / "build" / "installer"
APP = "cdo-workshop"  # executable and folder name
TITLE = "CDO Workshop"
BUNDLE_ID = "org.cdo-workshop.CDOWorkshop"
# Inno Setup identifies the installed app by this; never change it (upgrades find it).
WINDOWS_APP_ID = "{{6B0F3C52-1D7E-4E8B-9C51-7A0C9E2F4D1B}"
ICON_PNG = ROOT / "resources" / "icons" / "cdo-workshop.png"
ICON_SVG = ROOT / "resources" / "icons" / "cdo-workshop.svg"
MAX_MIB = 200
GOAL_MIB = 150
LANGUAGES = ("de", "en")

# resources/ subfolders that go into the bundle (the .ts sources stay out, the .qm go in).
RESOURCE_FOLDERS = ("catalog", "fonts", "icons", "room", "samples", "schema", "styles")

# Imported lazily (inside functions) or by name at run time; PyInstaller's analysis finds
# most function-level imports itself, these make sure of it.
HIDDEN_IMPORTS = [
    "PySide6.QtNetwork",  # phone voting lists the network interfaces (QNetworkInterface)
    "aiohttp",  # the room server (cdo_workshop/room), imported when a round starts
    "segno",
    "segno.helpers",
    "PySide6.QtCharts",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtPrintSupport",
    "_rl_accel",  # ReportLab's C speed-ups, imported with exec() in reportlab.lib.rl_accel
    "reportlab.graphics.charts.barcharts",
    "reportlab.graphics.charts.spider",
    "reportlab.platypus",
    "pyphen",
    "pikepdf",
    "pyhanko.sign.signers",
    "pyhanko.sign.fields",
    "pyhanko.sign.validation",
    "pyhanko.pdf_utils.incremental_writer",
    "pyhanko_certvalidator",
    "sqlite_utils",
    "jsonschema",
    "platformdirs",
]

# Python modules the app never uses (their libraries then fall out with them).
EXCLUDED_MODULES = [
    "tkinter",
    "_tkinter",
    "pydoc_data",
    "PySide6.QtDBus",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtSvg",
    "PySide6.QtSvgWidgets",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuick3D",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtMultimedia",
    "PySide6.QtMultimediaWidgets",
    "PySide6.Qt3DCore",
    "PySide6.QtVirtualKeyboard",
    "PySide6.QtTest",
    "PySide6.QtUiTools",
    "PySide6.QtDesigner",
    # Pillow: only PNG/JPEG are read (signature images, the ICC profile via ImageCms).
    "PIL._avif",
    "PIL.AvifImagePlugin",
    "PIL._webp",
    "PIL.WebPImagePlugin",
    "PIL._imagingtk",
    "PIL.ImageTk",
    "PIL._imagingft",
    "PIL.ImageQt",
    # Build tools: pulled in through optional code paths; their run-time hooks
    # (pkg_resources) cost about 0.3 s at every start.
    "setuptools",
    "pkg_resources",
    "distutils",
    "_distutils_hack",
    "pip",
    "unittest",
    "doctest",
    "pydoc",
    # HTTP clients that only online certificate checks would use (verify never fetches;
    # jsonschema imports requests only for remote $refs, ours are local).
    "requests",
    "urllib3",
    "charset_normalizer",
    # East Asian codecs (the app reads and writes UTF-8 only).
    "_codecs_cn",
    "_codecs_hk",
    "_codecs_iso2022",
    "_codecs_jp",
    "_codecs_kr",
    "_codecs_tw",
    # lxml: pikepdf's XMP metadata needs lxml.etree only.
    "lxml.objectify",
    "lxml.html",
    "lxml.isoschematron",
]

# Qt plugins kept, by plugin folder: file name patterns (all platforms). Every other plugin
# folder (egldeviceintegrations, generic, networkinformation, tls, sqldrivers, multimedia,
# wayland-graphics-integration-*, …) is left out.
QT_PLUGINS: dict[str, tuple[str, ...]] = {
    # X11, Wayland, Windows, macOS; offscreen for the self-test and headless runs.
    "platforms": ("*qxcb*", "*qwayland*", "*qwindows*", "*qcocoa*", "*qoffscreen*"),
    "xcbglintegrations": ("*",),
    "wayland-shell-integration": ("*xdg-shell*",),
    # Client-side window decorations (GNOME has no server-side ones).
    "wayland-decoration-client": ("*",),
    # File dialogs through the desktop portal (Flatpak/Snap desktops); no GTK theme plugin,
    # it pulls GTK, Pango and Cairo.
    "platformthemes": ("*xdgdesktopportal*",),
    # Dead keys / compose and IBus input methods; not the virtual keyboard (QML, Quick).
    "platforminputcontexts": ("*compose*", "*ibus*"),
    "imageformats": ("*qjpeg*", "*qgif*", "*qico*", "*qsvg*"),
    "iconengines": ("*qsvgicon*",),
    "styles": ("*",),  # the native Windows and macOS styles
    "printsupport": ("*",),  # CUPS on Linux, the Windows print system
}

# Qt's own translations: the standard dialogs in our two languages.
QT_TRANSLATIONS = tuple(f"qtbase_{language}.qm" for language in LANGUAGES)
# Hyphenation for the PDF (cdo_workshop/export/styles.py HYPHENATION) and en_US as fallback.
HYPHENATION = ("de_DE", "en_GB", "en_US")

# Shared libraries kept although nothing links to them: the bootloader loads Python.
ALWAYS_KEEP = ("libpython*", "python3*.dll", "python", "python3*")


def log(text: str) -> None:
    print(f"build_installer: {text}", flush=True)


class BuildError(Exception):
    pass


# -- filtering PyInstaller's table of contents (runs inside the spec) ----------------------


def _norm(dest: str) -> str:
    return dest.replace("\\", "/")


def qt_plugin(dest: str) -> tuple[str, str] | None:
    """(plugin folder, file name) if `dest` is a Qt plugin of PySide6, else None."""
    parts = _norm(dest).split("/")
    if parts[0] != "PySide6" or "plugins" not in parts:
        return None
    i = parts.index("plugins")
    if len(parts) < i + 3:
        return None
    return parts[i + 1], parts[-1]


def keep_plugin(folder: str, name: str) -> bool:
    patterns = QT_PLUGINS.get(folder, ())
    return any(fnmatch.fnmatch(name.lower(), p) for p in patterns)


def keep_data(dest: str) -> bool:
    parts = _norm(dest).split("/")
    if parts[0] == "PySide6" and "translations" in parts:
        return parts[-1] in QT_TRANSLATIONS
    if parts[:2] == ["pyphen", "dictionaries"]:
        name = parts[-1]
        return any(code in name for code in HYPHENATION) or name.startswith("README_hyph_de")
    return True


def _framework(dest: str) -> str | None:
    """'PySide6/Qt/lib/QtQml.framework' for anything inside that macOS framework."""
    norm = _norm(dest)
    match = re.match(r"(.*?\.framework)(/|$)", norm)
    return match.group(1) if match else None


def filter_toc(
    binaries: Sequence[Any], datas: Sequence[Any], imports: Any = None
) -> tuple[list[Any], list[Any], list[str]]:
    """The binaries and datas the app needs, and the destination names left out.

    `imports(path)` returns the libraries a binary links to as (name, resolved path)
    pairs (PyInstaller's bindepend.get_imports by default).
    """
    if imports is None:
        from PyInstaller.depend.bindepend import get_imports

        imports = get_imports
    dropped: list[str] = []

    def base(dest: str) -> str:
        return _norm(dest).rsplit("/", 1)[-1].lower()

    symlinks = [e for e in [*binaries, *datas] if e[2] == "SYMLINK"]
    candidates = []
    for entry in binaries:
        if entry[2] == "SYMLINK":
            continue
        plugin = qt_plugin(entry[0])
        if plugin is not None and not keep_plugin(*plugin):
            dropped.append(entry[0])
        else:
            candidates.append(entry)

    # Roots: Python extension modules, kept plugins, the Python library. Every other shared
    # library stays only if a root links to it (directly or through other libraries).
    def is_root(entry: Any) -> bool:
        dest, _src, typecode = entry
        return (
            typecode == "EXTENSION"
            or qt_plugin(dest) is not None
            or any(fnmatch.fnmatch(base(dest), p) for p in ALWAYS_KEEP)
        )

    by_name: dict[str, list[Any]] = {}
    for entry in candidates:
        by_name.setdefault(base(entry[0]), []).append(entry)
    reached: set[int] = set()
    queue = [e for e in candidates if is_root(e)]
    while queue:
        entry = queue.pop()
        if id(entry) in reached:
            continue
        reached.add(id(entry))
        try:
            linked = imports(entry[1])
        except Exception:  # unreadable binary: keep it, follow nothing
            linked = ()
        for name, _path in linked:
            for target in by_name.get(_norm(name).rsplit("/", 1)[-1].lower(), []):
                if id(target) not in reached:
                    queue.append(target)
    kept = [e for e in candidates if id(e) in reached]
    dropped += [e[0] for e in candidates if id(e) not in reached]

    dropped_frameworks = {f for f in map(_framework, dropped) if f}
    kept_datas = []
    for entry in datas:
        if entry[2] == "SYMLINK":
            continue
        if keep_data(entry[0]) and _framework(entry[0]) not in dropped_frameworks:
            kept_datas.append(entry)
        else:
            dropped.append(entry[0])

    # A symbolic link stays only if what it points to stays (PyInstaller links libraries it
    # collects into subfolders from the top folder; the link's source is relative to it).
    present = {_norm(e[0]) for e in [*kept, *kept_datas]}
    present_dirs = {d for p in present for d in _parents(p)}
    links = {
        _norm(e[0]): posixpath.normpath(posixpath.join(posixpath.dirname(_norm(e[0])), _norm(e[1])))
        for e in symlinks
    }
    for entry in symlinks:
        target = _resolve(links[_norm(entry[0])], links)
        if target not in present and target not in present_dirs:
            dropped.append(entry[0])
        elif entry in binaries:
            kept.append(entry)
        else:
            kept_datas.append(entry)
    return kept, kept_datas, dropped


def _resolve(path: str, links: dict[str, str]) -> str:
    """`path` with symbolic links (e.g. a macOS framework's Versions/Current) followed."""
    for _ in range(40):
        parts = path.split("/")
        for i in range(1, len(parts) + 1):
            prefix = "/".join(parts[:i])
            if prefix in links:
                path = posixpath.normpath("/".join([links[prefix], *parts[i:]]))
                break
        else:
            return path
    return path


def _parents(path: str) -> Iterable[str]:
    parts = path.split("/")
    return ("/".join(parts[:i]) for i in range(1, len(parts)))


# -- the spec ------------------------------------------------------------------------------

SPEC = """\
# Generated by build_installer.py; edit that file, not this one.
import sys

sys.path.insert(0, {root!r})
import build_installer as bi

a = Analysis(
    [{entry!r}],
    pathex=[{root!r}],
    datas={datas!r},
    hiddenimports={hiddenimports!r},
    excludes={excludes!r},
    noarchive=False,
)
if {filtered!r}:
    a.binaries, a.datas, dropped = bi.filter_toc(a.binaries, a.datas)
    with open({dropped_log!r}, "w", encoding="utf-8") as f:
        f.write("\\n".join(sorted(dropped)) + "\\n")
pyz = PYZ(a.pure)
exes = [
    EXE(
        pyz,
        a.scripts,
        [],
        exclude_binaries=True,
        name=name,
        console=console,
        icon={icon!r},
        upx=False,
        strip=False,
    )
    for name, console in {executables!r}
]
coll = COLLECT(*exes, a.binaries, a.datas, upx=False, strip=False, name={app!r})
if sys.platform == "darwin":
    app = BUNDLE(
        coll,
        name={title!r} + ".app",
        icon={icon!r},
        bundle_identifier={bundle_id!r},
        version={version!r},
        info_plist={{
            "CFBundleDisplayName": {title!r},
            "CFBundleShortVersionString": {version!r},
            "NSHighResolutionCapable": True,
            "LSMinimumSystemVersion": "12.0",
        }},
    )
"""


def executables() -> list[tuple[str, bool]]:
    """(name, console) of the programs in the bundle.

    Windows: the start-menu program has no console window; `cdo-workshop-cli.exe` is the
    same app with a console for the command line and --self-test. Elsewhere one program.
    """
    if sys.platform == "win32":
        return [(APP, False), (f"{APP}-cli", True)]
    return [(APP, sys.platform != "darwin")]


def write_spec(filtered: bool, dist: Path) -> Path:
    from cdo_workshop import __version__

    WORK.mkdir(parents=True, exist_ok=True)
    entry = WORK / "cdo_workshop_main.py"  # the program PyInstaller freezes
    # freeze_support(): the export process (multiprocessing, spawn) starts this program again
    entry.write_text(
        "import multiprocessing\n\nfrom cdo_workshop.cli import main\n\n"
        'if __name__ == "__main__":\n'
        "    multiprocessing.freeze_support()\n"
        "    raise SystemExit(main())\n"
    )
    datas = [(str(ROOT / "resources" / d), f"resources/{d}") for d in RESOURCE_FOLDERS]
    datas += [
        (str(qm), "resources/translations")
        for qm in sorted((ROOT / "resources" / "translations").glob("*.qm"))
    ]
    from PyInstaller.utils.hooks import collect_data_files, collect_submodules, copy_metadata

    # odfdo builds every document from its own templates (python-docx has a PyInstaller hook)
    # and asks importlib.metadata for its version
    datas += collect_data_files("odfdo") + copy_metadata("odfdo")
    # python-docx finds its header and footer templates through "docx/parts/../templates",
    # which only resolves if the folder docx/parts exists on disk (its modules are in the
    # archive): one of its files as data makes the folder.
    import docx.parts

    datas.append((str(Path(docx.parts.__file__)), "docx/parts"))

    hidden = sorted(set(HIDDEN_IMPORTS) | set(collect_submodules("cdo_workshop")))
    spec = WORK / (f"{APP}.spec" if filtered else f"{APP}-unfiltered.spec")
    spec.write_text(
        SPEC.format(
            root=str(ROOT),
            entry=str(entry),
            datas=datas,
            hiddenimports=hidden,
            excludes=EXCLUDED_MODULES if filtered else [],
            filtered=filtered,
            dropped_log=str(dist / "dropped-files.txt"),
            icon=str(ICON_PNG),
            executables=executables(),
            app=APP,
            title=TITLE,
            bundle_id=BUNDLE_ID,
            version=__version__,
        )
    )
    return spec


# -- building ------------------------------------------------------------------------------


def compile_translations() -> None:
    """The .qm files are build output: (re)compile those missing or older than their .ts."""
    folder = ROOT / "resources" / "translations"
    for ts in sorted(folder.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
        if lrelease is None:
            raise BuildError("pyside6-lrelease not found next to " + sys.executable)
        log(f"compiling {ts.name}")
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
    missing = [
        f"cdo_workshop_{lang}.qm"
        for lang in LANGUAGES
        if not (folder / f"cdo_workshop_{lang}.qm").exists()
    ]
    if missing:
        raise BuildError("translations missing: " + ", ".join(missing))


def run_pyinstaller(spec: Path, dist: Path) -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise BuildError(
            "PyInstaller is not installed; install the build extra: pip install -e '.[build]'"
        ) from None
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(WORK / ("work" if dist == DIST else "work-" + dist.name)),
        str(spec),
    ]
    log("running PyInstaller (a few minutes) …")
    started = time.perf_counter()
    subprocess.run(command, check=True, cwd=ROOT)
    log(f"PyInstaller done in {time.perf_counter() - started:.0f} s")


def bundle_folder(dist: Path) -> Path:
    """The folder the installer ships: the one-folder bundle, or the .app on macOS."""
    if sys.platform == "darwin":
        return dist / f"{TITLE}.app"
    return dist / APP


def program(dist: Path) -> Path:
    """The executable that runs --self-test (a console one on Windows)."""
    if sys.platform == "darwin":
        return bundle_folder(dist) / "Contents" / "MacOS" / APP
    if sys.platform == "win32":
        return bundle_folder(dist) / f"{APP}-cli.exe"
    return bundle_folder(dist) / APP


def strip_symbols(bundle: Path) -> int:
    """`strip --strip-unneeded` the shared libraries that still carry symbols (Linux).

    A pyenv or self-compiled Python ships libpython and its extension modules with debug
    information, and several wheels (cryptography, Pillow, qpdf, aiohttp …) keep symbol
    tables: together about 20 MB that nothing needs at run time. `strip` can break a file
    that patchelf edited badly, so every stripped file must still load (dlopen in a
    separate process); one that does not gets its original back. Returns the bytes saved.
    """
    strip = shutil.which("strip")
    if sys.platform != "linux" or strip is None:
        return 0
    backup = WORK / "unstripped"
    shutil.rmtree(backup, ignore_errors=True)
    saved = 0
    for path in sorted(bundle.rglob("*.so*")):
        if path.is_symlink() or not path.is_file() or path.read_bytes()[:4] != b"\x7fELF":
            continue
        before = path.stat().st_size
        original = backup / path.relative_to(bundle)
        original.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, original)
        subprocess.run([strip, "--strip-unneeded", str(path)], check=True)
        after = path.stat().st_size
        if after >= before:
            shutil.copy2(original, path)
            continue
        if not _loads(path):
            log(f"kept {path.name} unstripped: it does not load once stripped")
            shutil.copy2(original, path)
            continue
        saved += before - after
    shutil.rmtree(backup, ignore_errors=True)
    return saved


LOAD_CHECK = """
import ctypes, os, sys
try:
    ctypes.CDLL(sys.argv[1], mode=os.RTLD_LAZY | os.RTLD_LOCAL)
except OSError as e:
    print(e)
    sys.exit(1)
"""


def _loads(library: Path) -> bool:
    result = subprocess.run(
        [sys.executable, "-c", LOAD_CHECK, str(library)], capture_output=True, text=True
    )
    return result.returncode == 0


# -- ICU data: root, German and English only -----------------------------------------------
#
# Qt 6 links ICU on Linux (collation, case mapping, time zone names, text codecs), and the
# PySide6 wheel ships ICU's complete data: libicudata.so.NN, 30 MiB for every locale of the
# world. The library only holds one symbol, icudtNN_dat, an ICU "common data" package
# (a table of contents and the items, 16-byte aligned). We rebuild it with the items for
# root/de/en (plus the locale-independent ones) and link a new libicudata with the same
# soname from a one-line assembler file. The self-test checks German collation with it.

ICU_LOCALE = re.compile(r"^([a-z]{2,3})(_[A-Za-z0-9]*)*$")
ICU_LANGUAGES = {"root", *LANGUAGES}


def keep_icu_item(name: str) -> bool:
    """Whether an item of the ICU package (e.g. 'icudt73l/coll/de.res') stays."""
    path = name.split("/", 1)[1] if "/" in name else name
    folder, _, file = path.rpartition("/")
    stem, _, extension = file.rpartition(".")
    if folder == "translit" or extension == "dict":  # transliteration, CJK/Thai dictionaries
        return False
    if extension == "cnv":  # legacy code pages; Qt needs none (keep windows-1252)
        return stem == "ibm-5348_P100-1997"
    if file == "unames.icu":  # Unicode character names
        return False
    match = ICU_LOCALE.match(stem)
    if extension == "res" and match and stem not in ("root", "res_index"):
        return match.group(1) in ICU_LANGUAGES
    return True


def elf_symbol(data: bytes, name: str) -> tuple[int, int]:
    """File offset and size of a dynamic symbol in a 64-bit little-endian ELF file."""
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        raise BuildError("not a 64-bit little-endian ELF file")
    shoff = struct.unpack_from("<Q", data, 0x28)[0]
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [
        struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)
    ]
    for _name, kind, _flags, _addr, offset, size, link, _info, _align, _entsize in sections:
        if kind != 11:  # SHT_DYNSYM
            continue
        strings = sections[link][4]
        for j in range(size // 24):
            st_name, _i, _o, shndx, value, length = struct.unpack_from(
                "<IBBHQQ", data, offset + j * 24
            )
            end = data.index(b"\0", strings + st_name)
            if data[strings + st_name : end].decode() == name:
                section = sections[shndx]
                return section[4] + value - section[3], length
    raise BuildError(f"symbol {name} not found")


def icu_package_items(blob: bytes) -> list[tuple[str, bytes]]:
    """The (name, data) items of an ICU common data package (.dat), in table order."""
    header_size = struct.unpack_from("<H", blob, 0)[0]
    if blob[2:4] != b"\xda\x27" or blob[12:16] != b"CmnD":
        raise BuildError("not an ICU common data package")
    count = struct.unpack_from("<I", blob, header_size)[0]
    entries = []
    for i in range(count):
        name_offset, data_offset = struct.unpack_from("<II", blob, header_size + 4 + 8 * i)
        end = blob.index(b"\0", header_size + name_offset)
        entries.append((blob[header_size + name_offset : end].decode("ascii"), data_offset))
    items = []
    for i, (name, data_offset) in enumerate(entries):
        stop = entries[i + 1][1] if i + 1 < count else len(blob) - header_size
        items.append((name, blob[header_size + data_offset : header_size + stop]))
    return items


def subset_icu_package(blob: bytes, keep: Any = keep_icu_item) -> bytes:
    """An ICU common data package with only the items `keep(name)` accepts.

    Layout as ICU's icupkg writes it: the original header, the item count, a table of
    (name offset, data offset) pairs counted from the table's start, the names, then the
    items in the same (sorted) order, each aligned to 16 bytes.
    """
    header_size = struct.unpack_from("<H", blob, 0)[0]
    items = [(name.encode("ascii"), data) for name, data in icu_package_items(blob) if keep(name)]

    def align(n: int) -> int:
        return (n + 15) // 16 * 16

    names_at = 4 + 8 * len(items)
    data_at = align(names_at + sum(len(n) + 1 for n, _ in items))
    toc, names, body = bytearray(struct.pack("<I", len(items))), bytearray(), bytearray()
    for name, item in items:
        toc += struct.pack("<II", names_at + len(names), data_at + len(body))
        names += name + b"\0"
        body += item + b"\0" * (align(len(item)) - len(item))
    padding = b"\0" * (data_at - names_at - len(names))
    return bytes(blob[:header_size] + toc + names + padding + body)


def slim_icu_data(bundle: Path) -> int:
    """Replace libicudata.so.NN by one with root/de/en data (Linux, needs cc); bytes saved."""
    compiler = shutil.which("cc") or shutil.which("gcc")
    if sys.platform != "linux":
        return 0
    saved = 0
    for library in sorted(bundle.rglob("libicudata.so.*")):
        if library.is_symlink():
            continue
        if compiler is None:
            log("no C compiler (cc): ICU's data stays complete (+26 MiB)")
            return 0
        version = library.name.split(".so.")[1].split(".")[0]
        symbol = f"icudt{version}_dat"
        data = library.read_bytes()
        offset, size = elf_symbol(data, symbol)
        small = subset_icu_package(data[offset : offset + size])
        folder = WORK / "icu"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "icudata.dat").write_bytes(small)
        (folder / "icudata.S").write_text(
            "    .section .rodata\n"
            f"    .globl {symbol}\n"
            f"    .type {symbol}, @object\n"
            "    .balign 16\n"
            f"{symbol}:\n"
            '    .incbin "icudata.dat"\n'
            f"    .size {symbol}, . - {symbol}\n"
            '    .section .note.GNU-stack,"",@progbits\n'
        )
        output = folder / library.name
        subprocess.run(
            [
                compiler,
                "-shared",
                "-nostdlib",
                f"-Wl,-soname,{library.name.split('.so.')[0]}.so.{version}",
                "-Wl,-z,noexecstack",
                "-o",
                str(output),
                "icudata.S",
            ],
            cwd=folder,
            check=True,
        )
        built = output.read_bytes()
        if elf_symbol(built, symbol)[1] != len(small):
            raise BuildError(f"the rebuilt {library.name} lacks its data")
        saved += library.stat().st_size - len(built)
        shutil.copyfile(output, library)
    return saved


def tree_size(folder: Path) -> int:
    """Unpacked size: the bytes of every file, symbolic links counted as links."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if not p.is_dir() or p.is_symlink())


def size_report(bundle: Path, top: int = 15) -> dict[str, Any]:
    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
    largest = sorted(files, key=lambda p: p.stat().st_size, reverse=True)[:top]
    internal = next((p for p in (bundle / "_internal", bundle / "Contents") if p.is_dir()), bundle)
    parts: dict[str, int] = {}
    for child in internal.iterdir():
        parts[child.name] = tree_size(child) if child.is_dir() else child.lstat().st_size
    return {
        "bytes": tree_size(bundle),
        "mib": round(tree_size(bundle) / 2**20, 1),
        "largest_files": [
            [p.relative_to(bundle).as_posix(), round(p.stat().st_size / 2**20, 1)] for p in largest
        ],
        "largest_parts": [
            [name, round(size / 2**20, 1)]
            for name, size in sorted(parts.items(), key=lambda kv: kv[1], reverse=True)[:top]
        ],
    }


# -- checking the bundle -------------------------------------------------------------------


def minimal_env(home: Path) -> dict[str, str]:
    """What a fresh user session offers: no venv, no project on PATH, an empty HOME."""
    env = {"HOME": str(home), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
    if sys.platform == "win32":
        root = os.environ.get("SYSTEMROOT", r"C:\Windows")
        env.update(
            SYSTEMROOT=root,
            WINDIR=root,
            PATH=rf"{root}\system32;{root}",
            TEMP=str(home),
            TMP=str(home),
            USERPROFILE=str(home),
            APPDATA=str(home / "AppData" / "Roaming"),
            LOCALAPPDATA=str(home / "AppData" / "Local"),
        )
    else:
        env["PATH"] = "/usr/bin:/bin"
    return env


def run_self_test(exe: Path, *extra: str) -> tuple[int, str]:
    with tempfile.TemporaryDirectory(prefix="cdo-workshop-home-") as home:
        result = subprocess.run(
            [str(exe), "--self-test", *extra],
            env=minimal_env(Path(home)),
            capture_output=True,
            text=True,
            timeout=300,
        )
    return result.returncode, result.stdout + result.stderr


def startup_times(commands: dict[str, list[str]], runs: int) -> dict[str, dict[str, float]]:
    """Medians of `--exit-when-ready` runs, alternating between the commands.

    - spawn_to_ready_s: from starting the process until its "ready" line arrives (the
      window is shown and the session list is loaded): what the user waits for;
    - wall_s: from starting the process until it has exited;
    - ready_s: the app's own clock, from the package cdo_workshop's first line to ready
      (it misses the interpreter start and, in the bundle, the bootloader).

    One unmeasured warm-up round first (file cache); a fresh database every run.
    """
    samples: dict[str, list[tuple[float, float, float]]] = {k: [] for k in commands}
    with tempfile.TemporaryDirectory(prefix="cdo-workshop-startup-") as tmp:
        env = minimal_env(Path(tmp))
        for round_ in range(runs + 1):
            for name, command in commands.items():
                db = Path(tmp) / f"{name}-{round_}.sqlite3"
                started = time.perf_counter()
                process = subprocess.Popen(
                    [*command, "--db", str(db), "--exit-when-ready"],
                    env=env,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.DEVNULL,
                    text=True,
                )
                assert process.stdout is not None
                line, arrived = "", 0.0
                for line in process.stdout:
                    if "ready after" in line:
                        arrived = time.perf_counter() - started
                        break
                process.stdout.read()
                code = process.wait(timeout=120)
                wall = time.perf_counter() - started
                match = re.search(r"ready after ([0-9.]+) s", line)
                if code != 0 or match is None:
                    raise BuildError(f"{name} did not start (exit {code}): {line}")
                if round_:  # the first round warms the file cache
                    samples[name].append((arrived, wall, float(match.group(1))))
    return {
        name: {
            "spawn_to_ready_s": round(statistics.median(a for a, _, _ in values), 3),
            "wall_s": round(statistics.median(w for _, w, _ in values), 3),
            "ready_s": round(statistics.median(r for _, _, r in values), 3),
            "runs": len(values),
        }
        for name, values in samples.items()
    }


# -- packages ------------------------------------------------------------------------------

DESKTOP_FILE = """\
[Desktop Entry]
Type=Application
Version=1.5
Name=CDO Workshop
GenericName=Role workshop
GenericName[de]=Rollenklärungs-Workshop
Comment=Guided workshop that clarifies a municipality's digitalisation role
Comment[de]=Geführter Workshop, der die Digitalisierungsrolle einer Kommune klärt
Exec=cdo-workshop
StartupNotify=true
Icon=cdo-workshop
Terminal=false
Categories=Office;
Keywords=CDO;digitalisation;municipality;Digitalisierung;Kommune;Rollenvereinbarung;
"""

INSTALL_SH = """\
#!/bin/sh
# Installs CDO Workshop for the current user only (no root needed):
#   the app       -> ${CDO_WORKSHOP_PREFIX:-~/.local/opt/cdo-workshop}
#   the command   -> ~/.local/bin/cdo-workshop
#   menu entry    -> ~/.local/share/applications/cdo-workshop.desktop (+ icon)
# ./install.sh --uninstall removes them again (your sessions stay where they are).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
target=${CDO_WORKSHOP_PREFIX:-$HOME/.local/opt/cdo-workshop}
share=${XDG_DATA_HOME:-$HOME/.local/share}
bin=$HOME/.local/bin
if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$target" "$bin/cdo-workshop" "$share/applications/cdo-workshop.desktop" \\
        "$share/icons/hicolor/256x256/apps/cdo-workshop.png" \\
        "$share/icons/hicolor/scalable/apps/cdo-workshop.svg"
    echo "CDO Workshop removed."
    exit 0
fi
rm -rf "$target"
mkdir -p "$target" "$bin" "$share/applications" \\
    "$share/icons/hicolor/256x256/apps" "$share/icons/hicolor/scalable/apps"
cp -a "$here/cdo-workshop" "$here/_internal" "$target/"
ln -sf "$target/cdo-workshop" "$bin/cdo-workshop"
cp "$here/cdo-workshop.png" "$share/icons/hicolor/256x256/apps/cdo-workshop.png"
cp "$here/cdo-workshop.svg" "$share/icons/hicolor/scalable/apps/cdo-workshop.svg"
sed "s|^Exec=.*|Exec=\\"$target/cdo-workshop\\"|" "$here/cdo-workshop.desktop" \\
    > "$share/applications/cdo-workshop.desktop"
command -v update-desktop-database >/dev/null 2>&1 \\
    && update-desktop-database -q "$share/applications" || true
echo "CDO Workshop installed in $target (command: $bin/cdo-workshop)."
"""


def package_linux(dist: Path, version: str) -> Path:
    """dist/cdo-workshop-<version>-linux-<arch>.tar.gz: the bundle, .desktop, icons, install.sh."""
    bundle = bundle_folder(dist)
    extras = WORK / "linux"
    extras.mkdir(parents=True, exist_ok=True)
    (extras / f"{APP}.desktop").write_text(DESKTOP_FILE, encoding="utf-8")
    (extras / "install.sh").write_text(INSTALL_SH, encoding="utf-8")
    shutil.copy(ICON_PNG, extras / f"{APP}.png")
    shutil.copy(ICON_SVG, extras / f"{APP}.svg")
    validate = shutil.which("desktop-file-validate")
    if validate:
        subprocess.run([validate, str(extras / f"{APP}.desktop")], check=True)
    top = f"{APP}-{version}"
    out = dist / f"{top}-linux-{platform.machine()}.tar.gz"

    def mode(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        if info.name.endswith("/install.sh"):
            info.mode = 0o755
        return info

    with tarfile.open(out, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=top, filter=mode)
        for item in sorted(extras.iterdir()):
            tar.add(item, arcname=f"{top}/{item.name}", filter=mode)
    return out


INNO_SCRIPT = """\
; Generated by build_installer.py: the per-user installer of CDO Workshop.
; Compile with Inno Setup 6:  iscc "{script}"
#define AppName "{title}"
#define AppVersion "{version}"

[Setup]
AppId={app_id}
AppName={{#AppName}}
AppVersion={{#AppVersion}}
AppPublisher=CDO Workshop team
DefaultDirName={{autopf}}\\{{#AppName}}
DefaultGroupName={{#AppName}}
DisableProgramGroupPage=yes
; Per-user install: no administrator rights needed ({{autopf}} is then
; %LOCALAPPDATA%\\Programs).
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={dist}
OutputBaseFilename={app}-{version}-windows-setup
SetupIconFile={ico}
UninstallDisplayIcon={{app}}\\{app}.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "de"; MessagesFile: "compiler:Languages\\German.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{{cm:CreateDesktopIcon}}"; \
GroupDescription: "{{cm:AdditionalIcons}}"; Flags: unchecked

[InstallDelete]
; An update replaces the bundle's libraries completely (no stale files).
Type: filesandordirs; Name: "{{app}}\\_internal"

[Files]
Source: "{bundle}\\*"; DestDir: "{{app}}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{{autoprograms}}\\{{#AppName}}"; Filename: "{{app}}\\{app}.exe"
Name: "{{autodesktop}}\\{{#AppName}}"; Filename: "{{app}}\\{app}.exe"; Tasks: desktopicon

[Run]
Filename: "{{app}}\\{app}.exe"; Description: "{{cm:LaunchProgram,{{#AppName}}}}"; \
Flags: nowait postinstall skipifsilent
"""


def find_iscc() -> str | None:
    found = shutil.which("iscc") or shutil.which("ISCC")
    if found:
        return found
    for base in (os.environ.get("ProgramFiles(x86)"), os.environ.get("ProgramFiles")):
        if base and (Path(base) / "Inno Setup 6" / "ISCC.exe").exists():
            return str(Path(base) / "Inno Setup 6" / "ISCC.exe")
    local = os.environ.get("LOCALAPPDATA")
    if local and (Path(local) / "Programs" / "Inno Setup 6" / "ISCC.exe").exists():
        return str(Path(local) / "Programs" / "Inno Setup 6" / "ISCC.exe")
    return None


def package_windows(dist: Path, version: str) -> Path:
    """dist/cdo-workshop.iss, compiled to dist/cdo-workshop-<version>-windows-setup.exe."""
    from PIL import Image

    ico = WORK / f"{APP}.ico"
    Image.open(ICON_PNG).save(ico, sizes=[(16, 16), (32, 32), (48, 48), (64, 64), (256, 256)])
    script = dist / f"{APP}.iss"
    script.write_text(
        INNO_SCRIPT.format(
            script=script,
            title=TITLE,
            version=version,
            app_id=WINDOWS_APP_ID,
            dist=dist,
            app=APP,
            ico=ico,
            bundle=bundle_folder(dist),
        ),
        encoding="utf-8-sig",  # Inno Setup reads UTF-8 with a byte order mark
    )
    iscc = find_iscc()
    if iscc is None:
        log(f"Inno Setup (iscc) not found: wrote {script.name}; compile it with iscc later")
        return script
    subprocess.run([iscc, "/Qp", str(script)], check=True)
    return dist / f"{APP}-{version}-windows-setup.exe"


def package_macos(dist: Path, version: str) -> Path:
    """dist/CDO-Workshop-<version>.dmg with the .app and a link to /Applications."""
    staging = WORK / "dmg"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    shutil.copytree(bundle_folder(dist), staging / f"{TITLE}.app", symlinks=True)
    (staging / "Applications").symlink_to("/Applications")
    out = dist / f"CDO-Workshop-{version}.dmg"
    subprocess.run(
        [
            "hdiutil",
            "create",
            "-volname",
            TITLE,
            "-srcfolder",
            str(staging),
            "-ov",
            "-format",
            "UDZO",
            str(out),
        ],
        check=True,
    )
    return out


def package(dist: Path, version: str) -> Path:
    if sys.platform == "linux":
        return package_linux(dist, version)
    if sys.platform == "win32":
        return package_windows(dist, version)
    if sys.platform == "darwin":
        return package_macos(dist, version)
    raise BuildError(f"no package format for {sys.platform}")


# -- main ----------------------------------------------------------------------------------


def build(args: argparse.Namespace) -> dict[str, Any]:
    from cdo_workshop import __version__

    filtered = not args.no_filter
    dist = DIST if filtered else DIST / "unfiltered"
    compile_translations()
    spec = write_spec(filtered, dist)
    if dist.exists() and dist != DIST:
        shutil.rmtree(dist)
    dist.mkdir(parents=True, exist_ok=True)
    run_pyinstaller(spec, dist)
    bundle = bundle_folder(dist)
    if filtered:
        saved = strip_symbols(bundle)
        log(f"stripped {saved / 2**20:.1f} MiB of symbols from shared libraries")
        saved = slim_icu_data(bundle)
        log(f"ICU data for root/de/en only: {saved / 2**20:.1f} MiB less")
    report: dict[str, Any] = {
        "version": __version__,
        "platform": f"{sys.platform}-{platform.machine()}",
        "filtered": filtered,
        "bundle": str(bundle),
        "size": size_report(bundle),
    }
    size = report["size"]
    log(f"bundle {bundle.relative_to(ROOT)}: {size['mib']} MiB unpacked")
    for name, mib in size["largest_parts"][:10]:
        log(f"  {mib:6.1f} MiB  {name}")
    log("largest files:")
    for name, mib in size["largest_files"][:10]:
        log(f"  {mib:6.1f} MiB  {name}")

    if not args.skip_self_test:
        for extra in ([], ["--lang", "en"]):
            code, output = run_self_test(program(dist), *extra)
            print(output, end="", flush=True)
            report.setdefault("self_test", []).append({"args": extra, "rc": code})
            if code != 0:
                raise BuildError(f"the bundle's --self-test {' '.join(extra)} failed (exit {code})")
        log("the bundle's self-test passed (de and en)")

    if args.startup_runs:
        commands = {"bundle": [str(program(dist))]}
        source = Path(sys.executable).with_name(APP + (".exe" if sys.platform == "win32" else ""))
        commands["source"] = (
            [str(source)] if source.exists() else [sys.executable, "-m", "cdo_workshop"]
        )
        report["startup"] = startup_times(commands, args.startup_runs)
        for name, numbers in report["startup"].items():
            log(
                f"start-up {name}: ready {numbers['spawn_to_ready_s']:.2f} s after spawn,"
                f" exited after {numbers['wall_s']:.2f} s; own clock {numbers['ready_s']:.2f} s"
                f" (medians of {numbers['runs']})"
            )

    if filtered and not args.no_package:
        report["package"] = str(package(dist, __version__))
        log(f"package: {Path(report['package']).relative_to(ROOT)}")
    (dist / "build-report.json").write_text(json.dumps(report, indent=2) + "\n")
    if filtered and size["bytes"] >= MAX_MIB * 2**20:
        raise BuildError(f"the bundle is {size['mib']} MiB, more than the allowed {MAX_MIB} MiB")
    if filtered and size["bytes"] >= GOAL_MIB * 2**20:
        log(f"note: the bundle is above the {GOAL_MIB} MiB goal")
    return report


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--no-filter",
        action="store_true",
        help="build PyInstaller's default bundle into dist/unfiltered (to compare sizes)",
    )
    parser.add_argument("--skip-self-test", action="store_true", help="do not run --self-test")
    parser.add_argument(
        "--startup-runs",
        type=int,
        default=5,
        metavar="N",
        help="measured start-ups of the bundle and the source app (0: none; default 5)",
    )
    parser.add_argument("--no-package", action="store_true", help="only the bundle folder")
    args = parser.parse_args(argv)
    try:
        build(args)
    except (BuildError, subprocess.CalledProcessError) as e:
        print(f"build_installer: error: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
