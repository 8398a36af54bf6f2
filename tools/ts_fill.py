"""Fill unfinished messages of a Qt .ts file from a JSON mapping {context: {source: text}}.

For plural messages (%n) give a list of forms, e.g. ["%n Stimme", "%n Stimmen"].

The .ts files stay the source of truth (editable in Qt Linguist); this only saves typing
when many new strings arrive at once:  python tools/ts_fill.py de.ts new-strings.json
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET


def fill(ts_path: str, mapping: dict[str, dict[str, str | list[str]]]) -> int:
    tree = ET.parse(ts_path)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source")
            text = mapping.get(name or "", {}).get(source or "")
            if translation is None or text is None:
                continue
            if message.get("numerus") == "yes":
                if not isinstance(text, list):
                    continue
                for form in list(translation):
                    translation.remove(form)
                for value in text:
                    ET.SubElement(translation, "numerusform").text = value
                translation.text = None
            elif isinstance(text, str):
                translation.text = text
            else:
                continue
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
