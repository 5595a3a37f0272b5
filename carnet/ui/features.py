"""Every feature the main window carries, wired in one place.

The window itself knows the welcome and unlock pages, the workspace and the
lock. What comes on top — the trust commands, export and import, Preferences,
the guide, « Préparer la prochaine séance », progress/search/tags/timeline —
is added here, in the order its menu entries appear. Each feature module has
``install(window)``, which adds its actions and views through the window's
hooks (``add_action``, ``register_view``, ``register_home_widget``) and
returns the object that owns them; the window declares an attribute for each.

To add a feature: write its module with ``install(window)``, add one line to
:func:`install_features`, and list the module in :data:`FEATURE_MODULES`
(docs/architecture.md walks through it; tests/ui/test_shell_parts.py fails on
a feature module that is not wired). There is no fallback: a feature that
cannot be imported stops the app at start, never a silently missing menu.

The app paints its first screen before wiring the features (issue 18: start as
fast as a bare window): :func:`install_first_screen` puts there, before the
first paint, what a feature shows on that screen, with little code; the
window's ``complete()`` runs :func:`install_features` right after the first
paint (a feature that fails to import still stops the app: it raises there).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from carnet.ui.main_window import MainWindow

#: The modules :func:`install_features` wires, in order.
FEATURE_MODULES: tuple[str, ...] = (
    "carnet.ui.ext_between",
    "carnet.ui.ext_exchange",
    "carnet.ui.ext_help",
    "carnet.ui.ext_preferences",
    "carnet.ui.ext_prepare",
    "carnet.ui.ext_trust",
    "carnet.ui.insights",
    "carnet.ui.attachments.feature",
    "carnet.ui.sync.feature",
)


def install_first_screen(window: MainWindow) -> None:
    """What features show on the first screen (the unlock page), built before it is
    first painted so that nothing moves when the features are wired."""
    from carnet.ui.sync.feature import add_join_link

    add_join_link(window)  # « Join a synced journal… » under the unlock card


def install_features(window: MainWindow) -> None:
    """Wire every feature into ``window`` (once: a second call adds nothing)."""
    from carnet.ui import (
        ext_between,
        ext_exchange,
        ext_help,
        ext_preferences,
        ext_prepare,
        ext_trust,
        insights,
    )
    from carnet.ui.attachments import feature as attachments
    from carnet.ui.sync import feature as sync

    ext_between.install(window)  # the calendar file kept up to date (sets calendar_feed)
    window.exchange_actions = ext_exchange.install(window)
    window.help_actions = ext_help.install(window)
    window.preferences_action = ext_preferences.install(window)
    ext_prepare.install(window)
    window.trust = ext_trust.install(window)
    window.insights = insights.install(window)
    attachments.install(window)  # the thumbnail cache empties at every lock
    window.sync = sync.install(window)  # after Preferences: it adds its section there
