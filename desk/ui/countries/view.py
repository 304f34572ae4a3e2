"""The Countries section: third countries by directorate with risk and recent activity, and one
country's profile, trend chart, latest signals and knowledge-exchange events."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desk.errors import ChangedElsewhere
from desk.models.text import labelled
from desk.services import countries as ct
from desk.services import events as ev
from desk.services.contact_points import ContactPointInfo
from desk.services.country_page import CountryPage, country_page
from desk.services.reference import list_directorates
from desk.services.search import SignalFilter
from desk.services.trends import monthly_counts
from desk.ui.countries.common import (
    KIND_LABELS,
    RISK_COLOURS,
    RISK_LABELS,
    ROLE_LABELS,
    RegionalSection,
    dialog_buttons,
    event_status_label,
    table_view,
    tr,
)
from desk.ui.countries.contact_point_dialog import reassign
from desk.ui.countries.history import history_html
from desk.ui.countries.profile_dialog import ProfileDialog
from desk.ui.documents.job import DocumentJob, launch
from desk.ui.language import country_label, name_of, speaks_dutch
from desk.ui.meetings.models import item_signals_model
from desk.ui.table import Column, ListTableModel, select_row
from desk.ui.trendlog.chart import TrendChart


def load_country_page(store, code: str) -> tuple[CountryPage, object]:
    """The country's page (one snapshot) and its signals per month for the chart."""
    page = country_page(store, code)
    return page, monthly_counts(store, SignalFilter(countries=frozenset({code})))


def profile_html(p: ct.ProfileInfo, a: ct.CountryActivity) -> str:
    def row(label: str, value: str) -> str:
        return (
            f"<tr><th align='left' valign='top' style='padding-right:12px;color:#555'>{escape(label)}</th><td>{value}</td></tr>"
            if value
            else ""
        )

    risk = ""
    if p.risk_level:
        risk = f"<b style='color:{RISK_COLOURS[p.risk_level]}'>{escape(tr(RISK_LABELS[p.risk_level]))}</b>"
        if p.risk_assessed_on:
            risk += escape(tr(" (assessed {date})").format(date=p.risk_assessed_on.isoformat()))
    parts = [
        f"<h2 style='margin-bottom:0'>{escape(name_of(p))} <span style='color:#666;font-size:13px'>{escape(p.name_en if speaks_dutch() else p.name_nl)} · {escape(p.code)}</span></h2>",
        f"<p style='margin-top:2px'>{escape(p.directorate)} — {escape(p.directorate_name)}</p>",
    ]
    if not p.has_profile:
        parts.append(
            "<p style='color:#666'>"
            + escape(tr("No profile written yet. Use “Edit profile…” to write one."))
            + "</p>"
        )
    parts += [
        "<table cellspacing='3'>",
        row(tr("Relation to the EU"), escape(p.relation_eu)),
        row(tr("Relation to Russia"), escape(p.relation_russia)),
        row(tr("Role in circumvention"), escape(", ".join(tr(ROLE_LABELS[r]) for r in p.roles))),
        row(
            tr("Preferred exchange"),
            escape(tr(KIND_LABELS[p.preferred_exchange])) if p.preferred_exchange else "",
        ),
        row(tr("Why"), escape(p.exchange_rationale)),
        row(tr("Posts"), escape(p.posts)),
        row(tr("Risk"), risk),
        row(
            tr("Signals"),
            escape(
                tr("{total} in the trend log, {recent} observed in the last 90 days").format(
                    total=a.total, recent=a.recent
                )
            ),
        ),
        row(tr("CHPI tiers seen"), escape(", ".join(a.tiers_seen))),
        "</table>",
    ]
    if p.notes:
        parts.append(f"<p>{escape(p.notes).replace(chr(10), '<br>')}</p>")
    if p.contacts:
        parts.append("<h4>" + escape(tr("Contacts")) + "</h4><ul>")
        parts += [
            f"<li>{escape(labelled(c.name, c.function, c.organisation))}</li>" for c in p.contacts
        ]
        parts.append("</ul>")
    if p.figures:
        parts.append("<h4>" + escape(tr("Key figures")) + "</h4><table cellspacing='3'>")
        for f in p.figures:
            parts.append(
                f"<tr><td>{escape(f.label)}</td><td><b>{escape(f.value)}</b></td><td>{f.year or ''}</td><td style='color:#666'>{escape(f.source)}</td></tr>"
            )
        parts.append("</table>")
    return "".join(parts)


class DirectorateDialog(QDialog):
    def __init__(
        self, country: str, current: str, directorates: list, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Directorate of {country}").format(country=country))
        note = QLabel(
            tr(
                "All of {country}'s signals move with it to the chosen regional directorate: in the trend "
                "log, the counts, the meetings and the briefings."
            ).format(country=country),
            self,
        )
        note.setWordWrap(True)
        self.choice = QComboBox(self)
        self.choice.setAccessibleName(tr("Regional directorate"))
        for d in directorates:
            self.choice.addItem(f"{d.code} — {name_of(d)}", d.code)
        self.choice.setCurrentIndex(max(0, self.choice.findData(current)))
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.choice)
        layout.addWidget(dialog_buttons(self))


def overview_model(parent: QWidget) -> ListTableModel[ct.CountryOverview]:
    return ListTableModel(
        [
            Column(tr("Country"), lambda c: name_of(c)),
            Column(tr("Region"), lambda c: c.directorate, align_center=True),
            Column(
                tr("Risk"),
                lambda c: tr(RISK_LABELS[c.risk_level]) if c.risk_level else "",
                colour=lambda c: RISK_COLOURS[c.risk_level] if c.risk_level else None,
            ),
            Column(
                tr("90 days"),
                lambda c: str(c.recent),
                align_center=True,
                tooltip=lambda c: tr("{n} signal(s) observed in the last 90 days").format(
                    n=c.recent
                ),
            ),
            Column(tr("Latest"), lambda c: c.last_observed.isoformat() if c.last_observed else ""),
        ],
        parent,
    )


def events_model(parent: QWidget) -> ListTableModel[ev.EventInfo]:
    return ListTableModel(
        [
            Column(tr("Date"), lambda e: e.starts_on.isoformat() if e.starts_on else tr("no date")),
            Column(tr("Kind"), lambda e: tr(KIND_LABELS[e.kind])),
            Column(tr("Country"), lambda e: country_label(e.country_code, e.country_name)),
            Column(tr("Title"), lambda e: e.title),
            Column(tr("Status"), lambda e: event_status_label(e.status)),
        ],
        parent,
    )


class CountriesView(RegionalSection):
    key = "countries"
    tables = frozenset(
        [
            "country",
            "country_profile",
            "country_contact",
            "country_figure",
            "directorate",
            "signal",
            "exchange_event",
        ]
    )
    title = QT_TRANSLATE_NOOP("Sections", "Countries")
    heading_text = QT_TRANSLATE_NOOP("Countries", "Countries — {region}")
    heading_everywhere = QT_TRANSLATE_NOOP("Countries", "Countries — all regions")
    with_contact_points = True  # a contact point's row lists its countries

    page_loaded = Signal()

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.setObjectName("CountriesView")
        self.page: CountryPage | None = None
        self.dialog: QDialog | None = None
        self.show_all = QCheckBox(tr("Show countries without profile or signals"), self)
        self.show_all.toggled.connect(self.refresh)
        self.list_model = overview_model(self)
        self.list = table_view(self, self.list_model, tr("Countries"), 0, rows=True)
        header = self.list.horizontalHeader()
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.list.selectionModel().currentRowChanged.connect(
            lambda cur, _p: self._country_chosen(cur.row())
        )

        self.profile_view = QTextBrowser(self)
        self.profile_view.setAccessibleName(tr("Country profile"))
        self.profile_view.setOpenLinks(False)
        self.edit_button = QPushButton(tr("&Edit profile…"), self)
        self.edit_button.clicked.connect(self.edit_profile)
        self.directorate_button = QPushButton(tr("Change &directorate…"), self)
        self.directorate_button.clicked.connect(self.change_directorate)
        self.contact_point_button = QPushButton(tr("Contact p&oint…"), self)
        self.contact_point_button.setToolTip(
            tr("Give this country to another contact point of its directorate, from a date")
        )
        self.contact_point_button.clicked.connect(lambda: reassign(self))
        self.contact_point: ContactPointInfo | None = None
        self.pdf_button = QPushButton(tr("Profile as &PDF…"), self)
        self.pdf_button.setToolTip(tr("Prepare the country profile document for a directorate"))
        self.pdf_button.clicked.connect(self.prepare_profile)
        self.document_job: DocumentJob | None = None
        self.chart = TrendChart(self)
        self.latest = item_signals_model(self)
        self.latest_view = table_view(self, self.latest, tr("Latest signals"), 5)
        self.events = events_model(self)
        self.events_view = table_view(self, self.events, tr("Knowledge-exchange events"), 3)
        self.history_view = QTextBrowser(self)
        self.history_view.setAccessibleName(tr("History of the profile"))

        trend_tab = QWidget(self)
        t = QVBoxLayout(trend_tab)
        t.addWidget(self.chart, 1)
        t.addWidget(QLabel(tr("Latest signals"), self))
        t.addWidget(self.latest_view, 1)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.profile_view, tr("&Profile"))
        self.tabs.addTab(trend_tab, tr("&Trend"))
        self.tabs.addTab(self.events_view, tr("E&vents"))
        self.tabs.addTab(self.history_view, tr("&History"))
        right = QWidget(self)
        r = QVBoxLayout(right)
        r.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.directorate_button)
        buttons.addWidget(self.contact_point_button)
        buttons.addStretch(1)
        buttons.addWidget(self.pdf_button)
        r.addLayout(buttons)
        r.addWidget(self.tabs, 1)
        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.list, 1)
        lv.addWidget(self.show_all)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([420, 780])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.splitter, 1)
        right.setEnabled(False)
        self.right = right

    # -- section interface -----------------------------------------------------------------------
    def set_scope(self, region: str | None, contact_point: ContactPointInfo | None) -> None:
        self.contact_point = contact_point
        super().set_region(region)
        if contact_point is not None:
            self.heading.setText(
                tr(self.heading_text).format(region=f"{region} · {contact_point.name}")
            )

    def set_region(self, region: str | None) -> None:
        self.set_scope(region, None)

    def list_task(self) -> Callable[[Any], list[Any]]:
        region, everything = self.region, self.show_all.isChecked()
        point = self.contact_point
        if point is None:
            return lambda store: ct.country_overview(store, region, include_quiet=everything)
        return lambda store: [
            c
            for c in ct.country_overview(store, region, include_quiet=True)
            if c.code in point.countries and (everything or c.has_profile or c.signals)
        ]

    def clear(self) -> None:
        self.list_model.clear()
        self._show(None)

    def listed(self, rows: list[ct.CountryOverview]) -> None:
        current = self.page.profile.code if self.page else None
        self.list_model.set_rows(rows)
        codes = [r.code for r in rows]
        if rows:
            select_row(
                self.list, codes.index(current) if current in codes else 0, self._country_chosen
            )
        else:
            self._show(None)

    def _country_chosen(self, row: int) -> None:
        chosen = self.list_model.row_object(row)
        if chosen is not None:
            self.load(chosen.code)

    def load(self, code: str) -> None:
        self.controller.run(
            lambda store: load_country_page(store, code),
            self._show,
            lambda exc: self.message.emit(str(exc)),
        )

    def _show(self, result: tuple[CountryPage, object] | None) -> None:
        if result is None:
            self.page = None
            self.right.setEnabled(False)
            self.profile_view.setHtml(
                "<p style='color:#666'>" + escape(tr("Choose a country.")) + "</p>"
            )
            for model in (self.latest, self.events):
                model.clear()
            self.chart.clear()
            self.history_view.clear()
            self.page_loaded.emit()
            return
        page, counts = result
        self.page = page
        self.right.setEnabled(True)
        self.profile_view.setHtml(profile_html(page.profile, page.activity))
        self.chart.show_counts(
            counts, tr("Signals per month — {country}").format(country=name_of(page.profile))
        )
        self.latest.set_rows(page.activity.latest)
        self.events.set_rows(page.events)
        self.tabs.setTabText(2, tr("E&vents ({n})").format(n=len(page.events)))
        self.history_view.setHtml(history_html(page.history))
        self.page_loaded.emit()

    # -- the profile document --------------------------------------------------------------------
    def prepare_profile(self) -> None:
        if self.page is None:
            return
        p = self.page.profile
        launch(
            self,
            self.controller,
            kind="country-profile",
            subject=p.code,
            title=tr("Country profile — {country}").format(country=name_of(p)),
            what=tr(
                "The profile, key figures, the trend log's signals and events of {country}, "
                "as a PDF. Choose who it is for: signals above the audience's TLP level are left out."
            ).format(country=name_of(p)),
        )

    # -- editing ---------------------------------------------------------------------------------
    def edit_profile(self) -> None:
        if self.page is None:
            return
        code = self.page.profile.code
        dialog = ProfileDialog(self.page.profile, self)
        self.dialog = dialog

        def submitted() -> None:
            patch, version = dialog.patch(), dialog.version  # one transaction, from that version

            def saved(_changed: object) -> None:
                dialog.accept()
                self.message.emit(tr("Profile saved"))
                self.refresh()

            def stopped(exc: BaseException) -> None:
                if not isinstance(exc, ChangedElsewhere):
                    dialog.show_error(str(exc))
                    return
                self.controller.run(
                    lambda store: ct.get_profile(store, code),
                    lambda theirs: dialog.show_conflict(exc, theirs),
                    lambda again: dialog.show_error(str(again)),
                )

            self.controller.run(
                lambda store: ct.update_profile(store, code, patch, expected_version=version),
                saved,
                stopped,
            )

        dialog.submitted.connect(submitted)
        dialog.finished.connect(lambda _c: setattr(self, "dialog", None))
        dialog.open()

    def change_directorate(self) -> None:
        if self.page is None:
            return
        p = self.page.profile

        def with_directorates(directorates: list) -> None:
            dialog = DirectorateDialog(name_of(p), p.directorate, directorates, self)
            self.dialog = dialog

            def accepted() -> None:
                chosen = dialog.choice.currentData()
                self.controller.run(
                    lambda store: ct.set_directorate(store, p.code, chosen),
                    lambda _r: (
                        self.message.emit(
                            tr("{country} now belongs to {region}").format(
                                country=p.name_en, region=chosen
                            )
                        ),
                        self.refresh(),
                        self.data_changed.emit(),
                    ),
                )

            dialog.accepted.connect(accepted)
            dialog.finished.connect(lambda _c: setattr(self, "dialog", None))
            dialog.open()

        self.controller.run(list_directorates, with_directorates)

    # -- layout memory ---------------------------------------------------------------------------
    def save_layout(self, settings: QSettings) -> None:
        settings.setValue("countries/splitter", self.splitter.saveState())

    def restore_layout(self, settings: QSettings) -> None:
        state = settings.value("countries/splitter")
        if state is not None:
            self.splitter.restoreState(state)
