"""The exchange package format (``.deskx``): age-encrypted to every recipient, signed by the
sender.

A package file is one line of plain text naming the format, then the age file::

    DESK-PACKAGE/1\\n
    <age: X25519 recipients, ChaCha20-Poly1305 payload>

Inside the age encryption::

    signer   2-byte length + the sender's fingerprint (ASCII)
    payload  8-byte length + zlib-compressed JSON (the body)
    signature  64 bytes: Ed25519 over b"desk-package/1\\0" + signer + payload

Order of checks on receipt: the header (a newer format is refused before anything else), age
decryption with this store's key (not addressed to it, or damaged: refused), the signer must be
a trusted, unrevoked contact and the signature must hold — only then is the payload
decompressed (with a size cap) and read. The body::

    {"manifest": {"format": 1, "package_id", "kind": "signals"|"feedback", "sender": {...},
                  "recipients": [fingerprints], "created_at", "sequence", "counts": {...},
                  "desk_version"},
     "signals": [...], "feedback": [...]}

age (with the ``pyrage`` bindings) and Ed25519 (``cryptography``) are used rather than a
construction of our own: both are audited, and both ship wheels for Linux, macOS and Windows.
"""

from __future__ import annotations

import json
import struct
import zlib
from dataclasses import dataclass
from typing import Any

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from pyrage import x25519
from sqlmodel import col, select

from desk.errors import Refused
from desk.models import Contact, Identity

FORMAT = 1
HEADER = b"DESK-PACKAGE/%d\n" % FORMAT
_HEADER_PREFIX = b"DESK-PACKAGE/"
_SIGNING_CONTEXT = b"desk-package/1\0"
MAX_PACKAGE_BYTES = 1 << 30  # a year of a busy post's signals is a few MB
MAX_BODY_BYTES = 1 << 30


class PackageRefused(Refused):
    """The package is not opened: the one-line reason says why; nothing was changed."""


@dataclass(frozen=True)
class Opened:
    body: dict[str, Any]
    sender: Contact


def seal(body: dict[str, Any], identity: Identity, recipients: list[str]) -> bytes:
    """``body`` as a package for the age ``recipients``, signed with ``identity``'s key."""
    payload = zlib.compress(
        json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode(), level=6
    )
    signer = identity.fingerprint.encode("ascii")
    key = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(identity.sign_secret))
    signature = key.sign(_SIGNING_CONTEXT + signer + payload)
    inner = (
        struct.pack(">H", len(signer))
        + signer
        + struct.pack(">Q", len(payload))
        + payload
        + signature
    )
    sealed: bytes = pyrage.encrypt(inner, [x25519.Recipient.from_str(r) for r in recipients])
    return HEADER + sealed


def _check_header(data: bytes) -> bytes:
    if not data.startswith(_HEADER_PREFIX):
        raise PackageRefused("this is not a Desk exchange package")
    line, _, rest = data.partition(b"\n")
    try:
        version = int(line[len(_HEADER_PREFIX) :])
    except ValueError:
        raise PackageRefused("this package's header is damaged") from None
    if version > FORMAT:
        raise PackageRefused(
            f"this package was made by a newer Desk (format {version}; this Desk reads "
            f"format {FORMAT}): update Desk to receive it"
        )
    return rest


def _split(inner: bytes) -> tuple[bytes, bytes, bytes]:
    try:
        (n,) = struct.unpack_from(">H", inner, 0)
        signer = inner[2 : 2 + n]
        (m,) = struct.unpack_from(">Q", inner, 2 + n)
        start = 2 + n + 8
        payload = inner[start : start + m]
        signature = inner[start + m :]
    except struct.error:
        raise PackageRefused("this package is damaged (it ends too early)") from None
    if len(payload) != m or len(signature) != 64:
        raise PackageRefused("this package is damaged (its parts do not add up)")
    return signer, payload, signature


def open_package(data: bytes, identity: Identity, session: Any) -> Opened:
    """Decrypt, check the sender and the signature, then read the body; PackageRefused with
    the reason otherwise. ``session`` looks up the sender among the trusted contacts."""
    sealed = _check_header(data)
    try:
        inner = pyrage.decrypt(sealed, [x25519.Identity.from_str(identity.age_secret)])
    except pyrage.DecryptError as exc:
        if "no matching keys" in str(exc).lower():
            raise PackageRefused(
                "this package is not addressed to this store (or was damaged on the way)"
            ) from None
        raise PackageRefused(
            "this package is damaged or was altered: it does not decrypt"
        ) from None
    signer, payload, signature = _split(inner)
    sender = session.exec(
        select(Contact).where(col(Contact.fingerprint) == signer.decode("ascii", "replace"))
    ).first()
    if sender is None:
        raise PackageRefused(
            f"this package comes from an unknown sender ({signer.decode('ascii', 'replace')}): "
            "trust their contact card first"
        )
    if sender.revoked_at is not None:
        raise PackageRefused(f"this package comes from {sender.name}, who was revoked")
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(sender.sign_public)).verify(
            signature, _SIGNING_CONTEXT + signer + payload
        )
    except InvalidSignature:
        raise PackageRefused(
            f"this package's signature does not match {sender.name}'s key: it was altered or forged"
        ) from None
    body = _read_body(payload)
    manifest = body.get("manifest", {})
    if int(manifest.get("format", FORMAT + 1)) > FORMAT:
        raise PackageRefused("this package was made by a newer Desk: update Desk to receive it")
    if identity.fingerprint not in manifest.get("recipients", []):
        raise PackageRefused("this package is not addressed to this store")
    if manifest.get("sender", {}).get("fingerprint") != sender.fingerprint:
        raise PackageRefused("this package's manifest names another sender than its signature")
    return Opened(body, sender)


def _read_body(payload: bytes) -> dict[str, Any]:
    try:
        inflater = zlib.decompressobj()
        text = inflater.decompress(payload, MAX_BODY_BYTES)
        if inflater.unconsumed_tail:
            raise PackageRefused("this package unpacks to more than 1 GB: refused")
        body = json.loads(text.decode("utf-8"))
    except (zlib.error, UnicodeDecodeError, ValueError):
        raise PackageRefused("this package's content is damaged") from None
    if not isinstance(body, dict):
        raise PackageRefused("this package's content is damaged")
    return body
