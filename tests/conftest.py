"""Test isolation: every test gets its own config/data/cache/temp folders,
the offscreen Qt platform, and real encrypted journals in tmp_path.

Journals are keyed with the tests' cheap Argon2id scheme (tests/fast_kdf.py),
except in the tests marked ``real_kdf`` (the key's derivation, the move of old
journals to Argon2id, what an unlock costs), which run with Carnet's own schemes."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from pathlib import Path

import fast_kdf
import pytest

#: The Qt fixtures (message boxes recorded, settings, main windows), registered once.
pytest_plugins = ["qt_fixtures"]

PASSPHRASE = "correct horse « battery » staple"


def pytest_configure(config) -> None:
    fast_kdf.install()  # module-level code of the test files makes journals too


def pytest_collection_modifyitems(config, items) -> None:
    """Under pytest-xdist (`make test`), the tests marked ``slow`` are handed out first:
    started last, one of them would keep a worker busy alone at the end."""
    if hasattr(config, "workerinput"):
        items.sort(key=lambda item: item.get_closest_marker("slow") is None)


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item) -> None:
    """The key scheme of this test, set before any of its fixtures makes a journal."""
    if item.get_closest_marker("real_kdf"):
        fast_kdf.uninstall()
    else:
        fast_kdf.install()


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory, monkeypatch) -> Path:
    """Point every Carnet folder (and Qt's settings) at a fresh temporary home."""
    home = tmp_path_factory.mktemp("carnet_home")
    monkeypatch.setenv("CARNET_HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "xdg_config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "xdg_data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "xdg_cache"))
    return home


@pytest.fixture
def passphrase() -> str:
    return PASSPHRASE


@pytest.fixture
def journal_path(tmp_path) -> Path:
    return tmp_path / "journal.carnet"


@pytest.fixture
def store(journal_path, passphrase):
    """A new, empty, real encrypted journal; closed after the test."""
    from carnet.store import JournalStore

    journal = JournalStore.create(journal_path, passphrase, owner_name="Camille Martin")
    yield journal
    journal.close()
