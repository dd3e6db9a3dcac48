#!/usr/bin/env python3
"""Load standalone HTML pages in headless Chromium and fail on any problem.

framescope writes self-contained HTML (`framescope show --html`, later
`framescope report`). Those pages must open in a browser with no console
errors or warnings, no exceptions, no Content-Security-Policy violations
and no requests other than the page itself: no network, no data: or
blob: resources. This script proves that for each FILE.html given, and
saves a full-page screenshot so a person can look at the layout.

How: for every file it starts a fresh Chromium (Debian's `chromium`;
override with the CHROMIUM environment variable) with a temporary
profile and speaks the DevTools protocol over --remote-debugging-pipe
(fd 3: commands to the browser, fd 4: replies and events; JSON messages
terminated by a NUL byte). It creates a target, attaches to it (flat
sessions), enables Runtime, Log, Network and Page, navigates to the
file:// URL, waits for the load event plus a short settle time, collects
  Runtime.consoleAPICalled   type error, warning or assert
  Runtime.exceptionThrown    any
  Log.entryAdded             level error or warning (CSP violations)
  Network.requestWillBeSent  any URL but the page's own
then captures the whole page (Page.captureScreenshot beyond the
viewport, clipped to the layout size) to OUT/<basename>.png.

Every wait has a deadline (under 60 s per file in all): a hung browser
fails the file instead of hanging CI, and is killed with its process
group. Python 3 standard library only, no network.

Usage: browser-check.py [--out DIR] [--width 1280] [--height 2000] FILE.html...
Prints `OK file (N bytes, screenshot DIR/x.png)` (N: size of the HTML
file) or `FAIL file: problem; problem...` per file.
Exit status: 0 all passed, 1 some file failed, 2 usage error or the
browser could not be started.
"""

import argparse
import base64
import json
import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
    "--disable-background-networking", "--disable-component-update",
    "--disable-sync",
]
FILE_BUDGET = 45.0      # seconds for one file until closing (+ <= 10 s)
START_TIMEOUT = 20.0    # first reply from a freshly started browser
LOAD_TIMEOUT = 25.0     # navigation until Page.loadEventFired
SETTLE = 0.5            # late console messages, CSP reports, requests
CLOSE_TIMEOUT = 5.0     # Browser.close until the process has exited
MAX_SHOT_HEIGHT = 16000  # Chromium cannot capture much taller pages
MAX_TEXT = 240          # characters kept of one problem


class StartError(Exception):
    """The browser could not be started or never answered (exit 2)."""


class CheckError(Exception):
    """The browser hung, crashed or refused a command (file fails)."""


class Browser:
    """One Chromium process spoken to over the DevTools pipe."""

    def __init__(self, exe):
        self.profile = tempfile.mkdtemp(prefix="browser-check-")
        self.errlog = tempfile.TemporaryFile()
        self.buf = b""
        self.next_id = 0
        self.events = []
        # os.pipe takes the lowest free descriptors, so fds 3 and 4 are
        # never subprocess's own error pipe when the child remaps below.
        to_child_r, self.to_child_w = os.pipe()
        self.from_child_r, from_child_w = os.pipe()

        def remap():
            """In the child: commands on fd 3, replies on fd 4."""
            r = os.dup(to_child_r)
            w = os.dup(from_child_w)
            os.dup2(r, 3)
            os.dup2(w, 4)

        args = [exe, *CHROMIUM_FLAGS, "--remote-debugging-pipe",
                "--user-data-dir=" + self.profile, "about:blank"]
        try:
            self.proc = subprocess.Popen(
                args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                stderr=self.errlog, pass_fds=(3, 4), preexec_fn=remap,
                start_new_session=True)
        except OSError as e:
            self._cleanup()
            raise StartError(f"cannot start {exe}: {e}") from e
        finally:
            os.close(to_child_r)
            os.close(from_child_w)

    def stderr_tail(self, lines=5):
        """The last lines the browser wrote to its standard error."""
        self.errlog.seek(0)
        text = self.errlog.read().decode("utf-8", "replace").strip()
        return " | ".join(text.splitlines()[-lines:])

    def send(self, method, params=None, session=None):
        """Send one command; return its id."""
        self.next_id += 1
        msg = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        data = json.dumps(msg).encode() + b"\0"
        try:
            while data:
                data = data[os.write(self.to_child_w, data):]
        except OSError as e:
            raise CheckError(f"browser pipe closed ({e})") from e
        return self.next_id

    def _read_message(self, deadline):
        """Next message from the browser, or None at the deadline."""
        while b"\0" not in self.buf:
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            ready, _, _ = select.select([self.from_child_r], [], [], left)
            if not ready:
                return None
            chunk = os.read(self.from_child_r, 1 << 16)
            if not chunk:
                raise CheckError("browser exited: " + self.stderr_tail())
            self.buf += chunk
        raw, self.buf = self.buf.split(b"\0", 1)
        return json.loads(raw)

    def pump(self, deadline, stop=None):
        """Read messages until deadline or stop(msg) is true; return msg.

        Events are kept in self.events; returns None at the deadline.
        """
        while True:
            msg = self._read_message(deadline)
            if msg is None:
                return None
            if "method" in msg:
                self.events.append(msg)
            if stop and stop(msg):
                return msg

    def call(self, method, params=None, session=None, timeout=10.0,
             deadline=None):
        """Send a command and wait for its result."""
        cid = self.send(method, params, session)
        end = time.monotonic() + timeout
        if deadline is not None:
            end = min(end, deadline)
        msg = self.pump(end, lambda m: m.get("id") == cid)
        if msg is None:
            raise CheckError(f"timeout waiting for {method}")
        if "error" in msg:
            raise CheckError(f"{method}: {msg['error'].get('message')}")
        return msg.get("result", {})

    def close(self):
        """Browser.close, wait a little, then kill the process group."""
        if self.proc.poll() is None:
            try:
                self.send("Browser.close")
                self.proc.wait(CLOSE_TIMEOUT)
            except (CheckError, subprocess.TimeoutExpired):
                pass
        self.kill()
        self._cleanup()

    def kill(self):
        """Kill the browser and every process it started (its group)."""
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        try:
            self.proc.wait(CLOSE_TIMEOUT)
        except subprocess.TimeoutExpired:
            pass

    def _cleanup(self):
        for fd in ("to_child_w", "from_child_r"):
            if getattr(self, fd, None) is not None:
                os.close(getattr(self, fd))
                setattr(self, fd, None)
        self.errlog.close()
        shutil.rmtree(self.profile, ignore_errors=True)


def short(text):
    """One line, at most MAX_TEXT characters."""
    text = " ".join(str(text).split())
    return text if len(text) <= MAX_TEXT else text[:MAX_TEXT - 1] + "…"


def remote_value(obj):
    """Readable text of a Runtime.RemoteObject (a console argument)."""
    if "value" in obj:
        return str(obj["value"])
    return obj.get("description") or obj.get("unserializableValue") \
        or obj.get("type", "?")


def same_document(url, page_url):
    """Whether a request URL is the page itself (ignoring #fragment)."""
    def norm(u):
        return urllib.parse.unquote(urllib.parse.urldefrag(u)[0])
    return norm(url) == norm(page_url)


def problem_of(event, page_url):
    """The problem an event reports, or None if it is harmless."""
    method, p = event["method"], event.get("params", {})
    if method == "Runtime.consoleAPICalled":
        if p.get("type") in ("error", "warning", "assert"):
            args = " ".join(remote_value(a) for a in p.get("args", []))
            return f"console.{p['type']}: {short(args)}"
    elif method == "Runtime.exceptionThrown":
        d = p.get("exceptionDetails", {})
        text = d.get("exception", {}).get("description") or d.get("text")
        return f"exception: {short(text)} (line {d.get('lineNumber', 0) + 1})"
    elif method == "Log.entryAdded":
        e = p.get("entry", {})
        if e.get("level") in ("error", "warning"):
            return (f"log {e['level']} ({e.get('source', '?')}): "
                    f"{short(e.get('text', ''))}")
    elif method == "Network.requestWillBeSent":
        url = p.get("request", {}).get("url", "")
        if not same_document(url, page_url):
            return f"request: {short(url)}"
    elif method == "Inspector.targetCrashed":
        return "renderer crashed"
    return None


def problems(events, session, page_url):
    """Problems from the events of our session, in order, de-duplicated."""
    found = []
    for ev in events:
        if ev.get("sessionId") != session:
            continue
        prob = problem_of(ev, page_url)
        if prob and prob not in found:
            found.append(prob)
    return found


def open_page(br, width, height, deadline):
    """Create a target, attach (flat) and enable the domains we watch."""
    target = br.call("Target.createTarget", {"url": "about:blank"},
                     timeout=START_TIMEOUT, deadline=deadline)["targetId"]
    session = br.call("Target.attachToTarget",
                      {"targetId": target, "flatten": True},
                      deadline=deadline)["sessionId"]
    for domain in ("Runtime", "Log", "Network", "Page"):
        br.call(domain + ".enable", session=session, deadline=deadline)
    br.call("Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1,
             "mobile": False}, session=session, deadline=deadline)
    # No scrollbar: the page is laid out and captured at exactly --width.
    br.call("Emulation.setScrollbarsHidden", {"hidden": True},
            session=session, deadline=deadline)
    return session


def load(br, session, url, deadline):
    """Navigate and wait for the load event, then let things settle."""
    br.events.clear()
    res = br.call("Page.navigate", {"url": url}, session=session,
                  deadline=deadline)
    if res.get("errorText"):
        raise CheckError(f"navigation failed: {res['errorText']}")

    def loaded(m):
        return m.get("method") == "Page.loadEventFired" \
            and m.get("sessionId") == session

    if not any(loaded(m) for m in br.events):
        end = min(time.monotonic() + LOAD_TIMEOUT, deadline)
        if br.pump(end, loaded) is None:
            raise CheckError("timeout waiting for the load event")
    br.pump(min(time.monotonic() + SETTLE, deadline))


def screenshot(br, session, path, deadline):
    """Capture the whole page (beyond the viewport) to a PNG file."""
    m = br.call("Page.getLayoutMetrics", session=session, deadline=deadline)
    size = m.get("cssContentSize") or m["contentSize"]
    clip = {"x": 0, "y": 0, "width": max(1, size["width"]),
            "height": max(1, min(size["height"], MAX_SHOT_HEIGHT)),
            "scale": 1}
    shot = br.call("Page.captureScreenshot",
                   {"format": "png", "captureBeyondViewport": True,
                    "clip": clip}, session=session, timeout=20.0,
                   deadline=deadline)
    path.write_bytes(base64.b64decode(shot["data"]))


def check_file(exe, html, shot_path, width, height):
    """Check one page; return the list of problems (empty: passed).

    Raises StartError when the browser does not start or answer.
    """
    deadline = time.monotonic() + FILE_BUDGET
    url = html.resolve().as_uri()
    br = Browser(exe)
    try:
        try:
            session = open_page(br, width, height, deadline)
        except CheckError as e:
            raise StartError(f"{exe} did not start: {e}; stderr: "
                             f"{br.stderr_tail()}") from e
        try:
            load(br, session, url, deadline)
            found = problems(br.events, session, url)
            screenshot(br, session, shot_path, deadline)
            found += [p for p in problems(br.events, session, url)
                      if p not in found]
        except CheckError as e:
            found = problems(br.events, session, url) + [str(e)]
        return found
    finally:
        br.close()


def find_chromium():
    """Path of the chromium executable, or None."""
    exe = os.environ.get("CHROMIUM")
    if exe:
        return exe if os.access(exe, os.X_OK) and os.path.isfile(exe) \
            else None
    return shutil.which("chromium") or (
        "/usr/bin/chromium" if os.access("/usr/bin/chromium", os.X_OK)
        else None)


def shot_name(out, html, used):
    """OUT/<basename>.png, made unique within one run."""
    stem = html.stem
    name, n = stem, 1
    while name in used:
        n += 1
        name = f"{stem}-{n}"
    used.add(name)
    return out / (name + ".png")


def parse_args(argv):
    """Command line; argparse exits 2 on usage errors."""
    ap = argparse.ArgumentParser(
        description="Load HTML files in headless Chromium; fail on console "
                    "errors, exceptions, CSP violations or any request.")
    ap.add_argument("--out", default="ci-artifacts/screenshots",
                    help="directory for the PNG screenshots "
                         "(default: %(default)s)")
    ap.add_argument("--width", type=int, default=1280)
    ap.add_argument("--height", type=int, default=2000)
    ap.add_argument("files", nargs="+", metavar="FILE.html")
    args = ap.parse_args(argv)
    if args.width < 100 or args.height < 100:
        ap.error("--width and --height must be at least 100")
    for f in args.files:
        if not os.path.isfile(f):
            ap.error(f"no such file: {f}")
    return args


def on_sigterm(signum, frame):
    """Exit through the finally blocks, which kill the browser."""
    raise SystemExit(128 + signum)


def main(argv):
    signal.signal(signal.SIGTERM, on_sigterm)
    args = parse_args(argv)
    exe = find_chromium()
    if not exe:
        print("browser-check: chromium not found (install the Debian "
              "package chromium, or set CHROMIUM=/path/to/chromium)",
              file=sys.stderr)
        return 2
    out = Path(args.out)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        print(f"browser-check: cannot create {out}: {e}", file=sys.stderr)
        return 2
    status, used = 0, set()
    for f in args.files:
        html = Path(f)
        shot = shot_name(out, html, used)
        try:
            found = check_file(exe, html, shot, args.width, args.height)
        except StartError as e:
            print(f"browser-check: {e}", file=sys.stderr)
            return 2
        if found:
            status = 1
            print(f"FAIL {f}: " + "; ".join(found), flush=True)
        else:
            print(f"OK {f} ({html.stat().st_size} bytes, screenshot {shot})",
                  flush=True)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
