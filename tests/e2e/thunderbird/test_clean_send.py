"""Proof 1: a draft with nothing to report is sent at once, without a
dialog, and arrives at the SMTP server as written."""
import time

from scenario import Scenario

CLEAN = {
    "to": "Bob Client <bob@client.example>",
    "subject": "Meeting on Thursday",
    "body": "Hello Bob,\n\nThursday at 10:00 works for me. See you then.\n\nBest regards,\nAlice",
}


class CleanDraftIsSentWithoutDialog(Scenario):
    def test_clean_draft_arrives_intact_without_dialog(self):
        self.assertCoreFinds(CLEAN, [])
        self.user.compose(**CLEAN)
        pressed = time.monotonic()
        self.user.click_send()
        self.assertArrivedOnce(**CLEAN)
        # No dialog was shown at any point, and the compose window is gone.
        self.assertFalse(self.user.dialog_open())
        self.assertFalse(self.user.compose_window_open())
        print(f"  clean send: {time.monotonic() - pressed:.1f} s from Send to arrival (incl. 1 s duplicate wait)")
