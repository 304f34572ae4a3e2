"""Reference data: countries with English/Dutch names and directorates, CHPI codes and tiers."""

from __future__ import annotations

import pycountry
import pytest
import sqlalchemy as sa
from hypothesis import given
from hypothesis import strategies as st

from desk.models import Country
from desk.models.hs import HsCode, HsCodeError
from desk.services.reference import load_reference
from desk.store.reference_data import sync_reference_data


def test_every_iso_country_with_both_names(store) -> None:
    ref = load_reference(store)
    assert set(ref.countries) == {c.alpha_2 for c in pycountry.countries}
    assert all(c.name_en and c.name_nl for c in ref.countries.values())
    assert ref.countries["AM"].name_nl == "Armenië"
    assert set(ref.directorates) == {"DEU", "DAM", "DAO", "DAF", "DWH"}
    assert ref.directorates["DAO"].name_nl == "Directie Azië en Oceanië"


@pytest.mark.parametrize(
    ("code", "directorate"),
    [
        # from regions.csv
        ("AM", "DEU"),
        ("KG", "DEU"),
        ("TR", "DEU"),
        ("AE", "DAM"),
        ("IR", "DAM"),
        ("TH", "DAO"),
        ("CN", "DAO"),
        ("IN", "DAO"),
        ("KE", "DAF"),
        ("BR", "DWH"),
        # geographic default
        ("FR", "DEU"),
        ("CY", "DEU"),
        ("NO", "DEU"),
        ("TJ", "DEU"),
        ("EG", "DAM"),
        ("SA", "DAM"),
        ("JP", "DAO"),
        ("AU", "DAO"),
        ("FJ", "DAO"),
        ("NG", "DAF"),
        ("AO", "DAF"),
        ("CA", "DWH"),
        ("CL", "DWH"),
        ("JM", "DWH"),
    ],
)
def test_directorate_mapping(store, code: str, directorate: str) -> None:
    assert load_reference(store).region_of(code) == directorate


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("TH", "TH"),
        ("th", "TH"),
        ("Thailand", "TH"),
        ("Kirgizië", "KG"),
        ("kirgizie", "KG"),
        ("Verenigde Arabische Emiraten", "AE"),
        ("United Arab Emirates", "AE"),
        ("UAE", "AE"),
        ("Türkiye", "TR"),
        ("Turkije", "TR"),
        ("Turkey", "TR"),
        ("Russia", "RU"),
        ("Rusland", "RU"),
        ("Russian Federation", "RU"),
        ("Armenië", "AM"),
        ("ARM", "AM"),
    ],
)
def test_countries_by_code_or_name(store, text: str, code: str) -> None:
    assert load_reference(store).country_code(text) == code


def test_unknown_country(store) -> None:
    assert load_reference(store).country_code("Atlantis") is None


@pytest.mark.parametrize("text", ["8542.31", "854231", "85423100", " 8542.31.00 ", "8542 31 10"])
def test_hs_codes_resolve_to_the_same_chpi_entry(store, text: str) -> None:
    item = load_reference(store).chpi_for(HsCode.parse(text))
    assert item is not None and item.hs6 == "854231" and item.tier == "1"


@pytest.mark.parametrize(
    ("text", "digits", "shown"),
    [
        ("8542.31.10", "85423110", "8542.31.10"),
        ("85423110", "85423110", "8542.31.10"),
        ("8542 31 10", "85423110", "8542.31.10"),
        ("8542.31", "854231", "8542.31"),
        ("8542", "8542", "8542"),
        ("8542311000", "8542311000", "8542.31.10.00"),
    ],
)
def test_hs_code_keeps_every_digit_and_shows_dotted_pairs(
    text: str, digits: str, shown: str
) -> None:
    code = HsCode.parse(text)
    assert code.digits == digits and code.display == shown and str(code) == shown
    assert code.heading == "8542"


@given(st.text(alphabet="0123456789", min_size=4, max_size=10), st.sampled_from([".", " ", ""]))
def test_hs_parse_display_parse_is_the_identity(digits: str, sep: str) -> None:
    written = sep.join([digits[:4], *(digits[i : i + 2] for i in range(4, len(digits), 2))])
    code = HsCode.parse(written)
    assert code.digits == digits
    assert HsCode.parse(code.display) == code


def test_chpi_list_has_50_items_with_tiers(store) -> None:
    ref = load_reference(store)
    assert len(ref.chpi) == 50
    assert ref.chpi["845710"].tier == "4.B"
    assert ref.chpi["848210"].tier == "3.B"
    assert ref.chpi_for(HsCode("8542")) is None  # a heading is not one CHPI item
    assert ref.chpi_for(HsCode("940360")) is None  # furniture is not on the list
    assert ref.chpi_for(HsCode("8542311000")).hs6 == "854231"  # a national line falls under it


@pytest.mark.parametrize("bad", ["85", "85x231", "12345678901", "", "8542,31", " abc"])
def test_bad_hs_codes(bad: str) -> None:
    with pytest.raises(HsCodeError) as err:
        HsCode.parse(bad)
    assert "“ " not in str(err.value)  # the message quotes what was typed, without stray blanks


def test_sync_keeps_a_directorate_the_user_chose(store) -> None:
    with store.engine.begin() as conn:
        conn.execute(
            sa.update(Country.__table__)
            .where(Country.__table__.c.code == "AM")
            .values(directorate_code="DAM", directorate_source="user")
        )
        conn.execute(
            sa.update(Country.__table__)
            .where(Country.__table__.c.code == "TH")
            .values(directorate_code="DAM")  # not marked as the user's: the sync restores it
        )
        counts = sync_reference_data(conn)
    ref = load_reference(store)
    assert ref.region_of("AM") == "DAM"
    assert ref.region_of("TH") == "DAO"
    assert counts["countries"] == len(pycountry.countries)
