"""build_installer.py: what the bundle keeps of Qt, the ICU data subset, the packages, and
(slow, `make installer-test`) a real build whose --self-test passes without the venv.
"""

from __future__ import annotations

import os
import struct
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
import build_installer as bi  # noqa: E402

MiB = 2**20


def linked(graph: dict[str, list[str]]):
    """An `imports(path)` stand-in: the source path's libraries by name."""
    return lambda path: [(name, f"/src/{name}") for name in graph.get(Path(path).name, [])]


# -- what stays in the bundle ---------------------------------------------------------------


def test_linux_plugins_libraries_translations_and_symlinks():
    q = "PySide6/Qt"
    binaries = [
        (f"{q}/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        (f"{q}/plugins/platforms/libqoffscreen.so", "/src/libqoffscreen.so", "BINARY"),
        (f"{q}/plugins/platforms/libqeglfs.so", "/src/libqeglfs.so", "BINARY"),
        (f"{q}/plugins/platforms/libqvnc.so", "/src/libqvnc.so", "BINARY"),
        (
            f"{q}/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
            "/src/libqtvirtualkeyboardplugin.so",
            "BINARY",
        ),
        (
            f"{q}/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
            "/src/libcomposeplatforminputcontextplugin.so",
            "BINARY",
        ),
        (f"{q}/plugins/platformthemes/libqgtk3.so", "/src/libqgtk3.so", "BINARY"),
        (f"{q}/plugins/imageformats/libqpdf.so", "/src/libqpdf.so", "BINARY"),
        (f"{q}/plugins/imageformats/libqjpeg.so", "/src/libqjpeg.so", "BINARY"),
        (f"{q}/plugins/tls/libqopensslbackend.so", "/src/libqopensslbackend.so", "BINARY"),
        ("PySide6/QtWidgets.abi3.so", "/src/QtWidgets.abi3.so", "EXTENSION"),
        (f"{q}/lib/libQt6Widgets.so.6", "/src/libQt6Widgets.so.6", "BINARY"),
        (f"{q}/lib/libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY"),
        (f"{q}/lib/libQt6Core.so.6", "/src/libQt6Core.so.6", "BINARY"),
        (f"{q}/lib/libQt6XcbQpa.so.6", "/src/libQt6XcbQpa.so.6", "BINARY"),
        (f"{q}/lib/libQt6EglFSDeviceIntegration.so.6", "/src/libQt6EglFS.so.6", "BINARY"),
        (f"{q}/lib/libQt6VirtualKeyboard.so.6", "/src/libQt6VirtualKeyboard.so.6", "BINARY"),
        (f"{q}/lib/libQt6Quick.so.6", "/src/libQt6Quick.so.6", "BINARY"),
        (f"{q}/lib/libQt6Qml.so.6", "/src/libQt6Qml.so.6", "BINARY"),
        (f"{q}/lib/libQt6Pdf.so.6", "/src/libQt6Pdf.so.6", "BINARY"),
        ("libgtk-3.so.0", "/src/libgtk-3.so.0", "BINARY"),
        ("libxcb-cursor.so.0", "/src/libxcb-cursor.so.0", "BINARY"),
        ("libpython3.11.so.1.0", "/src/libpython3.11.so.1.0", "BINARY"),
        ("libQt6Core.so.6", f"{q}/lib/libQt6Core.so.6", "SYMLINK"),
    ]
    datas = [
        ("libQt6Quick.so.6", f"{q}/lib/libQt6Quick.so.6", "SYMLINK"),
        ("libQt6Gui.so.6", f"{q}/lib/libQt6Gui.so.6", "SYMLINK"),
        (f"{q}/translations/qtbase_de.qm", "/src/qtbase_de.qm", "DATA"),
        (f"{q}/translations/qtbase_en.qm", "/src/qtbase_en.qm", "DATA"),
        (f"{q}/translations/qtbase_fr.qm", "/src/qtbase_fr.qm", "DATA"),
        (f"{q}/translations/qt_help_de.qm", "/src/qt_help_de.qm", "DATA"),
        ("pyphen/dictionaries/hyph_de_DE.dic", "/src/hyph_de_DE.dic", "DATA"),
        ("pyphen/dictionaries/hyph_en_GB.dic", "/src/hyph_en_GB.dic", "DATA"),
        ("pyphen/dictionaries/hyph_hu_HU.dic", "/src/hyph_hu_HU.dic", "DATA"),
        ("resources/catalog/catalog.json", "/src/catalog.json", "DATA"),
    ]
    graph = {
        "libqxcb.so": ["libQt6XcbQpa.so.6", "libQt6Gui.so.6", "libQt6Core.so.6"],
        "libQt6XcbQpa.so.6": ["libxcb-cursor.so.0", "libQt6Gui.so.6"],
        "libqoffscreen.so": ["libQt6Gui.so.6"],
        "libqeglfs.so": ["libQt6EglFS.so.6"],
        "libqtvirtualkeyboardplugin.so": ["libQt6VirtualKeyboard.so.6", "libQt6Quick.so.6"],
        "libQt6Quick.so.6": ["libQt6Qml.so.6"],
        "libqgtk3.so": ["libgtk-3.so.0"],
        "libqpdf.so": ["libQt6Pdf.so.6"],
        "QtWidgets.abi3.so": ["libQt6Widgets.so.6"],
        "libQt6Widgets.so.6": ["libQt6Gui.so.6"],
        "libQt6Gui.so.6": ["libQt6Core.so.6"],
    }
    kept, kept_datas, dropped = bi.filter_toc(binaries, datas, linked(graph))
    names = {Path(d).name for d, _, _ in kept}
    assert names == {
        "libqxcb.so",
        "libqoffscreen.so",
        "libcomposeplatforminputcontextplugin.so",
        "libqjpeg.so",
        "QtWidgets.abi3.so",
        "libQt6Widgets.so.6",
        "libQt6Gui.so.6",
        "libQt6Core.so.6",  # the file and the top-level link to it
        "libQt6XcbQpa.so.6",
        "libxcb-cursor.so.0",
        "libpython3.11.so.1.0",
    }
    assert sorted(d for d, _, _ in kept_datas) == [
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/Qt/translations/qtbase_en.qm",
        "libQt6Gui.so.6",
        "pyphen/dictionaries/hyph_de_DE.dic",
        "pyphen/dictionaries/hyph_en_GB.dic",
        "resources/catalog/catalog.json",
    ]
    for gone in ("libQt6Qml.so.6", "libQt6Quick.so.6", "libgtk-3.so.0", "libQt6Pdf.so.6"):
        assert any(d.endswith(gone) for d in dropped), gone


def test_windows_layout():
    binaries = [
        ("PySide6/plugins/platforms/qwindows.dll", "C:/q/qwindows.dll", "BINARY"),
        ("PySide6/plugins/platforms/qdirect2d.dll", "C:/q/qdirect2d.dll", "BINARY"),
        ("PySide6/plugins/styles/qmodernwindowsstyle.dll", "C:/q/qmws.dll", "BINARY"),
        ("PySide6/plugins/generic/qtuiotouchplugin.dll", "C:/q/qtuio.dll", "BINARY"),
        ("PySide6/Qt6Gui.dll", "C:/q/Qt6Gui.dll", "BINARY"),
        ("PySide6/Qt6Core.dll", "C:/q/Qt6Core.dll", "BINARY"),
        ("PySide6/opengl32sw.dll", "C:/q/opengl32sw.dll", "BINARY"),
        ("python311.dll", "C:/py/python311.dll", "BINARY"),
    ]
    datas = [
        ("PySide6/translations/qtbase_de.qm", "C:/q/qtbase_de.qm", "DATA"),
        ("PySide6/translations/qtbase_ja.qm", "C:/q/qtbase_ja.qm", "DATA"),
    ]
    graph = {"qwindows.dll": ["Qt6Gui.dll"], "Qt6Gui.dll": ["Qt6Core.dll"]}
    kept, kept_datas, _ = bi.filter_toc(binaries, datas, linked(graph))
    assert {Path(d).name for d, _, _ in kept} == {
        "qwindows.dll",
        "qmodernwindowsstyle.dll",
        "Qt6Gui.dll",
        "Qt6Core.dll",
        "python311.dll",
    }
    assert [d for d, _, _ in kept_datas] == ["PySide6/translations/qtbase_de.qm"]


def test_macos_frameworks_keep_their_links_and_lose_whole_when_unused():
    lib = "PySide6/Qt/lib"
    binaries = [
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", "/q/libqcocoa.dylib", "BINARY"),
        (f"{lib}/QtGui.framework/Versions/A/QtGui", "/q/QtGui", "BINARY"),
        (f"{lib}/QtQml.framework/Versions/A/QtQml", "/q/QtQml", "BINARY"),
    ]
    datas = [
        (f"{lib}/QtGui.framework/Versions/A/Resources/Info.plist", "/q/gui.plist", "DATA"),
        (f"{lib}/QtQml.framework/Versions/A/Resources/Info.plist", "/q/qml.plist", "DATA"),
        (f"{lib}/QtGui.framework/Versions/Current", "A", "SYMLINK"),
        (f"{lib}/QtGui.framework/QtGui", "Versions/Current/QtGui", "SYMLINK"),
        (f"{lib}/QtGui.framework/Resources", "Versions/Current/Resources", "SYMLINK"),
        (f"{lib}/QtQml.framework/Versions/Current", "A", "SYMLINK"),
        (f"{lib}/QtQml.framework/QtQml", "Versions/Current/QtQml", "SYMLINK"),
    ]
    graph = {"libqcocoa.dylib": ["@rpath/QtGui.framework/Versions/A/QtGui"]}
    kept, kept_datas, _ = bi.filter_toc(binaries, datas, linked(graph))
    assert {d for d, _, _ in kept} == {
        "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
        f"{lib}/QtGui.framework/Versions/A/QtGui",
    }
    assert sorted(d for d, _, _ in kept_datas) == [
        f"{lib}/QtGui.framework/QtGui",
        f"{lib}/QtGui.framework/Resources",
        f"{lib}/QtGui.framework/Versions/A/Resources/Info.plist",
        f"{lib}/QtGui.framework/Versions/Current",
    ]


# -- ICU data ---------------------------------------------------------------------------------


def icu_package(items: dict[str, bytes]) -> bytes:
    """A minimal ICU common data package in icupkg's layout."""
    header = struct.pack("<HBB", 32, 0xDA, 0x27) + struct.pack("<HH", 20, 0)
    header += bytes([0, 0, 2, 0]) + b"CmnD" + bytes([1, 0, 0, 0]) + bytes(4)
    header += bytes(32 - len(header))
    names = sorted(items)
    toc_size = 4 + 8 * len(names)
    name_block = b"".join(n.encode() + b"\0" for n in names)
    data_at = (toc_size + len(name_block) + 15) // 16 * 16
    toc, body, name_at = struct.pack("<I", len(names)), b"", toc_size
    for n in names:
        toc += struct.pack("<II", name_at, data_at + len(body))
        name_at += len(n) + 1
        body += items[n] + bytes((-len(items[n])) % 16)
    return header + toc + name_block + bytes(data_at - toc_size - len(name_block)) + body


def test_icu_subset_keeps_root_german_english_and_shared_items():
    items = {
        f"icudt73l/{name}": name.encode() * 3
        for name in (
            "de.res",
            "de_AT.res",
            "en_GB.res",
            "fr.res",
            "zh_Hant_TW.res",
            "root.res",
            "pool.res",
            "res_index.res",
            "supplementalData.res",
            "coll/de.res",
            "coll/ja.res",
            "coll/ucadata.icu",
            "brkitr/cjdict.dict",
            "brkitr/word.brk",
            "translit/root.res",
            "gb18030.cnv",
            "cnvalias.icu",
            "unames.icu",
        )
    }
    small = bi.subset_icu_package(icu_package(items))
    kept = bi.icu_package_items(small)
    assert [name.split("/", 1)[1] for name, _ in kept] == [
        "brkitr/word.brk",
        "cnvalias.icu",
        "coll/de.res",
        "coll/ucadata.icu",
        "de.res",
        "de_AT.res",
        "en_GB.res",
        "pool.res",
        "res_index.res",
        "root.res",
        "supplementalData.res",
    ]
    for name, data in kept:  # contents intact (plus alignment padding), 16-byte aligned
        assert data.rstrip(b"\0") == items[name]
    header = struct.unpack_from("<H", small, 0)[0]
    offsets = [struct.unpack_from("<II", small, header + 4 + 8 * i)[1] for i in range(len(kept))]
    assert all((header + offset) % 16 == 0 for offset in offsets)


@pytest.mark.skipif(sys.platform != "linux", reason="the PySide6 wheel ships ICU on Linux only")
def test_the_wheels_icu_data_shrinks_to_a_few_mib():
    import PySide6

    library = next((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"), None)
    if library is None:
        pytest.skip("this PySide6 has no bundled ICU")
    data = library.read_bytes()
    version = library.name.split(".so.")[1]
    offset, size = bi.elf_symbol(data, f"icudt{version}_dat")
    small = bi.subset_icu_package(data[offset : offset + size])
    names = {name.split("/", 1)[1] for name, _ in bi.icu_package_items(small)}
    assert {"coll/de.res", "coll/en.res", "coll/root.res", "de.res", "en.res", "root.res"} <= names
    assert "coll/zh.res" not in names and "brkitr/cjdict.dict" not in names
    assert {"res_index.res", "coll/res_index.res", "zone/res_index.res"} <= names
    assert len(small) < 6 * MiB < size


# -- packages -----------------------------------------------------------------------------------


def test_inno_setup_script_installs_per_user():
    script = bi.INNO_SCRIPT.format(
        script="dist\\cdo-workshop.iss",
        title=bi.TITLE,
        version="1.2.3",
        app_id=bi.WINDOWS_APP_ID,
        dist="C:\\w\\dist",
        app=bi.APP,
        ico="C:\\w\\build\\cdo-workshop.ico",
        bundle="C:\\w\\dist\\cdo-workshop",
    )
    lines = script.splitlines()
    assert "PrivilegesRequired=lowest" in lines
    assert not any(line.startswith("PrivilegesRequiredOverridesAllowed") for line in lines)
    assert "DefaultDirName={autopf}\\{#AppName}" in lines
    assert "AppId={{6B0F3C52-1D7E-4E8B-9C51-7A0C9E2F4D1B}" in lines
    assert 'Source: "C:\\w\\dist\\cdo-workshop\\*"; DestDir: "{app}"; Flags: ignoreversion' in (
        script
    )
    assert "OutputBaseFilename=cdo-workshop-1.2.3-windows-setup" in lines
    for section in ("[Setup]", "[Languages]", "[Files]", "[Icons]", "[Run]", "[InstallDelete]"):
        assert section in lines


def test_desktop_file():
    entries = dict(line.split("=", 1) for line in bi.DESKTOP_FILE.splitlines() if "=" in line)
    assert bi.DESKTOP_FILE.startswith("[Desktop Entry]\n")
    assert entries["Type"] == "Application"
    assert entries["Exec"] == "cdo-workshop"
    assert entries["Icon"] == "cdo-workshop"
    assert entries["Categories"].endswith(";")


# -- the real build (slow) ----------------------------------------------------------------------


def bundle_size(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if not p.is_dir() or p.is_symlink())


@pytest.mark.slow
@pytest.mark.timeout(2400)  # the build alone may take 25 minutes on a slow machine
@pytest.mark.skipif(sys.platform != "linux", reason="only the Linux package can be built here")
def test_bundle_builds_and_passes_its_self_test_without_the_venv(tmp_path):
    from cdo_workshop import __version__

    build = subprocess.run(
        [sys.executable, str(ROOT / "build_installer.py"), "--startup-runs", "0"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1500,
    )
    assert build.returncode == 0, build.stdout[-4000:] + build.stderr[-4000:]

    bundle = ROOT / "dist" / "cdo-workshop"
    home = tmp_path / "user"  # not the test's own hermetic HOME
    home.mkdir()
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
    }
    result = subprocess.run(
        [str(bundle / "cdo-workshop"), "--self-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    header, *checks, summary = result.stdout.splitlines()
    assert header.startswith(f"Selbsttest von cdo-workshop {__version__}")
    assert len(checks) == 9  # the ninth: phone voting's server on 127.0.0.1
    assert all(line.split()[0] == "ok" for line in checks), checks
    assert summary.startswith("Alle 9 Prüfungen bestanden")
    # The bundle carries what it needs: no module or library came from the venv.
    assert str(ROOT / ".venv") not in result.stdout

    size = bundle_size(bundle)
    assert size < 200 * MiB, f"{size / MiB:.1f} MiB"

    package = ROOT / "dist" / f"cdo-workshop-{__version__}-linux-{os.uname().machine}.tar.gz"
    with tarfile.open(package) as tar:
        names = set(tar.getnames())
        top = f"cdo-workshop-{__version__}"
        for name in ("cdo-workshop", "cdo-workshop.desktop", "cdo-workshop.png", "install.sh"):
            assert f"{top}/{name}" in names
        desktop = tar.extractfile(f"{top}/cdo-workshop.desktop")
        assert desktop is not None and b"Exec=cdo-workshop" in desktop.read()
        tar.extractall(tmp_path / "unpacked", filter="tar")

    # install.sh puts the app, the command and the menu entry into the user's home.
    installer = tmp_path / "unpacked" / top / "install.sh"
    subprocess.run(["sh", str(installer)], env=env, check=True, capture_output=True, timeout=120)
    entry = home / ".local" / "share" / "applications" / "cdo-workshop.desktop"
    assert f'Exec="{home}/.local/opt/cdo-workshop/cdo-workshop"' in entry.read_text()
    version = subprocess.run(
        [str(home / ".local" / "bin" / "cdo-workshop"), "--version"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert version.stdout.strip() == f"cdo-workshop {__version__}"
