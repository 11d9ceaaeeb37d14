"""Headless Chromium for view tests and benchmarks: open a page from disk with networking cut off.

Debian's `chromium` and `chromium-driver` (installed by .ci/chromium.sh) are driven with
Selenium. Every request the page makes is read back from the DevTools performance log, so
a test can prove that nothing left the page.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By

CHROMIUM = os.environ.get("DIPGRAPH_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("DIPGRAPH_CHROMEDRIVER", "/usr/bin/chromedriver")
ARTIFACTS = Path(__file__).parent / "artifacts"

# Schemes that never leave the machine: the page itself and inline data.
LOCAL_SCHEMES = ("file:", "data:", "blob:", "about:")


class Browser:
    """One headless Chromium with its own profile, offline, that records the page's requests."""

    def __init__(self, width: int = 1400, height: int = 900) -> None:
        for path in (CHROMIUM, CHROMEDRIVER):
            if not Path(path).exists():
                raise RuntimeError(f"{path} is missing: run .ci/chromium.sh")
        self.profile = tempfile.mkdtemp(prefix="dipgraph-chromium-")
        options = webdriver.ChromeOptions()
        options.binary_location = CHROMIUM
        for flag in (
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-default-apps",
            "--disable-extensions", "--hide-scrollbars", "--force-device-scale-factor=1",
            f"--window-size={width},{height}", f"--user-data-dir={self.profile}",
            # Any request that escapes the offline emulation below still reaches nothing.
            "--proxy-server=127.0.0.1:9", "--host-resolver-rules=MAP * ~NOTFOUND",
        ):
            options.add_argument(flag)
        options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
        try:
            self.driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
        except Exception:
            shutil.rmtree(self.profile, ignore_errors=True)
            raise
        self.driver.execute_cdp_cmd("Network.enable", {})
        self.driver.execute_cdp_cmd(
            "Network.emulateNetworkConditions",
            {"offline": True, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1},
        )
        self.requests: list[str] = []

    def open(self, path: Path, timeout: float = 60.0) -> dict[str, Any]:
        """Load a view from disk, wait until it has drawn, and return its exposed state."""
        self._drain_log()
        self.requests = []
        started = time.perf_counter()
        self.driver.get(Path(path).resolve().as_uri())
        state = self.wait_for("return window.__dipgraphView && window.__dipgraphView.ready", timeout)
        state = self.state()
        state["wallSeconds"] = time.perf_counter() - started
        return state

    def wait_for(self, script: str, timeout: float = 30.0) -> Any:
        """Poll a JavaScript expression (a `return ...` body) until it is truthy."""
        deadline = time.monotonic() + timeout
        while True:
            value = self.driver.execute_script(script)
            if value:
                return value
            if time.monotonic() > deadline:
                raise TimeoutError(f"timed out after {timeout}s waiting for: {script}")
            time.sleep(0.05)

    def state(self) -> dict[str, Any]:
        """The page's `window.__dipgraphView` (counts, readiness, errors, CSP violations)."""
        return self.driver.execute_script("return JSON.parse(JSON.stringify(window.__dipgraphView || null))")

    def run(self, script: str, *args: Any) -> Any:
        """Run JavaScript in the page and return its result."""
        return self.driver.execute_script(script, *args)

    def hover(self, node_id: str, zoom: bool = True) -> str:
        """Move the mouse onto a node and return the tooltip's text.

        With `zoom`, the view first centres on the node at 1.5× or more, so that no neighbour
        sits under the pointer; without it the view stays as it is (for screenshots).
        """
        x, y = self.run(
            "var net = window.__dipgraphNetwork, id = arguments[0], tip = document.getElementById('tooltip');"
            "tip.hidden = true; tip.replaceChildren();"
            "if (arguments[1]) { net.focus(id, {scale: Math.max(net.getScale(), 1.5), animation: false}); }"
            "var p = net.canvasToDOM(net.getPositions([id])[id]); return [p.x, p.y];", node_id, zoom)
        canvas = self.driver.find_element(By.ID, "network")
        box = canvas.rect
        ActionChains(self.driver).move_to_element_with_offset(
            canvas, int(x - box["width"] / 2), int(y - box["height"] / 2)).perform()
        self.wait_for("return !document.getElementById('tooltip').hidden", 5)
        return self.run("return document.getElementById('tooltip').textContent")

    def page_requests(self) -> list[str]:
        """Every URL the page asked for since it was opened (from the DevTools log)."""
        self._drain_log()
        return list(self.requests)

    def remote_requests(self) -> list[str]:
        """Requests that would have left the machine (anything but the file itself and inline data)."""
        return [url for url in self.page_requests() if not url.startswith(LOCAL_SCHEMES)]

    def console_errors(self) -> list[str]:
        """Severe messages from the page's console (script errors, CSP reports)."""
        return [e["message"] for e in self.driver.get_log("browser") if e.get("level") == "SEVERE"]

    def screenshot(self, name: str) -> Path:
        """Save a PNG of the window to tests/artifacts/NAME."""
        ARTIFACTS.mkdir(exist_ok=True)
        target = ARTIFACTS / name
        self.driver.save_screenshot(str(target))
        return target

    def close(self) -> None:
        """Quit Chromium and remove its profile."""
        try:
            self.driver.quit()
        finally:
            shutil.rmtree(self.profile, ignore_errors=True)

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _drain_log(self) -> None:
        for entry in self.driver.get_log("performance"):
            message = json.loads(entry["message"])["message"]
            if message.get("method") in ("Network.requestWillBeSent", "Network.webSocketCreated"):
                params = message["params"]
                self.requests.append(params.get("request", {}).get("url") or params.get("url", ""))
