"""How long a view takes: Python render, then headless Chromium until the network is drawn and still.

Run: python benchmarks/view_render.py [--sizes 1000 5000] [--repeat 3] [--keep benchmarks/out]
Needs Chromium and chromedriver (.ci/chromium.sh). Target: a 5,000-node view drawn in at most 5 s.
`--screenshot docs/view.png` instead saves a picture of the sample article's view for the README.
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
# A full redraw (after a programmatic move), and a frame while the analyst zooms with the mouse
# wheel (vis-network leaves edges out while zooming a large view, then redraws in full).
_REDRAW = (
    "var done = arguments[arguments.length - 1], net = window.__dipgraphNetwork, t0 = performance.now();"
    "net.once('afterDrawing', function () { done(performance.now() - t0); });"
    "net.moveTo({scale: net.getScale() * arguments[0], animation: false});"
)
_WHEEL = (
    "var done = arguments[arguments.length - 1], net = window.__dipgraphNetwork;"
    "var c = document.querySelector('#network canvas'), r = c.getBoundingClientRect(), t0 = performance.now();"
    "net.once('afterDrawing', function () { done(performance.now() - t0); });"
    "c.dispatchEvent(new WheelEvent('wheel', {deltaY: arguments[0], clientX: r.left + r.width / 2,"
    " clientY: r.top + r.height / 2, bubbles: true, cancelable: true}));"
)
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
    drawn_ms: list[float] = []
    wall_s: list[float] = []
    redraw_ms: list[float] = []
    wheel_ms: list[float] = []
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
        redraw_ms += [browser.driver.execute_async_script(_REDRAW, scale) for scale in (1.0, 2.0, 0.5)]
        time.sleep(0.5)
        wheel_ms += [browser.driver.execute_async_script(_WHEEL, delta) for delta in (-100, -100, 100, 100)]
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
        "redraw_ms": statistics.median(redraw_ms),
        "wheel_ms": statistics.median(wheel_ms),
    }


def screenshot(target: Path) -> None:
    """A picture of the sample article's view, with the tooltip of a statement that answers another."""
    from dipgraph import api

    sample = Path(__file__).resolve().parent.parent / "dipgraph" / "samples" / "mesop-2016-10-26-aleppo-pause.txt"
    doc = next(api.extract([sample])).document
    with tempfile.TemporaryDirectory() as folder, Browser(width=1500, height=940) as browser:
        path = Path(folder) / "sample.html"
        path.write_text(render_view(doc, title="Russia's Aleppo bombing pause, 26 Oct 2016",
                                    subtitle=f"Extracted from {sample.name}"), encoding="utf-8")
        browser.open(path)
        answers = [r.start for r in doc.relationships if r.type == "RESPONDS_TO"]
        statement = answers[0] if answers else next(n.id for n in doc.nodes if n.label == "Statement")
        browser.run("window.__dipgraphNetwork.fit({animation: false, maxZoomLevel: 1.2})")
        browser.hover(statement, zoom=False)
        target.parent.mkdir(parents=True, exist_ok=True)
        browser.driver.save_screenshot(str(target))
    print(f"saved {target}")


def main() -> int:
    """Print one line per view size; exit 1 when a size misses its target."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="folder to keep the generated views in")
    parser.add_argument("--screenshot", type=Path, help="save a picture of the sample article's view here")
    args = parser.parse_args()
    if args.screenshot:
        screenshot(args.screenshot)
        return 0
    folder = args.keep or Path(tempfile.mkdtemp(prefix="dipgraph-views-"))
    folder.mkdir(parents=True, exist_ok=True)
    columns = [("nodes", "nodes", "d"), ("edges", "edges", "d"), ("html MB", "html_mb", ".2f"),
               ("python s", "render_s", ".2f"), ("first s", "first_s", ".2f"), ("drawn s", "drawn_s", ".2f"),
               ("wall s", "wall_s", ".2f"), ("redraw ms", "redraw_ms", ".0f"), ("zoom ms", "wheel_ms", ".0f")]
    print(" ".join(f"{head:>9}" for head, _, _ in columns) + "  target")
    missed = False
    with Browser() as browser:
        for size in args.sizes:
            row = measure(browser, size, args.repeat, folder)
            target = TARGET_SECONDS.get(size)
            verdict = "" if target is None else ("ok" if row["drawn_s"] <= target else "MISSED") + f" (<= {target} s)"
            missed |= verdict.startswith("MISSED")
            print(" ".join(f"{row[key]:>9{fmt}}" for _, key, fmt in columns) + f"  {verdict}")
    print("python s: render_view (layout, sizes, tooltips, HTML); first s: page start to first drawing, "
          "first load; drawn s: the same, median of the loads; wall s: navigation to drawn as the driver "
          "sees it (median); redraw ms: one full redraw; zoom ms: one frame while zooming with the wheel "
          "(medians). Nodes do not move afterwards.")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
