"""examples/check_meeting.py runs against the installed package and says what the C++ example
(examples/check_meeting.cpp) says."""

from __future__ import annotations

import json
import pathlib
import subprocess
import sys

REPO = pathlib.Path(__file__).resolve().parents[2]


def run(script: pathlib.Path, *args: str, cwd: pathlib.Path) -> str:
    """What the script prints, run with the installed package from `cwd`."""
    return subprocess.run(
        [sys.executable, str(script), *args],
        cwd=cwd,
        check=True,
        capture_output=True,
        text=True,
        encoding="utf-8",
    ).stdout


def test_check_meeting_example(tmp_path: pathlib.Path) -> None:
    out = run(REPO / "examples" / "check_meeting.py", cwd=tmp_path)
    assert "Còn lại / left in 2024: 0 of 3" in out
    verdicts = [line for line in out.splitlines() if line.startswith("== ")]
    assert verdicts == [
        "== Sinh hoạt trực tuyến lần thứ tư trong năm 2024 -> không được phép / not allowed",
        "== Xét kết nạp đảng viên trực tuyến (8/1/2025) -> không được phép / not allowed",
        "== Sau thời gian thí điểm (1/7/2025) -> ngoài phạm vi bộ quy tắc / not covered by the "
        "rule set",
    ]
    assert "[online.quota | II.2 ý 3] violated" in out
    assert "[content.excluded | II.3.2] violated" in out
    assert "[pilot.window | III (thời gian thực hiện)] not_covered" in out


def test_the_json_benchmark_runs_and_prints_its_figures(tmp_path: pathlib.Path) -> None:
    out = run(REPO / "bench" / "json_read.py", "2000", cwd=tmp_path)
    figures = json.loads(out.splitlines()[-1])
    assert figures["bench"] == "json_read_python"
    assert figures["meetings"] == 2000
    assert figures["from_json_s"] > 0
    assert figures["from_dict_s"] > 0
