"""What changed between the sealed revision of an agreement and the file as it is now.

pyHanko's difference analysis accepts "form filling" after a seal, and a later signature's
widget may draw anything anywhere at that level (a shadow attack: "Digitalbudget: 0 EUR"
over page 1). `changes_after_seal` compares the file up to the end of the seal's
/ByteRange with the whole file, both opened with pikepdf, and allows only what signing
itself writes:

- the same pages, each with the same content streams (decoded), resources (deeply, streams
  by their decoded bytes), MediaBox, CropBox, Rotate and other page entries;
- no new annotation except a signature widget that draws nothing (a /Rect of zero area, or
  no or an empty appearance); an existing annotation unchanged, except an empty signature
  field of the sealed revision that is now signed, with the same /Rect (signing the
  prepared fields for qualified signatures);
- the catalog unchanged except the form's field list, /DSS (validation data for long-term
  validation), /Extensions and /Version (pyHanko declares the PAdES extension) and, in the
  XMP metadata, the modification date and producer. Info: the same except /ModDate and
  /Producer. Measured with pyHanko 0.38 by signing into a new invisible field and into a
  prepared empty field: it rewrites the catalog, Info (/ModDate), XMP (ModifyDate), the
  page's /Annots and the form's /Fields and /SigFlags; nothing else.

The result is None or one translatable line saying what changed. Streams are decoded with
a size limit (embedded.stream_bytes), and the comparison has a work limit: beyond it the
file counts as changed.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from cdo_workshop.domain.messages import QT_TRANSLATE_NOOP, Message, msg

C = "Verify"
MAX_STREAM_BYTES = 64 * 1024 * 1024  # one stream, decoded, for comparison
MAX_STEPS = 2_000_000  # objects compared; an agreement needs a few thousand
SIGNING_KEYS = frozenset({"/V", "/AP", "/AS"})  # what signing a prepared field sets
CATALOG_SIGNING_KEYS = frozenset({"/AcroForm", "/DSS", "/Extensions", "/Version"})
INFO_SIGNING_KEYS = frozenset({"/ModDate", "/Producer"})
XMP_SIGNING_PROPERTIES = frozenset(
    {
        "{http://ns.adobe.com/xap/1.0/}ModifyDate",
        "{http://ns.adobe.com/xap/1.0/}MetadataDate",
        "{http://ns.adobe.com/pdf/1.3/}Producer",
    }
)
INHERITED = ("/Resources", "/MediaBox", "/CropBox", "/Rotate")


class TooComplex(Exception):
    """The comparison would take too long: the file counts as changed."""


def _line(text: str, **args: Any) -> Message:
    return msg(C, text, **args)


def changes_after_seal(sealed: bytes, final: bytes) -> Message | None:
    """None if `final` shows what `sealed` showed (plus only signatures); else what changed."""
    import pikepdf

    try:
        with (
            pikepdf.open(io.BytesIO(sealed)) as before,
            pikepdf.open(io.BytesIO(final)) as after,
        ):
            return _Comparison(before, after).run()
    except TooComplex:
        return _line(
            QT_TRANSLATE_NOOP(
                "Verify", "the file was extended after sealing in a way that cannot be checked"
            )
        )
    except Exception:  # pikepdf/qpdf errors of a damaged later revision
        return _line(
            QT_TRANSLATE_NOOP("Verify", "the part of the file added after sealing is damaged")
        )


def _kind(value: Any) -> str:
    import pikepdf

    if isinstance(value, pikepdf.Object):
        return str(value._type_code.name)
    if value is None:
        return "null"
    return type(value).__name__


def _is_sig_field(obj: Any) -> bool:
    """The field (or the widget's parent field) is a signature field."""
    seen = 0
    while obj is not None and seen < 32:
        if obj.get("/FT") == "/Sig":
            return True
        obj = obj.get("/Parent")
        seen += 1
    return False


def _zero_area(rect: Any) -> bool:
    try:
        x1, y1, x2, y2 = (float(v) for v in rect)
    except (TypeError, ValueError):
        return False
    return x1 == x2 or y1 == y2


@dataclass
class _Comparison:
    before: Any
    after: Any
    steps: int = 0
    # (before objgen, after objgen) pairs being or already compared: cycles count as equal
    assumed: set[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=set)
    # indirect objects allowed to differ (a prepared signature field that was signed)
    signed: set[tuple[int, int]] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.pages_before = {p.obj.objgen: i for i, p in enumerate(self.before.pages)}
        self.pages_after = {p.obj.objgen: i for i, p in enumerate(self.after.pages)}

    def run(self) -> Message | None:
        if len(self.before.pages) != len(self.after.pages):
            return _line(
                QT_TRANSLATE_NOOP("Verify", "the number of pages changed from {before} to {after}"),
                before=len(self.before.pages),
                after=len(self.after.pages),
            )
        root_b, root_a = self.before.Root, self.after.Root
        for key, text in (
            ("/AF", QT_TRANSLATE_NOOP("Verify", "the attached session was replaced")),
            ("/OpenAction", QT_TRANSLATE_NOOP("Verify", "an action on opening was added")),
            ("/AA", QT_TRANSLATE_NOOP("Verify", "an action on opening was added")),
        ):
            if not self.same(root_b.get(key), root_a.get(key)):
                return _line(text)
        names_b, names_a = root_b.get("/Names"), root_a.get("/Names")
        if not self.same(_get(names_b, "/EmbeddedFiles"), _get(names_a, "/EmbeddedFiles")):
            return _line(QT_TRANSLATE_NOOP("Verify", "the attached session was replaced"))
        if not self.same(_get(names_b, "/JavaScript"), _get(names_a, "/JavaScript")):
            return _line(QT_TRANSLATE_NOOP("Verify", "JavaScript was added to the document"))
        reason = self.form() or self.pages()
        if reason is not None:
            return reason
        for key in sorted(set(root_b.keys()) | set(root_a.keys())):
            if key in CATALOG_SIGNING_KEYS or key in ("/Pages", "/Metadata"):
                continue
            if not self.same(root_b.get(key), root_a.get(key)):
                return _line(
                    QT_TRANSLATE_NOOP("Verify", "the document catalog changed ({key})"), key=key
                )
        if not self.same_metadata(root_b.get("/Metadata"), root_a.get("/Metadata")):
            return _line(QT_TRANSLATE_NOOP("Verify", "the document's metadata changed"))
        info_b, info_a = self.before.trailer.get("/Info"), self.after.trailer.get("/Info")
        if not self.same(info_b, info_a, ignore=INFO_SIGNING_KEYS):
            return _line(
                QT_TRANSLATE_NOOP("Verify", "the document information (title, author) changed")
            )
        return None

    # -- form fields and pages ----------------------------------------------------------

    def form(self) -> Message | None:
        form_b = self.before.Root.get("/AcroForm")
        form_a = self.after.Root.get("/AcroForm")
        fields_b = dict(_fields(form_b))
        fields_a = dict(_fields(form_a))
        # First: which prepared, empty signature fields were signed since.
        for objgen, old in fields_b.items():
            new = fields_a.get(objgen)
            if new is not None and self._signed_prepared_field(old, new):
                self.signed.add(objgen)
        for objgen, old in fields_b.items():
            new = fields_a.get(objgen)
            if new is None:
                return _line(QT_TRANSLATE_NOOP("Verify", "a form field was removed"))
            if objgen not in self.signed and not self.same(old, new):
                return _line(
                    QT_TRANSLATE_NOOP("Verify", "the form field “{name}” was changed"),
                    name=str(old.get("/T", "?")),
                )
        for objgen, new in fields_a.items():
            if objgen not in fields_b and not _is_sig_field(new):
                return _line(QT_TRANSLATE_NOOP("Verify", "a form field was added"))
        keep = frozenset({"/Fields", "/SigFlags"})
        if not self.same(form_b, form_a, ignore=keep):
            return _line(QT_TRANSLATE_NOOP("Verify", "the form's settings changed"))
        return None

    def _signed_prepared_field(self, old: Any, new: Any) -> bool:
        if not (_is_sig_field(old) and "/V" not in old and "/V" in new):
            return False
        if not self.same(old.get("/Rect"), new.get("/Rect")):
            return False
        self.signed.add(old.objgen)  # its parent's /Kids lead back to it
        try:
            return self.same(old, new, ignore=SIGNING_KEYS)
        finally:
            self.signed.discard(old.objgen)

    def pages(self) -> Message | None:
        for number, (old, new) in enumerate(
            zip(self.before.pages, self.after.pages, strict=True), start=1
        ):
            old, new = old.obj, new.obj
            if not self.same(old.get("/Contents"), new.get("/Contents")):
                return _line(
                    QT_TRANSLATE_NOOP("Verify", "the content of page {page} changed"), page=number
                )
            if not self.same(_inherited(old, "/Resources"), _inherited(new, "/Resources")):
                return _line(
                    QT_TRANSLATE_NOOP("Verify", "the resources of page {page} changed"),
                    page=number,
                )
            for key in INHERITED[1:]:
                if not self.same(_inherited(old, key), _inherited(new, key)):
                    return _line(
                        QT_TRANSLATE_NOOP(
                            "Verify", "the size, crop or rotation of page {page} changed"
                        ),
                        page=number,
                    )
            reason = self.annotations(old, new, number)
            if reason is not None:
                return reason
            if not self.same(old, new, ignore=frozenset({"/Annots", "/Parent", *INHERITED})):
                return _line(
                    QT_TRANSLATE_NOOP("Verify", "the settings of page {page} changed"), page=number
                )
        return None

    def annotations(self, old_page: Any, new_page: Any, number: int) -> Message | None:
        old = list(_annots(old_page))
        new = list(_annots(new_page))
        by_objgen = {a.objgen: a for a in old if a.is_indirect}
        direct = [a for a in old if not a.is_indirect]
        kept: set[tuple[int, int]] = set()
        for annot in new:
            previous = by_objgen.get(annot.objgen) if annot.is_indirect else None
            if previous is not None:
                kept.add(annot.objgen)
                if annot.objgen in self.signed or self.same(previous, annot):
                    continue
                return _line(
                    QT_TRANSLATE_NOOP("Verify", "an annotation on page {page} was changed"),
                    page=number,
                )
            if not annot.is_indirect and any(self.same(d, annot) for d in direct):
                continue
            if _is_sig_field(annot) and annot.get("/Subtype") == "/Widget":
                if self.draws_nothing(annot):
                    continue
                return _line(
                    QT_TRANSLATE_NOOP("Verify", "a later signature draws on page {page}"),
                    page=number,
                )
            return _line(
                QT_TRANSLATE_NOOP("Verify", "an annotation was added on page {page}"),
                page=number,
            )
        if len(kept) != len(by_objgen) or len(new) - len(kept) < len(direct):
            return _line(
                QT_TRANSLATE_NOOP("Verify", "an annotation was removed from page {page}"),
                page=number,
            )
        return None

    def draws_nothing(self, widget: Any) -> bool:
        if _zero_area(widget.get("/Rect")):
            return True
        appearance = widget.get("/AP")
        if appearance is None:
            return True
        from cdo_workshop.export.embedded import StreamTooLarge, StreamUnreadable, stream_bytes

        for key in ("/N", "/R", "/D"):
            entry = appearance.get(key)
            streams = [entry] if _kind(entry) == "stream" else []
            if _kind(entry) == "dictionary":
                streams = [v for v in entry.values() if _kind(v) == "stream"]
            for stream in streams:
                try:
                    if stream_bytes(stream, MAX_STREAM_BYTES).strip():
                        return False
                except (StreamTooLarge, StreamUnreadable):
                    return False
        return True

    # -- deep comparison ----------------------------------------------------------------

    def same(self, a: Any, b: Any, ignore: frozenset[str] = frozenset()) -> bool:
        """Deep equality of two PDF values of the two revisions (streams by decoded data).

        Below the top level, pages compare by their position, the page tree's nodes as
        equal (pages are compared one by one), the signed prepared fields as equal, and a
        pair of objects already under comparison as equal (cycles). A pair assumed equal in
        a comparison that fails is forgotten again.
        """
        added: list[tuple[tuple[int, int], tuple[int, int]]] = []
        if self._same(a, b, ignore, added):
            return True
        self.assumed.difference_update(added)
        return False

    def _same(self, a: Any, b: Any, ignore: frozenset[str], added: list[Any]) -> bool:
        stack: list[tuple[Any, Any, frozenset[str], bool]] = [(a, b, ignore, True)]
        while stack:
            x, y, skip, top = stack.pop()
            self.steps += 1
            if self.steps > MAX_STEPS:
                raise TooComplex
            kx, ky = _kind(x), _kind(y)
            if kx != ky:
                return False
            if kx in ("dictionary", "stream", "array") and not top:
                ix = x.objgen if x.is_indirect else None
                iy = y.objgen if y.is_indirect else None
                if ix is not None or iy is not None:
                    if ix in self.pages_before or iy in self.pages_after:
                        if self.pages_before.get(ix) != self.pages_after.get(iy):
                            return False
                        continue
                    if ix is not None and ix == iy and ix in self.signed:
                        continue
                    if kx == "dictionary" and x.get("/Type") == "/Pages":
                        if y.get("/Type") != "/Pages":
                            return False
                        continue
                    if ix is not None and iy is not None:
                        if (ix, iy) in self.assumed:
                            continue
                        self.assumed.add((ix, iy))
                        added.append((ix, iy))
            if kx == "array":
                if len(x) != len(y):
                    return False
                stack.extend((x[i], y[i], frozenset(), False) for i in range(len(x)))
            elif kx == "dictionary":
                if not self._push_dict(stack, x, y, skip):
                    return False
            elif kx == "stream":
                if not self._same_stream_data(x, y):
                    return False
                ignore_stream = skip | {"/Length", "/Filter", "/DecodeParms"}
                if not self._push_dict(stack, x.stream_dict, y.stream_dict, ignore_stream):
                    return False
            elif kx == "string":
                if bytes(x) != bytes(y):
                    return False
            elif kx == "name_":
                if str(x) != str(y):
                    return False
            elif x != y:
                return False
        return True

    def _push_dict(self, stack: list[Any], x: Any, y: Any, skip: frozenset[str]) -> bool:
        keys_x = {k for k in x.keys() if k not in skip}
        keys_y = {k for k in y.keys() if k not in skip}
        if keys_x != keys_y:
            return False
        stack.extend((x.get(k), y.get(k), frozenset(), False) for k in keys_x)
        return True

    def _same_stream_data(self, x: Any, y: Any) -> bool:
        from cdo_workshop.export.embedded import StreamTooLarge, StreamUnreadable, stream_bytes

        raw_x, raw_y = x.read_raw_bytes(), y.read_raw_bytes()
        if raw_x == raw_y and x.get("/Filter") == y.get("/Filter"):
            if self.same(x.get("/DecodeParms"), y.get("/DecodeParms")):
                return True
        try:
            return stream_bytes(x, MAX_STREAM_BYTES) == stream_bytes(y, MAX_STREAM_BYTES)
        except (StreamTooLarge, StreamUnreadable):
            return False

    def same_metadata(self, a: Any, b: Any) -> bool:
        """The XMP packets say the same, apart from the modification date and producer."""
        if _kind(a) != "stream" or _kind(b) != "stream":
            return self.same(a, b)
        if self.same(a, b):
            return True
        try:
            return _xmp_properties(a) == _xmp_properties(b)
        except Exception:  # unparsable XML, an unknown filter, too large
            return False


def _get(obj: Any, key: str) -> Any:
    return obj.get(key) if _kind(obj) == "dictionary" else None


def _inherited(page: Any, key: str) -> Any:
    node, depth = page, 0
    while node is not None and depth < 64:
        if key in node:
            return node.get(key)
        node = node.get("/Parent")
        depth += 1
    return None


def _annots(page: Any) -> Iterator[Any]:
    annots = page.get("/Annots")
    if _kind(annots) != "array":
        return
    for annot in annots:
        if _kind(annot) == "dictionary":
            yield annot


def _fields(form: Any) -> Iterator[tuple[tuple[int, int], Any]]:
    """Every indirect field of the form's field tree (parents and kids), by object id."""
    if _kind(form) != "dictionary":
        return
    stack = list(form.get("/Fields", []))
    seen: set[tuple[int, int]] = set()
    while stack and len(seen) < 100_000:
        node = stack.pop()
        if _kind(node) != "dictionary" or not node.is_indirect or node.objgen in seen:
            continue
        seen.add(node.objgen)
        yield node.objgen, node
        stack.extend(node.get("/Kids", []))


def _xmp_properties(stream: Any) -> dict[str, Any]:
    import xml.etree.ElementTree as ET

    from cdo_workshop.export.embedded import stream_bytes

    data = stream_bytes(stream, 4 * 1024 * 1024)
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:  # XMP has none; no entity expansion
        raise ValueError("DTD in XMP")
    root = ET.fromstring(data)
    rdf = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
    properties: dict[str, Any] = {}
    for description in root.iter(f"{rdf}Description"):
        for name, value in description.attrib.items():
            if name != f"{rdf}about":
                properties[name] = value
        for child in description:
            properties[str(child.tag)] = tuple(
                (str(e.tag), tuple(sorted(e.attrib.items())), (e.text or "").strip())
                for e in child.iter()
            )
    for name in XMP_SIGNING_PROPERTIES:
        properties.pop(name, None)
    return properties
