"""Start the desktop app."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from desk import APP_ID, APP_NAME, __version__
from desk.paths import store_path


def app_target(db: str | None) -> Path | str:
    """What the app opens: ``--db`` (a store file or a team database URL), else
    ``$DESK_DATABASE_URL``, else ``$DESK_DB`` or the default store file."""
    from desk.store.team import URL_ENV, is_team_url

    chosen = db or os.environ.get(URL_ENV) or None
    if chosen and is_team_url(chosen):
        return chosen
    return store_path(chosen)


def run_app(db: str | None = None, argv: list[str] | None = None) -> int:
    from desk.ui.platform_check import display_problem

    problem = display_problem()
    if problem:
        print(f"desk: {problem}", file=sys.stderr)
        return 1

    from PySide6.QtWidgets import QApplication

    from desk.ui.controller import AppController

    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("Desk")
    app.setOrganizationDomain(APP_ID)
    app.setApplicationVersion(__version__)
    # Between the unlock dialog closing and the main window opening (and while locked) no
    # window is visible: Desk quits when the main window closes or unlocking is cancelled.
    app.setQuitOnLastWindowClosed(False)

    from desk.ui.language import install_translators

    install_translators(app)
    controller = AppController(app_target(db))
    app.aboutToQuit.connect(controller.shutdown)
    controller.start()
    return app.exec()
