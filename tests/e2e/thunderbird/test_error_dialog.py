"""Proofs 2 and 3: a draft with an error finding (it says "attached" and
nothing is attached) opens presend's dialog listing it. "Go back and edit"
sends nothing and leaves the draft as it was and editable; "Send anyway"
sends it once, unchanged. Closing the dialog window is "Go back" too."""
from scenario import CONTRACT, Scenario


class ErrorFindingOpensDialog(Scenario):
    def open_dialog_for_contract(self):
        self.user.compose(**CONTRACT)
        before = self.user.compose_state()
        self.user.click_send()
        shown = self.user.wait_for_dialog()
        rules = [f["rule"] for f in shown["findings"]]
        self.assertIn("forgotten-attachment", rules)
        finding = shown["findings"][rules.index("forgotten-attachment")]
        self.assertEqual(finding["severity"], "error")
        self.assertIn("attachments", finding["text"])  # the excerpt from the draft
        self.assertEqual(shown["title"], "Before you send")
        return before

    def test_go_back_sends_nothing_and_leaves_draft_editable(self):
        before = self.open_dialog_for_contract()
        self.user.click_in_dialog("button.back")
        self.assertTrue(self.user.wait_dialog_closed())
        self.assertNothingSent()
        after = self.user.compose_state()
        self.assertIsNotNone(after, "the compose window was closed")
        self.assertEqual(after["subject"], before["subject"])
        self.assertEqual(after["body"].strip(), before["body"].strip())
        self.assertFalse(after["locked"], "the compose window is still locked")
        self.assertFalse(after["readonly"])
        # The user can type again.
        self.user.type_into_subject(" (v2)")
        self.assertEqual(self.user.compose_state()["subject"], CONTRACT["subject"] + " (v2)")

    def test_send_anyway_sends_the_draft_once_unchanged(self):
        self.open_dialog_for_contract()
        self.user.click_in_dialog("button.send")
        self.assertArrivedOnce(**CONTRACT)
        self.assertFalse(self.user.dialog_open())

    def test_closing_the_dialog_window_is_go_back(self):
        self.open_dialog_for_contract()
        self.user.close_dialog_window()
        self.assertTrue(self.user.wait_dialog_closed())
        self.assertNothingSent()
        after = self.user.compose_state()
        self.assertIsNotNone(after)
        self.assertFalse(after["locked"], "the compose window is still locked")
