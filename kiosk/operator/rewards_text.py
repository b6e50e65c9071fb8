"""The reward book as plain text: ``kiosk rewards status`` and the rewards part of ``kiosk results summary``."""

from __future__ import annotations

from datetime import date

from sqlite_utils import Database

from kiosk.operator.booth import RewardRules
from kiosk.operator.rewards import BookStatus, book_status, has_reward_book


def format_status(status: BookStatus, rules: RewardRules) -> str:
    lines = [f"Rewards for {status.event or '(no event label)'}: " + ("on" if rules.on else "off")]
    if rules.on:
        lines.append(
            f"  earned by: {rules.earn}"
            + (f", a draw with {rules.chance}% chance" if rules.chance < 100 else "")
        )
    lines.append(f"  {'day':<12}{'issued':>8}{'redeemed':>10}")
    for day in status.days:
        lines.append(f"  {day.day:<12}{day.issued:>8}{day.redeemed:>10}")
    lines.append(f"  {'all days':<12}{status.issued:>8}{status.redeemed:>10}")
    stock = "no limit" if status.stock_left is None else str(status.stock_left)
    cap = "no cap" if status.cap_left_today is None else f"{status.cap_left_today} left today"
    lines.append(f"  stock left: {stock}; daily cap: {cap}")
    if status.clock_behind:
        lines.append(
            f"  note: the clock says {status.clock_day}, but codes were already given on {status.day};"
            " rewards count on that day until the clock catches up"
        )
    return "\n".join(lines) + "\n"


def summary_block(db: Database, event: str, rules: RewardRules, today: date) -> str:
    """The rewards part of ``kiosk results summary``: the configured event's codes, and how many other
    events' codes the book holds ("" when no code was ever issued)."""
    if not has_reward_book(db) or not db.execute("SELECT 1 FROM rewards LIMIT 1").fetchone():
        return ""
    text = "\n" + format_status(book_status(db, event, rules, today), rules)
    others = db.execute(
        "SELECT count(DISTINCT event), count(*) FROM rewards WHERE event != ?", [event]
    ).fetchone()
    if others[0]:
        text += f"  other events in the book: {others[0]} ({others[1]} codes)\n"
    return text
