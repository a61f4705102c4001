"""presend's MV3 event page and its idle suspension. An answer given long
after the dialog opened still reaches Thunderbird:
presend keeps its MV3 background alive while the dialog is open (else the
answer is lost and the compose window stays locked). The background's idle
timeout is shortened to 5 s (the dialog pings every 2 s) so the test need
not wait three times the default 30 s."""
import time

from scenario import CONTRACT, Scenario

IDLE_TIMEOUT_MS = 5000


class DialogKeepsBackgroundAlive(Scenario):
    extra_prefs = {"extensions.background.idle.timeout": IDLE_TIMEOUT_MS}

    def test_send_anyway_after_long_reading_still_sends(self):
        self.user.compose(**CONTRACT)
        self.user.click_send()
        self.user.wait_for_dialog()
        time.sleep(3 * IDLE_TIMEOUT_MS / 1000)  # the user reads for a while
        self.assertTrue(self.user.presend_background_running())
        self.user.click_in_dialog("button.send")
        self.assertArrivedOnce(**CONTRACT)


class SuspendedBackgroundWakesOnSend(Scenario):
    """The other side of MV3: after the event page was suspended for being
    idle, pressing Send wakes it and the draft is still checked."""

    extra_prefs = {"extensions.background.idle.timeout": IDLE_TIMEOUT_MS}

    def test_send_after_background_was_suspended_still_opens_dialog(self):
        self.assertTrue(self.user.wait_background_suspended(), "presend's background was never suspended")
        self.user.compose(**CONTRACT)
        self.user.click_send()
        shown = self.user.wait_for_dialog()
        self.assertIn("forgotten-attachment", [f["rule"] for f in shown["findings"]])
        self.user.click_in_dialog("button.back")
        self.assertNothingSent()
