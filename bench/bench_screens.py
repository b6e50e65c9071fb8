"""Screen changes in the running kiosk: each tap's handling, layout and paint, measured in-process.

Walks the whole journey (attract -> catalogue -> the largest bundled lesson, every page -> every
question -> result -> catalogue -> finish, plus an idle reset) many times at 1920x1080 offscreen, and
reports p50 and p99 per kind of change. The target is under 50 ms for every change.

A change is timed from the tap to the new screen painted: the tap's slot, then the event loop's
pending work (layout requests and the paint they cause, which ``processEvents()`` delivers; a screen
that got no paint event there is repainted synchronously and counted). With ``--think-ms N`` (the
default) the event loop runs freely for N ms between taps, as it does while a visitor reads, and each
tap is delivered through the event loop and timed from the moment it was due, so a tap that has to
wait behind other work (a timer, a background step) counts that wait. ``--think-ms 0`` fires the taps
back to back with no idle time at all. Wall time is the measure; the main thread's CPU time is printed
beside it because on a shared machine other processes inflate wall time.

Each kind's row also counts its changes of 50 ms or more, and how many of those used 50 ms of the
main thread's CPU themselves (the others waited for the machine). With ``--slowest N`` the N slowest
changes are listed with where their time went (the wait for the tap, the slot, the event loop's
layout and paint; CPU time; times the thread was descheduled; page faults; a speed probe run right
after), to tell a first-time cost from the machine's other work. ``--profile-slow MS`` runs every
change under cProfile and prints the profile of each change whose CPU time passed MS, and
``--profile-kind CHANGE`` the summed profile of one kind: for finding causes only, as the profiler
slows every change. ``--samples-out FILE`` keeps every change's figures, and ``--pool FILE...``
reports on several runs' samples together (more changes of each kind than one run of a few minutes).

    .venv/bin/python bench/bench_screens.py [--cycles 30] [--size 1920x1080] [--think-ms 250] [--slowest 12]
        [--samples-out F]
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import gc
import io
import json
import os
import pstats
import resource
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def largest_lesson(pack_root: Path) -> str:
    def size(folder: Path) -> int:
        return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())

    folders = [p for p in pack_root.iterdir() if (p / "lesson.md").is_file()]
    return max(folders, key=size).name


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


class GcPauses:
    """Collector pauses (ms) that fall inside timed changes, to tell GC spikes from other causes."""

    def __init__(self) -> None:
        self.timing = False
        self.pauses: list[float] = []
        self._start = 0.0
        gc.callbacks.append(self._callback)

    def _callback(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._start = time.perf_counter()
        elif self.timing:
            self.pauses.append((time.perf_counter() - self._start) * 1000)


@dataclass(frozen=True)
class Sample:
    """One timed change and where its time went (ms)."""

    index: int
    cycle: int
    kind: str
    wall: float
    cpu: float
    wait: float  # from the tap being due to its slot starting
    slot: float  # the slot (the journey call and the screen's render)
    events: float  # processEvents(): layout requests and the paint
    descheduled: int  # involuntary context switches of the main thread during the change
    faults: int = 0  # page faults of the main thread during the change (fresh memory touched)
    probe: float = 0.0  # CPU ms of a fixed piece of Python run right after the change (machine speed)


def thread_switches() -> int:
    return resource.getrusage(resource.RUSAGE_THREAD).ru_nivcsw


def speed_probe() -> float:
    """CPU ms of the same small piece of pure Python each time: when it takes several times its usual
    time, the machine itself was slow then (another process on the core's other hyperthread, the host)."""
    start = time.thread_time()
    total = 0
    for i in range(8_000):
        total += i % 7
    return (time.thread_time() - start) * 1000


def thread_faults() -> int:
    usage = resource.getrusage(resource.RUSAGE_THREAD)
    return usage.ru_minflt + usage.ru_majflt


def machine_ticks() -> tuple[int, int, int]:
    """The machine's busy, steal and total CPU ticks so far (from /proc/stat; zeros elsewhere)."""
    try:
        fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    except (OSError, ValueError):
        return 0, 0, 0
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
    steal = fields[7] if len(fields) > 7 else 0
    return sum(fields[:8]) - idle - steal, steal, sum(fields[:8])


def report(samples: list[Sample], limit: float = 50.0) -> float:
    """Print p50/p99 per kind of change and over all, wall and CPU; return p99 over all (wall)."""
    kinds: dict[str, list[Sample]] = defaultdict(list)
    for sample in samples:
        kinds[sample.kind].append(sample)
    print(
        f"{'change':40} {'n':>4} {'p50 ms':>7} {'p99 ms':>7} {'max ms':>7} {'cpu p50':>8} {'cpu p99':>8}"
        f" {f'>{limit:.0f} wall':>8} {'of them cpu':>11}"
    )

    def row(name: str, group: list[Sample]) -> None:
        wall, used = [s.wall for s in group], [s.cpu for s in group]
        over = [s for s in group if s.wall >= limit]
        print(
            f"{name:40} {len(wall):4d} {statistics.median(wall):7.1f} {percentile(wall, 0.99):7.1f} "
            f"{max(wall):7.1f} {statistics.median(used):8.1f} {percentile(used, 0.99):8.1f}"
            f" {len(over):8d} {sum(s.cpu >= limit for s in over):11d}"
        )

    for name, group in kinds.items():
        row(name, group)
    row("all changes", samples)
    print(
        f"(p99 is the value below which 99% of a kind's changes fall; with fewer than 52 changes of a kind it is"
        f" that kind's slowest. '>{limit:.0f} wall': changes at or over {limit:.0f} ms; 'of them cpu': those"
        f" whose main thread itself used {limit:.0f} ms of CPU, the rest waited for the machine)"
    )
    return percentile([s.wall for s in samples], 0.99)


def main() -> int:  # noqa: PLR0915 (one straight walk through the journey)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cycles", type=int, default=30)
    parser.add_argument("--size", default="1920x1080", help="the window, WIDTHxHEIGHT (1080x1920: portrait)")
    parser.add_argument("--think-ms", type=int, default=250, help="idle event loop between taps (0: none)")
    parser.add_argument("--slowest", type=int, default=12, help="list the N slowest changes (0: none)")
    parser.add_argument(
        "--profile-slow", type=float, default=0.0, metavar="MS", help="profile changes over MS of CPU time"
    )
    parser.add_argument(
        "--profile-kind",
        metavar="CHANGE",
        help="profile every change of this kind and print the sum (slows it)",
    )
    parser.add_argument("--samples-out", type=Path, help="write every change's figures to this JSON file")
    parser.add_argument(
        "--pool",
        type=Path,
        nargs="+",
        metavar="JSON",
        help="only report on the samples of earlier runs, pooled",
    )
    args = parser.parse_args()
    if args.pool:
        pooled = [Sample(**item) for path in args.pool for item in json.loads(path.read_text())]
        print(f"{len(args.pool)} runs pooled: {', '.join(str(path) for path in args.pool)}")
        return 0 if report(pooled) < 50 else 1

    from PySide6.QtCore import QEvent, QEventLoop, QObject, QSize, Qt, QTimer

    from kiosk import app as kiosk_app
    from kiosk import paths
    from kiosk.journey import Screen
    from kiosk.journey.records import NullRecorder
    from kiosk.settings import Settings
    from kiosk.ui import fonts

    qapp = kiosk_app.application()
    fonts.register_bundled_fonts()
    settings = Settings(windowed=True, idle_timeout=0)
    pack = kiosk_app.open_pack(settings)
    lesson_id = largest_lesson(paths.default_lessons_dir())
    journey = kiosk_app.make_journey(pack, settings, NullRecorder())
    width, height = (int(side) for side in args.size.split("x"))
    window = kiosk_app.make_window(qapp, journey, settings, QSize(width, height))
    window.setFixedSize(width, height)
    window.show()
    window.router.prebuild()  # as the app does right after the first frame
    settle = getattr(kiosk_app, "settle_memory", None)
    if settle is not None:
        settle()  # as the app does then: start-up's objects frozen out of the collector's sight
    qapp.processEvents()
    router = window.router
    gc_pauses = GcPauses()
    machine_before, own_before = machine_ticks(), os.times()

    class PaintSeen(QObject):
        """Notes that a screen received a paint event (installed on the screens only, so it is cheap)."""

        painted: set[QObject] = set()

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
            if event.type() == QEvent.Type.Paint:
                self.painted.add(watched)
            return False

    paint_seen = PaintSeen()
    for screen in router.built_screens:
        screen.installEventFilter(paint_seen)
    repainted = 0

    samples: list[Sample] = []
    profiles: list[tuple[Sample, str]] = []
    kind_profile: list[cProfile.Profile] = []
    cycle_now = 0

    def change(name: str, action: Callable[[], object], start: float) -> None:
        nonlocal repainted
        fired = time.perf_counter()
        switches, faults = thread_switches(), thread_faults()
        start_cpu = time.thread_time()
        profiler = cProfile.Profile() if args.profile_slow > 0 or name == args.profile_kind else None
        gc_pauses.timing = True
        PaintSeen.painted.clear()
        if profiler is not None:
            profiler.enable()
        action()
        slot_done = time.perf_counter()
        qapp.processEvents()  # layout requests, and the paint they cause, as the event loop would
        if router.current not in PaintSeen.painted:
            window.repaint()  # never seen so far; kept so that a change is never timed unpainted
            repainted += 1
        if profiler is not None:
            profiler.disable()
        gc_pauses.timing = False
        end = time.perf_counter()
        used = (time.thread_time() - start_cpu) * 1000
        sample = Sample(
            index=len(samples),
            cycle=cycle_now,
            kind=name,
            wall=(end - start) * 1000,
            cpu=used,
            wait=(fired - start) * 1000,
            slot=(slot_done - fired) * 1000,
            events=(end - slot_done) * 1000,
            descheduled=thread_switches() - switches,
            faults=thread_faults() - faults,
            probe=speed_probe(),  # after the change is timed, in the visitor's reading time
        )
        samples.append(sample)
        if profiler is not None and name == args.profile_kind:
            kind_profile.append(profiler)
        if profiler is not None and args.profile_slow > 0 and used > args.profile_slow:
            out = io.StringIO()
            pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(14)
            profiles.append((sample, out.getvalue()))

    loop = QEventLoop()
    tap_timer = QTimer()
    tap_timer.setSingleShot(True)
    tap_timer.setTimerType(Qt.TimerType.PreciseTimer)
    next_tap: list[Callable[[], None]] = []
    tap_timer.timeout.connect(lambda: next_tap.pop()())

    def step(name: str, action: Callable[[], object]) -> None:
        if args.think_ms <= 0:
            change(name, action, time.perf_counter())
            return
        due = time.perf_counter() + args.think_ms / 1000

        def tap() -> None:
            # Timed from when the tap was due: waiting behind other work in the event loop counts.
            change(name, action, min(due, time.perf_counter()))
            loop.quit()

        next_tap.append(tap)
        tap_timer.start(args.think_ms)
        loop.exec()

    for cycle in range(args.cycles):
        cycle_now = cycle
        language = pack.languages[cycle % len(pack.languages)]
        switched = journey.language != language
        if switched:
            step("language switch on attract", lambda language=language: router.set_language(language))
        name = "attract -> catalogue" + (" (new language)" if switched else "")
        step(name, lambda: router._call(journey.start))  # noqa: SLF001
        # parsed ahead as in the kiosk (the warm-up thread), so the tap opens it at once
        router.journey.lesson_loader(router.journey.pack.lesson(lesson_id), router.journey.language)
        step(f"open largest lesson ({lesson_id})", lambda: router.open_lesson(lesson_id))
        while not journey.on_last_page:
            step("next page", lambda: router._call(journey.next_page))  # noqa: SLF001
        step("previous page", lambda: router._call(journey.previous_page))  # noqa: SLF001
        step("next page", lambda: router._call(journey.next_page))  # noqa: SLF001
        step("last page -> first question", lambda: router._call(journey.next_page))  # noqa: SLF001
        while journey.screen is Screen.QUESTION:
            first = journey.question.choices[0].id
            step("tap a choice", lambda first=first: router._call(journey.toggle_choice, first))  # noqa: SLF001
            step("confirm -> feedback", lambda: router._call(journey.confirm))  # noqa: SLF001
            name = "feedback -> result" if journey.outcome.is_last else "feedback -> next question"
            step(name, lambda: router._call(journey.next_question))  # noqa: SLF001
        step("result -> catalogue", lambda: router._call(journey.try_another))  # noqa: SLF001
        if cycle % 2:
            step("catalogue -> attract (finish)", lambda: router._call(journey.finish))  # noqa: SLF001
        else:
            step("idle reset -> attract", router.reset)

    machine_after, own_after = machine_ticks(), os.times()
    think = f"{args.think_ms} ms idle between taps" if args.think_ms > 0 else "taps back to back"
    print(f"{args.cycles} cycles at {args.size}, offscreen, {think}; Python {sys.version.split()[0]}")
    print(f"load average before the run's end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    total = machine_after[2] - machine_before[2]
    if total > 0:
        # Ticks are per core: the share of all cores' time, times the cores, is cores busy on average.
        cores = os.cpu_count() or 1
        own = (own_after.user + own_after.system - own_before.user - own_before.system) * os.sysconf(
            "SC_CLK_TCK"
        )
        others = max(0.0, (machine_after[0] - machine_before[0] - own) / total * cores)
        steal = (machine_after[1] - machine_before[1]) / total * cores
        print(
            f"during the run other processes kept {others:.2f} of the {cores} cores busy on average; stolen {steal:.2f}"
        )
    everything = [s.wall for s in samples]
    report(samples)
    longest = max(gc_pauses.pauses, default=0.0)
    print(f"collector pauses inside changes: {len(gc_pauses.pauses)}, longest {longest:.1f} ms")
    print(f"changes whose screen processEvents() did not paint (repainted synchronously): {repainted}")
    if args.slowest > 0:
        print(
            f"\nslowest {args.slowest} changes (ms; desched = times the main thread was descheduled,"
            " faults = its page faults, probe = the speed probe's CPU time right after, over its median):"
        )
        print(
            f"{'#':>4} {'cycle':>5} {'change':40} {'wall':>6} {'cpu':>6} {'wait':>5} {'slot':>6} {'events':>6} {'desched':>7} {'faults':>6} {'probe':>6}"
        )
        usual = statistics.median(s.probe for s in samples)
        for s in sorted(samples, key=lambda s: s.wall, reverse=True)[: args.slowest]:
            print(
                f"{s.index:4d} {s.cycle:5d} {s.kind:40} {s.wall:6.1f} {s.cpu:6.1f} {s.wait:5.1f} "
                f"{s.slot:6.1f} {s.events:6.1f} {s.descheduled:7d} {s.faults:6d} {s.probe / usual:5.1f}x"
            )
    if samples and samples[0].probe > 0:
        usual = statistics.median(s.probe for s in samples)
        slow = [s for s in samples if s.wall >= 50]
        print(
            f"speed probe (a fixed bit of Python after each change, median {usual:.2f} ms CPU): 2x or more after"
            f" {sum(s.probe >= 2 * usual for s in slow)} of the {len(slow)} changes of 50 ms or more, after"
            f" {sum(s.probe >= 2 * usual for s in samples)} of all {len(samples)}"
        )
    if args.samples_out is not None:
        args.samples_out.write_text(json.dumps([dataclasses.asdict(s) for s in samples], indent=0))
    if kind_profile:
        print(f"\n--- {len(kind_profile)} changes '{args.profile_kind}' profiled together:")
        pstats.Stats(*kind_profile).sort_stats("tottime").print_stats(25)
    for sample, text in profiles:
        print(
            f"\n--- profile of change #{sample.index} (cycle {sample.cycle}, {sample.kind}): cpu {sample.cpu:.1f} ms"
        )
        print(text)
    window.leave_kiosk()
    sys.stdout.flush()
    # Skip interpreter teardown: PySide6 can crash destroying widgets at exit, which says nothing
    # about the kiosk and would hide the exit status.
    os._exit(0 if percentile(everything, 0.99) < 50 else 1)


if __name__ == "__main__":
    sys.exit(main())
