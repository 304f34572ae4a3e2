"""The country profile for the directorates: profile, key figures, signals and events."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desk.documents.report import Recorded, Report, Subject
from desk.models.enums import Tlp
from desk.services import briefings as br
from desk.services.work import Work

if TYPE_CHECKING:
    from desk.reports.base import DeskDocument, DocumentMeta
    from desk.reports.i18n import Texts


class ProfileReport(Report[str, br.ProfileData]):
    kind = "country-profile"
    name = "profile"
    label = "Country profile"
    help = "the PDF country profile"
    about = Subject.COUNTRY
    title_key = "profile_title"
    default_audience = br.Audience.DIRECTORATE

    def collect(self, w: Work, subject: str, audience: br.Audience, lang: str) -> br.ProfileData:
        return br.profile_data(w, subject, audience, lang)

    def layout(self, data: br.ProfileData, meta: DocumentMeta) -> DeskDocument[br.ProfileData]:
        from desk.reports.country_profile import CountryProfileDocument

        return CountryProfileDocument(data, meta)

    def subtitle(self, data: br.ProfileData, t: Texts) -> str:
        p = data.profile
        return f"{p.name_nl if t.lang == 'nl' else p.name_en} ({p.code})"

    def file_subject(self, data: br.ProfileData) -> str:
        return data.profile.code.lower()

    def recorded(self, data: br.ProfileData) -> Recorded:
        return Recorded(region=data.profile.directorate, country_code=data.profile.code)

    def tlp(self, data: br.ProfileData) -> Tlp:
        return data.tlp
