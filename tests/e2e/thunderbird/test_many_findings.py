"""A draft with many problems: the dialog lists every finding at the
threshold, grouped by severity, and its buttons stay reachable (the list
scrolls, the buttons do not). Screenshot: dialog-en-many.png."""
from scenario import Scenario

MESSY = {
    "to": "Bob Client <bob@client.example>",
    "subject": "Report",
    "body": ("Dear [Client Name],\n\nPlease find the contract attached. Thank you for the the report, "
             "see https://example.com/report.\n\nYou are an idiot and this is UNACCEPTABLE!!!\n\nAlice"),
}
EXPECTED = ["template-placeholder", "forgotten-attachment", "insult", "repeated-word", "url-trailing-punctuation"]


class ManyFindings(Scenario):
    def test_all_findings_listed_and_buttons_visible(self):
        self.user.compose(**MESSY)
        self.user.click_send()
        shown = self.user.wait_for_dialog()
        self.user.screenshot_dialog("dialog-en-many")
        rules = [f["rule"] for f in shown["findings"]]
        for rule in EXPECTED:
            self.assertIn(rule, rules)
        severities = [f["severity"] for f in shown["findings"]]
        self.assertEqual(severities, sorted(severities, key=["error", "warning", "info"].index))
        # Every dialog button lies inside the window, where a user can click it.
        inside = self.user.in_dialog("""
return [...document.querySelectorAll("dialog.presend-dialog .dialog-buttons button")].every((b) => {
  const r = b.getBoundingClientRect();
  return r.width > 0 && r.top >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth;
});
""")
        self.assertTrue(inside, "a dialog button lies outside the window")
        self.user.click_in_dialog("button.send")
        got = self.sink.wait_for(1)
        self.assertEqual(len(got), 1)
