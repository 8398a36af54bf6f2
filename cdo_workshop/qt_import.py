"""PySide6's QtCore, imported once and told to skip its scan of every later import.

When PySide6 is first imported it hooks all imports after it: for each new module it reads
the module's whole source (`inspect.getsource`) to learn whether the module uses PySide and
so might switch on PySide's optional `from __feature__ import snake_case, true_property`.
The app uses neither switch, so the scan only costs time: about 100 modules are imported
after PySide before the window shows (docs/library-notes.md has the figures). Every
module is taken as using PySide without features, which is what the scan concludes for the
app's own modules; for the others it changes nothing, as no feature is ever switched on.

The hook is PySide's private `shibokensupport.feature._mod_uses_pyside`; if a later PySide
renames it, nothing changes but the speed (`SCAN_SKIPPED` is False, a test says so).
Import this module before anything else from PySide6 (i18n, settings and ui do).
"""

from __future__ import annotations

import PySide6.QtCore  # noqa: F401 - installs the import hook made cheap below


def _skip_source_scan() -> bool:
    try:
        from shibokensupport import feature  # type: ignore[import-not-found]
    except ImportError:
        return False
    if not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = lambda _module: True
    return True


SCAN_SKIPPED = _skip_source_scan()
