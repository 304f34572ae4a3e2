"""The database executor's two lanes: the user's work never waits behind background work."""

from __future__ import annotations

import threading

import pytest

from desk.ui.worker import DbExecutor

WAIT_MS = 10_000


@pytest.fixture
def executor(qtbot):
    ex = DbExecutor()
    yield ex
    ex.shutdown()


def test_interactive_result_arrives_while_background_task_is_blocked(qtbot, executor) -> None:
    release = threading.Event()
    started = threading.Event()
    finished: list[str] = []

    def chart() -> str:
        started.set()
        release.wait()
        return "chart"

    executor.submit(chart, finished.append, background=True)
    assert started.wait(10)
    with qtbot.waitCallback(timeout=WAIT_MS) as page:
        executor.submit(lambda: "page", page)
    page.assert_called_with("page")
    assert finished == [] and executor.pending == 1  # the chart still runs
    release.set()
    qtbot.waitUntil(lambda: finished == ["chart"], timeout=WAIT_MS)
    assert executor.pending == 0


def test_waiting_background_task_is_replaced_by_a_newer_one_with_its_key(qtbot, executor) -> None:
    release = threading.Event()
    shown: list[str] = []
    ran: list[str] = []
    executor.submit(release.wait, background=True)  # holds the lane

    def chart(name: str):
        return lambda: ran.append(name) or name

    executor.submit(chart("for 'ky'"), shown.append, background=True, key="chart")
    executor.submit(chart("for 'kyrgyz'"), shown.append, background=True, key="chart")
    release.set()
    qtbot.waitUntil(lambda: executor.pending == 0, timeout=WAIT_MS)
    assert ran == ["for 'kyrgyz'"] and shown == ["for 'kyrgyz'"]


def test_background_task_sees_the_users_work_submitted_before_it(qtbot, executor) -> None:
    release = threading.Event()
    order: list[str] = []

    def save() -> None:
        release.wait()
        order.append("save")

    executor.submit(save)
    executor.submit(lambda: order.append("count"), background=True)
    executor.submit(lambda: order.append("page"))
    assert order == []  # the count waits for the save, not only for its lane
    release.set()
    qtbot.waitUntil(lambda: executor.pending == 0, timeout=WAIT_MS)
    assert order.index("save") < order.index("count")


def test_wait_idle_waits_for_both_lanes(qtbot, executor) -> None:
    done: list[str] = []
    gate = threading.Event()

    def slow(name: str):
        def run() -> None:
            gate.wait()
            done.append(name)

        return run

    executor.submit(slow("background"), background=True)
    executor.submit(slow("interactive"))
    threading.Timer(0, gate.set).start()  # released from another thread: wait_idle blocks
    executor.wait_idle()
    assert sorted(done) == ["background", "interactive"]


def test_invalidate_drops_waiting_keyed_work_and_results(qtbot, executor) -> None:
    release = threading.Event()
    shown: list[str] = []
    ran: list[str] = []
    executor.submit(release.wait, background=True)
    executor.submit(lambda: ran.append("chart"), shown.append, background=True, key="chart")
    executor.invalidate()
    release.set()
    qtbot.waitUntil(lambda: executor.pending == 0, timeout=WAIT_MS)
    assert ran == [] and shown == []


def test_a_running_stoppable_read_is_stopped_when_its_key_is_dropped(
    qtbot, executor, local_store
) -> None:
    from tests.test_store_stopping import ENDLESS, LONG

    started = threading.Event()
    shown: list[object] = []
    failures: list[BaseException] = []

    def endless_chart() -> object:
        with local_store.engine.connect() as conn:
            started.set()
            return conn.exec_driver_sql(ENDLESS).scalar()

    running = executor.submit(
        endless_chart, shown.append, failures.append, background=True, key="chart", stoppable=True
    )
    assert started.wait(10)
    executor.drop("chart")
    qtbot.waitUntil(lambda: executor.pending == 0, timeout=WAIT_MS)
    assert "interrupted" in str(running.exception())
    assert shown == [] and failures == []  # nobody is told about work they dropped

    # the lane and its connection go on as before, for work that is not stoppable too
    def count() -> object:
        with local_store.engine.connect() as conn:
            return conn.exec_driver_sql(LONG).scalar()

    with qtbot.waitCallback(timeout=WAIT_MS) as counted:
        executor.submit(
            count,
            counted,
            failures.append,
            background=True,
            key="chart",
        )
    counted.assert_called_with(200_000)


def test_a_running_task_that_is_not_stoppable_finishes_when_replaced(qtbot, executor) -> None:
    release, started = threading.Event(), threading.Event()
    shown: list[str] = []

    def backup() -> str:
        started.set()
        release.wait()
        return "backup"

    executor.submit(backup, shown.append, background=True, key="backup")
    assert started.wait(10)
    executor.submit(lambda: "next backup", shown.append, background=True, key="backup")
    release.set()
    qtbot.waitUntil(lambda: executor.pending == 0, timeout=WAIT_MS)
    assert shown == ["backup", "next backup"]
