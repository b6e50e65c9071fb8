"""A visitor's accessibility choices (text size, high contrast, read-aloud) for one visit.

The choices start from the operator's defaults, change from the accessibility panel
(``kiosk.ui.widgets.access_panel``), and go back to the defaults when the visit ends (Finish or the
idle reset: the router's ``wipe_all``). Text size and contrast are a look (``kiosk.ui.restyle``);
read-aloud is only a state here, announced by ``read_aloud_changed`` for the speech engine to follow,
which says with ``set_read_aloud_available`` whether there is a voice at all.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from kiosk.ui import restyle, theme


@dataclass(frozen=True)
class AccessDefaults:
    """What a visit starts with: the operator's settings (``kiosk.operator.config``)."""

    text_step: int = 0  # an index of theme.TEXT_STEPS
    high_contrast: bool = False
    read_aloud: bool = True  # the read buttons show where a voice exists (a22-speech's router)


class AccessChoices(QObject):
    """The choices of the visit in progress; ``changed`` after any of them changed."""

    changed = Signal()
    read_aloud_changed = Signal(bool)
    read_aloud_available_changed = Signal(bool)

    def __init__(self, defaults: AccessDefaults | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.defaults = defaults or AccessDefaults()
        self.text_step = self.defaults.text_step
        self.high_contrast = self.defaults.high_contrast
        self.read_aloud = self.defaults.read_aloud
        self.read_aloud_available = True

    # -- what the visitor chooses ------------------------------------------------------------------

    @property
    def text_scale(self) -> float:
        return theme.TEXT_STEPS[self.text_step]

    @property
    def theme(self) -> theme.Theme:
        return theme.HIGH_CONTRAST if self.high_contrast else theme.DEFAULT

    def set_text_step(self, step: int) -> None:
        step = max(0, min(len(theme.TEXT_STEPS) - 1, step))
        if step != self.text_step:
            self.text_step = step
            self._changed()

    def set_high_contrast(self, on: bool) -> None:
        if on != self.high_contrast:
            self.high_contrast = on
            self._changed()

    def set_read_aloud(self, on: bool) -> None:
        if on != self.read_aloud:
            self.read_aloud = on
            self.read_aloud_changed.emit(on)
            self.changed.emit()

    @property
    def reads_aloud(self) -> bool:
        """Read-aloud is on and there is a voice to do it."""
        return self.read_aloud and self.read_aloud_available

    # -- the speech engine's part ------------------------------------------------------------------

    def set_read_aloud_available(self, available: bool) -> None:
        """Whether a voice exists for the language shown: without one, the panel hides the choice."""
        if available != self.read_aloud_available:
            self.read_aloud_available = available
            self.read_aloud_available_changed.emit(available)

    # -- the visit ---------------------------------------------------------------------------------

    def set_defaults(self, defaults: AccessDefaults) -> None:
        """The operator changed the defaults: the next visit starts from them (and the kiosk now, if idle)."""
        self.defaults = defaults

    def reset(self) -> None:
        """The visit ended: back to the operator's defaults."""
        before = (self.text_step, self.high_contrast, self.read_aloud)
        self.text_step = self.defaults.text_step
        self.high_contrast = self.defaults.high_contrast
        read_aloud_before = self.read_aloud
        self.read_aloud = self.defaults.read_aloud
        if self.read_aloud != read_aloud_before:
            self.read_aloud_changed.emit(self.read_aloud)
        if before != (self.text_step, self.high_contrast, self.read_aloud):
            self.apply()
            self.changed.emit()

    def apply(self) -> None:
        """Show the look these choices ask for (a restyle only when it differs from the look in use)."""
        restyle.switch(self.theme, self.text_scale)

    def _changed(self) -> None:
        self.apply()
        self.changed.emit()
