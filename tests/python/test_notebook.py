"""examples/analyst.ipynb runs top to bottom in a Jupyter kernel of this interpreter."""

from __future__ import annotations

import pathlib
from typing import Any

import pytest

NOTEBOOK = pathlib.Path(__file__).resolve().parents[2] / "examples" / "analyst.ipynb"


def test_analyst_notebook_runs(tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> None:
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

    import nbformat
    from nbclient import NotebookClient

    nb: Any = nbformat.read(NOTEBOOK, as_version=4)  # type: ignore[no-untyped-call]  # untyped
    client = NotebookClient(nb, kernel_name="python3", timeout=120, resources={})
    client.execute(cwd=str(tmp_path))

    outputs = [out for cell in nb.cells if cell.cell_type == "code" for out in cell.outputs]
    assert not [out for out in outputs if out.output_type == "error"]
    html = [out.data["text/html"] for out in outputs if "text/html" in out.get("data", {})]
    assert any("online.quota" in table for table in html), "no verdict table was shown"
    text = "".join(out.get("text", "") for out in outputs)
    assert "2024: đã dùng / used 3, còn lại / left 0 / 3" in text
