"""The language the app speaks: the user's choice (Preferences → Language), kept in the app's
own settings rather than in the store, because the unlock dialog needs it before any store is
open. Qt's own strings (``qtbase_nl``) and Desk's (``desk_nl.qm``, compiled from
``desk_nl.ts`` by the build) are installed together; dates and numbers follow the same locale."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Protocol

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTime,
    QTranslator,
)

from desk.paths import resource

LANGUAGE_KEY = "ui/language"
# Set once at start-up (a language change takes effect after a restart): whether names of
# countries and directorates are shown in Dutch, and the Dutch country names by code.
_speaks_dutch = False
_dutch_countries: dict[str, str] = {}
SYSTEM = ""  # follow the operating system's language
LANGUAGES: tuple[str, ...] = (SYSTEM, "nl", "en")


def chosen_language() -> str:
    """The stored choice: ``""`` (system), ``"nl"`` or ``"en"``."""
    value = str(QSettings().value(LANGUAGE_KEY, SYSTEM) or SYSTEM)
    return value if value in LANGUAGES else SYSTEM


def save_language(code: str) -> None:
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}")
    QSettings().setValue(LANGUAGE_KEY, code)


def document_language() -> str:
    """``"nl"`` or ``"en"``: the language the app speaks, for what it writes in words (calendar
    files, the documents' default)."""
    code = chosen_language()
    if code == SYSTEM:
        return "nl" if QLocale.system().language() == QLocale.Language.Dutch else "en"
    return code


def ui_locale(code: str | None = None) -> QLocale:
    """The locale the app runs in for ``code`` (the stored choice when None)."""
    code = chosen_language() if code is None else code
    if code == "nl":
        return QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
    if code == "en":
        # English texts with the Dutch-civil-service conventions for dates stay readable; use
        # the British variant (day before month, 24-hour clock).
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale.system()


def install_translators(app: QCoreApplication, code: str | None = None) -> list[QTranslator]:
    """Install Qt's and Desk's translations for the chosen language and make its locale the
    default (dates, numbers). Returns the translators installed (none for English)."""
    global _speaks_dutch
    locale = ui_locale(code)
    QLocale.setDefault(locale)
    _speaks_dutch = locale.language() == QLocale.Language.Dutch
    installed: list[QTranslator] = []
    for name, folder in (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("desk", str(resource("translations"))),
    ):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the app's language, for module-level ``tr()`` helpers.

    lupdate files a module-level ``tr("…")`` call under the empty context (it cannot see the
    helper's context), and a ``QT_TRANSLATE_NOOP("Ctx", …)`` constant under ``Ctx``; the helper
    serves both, so look in the named context first, then in the empty one."""
    found = QCoreApplication.translate(context, text, disambiguation, n)
    if found != text:
        return found
    return QCoreApplication.translate("", text, disambiguation, n)


class _Named(Protocol):
    @property
    def name_en(self) -> str: ...
    @property
    def name_nl(self) -> str: ...


def speaks_dutch() -> bool:
    return _speaks_dutch


def name_of(item: _Named) -> str:
    """A country's or directorate's name in the app's language."""
    return item.name_nl if _speaks_dutch else item.name_en


def remember_country_names(countries: Iterable[_Named]) -> None:
    """The Dutch names of ``countries`` (reference rows with ``code``), for rows that carry only
    the English one (``country_label``)."""
    _dutch_countries.update({c.code: c.name_nl for c in countries})


def country_label(code: str, english: str) -> str:
    """The name of the country ``code`` in the app's language (``english`` if not Dutch)."""
    return _dutch_countries.get(code, english) if _speaks_dutch else english


# -- dates in the app's language (strftime would print the C locale's English names) -------------
def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _qdatetime(dt: datetime) -> QDateTime:
    # The wall-clock time as given (already in the zone the caller wants shown).
    return QDateTime(_qdate(dt.date()), QTime(dt.hour, dt.minute, dt.second))


def weekday_date(d: date | datetime) -> str:
    """Tuesday 3 November 2026 / dinsdag 3 november 2026."""
    day = d.date() if isinstance(d, datetime) else d
    return QLocale().toString(_qdate(day), "dddd d MMMM yyyy")


def weekday_date_time(dt: datetime) -> str:
    """Tuesday 3 November 2026, 10:00."""
    return QLocale().toString(_qdatetime(dt), "dddd d MMMM yyyy, HH:mm")


def long_date(d: date | datetime) -> str:
    """3 November 2026."""
    day = d.date() if isinstance(d, datetime) else d
    return QLocale().toString(_qdate(day), "d MMMM yyyy")


def short_date(d: date | datetime) -> str:
    """3 Nov 2026."""
    day = d.date() if isinstance(d, datetime) else d
    return QLocale().toString(_qdate(day), "d MMM yyyy")


def short_date_time(dt: datetime) -> str:
    """3 Nov 2026 10:00."""
    return QLocale().toString(_qdatetime(dt), "d MMM yyyy HH:mm")
