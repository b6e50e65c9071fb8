"""The console names things through Labels: the pack's words first, then the results' recorded words
(content the pack no longer has), then the ids."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kiosk.content.loader import load_lesson, load_pack
from kiosk.operator.labels import Labels

PACK = Path(__file__).resolve().parents[1] / "ui" / "data" / "pack"


@dataclass(frozen=True)
class Recorded:
    choice_id: str
    text: str
    correct: bool


@dataclass
class RecordedWords:
    """What a results file recorded of a lesson since taken out of the pack (kiosk.results.words' shape)."""

    titles: dict[str, str] = field(default_factory=lambda: {"gone": "An old lesson"})
    texts: dict[tuple[str, str], str] = field(default_factory=lambda: {("gone", "q1"): "Old question?"})
    recorded: dict[tuple[str, str], tuple[Recorded, ...]] = field(
        default_factory=lambda: {
            ("gone", "q1"): (
                Recorded("a", "Yes", True),
                Recorded("b", "No", False),
                Recorded("c", "Both", True),
            )
        }
    )

    def lesson(self, lesson_id: str) -> str:
        return self.titles.get(lesson_id, lesson_id)

    def question(self, lesson_id: str, question_id: str) -> str:
        return self.texts.get((lesson_id, question_id), question_id)

    def choices(self, lesson_id: str, question_id: str) -> tuple[Recorded, ...]:
        return self.recorded.get((lesson_id, question_id), ())


def test_the_pack_names_what_it_has_in_the_console_language() -> None:
    labels = Labels(load_pack(PACK), "zh-CN", load_lesson, RecordedWords())
    assert labels.lesson_title("basics") != "basics"
    assert labels.choice_ids("basics", "strong") == ("a", "b", "c")
    assert labels.choice("basics", "strong", "b") == ("correct-horse-battery-staple", True)
    assert labels.several_right("basics", "safer") and not labels.several_right("basics", "strong")


def test_recorded_words_name_what_the_pack_no_longer_has_and_ids_the_rest() -> None:
    labels = Labels(load_pack(PACK), "en", load_lesson, RecordedWords())
    assert labels.lesson_title("gone") == "An old lesson"
    assert labels.question("gone", "q1") == "Old question?"
    assert labels.choice_ids("gone", "q1") == ("a", "b", "c")
    assert labels.choice("gone", "q1", "b") == ("No", False)
    assert labels.several_right("gone", "q1")
    # Never shown, never recorded: the ids.
    assert labels.question("gone", "q2") == "q2" and labels.choice("gone", "q2", "a") == ("a", None)
    assert labels.lesson_title("unknown") == "unknown"
    # Without recorded words, the ids as before.
    bare = Labels(load_pack(PACK), "en", load_lesson)
    assert bare.lesson_title("gone") == "gone" and bare.choice_ids("gone", "q1") == ()
