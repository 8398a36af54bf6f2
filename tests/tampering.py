"""The two kinds of tampering the verification must catch (used by export and GUI tests)."""

from __future__ import annotations

import io

import pikepdf
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter


def flip_byte_in_content_stream(pdf: bytes) -> bytes:
    """Change one byte in the middle of the first page's (compressed) content stream."""
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        contents = doc.pages[0].Contents
        raw = (contents[0] if isinstance(contents, pikepdf.Array) else contents).read_raw_bytes()
    start = pdf.index(raw[:64])
    i = start + len(raw) // 2
    return pdf[:i] + bytes([pdf[i] ^ 0x20]) + pdf[i + 1 :]


def append_page_content(pdf: bytes) -> bytes:
    """An incremental update after the seal that adds a line of text to page 1."""
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    stream = generic.StreamObject(stream_data=b"BT 100 100 Td (Nachtrag) Tj ET")
    writer.add_stream_to_page(0, writer.add_object(stream))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# -- the attacks of tests/export/test_attacks.py ------------------------------------------


def _written(writer: IncrementalPdfFileWriter) -> bytes:
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def sign_later(
    pdf: bytes,
    signer: object,
    field: str,
    *,
    box: tuple[float, float, float, float] | None = None,
    page: int = 0,
    text: str = "Digitalbudget: 0 EUR",
) -> bytes:
    """A later pyHanko signature: into an existing field, a new invisible one, or (with
    `box`) a new visible one whose appearance shows `text` over the page."""
    from pyhanko.sign import fields, signers
    from pyhanko.stamp import TextStampStyle

    spec = None
    if box is not None:
        spec = fields.SigFieldSpec(field, on_page=page, box=box)
    elif not _has_field(pdf, field):
        spec = fields.SigFieldSpec(field)
    out = io.BytesIO()
    signers.PdfSigner(
        signers.PdfSignatureMetadata(field_name=field, subfilter=fields.SigSeedSubFilter.PADES),
        signer,
        new_field_spec=spec,
        stamp_style=TextStampStyle(stamp_text=text, background_opacity=1),
    ).sign_pdf(IncrementalPdfFileWriter(io.BytesIO(pdf)), output=out)
    return out.getvalue()


def _has_field(pdf: bytes, name: str) -> bool:
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        form = doc.Root.get("/AcroForm")
        return form is not None and any(str(f.get("/T")) == name for f in form.Fields)


def add_annotation(pdf: bytes, *, transparent: bool, page: int = 0) -> bytes:
    """An incremental update adding an annotation to a page: opaque, with an appearance
    that paints a white box with new text ("see-through" overlay), or fully transparent."""
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    page_ref = writer.find_page_for_modification(page)[0]
    page_obj = page_ref.get_object()
    box = generic.ArrayObject([generic.NumberObject(v) for v in (50, 600, 400, 700)])
    appearance = generic.StreamObject(
        {
            generic.pdf_name("/Type"): generic.pdf_name("/XObject"),
            generic.pdf_name("/Subtype"): generic.pdf_name("/Form"),
            generic.pdf_name("/BBox"): generic.ArrayObject(
                [generic.NumberObject(v) for v in (0, 0, 350, 100)]
            ),
        },
        stream_data=b"1 1 1 rg 0 0 350 100 re f 0 0 0 rg BT /Helv 14 Tf 10 40 Td"
        b" (Digitalbudget: 0 EUR) Tj ET",
    )
    annot = generic.DictionaryObject(
        {
            generic.pdf_name("/Type"): generic.pdf_name("/Annot"),
            generic.pdf_name("/Subtype"): generic.pdf_name("/Square" if transparent else "/Stamp"),
            generic.pdf_name("/Rect"): box,
            generic.pdf_name("/F"): generic.NumberObject(4),
            generic.pdf_name("/AP"): generic.DictionaryObject(
                {generic.pdf_name("/N"): writer.add_object(appearance)}
            ),
        }
    )
    if transparent:
        annot[generic.pdf_name("/CA")] = generic.FloatObject(0)
    annots = page_obj.get("/Annots", generic.ArrayObject())
    annots = generic.ArrayObject(list(annots.get_object()))
    annots.append(writer.add_object(annot))
    page_obj[generic.pdf_name("/Annots")] = annots
    writer.mark_update(page_ref)
    return _written(writer)


def replace_attachment(pdf: bytes, data: bytes, *, flate: bool = False) -> bytes:
    """An incremental update that points the attached session at other data (`flate`:
    `data` is already FlateDecode-compressed)."""
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    spec_ref = writer.root.raw_get("/AF").raw_get(0)
    spec = spec_ref.get_object()
    attributes = {generic.pdf_name("/Type"): generic.pdf_name("/EmbeddedFile")}
    if flate:
        attributes[generic.pdf_name("/Filter")] = generic.pdf_name("/FlateDecode")
        stream = generic.StreamObject(attributes, encoded_data=data)
    else:
        stream = generic.StreamObject(attributes, stream_data=data)
    new = writer.add_object(stream)
    spec["/EF"] = generic.DictionaryObject(
        {generic.pdf_name("/F"): new, generic.pdf_name("/UF"): new}
    )
    writer.mark_update(spec_ref)
    return _written(writer)


def strip_seal_by_truncation(pdf: bytes) -> bytes:
    """The file as it was before the seal's incremental update (its first revision)."""
    end = pdf.index(b"%%EOF") + len(b"%%EOF")
    return pdf[:end] + b"\n"


def strip_seal_by_rewriting(pdf: bytes) -> bytes:
    """The file rewritten without the seal's field and widget."""
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        form = doc.Root.AcroForm
        form.Fields = pikepdf.Array(f for f in form.Fields if str(f.get("/T")) != "IntegritySeal")
        for page in doc.pages:
            if "/Annots" in page.obj:
                page.obj.Annots = pikepdf.Array(
                    a for a in page.obj.Annots if str(a.get("/T")) != "IntegritySeal"
                )
        out = io.BytesIO()
        doc.save(out)
    return out.getvalue()


def signature_contents_span(pdf: bytes) -> tuple[int, int]:
    """Where the hex digits of the seal's /Contents are in the file (start, end)."""
    import re

    match = list(re.finditer(rb"/Contents\s*<([0-9a-fA-F]+)>", pdf))[0]
    return match.span(1)


def flip_in_signature(pdf: bytes, position: int, count: int) -> bytes:
    """Flip the lowest bit of the byte at `position`/`count` of the seal's /Contents."""
    start, end = signature_contents_span(pdf)
    i = start + (end - start) * position // count
    return pdf[:i] + bytes([pdf[i] ^ 0x01]) + pdf[i + 1 :]


def deflate_bomb(mib: int = 1024) -> bytes:
    """A zlib stream of `mib` MiB of zeros, about 1 KiB per MiB, built in milliseconds.

    After a full flush the compressor's output for another MiB of zeros repeats exactly;
    the stream ends with an empty final block and the Adler-32 of n zeros (a = 1,
    b = n mod 65521).
    """
    import zlib

    chunk = bytes(1 << 20)
    compressor = zlib.compressobj(9)
    first = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    again = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    adler = (((mib << 20) % 65521) << 16) | 1
    return first + again * (mib - 1) + b"\x03\x00" + adler.to_bytes(4, "big")


def with_attachment_bomb(pdf: bytes, bomb: bytes) -> bytes:
    """The file rewritten (pikepdf) with the session attachment replaced by `bomb`."""
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        doc.Root.AF[0].EF.F.write(bomb, filter=pikepdf.Name.FlateDecode)
        out = io.BytesIO()
        doc.save(out)
    return out.getvalue()


def move_field(pdf: bytes, name: str, rect: tuple[float, float, float, float]) -> bytes:
    """An incremental update that gives the (top-level) form field `name` another /Rect."""
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    fields = writer.root["/AcroForm"]["/Fields"]
    for i in range(len(fields)):
        ref = fields.raw_get(i)
        field = ref.get_object()
        if field.get("/T") == name:
            field["/Rect"] = generic.ArrayObject([generic.FloatObject(v) for v in rect])
            writer.mark_update(ref)
    return _written(writer)
