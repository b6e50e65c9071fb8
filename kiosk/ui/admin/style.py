"""The console's own stylesheet: a template of the theme's tokens like assets/style.qss (sizes for 1080p,
scaled like the visitor screens' one).

Kept beside the console instead of in assets/style.qss so the visitor look and the operator look can
change independently; every rule is scoped under #OperatorConsole.
"""

from __future__ import annotations

from kiosk.ui import resources, theme

#: colour tokens of a correct rate that is good, fair or bad (bars of the statistics pages)
GREEN, ORANGE, RED = "good", "fair", "bad"

_QSS = """
#OperatorConsole { background: $color.console; }
#OperatorConsole QLabel { color: $color.text; }
#ConsoleHeader { background: $color.dark; }
#ConsoleHeader QLabel { color: $color.on-dark; }
#ConsoleTitle { font-size: $font.lead; font-weight: 800; }
#ConsoleSubtitle { font-size: $font.small; color: $color.console-subtitle; }
#ConsoleNav { background: $color.surface; border-right: 2px solid $color.line; }
#ConsoleNav QPushButton { text-align: left; border: 0px; border-radius: $radius.row; padding: 0px $space.console-nav-x;
    min-height: 68px; font-size: $font.body; background: transparent; color: $color.console-nav-text; }
#ConsoleNav QPushButton:checked { background: $color.primary; color: $color.on-primary; }
#ConsoleNav QPushButton:focus { border: 3px solid $color.focus; }
QPushButton[role="danger"] { background: $color.bad; border: 3px solid $color.bad; color: $color.on-primary; }
QPushButton[role="danger"]:pressed { background: $color.bad-pressed; }
QPushButton[role="ghost"] { background: transparent; color: $color.on-dark; border: 3px solid $color.ghost-line; }
QPushButton[role="ghost"]:pressed { background: $color.ghost-pressed; }
QPushButton[role="small"] { min-height: 56px; font-size: $font.small; padding: 0px $space.button-plain-x; }
QPushButton[role="small"]:checked { background: $color.primary; border-color: $color.primary; color: $color.on-primary; }
#PageTitle { font-size: $font.heading; font-weight: 800; }
#SectionTitle { font-size: $font.body; font-weight: 700; color: $color.console-nav-text; }
#Note, #Status { font-size: $font.caption; color: $color.text-muted; }
#Note[tone="bad"] { color: $color.bad; }
#QuestionText { font-size: $font.note; color: $color.text; }
#Status { border: 2px solid transparent; border-radius: $radius.button; padding: $space.notice-y $space.console-notice-x; }
#Status[tone="good"] { background: $color.good-surface; border: 2px solid $color.good-line; border-radius: $radius.button;
    padding: $space.notice-y $space.console-notice-x; font-size: $font.note; color: $color.good-text; font-weight: 700; }
#Status[tone="bad"] { background: $color.warning-surface; border: 2px solid $color.warning-line; border-radius: $radius.button;
    padding: $space.notice-y $space.console-notice-x; font-size: $font.note; color: $color.bad; font-weight: 700; }
#Card { background: $color.surface; border: 2px solid $color.line; border-radius: $radius.console-card; }
#StatValue { font-size: $font.stat; font-weight: 800; color: $color.dark; }
#StatLabel { font-size: $font.caption; color: $color.text-muted; }
#ItemValue { font-size: $font.lead; font-weight: 800; color: $color.dark; }
#StatGroup { font-size: $font.small; font-weight: 800; color: $color.primary; }
#Warning { background: $color.warning-surface; border: 2px solid $color.warning-line; border-radius: $radius.button; padding: $space.notice-y $space.console-notice-x;
    font-size: $font.note; color: $color.warning-text; }
#AllGood { background: $color.good-surface; border: 2px solid $color.good-line; border-radius: $radius.button; padding: $space.notice-y $space.console-notice-x;
    font-size: $font.note; color: $color.good-text; }
#OperatorConsole QComboBox, #OperatorConsole QDateEdit, #OperatorConsole QLineEdit {
    min-height: 56px; font-size: $font.small; padding: 0px $space.console-input-x; border: 2px solid $color.console-input-line;
    border-radius: $radius.input; background: $color.surface; }
#OperatorConsole QComboBox QAbstractItemView { font-size: $font.body; }
#OperatorConsole QComboBox::drop-down { width: 44px; border: 0px; }
#OperatorConsole QComboBox::down-arrow { image: url(ARROW); width: 22px; height: 22px; }
#OperatorConsole QListWidget { background: $color.surface; border: 2px solid $color.line; border-radius: $radius.button;
    font-size: $font.small; padding: $space.console-list; }
#OperatorConsole QListWidget::item { min-height: 64px; padding: $space.console-list $space.console-item-x; border-bottom: 1px solid $color.console-row-line; }
#OperatorConsole QListWidget::item:selected { background: $color.console-selected; color: $color.text; }
#PinPadCard { background: $color.surface; border-radius: $radius.overlay-card; border: 2px solid $color.line; }
#PinTitle { font-size: $font.heading-plus; font-weight: 800; }
#PinSetup { background: $color.console; }
#PinSetup QLabel { color: $color.text; }
#SetupTitle { font-size: $font.heading-plus; font-weight: 800; color: $color.dark; }
#SetupText { font-size: $font.body; color: $color.text-soft; }
#PinDots { font-size: $font.title; letter-spacing: 18px; color: $color.dark; }
#PinMessage { font-size: $font.small; color: $color.text-muted; }
#PinMessage[tone="bad"] { color: $color.bad; font-weight: 700; }
#PinKey { min-height: 104px; min-width: 136px; font-size: $font.heading-xl; font-weight: 700; border-radius: $radius.card; }
#ConfirmShade { background: $color.console-shade; }
#ConfirmCard { background: $color.surface; border-radius: $radius.large-card; }
#ConfirmTitle { font-size: $font.lead-large; font-weight: 800; }
#LessonRow { background: $color.surface; border: 2px solid $color.line; border-radius: $radius.row; }
#LessonRow[hidden_lesson="true"] { background: $color.console-hidden; }
#LessonRow QLabel[hidden_lesson="true"] { color: $color.button-disabled-text; }
#OperatorConsole QCheckBox { font-size: $font.small; spacing: 14px; }
#OperatorConsole QCheckBox::indicator { width: 40px; height: 40px; }
#OperatorConsole QCheckBox::indicator:unchecked { image: url(BOX_OFF); }
#OperatorConsole QCheckBox::indicator:checked { image: url(BOX_ON); }
#LessonTitle { font-size: $font.small; }
#LessonTitle[hidden_lesson="true"] { color: $color.button-disabled-text; }
"""


def console_stylesheet(scale: float, look: theme.Look | None = None) -> str:
    """The console's stylesheet for ``look`` (the one in use by default), every size times ``scale``."""
    look = look or theme.current()
    filled = theme.fill(_QSS, look.theme, look.text_scale, source="kiosk/ui/admin/style.py")
    filled = resources.scale_sizes(filled, scale)
    # The same tick boxes as the visitors' select-all answers, and the theme's own arrow.
    for mark, name in (("ARROW", "chevron-down"), ("BOX_OFF", "box-off"), ("BOX_ON", "box-on")):
        filled = filled.replace(mark, resources.icon_file(name, look=look).replace("\\", "/"))
    return filled
