"""A speech backend for tests: it records what it is told to say and stop, and speaks nothing."""

from __future__ import annotations

from kiosk.ui.speech import SpeechBackend, Voice

ENGLISH_ONLY = [Voice("English (America)", "en_US"), Voice("English (America)+Adam", "en_US")]
BOTH = [*ENGLISH_ONLY, Voice("Chinese (Mandarin, latin as English)", "C")]


class FakeSpeechBackend(SpeechBackend):
    """Finds ``voices`` (or ``problem``) when started; ``said`` holds (text, voice name) in order."""

    def __init__(self, voices: list[Voice] | None = None, problem: str = "", *, at_once: bool = True) -> None:
        super().__init__()
        self.voices = BOTH if voices is None else voices
        self.problem = problem
        self.at_once = at_once  # False: the voices come later, by ``finish_starting``
        self.said: list[tuple[str, str]] = []
        self.stops = 0
        self.closed = False

    def start(self) -> None:
        if self.at_once:
            self.finish_starting()

    def finish_starting(self) -> None:
        self.voices_found.emit([] if self.problem else self.voices, self.problem)

    def say(self, text: str, voice_name: str) -> None:
        self.said.append((text, voice_name))

    def stop(self) -> None:
        self.stops += 1

    def done(self) -> None:
        """The engine read to the end."""
        self.speaking_changed.emit(False)

    def close(self) -> None:
        self.closed = True
