"""Reading official trade statistics files: Eurostat Comext bulk files and UN Comtrade CSVs.

pandas reads them (``read_csv`` in chunks, every field as text, compression from the file's
extension): a multi-GB file never sits in memory, only the rows under a CHPI code do. Each
chunk is checked as a whole (vectorised, not row by row); a bad row is remembered with its
line number, and a file with any is refused before anything is written.
"""

from __future__ import annotations

import contextlib
import hashlib
import tempfile
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pycountry

from desk.errors import InvalidInput, NotFound
from desk.models.trade import TradeFlowKind, TradeSource

CHUNK_ROWS = 200_000
SHOWN_PROBLEMS = 5  # bad rows named in the message; the rest are counted
# progress(rows read, rows kept so far, phase "read")
ReadProgress = Callable[[int, int, str], None]
# the columns every flow has, by their names in this module
FIELDS = ("reporter", "partner", "product", "flow", "period", "value", "quantity")


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: two formats exist
class TradeFormat:
    source: TradeSource
    columns: tuple[str, ...]  # the file's names for FIELDS, in that order
    flows: Mapping[str, TradeFlowKind]
    other_flows: frozenset[str]  # flows the source publishes that are not kept (re-exports…)
    iso3: bool  # countries as ISO 3166 alpha-3 codes


COMEXT = TradeFormat(
    TradeSource.COMEXT,
    (
        "DECLARANT_ISO",
        "PARTNER_ISO",
        "PRODUCT_NC",
        "FLOW",
        "PERIOD",
        "VALUE_IN_EUROS",
        "QUANTITY_IN_KG",
    ),
    {"1": TradeFlowKind.IMPORT, "2": TradeFlowKind.EXPORT},
    frozenset(),
    iso3=False,
)
COMTRADE = TradeFormat(
    TradeSource.COMTRADE,
    ("reporterISO", "partnerISO", "cmdCode", "flowCode", "period", "primaryValue", "netWgt"),
    {"M": TradeFlowKind.IMPORT, "X": TradeFlowKind.EXPORT},
    # re-imports/-exports, inward/outward processing, domestic exports, foreign imports
    frozenset({"RM", "RX", "MIP", "XIP", "MOP", "XOP", "DX", "FM"}),
    iso3=True,
)
FORMATS = (COMEXT, COMTRADE)
# Comext's annual figures carry period month 52.
_COMEXT_YEAR = "52"
_ISO2_OF_ISO3 = {c.alpha_3: c.alpha_2 for c in pycountry.countries}


@dataclass
class TradeFileData:
    """What one file holds under the CHPI list, checked and summed by flow."""

    path: Path
    source: TradeSource
    sha256: str
    flows: pd.DataFrame  # FIELDS columns, with "hs6", "flow" as a TradeFlowKind value
    covered: set[tuple[str, str]]  # (reporter, period) pairs the file has figures for
    rows_read: int = 0
    rows_kept: int = 0
    skipped_non_chpi: int = 0
    skipped_other: int = 0  # areas that are not countries, flows other than import/export

    @property
    def periods(self) -> list[str]:
        return sorted({p for _, p in self.covered})

    @property
    def reporters(self) -> list[str]:
        return sorted({r for r, _ in self.covered})


@dataclass
class _Problems:
    shown: list[str] = field(default_factory=list)
    count: int = 0

    @property
    def room(self) -> int:
        return max(0, SHOWN_PROBLEMS - len(self.shown))

    def add(self, lines: pd.Series, reasons: list[str]) -> None:
        """Bad rows at ``lines``; ``reasons`` for the first of them (as many as there is room)."""
        self.count += len(lines)
        self.shown += [
            f"line {n}: {r}" for n, r in zip(lines.iloc[: len(reasons)], reasons, strict=True)
        ]


def read_trade_file(
    path: Path, chpi: Mapping[str, str], progress: ReadProgress | None = None
) -> TradeFileData:
    """The CHPI flows of one Comext or Comtrade file (``chpi`` maps HS6 codes to tiers).

    Raises ``InvalidInput`` for a file in neither format (naming the missing columns) or with
    bad rows (naming their lines); nothing is kept from such a file."""
    if not path.is_file():
        raise NotFound(f"{path}: no such file")
    if path.suffix.lower() == ".7z":  # how Eurostat publishes Comext bulk files
        with _extracted(path) as inner:
            data = read_trade_file(inner, chpi, progress)
        data.path, data.sha256 = path, _sha256(path)  # the archive is what was imported
        return data
    sep, header = _header(path)
    fmt = _detect(path, header)
    by_name = {h.strip().lower(): h for h in header}
    usecols = [by_name[c.lower()] for c in fmt.columns]
    data = TradeFileData(path, fmt.source, _sha256(path), pd.DataFrame(), set())
    problems = _Problems()
    kept: list[pd.DataFrame] = []
    for chunk in _chunks(path, sep, usecols):
        chunk = chunk[usecols].set_axis(list(FIELDS), axis=1)
        first_line = data.rows_read + 2  # line 1 is the header
        data.rows_read += len(chunk)
        part = _check_chunk(chunk, fmt, chpi, first_line, problems, data)
        if not problems.count:
            kept.append(part)
            data.rows_kept += len(part)
        if progress is not None:
            progress(data.rows_read, data.rows_kept, "read")
    if problems.count:
        more = problems.count - len(problems.shown)
        raise InvalidInput(
            f"{path.name}: {problems.count} bad row(s), nothing imported: "
            + "; ".join(problems.shown)
            + (f"; and {more} more" if more > 0 else "")
        )
    data.flows = _summed(kept)
    return data


@contextlib.contextmanager
def _extracted(path: Path) -> Iterator[Path]:
    """The one file a .7z archive holds, extracted into a temporary folder for the block (7z
    cannot be read as a stream; py7zr, a maintained pure-Python reader, extracts it)."""
    import py7zr

    try:
        archive = py7zr.SevenZipFile(path, "r")
    except (py7zr.Bad7zFile, OSError, EOFError) as exc:
        raise InvalidInput(f"{path.name}: not a 7-Zip archive Desk can read ({exc})") from exc
    with archive, tempfile.TemporaryDirectory(prefix="desk-7z-") as folder:
        names = [i.filename for i in archive.list() if not i.is_directory]
        if len(names) != 1:
            raise InvalidInput(
                f"{path.name}: holds {len(names)} files; extract the one to import and give that"
            )
        target = (Path(folder) / names[0]).resolve()
        if not target.is_relative_to(Path(folder).resolve()):
            raise InvalidInput(f"{path.name}: its file name {names[0]!r} leaves the folder")
        try:
            archive.extract(path=folder, targets=names)
        except (py7zr.exceptions.ArchiveError, OSError, EOFError, ValueError) as exc:
            raise InvalidInput(f"{path.name}: cannot be extracted ({exc})") from exc
        yield target


def _header(path: Path) -> tuple[str, list[str]]:
    """The separator and the column names (a comma, else what the first line is split by)."""
    sep = ","
    header = _read_header(path, sep)
    if len(header) == 1:
        for other in (";", "\t", "|"):
            if other in header[0]:
                return other, _read_header(path, other)
    return sep, header


def _read_header(path: Path, sep: str) -> list[str]:
    try:
        frame = pd.read_csv(path, sep=sep, nrows=0, dtype=str, encoding="utf-8-sig")
    except (ValueError, OSError, EOFError, UnicodeDecodeError) as exc:  # includes zip/gzip errors
        raise InvalidInput(f"{path.name}: cannot be read as a CSV file ({_reason(exc)})") from exc
    return [str(c) for c in frame.columns]


def _detect(path: Path, header: list[str]) -> TradeFormat:
    have = {h.strip().lower() for h in header}
    missing = {f: [c for c in f.columns if c.lower() not in have] for f in FORMATS}
    for fmt in FORMATS:
        if not missing[fmt]:
            return fmt
    # name what is missing for the format the file comes closest to
    closest = min(FORMATS, key=lambda f: len(missing[f]))
    raise InvalidInput(
        f"{path.name}: neither a Eurostat Comext nor a UN Comtrade file: "
        f"{', '.join(missing[closest])} missing (for {closest.source.value.capitalize()})"
    )


def _chunks(path: Path, sep: str, usecols: list[str]) -> Iterator[pd.DataFrame]:
    try:
        reader = pd.read_csv(
            path,
            sep=sep,
            usecols=usecols,
            dtype=str,
            na_filter=False,  # empty stays "": what is missing is decided here, per column
            encoding="utf-8-sig",
            chunksize=CHUNK_ROWS,
        )
        with reader:
            yield from reader
    except (ValueError, OSError, EOFError, UnicodeDecodeError) as exc:
        raise InvalidInput(f"{path.name}: cannot be read as a CSV file ({_reason(exc)})") from exc


def _reason(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def _check_chunk(  # Long: every column's check, in the order a reader expects them
    chunk: pd.DataFrame,
    fmt: TradeFormat,
    chpi: Mapping[str, str],
    first_line: int,
    problems: _Problems,
    data: TradeFileData,
) -> pd.DataFrame:
    """The chunk's CHPI rows in FIELDS; bad rows go to ``problems``, counts to ``data``."""
    # Codes, periods and flows repeat: each distinct text is checked once and mapped back
    # (row-wise string operations cost ten times the reading).
    text = {name: chunk[name].astype(str) for name in FIELDS}
    lines = pd.Series(range(first_line, first_line + len(chunk)), index=chunk.index)

    value = pd.to_numeric(text["value"], errors="coerce")
    bad_value = value.isna()
    quantity = pd.to_numeric(text["quantity"].where(text["quantity"] != ""), errors="coerce")
    bad_quantity = quantity.isna() & (text["quantity"] != "")

    period = _per_text(text["period"], lambda t: _period(t, fmt))
    bad_period = period.isna()
    flow = _per_text(text["flow"], lambda t: fmt.flows.get(t.strip().upper()))
    bad_flow = flow.isna() & ~_per_text(
        text["flow"], lambda t: t.strip().upper() in fmt.other_flows
    ).astype(bool)

    bad = bad_value | bad_quantity | bad_period | bad_flow
    if bad.any():
        checks = (("value", bad_value), ("quantity", bad_quantity), ("period", bad_period))
        problems.add(
            lines[bad],
            [
                _first_problem(i, (*checks, ("flow", bad_flow)), text, fmt)
                for i in bad[bad].index[: problems.room]
            ],
        )
    if problems.count:
        return chunk.iloc[:0]

    reporter, partner = _country(text["reporter"], fmt), _country(text["partner"], fmt)
    data.covered.update(zip(reporter[reporter.notna()], period[reporter.notna()], strict=True))
    product = _per_text(text["product"], str.strip)
    hs6 = _per_text(product, lambda t: t[:6] if len(t) >= 6 and t.isdigit() else "")
    chpi_product = hs6.isin(list(chpi))
    keep = chpi_product & flow.notna() & reporter.notna() & partner.notna()
    data.skipped_non_chpi += int((~chpi_product).sum())
    data.skipped_other += int((chpi_product & ~keep).sum())
    return pd.DataFrame(
        {
            "reporter": reporter[keep],
            "partner": partner[keep],
            "product": product[keep],
            "hs6": hs6[keep],
            "flow": flow[keep],
            "period": period[keep],
            "value": value[keep],
            "quantity": quantity[keep],
        }
    )


def _first_problem(
    index: int,
    checks: tuple[tuple[str, pd.Series], ...],
    text: dict[str, pd.Series],
    fmt: TradeFormat,
) -> str:
    """What is wrong with row ``index``: its first failed check."""
    what = next(name for name, failed in checks if failed.loc[index])
    return f"{what} “{text[what].loc[index]}” {_why(what, fmt)}"


def _why(what: str, fmt: TradeFormat) -> str:
    if what == "period":
        return "is not a year or a month (YYYY or YYYYMM)"
    if what == "flow":
        return f"is not a flow ({' or '.join(fmt.flows)})"
    return "is not a number"


def _country(codes: pd.Series, fmt: TradeFormat) -> pd.Series:
    """ISO2 codes; missing where the code is an area, not a country (World, EU, n.e.s.)."""
    if fmt.iso3:
        return _per_text(codes, lambda t: _ISO2_OF_ISO3.get(t.strip().upper()))
    return _per_text(
        codes, lambda t: t.strip().upper() if len(t.strip()) == 2 and t.strip().isalpha() else None
    )


def _per_text(texts: pd.Series, func: Callable[[str], object]) -> pd.Series:
    """``func`` of each text, computed once per distinct text."""
    return texts.map({t: func(str(t)) for t in texts.unique()})


def _period(text: str, fmt: TradeFormat) -> str | None:
    """YYYY-MM or YYYY for YYYYMM or YYYY (Comext's YYYY52 is a year); None if neither."""
    t = text.strip()
    if not t.isdigit() or len(t) not in (4, 6):
        return None
    if len(t) == 4:
        return t
    if t[4:] == _COMEXT_YEAR and fmt is COMEXT:
        return t[:4]
    return f"{t[:4]}-{t[4:]}" if "01" <= t[4:] <= "12" else None


def _summed(parts: list[pd.DataFrame]) -> pd.DataFrame:
    """One row per reporter, partner, product, flow and period: a source may split a flow
    over several rows (Comext by statistical procedure)."""
    if not parts:
        return pd.DataFrame(columns=[*FIELDS, "hs6"])
    frame = pd.concat(parts, ignore_index=True)
    keys = ["reporter", "partner", "product", "hs6", "flow", "period"]
    grouped = frame.groupby(keys, sort=True, dropna=False)
    summed = grouped["value"].sum().to_frame()
    summed["quantity"] = grouped["quantity"].sum(min_count=1)  # no weight given: none summed
    return summed.reset_index()


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while block := f.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()
