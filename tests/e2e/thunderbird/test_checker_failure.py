"""Proof 6: when presend's checker fails (the test switch makes it throw),
the user can still send: the message goes out without a dialog, and the
user is told it went unchecked."""
from scenario import CONTRACT, Scenario


class CheckerFailureNeverBlocksSend(Scenario):
    def test_message_is_sent_when_checker_throws(self):
        self.user.set_storage({"test_fail_checker": True})
        # This draft would open the dialog if the checker worked.
        self.user.compose(**CONTRACT)
        self.user.click_send()
        self.assertArrivedOnce(**CONTRACT)
        self.assertFalse(self.user.dialog_open())
        notice = self.user.wait_for_notice()
        self.assertIn("could not check", notice)
