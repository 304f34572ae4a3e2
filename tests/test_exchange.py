"""Exchange packages between a post and a contact point (issue 14): identities and cards,
sending under TLP rules, all-or-nothing receiving by UUID and version, refusals that leave the
store exactly as it was, and feedback."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from desk.errors import InvalidInput, NotFound
from desk.models import Identity
from desk.models.enums import SignalStatus
from desk.services.exchange import identity as ident
from desk.services.exchange.feedback import feedback_on, send_feedback
from desk.services.exchange.package import HEADER, PackageRefused, open_package, seal
from desk.services.exchange.receive import ConflictsFound, OnConflict, receive_package
from desk.services.exchange.send import send_signals, unsent_counts
from desk.services.search import SignalFilter, search_signals
from desk.services.signals import create_signal, get_signal, set_status, update_signal
from desk.services.work import reading, writing
from tests.conftest import store_from_template
from tests.helpers import draft, expected_actor

MARKER = "Unmistakable plaintext marker 7781"


@contextlib.contextmanager
def other_store(tmp_path: Path, template_store, name: str) -> Iterator:
    folder = tmp_path / name
    folder.mkdir()
    with store_from_template(folder, template_store) as s:
        yield s


@pytest.fixture
def pair(store, tmp_path: Path, template_store):
    """A post (Yerevan) and the DEU contact point, each trusting the other's card."""
    with other_store(tmp_path, template_store, "cp") as cp:
        ident.set_identity(store, "Embassy Yerevan", "post", post="Embassy Yerevan")
        ident.set_identity(cp, "DEU contact point", "contact-point", region="DEU")
        introduce(store, cp)
        yield store, cp


def introduce(a, b) -> None:
    """a and b trust each other's card, having compared fingerprints."""
    card_a, card_b = ident.make_card(a), ident.make_card(b)
    ident.trust(b, card_a, ident.get_identity(a).fingerprint)
    ident.trust(a, card_b, ident.get_identity(b).fingerprint)


def rows(store) -> dict[str, list[tuple]]:
    """Every row of every table: what "nothing changed" means."""
    with store.engine.connect() as conn:
        tables = [
            r[0]
            for r in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                " AND name NOT LIKE 'signal_fts%'"
            )
        ]
        return {t: sorted(map(tuple, conn.exec_driver_sql(f'SELECT * FROM "{t}"'))) for t in tables}


def titles(store) -> set[str]:
    flt = SignalFilter(statuses=frozenset(s.value for s in SignalStatus))
    return {r.title for r in search_signals(store, flt, limit=1000)}


def send(store, tmp_path: Path, name: str = "p.deskx", to=("DEU contact point",), **kw) -> Path:
    path = tmp_path / name
    send_signals(store, list(to), path, **kw)
    return path


# -- identities and cards -------------------------------------------------------------------------
def test_identity_keeps_its_keys_when_renamed(store) -> None:
    first = ident.set_identity(store, "Embassy Yerevan", "post", post="Embassy Yerevan")
    assert len(first.fingerprint.split("-")) == 8 and all(
        len(g) == 4 for g in first.fingerprint.split("-")
    )
    again = ident.set_identity(store, "Embassy Yerevan (ESB)", "post", post="Embassy Yerevan")
    assert again.fingerprint == first.fingerprint and again.name == "Embassy Yerevan (ESB)"
    with reading(store) as w:
        row = w.session.get(Identity, 1)
        assert row.age_secret.startswith("AGE-SECRET-KEY-1")  # only inside the encrypted store


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("", "post"), "needs a name"),
        (("X", "spy"), "role"),
        (("X", "post"), "post"),
        (("X", "contact-point"), "region"),
    ],
)
def test_identity_refuses_what_is_missing(store, args, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        ident.set_identity(store, *args)


def test_a_card_is_trusted_only_with_its_fingerprint(store, tmp_path, template_store) -> None:
    with other_store(tmp_path, template_store, "cp") as cp:
        ident.set_identity(store, "Embassy Yerevan", "post", post="Embassy Yerevan")
        ident.set_identity(cp, "DEU contact point", "contact-point", region="DEU")
        card = ident.make_card(store)
        real = ident.get_identity(store).fingerprint
        with pytest.raises(ident.CardRefused, match="is not this card's"):
            ident.trust(cp, card, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
        altered = card.replace(b"Embassy Yerevan", b"Embassy Yerevax", 1)
        with pytest.raises(ident.CardRefused, match="altered"):
            ident.trust(cp, altered, real)
        contact = ident.trust(cp, card, real.lower().replace("-", " "))  # as read aloud
        assert (contact.name, contact.role, contact.fingerprint) == (
            "Embassy Yerevan",
            "post",
            real,
        )
        assert [c.name for c in ident.list_contacts(cp)] == ["Embassy Yerevan"]
        assert ident.revoke(cp, "Embassy Yerevan").revoked_at is not None
        assert ident.list_contacts(cp, include_revoked=False) == []


# -- sending and receiving --------------------------------------------------------------------------
def test_signals_travel_with_their_provenance(pair, tmp_path: Path) -> None:
    post, cp = pair
    amber = create_signal(
        post, draft(post, country="AM", title="Chips via Yerevan", summary=MARKER), actor="Lotte"
    )
    package = send(post, tmp_path)
    assert MARKER.encode() not in package.read_bytes() and package.read_bytes().startswith(HEADER)
    report = receive_package(cp, package)
    assert (report.new, report.updated, report.unchanged, report.conflicts) == (1, 0, 0, [])
    with reading(cp) as w:
        got = w.session.execute(
            sa.text(
                "SELECT uuid, version, author, received_from, received_package, origin_identity "
                "FROM signal WHERE title = 'Chips via Yerevan'"
            )
        ).one()
    mine = get_signal(post, amber)
    with reading(post) as w:
        post_uuid = w.session.execute(
            sa.text(f"SELECT uuid FROM signal WHERE id = {amber}")
        ).scalar()
    assert got[0] == post_uuid and got[1] == 1 and got[2] == expected_actor(post, "Lotte")
    assert got[3] == "Embassy Yerevan" and got[4] == report.package_id
    assert got[5] == ident.get_identity(post).fingerprint
    assert mine.title == "Chips via Yerevan"


def test_receiving_twice_changes_nothing(pair, tmp_path: Path) -> None:
    post, cp = pair
    create_signal(post, draft(post, country="AM", title="Once only"))
    package = send(post, tmp_path)
    receive_package(cp, package)
    before = rows(cp)
    again = receive_package(cp, package)
    assert again.already_received and rows(cp) == before


def test_an_edit_arrives_as_an_update_with_history(pair, tmp_path: Path) -> None:
    post, cp = pair
    sid = create_signal(post, draft(post, country="AM", title="Lathes"))
    create_signal(post, draft(post, country="AM", title="Bearings"))
    receive_package(cp, send(post, tmp_path, "1.deskx"))
    update_signal(post, sid, draft(post, country="AM", title="Lathes and mills"))
    report = receive_package(cp, send(post, tmp_path, "2.deskx"))
    assert (report.new, report.updated, report.unchanged) == (0, 1, 1)
    assert titles(cp) == {"Lathes and mills", "Bearings"}
    with reading(cp) as w:
        changes = w.session.execute(
            sa.text("SELECT field, old_value, new_value FROM audit_log WHERE field = 'title'")
        ).all()
    assert changes == [("title", "Lathes", "Lathes and mills")]


def test_archiving_travels_as_a_state(pair, tmp_path: Path) -> None:
    post, cp = pair
    sid = create_signal(post, draft(post, country="AM", title="Old news"))
    receive_package(cp, send(post, tmp_path, "1.deskx"))
    set_status(post, [sid], SignalStatus.ARCHIVED)
    assert receive_package(cp, send(post, tmp_path, "2.deskx")).updated == 1
    assert not [r for r in search_signals(cp, SignalFilter()) if r.title == "Old news"]
    assert titles(cp) == {"Old news"}  # archived, not deleted


def both_edit(pair, tmp_path: Path):
    post, cp = pair
    sid = create_signal(post, draft(post, country="AM", title="Disputed", summary="first"))
    receive_package(cp, send(post, tmp_path, "1.deskx"))
    update_signal(post, sid, draft(post, country="AM", title="Disputed", summary="post says"))
    with reading(cp) as w:
        cp_id = w.session.execute(
            sa.text("SELECT id FROM signal WHERE title = 'Disputed'")
        ).scalar()
    update_signal(cp, cp_id, draft(cp, country="AM", title="Disputed", summary="cp says"))
    return post, cp, cp_id, send(post, tmp_path, "2.deskx")


def test_a_conflict_stops_and_writes_nothing(pair, tmp_path: Path) -> None:
    _post, cp, _cp_id, package = both_edit(pair, tmp_path)
    before = rows(cp)
    dry = receive_package(cp, package, dry_run=True)
    assert len(dry.conflicts) == 1 and rows(cp) == before
    with pytest.raises(ConflictsFound) as found:
        receive_package(cp, package)
    (conflict,) = found.value.report.conflicts
    assert [(f.field, f.mine, f.theirs) for f in conflict.fields] == [
        ("summary", "cp says", "post says")
    ]
    assert rows(cp) == before


@pytest.mark.parametrize(
    ("choice", "summary"), [("keep-mine", "cp says"), ("take-theirs", "post says")]
)
def test_a_conflict_is_decided_when_asked(pair, tmp_path: Path, choice: str, summary: str) -> None:
    _post, cp, cp_id, package = both_edit(pair, tmp_path)
    opened = get_signal(cp, cp_id)  # an edit open on the contact point's own version
    report = receive_package(cp, package, on_conflict=OnConflict(choice))
    assert report.applied and len(report.conflicts) == 1
    assert get_signal(cp, cp_id).summary == summary
    if choice == "take-theirs":  # saving that open edit now stops: theirs is not overwritten
        from desk.errors import ChangedElsewhere
        from desk.services.signals import update_signal

        with pytest.raises(ChangedElsewhere):
            update_signal(cp, cp_id, opened.draft(), expected_version=opened.version)


# -- TLP and Chatham House ----------------------------------------------------------------------------
def test_red_goes_only_to_the_recipients_its_author_named(pair, tmp_path: Path) -> None:
    post, cp = pair
    create_signal(post, draft(post, country="AM", title="Amber", tlp="AMBER"))
    named = create_signal(post, draft(post, country="AM", title="Red for DEU", tlp="RED"))
    create_signal(post, draft(post, country="AM", title="Red for nobody yet", tlp="RED"))
    with writing(post) as w:
        w.session.execute(
            sa.text(f"UPDATE signal SET named_recipients = 'DEU contact point' WHERE id = {named}")
        )
    plain = send_signals(post, ["DEU contact point"], tmp_path / "1.deskx")
    assert plain.sent == 1 and plain.left_out == {"TLP:RED (not asked for: --include-red)": 2}
    red = send_signals(post, ["DEU contact point"], tmp_path / "2.deskx", include_red=True)
    assert red.sent == 2 and red.left_out == {"TLP:RED (its author named other recipients)": 1}
    receive_package(cp, tmp_path / "1.deskx")
    receive_package(cp, tmp_path / "2.deskx")
    assert titles(cp) == {"Amber", "Red for DEU"}


def test_a_chatham_house_source_goes_only_to_its_regions_contact_points(
    pair, tmp_path: Path, template_store
) -> None:
    post, cp = pair
    with other_store(tmp_path, template_store, "dao") as dao:
        ident.set_identity(dao, "DAO contact point", "contact-point", region="DAO")
        introduce(post, dao)
        create_signal(post, draft(post, country="AM", title="CHR in DEU", chr="true", source="Jan"))
        create_signal(
            post, draft(post, country="TH", title="CHR in DAO", chr="true", source="Piet")
        )
        to_deu = send_signals(post, ["DEU contact point"], tmp_path / "deu.deskx")
        assert to_deu.sources_withheld == 1  # the Thai one is not DEU's
        receive_package(cp, tmp_path / "deu.deskx")
        with reading(cp) as w:
            sources = dict(w.session.execute(sa.text("SELECT title, source FROM signal")).all())
        assert sources == {"CHR in DEU": "Jan", "CHR in DAO": ""}
        both = send_signals(
            post, ["DEU contact point", "DAO contact point"], tmp_path / "both.deskx"
        )
        assert both.sources_withheld == 2  # neither region has every recipient


def test_two_recipients_can_read_it_a_third_cannot(pair, tmp_path: Path, template_store) -> None:
    post, cp = pair
    with (
        other_store(tmp_path, template_store, "dao") as dao,
        other_store(tmp_path, template_store, "dwh") as dwh,
    ):
        ident.set_identity(dao, "DAO contact point", "contact-point", region="DAO")
        ident.set_identity(dwh, "DWH contact point", "contact-point", region="DWH")
        introduce(post, dao)
        introduce(post, dwh)
        create_signal(post, draft(post, country="AM", title="For two"))
        package = send(post, tmp_path, to=("DEU contact point", "DAO contact point"))
        assert receive_package(cp, package).new == 1
        assert receive_package(dao, package).new == 1
        before = rows(dwh)
        with pytest.raises(PackageRefused, match="not addressed to this store"):
            receive_package(dwh, package)
        assert rows(dwh) == before


# -- refusals: the store is left exactly as it was ----------------------------------------------------
def flipped(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1 :]


@pytest.mark.parametrize("where", ["header", "age header", "middle", "last byte", "truncated"])
def test_a_damaged_or_altered_package_is_refused(pair, tmp_path: Path, where: str) -> None:
    post, cp = pair
    create_signal(post, draft(post, country="AM", title="Fragile"))
    good = send(post, tmp_path).read_bytes()
    bad = {
        "header": flipped(good, 3),
        "age header": flipped(good, len(HEADER) + 40),
        "middle": flipped(good, len(good) // 2),
        "last byte": flipped(good, len(good) - 1),
        "truncated": good[: len(good) - 30],
    }[where]
    (tmp_path / "bad.deskx").write_bytes(bad)
    before = rows(cp)
    with pytest.raises(PackageRefused):
        receive_package(cp, tmp_path / "bad.deskx")
    assert rows(cp) == before


def test_an_unknown_or_revoked_sender_is_refused(pair, tmp_path: Path, template_store) -> None:
    post, cp = pair
    with other_store(tmp_path, template_store, "stranger") as stranger:
        ident.set_identity(stranger, "Stranger", "post", post="Nowhere")
        ident.trust(stranger, ident.make_card(cp), ident.get_identity(cp).fingerprint)
        create_signal(stranger, draft(stranger, country="AM", title="Unsolicited"))
        package = send(stranger, tmp_path, "s.deskx")
        before = rows(cp)
        with pytest.raises(PackageRefused, match="unknown sender"):
            receive_package(cp, package)
        assert rows(cp) == before
    create_signal(post, draft(post, country="AM", title="After revocation"))
    package = send(post, tmp_path, "r.deskx")
    ident.revoke(cp, "Embassy Yerevan")
    before = rows(cp)
    with pytest.raises(PackageRefused, match="revoked"):
        receive_package(cp, package)
    assert rows(cp) == before


def test_a_forged_signature_is_refused(pair, tmp_path: Path) -> None:
    """Sealed to the right recipient under the post's fingerprint, signed by another key."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    post, cp = pair
    create_signal(post, draft(post, country="AM", title="Genuine"))
    genuine = send(post, tmp_path)
    with reading(post) as w:
        me = w.session.get(Identity, 1)
        forger = Identity(
            **{
                **me.model_dump(),
                "sign_secret": Ed25519PrivateKey.generate().private_bytes_raw().hex(),
            }
        )
    with reading(cp) as w:
        opened = open_package(genuine.read_bytes(), w.session.get(Identity, 1), w.session)
        cp_recipient = w.session.get(Identity, 1).age_recipient
    (tmp_path / "forged.deskx").write_bytes(seal(opened.body, forger, [cp_recipient]))
    before = rows(cp)
    with pytest.raises(PackageRefused, match="signature does not match"):
        receive_package(cp, tmp_path / "forged.deskx")
    assert rows(cp) == before


def test_a_package_of_a_newer_desk_is_refused(pair, tmp_path: Path) -> None:
    post, cp = pair
    create_signal(post, draft(post, country="AM", title="From the future"))
    data = send(post, tmp_path).read_bytes()
    (tmp_path / "new.deskx").write_bytes(b"DESK-PACKAGE/2\n" + data[len(HEADER) :])
    with pytest.raises(PackageRefused, match="newer Desk"):
        receive_package(cp, tmp_path / "new.deskx")


def test_a_replayed_older_package_is_refused(pair, tmp_path: Path) -> None:
    post, cp = pair
    create_signal(post, draft(post, country="AM", title="First"))
    first = send(post, tmp_path, "1.deskx")
    create_signal(post, draft(post, country="AM", title="Second"))
    second = send(post, tmp_path, "2.deskx")
    receive_package(cp, second)
    before = rows(cp)
    with pytest.raises(PackageRefused, match="older than one already received"):
        receive_package(cp, first)
    assert rows(cp) == before


def test_sending_needs_an_identity_and_known_recipients(store, tmp_path: Path) -> None:
    with pytest.raises(ident.NoIdentity):
        send_signals(store, ["anyone"], tmp_path / "x.deskx")
    ident.set_identity(store, "Embassy Yerevan", "post", post="Embassy Yerevan")
    with pytest.raises(NotFound, match=r"no contact called"):
        send_signals(store, ["nobody"], tmp_path / "x.deskx")
    with pytest.raises(InvalidInput, match=r"\.deskx"):
        send_signals(store, ["nobody"], tmp_path / "x.zip")
    assert not list(tmp_path.glob("x.*"))


# -- what is not yet sent, and feedback ------------------------------------------------------------
def test_the_post_sees_what_it_has_not_sent(pair, tmp_path: Path) -> None:
    post, _cp = pair
    ids = [create_signal(post, draft(post, country="AM", title=f"S{i}")) for i in range(3)]
    create_signal(post, draft(post, country="TH", title="Not DEU's"))
    assert [(u.contact, u.signals) for u in unsent_counts(post)] == [("DEU contact point", 3)]
    send_signals(post, ["DEU contact point"], tmp_path / "1.deskx", region="DEU")
    assert unsent_counts(post)[0].signals == 0
    update_signal(post, ids[0], draft(post, country="AM", title="S0 corrected"))
    assert unsent_counts(post)[0].signals == 1
    again = send_signals(
        post, ["DEU contact point"], tmp_path / "2.deskx", region="DEU", unsent=True
    )
    assert again.sent == 1


def test_feedback_tells_the_post_what_became_of_its_signals(pair, tmp_path: Path) -> None:
    from datetime import date, timedelta

    from desk.models.meetings import MeetingStatus
    from desk.services import meetings as mt

    post, cp = pair
    sid = create_signal(
        post,
        draft(
            post,
            country="AM",
            title="Discuss me",
            observed_on=(date.today() - timedelta(days=3)).isoformat(),
        ),
    )
    receive_package(cp, send(post, tmp_path, "1.deskx"))
    mt.plan_series(cp, "DEU", date.today() + timedelta(days=1), count=2)
    meeting = mt.list_meetings(cp, "DEU")[0]
    with reading(cp) as w:
        cp_id = w.session.execute(
            sa.text("SELECT id FROM signal WHERE title = 'Discuss me'")
        ).scalar()
    mt.set_meeting_status(cp, meeting.id, MeetingStatus.OPEN)
    mt.add_agenda_signals(cp, meeting.id, [cp_id])
    trends = mt.get_agenda(cp, meeting.id).items[0]
    mt.add_decision(cp, meeting.id, "Ask Yerevan customs for the invoices", trends.id)
    for status in (MeetingStatus.HELD, MeetingStatus.FINALISED):
        mt.set_meeting_status(cp, meeting.id, status)
    set_status(cp, [cp_id], SignalStatus.DISCUSSED)
    assert send_feedback(cp, "Embassy Yerevan", tmp_path / "fb.deskx") == 1
    report = receive_package(post, tmp_path / "fb.deskx")
    assert report.kind == "feedback" and report.feedback == 1
    with reading(post) as w:
        u = w.session.execute(sa.text(f"SELECT uuid FROM signal WHERE id = {sid}")).scalar()
    fb = feedback_on(post, u)
    assert fb is not None and fb.status == "discussed" and fb.from_contact == "DEU contact point"
    (mention,) = fb.meetings
    assert mention.region == "DEU" and mention.date == meeting.date
    assert mention.decisions == ["Ask Yerevan customs for the invoices"]


def test_feedback_never_carries_another_posts_signals(pair, tmp_path: Path, template_store) -> None:
    post, cp = pair
    with other_store(tmp_path, template_store, "bishkek") as other:
        ident.set_identity(other, "Embassy Bishkek", "post", post="Embassy Bishkek")
        introduce(other, cp)
        create_signal(post, draft(post, country="AM", title="Yerevan's"))
        create_signal(other, draft(other, country="KG", title="Bishkek's"))
        receive_package(cp, send(post, tmp_path, "y.deskx"))
        receive_package(cp, send(other, tmp_path, "b.deskx"))
        assert send_feedback(cp, "Embassy Yerevan", tmp_path / "fb.deskx") == 1
        # nor does a post record feedback about signals that are not its own
        assert receive_package(post, tmp_path / "fb.deskx").feedback == 1


def test_what_came_from_a_contact_point_is_not_unsent_to_it(pair, tmp_path: Path) -> None:
    post, cp = pair
    create_signal(cp, draft(cp, country="AM", title="From the contact point"))
    receive_package(post, send(cp, tmp_path, "back.deskx", to=("Embassy Yerevan",)))
    assert [(u.contact, u.signals) for u in unsent_counts(post)] == [("DEU contact point", 0)]
