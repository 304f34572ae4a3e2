"""Exchange packages at a post's scale: 10,000 signals out and in (issue 14).

Budgets: sending and receiving 10,000 signals ≤ 5 s each; receiving a package of 10,000
signals of which 9,990 are unchanged ≤ 2 s. Baselines from the same run: age encryption and
decryption of the package's bytes alone, and a plain JSON round trip of the same signals.
"""

from __future__ import annotations

import json
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

import pyrage
import sqlalchemy as sa
from pyrage import x25519

from bench.common import PASSPHRASE, Result
from desk.services.demo import generate_signals
from desk.services.exchange import identity as ident
from desk.services.exchange.receive import receive_package
from desk.services.exchange.send import send_signals
from desk.services.search import SignalFilter, search_signals
from desk.services.signals import get_signal, update_signal
from desk.services.work import writing
from desk.store import create_store

N = 10_000
T = TypeVar("T")
EDITED = 10


def _timed(fn: Callable[[], T]) -> tuple[float, T]:
    t0 = time.perf_counter()
    value = fn()
    return time.perf_counter() - t0, value


def run() -> list[Result]:
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        with (
            create_store(folder / "post.db", "passphrase", PASSPHRASE) as post,
            create_store(folder / "cp.db", "passphrase", PASSPHRASE) as cp,
        ):
            generate_signals(post, N, seed=5)
            with writing(post) as w:  # its RED signals are for the DEU contact point: all go
                w.session.execute(
                    sa.text(
                        "UPDATE signal SET named_recipients = 'DEU contact point' WHERE tlp = 'RED'"
                    )
                )
            ident.set_identity(post, "Embassy Yerevan", "post", post="Embassy Yerevan")
            ident.set_identity(cp, "DEU contact point", "contact-point", region="DEU")
            ident.trust(cp, ident.make_card(post), ident.get_identity(post).fingerprint)
            ident.trust(post, ident.make_card(cp), ident.get_identity(cp).fingerprint)

            first = folder / "first.deskx"
            send_s, report = _timed(
                lambda: send_signals(post, ["DEU contact point"], first, include_red=True)
            )
            size = first.stat().st_size
            results.append(
                Result(
                    f"send {report.sent:,} signals (one package)",
                    send_s,
                    budget=5.0,
                    note=f"{size / 1e6:.1f} MB",
                )
            )
            recv_s, received = _timed(lambda: receive_package(cp, first))
            results.append(Result(f"receive {received.new:,} new signals", recv_s, budget=5.0))

            for row in search_signals(post, SignalFilter(), limit=EDITED):
                d = get_signal(post, row.id).draft()
                update_signal(post, row.id, replace(d, summary=d.summary + " (corrected)"))
            second = folder / "second.deskx"
            send_signals(post, ["DEU contact point"], second, include_red=True)
            again_s, again = _timed(lambda: receive_package(cp, second))
            results.append(
                Result(
                    f"receive {again.unchanged:,} unchanged + {again.updated} updated",
                    again_s,
                    budget=2.0,
                )
            )
            results.extend(_floors(first.read_bytes(), report.sent))
    return results


def _floors(package: bytes, n: int) -> list[Result]:
    """What the same number of bytes costs to encrypt and decrypt with age alone, and the
    JSON of n signal-sized records to write and read."""
    me = x25519.Identity.generate()
    plain = package  # same size as what was sealed
    enc_s, sealed = _timed(lambda: pyrage.encrypt(plain, [me.to_public()]))
    dec_s, _ = _timed(lambda: pyrage.decrypt(sealed, [me]))
    record = {"uuid": "x" * 36, "fields": {"title": "t" * 60, "summary": "s" * 400}}
    json_s, _ = _timed(lambda: json.loads(json.dumps([record] * n)))
    return [
        Result("  floor: age encrypt + decrypt of the package", enc_s + dec_s),
        Result(f"  floor: JSON round trip of {n:,} records", json_s),
    ]
