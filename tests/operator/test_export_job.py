"""The console's export job: the data is written even when the extra file (the printed report) fails."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk.operator.export_job import export_results
from kiosk.results.store import ResultsStore

NOW = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)


def store_with_a_visit() -> ResultsStore:
    store = ResultsStore.open(None)
    store.start_visit(visit_id="v1", started_at=NOW, language="en", kiosk_name="k", event_label="e")
    return store


def test_the_extra_file_is_written_into_the_export_folder_and_listed(tmp_path: Path) -> None:
    store = store_with_a_visit()
    assert store.db is not None

    def extra(db, folder: Path) -> Path:  # noqa: ANN001
        path = folder / "report.pdf"
        path.write_bytes(b"%PDF-1.4 " + str(db.execute("SELECT count(*) FROM visits").fetchone()[0]).encode())
        return path

    report = export_results(store.db, tmp_path, NOW, "k", extra)
    assert (report.folder / "report.pdf").read_bytes() == b"%PDF-1.4 1"
    assert "report.pdf" in [f.path.name for f in report.files]


@pytest.mark.parametrize("error", [OSError("disk full"), RuntimeError("no fonts")])
def test_a_failing_extra_file_leaves_the_data_exported(tmp_path: Path, error: Exception, caplog) -> None:  # noqa: ANN001
    store = store_with_a_visit()
    assert store.db is not None

    def extra(db, folder: Path) -> Path:  # noqa: ANN001
        raise error

    report = export_results(store.db, tmp_path, NOW, "k", extra)
    names = sorted(f.path.name for f in report.files)
    assert names == [
        "answers.csv",
        "answers_readable.csv",
        "quiz_results.csv",
        "results.sqlite",
        "visits.csv",
    ]
    assert "the extra file could not be written" in caplog.text
