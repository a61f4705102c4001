""""Turn off this check" sits behind the card's "⋯" menu, not on the card:
it turns the rule off for every message, the dialog says so with an Undo,
and Undo brings the finding back. Turned off, the rule stays quiet: the same
draft goes out without a dialog, and the options page shows the rule off."""
from scenario import CONTRACT, Scenario

CARD = 'li.card[data-rules~="forgotten-attachment"]'


class TurnOffWithUndo(Scenario):
    def turn_off_from_the_dialog(self):
        self.user.wait_for_fitted_dialog()
        self.user.click_in_dialog(f"{CARD} button.more")
        self.wait_for(lambda shown: self.user.in_dialog(f"return !!document.querySelector('{CARD} .menu-items:not([hidden])')"))
        self.user.click_in_dialog(f'{CARD} button.turn-off[data-rule="forgotten-attachment"]')
        return self.wait_for(lambda shown: "is off for all messages" in shown["undo"])

    def wait_for(self, condition, timeout=15):
        import time
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            shown = self.user.read_dialog()
            if shown and condition(shown):
                return shown
            time.sleep(0.2)
        raise AssertionError(f"the dialog did not change as expected: {self.user.read_dialog()}")

    def test_turn_off_undo_and_turn_off_again(self):
        self.assertCoreFinds(CONTRACT, ["forgotten-attachment"])
        self.user.compose(**CONTRACT)
        self.user.click_send()
        shown = self.user.wait_for_dialog()
        # Not one click away: the card itself offers only Ignore.
        buttons = self.user.in_dialog(f"""
return [...document.querySelectorAll('{CARD} button')].filter((b) => b.checkVisibility()).map((b) => b.className);
""")
        self.assertNotIn("turn-off", buttons)
        shown = self.turn_off_from_the_dialog()
        self.assertIn("is off for all messages", shown["undo"])
        self.assertEqual(shown["findings"], [])
        self.user.click_in_dialog(".undo-bar button.undo")
        shown = self.wait_for(lambda shown: shown["findings"])
        self.assertIn("forgotten-attachment", [f["rule"] for f in shown["findings"]])
        self.assertIn("is on again", shown["undo"])
        # Off again, then back to the message: nothing was sent, the draft is untouched.
        self.turn_off_from_the_dialog()
        self.user.screenshot_dialog("dialog-en-turned-off")
        self.user.click_in_dialog("button.back")
        self.assertTrue(self.user.wait_dialog_closed())
        self.assertNothingSent(wait=1.0)
        state = self.user.compose_state()
        self.assertEqual(state["body"].strip(), CONTRACT["body"])
        self.assertFalse(state["locked"])
        self.user.click_send()
        self.assertArrivedOnce(**CONTRACT)
        self.assertFalse(self.user.dialog_open())
        # The options page shows it off, among "checks you turned off".
        self.user.open_options_page()
        state = self.user.in_tab("""
const row = document.querySelector('[data-rule="forgotten-attachment"] input.rule-enabled');
const off = [...document.querySelectorAll('#turned-off [data-rule]')].map((el) => el.dataset.rule);
return { checked: row.checked, off };
""")
        self.assertFalse(state["checked"])
        self.assertIn("forgotten-attachment", state["off"])
