"""The dialog works from the keyboard: Esc and Enter both mean "Go back and
edit" (the default), so a reflexive key press never sends."""
from scenario import CONTRACT, Scenario

ESCAPE = "\ue00c"
ENTER = "\ue007"


class KeyboardGoesBack(Scenario):
    def go_back_with(self, key):
        self.user.compose(**CONTRACT)
        self.user.click_send()
        self.user.wait_for_dialog()
        focused = self.user.in_dialog("return document.activeElement?.className || ''")
        self.assertIn("back", focused)  # "Go back and edit" has the focus
        self.user.press_key_in_dialog(key)
        self.assertTrue(self.user.wait_dialog_closed(), "the key did not close the dialog")
        self.assertNothingSent()
        self.assertFalse(self.user.compose_state()["locked"])

    def test_escape_goes_back(self):
        self.go_back_with(ESCAPE)

    def test_enter_goes_back(self):
        self.go_back_with(ENTER)
