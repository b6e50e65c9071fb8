"""Switch the theme and the text scale while the kiosk runs: stylesheets, icons and kept pictures follow.

Everything that draws from the theme either reads the look in use when it paints (stylesheet rules,
themed icons on buttons, charts, progress dots) or keeps its pictures keyed on the look (the attract
title, card backgrounds, icon pictures), so nothing stale shows. What holds a finished picture or
document is told: labels showing an icon (``resources.show_icon``) are drawn again, and any widget with
a ``theme_changed()`` method is called (the console's own stylesheet, a lesson page's headings).
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from kiosk.ui import resources, theme

#: the application property holding the screen scale the visitor stylesheet was last built for
SCALE_PROPERTY = "kioskScale"


def apply_stylesheet(app: QApplication, scale: float) -> None:
    """Style the whole application for a screen of ``scale`` in the look in use."""
    app.setProperty(SCALE_PROPERTY, scale)
    app.setStyleSheet(resources.stylesheet(scale))


def switch(new_theme: theme.Theme, text_scale: float = 1.0, app: QApplication | None = None) -> theme.Look:
    """Show every window in ``new_theme`` with its type scale times ``text_scale``, from the next paint."""
    app = app or QApplication.instance()
    before = theme.current()
    look = theme.use(new_theme, text_scale)
    if look == before:
        return look
    resources.forget_pictures()
    scale = app.property(SCALE_PROPERTY)
    if scale is not None:
        app.setStyleSheet(resources.stylesheet(float(scale)))
    for widget in app.allWidgets():
        resources.refresh_icon(widget)
        changed = getattr(widget, "theme_changed", None)
        if callable(changed):
            changed()
        widget.update()
    return look
