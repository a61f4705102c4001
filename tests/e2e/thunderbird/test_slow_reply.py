"""Proof 5: a reply to a message received three days earlier gets the
slow-reply finding: presend reads the answered message's date through
relatedMessageId. Skipped while the core has no slow-reply rule."""
import email.utils
import time
import unittest

from core import core_rule_ids
from scenario import Scenario

THREE_DAYS = 3 * 24 * 3600
RULES = core_rule_ids()


@unittest.skipIf(RULES is not None and "slow-reply" not in RULES,
                 "the core's catalogue has no slow-reply rule yet")
class ReplyToOldMessage(Scenario):
    def test_reply_three_days_late_gets_slow_reply(self):
        received = email.utils.formatdate(time.time() - THREE_DAYS, localtime=False)
        self.user.receive_message(
            sender="Bob Client <bob@client.example>",
            subject="Question about the invoice",
            date=received,
            body="Hello Alice,\n\ncould you check invoice 1234 for me?\n\nBob",
        )
        self.user.reply_to_last_received(
            "Hello Bob,\n\nyes, invoice 1234 is correct. Have a good day."
        )
        self.user.click_send()
        shown = self.user.wait_for_dialog()
        rules = [f["rule"] for f in shown["findings"]]
        self.assertIn("slow-reply", rules, f"findings shown: {rules}")
