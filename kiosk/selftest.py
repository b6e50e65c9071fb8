"""``kiosk --self-test``: prove an installed or frozen kiosk works, offscreen, printing every check.

It loads the lesson pack, renders every lesson, plays one visitor journey by tapping the real widgets,
records it in a temporary database and reads it back. A missing data file, Qt plugin or hidden
import in a PyInstaller build fails here, in CI, rather than on a teacher's machine.
"""

from __future__ import annotations

import os
import socket
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import kiosk
from kiosk import paths
from kiosk.content import takehome

#: a size the real kiosk meets on small classroom screens: every screen must lay out there
WINDOW_SIZE = (1280, 720)
#: image formats lessons may use (kiosk/content/resources.py), as Qt names them
IMAGE_FORMATS = ("svg", "jpeg", "gif", "webp", "png")


class SelfTestFailure(Exception):
    """A check found something wrong; the message says what."""


@dataclass
class Report:
    """Collects check results and prints each one as it finishes."""

    write: Callable[[str], None]
    passed: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)

    def check(self, name: str, step: Callable[[], str]) -> bool:
        try:
            detail = step()
        except Exception as exc:  # noqa: BLE001 (a self-test reports every failure, whatever its kind)
            self.failed.append(name)
            self.write(f"FAIL {name}: {type(exc).__name__}: {exc}")
            return False
        self.passed.append(name)
        self.write(f"ok   {name}: {detail}")
        return True

    def skip(self, name: str, why: str) -> None:
        self.failed.append(name)
        self.write(f"FAIL {name}: not run ({why})")


def expect(condition: object, message: str) -> None:
    if not condition:
        raise SelfTestFailure(message)


@contextmanager
def no_sockets() -> Iterator[list[str]]:
    """Refuse and remember every socket created while the self-test runs: the kiosk stays offline."""
    attempts: list[str] = []
    original = socket.socket.__init__

    def refuse(self: socket.socket, *args: Any, **kwargs: Any) -> None:
        attempts.append(f"socket{args!r}")
        raise OSError("Cyber Kiosk never opens a network socket")

    socket.socket.__init__ = refuse  # type: ignore[method-assign]
    try:
        yield attempts
    finally:
        socket.socket.__init__ = original  # type: ignore[method-assign]


def _bundle_files() -> str:
    expect(paths.asset("style.qss").is_file(), f"no stylesheet at {paths.asset('style.qss')}")
    icons = sorted(paths.asset("icons").glob("*.svg"))
    expect(icons, f"no SVG icons in {paths.asset('icons')}")
    fonts = sorted(paths.asset("fonts").glob("NotoSansSC-*"))
    expect(fonts, f"the CJK font subset is missing from {paths.asset('fonts')}")
    latin = sorted(paths.asset("fonts").glob("AtkinsonHyperlegible-*"))
    expect(latin, f"the Latin font subset is missing from {paths.asset('fonts')}")
    qm = sorted(paths.translations_dir().glob("kiosk_*.qm"))
    expect(qm, f"no compiled translations in {paths.translations_dir()} (make translations)")
    return f"{len(icons)} icons, {len(fonts)} CJK and {len(latin)} Latin font files, {', '.join(p.name for p in qm)}"


def _writable(folder: Path) -> bool:
    return os.access(folder, os.W_OK)


def _load_and_render(root: Path) -> tuple[Any, str]:
    from kiosk.content.loader import load_lesson, load_pack

    pack = load_pack(root)
    expect(pack.lessons, f"no lesson can be shown from {root}: {[str(d) for d in pack.diagnostics]}")
    rendered = 0
    for entry in pack.lessons:
        for language in pack.languages:
            lesson = load_lesson(entry, language)
            expect(lesson.pages, f"{entry.id} ({language}) has no page")
            rendered += 1
    detail = f"{len(pack.lessons)} lessons in {', '.join(pack.languages)}; {rendered} lesson texts rendered"
    return pack, detail


def _pick_lesson(pack: Any, language: str) -> tuple[str, int]:
    """A lesson whose quiz has at least two questions (so both verdicts can be shown), else any quiz."""
    from kiosk.content.loader import load_lesson

    best: tuple[str, int] | None = None
    for entry in pack.lessons:
        lesson = load_lesson(entry, language)
        count = len(lesson.quiz.questions) if lesson.quiz else 0
        if count >= 2:
            return entry.id, count
        if count and best is None:
            best = (entry.id, count)
    expect(best, "no lesson in the pack has a quiz")
    assert best is not None
    return best


def _tap(widget: Any) -> None:
    """A tap at the widget's centre, delivered through the application (kiosk.ui.probe)."""
    from kiosk.ui import probe

    name = widget.objectName() or getattr(widget, "choice_id", "") or widget
    expect(widget.isVisible() and widget.isEnabled(), f"{name} is not tappable")
    expect(probe.tap(widget), f"{name} could not be scrolled into view to be tapped")


@dataclass(frozen=True)
class Played:
    language: str
    lesson_id: str
    questions: int
    right: int


def _play(app: Any, pack: Any, settings: Any, recorder: Any) -> tuple[Played, str]:
    from kiosk import app as kiosk_app
    from kiosk.journey import Screen
    from kiosk.ui import fonts, i18n

    interface_language = i18n.current_language()
    window = kiosk_app.preview_window(app, pack, settings, WINDOW_SIZE, recorder, tick_ms=50)
    app.processEvents()  # the window's first size was applied as it was made (kiosk.ui.window)
    journey, router = window.journey, window.router
    steps: list[str] = []
    try:
        expect(window.stack.currentWidget() is router.attract, "the kiosk did not open on the attract screen")
        english_start = router.attract.start_button.text()
        # Play in a second language when the pack has one: it exercises the CJK font and translations.
        language = next(
            (code for code in journey.languages if not i18n.is_source_language(code)), journey.language
        )
        if language != journey.language:
            _tap(router.attract.language_buttons[language])
            expect(journey.language == language, f"the language button did not switch to {language}")
            expect(router.attract.start_button.text() != english_start, "the start button was not translated")
            if fonts.is_cjk_language(language):
                first = app.font().families()[0] if app.font().families() else app.font().family()
                expect(
                    first == fonts.BUNDLED_CJK_FAMILY,
                    f"the interface font is {first!r}, not the bundled CJK font",
                )
            steps.append(f"switched to {language}")
        lesson_id, questions = _pick_lesson(pack, language)
        _tap(router.attract.start_button)
        expect(journey.screen is Screen.CATALOGUE, f"start led to {journey.screen}, not the catalogue")
        _tap(router.catalogue.cards[lesson_id])
        router.opener.finish()  # the lesson is parsed off the GUI thread; the self-test may wait for it
        app.processEvents()
        expect(journey.screen is Screen.READER, f"the lesson card led to {journey.screen}")
        pages = journey.page_count
        for _ in range(pages):
            expect(router.reader.view.toPlainText().strip(), f"page {journey.page_index + 1} is empty")
            _tap(router.reader.next_button)
        expect(journey.screen is Screen.QUESTION, f"after {pages} pages the journey is at {journey.screen}")
        steps.append(f"read {pages} pages of {lesson_id}")
        right = 0
        for number in range(questions):
            shown = journey.question
            wrong = [c.id for c in shown.choices if not c.correct]
            # The first answer is wrong on purpose, so both verdicts are drawn and recorded.
            picks = wrong[:1] if number == 0 and wrong else sorted(shown.question.correct_ids)
            for choice_id in picks:
                _tap(router.question.cards[choice_id])
            _tap(router.question.confirm_button)
            expect(
                journey.screen is Screen.FEEDBACK, f"confirming question {number + 1} led to {journey.screen}"
            )
            verdict = router.question.panel.property("verdict")
            expected = "wrong" if number == 0 and wrong else "right"
            outcome = journey.outcome
            chosen = ", ".join(sorted(outcome.chosen)) if outcome else "nothing"
            expect(
                verdict == expected,
                f"question {number + 1} showed verdict {verdict!r}, expected {expected!r} "
                f"(tapped {', '.join(picks) or 'nothing'}; the answer recorded {chosen})",
            )
            right += expected == "right"
            _tap(router.question.next_button)
        expect(journey.screen is Screen.RESULT, f"after the last question the journey is at {journey.screen}")
        expect(router.result.score.text(), "the result screen shows no score")
        if takehome.for_lesson(journey.pack, journey.lesson.meta):  # segno bundled and drawing
            expect(bool(router.result.take_home.code.matrix), "the result screen shows no take-home QR code")
        steps.append(f"answered {questions} questions ({right} right)")
        _tap(router.result.finish_button)
        expect(journey.screen is Screen.ATTRACT and journey.visit is None, "finishing did not end the visit")
        steps.append("finished")
        expect(not window.grab().isNull(), "the window could not be drawn")
    finally:
        window.leave_kiosk()
        window.deleteLater()
        # Leave the application as it was (the self-test may run inside another program's process).
        i18n.set_language(app, interface_language)
        app.processEvents()
    return Played(language, lesson_id, questions, right), "; ".join(steps)


def _read_back(database: Path, played: Played) -> str:
    from sqlite_utils import Database

    from kiosk.results.reports import summarize

    db = Database(database)
    try:
        visits = list(db.query("SELECT ended_how, language, kiosk_name FROM visits"))
        expect(len(visits) == 1, f"{len(visits)} visits recorded, expected 1")
        expect(visits[0]["ended_how"] == "finished", f"the visit ended as {visits[0]['ended_how']!r}")
        expect(visits[0]["language"] == played.language, f"the visit's language is {visits[0]['language']!r}")
        answers = list(db.query("SELECT lesson_id, correct FROM answers"))
        expect(
            len(answers) == played.questions, f"{len(answers)} answers recorded, expected {played.questions}"
        )
        expect(
            sum(a["correct"] for a in answers) == played.right, "the recorded answers disagree with the taps"
        )
        results = list(db.query("SELECT lesson_id, score, maximum FROM quiz_results"))
        expect(len(results) == 1, f"{len(results)} quiz results recorded, expected 1")
        expect(
            (results[0]["lesson_id"], results[0]["score"], results[0]["maximum"])
            == (played.lesson_id, played.right, played.questions),
            f"quiz result {results[0]} does not match the journey",
        )
        summary = summarize(db)
        expect(summary.visits == 1 and summary.answers == played.questions, "the summary report disagrees")
    finally:
        db.close()
    return f"1 visit, {played.questions} answers, score {played.right}/{played.questions} read back"


def _qt_checks(app: Any) -> str:
    from kiosk.ui import fonts, probe, resources

    families = fonts.register_bundled_fonts()
    expect(fonts.BUNDLED_CJK_FAMILY in families, f"the bundled CJK font did not load (got {families})")
    expect(fonts.BUNDLED_LATIN_FAMILY in families, f"the bundled Latin font did not load (got {families})")
    formats = probe.readable_image_formats()
    missing = [f for f in IMAGE_FORMATS if f not in formats]
    expect(not missing, f"Qt cannot read {', '.join(missing)} images (missing imageformats plugins)")
    icon = resources.pixmap("shield", 64)
    expect(not icon.isNull(), "an SVG icon did not render (missing iconengines plugin)")
    return f"platform {app.platformName()}, fonts {', '.join(families)}, images {', '.join(IMAGE_FORMATS)}"


def _pin_note(config: Path) -> str:
    """A warning line when the settings file holds no operator PIN (anyone could then choose it)."""
    from kiosk.operator.config import load_operator_config_or_defaults

    operator, problem = load_operator_config_or_defaults(config)
    if operator.has_pin and not problem:
        return f"ok   operator PIN: set in {config}"
    return (
        f"warn operator PIN: none is set in {config}; run 'kiosk set-pin' (full screen, the kiosk asks "
        "for one before any visitor screen)"
    )


def _booth_note(config: Path) -> str:
    """One line on the booth challenge and reward codes ([challenge], [rewards]): how they are set, and
    a warning when a table cannot be used or the reward secret is damaged."""
    from kiosk.operator.booth_setup import load_booth, secret_file
    from kiosk.operator.rewards import load_or_make_secret

    booth = load_booth(config)
    if booth.problems:
        return "warn booth: " + "; ".join(booth.problems)
    challenge, rules = booth.config.challenge, booth.config.rewards
    words = [
        f"challenge {challenge.mode}"
        + (f" ({challenge.questions} questions)" if challenge.mode != "off" else "")
    ]
    if rules.on:
        secret = secret_file(config)
        if secret.is_file():
            try:
                load_or_make_secret(secret)
            except OSError as exc:
                return f"warn booth: {exc}"
        where = f"secret {secret}" if secret.is_file() else f"secret made at the first code, at {secret}"
        words.append(
            f"rewards for {rules.earn}, cap {rules.daily_cap or 'none'} a day, stock {rules.stock or 'no limit'}, {where}"
        )
    else:
        words.append("rewards off")
    return "ok   booth: " + "; ".join(words)


def run_self_test(
    lessons: Path | None = None, write: Callable[[str], None] | None = None, config: Path | None = None
) -> int:
    """Run every check, print each, and return 0 only when all of them passed (a missing PIN only warns)."""
    # Offscreen whatever the desktop, and set before anything imports Qt.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    report = Report(write or _default_writer())
    root = lessons or paths.default_lessons_dir()
    report.write(
        f"Cyber Kiosk {kiosk.package_version()} self-test ({'frozen' if paths.is_frozen() else 'from source'}); "
        f"bundle {paths.bundle_root()} ({'writable' if _writable(paths.bundle_root()) else 'read-only'}); "
        f"lessons {root}; settings file {paths.default_config_file()}"
    )
    report.write(_pin_note(config or paths.default_config_file()))
    report.write(_booth_note(config or paths.default_config_file()))
    with no_sockets() as sockets, tempfile.TemporaryDirectory(prefix="kiosk-self-test-") as tmp:
        report.check("bundled files", _bundle_files)
        loaded: dict[str, Any] = {}

        def load() -> str:
            loaded["pack"], detail = _load_and_render(root)
            return detail

        if report.check("lesson pack", load):
            from kiosk import app as kiosk_app
            from kiosk.settings import Settings

            app = kiosk_app.application()
            report.check("Qt, fonts and images", lambda: _qt_checks(app))
            database = Path(tmp) / "results.db"
            settings = Settings(
                lessons=root, windowed=True, idle_timeout=0, kiosk_name="self-test", database=database
            )
            store = kiosk_app.open_recorder(settings)

            def play() -> str:
                try:
                    loaded["played"], detail = _play(app, loaded["pack"], settings, store)
                finally:
                    store.close()
                return detail

            if report.check("visitor journey", play):
                report.check("results read back", lambda: _read_back(database, loaded["played"]))
            else:
                report.skip("results read back", "the journey failed")
        else:
            for name in ("Qt, fonts and images", "visitor journey", "results read back"):
                report.skip(name, "the lesson pack did not load")

        def offline() -> str:
            expect(not sockets, f"tried to open sockets: {sockets}")
            return "no socket opened"

        report.check("offline", offline)
    total = len(report.passed) + len(report.failed)
    if report.failed:
        report.write(f"self-test FAILED: {len(report.failed)} of {total} checks ({', '.join(report.failed)})")
        return 1
    report.write(f"self-test passed: {total} checks")
    return 0


def _default_writer() -> Callable[[str], None]:
    """Print, or when a windowed build has no console (Windows, macOS), append to a file in the log dir."""
    if sys.stdout is not None:
        return lambda line: print(line, flush=True)
    target = paths.log_dir() / "self-test.txt"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("", encoding="utf-8")

    def append(line: str) -> None:
        with target.open("a", encoding="utf-8") as handle:
            handle.write(line + "\n")

    return append
