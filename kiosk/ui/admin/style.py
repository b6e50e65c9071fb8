"""The console's own stylesheet (sizes for 1080p, scaled like the visitor screens' one).

Kept beside the console instead of in assets/style.qss so the visitor look and the operator look can
change independently; every rule is scoped under #OperatorConsole.
"""

from __future__ import annotations

from kiosk.ui.resources import _PX, icon_path, scale_px

NAVY, BLUE, GREEN, ORANGE, RED, GREY = "#0b1f33", "#1d4ed8", "#15803d", "#c2410c", "#b91c1c", "#52667a"

_QSS = """
#OperatorConsole { background: #eef2f7; }
#OperatorConsole QLabel { color: #102a43; }
#ConsoleHeader { background: #0b1f33; }
#ConsoleHeader QLabel { color: #ffffff; }
#ConsoleTitle { font-size: 32px; font-weight: 800; }
#ConsoleSubtitle { font-size: 22px; color: #9fb3c8; }
#ConsoleNav { background: #ffffff; border-right: 2px solid #d9e2ec; }
#ConsoleNav QPushButton { text-align: left; border: 0px; border-radius: 12px; padding: 0px 24px;
    min-height: 68px; font-size: 24px; background: transparent; color: #243b53; }
#ConsoleNav QPushButton:checked { background: #1d4ed8; color: #ffffff; }
#ConsoleNav QPushButton:focus { border: 3px solid #f59e0b; }
QPushButton[role="danger"] { background: #b91c1c; border: 3px solid #b91c1c; color: #ffffff; }
QPushButton[role="danger"]:pressed { background: #7f1d1d; }
QPushButton[role="ghost"] { background: transparent; color: #ffffff; border: 3px solid rgba(255,255,255,0.55); }
QPushButton[role="ghost"]:pressed { background: rgba(255,255,255,0.15); }
QPushButton[role="small"] { min-height: 56px; font-size: 22px; padding: 0px 20px; }
QPushButton[role="small"]:checked { background: #1d4ed8; border-color: #1d4ed8; color: #ffffff; }
#PageTitle { font-size: 36px; font-weight: 800; }
#SectionTitle { font-size: 24px; font-weight: 700; color: #243b53; }
#Note, #Status { font-size: 20px; color: #486581; }
#Status[tone="good"] { color: #15803d; font-weight: 700; }
#Status[tone="bad"] { color: #b91c1c; font-weight: 700; }
#Card { background: #ffffff; border: 2px solid #d9e2ec; border-radius: 18px; }
#StatValue { font-size: 54px; font-weight: 800; color: #0b1f33; }
#StatLabel { font-size: 20px; color: #486581; }
#StatGroup { font-size: 22px; font-weight: 800; color: #1d4ed8; }
#Warning { background: #fff7ed; border: 2px solid #fdba74; border-radius: 14px; padding: 12px 18px;
    font-size: 21px; color: #7c2d12; }
#AllGood { background: #f0fdf4; border: 2px solid #86efac; border-radius: 14px; padding: 12px 18px;
    font-size: 21px; color: #14532d; }
#OperatorConsole QComboBox, #OperatorConsole QDateEdit, #OperatorConsole QLineEdit {
    min-height: 56px; font-size: 22px; padding: 0px 14px; border: 2px solid #9fb3c8;
    border-radius: 10px; background: #ffffff; }
#OperatorConsole QComboBox QAbstractItemView { font-size: 24px; }
#OperatorConsole QComboBox::drop-down { width: 44px; border: 0px; }
#OperatorConsole QComboBox::down-arrow { image: url(ARROW); width: 22px; height: 22px; }
#OperatorConsole QListWidget { background: #ffffff; border: 2px solid #d9e2ec; border-radius: 14px;
    font-size: 22px; padding: 6px; }
#OperatorConsole QListWidget::item { min-height: 64px; padding: 6px 12px; border-bottom: 1px solid #eef2f7; }
#OperatorConsole QListWidget::item:selected { background: #dbeafe; color: #102a43; }
#PinPadCard { background: #ffffff; border-radius: 28px; border: 2px solid #d9e2ec; }
#PinTitle { font-size: 38px; font-weight: 800; }
#PinDots { font-size: 48px; letter-spacing: 18px; color: #0b1f33; }
#PinMessage { font-size: 22px; color: #486581; }
#PinMessage[tone="bad"] { color: #b91c1c; font-weight: 700; }
#PinKey { min-height: 104px; min-width: 136px; font-size: 44px; font-weight: 700; border-radius: 20px; }
#ConfirmShade { background: rgba(11, 31, 51, 0.6); }
#ConfirmCard { background: #ffffff; border-radius: 24px; }
#ConfirmTitle { font-size: 34px; font-weight: 800; }
#LessonRow { background: #ffffff; border: 2px solid #d9e2ec; border-radius: 12px; }
#LessonRow[hidden_lesson="true"] { background: #f1f5f9; }
#LessonRow QLabel[hidden_lesson="true"] { color: #7b8794; }
#OperatorConsole QCheckBox { font-size: 22px; spacing: 14px; }
#OperatorConsole QCheckBox::indicator { width: 40px; height: 40px; }
"""


def console_stylesheet(scale: float) -> str:
    arrow = icon_path("chevron-down").replace("\\", "/")
    return _PX.sub(lambda m: f"{scale_px(float(m.group(1)), scale)}px", _QSS).replace("ARROW", arrow)
