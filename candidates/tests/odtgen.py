"""Build small OpenDocument packages for the reader tests: the XML written out, zipped as editors zip it."""

from __future__ import annotations

import io
import zipfile

ODT = b"application/vnd.oasis.opendocument.text"
ODS = b"application/vnd.oasis.opendocument.spreadsheet"
NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
)
DEFAULT_STYLES = (
    '<style:default-style style:family="paragraph"><style:text-properties fo:font-size="12pt"/>'
    "</style:default-style>"
)


def text_style(name: str, family: str = "text", parent: str = "", **props: str) -> str:
    """A style whose text properties are `props` (in their names ':' is written '__' and '-' '_')."""
    return styled(name, family, "text-properties", parent=parent, **props)


def styled(name: str, family: str, props_tag: str, parent: str = "", **props: str) -> str:
    """A style with one properties element: styled("C1", "table-cell", "table-cell-properties", ...)."""
    attributes = " ".join(
        f'{key.replace("__", ":").replace("_", "-")}="{value}"' for key, value in props.items()
    )
    inherits = f' style:parent-style-name="{parent}"' if parent else ""
    return (
        f'<style:style style:name="{name}" style:family="{family}"{inherits}>'
        f"<style:{props_tag} {attributes}/></style:style>"
    )


def _attribute(keyword: str) -> str:
    return keyword.replace("__", ":").replace("_", "-")


def odt(
    body: str,
    *,
    automatic: str = "",
    named: str = DEFAULT_STYLES,
    master: str = "",
    page: str = "",
    bands: str = "",
    pages: int | None = None,
    mimetype: bytes = ODT,
    manifest_entry: str = "",
    extra: dict[str, bytes] | None = None,
) -> bytes:
    """An .odt whose office:text holds `body`; `master` goes in the master page (headers, footers).

    `page` adds attributes to the page layout's properties, `bands` its header and footer styles.
    """
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NAMESPACES} office:version="1.3">'
        f"<office:automatic-styles>{automatic}</office:automatic-styles>"
        f"<office:body><office:text>{body}</office:text></office:body></office:document-content>"
    )
    styles = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {NAMESPACES} office:version="1.3">'
        f"<office:styles>{named}</office:styles>"
        '<office:automatic-styles><style:page-layout style:name="pm1">'
        f'<style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" {page}/>{bands}'
        "</style:page-layout></office:automatic-styles>"
        '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">'
        f"{master}</style:master-page></office:master-styles></office:document-styles>"
    )
    statistic = f'<meta:document-statistic meta:page-count="{pages}"/>' if pages else ""
    meta = f"<office:document-meta {NAMESPACES}><office:meta>{statistic}</office:meta></office:document-meta>"
    manifest = (
        f'<manifest:manifest {NAMESPACES} manifest:version="1.3">'
        f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mimetype.decode()}"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">'
        f"{manifest_entry}"
        "</manifest:file-entry></manifest:manifest>"
    )
    members = {"content.xml": content.encode(), "styles.xml": styles.encode(), "meta.xml": meta.encode()}
    return package(mimetype, members | {"META-INF/manifest.xml": manifest.encode()} | (extra or {}))


def package(mimetype: bytes, members: dict[str, bytes]) -> bytes:
    """A zip whose first member is `mimetype`, stored, then the members deflated, as ODF requires."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), mimetype, compress_type=zipfile.ZIP_STORED)
        for name, data in members.items():
            archive.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def paragraphs(*texts: str, style: str | None = None) -> str:
    attribute = f' text:style-name="{style}"' if style else ""
    return "".join(f"<text:p{attribute}>{text}</text:p>" for text in texts)
