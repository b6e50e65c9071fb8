"""Read-aloud: the platform's voices through QtTextToSpeech, found by the visitor's language.

``Speaker`` is what screens and the router use: ``available(language)``, ``speak(text, language)``,
``stop()``, ``speaking`` and the signals ``ready`` (the voices are known) and ``speaking_changed``.
It talks to a backend: ``QtSpeechBackend`` runs a QTextToSpeech engine on a thread of its own, since
starting one can take seconds (speech-dispatcher is started on first use) and the screen must not
freeze meanwhile; tests give a fake one. When no voice speaks a language, ``available`` is False,
the read buttons stay hidden and the log says why, once per language.
"""

from __future__ import annotations

import logging
import sys
import threading
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale, QLoggingCategory, QObject, QThread, Signal, Slot

log = logging.getLogger(__name__)

#: tries to reach the speech engine before read-aloud is given up until the next start, and the pause
ATTEMPTS = 5
RETRY_S = 5.0
#: how long closing waits for the speech thread before saying so in the log (it then waits on)
CLOSE_WAIT_MS = 5000


@dataclass(frozen=True)
class Voice:
    name: str
    locale: str  # "en_US", "zh_CN"; "C" when the engine could not say (espeak-ng's Mandarin under speechd)


def _parts(code: str) -> tuple[str, str]:
    """("zh", "CN") for "zh-CN" or "zh_CN"; ("en", "") for "en"."""
    bits = code.replace("-", "_").split("_")
    return bits[0].lower(), (bits[1].upper() if len(bits) > 1 else "")


#: English names of the languages lessons come in, for voices whose locale the engine left unknown
LANGUAGE_NAMES = {"zh": "Chinese", "en": "English"}


def pick_voice(voices: list[Voice], language: str) -> Voice | None:
    """The voice to read ``language`` ("zh-CN", "en") with, or None.

    The same language and region first ("en_US" for "en-US"), then the language anywhere ("en_GB" for
    "en"), then a voice whose locale the engine left unknown but whose name starts with the language's
    English name ("Chinese (Mandarin, ...)"); the engine's own order decides among equals, and a
    voice's variants ("English+Adam") come after the voice itself.
    """
    want_language, want_region = _parts(language)
    best: tuple[int, int, int] | None = None
    chosen: Voice | None = None
    for index, voice in enumerate(voices):
        has_language, has_region = _parts(voice.locale)
        if has_language == want_language:
            rank = 0 if want_region and has_region == want_region else 1
        elif has_language in ("c", "") and voice.name.startswith(LANGUAGE_NAMES.get(want_language, "\0")):
            rank = 2
        else:
            continue
        key = (rank, "+" in voice.name, index)
        if best is None or key < best:
            best, chosen = key, voice
    return chosen


class SpeechBackend(QObject):
    """What a Speaker drives: ``start()`` finds the voices and emits ``voices_found(voices, problem)``
    once; ``say(text, voice_name)`` and ``stop()`` never block; ``speaking_changed`` follows the engine."""

    voices_found = Signal(list, str)  # list[Voice], and why there are none ("" if some were found)
    speaking_changed = Signal(bool)

    def start(self) -> None:
        raise NotImplementedError

    def say(self, text: str, voice_name: str) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError

    def close(self) -> None:
        """Stop speaking and let go of the engine (the kiosk is closing)."""
        self.stop()


class Speaker(QObject):
    """Reads texts aloud in a language's voice; see the module's docstring."""

    ready = Signal()  # the voices are known: read buttons may show now
    speaking_changed = Signal(bool)

    def __init__(self, backend: SpeechBackend, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.voices: list[Voice] | None = None  # None until the backend has looked
        self.problem = ""
        self.speaking = False
        self._told: set[str] = set()  # languages whose missing voice the log has been told about
        self._chosen: dict[str, Voice | None] = {}  # the voice picked for each language asked about
        self._said = False  # something was given to the engine since the last stop
        backend.voices_found.connect(self._found)
        backend.speaking_changed.connect(self._speaking)
        backend.start()

    @property
    def is_ready(self) -> bool:
        return self.voices is not None

    def _found(self, voices: list, problem: str) -> None:
        self.voices = list(voices)
        self.problem = problem
        if problem:
            log.warning("read-aloud is off: %s", problem)
        else:
            log.info("read-aloud: %d voices found", len(self.voices))
        self.ready.emit()

    def _speaking(self, speaking: bool) -> None:
        if speaking != self.speaking:
            self.speaking = speaking
            self.speaking_changed.emit(speaking)

    def voice_for(self, language: str) -> Voice | None:
        if self.voices is None:
            return None
        if language not in self._chosen:
            self._chosen[language] = pick_voice(self.voices, language)
        return self._chosen[language]

    def available(self, language: str) -> bool:
        """Whether a voice reads ``language``; False until the voices are known. Logs a missing one once."""
        if self.voices is None:
            return False
        if self.voice_for(language) is not None:
            return True
        if language not in self._told and not self.problem:
            self._told.add(language)
            log.warning(
                "read-aloud: no voice for %s among the %d the speech engine has; the read button is hidden "
                "in that language (install one, e.g. espeak-ng's on Linux or a Windows language pack)",
                language,
                len(self.voices),
            )
        return False

    def speak(self, text: str, language: str) -> bool:
        """Read ``text`` in ``language``'s voice, cutting off whatever was being read; False if no voice."""
        voice = self.voice_for(language)
        if voice is None or not text.strip():
            return False
        self.backend.say(text, voice.name)
        self._said = True
        self._speaking(True)  # at once: the button says "Stop reading" before the engine answers
        return True

    def stop(self) -> None:
        """Silence now (a no-op when nothing was given to the engine since the last stop)."""
        if self._said or self.speaking:
            self._said = False
            self.backend.stop()
            self._speaking(False)

    def close(self) -> None:
        self.backend.close()


class _Engine(QObject):
    """The QTextToSpeech engine, living on the speech thread (every slot runs there)."""

    voices_found = Signal(list, str)
    speaking_changed = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self.tts = None
        self.qt_voices: dict[str, object] = {}
        self.closing = threading.Event()  # set from the application's thread when the kiosk closes

    @Slot()
    def start(self) -> None:
        # QtMultimedia (which QtTextToSpeech links) warns at every start that PipeWire is not installed,
        # although speech never uses it: not worth a warning in the operator's log.
        QLoggingCategory.setFilterRules("qt.multimedia.symbolsresolver.warning=false")
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError as exc:
            self.voices_found.emit(
                [], f"QtTextToSpeech cannot be loaded ({exc}); it comes with PySide6-Addons"
            )
            return
        engines = QTextToSpeech.availableEngines()
        real = [name for name in engines if name != "mock"]
        if not real:
            self.voices_found.emit([], "Qt has no speech engine plugin on this system")
            return
        name = "speechd" if sys.platform.startswith("linux") and "speechd" in real else real[0]
        # speech-dispatcher, started on first use, can be slow to answer on a busy machine: try again
        reason = ""
        for attempt in range(ATTEMPTS):
            if self.closing.is_set():
                return
            tts = QTextToSpeech(name, self)
            if tts.state() != QTextToSpeech.State.Error:
                break
            reason = tts.errorString() or "no reason given"
            # Python's reference is now the last one: the failed engine goes with it, on this thread
            # (not deleteLater(): deferred deletes of objects made in Python crashed the kiosk, see i18n)
            tts.setParent(None)
            # on the speech thread, so the screen does not wait; a closing kiosk cuts the pause short
            if attempt + 1 < ATTEMPTS and self.closing.wait(RETRY_S):
                return
        else:
            self.voices_found.emit([], f"the {name} speech engine failed: {reason}")
            return
        self.tts = tts
        tts.stateChanged.connect(self._state)
        voices: list[Voice] = []
        seen: set[str] = set()
        for locale in [*tts.availableLocales(), QLocale.c()]:
            for voice in tts.allVoices(locale):
                if voice.name() in seen:
                    continue
                seen.add(voice.name())
                self.qt_voices[voice.name()] = voice
                voices.append(Voice(voice.name(), voice.locale().name()))
        problem = "" if voices else f"the {name} speech engine has no voices"
        self.voices_found.emit(voices, problem)

    def _state(self, state: object) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        self.speaking_changed.emit(state in (QTextToSpeech.State.Speaking, QTextToSpeech.State.Synthesizing))

    @Slot(str, str)
    def say(self, text: str, voice_name: str) -> None:
        if self.tts is None:
            return
        voice = self.qt_voices.get(voice_name)
        if voice is not None and self.tts.voice() != voice:
            self.tts.setVoice(voice)
        self.tts.say(text)  # says it in place of anything still being read

    @Slot()
    def stop(self) -> None:
        if self.tts is not None:
            self.tts.stop()

    @Slot()
    def close(self) -> None:
        if self.tts is not None:
            self.tts.stop()
            self.tts.setParent(None)
            self.tts = None  # deleted here, on its own thread
        # back to the application's thread, where Python's last reference will delete it
        self.moveToThread(QCoreApplication.instance().thread())
        QThread.currentThread().quit()


#: the default locale the engine starts under (``QtSpeechBackend.start``)
STARTING_LOCALE = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


class QtSpeechBackend(SpeechBackend):
    """QTextToSpeech on a thread of its own: starting it (and speech-dispatcher) never freezes the screen.

    The engine starts under an English default locale. Qt's speech-dispatcher engine sets its first
    voice from the application's default locale and refuses to start when none of its voices has that
    locale, which is the case for zh_CN with espeak-ng (its Mandarin voices report no locale Qt
    knows): a kiosk showing Chinese had no read-aloud at all. Each text is read in the voice chosen
    for its language (``pick_voice``), so the locale the engine started under does not matter after.
    The kiosk's own default locale is given back once the engine has started (unless the visitor
    changed language meanwhile, which set one of its own).
    """

    _start = Signal()
    _say = Signal(str, str)
    _stop = Signal()
    _close = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thread = QThread()
        self.thread.setObjectName("read-aloud")
        self.engine = _Engine()
        self.engine.moveToThread(self.thread)
        self._start.connect(self.engine.start)
        self._say.connect(self.engine.say)
        self._stop.connect(self.engine.stop)
        self._close.connect(self.engine.close)
        self._lent: QLocale | None = None  # the default locale given back once the engine has started
        self.engine.voices_found.connect(self._give_back_locale)
        self.engine.voices_found.connect(self.voices_found)
        self.engine.speaking_changed.connect(self.speaking_changed)

    def start(self) -> None:
        if QLocale().language() != STARTING_LOCALE.language():
            self._lent = QLocale()
            QLocale.setDefault(STARTING_LOCALE)
        self.thread.start()
        self._start.emit()

    def _give_back_locale(self) -> None:
        lent, self._lent = self._lent, None
        if lent is not None and QLocale() == STARTING_LOCALE:
            QLocale.setDefault(lent)

    def say(self, text: str, voice_name: str) -> None:
        self._say.emit(text, voice_name)

    def stop(self) -> None:
        self._stop.emit()

    def close(self) -> None:
        """Stop, end the engine on its thread and wait for the thread.

        A start still trying to reach speech-dispatcher gives up at once (``closing``), so the wait is
        only for a call into the engine under way: a thread destroyed while it runs aborts the process.
        """
        if self.thread.isRunning():
            self.engine.closing.set()
            self._close.emit()
            if not self.thread.wait(CLOSE_WAIT_MS):
                log.warning("read-aloud: the speech engine did not stop within %d ms", CLOSE_WAIT_MS)
                self.thread.wait()
