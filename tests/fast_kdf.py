"""A cheap Argon2id scheme for the tests that are not about the journal's key.

Carnet keys every journal with Argon2id at 80 MiB and 7 passes (scheme version 2,
docs/key-derivation.md): about 0.3 s and 80 MiB for each creation, unlock,
passphrase check or change. The suite does that thousands of times for tests about
something else (notes, views, backups, crash safety of writes), so those make and
open their journals with a scheme only the test suite knows: version 255, Argon2id
with 64 KiB and 1 pass. Same code path (tagged salt, Argon2id, raw key to
SQLCipher), a cheaper cost.

Only this module registers it, in the process that imports it: tests/conftest.py
(every test process) and the children the tests start (tests/carnet_child.py for
the command line, tests/trust/writer_process.py, tests/ui/screen_reader_app.py).
Carnet itself never does, so a file tagged 255 is refused by the real app (« a
newer scheme ») instead of being opened, and no setting, variable or flag of Carnet
can make it write one.

Tests about the key itself (its derivation, the move of old journals to the current
scheme, what an unlock costs) are marked ``real_kdf``: they run with exactly Carnet's
schemes (see tests/conftest.py). The cheap scheme's version is above every real one:
while it is current, a journal of a real scheme opened here would be moved to it
(``kdf.is_outdated``), and a cheap-keyed journal is never moved down.
"""

from __future__ import annotations

import sys
from pathlib import Path

from carnet.store import kdf

#: The last version byte: Carnet numbers its real schemes up from 1.
VERSION = 255
SCHEME = kdf.Argon2Scheme(version=VERSION, memory_kib=64, time_cost=1, parallelism=1)
#: Carnet's own, as this process found them before any test changed them.
REAL_CURRENT = kdf.CURRENT


def install() -> None:
    """New keys use the cheap scheme; files keyed with either scheme open."""
    kdf.SCHEMES[VERSION] = SCHEME
    kdf.CURRENT = SCHEME


def uninstall() -> None:
    """Back to exactly Carnet's schemes (a cheap-keyed file is then refused)."""
    kdf.SCHEMES.pop(VERSION, None)
    kdf.CURRENT = REAL_CURRENT


def installed() -> bool:
    return kdf.CURRENT is SCHEME


#: The launcher that registers the scheme in a child before running it.
LAUNCHER = Path(__file__).resolve().with_name("fast_kdf_python.py")


def python() -> list[str]:
    """The interpreter to start a child with: it knows the cheap scheme while this
    process uses it (``python -m carnet`` of the test, then, opens its journals)."""
    return [sys.executable, str(LAUNCHER)] if installed() else [sys.executable]
