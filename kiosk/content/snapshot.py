"""A snapshot of a pack's catalogue, so the kiosk can draw its first screen without reading any YAML.

``load_pack`` reads ``pack.yaml`` and the front matter of every lesson with PyYAML, and importing
PyYAML alone costs the kiosk's start more than reading the whole catalogue. A snapshot is that
catalogue as JSON, with the size and modification time of every file and folder it was read from;
it is used only while all of those are unchanged (a lesson edited, added, renamed or removed makes it
stale, and the pack is read again). Anything unexpected in a snapshot file means "no snapshot".
No Qt here.
"""

from __future__ import annotations

import json
import os
import zlib
from pathlib import Path
from typing import Any

from kiosk.content.diagnostics import Diagnostic, Severity, Text
from kiosk.content.layout import LESSON_FILE, PACK_FILE, file_stamp, is_lesson_folder
from kiosk.content.model import LessonEntry, LessonMeta, Pack

#: bump when the snapshot's layout or the loader's reading of a pack changes
FORMAT = 4  # 2: symbolic links, non-finite numbers and markup are checked (issue 15); 3: hook, link;
# 4: a diagnostic's message keeps its template and arguments (the console shows it translated)

Fingerprint = list[list[object]]


def _stamp(path: str | Path) -> list[object]:
    """``file_stamp`` as JSON keeps it (a list), ``[None]`` for a missing file."""
    return list(file_stamp(path) or (None,))


def fingerprint(root: Path) -> Fingerprint:
    """What the catalogue depends on: the pack's folders, ``pack.yaml`` and every lesson and quiz file.

    Costs a directory listing per lesson and a ``stat`` per file: no file is opened. Raises OSError
    when ``root`` cannot be listed.
    """
    root = Path(root)
    found: Fingerprint = [[PACK_FILE, *_stamp(root / PACK_FILE)]]
    with os.scandir(root) as it:
        folders = sorted(e.name for e in it if e.is_dir())
    found.append(["folders", *folders])
    for name in folders:
        if not is_lesson_folder(name):
            continue
        folder = root / name
        try:
            with os.scandir(folder) as it:
                files = sorted((e.name, e.path) for e in it if LESSON_FILE.match(e.name))
        except OSError:
            found.append([name, None])
            continue
        found.append([name, *[[file_name, *_stamp(path)] for file_name, path in files]])
    return found


def try_fingerprint(root: Path) -> Fingerprint | None:
    """``fingerprint(root)``, or None when the pack folder cannot be listed (then nothing is saved)."""
    try:
        return fingerprint(root)
    except OSError:
        return None


def snapshot_file(cache_dir: Path, root: Path) -> Path:
    """Where the snapshot of the pack at ``root`` is kept: one file per pack folder.

    A CRC names the file (hashlib would load OpenSSL at start-up); two folders sharing one name only
    overwrite each other's snapshot, since ``load`` checks the folder the snapshot is of.
    """
    key = zlib.crc32(str(Path(root).resolve()).encode("utf-8"))
    return Path(cache_dir) / f"catalogue-{key:08x}.json"


# -- the catalogue as JSON --------------------------------------------------------------------------------


def _path(value: str | None) -> Path | None:
    return None if value is None else Path(value)


def _meta_to_json(meta: LessonMeta) -> dict[str, Any]:
    return {
        "id": meta.id,
        "language": meta.language,
        "title": meta.title,
        "path": str(meta.path),
        "summary": meta.summary,
        "minutes": meta.minutes,
        "order": meta.order,
        "tags": list(meta.tags),
        "cover": meta.cover,
        "sources": list(meta.sources),
        "tips": list(meta.tips),
        "quiz_path": None if meta.quiz_path is None else str(meta.quiz_path),
        "hook": meta.hook,
        "link": meta.link,
    }


def _meta_from_json(data: dict[str, Any]) -> LessonMeta:
    return LessonMeta(
        id=data["id"],
        language=data["language"],
        title=data["title"],
        path=Path(data["path"]),
        summary=data["summary"],
        minutes=data["minutes"],
        order=data["order"],
        tags=tuple(data["tags"]),
        cover=data["cover"],
        sources=tuple(data["sources"]),
        tips=tuple(data["tips"]),
        quiz_path=_path(data["quiz_path"]),
        hook=data["hook"],
        link=data["link"],
    )


def pack_to_json(pack: Pack) -> dict[str, Any]:
    return {
        "root": str(pack.root),
        "titles": dict(pack.titles),
        "default_language": pack.default_language,
        "languages": list(pack.languages),
        "lessons": [
            {
                "id": entry.id,
                "folder": str(entry.folder),
                "default_language": entry.default_language,
                "versions": [_meta_to_json(meta) for meta in entry.versions.values()],
            }
            for entry in pack.lessons
        ],
        "tips": {language: list(tips) for language, tips in pack.tips.items()},
        "links": dict(pack.links),
        "diagnostics": [
            [str(d.path), d.line, str(d.severity), _message_json(d.message)] for d in pack.diagnostics
        ],
    }


def _message_json(message: str) -> Any:
    return message.to_json() if isinstance(message, Text) else message


def _diagnostics_from_json(items: list[list[Any]]) -> tuple[Diagnostic, ...]:
    return tuple(
        Diagnostic(Path(path), line, Severity(severity), Text.from_json(message))
        for path, line, severity, message in items
    )


def pack_from_json(data: dict[str, Any]) -> Pack:
    lessons = tuple(
        LessonEntry(
            id=item["id"],
            folder=Path(item["folder"]),
            versions={meta["language"]: _meta_from_json(meta) for meta in item["versions"]},
            default_language=item["default_language"],
        )
        for item in data["lessons"]
    )
    return Pack(
        root=Path(data["root"]),
        titles={str(k): str(v) for k, v in data["titles"].items()},
        default_language=data["default_language"],
        languages=tuple(data["languages"]),
        lessons=lessons,
        tips={language: tuple(tips) for language, tips in data["tips"].items()},
        diagnostics=_diagnostics_from_json(data["diagnostics"]),
        links={str(k): str(v) for k, v in data["links"].items()},
    )


# -- reading and writing ------------------------------------------------------------------------------------


def load(root: Path, file: Path) -> Pack | None:
    """The catalogue from ``file`` if it is a snapshot of ``root`` as ``root`` is now; else None."""
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
        if data.get("format") != FORMAT or data.get("root") != str(Path(root)):
            return None
        if data.get("fingerprint") != fingerprint(root):
            return None
        return pack_from_json(data["pack"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None  # no snapshot, a damaged one, or one from another version: read the pack instead


def save(pack: Pack, file: Path, fingerprint_before: Fingerprint | None) -> bool:
    """Write the snapshot of ``pack``; ``fingerprint_before`` was taken before the pack was read.

    If a file changed while the pack was being read, the fingerprint taken now differs and nothing is
    written: the next start reads the pack again. Returns True when the snapshot was written.
    """
    try:
        if fingerprint_before is None or fingerprint(pack.root) != fingerprint_before:
            return False
    except OSError:
        return False
    data = {
        "format": FORMAT,
        "root": str(pack.root),
        "fingerprint": fingerprint_before,
        "pack": pack_to_json(pack),
    }
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        temporary = file.with_name(f".{file.name}.{os.getpid()}.tmp")
        temporary.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        os.replace(temporary, file)  # atomic: a kiosk starting meanwhile reads the old one or the new one
    except OSError:
        return False
    return True
