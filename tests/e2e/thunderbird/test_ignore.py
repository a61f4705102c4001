""""Ignore" hides a finding for this message only: the card goes, the focus
moves to the next card, the summary counts again; pressing Send again on the
same message does not bring it back; a new message is checked afresh."""
import time

from scenario import Scenario

TWO = {
    "to": "Bob Client <bob@client.example>",
    "subject": "The contract",
    "body": ("Hello Bob,\n\nThe signed contract is in the attachments.\n\n"
             "Thank you for the the report.\n\nBest regards,\nAlice"),
}


class IgnoreForThisMessage(Scenario):
    def test_ignore_hides_one_finding_in_this_message_only(self):
        self.assertCoreFinds(TWO, ["forgotten-attachment", "repeated-word"])
        self.user.compose(**TWO)
        self.user.click_send()
        shown = self.user.wait_for_dialog()
        self.assertEqual(len(shown["cards"]), 2)
        self.assertTrue(shown["summary"].startswith("1 error, 1 warning:"), shown["summary"])
        self.user.click_in_dialog('li.card[data-rules~="forgotten-attachment"] button.ignore')
        time.sleep(0.3)
        shown = self.user.read_dialog()
        self.assertEqual([f["rule"] for f in shown["findings"]], ["repeated-word"])
        self.assertTrue(shown["summary"].startswith("1 warning:"), shown["summary"])
        focused = self.user.in_dialog("return document.activeElement.closest('li.card')?.dataset.rules ?? ''")
        self.assertEqual(focused, "repeated-word", "the focus moved to the next card")
        self.user.click_in_dialog("button.back")
        self.assertTrue(self.user.wait_dialog_closed())
        self.assertNothingSent(wait=0.5)
        # Send again: the ignored finding stays ignored for this message.
        self.user.click_send()
        shown = self.user.wait_for_dialog()
        self.assertEqual([f["rule"] for f in shown["findings"]], ["repeated-word"])
        self.user.click_in_dialog('li.card[data-rules~="repeated-word"] button.ignore')
        time.sleep(0.3)
        shown = self.user.read_dialog()
        self.assertEqual(shown["findings"], [])
        self.assertIn("ignored", shown["summary"])
        self.user.click_in_dialog("button.send")
        self.assertArrivedOnce(**TWO)
        # A new message with the same text: both are found again.
        self.user.compose(**dict(TWO, subject="The contract again"))
        self.user.click_send()
        shown = self.user.wait_for_dialog()
        self.assertEqual(sorted(f["rule"] for f in shown["findings"]), ["forgotten-attachment", "repeated-word"])
