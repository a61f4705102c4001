"""The base of every end-to-end test: a fresh SMTP sink and a fresh headless
Thunderbird with presend installed, stopped again after the test (Thunderbird's
log is kept as tests/e2e/out/thunderbird/<test>.log)."""
import os
import shutil
import tempfile
import time
import unittest

import harness
from core import core_findings
from driver import Driver
from profile import IDENTITY_EMAIL, IDENTITY_NAME

# The draft of proofs 2 and 3: speaks of attachments, has none. Worded so
# that Thunderbird's own reminder (keywords "attached", "attachment", …, not
# their plurals) does not ask: presend asks (see test_attachment_reminder.py
# for the drafts both would ask about).
CONTRACT = {
    "to": "Bob Client <bob@client.example>",
    "subject": "The contract",
    "body": "Hello Bob,\n\nThe signed contract and the price list are in the attachments.\n\nBest regards,\nAlice",
}


class Scenario(unittest.TestCase):
    compose_html = False
    extra_prefs = {}

    def addon(self, scratch):
        """The add-on file this test installs (a test may damage a copy)."""
        return harness.XPI

    def setUp(self):
        self.scratch = tempfile.mkdtemp(prefix="presend-tb-")
        self.addCleanup(shutil.rmtree, self.scratch, ignore_errors=True)
        self.sink = harness.Sink(self.scratch)
        self.addCleanup(self.sink.stop)
        self.tb = harness.Thunderbird(self.scratch, self.sink.port, compose_html=self.compose_html,
                                      extra_prefs=self.extra_prefs, xpi=self.addon(self.scratch))
        self.addCleanup(self._stop_thunderbird)
        self.user = Driver(self.tb)
        self.user.wait_for_presend()

    def _stop_thunderbird(self):
        self.tb.stop()
        os.makedirs(harness.OUT, exist_ok=True)
        shutil.copyfile(self.tb.log_path, os.path.join(harness.OUT, f"{self.id()}.log"))

    # --- assertions a user would make ----------------------------------

    def assertCoreFinds(self, draft, rules):
        """Premise of a test: the core finds exactly `rules` (at warning or
        above) in the draft. Fails with the findings when a catalogue change
        made a test draft say something else, so the cause is plain."""
        full = {"from": f"{IDENTITY_NAME} <{IDENTITY_EMAIL}>", "to": [draft["to"]],
                "subject": draft["subject"], "body": draft["body"]}
        found = core_findings(full)
        if found is None:
            return  # no Node build of the core to ask; the test itself still runs
        at_warning = sorted(f[0] for f in found if f[1] in ("error", "warning"))
        self.assertEqual(at_warning, sorted(rules), f"test draft premise broken; the core finds {found}")

    def assertNothingSent(self, wait=1.5):
        time.sleep(wait)
        self.assertEqual(self.sink.messages(), [], "a message reached the SMTP server")

    def assertArrivedOnce(self, *, to, subject, body, wait=30):
        got = self.sink.wait_for(1, wait)
        self.assertEqual(len(got), 1, "expected exactly one message at the SMTP server")
        time.sleep(1.0)  # a duplicate would arrive within this
        got = self.sink.messages()
        self.assertEqual(len(got), 1, "the message arrived more than once")
        message = got[0]
        self.assertEqual(message["Subject"], subject)
        self.assertEqual(str(message["To"]), to)
        self.assertEqual(_text(message), _normal(body))
        return message

    def assertNoDialog(self, wait=1.5):
        time.sleep(wait)
        self.assertFalse(self.user.dialog_open(), "presend's dialog opened")


def _normal(text):
    return "\n".join(line.rstrip() for line in text.strip().splitlines())


def _text(message):
    """The plain text of a received message as its reader sees it."""
    part = message.get_body(preferencelist=("plain",))
    content = part.get_content()
    if part.get_param("format") == "flowed":
        # format=flowed: a line ending in a space continues on the next one.
        content = content.replace(" \r\n", " ").replace(" \n", " ")
    return _normal(content)
