"""How long the Python package takes to read a history of 100,000 meetings (about 10 MB of JSON)
from JSON text and from a dict, side by side in one run; the last line is one JSON object.

Usage: python bench/json_read.py [meetings]   (with the package installed: scripts/test-python.sh)
"""

from __future__ import annotations

import datetime
import json
import sys
import time
from collections.abc import Callable

import sinhhoat as sh


def best_of(runs: int, f: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        f()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    first = datetime.date(2024, 1, 1)
    history = sh.MeetingHistory(
        [
            sh.PastMeeting(
                date=first + datetime.timedelta(days=i % 366),
                form=sh.MeetingForm.HYBRID if i % 3 else sh.MeetingForm.IN_PERSON,
                ground=sh.Ground.DISPERSED_WIDE_AREA,
            )
            for i in range(n)
        ]
    )
    text = history.to_json()
    data = history.to_dict()
    from_json = best_of(3, lambda: sh.MeetingHistory.from_json(text))
    from_dict = best_of(3, lambda: sh.MeetingHistory.from_dict(data))
    stdlib = best_of(3, lambda: json.loads(text))
    megabytes = len(text.encode()) / 2**20
    print(f"history of {n} meetings, {megabytes:.1f} MB")
    print(f"  MeetingHistory.from_json {from_json:.3f} s ({from_json / from_dict:.2f}x from_dict)")
    print(f"  MeetingHistory.from_dict {from_dict:.3f} s")
    print(f"  json.loads (untyped)     {stdlib:.3f} s")
    figures = {
        "bench": "json_read_python",
        "meetings": n,
        "megabytes": round(megabytes, 2),
        "from_json_s": from_json,
        "from_dict_s": from_dict,
        "json_loads_s": stdlib,
        "from_json_over_from_dict": from_json / from_dict,
    }
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
