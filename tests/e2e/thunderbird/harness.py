"""Starts and stops what a scenario needs: the SMTP sink and a headless
Thunderbird with a fresh profile, driven through Marionette. Every process
is started in its own process group and ended by its id."""
import email
import email.policy
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time

from marionette import Marionette
from profile import write_profile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
THUNDERBIRD = os.environ.get("THUNDERBIRD", "/usr/lib/thunderbird/thunderbird")
# PRESEND_THUNDERBIRD_XPI: another build to test (e.g. an older one, to
# measure before and after side by side); dist/presend-thunderbird.xpi by default.
XPI = os.environ.get("PRESEND_THUNDERBIRD_XPI") or os.path.join(ROOT, "dist", "presend-thunderbird.xpi")
ADDON_ID = "presend@presend.dev"
OUT = os.path.join(ROOT, "tests", "e2e", "out", "thunderbird")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _remember(proc):
    """Tells run.sh's clean-up trap about a process group we started."""
    path = os.environ.get("PRESEND_E2E_PIDS")
    if path:
        with open(path, "a") as f:
            f.write(f"{proc.pid}\n")


def _end_group(proc, wait=10):
    if proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(wait)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.wait()


class Sink:
    """The SMTP sink: each message Thunderbird sends lands in a folder."""

    def __init__(self, scratch):
        self.port = free_port()
        self.folder = os.path.join(scratch, "sink")
        self.log = open(os.path.join(scratch, "sink.log"), "w")
        self.proc = subprocess.Popen(
            ["/usr/bin/python3", os.path.join(ROOT, "tests", "e2e", "smtp_sink.py"), str(self.port), self.folder],
            stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True)
        _remember(self.proc)
        deadline = time.monotonic() + 20
        while True:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                break
            except OSError:
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("the SMTP sink did not start; see sink.log")
                time.sleep(0.1)

    def messages(self):
        if not os.path.isdir(self.folder):
            return []
        names = sorted(n for n in os.listdir(self.folder) if n.endswith(".eml"))
        result = []
        for name in names:
            with open(os.path.join(self.folder, name), "rb") as f:
                result.append(email.message_from_bytes(f.read(), policy=email.policy.default))
        return result

    def wait_for(self, count, timeout=30):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            got = self.messages()
            if len(got) >= count:
                return got
            time.sleep(0.1)
        return self.messages()

    def stop(self):
        _end_group(self.proc)
        self.log.close()


class Thunderbird:
    """A headless Thunderbird on a fresh profile, with Marionette attached."""

    def __init__(self, scratch, smtp_port, compose_html=False, extra_prefs=None, xpi=XPI):
        self.scratch = scratch
        self.profile = os.path.join(scratch, "profile")
        self.marionette_port = free_port()
        write_profile(self.profile, smtp_port=smtp_port, marionette_port=self.marionette_port,
                      xpi=xpi, addon_id=ADDON_ID, compose_html=compose_html,
                      extra_prefs=extra_prefs)
        home = os.path.join(scratch, "home")
        os.makedirs(home, exist_ok=True)
        env = dict(os.environ, HOME=home, MOZ_CRASHREPORTER_DISABLE="1",
                   MOZ_REMOTE_SETTINGS_DEVTOOLS="1", TMPDIR=scratch)
        env.pop("DISPLAY", None)
        self.log_path = os.path.join(scratch, "thunderbird.log")
        self.log = open(self.log_path, "w")
        self.proc = subprocess.Popen(
            [THUNDERBIRD, "--headless", "--no-remote", "--marionette", "-remote-allow-system-access",
             "-profile", self.profile],
            stdout=self.log, stderr=subprocess.STDOUT, env=env, start_new_session=True)
        _remember(self.proc)
        try:
            self.m = Marionette(self.marionette_port, connect_timeout=90)
        except Exception:
            self.stop()
            raise

    def js(self, script, *args):
        return self.m.js(script, *args)

    def log_text(self):
        with open(self.log_path, errors="replace") as f:
            return f.read()

    def stop(self):
        if getattr(self, "m", None):
            try:
                self.m.command("WebDriver:ExecuteScript", {
                    "script": "setTimeout(() => Services.startup.quit(Ci.nsIAppStartup.eForceQuit), 0); return 1;",
                    "args": []})
            except Exception:
                pass
            self.m.close()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                pass
        _end_group(self.proc)
        self.log.close()
