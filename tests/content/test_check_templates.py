"""Every `kiosk check` message is built from a template marked for translation, so none can reach the
Chinese console in English unnoticed; the English the CLI prints is unchanged by it.

The scan reads kiosk/content's source: each error()/warning() call's message must be a
``QT_TRANSLATE_NOOP("check", "...")`` literal (or a choice between two, or a name bound only to such),
or a phrase another function built as marked ``Text`` (``PASSED_ON``, each checked below). The
importers' messages go only to the command line and stay English: ``FENCED`` counts them exactly.
"""

from __future__ import annotations

import ast
import json
import pickle
import string
from pathlib import Path

import pytest

from kiosk.content import quality
from kiosk.content.diagnostics import QT_TRANSLATE_NOOP, Diagnostic, Text, error, warning
from kiosk.content.loader import _saved_as_problem
from kiosk.content.pictures import picture_problem
from kiosk.content.resources import image_problem, refusal
from kiosk.content.snapshot import pack_from_json, pack_to_json
from kiosk.content.takehome import link_problem

CONTENT = Path(__file__).resolve().parents[2] / "kiosk" / "content"

#: messages handed over already in words (Text built from a marked template by the function named)
PASSED_ON = {
    ("check.py", "quality.longest_message(longest, judged, language=language)"),
    ("quality.py", "longest_message(len(longest), len(judged), lines=lines)"),
    ("loader.py", "problem"),  # link_problem
    ("loader.py", "_saved_as_problem(item.name)"),
    ("kinds/spot.py", "problem"),  # image_problem
    ("render.py", "problem"),  # image_problem or refusal
}
#: the importers' messages: `kiosk import` prints them; the console never shows them (English only)
FENCED = {
    "importers/__init__.py": 3,
    "importers/aiken.py": 2,
    "importers/encoding.py": 7,
    "importers/excel.py": 5,
    "importers/gift.py": 2,
    "importers/model.py": 1,
    "importers/writer.py": 5,
}


def _is_marked(node: ast.AST, marked_names: set[str]) -> bool:
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "QT_TRANSLATE_NOOP":
        return (
            len(node.args) == 2
            and isinstance(node.args[0], ast.Constant)
            and node.args[0].value == "check"
            and isinstance(node.args[1], ast.Constant)
            and isinstance(node.args[1].value, str)
        )
    if isinstance(node, ast.IfExp):
        return _is_marked(node.body, marked_names) and _is_marked(node.orelse, marked_names)
    return isinstance(node, ast.Name) and node.id in marked_names


def _marked_names(tree: ast.Module) -> set[str]:
    """Names every assignment of which (in the module) is a marked template."""
    values: dict[str, list[ast.AST]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    values.setdefault(target.id, []).append(node.value)
    return {name for name, given in values.items() if all(_is_marked(v, set()) for v in given)}


def _calls() -> list[tuple[str, ast.Call, str, bool]]:
    """(file, call, message source, marked) for every error(), warning() and Text() in kiosk/content."""
    found = []
    for file in sorted(CONTENT.rglob("*.py")):
        if file.name == "diagnostics.py":  # where error(), warning() and Text are defined
            continue
        tree = ast.parse(file.read_text(encoding="utf-8"))
        names = _marked_names(tree)
        rel = file.relative_to(CONTENT).as_posix()
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            if node.func.id in ("error", "warning") and len(node.args) >= 3:
                message = node.args[2]
            elif node.func.id == "Text" and node.args:
                message = node.args[0]
            else:
                continue
            found.append((rel, node, ast.unparse(message), _is_marked(message, names)))
    return found


def _templates(node: ast.AST) -> list[str]:
    if isinstance(node, ast.IfExp):
        return _templates(node.body) + _templates(node.orelse)
    if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP":
        return [node.args[1].value]  # type: ignore[attr-defined]
    return []


def marked_templates() -> list[str]:
    """Every ``QT_TRANSLATE_NOOP("check", "...")`` text in kiosk/content, in file order."""
    found = []
    for file in sorted(CONTENT.rglob("*.py")):
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
            found += _templates(node) if isinstance(node, ast.Call) else []
    return found


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_check_message_outside_the_importers_is_marked_for_translation():
    unmarked = [(f, src) for f, _, src, marked in _calls() if not marked and not f.startswith("importers/")]
    assert sorted(set(unmarked) - PASSED_ON) == [], "mark these with QT_TRANSLATE_NOOP('check', ...)"
    assert sorted(PASSED_ON - set(unmarked)) == [], "PASSED_ON names a call that is gone or now marked"


def test_the_untranslated_importer_messages_are_exactly_the_fenced_ones():
    counts: dict[str, int] = {}
    for file, _, _, marked in _calls():
        if file.startswith("importers/") and not marked:
            counts[file] = counts.get(file, 0) + 1
    assert counts == FENCED


def test_each_template_names_exactly_the_arguments_its_call_gives():
    mismatched = []
    for file, call, _, _ in _calls():
        message = call.args[2] if call.func.id in ("error", "warning") else call.args[0]  # type: ignore[attr-defined]
        if any(k.arg is None for k in call.keywords):  # **args: checked where the dict is built
            continue
        given = {k.arg for k in call.keywords}
        for template in _templates(message):
            if given and _fields(template) != given:
                mismatched.append((file, call.lineno, template, sorted(given)))
            if not given and "{" in template:  # without arguments a template is taken literally
                mismatched.append((file, call.lineno, template, []))
    assert mismatched == []


def test_passed_on_phrases_are_marked_text(tmp_path: Path):
    svg = tmp_path / "lesson" / "zipped.svg"
    svg.parent.mkdir()
    svg.write_bytes(b"\x1f\x8b compressed")
    phrases = [
        image_problem(tmp_path / "lesson", tmp_path, "missing.png"),
        image_problem(tmp_path / "lesson", tmp_path, "zipped.svg"),
        refusal("https://example.org/a.png"),
        refusal("C:\\pictures\\a.png"),
        link_problem("http://example.org"),
        link_problem(3),
        _saved_as_problem("quiz.md.txt"),
        _saved_as_problem("lesson.docx"),
        picture_problem(svg),
        quality.longest_message(5, 6, lines="3, 9"),
        quality.longest_message(5, 6, language="zh-CN"),
    ]
    marked = set(marked_templates())
    for phrase in phrases:
        assert isinstance(phrase, Text) and phrase.template in marked, phrase
    # the picture's problem is a translatable phrase inside the message that carries it
    nested = image_problem(tmp_path / "lesson", tmp_path, "zipped.svg")
    assert str(nested) == "picture 'zipped.svg' is compressed (save it as a plain .svg)"
    assert dict(nested.args)["problem"].template == "is compressed (save it as a plain .svg)"


def test_a_diagnostic_keeps_the_english_and_its_template_and_arguments():
    template = QT_TRANSLATE_NOOP("check", "question '{id}' has only one choice")
    found = warning(Path("quiz.md"), 4, template, id="q1")
    assert str(found) == "quiz.md:4: warning: question 'q1' has only one choice"
    assert found.message == "question 'q1' has only one choice"
    assert (found.template, found.args) == (template, {"id": "q1"})
    # equal to the same English built without a template: sorting and de-duplication are unchanged
    assert found == Diagnostic(Path("quiz.md"), 4, found.severity, "question 'q1' has only one choice")
    # a literal template: braces the teacher typed are not format fields
    assert error(Path("a"), 1, "use {#id}").message == "use {#id}"


@pytest.mark.parametrize("copy", [pickle.loads, lambda data: data], ids=["pickled", "as-is"])
def test_templates_survive_the_worker_processes_and_the_catalogue_snapshot(copy, sample_pack: Path):  # noqa: ANN001
    from kiosk.content.loader import load_pack

    (sample_pack / "broken").mkdir()
    (sample_pack / "broken" / "lesson.md").write_text("---\ntitel: x\n---\nHi\n", encoding="utf-8")
    pack = load_pack(sample_pack)
    assert pack.diagnostics
    for diagnostic in pack.diagnostics:
        again = copy(pickle.dumps(diagnostic)) if copy is pickle.loads else diagnostic
        assert (again.template, again.args) == (diagnostic.template, diagnostic.args)
    restored = pack_from_json(json.loads(json.dumps(pack_to_json(pack))))
    assert [(d.message, d.template, d.args) for d in restored.diagnostics] == [
        (d.message, d.template, d.args) for d in pack.diagnostics
    ]
    assert any(d.template != d.message for d in restored.diagnostics)
