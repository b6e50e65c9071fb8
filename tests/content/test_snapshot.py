"""The catalogue snapshot: the same catalogue as reading the pack, and never a stale one."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk import paths
from kiosk.content import snapshot
from kiosk.content.loader import load_pack
from tests.content.conftest import LESSON, write_files

COURSE = paths.bundle_root() / "lessons"
QUIZ = "## Q {#q}\n- [x] a\n- [ ] b\n> why\n"


def saved(root: Path, tmp_path: Path) -> Path:
    file = snapshot.snapshot_file(tmp_path / "cache", root)
    before = snapshot.fingerprint(root)
    assert snapshot.save(load_pack(root), file, before)
    return file


def test_the_bundled_course_comes_back_equal(tmp_path: Path) -> None:
    pack = load_pack(COURSE)
    assert snapshot.pack_from_json(json.loads(json.dumps(snapshot.pack_to_json(pack)))) == pack
    file = saved(COURSE, tmp_path)
    assert snapshot.load(COURSE, file) == pack


def test_a_pack_with_problems_keeps_its_diagnostics(make_pack, tmp_path: Path) -> None:
    root = make_pack(
        {
            "pack.yaml": "title: {en: Booth, zh-CN: 展位}\ntips: [one]\ncolour: red\n",
            "good/lesson.md": "---\ntitle: Good\nminutes: 3\ntags: [a, b]\ntips: [two]\n---\nHi\n",
            "good/quiz.md": QUIZ,
            "good/lesson.zh-CN.md": "---\ntitle: 好\n---\n你好\n",
            "broken/lesson.md": "---\ntitle: [unclosed\n---\n",
            "Bad Name/lesson.md": LESSON,
        }
    )
    pack = load_pack(root)
    assert pack.diagnostics  # the unknown key, the broken front matter, the folder name
    assert snapshot.load(root, saved(root, tmp_path)) == pack


@pytest.mark.parametrize(
    "change",
    [
        lambda root: (root / "one/lesson.md").write_text(LESSON.replace("T", "New title"), encoding="utf-8"),
        lambda root: write_files(root, {"two/lesson.md": LESSON}),
        lambda root: (root / "one/quiz.md").unlink(),
        lambda root: write_files(root, {"one/lesson.zh-CN.md": LESSON}),
        lambda root: write_files(root, {"pack.yaml": "title: Another booth\n"}),
        lambda root: shutil.rmtree(root / "one"),
        lambda root: (root / "one").rename(root / "renamed"),
    ],
    ids=[
        "lesson edited",
        "lesson added",
        "quiz removed",
        "translation added",
        "pack.yaml edited",
        "lesson removed",
        "folder renamed",
    ],  # fmt: skip
)
def test_any_change_to_the_pack_makes_the_snapshot_stale(make_pack, tmp_path: Path, change) -> None:  # noqa: ANN001
    root = make_pack({"pack.yaml": "title: Booth\n", "one/lesson.md": LESSON, "one/quiz.md": QUIZ})
    file = saved(root, tmp_path)
    assert snapshot.load(root, file) is not None
    os.utime(root / "pack.yaml")  # touching a file without changing it is a change too (cheap to redo)
    assert snapshot.load(root, file) is None
    file = saved(root, tmp_path)
    change(root)
    assert snapshot.load(root, file) is None


def test_damaged_foreign_or_missing_snapshots_are_ignored(make_pack, tmp_path: Path) -> None:
    root = make_pack({"one/lesson.md": LESSON})
    file = saved(root, tmp_path)
    data = json.loads(file.read_text(encoding="utf-8"))
    assert snapshot.load(tmp_path / "elsewhere", file) is None  # another pack folder
    file.write_text(json.dumps({**data, "format": snapshot.FORMAT + 1}), encoding="utf-8")
    assert snapshot.load(root, file) is None  # written by another version
    file.write_text(json.dumps({**data, "pack": {"lessons": "nonsense"}}), encoding="utf-8")
    assert snapshot.load(root, file) is None
    file.write_text('{"format": 1, "root": ', encoding="utf-8")
    assert snapshot.load(root, file) is None
    file.unlink()
    assert snapshot.load(root, file) is None


def test_nothing_is_saved_when_the_pack_changed_while_it_was_read(make_pack, tmp_path: Path) -> None:
    root = make_pack({"one/lesson.md": LESSON})
    before = snapshot.fingerprint(root)
    pack = load_pack(root)
    write_files(root, {"two/lesson.md": LESSON})  # an operator copying lessons in meanwhile
    file = snapshot.snapshot_file(tmp_path, root)
    assert not snapshot.save(pack, file, before)
    assert not file.exists()
    assert not snapshot.save(pack, file, None)  # the folder could not be listed at all


def test_an_unwritable_cache_costs_nothing_but_the_snapshot(make_pack, tmp_path: Path) -> None:
    root = make_pack({"one/lesson.md": LESSON})
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    assert not snapshot.save(load_pack(root), blocker / "catalogue.json", snapshot.fingerprint(root))


def test_a_start_from_the_snapshot_reads_no_yaml(tmp_path: Path) -> None:
    """The point of it: the catalogue before the first frame without importing PyYAML."""
    code = (
        "import sys; from pathlib import Path; from kiosk.app import open_catalogue;"
        "from kiosk.settings import Settings;"
        f"pack, save = open_catalogue(Settings(lessons=Path({str(COURSE)!r})));"
        "print(len(pack.lessons), save is None, 'yaml' in sys.modules);"
        "save and save()"
    )
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path / "cache"))
    runs = [
        subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
        for _ in range(2)
    ]
    lessons = len(load_pack(COURSE).lessons)
    assert runs[0].stdout.split() == [str(lessons), "False", "True"]  # read, then saved
    assert runs[1].stdout.split() == [str(lessons), "True", "False"]  # from the snapshot, no YAML
