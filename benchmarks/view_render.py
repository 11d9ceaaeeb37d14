"""How long a view takes: Python render, then headless Chromium until the network is drawn and still.

Run: python benchmarks/view_render.py [--sizes 1000 5000] [--repeat 3] [--keep benchmarks/out]
Needs Chromium and chromedriver (.ci/chromium.sh). Target: a 5,000-node view drawn in at most 5 s.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from browser import Browser  # noqa: E402

from dipgraph.viz.synthetic import synthetic_document  # noqa: E402
from dipgraph.viz.view import render_view  # noqa: E402

TARGET_SECONDS = {5000: 5.0}
_SAMPLE_POSITIONS = (
    "var net = window.__dipgraphNetwork, ids = net.body.nodeIndices.slice(0, 200);"
    "return JSON.stringify(net.getPositions(ids));"
)


def measure(browser: Browser, n_nodes: int, repeat: int, folder: Path) -> dict[str, float]:
    """Median timings for one view size."""
    doc = synthetic_document(n_nodes)
    started = time.perf_counter()
    page = render_view(doc, title=f"Synthetic view, {n_nodes} nodes")
    render_s = time.perf_counter() - started
    path = folder / f"view-{n_nodes}.html"
    path.write_text(page, encoding="utf-8")
    drawn_ms, wall_s = [], []
    for _ in range(repeat):
        state = browser.open(path, timeout=300)
        if state["nodes"] != len(doc.nodes) or state["edges"] != len(doc.relationships):
            raise RuntimeError(f"drew {state['nodes']} nodes, {state['edges']} edges: expected "
                               f"{len(doc.nodes)}, {len(doc.relationships)}")
        before = browser.run(_SAMPLE_POSITIONS)
        time.sleep(0.5)
        if browser.run(_SAMPLE_POSITIONS) != before:
            raise RuntimeError("nodes still moving half a second after the first drawing")
        if browser.remote_requests():
            raise RuntimeError(f"the page made network requests: {browser.remote_requests()}")
        drawn_ms.append(state["readyMs"])
        wall_s.append(state["wallSeconds"])
    return {
        "nodes": len(doc.nodes),
        "edges": len(doc.relationships),
        "html_mb": len(page.encode()) / 1e6,
        "render_s": render_s,
        "first_s": drawn_ms[0] / 1000,
        "drawn_s": statistics.median(drawn_ms) / 1000,
        "wall_s": statistics.median(wall_s),
    }


def main() -> int:
    """Print one line per view size; exit 1 when a size misses its target."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="folder to keep the generated views in")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="dipgraph-views-"))
    folder.mkdir(parents=True, exist_ok=True)
    heads = ("nodes", 6), ("edges", 6), ("html MB", 8), ("python s", 9), ("first s", 8), ("drawn s", 8), ("wall s", 7)
    print(" ".join(f"{name:>{width}}" for name, width in heads) + "  target")
    missed = False
    with Browser() as browser:
        for size in args.sizes:
            row = measure(browser, size, args.repeat, folder)
            target = TARGET_SECONDS.get(size)
            verdict = "" if target is None else ("ok" if row["drawn_s"] <= target else "MISSED") + f" (<= {target} s)"
            missed |= verdict.startswith("MISSED")
            print(f"{row['nodes']:>6} {row['edges']:>6} {row['html_mb']:>8.2f} {row['render_s']:>9.2f} "
                  f"{row['first_s']:>8.2f} {row['drawn_s']:>8.2f} {row['wall_s']:>7.2f}  {verdict}")
    print("python s: render_view (layout, sizes, tooltips, HTML); first s: page start to first drawing, "
          "first load; drawn s: the same, median of the loads; wall s: navigation to drawn as the driver "
          "sees it (median). Nodes do not move afterwards.")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
