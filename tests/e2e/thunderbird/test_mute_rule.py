""""Don't warn me about this again" turns the rule off in the settings: the
dialog re-checks and, with nothing left, closes without sending; from then
on the rule stays quiet and the same draft goes out without a dialog."""
from scenario import CONTRACT, Scenario


class MuteTurnsRuleOff(Scenario):
    def test_muted_rule_stays_quiet_and_draft_is_sent(self):
        self.assertCoreFinds(CONTRACT, ["forgotten-attachment"])
        self.user.compose(**CONTRACT)
        self.user.click_send()
        self.user.wait_for_dialog()
        self.user.click_in_dialog('li.finding[data-rule="forgotten-attachment"] button.mute')
        self.assertTrue(self.user.wait_dialog_closed())
        self.assertNothingSent(wait=1.0)
        self.assertIn("no problems left", self.user.wait_for_notice())
        state = self.user.compose_state()
        self.assertEqual(state["body"].strip(), CONTRACT["body"])  # the draft is untouched
        self.assertFalse(state["locked"])
        self.user.click_send()
        self.assertArrivedOnce(**CONTRACT)
        self.assertFalse(self.user.dialog_open())
