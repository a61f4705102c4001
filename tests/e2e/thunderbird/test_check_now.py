"""The compose toolbar's "Check now" shows every finding, also those below
the threshold for Send, in a dialog that only closes: nothing is sent."""
from scenario import Scenario

DOUBLED = {
    "to": "Bob Client <bob@client.example>",
    "subject": "Quarterly report",
    "body": "Hello Bob,\n\nThank you for the the report.\n\nBest regards,\nAlice",
}


class CheckNowShowsAllFindings(Scenario):
    def test_check_now_lists_findings_below_threshold_and_sends_nothing(self):
        self.assertCoreFinds(DOUBLED, ["repeated-word"])
        # Send only stops for errors; "the the" is a warning.
        self.user.set_storage({"threshold": "error"})
        self.user.compose(**DOUBLED)
        self.user.click_check_now()
        shown = self.user.wait_for_dialog()
        self.assertEqual(shown["title"], "Check of your message")
        self.assertIn("repeated-word", [f["rule"] for f in shown["findings"]])
        self.assertEqual(shown["buttons"], ["Close"])
        self.user.screenshot_dialog("dialog-en-check-now")
        self.user.click_in_dialog("button.back")
        self.assertTrue(self.user.wait_dialog_closed())
        self.assertNothingSent()
        state = self.user.compose_state()
        self.assertEqual(state["body"].strip(), DOUBLED["body"])
        self.assertFalse(state["locked"])
        # On Send the warning is below the threshold: no dialog, it goes out.
        self.user.click_send()
        self.assertArrivedOnce(**DOUBLED)
        self.assertFalse(self.user.dialog_open())
