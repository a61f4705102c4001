"""Proof 4: a quick fix in the dialog changes the draft exactly as the
suggestion says ("the the" -> "the"); the author sees the fixed draft and
the fixed draft is what gets sent."""
from scenario import Scenario

DOUBLED = {
    "to": "Bob Client <bob@client.example>",
    "subject": "Quarterly report",
    "body": "Hello Bob,\n\nThank you for the the report, it reads well.\n\nBest regards,\nAlice",
}
FIXED_BODY = "Hello Bob,\n\nThank you for the report, it reads well.\n\nBest regards,\nAlice"


class QuickFixChangesTheDraft(Scenario):
    def test_quick_fix_applies_the_suggestion_and_the_fixed_draft_is_sent(self):
        self.assertCoreFinds(DOUBLED, ["repeated-word"])
        self.assertCoreFinds(dict(DOUBLED, body=FIXED_BODY), [])
        self.user.compose(**DOUBLED)
        self.user.click_send()
        shown = self.user.wait_for_dialog()
        rules = [f["rule"] for f in shown["findings"]]
        self.assertIn("repeated-word", rules)
        finding = shown["findings"][rules.index("repeated-word")]
        self.assertIn("the", finding["fix"])  # the button says what it will do
        self.user.click_in_dialog(f'li.finding[data-rule="repeated-word"] button.fix')
        # Nothing else to report: the dialog closes, nothing is sent yet,
        # and the compose window shows the fixed text.
        self.assertTrue(self.user.wait_dialog_closed())
        self.assertNothingSent(wait=1.0)
        state = self.user.compose_state()
        self.assertEqual(state["body"].strip(), FIXED_BODY)
        self.assertEqual(state["subject"], DOUBLED["subject"])
        self.assertFalse(state["locked"])
        self.assertIn("no problems left", self.user.wait_for_notice())
        # The author presses Send again: the fixed draft goes out, no dialog.
        self.user.click_send()
        self.assertArrivedOnce(to=DOUBLED["to"], subject=DOUBLED["subject"], body=FIXED_BODY)
        self.assertFalse(self.user.dialog_open())


class QuickFixKeepsHtmlFormatting(Scenario):
    compose_html = True

    def test_quick_fix_in_html_editor_changes_only_the_words(self):
        self.user.compose(
            to=DOUBLED["to"], subject=DOUBLED["subject"], body="Hello Bob,", html=True,
            html_body="<p>Hello Bob,</p><p>Thank you for <b>the the report</b>, it reads well.</p>",
        )
        self.user.click_send()
        self.user.wait_for_dialog()
        self.user.click_in_dialog('li.finding[data-rule="repeated-word"] button.fix')
        self.assertTrue(self.user.wait_dialog_closed())
        self.assertNothingSent(wait=1.0)
        state = self.user.compose_state()
        self.assertIn("Thank you for the report, it reads well.", state["body"])
        self.assertIn("<b>the report</b>", state["html"])  # the bold text stays bold
        self.user.click_send()
        got = self.sink.wait_for(1)
        self.assertEqual(len(got), 1)
        html = got[0].get_body(preferencelist=("html",)).get_content()
        self.assertIn("<b>the report</b>", html)
        self.assertNotIn("the the", html)


class QuickFixInRussianAndGreek(Scenario):
    """A quick fix in a Russian and in a Greek letter: applied, checked
    again (nothing left), and the fixed letter is what goes out."""

    def round_trip(self, lang, draft, fixed_body):
        self.user.set_storage({"ui_lang": lang})
        self.assertCoreFinds(draft, ["repeated-word"])
        self.assertCoreFinds(dict(draft, body=fixed_body), [])
        self.user.compose(**draft)
        self.user.click_send()
        self.user.wait_for_dialog()
        self.user.click_in_dialog('li.finding[data-rule="repeated-word"] button.fix')
        self.assertTrue(self.user.wait_dialog_closed())
        self.assertEqual(self.user.compose_state()["body"].strip(), fixed_body)
        self.user.click_send()
        self.assertArrivedOnce(to=draft["to"], subject=draft["subject"], body=fixed_body)

    def test_russian(self):
        self.round_trip("ru", {
            "to": "Борис <boris@client.example>", "subject": "Отчёт",
            "body": "Добрый день, Борис!\n\nСпасибо за за отчёт, всё понятно.\n\nС уважением,\nАлиса",
        }, "Добрый день, Борис!\n\nСпасибо за отчёт, всё понятно.\n\nС уважением,\nАлиса")

    def test_greek(self):
        self.round_trip("el", {
            "to": "Νίκος <nikos@client.example>", "subject": "Αναφορά",
            "body": "Καλημέρα Νίκο,\n\nΕυχαριστώ για την την αναφορά, είναι σαφής.\n\nΜε εκτίμηση,\nΑλίκη",
        }, "Καλημέρα Νίκο,\n\nΕυχαριστώ για την αναφορά, είναι σαφής.\n\nΜε εκτίμηση,\nΑλίκη")
