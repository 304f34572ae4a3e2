"""This store's identity, contact cards, and the contacts it trusts.

A fingerprint is what two people compare (on the phone, in person) before they trust each
other's card: SHA-256 over both public keys, the first 160 bits in base32, in groups of four
(``K7QX-M2PA-…``). A card is signed with the key it carries, so it cannot be altered without
the fingerprint changing.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from pyrage import x25519
from sqlmodel import col, select

from desk.errors import Conflict, InvalidInput, NotFound, Refused
from desk.models import Contact, Identity
from desk.models.base import utcnow
from desk.services import audit
from desk.services.work import Context, Work, reading, writing

ROLES = ("post", "contact-point")
CARD_FORMAT = "desk-card/1"
_FINGERPRINT_CONTEXT = b"desk-identity/1\0"
ENTITY = "contact"


class NoIdentity(Refused):
    def __init__(self) -> None:
        super().__init__(
            "this store has no exchange identity yet: name it first with `desk exchange "
            "identity --name NAME --role post|contact-point --post POST|--region REGION`"
        )


class CardRefused(Refused):
    """A contact card that is damaged, altered or not what the user expected."""


@dataclass(frozen=True)
class IdentityInfo:
    name: str
    role: str
    post: str
    region: str
    fingerprint: str

    @property
    def where(self) -> str:
        return self.post if self.role == "post" else self.region


@dataclass(frozen=True)
class ContactInfo:
    id: int
    name: str
    role: str
    post: str
    region: str
    fingerprint: str
    trusted_at: datetime
    revoked_at: datetime | None

    @property
    def active(self) -> bool:
        return self.revoked_at is None

    @property
    def where(self) -> str:
        return self.post if self.role == "post" else self.region


def fingerprint(age_recipient: str, sign_public_hex: str) -> str:
    digest = hashlib.sha256(
        _FINGERPRINT_CONTEXT + age_recipient.encode() + bytes.fromhex(sign_public_hex)
    ).digest()
    text = base64.b32encode(digest[:20]).decode()
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def normalized_fingerprint(text: str) -> str:
    """What a person typed or read aloud, in the stored form (case, spaces and dashes do not
    matter)."""
    bare = "".join(c for c in text.upper() if c.isalnum())
    return "-".join(bare[i : i + 4] for i in range(0, len(bare), 4))


# -- this store ---------------------------------------------------------------------------------
def _info(row: Identity) -> IdentityInfo:
    return IdentityInfo(row.name, row.role, row.post, row.region, row.fingerprint)


def get_identity(ctx: Context) -> IdentityInfo | None:
    with reading(ctx) as w:
        row = w.session.get(Identity, 1)
        return _info(row) if row is not None else None


def identity_row(w: Work) -> Identity:
    """The identity with its keys, for sealing and opening packages; NoIdentity if unnamed."""
    row = w.session.get(Identity, 1)
    if row is None:
        raise NoIdentity()
    return row


def set_identity(
    ctx: Context, name: str, role: str, *, post: str = "", region: str = ""
) -> IdentityInfo:
    """Name this store's identity (made with new key pairs the first time); later calls change
    the name, role or place and keep the keys, so its contacts still know it."""
    name, post, region = " ".join(name.split()), " ".join(post.split()), region.strip().upper()
    if not name:
        raise InvalidInput("an identity needs a name")
    if role not in ROLES:
        raise InvalidInput(f"the role is {' or '.join(ROLES)}, not “{role}”")
    if role == "post" and not post:
        raise InvalidInput("a post's identity names its post (--post)")
    with writing(ctx) as w:
        if role == "contact-point" and region not in w.reference.directorates:
            known = ", ".join(sorted(w.reference.directorates))
            raise InvalidInput(f"a contact point names its region (--region): one of {known}")
        row = w.session.get(Identity, 1)
        if row is None:
            age = x25519.Identity.generate()
            sign = Ed25519PrivateKey.generate()
            sign_public = sign.public_key().public_bytes_raw().hex()
            recipient = str(age.to_public())
            row = Identity(
                name=name,
                role=role,
                age_secret=str(age),
                age_recipient=recipient,
                sign_secret=sign.private_bytes_raw().hex(),
                sign_public=sign_public,
                fingerprint=fingerprint(recipient, sign_public),
            )
        row.name, row.role = name, role
        row.post, row.region = (post, "") if role == "post" else ("", region)
        w.session.add(row)
        audit.record(w.session, actor=w.actor, entity="identity", entity_id=1, action="name")
        return _info(row)


# -- cards ----------------------------------------------------------------------------------------
def _canonical(data: dict[str, Any]) -> bytes:
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def make_card(ctx: Context) -> bytes:
    """This store's contact card: its public keys, name, role and place, signed by itself."""
    with reading(ctx) as w:
        row = identity_row(w)
        card: dict[str, Any] = {
            "format": CARD_FORMAT,
            "name": row.name,
            "role": row.role,
            "post": row.post,
            "region": row.region,
            "age_recipient": row.age_recipient,
            "sign_public": row.sign_public,
            "fingerprint": row.fingerprint,
            "created_at": utcnow().isoformat(),
        }
        key = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(row.sign_secret))
    card["signature"] = base64.b64encode(key.sign(_canonical(card))).decode()
    return json.dumps(card, indent=2, ensure_ascii=False).encode() + b"\n"


@dataclass(frozen=True)
class Card:
    name: str
    role: str
    post: str
    region: str
    age_recipient: str
    sign_public: str
    fingerprint: str  # computed from the keys, never taken from the card's own claim


def read_card(data: bytes) -> Card:
    """A card whose signature holds (CardRefused otherwise)."""
    try:
        card = json.loads(data.decode("utf-8"))
        if card.get("format") != CARD_FORMAT:
            raise CardRefused(f"not a Desk contact card (format {card.get('format')!r})")
        signature = base64.b64decode(card.pop("signature"))
        fields = {k: str(card[k]) for k in ("name", "role", "post", "region")}
        age_recipient, sign_public = str(card["age_recipient"]), str(card["sign_public"])
        x25519.Recipient.from_str(age_recipient)
        key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(sign_public))
    except CardRefused:
        raise
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError) as exc:
        raise CardRefused(f"this contact card is damaged ({type(exc).__name__})") from None
    except Exception as exc:  # pyrage raises its own for a bad recipient
        raise CardRefused(f"this contact card holds no valid key ({exc})") from None
    try:
        key.verify(signature, _canonical(card))
    except InvalidSignature:
        raise CardRefused("this contact card was altered: its signature does not match") from None
    if fields["role"] not in ROLES:
        raise CardRefused(f"unknown role on the card: {fields['role']!r}")
    return Card(**fields, age_recipient=age_recipient, sign_public=sign_public,
                fingerprint=fingerprint(age_recipient, sign_public))  # fmt: skip


# -- contacts -------------------------------------------------------------------------------------
def _contact_info(row: Contact) -> ContactInfo:
    assert row.id is not None
    return ContactInfo(
        row.id,
        row.name,
        row.role,
        row.post,
        row.region,
        row.fingerprint,
        row.trusted_at,
        row.revoked_at,
    )


def trust(ctx: Context, data: bytes, compared: str) -> ContactInfo:
    """Add the card's store as a contact, if ``compared`` — the fingerprint the user checked
    with its owner — is the card's. A revoked contact can be trusted again with a new card."""
    card = read_card(data)
    if normalized_fingerprint(compared) != card.fingerprint:
        raise CardRefused(
            f"the fingerprint you compared ({normalized_fingerprint(compared)}) is not this "
            f"card's ({card.fingerprint}): do not trust it; ask its owner for their card again"
        )
    with writing(ctx) as w:
        own = w.session.get(Identity, 1)
        if own is not None and own.fingerprint == card.fingerprint:
            raise CardRefused("this is this store's own card")
        by_print = w.session.exec(
            select(Contact).where(col(Contact.fingerprint) == card.fingerprint)
        ).first()
        by_name = w.session.exec(select(Contact).where(col(Contact.name) == card.name)).first()
        if by_name is not None and by_name is not by_print and by_name.revoked_at is None:
            raise Conflict(f"a different contact is already called {card.name}; revoke it first")
        if by_name is not None and by_name is not by_print:
            w.session.delete(by_name)  # a revoked namesake makes way
            w.session.flush()
        row = by_print or Contact(
            name=card.name,
            role=card.role,
            age_recipient=card.age_recipient,
            sign_public=card.sign_public,
            fingerprint=card.fingerprint,
        )
        row.name, row.role, row.post, row.region = card.name, card.role, card.post, card.region
        row.trusted_at, row.revoked_at = utcnow(), None
        w.session.add(row)
        w.session.flush()
        audit.record(
            w.session,
            actor=w.actor,
            entity=ENTITY,
            entity_id=row.id,
            action="trust",
            changes={"fingerprint": (None, card.fingerprint)},
        )
        return _contact_info(row)


def list_contacts(ctx: Context, *, include_revoked: bool = True) -> list[ContactInfo]:
    with reading(ctx) as w:
        rows = w.session.exec(select(Contact).order_by(col(Contact.name))).all()
    found = [_contact_info(r) for r in rows]
    return found if include_revoked else [c for c in found if c.active]


def revoke(ctx: Context, name: str) -> ContactInfo:
    """Stop trusting a contact: its packages are refused, none are sent to it."""
    with writing(ctx) as w:
        row = w.session.exec(select(Contact).where(col(Contact.name) == name)).first()
        if row is None:
            raise NotFound(f"no contact called {name}")
        if row.revoked_at is None:
            row.revoked_at = utcnow()
            w.session.add(row)
            audit.record(w.session, actor=w.actor, entity=ENTITY, entity_id=row.id, action="revoke")
        return _contact_info(row)


def contacts_named(w: Work, names: list[str]) -> list[Contact]:
    """The trusted, unrevoked contacts of these names, in that order; NotFound / Refused."""
    found = []
    for name in names:
        row = w.session.exec(select(Contact).where(col(Contact.name) == name)).first()
        if row is None:
            raise NotFound(f"no contact called {name} (see `desk exchange contacts`)")
        if row.revoked_at is not None:
            raise Refused(f"{name} was revoked: Desk sends it nothing")
        found.append(row)
    return found
