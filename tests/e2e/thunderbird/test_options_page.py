"""The shared options page works inside Thunderbird, and what is chosen
there decides what happens on Send: with the threshold set to "errors
only", a draft with just a warning goes out without a dialog."""
from scenario import Scenario

DOUBLED = {
    "to": "Bob Client <bob@client.example>",
    "subject": "Quarterly report",
    "body": "Hello Bob,\n\nThank you for the the report.\n\nBest regards,\nAlice",
}


class OptionsPageDecidesThreshold(Scenario):
    def test_threshold_errors_only_lets_a_warning_through(self):
        self.assertCoreFinds(DOUBLED, ["repeated-word"])
        self.user.open_options_page()
        self.user.screenshot_tab("options-en")
        self.user.choose_option("#threshold", "error")
        self.user.compose(**DOUBLED)
        self.user.click_send()
        self.assertArrivedOnce(**DOUBLED)
        self.assertFalse(self.user.dialog_open())
