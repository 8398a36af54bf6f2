"""Fill unfinished messages of a Qt .ts file from a JSON mapping {context: {source: text}}.

The .ts files stay the source of truth (editable in Qt Linguist); this only saves typing
when many new strings arrive at once:  python tools/ts_fill.py de.ts new-strings.json
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET


def fill(ts_path: str, mapping: dict[str, dict[str, str]]) -> int:
    tree = ET.parse(ts_path)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source")
            text = mapping.get(name or "", {}).get(source or "")
            if translation is None or text is None or message.get("numerus") == "yes":
                continue
            translation.text = text
            translation.attrib.pop("type", None)
            filled += 1
    ET.indent(tree, space="    ")
    with open(ts_path, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)
    return filled


if __name__ == "__main__":
    with open(sys.argv[2], encoding="utf-8") as f:
        print(fill(sys.argv[1], json.load(f)), "messages filled")
