"""Lesson titles, question texts and choice texts as the kiosk showed them, for reports that use words.

The store records the words of each question version (lesson, question, content hash, language) the
first time it is shown (schema m005). :func:`lookup` reads them all at once (a few hundred rows) into a
:class:`Words`, which names things in a preferred language and falls back to the ids for anything
never shown: the file may come from an older kiosk, or the lesson may be gone.

    words = lookup(db, "zh-CN")
    words.lesson("passwords")                  # "密码" (or "passwords" if never seen)
    words.question("passwords", "q1")          # the newest version's text in zh-CN, else any language
    words.answer("passwords", "q1", "a,c")     # "text of a; text of c"
    words.choices("passwords", "q1")           # every choice, right ones marked, in the lesson's order
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlite_utils import Database

from kiosk.results.cjk import close_cjk_gaps

#: what joins the texts of several chosen choices (choice texts may hold commas)
JOIN = "; "


@dataclass(frozen=True)
class ChoiceWords:
    choice_id: str
    text: str
    correct: bool


@dataclass(frozen=True)
class QuestionWords:
    """One version of a question in one language, with its choices in the lesson's order."""

    lesson_id: str
    question_id: str
    question_hash: str
    language: str
    text: str
    choices: tuple[ChoiceWords, ...]
    first_shown: str

    def choice(self, choice_id: str) -> str | None:
        return next((c.text for c in self.choices if c.choice_id == choice_id), None)

    @property
    def right(self) -> tuple[ChoiceWords, ...]:
        return tuple(c for c in self.choices if c.correct)


def _language_rank(language: str, wanted: str | None) -> int:
    """2 for the wanted language, 1 for the same language family ("zh" for "zh-CN"), else 0."""
    if wanted is None:
        return 0
    have, want = language.replace("_", "-").lower(), wanted.replace("_", "-").lower()
    if have == want:
        return 2
    return 1 if have.split("-")[0] == want.split("-")[0] else 0


@dataclass(frozen=True)
class Words:
    """Every recorded version, and for each lesson and question the one to name it by."""

    language: str | None = None
    versions: dict[tuple[str, str, str, str], QuestionWords] = field(default_factory=dict)
    best: dict[tuple[str, str], QuestionWords] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)
    #: per lesson and language, its newest title (for a row in the answer's own language)
    titles_by_language: dict[tuple[str, str], str] = field(default_factory=dict)

    # -- names with a fallback to the ids ------------------------------------------------------

    def lesson(self, lesson_id: str, language: str | None = None) -> str:
        """The lesson's title (in ``language`` if given and known, else the preferred one), or its id."""
        if language is not None and (lesson_id, language) in self.titles_by_language:
            return self.titles_by_language[(lesson_id, language)]
        return self.titles.get(lesson_id, lesson_id)

    def question(self, lesson_id: str, question_id: str) -> str:
        found = self.best.get((lesson_id, question_id))
        return found.text if found else question_id

    def choice(self, lesson_id: str, question_id: str, choice_id: str) -> str:
        found = self.best.get((lesson_id, question_id))
        return (found.choice(choice_id) if found else None) or choice_id

    def answer(self, lesson_id: str, question_id: str, chosen: str) -> str:
        """Chosen choice ids joined with "," (as the answers table stores them) as their texts."""
        return JOIN.join(self.choice(lesson_id, question_id, c) for c in chosen.split(",") if c)

    # -- the recorded words themselves -----------------------------------------------------------

    def choices(self, lesson_id: str, question_id: str) -> tuple[ChoiceWords, ...]:
        """Every choice of the question's named version (empty when never shown), right ones marked."""
        found = self.best.get((lesson_id, question_id))
        return found.choices if found else ()

    def known(self, lesson_id: str, question_id: str) -> bool:
        return (lesson_id, question_id) in self.best

    def version(
        self, lesson_id: str, question_id: str, question_hash: str | None, language: str | None
    ) -> QuestionWords | None:
        """The exact version an answer was given to, else the one the question is named by."""
        exact = self.versions.get((lesson_id, question_id, question_hash or "", language or ""))
        return exact or self.best.get((lesson_id, question_id))


def lookup(db: Database, language: str | None = None) -> Words:
    """All the words ``db`` holds, naming each lesson and question in ``language`` where it can.

    Among several versions the preferred language wins, then the same language family, then any;
    within those, the version first shown most recently (the lesson as it is now). Texts come without
    whitespace between CJK characters, also from a file schema m007 could not tidy (a read-only one). A file from before
    words were recorded gives an empty :class:`Words`, which names everything by its id.
    """
    names = set(db.table_names())
    if not {"lesson_words", "question_words", "choice_words"} <= names:
        return Words(language)
    choices: dict[tuple[str, str, str, str], list[ChoiceWords]] = {}
    for lesson, question, version, lang, choice, text, correct in db.execute(
        "SELECT lesson_id, question_id, question_hash, language, choice_id, text, correct"
        " FROM choice_words ORDER BY position, choice_id"
    ):
        choices.setdefault((lesson, question, version, lang), []).append(
            ChoiceWords(choice, close_cjk_gaps(text), bool(correct))
        )
    versions = {}
    for lesson, question, version, lang, text, first in db.execute(
        "SELECT lesson_id, question_id, question_hash, language, text, first_shown FROM question_words"
    ):
        key = (lesson, question, version, lang)
        versions[key] = QuestionWords(
            lesson, question, version, lang, close_cjk_gaps(text), tuple(choices.get(key, ())), first
        )
    best: dict[tuple[str, str], QuestionWords] = {}
    for words in sorted(
        versions.values(), key=lambda w: (_language_rank(w.language, language), w.first_shown)
    ):
        best[(words.lesson_id, words.question_id)] = words  # the last (most preferred) wins
    titles: dict[str, str] = {}
    by_language: dict[tuple[str, str], str] = {}
    rows = [
        (lesson, lang, close_cjk_gaps(title), first)
        for lesson, lang, title, first in db.execute(
            "SELECT lesson_id, language, title, first_shown FROM lesson_words"
        )
    ]
    for lesson, _lang, title, _ in sorted(rows, key=lambda r: (_language_rank(r[1], language), r[3])):
        titles[lesson] = title
    for lesson, lang, title, _ in sorted(rows, key=lambda r: r[3]):
        by_language[(lesson, lang)] = title
    return Words(language, versions, best, titles, by_language)


def main_language(db: Database) -> str | None:
    """The language most visits were made in (None for an empty file): what a report names things in
    when nobody says otherwise."""
    row = db.execute(
        "SELECT language FROM visits WHERE language != '' GROUP BY language ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()
    return row[0] if row else None
