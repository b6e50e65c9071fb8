"""A true/false question from its quiz file to the results database and the console's words for it."""

from __future__ import annotations

from pathlib import Path

from kiosk.content.loader import load_lesson, load_pack
from kiosk.journey import Journey, Screen
from kiosk.operator.labels import Labels
from kiosk.results.store import ResultsStore

QUIZ = "## A bank may ask for your PIN by text. {#pin}\n\n- [x] False\n  > Never.\n- [ ] True\n"


def test_a_true_false_answer_is_stored_under_its_choice_and_named_in_words(tmp_path: Path) -> None:
    pack_root = tmp_path / "pack"
    (pack_root / "pins").mkdir(parents=True)
    (pack_root / "pins" / "lesson.md").write_text("---\ntitle: PINs\n---\n# Page\n", encoding="utf-8")
    (pack_root / "pins" / "quiz.md").write_text(QUIZ, encoding="utf-8")
    pack = load_pack(pack_root)
    store = ResultsStore.open(None)
    journey = Journey(pack, load_lesson, store, new_seed=lambda: 3)
    journey.start()
    journey.open_lesson("pins")
    journey.next_page()
    assert journey.screen is Screen.QUESTION and journey.question.kind == "true_false"
    assert [c.id for c in journey.question.choices] == ["true", "false"]
    journey.toggle_choice("true")
    assert journey.confirm().correct is False
    store.flush()
    assert store.db is not None
    rows = list(store.db.query("SELECT question_id, chosen, correct FROM answers"))
    assert rows == [{"question_id": "pin", "chosen": "true", "correct": 0}]
    labels = Labels(pack, "en", load_lesson)
    assert labels.choice("pins", "pin", "true") == ("True", False)
    assert labels.choice("pins", "pin", "false") == ("False", True)
    store.close()
