"""The demo meetings: a DEU series with history, a DAO series that starts this week, and DEU's
second contact point (Central Asia) with its own countries and series."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from desk.models.meetings import ActionStatus, Attendance, MeetingStatus, ParticipantRole
from desk.services import contact_points as cps
from desk.services import meetings as mt
from desk.services.demo.signals import DEMO_ACTOR
from desk.services.meetings.common import MeetingInfo
from desk.services.work import Work, writing
from desk.store import Store

DEMO_PEOPLE = [
    ("Anna de Vries", "contact-point", "ESB, contact point DEU"),
    ("Bart Visser", "country-desk", "DEU, desk Central Asia"),
    ("Carla Smit", "country-desk", "DEU, desk South Caucasus"),
    ("Daan Bakker", "post", "Embassy Yerevan"),
    ("Eva Mulder", "post", "Embassy Astana"),
    ("Floor de Wit", "imh", "IMH, export control"),
]

DEMO_PEOPLE_DAO = [
    ("Jeroen Bos", "contact-point", "ESB, contact point DAO"),
    ("Iris Kok", "country-desk", "DAO, desk China"),
    ("Lotte Jansen", "post", "Embassy Bangkok"),
    ("Sanne de Groot", "post", "Consulate-General Hong Kong"),
    ("Floor de Wit", "imh", "IMH, export control"),
]


def load_demo_meetings(store: Store, *, today: date | None = None) -> str:
    """A DEU series with history: two finalised meetings (attendance, minutes, decisions,
    actions — one done, one still open and overdue) and the next ones planned; and a DAO series
    whose first meeting is this week, with its participants invited. One transaction."""
    today = today or date.today()
    with writing(store, actor=DEMO_ACTOR) as w:
        deu = _deu_series(w, today)
        central = _deu_central_asia(w, today)
        dao_first = _dao_series(w, today)
    return (
        f"DEU meeting series with {deu} meetings, a second DEU contact point ({central}), "
        f"DAO series starting {dao_first.isoformat()}"
    )


CENTRAL_ASIA = ("KG", "KZ", "TJ", "TM", "UZ")  # DEU's second contact point's, from today


def _deu_central_asia(w: Work, today: date) -> str:
    """DEU has two contact points: the default one (renamed "DEU Europe & Caucasus") and, from
    today, "DEU Central Asia" with its own countries and series (the meetings held so far were
    the default's, with Central Asia on their agendas); its first meeting is the day after the
    default's next one."""
    cps.rename_contact_point(
        w, cps.default_point(w.session, "DEU").id or 0, "DEU Europe & Caucasus"
    )
    central = cps.add_contact_point(w, "DEU", "DEU Central Asia")
    for code in CENTRAL_ASIA:
        cps.assign_country(w, code, central.id, today)
    south_next = mt.list_meetings(w, "DEU")[2]
    plan = mt.SeriesPlan(
        "DEU",
        south_next.date + timedelta(days=1),
        time(14, 0),
        count=4,
        location="The Hague, Rijnstraat 8",
        chair="Bart Visser",
        contact_point=central.id,
    )
    mt.plan_series(w, plan)
    return central.name


def _deu_series(w: Work, today: date) -> int:
    # the third meeting of the series is the next one: first = two cycles before it
    next_tuesday = today + timedelta(days=(1 - today.weekday()) % 7 or 7)
    first = next_tuesday - timedelta(weeks=8)
    mt.plan_series(
        w,
        "DEU",
        first,
        time(10, 0),
        count=6,
        location="The Hague, Rijnstraat 8",
        video_link="https://video.example.invalid/deu-four-weekly",
        chair="Anna de Vries",
    )
    m1, m2, m3, *_ = mt.list_meetings(w, "DEU")
    translate = _first_meeting(w, m1)
    _second_meeting(w, m2, m3, translate)
    return len(mt.list_meetings(w, "DEU"))


def _first_meeting(w: Work, m1: MeetingInfo) -> int:
    """Two cycles ago: returns the action done by the next meeting."""
    mt.set_meeting_status(w, m1.id, MeetingStatus.OPEN)
    for name, role, org in DEMO_PEOPLE:
        pid = mt.add_participant(w, m1.id, name, ParticipantRole(role), org)
        mt.set_attendance(
            w, pid, Attendance.EXCUSED if name == "Eva Mulder" else Attendance.ATTENDED
        )
    items = mt.get_agenda(w, m1.id).items
    mt.update_item(
        w,
        items[0].id,
        presenter="Anna de Vries",
        minutes=(
            "Armenian customs data show bearings from Türkiye far above domestic need. The post in "
            "Yerevan follows up with the Ministry of Economy."
        ),
    )
    mt.update_item(
        w,
        items[1].id,
        minutes="Armenia asked for the CHPI list in Armenian to train customs officers.",
    )
    topic = mt.add_item(w, m1.id, "Hackathon in Yerevan: preparation", 15, "Daan Bakker")
    mt.add_decision(
        w,
        m1.id,
        "The post in Yerevan proposes a hackathon on trade-flow analysis for spring.",
        topic,
    )
    translate = mt.add_action(
        w,
        m1.id,
        "Send the CHPI list in Armenian to the Ministry of Economy",
        ["Carla Smit"],
        m1.date + timedelta(weeks=2),
        items[1].id,
    )
    # still open at the next meeting: carried forward, overdue
    mt.add_action(
        w,
        m1.id,
        "Find a university partner and venue for the hackathon",
        ["Daan Bakker", "Carla Smit"],
        m1.date + timedelta(weeks=6),
        topic,
    )
    for status in (MeetingStatus.HELD, MeetingStatus.FINALISED):
        mt.set_meeting_status(w, m1.id, status)
    return translate


def _second_meeting(w: Work, m2: MeetingInfo, m3: MeetingInfo, translate: int) -> None:
    mt.set_meeting_status(w, m2.id, MeetingStatus.OPEN)
    for p in mt.participants(w, m2.id):
        mt.set_attendance(
            w, p.id, Attendance.EXCUSED if p.name == "Floor de Wit" else Attendance.ATTENDED
        )
    items = mt.get_agenda(w, m2.id).items
    mt.update_item(
        w,
        items[0].id,
        presenter="Anna de Vries",
        minutes=(
            "A7A5 is still offered over the counter in Bishkek. Machine-tool dealers move stock "
            "towards the Kazakh border since the 20th package."
        ),
    )
    mt.update_item(
        w, items[2].id, minutes="Kazakh customs tightened checks on transit of electronics."
    )
    mt.set_action_status(
        w, translate, ActionStatus.DONE, at=datetime.combine(m2.date, time(11, 0), UTC)
    )
    mt.add_decision(
        w, m2.id, "Ask IMH for the latest EU export figures to Kyrgyzstan before the next meeting."
    )
    mt.add_action(
        w,
        m2.id,
        "Share the latest EU export figures to Kyrgyzstan",
        ["Floor de Wit"],
        m3.date - timedelta(days=3),
    )
    for status in (MeetingStatus.HELD, MeetingStatus.FINALISED):
        mt.set_meeting_status(w, m2.id, status)


def _dao_series(w: Work, today: date) -> date:
    """A series that starts this week; its first window is the 28 days before it."""
    dao_first = today + timedelta(days=(3 - today.weekday()) % 7 or 7)  # next Thursday
    mt.plan_series(
        w,
        "DAO",
        dao_first,
        time(14, 0),
        count=6,
        location="The Hague, Rijnstraat 8",
        video_link="https://video.example.invalid/dao-four-weekly",
        chair="Jeroen Bos",
    )
    d1 = mt.list_meetings(w, "DAO")[0]
    for name, role, org in DEMO_PEOPLE_DAO:
        mt.add_participant(w, d1.id, name, ParticipantRole(role), org)
    mt.add_item(
        w, d1.id, "Thai transhipment of CHPI goods: findings of the post", 20, "Lotte Jansen"
    )
    return dao_first
