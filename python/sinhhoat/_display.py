"""How values show in Jupyter: purely Pythonic, so it lives here and not in the extension."""

from __future__ import annotations

from html import escape

from ._core import Verdict


def _verdict_repr_html(self: Verdict) -> str:
    """A table for Jupyter: the outcome, the rule set (and the one that governs the day, R29),
    the caveats (R32), and each finding in both languages."""
    rules = self.rule_set
    named = (
        f"<br>Bộ quy tắc / rule set: <code>{escape(rules.id)}</code> {escape(rules.version)}"
        + (f" (sha256 <code>{rules.digest[:12]}…</code>)" if rules.digest else "")
        if rules.id
        else ""
    )
    rows = "".join(
        f"<tr><td><code>{escape(f.rule.code)}</code></td><td>{escape(self.clause(f))}</td>"
        f"<td>{escape(f.status.label_vi)} / {escape(f.status.label_en)}</td>"
        f"<td>{escape(f.message_vi)}</td><td>{escape(f.message_en)}</td></tr>\n"
        for f in self
    )
    if self.governed_by:
        named += (
            f"<br>Ngày này thuộc bộ quy tắc / the day is governed by: "
            f"<code>{escape(self.governed_by)}</code>"
        )
    caveats = "".join(
        f"<br>Lưu ý / caveat (từ / from {c.since}): {escape(c.vi)} / {escape(c.en)}"
        for c in self.caveats
    )
    return (
        '<table class="sinhhoat-verdict">\n'
        f"<caption>Kết luận / outcome: <b>{escape(self.outcome.label_vi)}</b> / "
        f"{escape(self.outcome.label_en)}{named}{caveats}</caption>\n"
        "<thead><tr><th>rule</th><th>clause</th><th>status</th>"
        "<th>tiếng Việt</th><th>English</th></tr></thead>\n"
        f"<tbody>\n{rows}</tbody>\n</table>"
    )


def install() -> None:
    """Gives the extension's classes their Jupyter display."""
    Verdict._repr_html_ = _verdict_repr_html  # type: ignore[method-assign]
