"""Issuing a document: the PDF written (optionally password-protected) and recorded with the
SHA-256 of the written bytes — both or neither."""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

from desk.documents.rendering import Rendered
from desk.errors import InvalidInput, Unavailable
from desk.fileio import discard, put_in_place, stage_bytes
from desk.models.enums import Tlp
from desk.services.briefings import DocumentError
from desk.services.issued import IssuedDraft, record_issued, remove_issued
from desk.store import Store, StoreBusy, StoreError
from desk.store.errors import error_name


class BadDestination(DocumentError, InvalidInput):
    """The file cannot be a document there (not a .pdf, no such folder)."""


class NotSaved(DocumentError, Unavailable):
    """The store would not take the record (busy, full): nothing was written."""


@dataclass(frozen=True)
class Issued:
    path: Path
    sha256: str
    pages: int
    tlp: Tlp
    record_id: int


def issue(
    store: Store, rendered: Rendered, path: Path | str, password: str | None = None
) -> Issued:
    """Write the PDF, optionally password-protected, and record it with the SHA-256 of the
    written bytes: both or neither.

    The order makes that so: the whole PDF goes to a temporary file beside ``path``, the record
    is committed (one write transaction of its own, so a ``Store``, not a caller's unit of
    work), and only then does the file take its place (a rename, so never half a PDF at
    ``path``). If the store refuses the record (busy, full), the temporary file is removed and
    nothing changed; if the rename fails, a compensating transaction removes the record again.
    """
    path = Path(path)
    if path.suffix.lower() != ".pdf":
        raise BadDestination(f"{path.name}: the file name should end in .pdf")
    if not path.parent.exists():
        raise BadDestination(f"the folder {path.parent} does not exist")
    pdf = protect(rendered.pdf, password) if password else rendered.pdf
    digest = hashlib.sha256(pdf).hexdigest()
    pages = page_count(pdf, password)
    draft = IssuedDraft(
        kind=rendered.kind,
        audience=rendered.audience.value,
        lang=rendered.lang,
        marking=rendered.marking,
        tlp=rendered.tlp.value,
        sha256=digest,
        pages=pages,
        file_name=path.name,
        protected=bool(password),
        region=rendered.region,
        meeting_id=rendered.meeting_id,
        country_code=rendered.country_code,
    )
    tmp = stage_bytes(path, pdf)  # an OSError here (disk full…) leaves nothing behind
    try:
        record_id = record_issued(store, draft)
    except (sa.exc.OperationalError, StoreError) as exc:
        discard(tmp)
        raise NotSaved(f"the document was not saved: {_store_problem(exc)}") from None
    except BaseException:
        discard(tmp)
        raise
    try:
        put_in_place(tmp, path)
    except OSError as exc:
        discard(tmp)
        _unrecord(store, record_id, path, exc)
        raise
    return Issued(path, digest, pages, rendered.tlp, record_id)


def protect(pdf: bytes, password: str) -> bytes:
    """The same PDF, encrypted with AES-256: opening it needs ``password``."""
    import pypdf

    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password=password, owner_password=None, algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def page_count(pdf: bytes, password: str | None = None) -> int:
    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(pdf))
    if reader.is_encrypted:
        reader.decrypt(password or "")
    return len(reader.pages)


def _store_problem(exc: Exception) -> str:
    """What went wrong with the store, in one line for the user."""
    name = error_name(exc)
    if isinstance(exc, StoreBusy) or name == "SQLITE_BUSY":
        return "the store is busy (another Desk process is writing); try again"
    if name == "SQLITE_FULL":
        return "the disk of the store is full"
    why = str(getattr(exc, "orig", exc)).strip()
    return f"the store could not record it ({why.splitlines()[0] if why else type(exc).__name__})"


def _unrecord(store: Store, record_id: int, path: Path, cause: OSError) -> None:
    """Undo the record of a document whose file could not be put in place (the compensating
    transaction). If even that fails, say which record names a file that does not exist."""
    try:
        remove_issued(store, record_id)
    except (sa.exc.OperationalError, StoreError) as exc:
        raise NotSaved(
            f"the document was not saved: could not write {path} ({cause.strerror or cause}), "
            f"and its record #{record_id} could not be removed: {_store_problem(exc)}"
        ) from None
