"""One standalone HTML page: the article with every claim highlighted by verdict; its details on
hover (a tooltip) and on click (a panel). The article is untrusted: every piece of it is escaped,
the details travel as JSON that the page's script writes with ``textContent`` only, and the page
loads nothing from anywhere.
"""

from __future__ import annotations

import json
from html import escape

from .checker import CheckResult

COLOURS = {
    "supported": "#c8f0c8",
    "contradicted": "#ffc4c4",
    "sources_disagree": "#ffe2a8",
    "misleading": "#f5c6ff",
    "unverifiable": "#e2e2e2",
}

_PAGE = """<!doctype html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>caibao check: {title}</title>
<style>
body {{ font: 16px/1.8 system-ui, "PingFang SC", "Noto Sans CJK SC", sans-serif; margin: 0; display: flex; }}
main {{ flex: 3; padding: 1.5em 2em; }}
aside {{ flex: 2; padding: 1.5em; border-left: 1px solid #ccc; position: sticky; top: 0; height: 100vh;
        overflow: auto; box-sizing: border-box; font-size: 14px; }}
.article {{ white-space: pre-wrap; }}
mark {{ border-radius: 3px; cursor: pointer; padding: 0 1px; }}
mark:focus, mark.sel {{ outline: 2px solid #333; }}
{legend_css}
.legend span {{ padding: 0 .4em; margin-right: .5em; border-radius: 3px; }}
dt {{ font-weight: bold; margin-top: .4em; }}
dd {{ margin: 0 0 0 1em; word-break: break-all; }}
</style>
</head>
<body>
<main>
<h1>caibao check</h1>
<p class="legend">{legend}</p>
<p>{summary}</p>
<div class="article">{article}</div>
</main>
<aside id="details"><p>Click a highlighted figure to see the verdict, the expected value and its sources.</p></aside>
<script type="application/json" id="claims">{data}</script>
<script>
(function () {{
  var claims = JSON.parse(document.getElementById("claims").textContent);
  var panel = document.getElementById("details");
  function add(dl, term, value) {{
    if (value === null || value === undefined || value === "") return;
    var dt = document.createElement("dt"); dt.textContent = term; dl.appendChild(dt);
    var dd = document.createElement("dd"); dd.textContent = value; dl.appendChild(dd);
  }}
  function show(i) {{
    var c = claims[i];
    panel.textContent = "";
    var h = document.createElement("h2"); h.textContent = c.verdict; panel.appendChild(h);
    var dl = document.createElement("dl");
    add(dl, "quote", c.quote); add(dl, "reason", c.reason); add(dl, "expected", c.expected);
    add(dl, "metric", c.concept); add(dl, "segment", c.segment); add(dl, "period", c.period);
    add(dl, "measure", c.measure); add(dl, "value", c.printed || (c.value + " " + c.unit));
    add(dl, "qualifier", c.qualifier); add(dl, "subject", c.subject);
    c.sources.forEach(function (s, k) {{
      add(dl, "source " + (k + 1), [s.table, s.row_label || s.file, s.page ? "p" + s.page : null,
        s.column, s.text].filter(Boolean).join(" · "));
    }});
    panel.appendChild(dl);
    document.querySelectorAll("mark.sel").forEach(function (m) {{ m.classList.remove("sel"); }});
    document.querySelectorAll('mark[data-i="' + i + '"]').forEach(function (m) {{ m.classList.add("sel"); }});
  }}
  document.querySelectorAll("mark[data-i]").forEach(function (m) {{
    m.addEventListener("click", function () {{ show(+m.dataset.i); }});
    m.addEventListener("keydown", function (e) {{ if (e.key === "Enter") show(+m.dataset.i); }});
  }});
}})();
</script>
</body>
</html>
"""


def _json_for_script(data: object) -> str:
    # "<" escaped so no "</script>" or "<!--" in the article can end the block.
    text = json.dumps(data, ensure_ascii=False, default=str)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def render(original: str, result: CheckResult, title: str = "article") -> str:
    """The page for ``result`` of checking ``original`` (the text exactly as given)."""
    rows = [c.to_json() for c in result.claims]
    order = sorted(range(len(rows)), key=lambda i: (rows[i]["start"], -rows[i]["end"]))
    parts, pos = [], 0
    for i in order:
        r = rows[i]
        start, end = max(r["start"], pos), r["end"]
        if end <= start:
            continue
        parts.append(escape(original[pos:start]))
        tip = f"{r['verdict']}: {r['reason']}"
        if r["expected"]:
            tip += f" (expected {r['expected']})"
        parts.append(
            f'<mark class="v-{escape(r["verdict"])}" data-i="{i}" tabindex="0" '
            f'title="{escape(tip, quote=True)}">{escape(original[start:end])}</mark>'
        )
        pos = end
    parts.append(escape(original[pos:]))
    legend_css = "\n".join(
        f"mark.v-{v}, .legend .v-{v} {{ background: {c}; }}" for v, c in COLOURS.items()
    )
    legend = " ".join(f'<span class="v-{v}">{v}</span>' for v in COLOURS)
    summary = result.summary()
    company = summary.get("company_name") or summary.get("company") or "unknown company"
    counts = ", ".join(f"{summary[v]} {v}" for v in COLOURS)
    return _PAGE.format(
        title=escape(title),
        legend_css=legend_css,
        legend=legend,
        summary=escape(f"{company}: {summary['claims']} claims — {counts}"),
        article="".join(parts),
        data=_json_for_script(rows),
    )
