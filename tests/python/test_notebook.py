"""The example notebooks run top to bottom in a Jupyter kernel of this interpreter:
examples/analyst.ipynb (a few meetings of one cell, checked) and examples/audit.ipynb (a
province's synthetic year, audited at once: its tables, bad rows and plots)."""

from __future__ import annotations

import base64
import datetime
import pathlib
import re
from html.parser import HTMLParser
from importlib.util import find_spec
from typing import Any

import pytest

EXAMPLES = pathlib.Path(__file__).resolve().parents[2] / "examples"


def execute(name: str, tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Runs examples/`name` in a fresh kernel from `tmp_path`; its code cells, with outputs."""
    # jupyter_core warns (DeprecationWarning, an error under filterwarnings = error) until the
    # platformdirs paths are asked for; they are the future default, so ask for them.
    monkeypatch.setenv("JUPYTER_PLATFORM_DIRS", "1")
    # A kernelspec of our own, found first: a `python3` kernel the user installed elsewhere
    # (another interpreter, without sinhhoat) must not be the one that runs the notebook.
    from ipykernel.kernelspec import write_kernel_spec

    write_kernel_spec(str(tmp_path / "kernels" / "python3"))
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path))
    monkeypatch.setenv("JUPYTER_RUNTIME_DIR", str(tmp_path / "runtime"))
    monkeypatch.setenv("IPYTHONDIR", str(tmp_path / "ipython"))  # no profile left in $HOME
    monkeypatch.setenv("MPLCONFIGDIR", str(tmp_path / "matplotlib"))  # nor a font cache

    import nbformat
    from nbclient import NotebookClient

    nb: Any = nbformat.read(EXAMPLES / name, as_version=4)  # type: ignore[no-untyped-call]
    client = NotebookClient(nb, kernel_name="python3", timeout=120, resources={})
    client.execute(cwd=str(tmp_path))
    cells = [cell for cell in nb.cells if cell.cell_type == "code"]
    errors = [out for cell in cells for out in cell.outputs if out.output_type == "error"]
    assert not errors, "\n".join(line for out in errors for line in out.traceback)
    return cells


def outputs(cells: list[Any]) -> list[Any]:
    return [out for cell in cells for out in cell.outputs]


def tagged(cells: list[Any], tag: str) -> list[Any]:
    """The outputs of the one code cell tagged `tag`."""
    (cell,) = [cell for cell in cells if tag in cell.metadata.get("tags", [])]
    return list(cell.outputs)


def html_of(outs: list[Any]) -> str:
    return "".join(out.data["text/html"] for out in outs if "text/html" in out.get("data", {}))


def text_of(outs: list[Any]) -> str:
    return "".join(out.get("text", "") for out in outs)


class _Rows(HTMLParser):
    """The rows of the HTML tables (a DataFrame's): each a list of its cells' text."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[str]] = []
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cell is not None:
            self.rows[-1].append("".join(self._cell).strip())
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def table_rows(html: str) -> list[list[str]]:
    parser = _Rows()
    parser.feed(html)
    return parser.rows


def test_analyst_notebook_runs(tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> None:
    outs = outputs(execute("analyst.ipynb", tmp_path, monkeypatch))
    assert "online.quota" in html_of(outs), "no verdict table was shown"
    assert "2024: đã dùng / used 3, còn lại / left 0 / 3" in text_of(outs)


def test_audit_notebook_runs(tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Looked for, not imported: matplotlib would make its directories in $HOME.
    missing = [m for m in ("matplotlib", "numpy", "pandas", "pyarrow") if not find_spec(m)]
    if missing:
        pytest.skip(f"examples/audit.ipynb needs {', '.join(missing)}")
    before = sorted(EXAMPLES.iterdir())
    cells = execute("audit.ipynb", tmp_path, monkeypatch)

    # The audit's own summary (AuditResult's HTML), the table by rule and status and the one by
    # rule and reason.
    assert "48000 meetings" in html_of(tagged(cells, "audit"))
    by_rule = {row[0]: row for row in table_rows(html_of(tagged(cells, "by_rule")))[2:]}
    assert by_rule["online.quota"][1:3] == [
        "Số lần sinh hoạt trực tuyến trong năm",
        "Online meetings a year",
    ]
    assert int(by_rule["online.quota"][-1]) > 0
    # Each kind of breach planted in the synthetic year is found: more online meetings than the
    # quota, content that may not be dealt with online, online meetings of organisations not on
    # the list or not on it yet, and online meetings between the two pilot periods (1-22/7/2025).
    reasons = {row[-2] for row in table_rows(html_of(tagged(cells, "by_reason")))[2:]}
    assert {
        "quota_exceeded",
        "content_excluded_topics",
        "pilot_not_listed",
        "pilot_listed_after_meeting",
        "window_gap",
    } <= reasons
    # And of the rounds by tổ đảng: a fourth round in a year, a tổ trưởng reporting late.
    pairs, rule = set(), ""
    for row in table_rows(html_of(tagged(cells, "by_reason")))[2:]:
        rule = row[0] if len(row) == 3 else rule  # a rule's later reasons: its cell spans them
        pairs.add((rule, row[-2]))
    assert {("group.quota", "quota_exceeded"), ("group.report_deadline", "report_late")} <= pairs

    # The organisations with the most meetings not allowed come first; the months in order, then
    # the meetings that could not be read (they have no date).
    by_organisation = table_rows(html_of(tagged(cells, "by_organisation")))
    column = by_organisation[0].index("not_allowed")
    not_allowed = [int(row[column]) for row in by_organisation[2:]]
    assert not_allowed == sorted(not_allowed, reverse=True)
    assert not_allowed[0] > 0
    months = [row[0] for row in table_rows(html_of(tagged(cells, "by_month")))[2:]]
    assert months == [f"2025-{m:02d}" for m in range(1, 13)] + ["không rõ / unknown"]

    # The bad rows planted are the problems, each with the meetings it kept from being checked:
    # a bad row of an organisation (or of its members unable to attend) all 12 of its meetings.
    problems = table_rows(html_of(tagged(cells, "problems")))
    column = problems[0].index("meetings_not_checked")
    found = {tuple(row[1:5]): int(row[column]) for row in problems[1:]}
    roll = [key for key in found if key[0] == "organisations"]
    assert [key[:3] for key in roll] == [("organisations", "50", "roll.exempted + roll.suspended")]
    numbers = re.fullmatch(r"(\d+) \+ (\d+) > (\d+)", roll[0][3])
    assert numbers, roll
    exempted, suspended, members = (int(n) for n in numbers.groups())
    assert exempted + suspended == members + 3
    assert found == {
        ("meetings", "101", "date", "2025-02-30"): 1,
        ("meetings", "202", "form", "truc_tuyen"): 1,
        ("meetings", "303", "organisation", "TC99999"): 1,
        ("meetings", "404", "members_online", "-2"): 1,
        ("unable", "7", "grounds", "dich_benh"): 12,
        roll[0]: 12,
        ("groups", "5", "report_date", "2025-04-31"): 1,  # its round's meeting
    }

    # The rounds with a tổ trưởng reporting late: each reported after the day after its meeting.
    late = table_rows(html_of(tagged(cells, "late_reports")))
    met, reported = late[0].index("met / họp"), late[0].index("reported / báo cáo")
    assert len(late) > 2
    for row in late[1:]:
        days = datetime.date.fromisoformat(row[reported]) - datetime.date.fromisoformat(row[met])
        assert days.days > 1, row
    assert "rounds beyond the yearly number" in text_of(tagged(cells, "late_reports"))

    # One organisation's findings with their messages in both languages.
    one = table_rows(html_of(tagged(cells, "one_organisation")))
    vi, en = one[0].index("message_vi"), one[0].index("message_en")
    assert len(one) > 1
    assert all(row[vi] and row[en] and row[vi] != row[en] for row in one[1:])

    # Three plots, as PNG images.
    images = [out.data["image/png"] for out in outputs(cells) if "image/png" in out.get("data", {})]
    assert len(images) >= 3
    assert all(base64.b64decode(image).startswith(b"\x89PNG\r\n\x1a\n") for image in images)

    # The results were written to Parquet and CSV in a temporary directory, not the checkout.
    written = text_of(tagged(cells, "write"))
    for name in ("findings", "outcomes", "problems"):
        assert f"parquet/{name}.parquet" in written
        assert f"csv/{name}.csv" in written
    assert sorted(EXAMPLES.iterdir()) == before
