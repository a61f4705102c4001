"""For tone findings the dialog offers "Send later": the message is not
sent now but queued in Thunderbird's Outbox (send-later mode), and the
compose window closes. Skipped while the core has no `insult` rule."""
import time
import unittest

from core import core_rule_ids
from scenario import Scenario

RULES = core_rule_ids()
RUDE = {
    "to": "Bob Client <bob@client.example>",
    "subject": "Your report",
    "body": "Bob,\n\nyou are an idiot.\n\nAlice",
}


@unittest.skipIf(RULES is not None and "insult" not in RULES, "the core's catalogue has no insult rule yet")
class SendLaterForTone(Scenario):
    def test_send_later_queues_in_outbox_and_sends_nothing_now(self):
        self.user.compose(**RUDE)
        self.user.click_send()
        shown = self.user.wait_for_dialog()
        self.assertIn("insult", [f["rule"] for f in shown["findings"]])
        self.assertIn("Send later", shown["buttons"])
        self.user.screenshot_dialog("dialog-en-tone")
        self.user.click_in_dialog("button.send-later")
        self.assertNothingSent(wait=2.0)
        deadline = time.monotonic() + 10
        while self.user.outbox_count() < 1 and time.monotonic() < deadline:
            time.sleep(0.2)
        self.assertEqual(self.user.outbox_count(), 1)
        self.assertFalse(self.user.compose_window_open())
