"""Read-aloud with a real engine: Qt's speech-dispatcher backend with espeak-ng on Linux.

The engine lists its voices, English and Chinese have one, and a short text is spoken to the end
(the engine goes from speaking back to ready). The sound goes to ALSA's null device, through a
speech-dispatcher of the test's own (its own config, socket and log folders), so that the test needs
no sound card and leaves no server behind. It skips, saying why, where speech-dispatcher or its
espeak-ng module is not installed, except under KIOSK_REQUIRE_SPEECH=1 (set by .ci/run, which installs
them), where a missing engine fails.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from kiosk.ui.speech import QtSpeechBackend, Speaker

MODULE = Path("/usr/lib/speech-dispatcher-modules/sd_espeak-ng")

pytestmark = pytest.mark.slow


def need_engine() -> None:
    missing = []
    if not sys.platform.startswith("linux"):
        missing.append("Linux (this test drives speech-dispatcher)")
    elif shutil.which("speech-dispatcher") is None:
        missing.append("speech-dispatcher")
    elif not MODULE.exists():
        missing.append(f"its espeak-ng module ({MODULE}: Debian's speech-dispatcher-espeak-ng)")
    if missing:
        reason = f"needs {', '.join(missing)}; .ci/run installs them"
        if os.environ.get("KIOSK_REQUIRE_SPEECH"):
            pytest.fail(f"{reason}, and KIOSK_REQUIRE_SPEECH says the engine must be there")
        pytest.skip(reason)


@pytest.fixture
def private_speech_dispatcher(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A speech-dispatcher that plays into ALSA's null device, stopped after the test."""
    need_engine()
    config = tmp_path / "config" / "speech-dispatcher"
    config.mkdir(parents=True)
    (config / "speechd.conf").write_text(
        'AudioOutputMethod "alsa"\n'
        'AudioALSADevice "null"\n'
        'AddModule "espeak-ng" "sd_espeak-ng" "espeak-ng.conf"\n'
        "DefaultModule espeak-ng\n",
        encoding="utf-8",
    )
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    # Named outright: GLib keeps the runtime folder it first saw, so in a long test run the engine
    # would look for the server where the environment said before this test changed it.
    socket = runtime / "speech-dispatcher" / "speechd.sock"
    monkeypatch.setenv("SPEECHD_ADDRESS", f"unix_socket:{socket}")
    # Started here rather than by the engine's first connection, whose wait for it is short: on a
    # loaded machine the server can take longer than that to come up.
    socket.parent.mkdir(mode=0o700)
    subprocess.run(
        [
            "speech-dispatcher",
            "--spawn",
            "--communication-method",
            "unix_socket",
            "--socket-path",
            str(socket),
        ],
        check=True,
        timeout=60,
        capture_output=True,
    )
    deadline = time.monotonic() + 60
    while not socket.exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert socket.exists(), "speech-dispatcher did not open its socket within a minute"
    # As in a kiosk showing Chinese: Qt's speechd engine alone fails to start under this default
    # locale ("Failed to initialize default locale and voice"; espeak-ng's Mandarin voices have no
    # locale Qt knows), so the backend starts it under an English one and gives zh_CN back.
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    yield runtime
    QLocale.setDefault(before)
    # The server the engine started for this test (it would quit by itself after a while), by its pid.
    for pid_file in (runtime / "speech-dispatcher" / "pid").glob("*.pid"):
        try:
            os.kill(int(pid_file.read_text().split()[0]), signal.SIGTERM)
        except (ProcessLookupError, ValueError, OSError):
            pass


def test_a_real_engine_lists_voices_and_speaks_a_text_to_the_end(
    qtbot, private_speech_dispatcher: Path
) -> None:  # noqa: ANN001
    backend = QtSpeechBackend()
    try:
        with qtbot.waitSignal(backend.voices_found, timeout=90_000) as found:
            speaker = Speaker(backend)
        voices, problem = found.args
        assert problem == "" and voices, problem
        assert QLocale().name() == "zh_CN"  # the kiosk's default locale, given back
        assert speaker.available("en") and speaker.voice_for("en").locale.startswith("en")
        # espeak-ng's Mandarin has no locale Qt knows; it is found by its name
        assert speaker.available("zh-CN") and speaker.voice_for("zh-CN").name.startswith("Chinese")

        changes: list[bool] = []
        backend.speaking_changed.connect(changes.append)
        with qtbot.waitSignal(backend.speaking_changed, timeout=10_000, check_params_cb=lambda s: s):
            assert speaker.speak("Hello, visitor.", "en")
        with qtbot.waitSignal(backend.speaking_changed, timeout=20_000, check_params_cb=lambda s: not s):
            pass
        assert changes[0] is True and changes[-1] is False and not speaker.speaking

        # Stopping in the middle: a long text is cut off and the engine is ready again at once.
        with qtbot.waitSignal(backend.speaking_changed, timeout=10_000, check_params_cb=lambda s: s):
            speaker.speak("这是一个很长的句子。" * 20, "zh-CN")
        with qtbot.waitSignal(backend.speaking_changed, timeout=5_000, check_params_cb=lambda s: not s):
            backend.stop()
    finally:
        backend.close()
    assert not backend.thread.isRunning()
