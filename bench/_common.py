"""Shared helpers of the benchmark scripts: a demo journal built once and reused."""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PASSPHRASE = "bench passphrase"
CACHE = Path(tempfile.gettempdir()) / "carnet-bench"


def demo_journal(sessions: int) -> Path:
    """A demo journal of ``sessions`` sessions, built on first use (encrypted, in /tmp)."""
    from carnet.demo import build_demo
    from carnet.store import JournalStore, kdf

    CACHE.mkdir(exist_ok=True)
    # "-k<N>-<MiB>m<t>": keyed with Argon2id scheme N, the current one, and its parameters
    # (a journal of an older scheme would be moved at each benchmark's first unlock; a
    # scheme's parameters tuned before it shipped must not reuse a cache keyed with the
    # draft's); older caches are left alone.
    # "-s<N>": the schema's version (a journal of an older one is migrated at the first
    # unlock of each benchmark's copy: the figures would count the migration).
    from carnet.store.schema import SCHEMA_VERSION

    scheme = kdf.CURRENT
    tag = (f"k{scheme.version}-{scheme.memory_kib // 1024}m{scheme.time_cost}"
           f"-s{SCHEMA_VERSION}")
    path = CACHE / f"demo-{sessions}-{tag}.carnet"
    if not path.exists():
        started = time.perf_counter()
        store = JournalStore.create(path.with_suffix(".partial"), PASSPHRASE, "Bench")
        build_demo(store, sessions=sessions, today=date(2026, 11, 21))
        store.close()
        path.with_suffix(".partial").rename(path)
        print(f"(built {path.name} in {time.perf_counter() - started:.1f} s)")
    return path


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def report(label: str, value: float, unit: str, target: str) -> None:
    print(f"{label:<48} {value:>10.2f} {unit:<4} (target {target})")
