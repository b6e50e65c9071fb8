"""Excel question banks (.xlsx) in the template Chinese schools and awareness-week organisers keep:
题型 (单选题/多选题/判断题), 题干, 选项A ... 选项F, 答案 (B, ABC, 正确/错误, 对/错, √/×), 解析, or the same
in English (Type, Question, Option A..F, Answer, Explanation).

Each sheet's header row is found among its first rows and its names are matched loosely (spaces, case,
full-width characters, a note in brackets such as ``题干（必填）``). Every row is one question; a bad row
is reported by sheet and row and the others still import. The workbook is read with openpyxl in
read-only mode, which streams rows instead of building the whole sheet in memory.
"""

from __future__ import annotations

import re
import unicodedata
import warnings
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from kiosk.content.diagnostics import Diagnostic, error, warning
from kiosk.content.importers.model import ImportedChoice, ImportedQuestion, ImportReport, RichText, Skipped
from kiosk.content.kinds import true_false

LETTERS = "ABCDEF"
#: how far down a sheet its header row may be (a title row or a note above it is common)
HEADER_SEARCH_ROWS = 10

#: loose header names (after ``_key``) -> field; options are matched by ``_OPTION`` below
_HEADERS = {
    "type": ("题型", "题目类型", "试题类型", "类型", "题类", "type", "questiontype", "kind"),
    "question": ("题干", "题目", "试题", "问题", "题目内容", "试题内容", "question", "questiontext", "stem"),
    "answer": ("答案", "正确答案", "标准答案", "参考答案", "answer", "correctanswer", "correct", "key"),
    "explanation": (
        "解析",
        "答案解析",
        "试题解析",
        "题目解析",
        "说明",
        "explanation",
        "analysis",
        "feedback",
    ),
}
_OPTION = re.compile(
    r"^(?:(?:选项|option|choice|答案选项)?([a-f])(?:选项)?|(?:选项|option|choice)([1-6一二三四五六]))$"
)
#: options numbered rather than lettered ("选项一", "Option 1") -> their letter
_NUMBERED = dict(zip("123456一二三四五六", LETTERS * 2, strict=True))

_SINGLE = ("单选题", "单选", "单项选择题", "单项选择", "选择题", "single", "singlechoice", "singleanswer")
_MULTIPLE = (
    "多选题", "多选", "多项选择题", "多项选择", "不定项选择题", "不定项", "multiple", "multipleresponse",
    "multipleanswer", "multiselect", "multipleselect", "selectall", "checkbox",
)  # fmt: skip
_TRUE_FALSE = (
    "判断题",
    "判断",
    "是非题",
    "truefalse",
    "true/false",
    "trueorfalse",
    "tf",
    "judge",
    "judgement",
)
#: "multiple choice" means one right answer in some banks and several in others: the answer decides
_EITHER = ("multiplechoice", "choice", "mcq", "不定项选择")
_TYPE_NAMES = "单选题, 多选题, 判断题 (or single, multiple, true/false)"
_SEPARATORS = re.compile(r"[\s,，、;；/|.。]+")


class RowError(Exception):
    """A row that cannot become a question: the message says what to change."""


@dataclass(frozen=True)
class _Columns:
    type: int | None
    question: int
    answer: int
    explanation: int | None
    options: dict[str, int]  # letter -> column index
    unknown: tuple[str, ...] = ()  # the header's other names, as written (said when no option is found)


def parse_excel(path: Path) -> ImportReport:
    """Read every sheet of the workbook at ``path``; each bad row gives an error and the others import."""
    import openpyxl  # here, not at the top: only the import command needs it
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        with warnings.catch_warnings():
            # openpyxl warns about Excel features it ignores (data validation, styles); they do not matter
            warnings.simplefilter("ignore", UserWarning)
            workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except FileNotFoundError:
        return ImportReport(path, diagnostics=(error(path, 0, "cannot read the file: it does not exist"),))
    except (InvalidFileException, zipfile.BadZipFile, OSError, KeyError, ValueError) as exc:
        hint = (
            "the old .xls format cannot be read: open it in Excel or WPS and save it as .xlsx"
            if path.suffix.lower() == ".xls"
            else f"this is not an Excel .xlsx workbook ({exc.__class__.__name__}); save it as .xlsx"
        )
        return ImportReport(path, diagnostics=(error(path, 0, hint),))
    questions: list[ImportedQuestion] = []
    skipped: list[Skipped] = []
    diagnostics: list[Diagnostic] = []
    sheets: list[str] = []
    try:
        for sheet in workbook.worksheets:
            read = _read_sheet(path, sheet.title, sheet.iter_rows(values_only=True))
            questions += read.questions
            skipped += read.skipped
            diagnostics += read.diagnostics
            if read.questions and not re.fullmatch(r"(?i)sheet\d*|工作表\d*", sheet.title.strip()):
                sheets.append(sheet.title.strip())
    finally:
        workbook.close()
    return ImportReport(
        source=path,
        questions=tuple(questions),
        skipped=tuple(skipped),
        diagnostics=tuple(diagnostics),
        categories=tuple(sheets),
    )


@dataclass
class _Sheet:
    questions: list[ImportedQuestion]
    skipped: list[Skipped]
    diagnostics: list[Diagnostic]


def _read_sheet(path: Path, name: str, rows: Iterable[tuple[object, ...]]) -> _Sheet:
    out = _Sheet([], [], [])
    columns: _Columns | None = None
    where = f"sheet '{name}'"
    for number, row in enumerate(rows, start=1):
        cells = [_text(value) for value in row]
        if columns is None:
            columns = _header(cells)
            if columns is None and number >= HEADER_SEARCH_ROWS:
                break
            if columns is not None and not columns.options and columns.unknown:
                # said before each row blames an "empty" option; a true/false sheet has none to say
                out.diagnostics.append(
                    warning(
                        path,
                        number,
                        f"{where}: the header row has no option columns (选项A … 选项F, Option A … F, or A … F), "
                        "so only true/false rows can be read; the columns not understood: "
                        + ", ".join(columns.unknown),
                    )
                )
            continue
        if not any(cells):
            continue
        try:
            result = _question(cells, columns, number)
        except RowError as problem:
            out.diagnostics.append(error(path, number, f"{where}, row {number}: {problem}"))
            continue
        if isinstance(result, Skipped):
            out.skipped.append(Skipped(number, result.kind, f"{where}, row {number}: {result.reason}"))
        else:
            out.questions.append(result)
    if columns is None:
        out.diagnostics.append(
            warning(
                path,
                0,
                f"{where} has no header row with a question column (题干 or Question) and an answer column "
                "(答案 or Answer) in its first rows; it was not read",
            )
        )
    return out


def _key(text: str) -> str:
    """A header name for loose matching: full-width folded, lower case, no spaces, no note in brackets."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = re.sub(r"\(.*?\)|\[.*?\]|【.*?】|\*|:|：", "", text)
    return re.sub(r"[\s_\-]+", "", text)


def _header(cells: list[str]) -> _Columns | None:
    found: dict[str, int] = {}
    options: dict[str, int] = {}
    unknown: list[str] = []
    for index, cell in enumerate(cells):
        key = _key(cell)
        if not key:
            continue
        option = _OPTION.match(key)
        if option:
            letter = option.group(1).upper() if option.group(1) else _NUMBERED[option.group(2)]
            options.setdefault(letter, index)
            continue
        named = [field for field, names in _HEADERS.items() if key in names]
        for field_name in named:
            found.setdefault(field_name, index)
        if not named:
            unknown.append(cell.strip())
    if "question" not in found or "answer" not in found:
        return None
    return _Columns(
        found.get("type"),
        found["question"],
        found["answer"],
        found.get("explanation"),
        options,
        tuple(unknown),
    )


def _text(value: object) -> str:
    """A cell as text: numbers without a stray ``.0``, Excel's TRUE/FALSE as words, dates and times as
    people write them (``2025-09-01``, ``2025-09-01 09:30``, ``08:30``)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):  # Excel makes a date of "9月1日" typed in a cell: no time at midnight
        return value.strftime("%Y-%m-%d" if value.time() == time(0) else "%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M" if not value.second else "%H:%M:%S")
    return str(value).replace("\r\n", "\n").replace("\r", "\n").strip()


def _cell(cells: list[str], index: int | None) -> str:
    return cells[index] if index is not None and index < len(cells) else ""


def _question(cells: list[str], columns: _Columns, row: int) -> ImportedQuestion | Skipped:
    text = _cell(cells, columns.question)
    written_type = _cell(cells, columns.type)
    kind = _kind(written_type)
    if kind == "other":
        return Skipped(row, written_type, "the kiosk shows choice and true/false questions only")
    if not text:
        raise RowError("the question (题干) is empty")
    answer = _cell(cells, columns.answer)
    if not answer:
        raise RowError("the answer (答案) is empty: write the letters of the right options, like B or ABC")
    explanation = RichText(_cell(cells, columns.explanation))
    options = _options(cells, columns)
    side = _side(answer)
    if kind == "true_false" or (kind is None and side is not None and not options):
        return _true_false(text, answer, options, explanation, row)
    letters = _letters(answer)
    if letters is None:
        raise RowError(
            f"cannot read the answer '{answer}': write the letters of the right options (B, ABC), or 正确/错误 "
            "for a true/false question"
        )
    missing = [letter for letter in letters if letter not in options]
    if missing:
        raise RowError(f"the answer '{answer}' names option {', '.join(missing)}, which is empty")
    if len(options) < 2:
        raise RowError("a choice question needs at least two options (选项A, 选项B...)")
    if kind == "single" and len(letters) > 1:
        raise RowError(
            f"a single-choice question (单选题) with the answer '{answer}': give one letter, or make it 多选题"
        )
    if kind is None:
        kind = "multiple" if len(letters) > 1 else "single"
    choices = tuple(ImportedChoice(RichText(option), letter in letters) for letter, option in options.items())
    return ImportedQuestion(RichText(text), choices, row, explanation=explanation, kind=kind)


def _kind(written: str) -> str | None:
    """The question kind a 题型 cell names; None when empty or 'multiple choice' (the answer decides)."""
    key = _key(written)
    if not key or key in _EITHER:
        return None
    for kind, names in (("single", _SINGLE), ("multiple", _MULTIPLE), ("true_false", _TRUE_FALSE)):
        if key in names:
            return kind
    return "other"


def _options(cells: list[str], columns: _Columns) -> dict[str, str]:
    """The filled options in letter order; an empty one between filled ones is an error."""
    filled = {letter: _cell(cells, columns.options.get(letter)) for letter in LETTERS}
    last = max((i for i, letter in enumerate(LETTERS) if filled[letter]), default=-1)
    gaps = [letter for letter in LETTERS[: last + 1] if not filled[letter]]
    if gaps:
        raise RowError(
            f"option {gaps[0]} is empty but a later option is not: move the options up so they follow A, B, C"
        )
    return {letter: filled[letter] for letter in LETTERS[: last + 1]}


def _letters(answer: str) -> list[str] | None:
    """``B``, ``ABC``, ``A,C``, ``ａｂ`` -> the letters in order; None when the answer is not letters."""
    letters = _SEPARATORS.sub("", unicodedata.normalize("NFKC", answer)).upper()
    if not letters or any(ch not in LETTERS for ch in letters):
        return None
    return sorted(set(letters))


_EXTRA_TRUE = ("t", "y", "yes", "是", "√", "v")
_EXTRA_FALSE = ("f", "n", "no", "否", "x", "×")


def _side(answer: str) -> bool | None:
    """True or False for 正确/错误, 对/错, √/×, T/F, TRUE/FALSE; None for anything else."""
    word = unicodedata.normalize("NFKC", answer).strip().lower()
    side = true_false.meaning(word)
    if side is not None:
        return side
    if word in _EXTRA_TRUE:
        return True
    if word in _EXTRA_FALSE:
        return False
    return None


def _true_false(
    text: str, answer: str, options: dict[str, str], explanation: RichText, row: int
) -> ImportedQuestion:
    side = _side(answer)
    if side is None and options:
        # 判断题 written with options A 对 / B 错 and the answer a letter
        letters = _letters(answer)
        if letters and len(letters) == 1 and letters[0] in options:
            side = _side(options[letters[0]])
    if side is None:
        raise RowError(
            f"a true/false question (判断题) with the answer '{answer}': write 正确 or 错误 (对/错, √/×, "
            "True/False)"
        )
    choices = (ImportedChoice(RichText("True"), side), ImportedChoice(RichText("False"), not side))
    return ImportedQuestion(RichText(text), choices, row, explanation=explanation, kind="true_false")
